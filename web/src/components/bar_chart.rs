//! A horizontal bar chart in SVG: one labelled bar per row, scaled to the largest value.

use leptos::prelude::*;

#[component]
pub fn BarChart(
    /// (label, value) rows, drawn in order.
    #[prop(into)]
    rows: Signal<Vec<(String, usize)>>,
    #[prop(into)] title: Signal<String>,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    const ROW: f64 = 26.0;
    const WIDTH: f64 = 520.0;
    // SVG text is not measured before it is drawn, so the label column is sized from the
    // longest label at a generous 7.6 px per character of the 13 px label font: a long Dutch
    // label ("Feedback van belanghebbenden") must not be cut off at the left edge.
    const PER_CHAR: f64 = 7.6;
    view! {
        <figure class="chart" data-testid=testid>
            <figcaption>{title}</figcaption>
            {move || {
                let data = rows.get();
                let max = data.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1) as f64;
                let longest = data.iter().map(|(l, _)| l.chars().count()).max().unwrap_or(0);
                let label = (longest as f64 * PER_CHAR + 12.0).clamp(120.0, 300.0);
                let height = ROW * data.len() as f64 + 4.0;
                view! {
                    <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=title.get() width="100%">
                        {data.into_iter().enumerate().map(|(i, (text, value))| {
                            let y = i as f64 * ROW + 2.0;
                            let bar = (WIDTH - label - 40.0) * value as f64 / max;
                            view! {
                                <g>
                                    <text x=label - 8.0 y=y + 17.0 text-anchor="end" class="chart-label">{text}</text>
                                    <rect x=label y=y + 4.0 width=bar.max(1.0) height=ROW - 8.0 rx="3" class="chart-bar" />
                                    <text x=label + bar + 6.0 y=y + 17.0 class="chart-value">{value}</text>
                                </g>
                            }
                        }).collect_view()}
                    </svg>
                }
            }}
        </figure>
    }
}
