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
    const LABEL: f64 = 210.0;
    const WIDTH: f64 = 520.0;
    view! {
        <figure class="chart" data-testid=testid>
            <figcaption>{title}</figcaption>
            {move || {
                let data = rows.get();
                let max = data.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1) as f64;
                let height = ROW * data.len() as f64 + 4.0;
                view! {
                    <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=title.get() width="100%">
                        {data.into_iter().enumerate().map(|(i, (label, value))| {
                            let y = i as f64 * ROW + 2.0;
                            let bar = (WIDTH - LABEL - 40.0) * value as f64 / max;
                            view! {
                                <g>
                                    <text x=LABEL - 8.0 y=y + 17.0 text-anchor="end" class="chart-label">{label}</text>
                                    <rect x=LABEL y=y + 4.0 width=bar.max(1.0) height=ROW - 8.0 rx="3" class="chart-bar" />
                                    <text x=LABEL + bar + 6.0 y=y + 17.0 class="chart-value">{value}</text>
                                </g>
                            }
                        }).collect_view()}
                    </svg>
                }
            }}
        </figure>
    }
}
