//! A group's progress table as CSV that opens correctly in a spreadsheet: UTF-8 with a byte
//! order mark (or Excel reads it as Latin-1), every field quoted, CRLF line ends, and any
//! cell that a spreadsheet would run as a formula turned back into text.

use app::i18n::Locale;
use app::model::date_of;
use app::progress::GroupProgress;

/// One field, quoted; a text starting with `=`, `+`, `-`, `@`, a tab or a carriage return
/// gets a leading apostrophe, so a handle like `=HYPERLINK(...)` stays a handle.
pub fn field(value: &str) -> String {
    let neutral = match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}"),
        _ => value.to_string(),
    };
    format!("\"{}\"", neutral.replace('"', "\"\""))
}

fn line(fields: impl IntoIterator<Item = String>) -> String {
    let fields: Vec<String> = fields.into_iter().map(|f| field(&f)).collect();
    format!("{}\r\n", fields.join(","))
}

/// The table: a row for every learner of the group, with or without activity.
pub fn group_csv(locale: Locale, progress: &GroupProgress) -> String {
    let yes_no = |flag: bool| {
        locale.t(if flag {
            "group.csv_yes"
        } else {
            "group.csv_no"
        })
    };
    let mut header = vec![
        locale.t("group.csv_learner"),
        locale.t("group.csv_joined"),
        locale.t("group.csv_last_activity"),
        locale.t("group.csv_stuck"),
        locale.t("group.csv_struggling"),
    ];
    for course in &progress.courses {
        let title = [("course", course.title.as_str())];
        header.push(locale.t_with("group.csv_lessons", &title));
        header.push(locale.t_with("group.csv_completed", &title));
    }
    let mut csv = String::from("\u{feff}");
    csv.push_str(&line(header));
    for learner in &progress.learners {
        let mut fields = vec![
            learner.handle.clone(),
            date_of(learner.joined_at),
            learner.last_activity.map(date_of).unwrap_or_default(),
            yes_no(learner.stuck),
            yes_no(learner.struggling),
        ];
        for (cell, course) in learner.cells.iter().zip(&progress.courses) {
            fields.push(format!("{}/{}", cell.done, course.lessons));
            fields.push(yes_no(cell.completed));
        }
        csv.push_str(&line(fields));
    }
    csv
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_neutralised() {
        assert_eq!(field("amina"), "\"amina\"");
        assert_eq!(field("say \"hi\", ok"), "\"say \"\"hi\"\", ok\"");
        assert_eq!(field("=1+1"), "\"'=1+1\"");
        assert_eq!(field("@SUM(A1)"), "\"'@SUM(A1)\"");
        assert_eq!(field("-2"), "\"'-2\"");
        assert_eq!(field("3/6"), "\"3/6\"");
    }
}
