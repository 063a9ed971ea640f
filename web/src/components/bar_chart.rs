//! A horizontal bar chart in SVG: one labelled bar per row, scaled to the largest value. A row
//! may lead somewhere (the register filtered to what the bar counts): then the whole row is a
//! link, reachable by keyboard and named by its label and value. A chart without links is an
//! image named by its title and every row's label and value.

use leptos::prelude::*;

/// One row of a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: usize,
    /// Where the row leads, if anywhere; a bar of zero leads nowhere.
    pub href: Option<String>,
}

#[component]
pub fn BarChart(
    /// The rows, drawn in order.
    #[prop(into)]
    rows: Signal<Vec<Bar>>,
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
                let max = data.iter().map(|b| b.value).max().unwrap_or(0).max(1) as f64;
                let longest = data.iter().map(|b| b.label.chars().count()).max().unwrap_or(0);
                let label = (longest as f64 * PER_CHAR + 12.0).clamp(120.0, 300.0);
                let height = ROW * data.len() as f64 + 4.0;
                // An image's parts are hidden from screen readers, so a chart with links is a
                // group whose links are read, not an image; an image says its figures in its name.
                let linked = data.iter().any(|b| b.href.is_some());
                let name = if linked {
                    title.get()
                } else {
                    let figures: Vec<String> = data.iter().map(|b| format!("{} {}", b.label, b.value)).collect();
                    format!("{}: {}", title.get(), figures.join(", "))
                };
                view! {
                    <svg viewBox=format!("0 0 {WIDTH} {height}") role=if linked { "group" } else { "img" } aria-label=name width="100%">
                        {data.into_iter().enumerate().map(|(i, bar)| {
                            let y = i as f64 * ROW + 2.0;
                            let width = (WIDTH - label - 40.0) * bar.value as f64 / max;
                            let row = view! {
                                <rect x=label y=y + 4.0 width=width.max(1.0) height=ROW - 8.0 rx="3" class="chart-bar" />
                                // One text, the value a chunk of its own after the bar: the row reads
                                // "Identified 4", not "Identified4", which a link's name must contain
                                // (WCAG 2.5.3). The space before the value is part of its chunk.
                                <text x=label - 8.0 y=y + 17.0 text-anchor="end" class="chart-label">{bar.label.clone()}
                                    <tspan x=label + width + 2.5 text-anchor="start" class="chart-value">" "{bar.value}</tspan></text>
                            };
                            match bar.href.filter(|_| bar.value > 0) {
                                // Inside `<g>`, so that the macro makes an SVG link: an HTML `<a>` in an
                                // SVG draws nothing.
                                Some(href) => view! {
                                    <g>
                                        <a href=href class="chart-link" aria-label=format!("{}: {}", bar.label, bar.value)>
                                            // The row's full width and height take the click, not only the ink.
                                            <rect x="0" y=y width=WIDTH height=ROW class="chart-hit" />
                                            {row}
                                        </a>
                                    </g>
                                }.into_any(),
                                None => view! { <g>{row}</g> }.into_any(),
                            }
                        }).collect_view()}
                    </svg>
                }
            }}
        </figure>
    }
}
