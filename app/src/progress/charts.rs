//! Charts drawn on the server as SVG: no script, no inline style (colours come from the
//! stylesheet through classes), a `viewBox` that scales to a 320 px screen, and a title and
//! description that say in words what the bars show.

use leptos::prelude::*;

/// One bar: a label, how far it goes out of `max`, and the value in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: u32,
    pub max: u32,
    pub text: String,
}

const WIDTH: u32 = 300;

/// A bar's length in chart units, out of `full`: never longer than the chart, 0 for nothing.
pub fn length(value: u32, max: u32, full: u32) -> u32 {
    if max == 0 {
        return 0;
    }
    (u64::from(value.min(max)) * u64::from(full) / u64::from(max)) as u32
}

/// Horizontal bars, one per row, each with its label above it and its value below it (so
/// that neither is cut off on a narrow screen).
#[component]
pub fn BarChart(id: String, title: String, bars: Vec<Bar>) -> impl IntoView {
    let row = 54;
    let height = (bars.len() as u32 * row).max(row);
    let description = bars
        .iter()
        .map(|b| format!("{}: {}", b.label, b.text))
        .collect::<Vec<_>>()
        .join("; ");
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(index, bar)| {
            let top = index as u32 * row;
            let full = WIDTH;
            view! {
                <text class="chart-label" x="0" y=top + 13>
                    {bar.label}
                </text>
                <rect class="chart-track" x="0" y=top + 18 width=full height="12" rx="2" />
                <rect
                    class="chart-bar"
                    x="0"
                    y=top + 18
                    width=length(bar.value, bar.max, full)
                    height="12"
                    rx="2"
                />
                <text class="chart-value" x="0" y=top + 45>
                    {bar.text}
                </text>
            }
        })
        .collect_view();
    view! {
        <Frame id title description height>
            {rows}
        </Frame>
    }
}

/// Columns over time, oldest first, each labelled below every `label_every` columns.
#[component]
pub fn ColumnChart(
    id: String,
    title: String,
    /// (label below, value, value in words)
    columns: Vec<(String, u32, String)>,
    label_every: usize,
) -> impl IntoView {
    let (top, plot, count) = (14, 90, columns.len().max(1) as u32);
    let step = WIDTH / count;
    let max = columns.iter().map(|c| c.1).max().unwrap_or(0);
    let description = columns
        .iter()
        .map(|(label, _, text)| format!("{label}: {text}"))
        .collect::<Vec<_>>()
        .join("; ");
    let bars = columns
        .into_iter()
        .enumerate()
        .map(|(index, (label, value, _))| {
            let x = index as u32 * step;
            let h = length(value, max, plot);
            let label = (index % label_every.max(1) == 0).then(|| {
                view! {
                    <text class="chart-label" x=x y=top + plot + 16>
                        {label}
                    </text>
                }
            });
            let number = (value > 0).then(|| {
                view! {
                    <text class="chart-value" x=x + 2 y=top + plot - h - 3>
                        {value}
                    </text>
                }
            });
            view! {
                <rect class="chart-bar" x=x + 2 y=top + plot - h width=step - 4 height=h />
                {number}
                {label}
            }
        })
        .collect_view();
    view! {
        <Frame id title description height=top + plot + 22>
            <line class="chart-axis" x1="0" y1=top + plot x2=WIDTH y2=top + plot />
            {bars}
        </Frame>
    }
}

/// The chart's frame: its caption, its scalable box, and a description in words for screen
/// readers. (A caption, not an SVG `<title>`: the page has one title, in its head.)
#[component]
fn Frame(
    id: String,
    title: String,
    description: String,
    height: u32,
    children: Children,
) -> impl IntoView {
    let (caption_id, desc_id) = (format!("{id}-caption"), format!("{id}-desc"));
    let labelled_by = format!("{caption_id} {desc_id}");
    view! {
        <figure class="chart">
            <figcaption id=caption_id>{title}</figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-labelledby=labelled_by>
                <desc id=desc_id>{description}</desc>
                {children()}
            </svg>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_proportional_and_stay_inside_the_chart() {
        assert_eq!(length(3, 6, 240), 120);
        assert_eq!(length(9, 6, 240), 240);
        assert_eq!(length(0, 6, 240), 0);
        assert_eq!(length(5, 0, 240), 0);
    }
}
