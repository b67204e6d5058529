//! Reading a quiz block: its question, its options or accepted answers, feedback and explanation.
//!
//! The block's text is Markdown (see `courses/README.md`): a paragraph for the question, a list
//! whose items start with `[x]`, `[ ]` or `=`, a `>` quote under an option for its feedback and
//! a `>` quote after the list for the explanation. Anything else is reported, never dropped in
//! silence: an author who wrote it meant learners to see it.

use std::ops::Range;
use std::path::Path;

use pulldown_cmark::{Event, Options, Parser, Tag};

use crate::markdown::{OPTIONS, QuizBlock, Target, to_html};
use crate::model::{Quiz, QuizKind, QuizOption};
use crate::problem::{Problems, line_of};
use crate::quiz::MAX_ANSWER_CHARS;
use crate::text::is_valid_id;
use crate::{Message, message};

/// A quiz as found in a lesson, with the lines that problems about it name.
pub(crate) struct Found {
    pub quiz: Quiz,
    /// The line of its opening fence.
    pub line: usize,
    /// The line of each option, in order (none for a typed answer).
    pub option_lines: Vec<usize>,
}

/// Resolves a link or image target of the lesson, or says why it cannot be used.
pub(crate) type Resolve<'r> = dyn FnMut(Target, &str) -> Result<String, Message> + 'r;

/// Reads the quiz in `block`, whose opening fence is on line `fence_line` of the lesson at
/// `path`. Every problem found is pushed; the quiz is returned whenever its id is valid, so
/// that translations can still be compared with it.
pub(crate) fn parse_quiz(
    block: &QuizBlock,
    fence_line: usize,
    path: &Path,
    resolve: &mut Resolve<'_>,
    problems: &mut Problems,
) -> Option<Found> {
    let mut reader = Reader {
        content: &block.content,
        fence_line,
        path,
        resolve,
        problems,
    };
    let id_is_valid = reader.check_id(&block.id);
    let (quiz, option_lines) = reader.read(block.id.clone());
    id_is_valid.then_some(Found {
        quiz,
        line: fence_line,
        option_lines,
    })
}

/// An event with its byte range in the quiz's text.
type Spanned<'c> = (Event<'c>, Range<usize>);

/// One list item, read.
enum Item {
    Option { option: QuizOption, line: usize },
    Accepted(String),
}

struct Reader<'c, 'x> {
    content: &'c str,
    fence_line: usize,
    path: &'x Path,
    resolve: &'x mut Resolve<'x>,
    problems: &'x mut Problems,
}

impl<'c> Reader<'c, '_> {
    fn check_id(&mut self, id: &str) -> bool {
        if id.is_empty() {
            self.problem_at_fence(message!("quiz_no_id"));
            return false;
        }
        if !is_valid_id(id) {
            self.problem_at_fence(message!("quiz_id_invalid", id = id));
            return false;
        }
        true
    }

    /// Reads the question (the first paragraph), the list, then the explanation (a quote);
    /// anything else, or anything out of this order, is reported.
    fn read(&mut self, id: String) -> (Quiz, Vec<usize>) {
        let events = Parser::new_ext(self.content, OPTIONS | Options::ENABLE_TASKLISTS)
            .into_offset_iter()
            .collect();
        let mut question = None;
        let mut list = None;
        let mut explanation = None;
        for block in top_level(events) {
            if starts_with(&block, |t| matches!(t, Tag::Paragraph))
                && question.is_none()
                && list.is_none()
            {
                question = Some(self.html(inner(block)));
            } else if starts_with(&block, |t| matches!(t, Tag::List(_)))
                && list.is_none()
                && explanation.is_none()
            {
                list = Some(block);
            } else if starts_with(&block, |t| matches!(t, Tag::BlockQuote(_)))
                && (question.is_some() || list.is_some())
                && explanation.is_none()
            {
                explanation = Some(self.html(inner(block)));
            } else {
                self.problem(&block, message!("quiz_stray_block"));
            }
        }
        let question_html = question.unwrap_or_else(|| {
            self.problem_at_fence(message!("quiz_no_question"));
            String::new()
        });
        let items = match list {
            Some(list) => top_level(inner(list))
                .into_iter()
                .filter_map(|item| self.item(item))
                .collect(),
            None => {
                self.problem_at_fence(message!("quiz_no_options"));
                Vec::new()
            }
        };
        let (kind, option_lines) = self.kind(items);
        let quiz = Quiz {
            id,
            question_html,
            kind,
            explanation_html: explanation,
        };
        (quiz, option_lines)
    }

    /// Reads one list item: an option with its feedback, or an accepted answer.
    fn item(&mut self, item: Vec<Spanned<'c>>) -> Option<Item> {
        let line = self.line(&item);
        let (text, mut under) = split_item(top_level(inner(item)));
        match text.first() {
            Some((Event::TaskListMarker(right), _)) => {
                let right = *right;
                let html = self.html(text.into_iter().skip(1).collect());
                if html.is_empty() {
                    self.problem_at(line, message!("option_empty"));
                }
                let feedback = under
                    .first()
                    .is_some_and(|b| starts_with(b, |t| matches!(t, Tag::BlockQuote(_))))
                    .then(|| under.remove(0))
                    .map(|quote| self.html(inner(quote)));
                for block in under {
                    self.problem(&block, message!("option_stray_block"));
                }
                let option = QuizOption {
                    html,
                    right,
                    feedback_html: feedback,
                };
                Some(Item::Option { option, line })
            }
            Some((Event::Text(first), _)) if first.starts_with('=') => {
                let answer = plain_text(&text);
                let answer = answer.trim_start_matches('=').trim();
                // Compared as folded: one that folds to nothing (zero-width characters) could
                // never be typed.
                if crate::text::fold(answer).is_empty() {
                    self.problem_at(line, message!("answer_empty"));
                } else if answer.chars().count() > MAX_ANSWER_CHARS {
                    self.problem_at(line, message!("answer_too_long", limit = MAX_ANSWER_CHARS));
                }
                for block in under {
                    self.problem(&block, message!("answer_stray_block"));
                }
                Some(Item::Accepted(answer.to_string()))
            }
            _ => {
                self.problem_at(line, message!("item_unmarked"));
                None
            }
        }
    }

    /// Options or accepted answers, whichever the list holds, checked as a whole.
    fn kind(&mut self, items: Vec<Item>) -> (QuizKind, Vec<usize>) {
        let mut options = Vec::new();
        let mut option_lines = Vec::new();
        let mut accepted = Vec::new();
        for item in items {
            match item {
                Item::Option { option, line } => {
                    options.push(option);
                    option_lines.push(line);
                }
                Item::Accepted(answer) => accepted.push(answer),
            }
        }
        if !options.is_empty() && !accepted.is_empty() {
            self.problem_at_fence(message!("quiz_mixed"));
        }
        if !accepted.is_empty() {
            return (QuizKind::ShortAnswer { accepted }, Vec::new());
        }
        let right = options.iter().filter(|o| o.right).count();
        if options.len() == 1 {
            self.problem_at_fence(message!("quiz_one_option"));
        } else if !options.is_empty() && right == 0 {
            self.problem_at_fence(message!("quiz_none_right"));
        }
        let kind = QuizKind::Choice {
            options,
            multiple: right > 1,
        };
        (kind, option_lines)
    }

    /// Sanitised HTML of a run of events, with their links and images resolved.
    fn html(&mut self, events: Vec<Spanned<'c>>) -> String {
        let (content, fence_line, path) = (self.content, self.fence_line, self.path);
        let resolve = &mut *self.resolve;
        let problems = &mut *self.problems;
        let html = to_html(events, |target, url, offset| {
            resolve(target, url)
                .map_err(|message| {
                    problems.push(path, fence_line + line_of(content, offset), message)
                })
                .ok()
        });
        html.trim().to_string()
    }

    /// The line of the lesson where `events` start.
    fn line(&self, events: &[Spanned<'c>]) -> usize {
        let offset = events.first().map_or(0, |(_, range)| range.start);
        self.fence_line + line_of(self.content, offset)
    }

    fn problem(&mut self, events: &[Spanned<'c>], message: Message) {
        let line = self.line(events);
        self.problem_at(line, message);
    }

    fn problem_at(&mut self, line: usize, message: Message) {
        self.problems.push(self.path, line, message);
    }

    fn problem_at_fence(&mut self, message: Message) {
        self.problem_at(self.fence_line, message);
    }
}

/// Splits events into the runs at their top level: from a `Start` to its `End`, or a single
/// event (the text of a tight list item is not wrapped in a paragraph).
fn top_level(events: Vec<Spanned<'_>>) -> Vec<Vec<Spanned<'_>>> {
    let mut runs: Vec<Vec<Spanned<'_>>> = Vec::new();
    let mut depth = 0_usize;
    for spanned in events {
        if depth == 0 {
            runs.push(Vec::new());
        }
        match spanned.0 {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        if let Some(run) = runs.last_mut() {
            run.push(spanned);
        }
    }
    runs
}

/// The events of a run without its `Start` and `End`.
fn inner(mut run: Vec<Spanned<'_>>) -> Vec<Spanned<'_>> {
    run.pop();
    if !run.is_empty() {
        run.remove(0);
    }
    run
}

fn starts_with(run: &[Spanned<'_>], is: impl Fn(&Tag<'_>) -> bool) -> bool {
    matches!(run.first(), Some((Event::Start(tag), _)) if is(tag))
}

/// A list item's own text (its paragraph in a loose list, or its leading inline runs in a
/// tight one), and the blocks under it.
fn split_item(runs: Vec<Vec<Spanned<'_>>>) -> (Vec<Spanned<'_>>, Vec<Vec<Spanned<'_>>>) {
    let mut runs = runs.into_iter().peekable();
    if let Some(paragraph) = runs.next_if(|r| starts_with(r, |t| matches!(t, Tag::Paragraph))) {
        return (inner(paragraph), runs.collect());
    }
    let mut text = Vec::new();
    while let Some(run) = runs.next_if(|r| !is_block(r)) {
        text.extend(run);
    }
    (text, runs.collect())
}

/// Whether a run is a block (a paragraph, quote, list, heading, code, HTML, rule or table)
/// rather than inline text.
fn is_block(run: &[Spanned<'_>]) -> bool {
    match run.first() {
        Some((Event::Start(tag), _)) => !matches!(
            tag,
            Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. }
        ),
        Some((Event::Rule | Event::Html(_), _)) => true,
        _ => false,
    }
}

/// The text of inline events, as typed: markup dropped, line breaks as spaces.
fn plain_text(events: &[Spanned<'_>]) -> String {
    events
        .iter()
        .filter_map(|(event, _)| match event {
            Event::Text(text) | Event::Code(text) => Some(text.as_ref()),
            Event::SoftBreak | Event::HardBreak => Some(" "),
            _ => None,
        })
        .collect()
}
