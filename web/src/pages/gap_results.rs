//! Gap results: per Annex A theme and per clause group, the share assessed and implemented and
//! the average maturity against target (SVG bars), the largest gaps first, the Statement of
//! Applicability as CSV, and a gap report laid out for printing with its title block.

use isms_core::catalogue::{self, Theme};
use isms_core::gap::{self, GroupResult};
use isms_core::i18n::Lang;
use isms_core::GapStatus;
use leptos::prelude::*;

use crate::clock;
use crate::focus::focus_matching;
use crate::i18n::{number, opt_date, t, tf, tx, Key, Said};
use crate::route::{href, item_href};
use crate::state::use_state;
use crate::storage;

/// A maturity level as the table shows it; a dash when it is not set.
fn level(value: Option<u8>) -> String {
    value.map_or_else(|| "—".into(), |v| v.to_string())
}

/// "A.8 Technological controls" for a theme, "8 Operation" for a clause group.
fn group_label(key: &str, themes: bool, lang: Lang) -> String {
    match Theme::ALL
        .iter()
        .find(|t| t.number() == key)
        .filter(|_| themes)
    {
        Some(theme) => format!("A.{key} {}", theme.label(lang)),
        None => catalogue::clause(key)
            .map(|c| c.display(lang))
            .unwrap_or_else(|| key.to_owned()),
    }
}

/// One row per group: maturity against target on a 0–5 scale, with the shares beside it.
#[component]
fn GroupChart(
    #[prop(into)] groups: Signal<Vec<GroupResult>>,
    #[prop(into)] title: Signal<String>,
    testid: &'static str,
    /// Annex A themes (otherwise clause groups).
    themes: bool,
) -> impl IntoView {
    let lang = use_state().lang;
    const ROW: f64 = 34.0;
    const LABEL: f64 = 300.0;
    const BAR: f64 = 260.0;
    view! {
        <figure class="chart" data-testid=testid>
            <figcaption>{title}</figcaption>
            {move || {
                let rows = groups.get();
                let l = lang.get();
                let height = ROW * rows.len() as f64 + 30.0;
                view! {
                    <svg viewBox=format!("0 0 860 {height}") width="100%" role="img" aria-label=title.get()>
                        // Ends where the bars end: a longer (Dutch) heading grows to the left,
                        // over the empty label column, not into the next heading.
                        <text x=LABEL + BAR y="14" text-anchor="end" class="chart-value">{t(l, Key::MaturityVsTarget)}</text>
                        <text x=LABEL + BAR + 16.0 y="14" class="chart-value">{t(l, Key::AssessedImplemented)}</text>
                        {rows.into_iter().enumerate().map(|(i, g)| {
                            let y = 24.0 + i as f64 * ROW;
                            let current = g.average_maturity.unwrap_or(0.0) / 5.0 * BAR;
                            let target = g.average_target.map(|t| LABEL + t / 5.0 * BAR);
                            // Without a maturity figure there is no bar: say so in plain text.
                            let (maturity, on_bar) = match (g.average_maturity, g.average_target) {
                                (Some(m), Some(t)) => (format!("{} / {}", number(l, m, 1), number(l, t, 1)), true),
                                (Some(m), None) => (number(l, m, 1), true),
                                _ => (GapStatus::NotAssessed.label(l).to_owned(), false),
                            };
                            let shares = format!("{} % · {} %", number(l, g.share_assessed() * 100.0, 0), number(l, g.share_implemented() * 100.0, 0));
                            view! {
                                <g>
                                    <text x=LABEL - 8.0 y=y + 18.0 text-anchor="end" class="chart-label">{group_label(g.key, themes, l)}</text>
                                    <rect x=LABEL y=y + 6.0 width=BAR height=ROW - 12.0 rx="3" class="chart-track" />
                                    {on_bar.then(|| view! { <rect x=LABEL y=y + 6.0 width=current.max(0.5) height=ROW - 12.0 rx="3" class="chart-bar" /> })}
                                    {target.map(|x| view! { <line x1=x y1=y + 2.0 x2=x y2=y + ROW - 2.0 class="chart-target" /> })}
                                    <text x=LABEL + 6.0 y=y + 22.0 class=if on_bar { "chart-inbar" } else { "chart-empty" }>{maturity}</text>
                                    <text x=LABEL + BAR + 16.0 y=y + 18.0 class="chart-value">{shares}</text>
                                </g>
                            }
                        }).collect_view()}
                    </svg>
                }
            }}
        </figure>
    }
}

#[component]
pub fn GapResults() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let themes = Signal::derive(move || state.with_ws(gap::by_theme).unwrap_or_default());
    let clauses = Signal::derive(move || state.with_ws(gap::by_clause_group).unwrap_or_default());
    let largest = Memo::new(move |_| {
        let l = lang.get();
        state
            .with_ws(|ws| {
                gap::largest_gaps(ws)
                    .into_iter()
                    .map(|(r, e)| {
                        (
                            r.id,
                            r.title(l),
                            e.status.label(l),
                            e.maturity,
                            e.target_maturity,
                            e.notes.clone(),
                            e.items.clone(),
                        )
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    // After the workshop, the report is where the largest gaps are reviewed: a gap that no
    // improvement addresses yet becomes one here too, as the workshop's `i` does.
    let improve = move |requirement: &'static str| {
        // The id comes from the catalogue's own list, so "unknown requirement" cannot occur.
        let made = state.create_gap_improvement(requirement);
        // The pressed button gives way to a link to the new item: the focus goes there rather
        // than back to the top of the page.
        if let Some(id) = made {
            request_animation_frame(move || {
                let link = format!(
                    "[data-testid=\"largest-gaps\"] a[href=\"{}\"]",
                    item_href(&id.to_string())
                );
                focus_matching(&link);
            });
        }
    };
    let download_failed = RwSignal::new(None::<Said>);
    let export_soa = move |_| {
        let l = lang.get_untracked();
        let delimiter = if l == Lang::Nl { b';' } else { b',' };
        if let Some((slug, text)) =
            state.with_ws(|ws| (storage::slug(&ws.name), gap::soa_csv(ws, l, delimiter)))
        {
            let result = storage::download(
                &format!("{slug}-soa-{}.csv", clock::today()),
                &text,
                "text/csv;charset=utf-8",
            );
            download_failed.set(result.err().map(|e| Said::new(move |l| e.message(l))));
        }
    };
    view! {
        <section class="page gap-report" data-testid="gap-results">
            <div class="page-head no-print">
                <h1>{tx(Key::GapResults)}</h1>
                <div class="buttons">
                    <a class="button" href=href("gap", &[])>{tx(Key::NavGap)}</a>
                    <button type="button" data-testid="export-soa" on:click=export_soa>{tx(Key::ExportSoa)}</button>
                    <button type="button" class="primary" data-testid="print-report" on:click=move |_| { let _ = window().print(); }>{tx(Key::PrintReport)}</button>
                </div>
            </div>
            {move || download_failed.get().map(|why| view! { <p class="banner error no-print" role="alert">{move || why.text(lang.get())}</p> })}
            <header class="title-block" data-testid="title-block">
                <p class="doc-type">{tx(Key::GapReport)}</p>
                <h2>{move || state.with_ws(|ws| ws.name.clone())}</h2>
                <dl>
                    <dt>{tx(Key::Scope)}</dt><dd>{move || state.with_ws(|ws| ws.scope.clone())}</dd>
                    <dt>{tx(Key::Date)}</dt><dd>{move || opt_date(lang.get(), state.with_ws(|ws| ws.gap.date).flatten().or(Some(clock::today())))}</dd>
                    <dt>{tx(Key::Assessor)}</dt>
                    <dd>
                        <input type="text" class="screen-only" data-testid="assessor" aria-label=move || t(lang.get(), Key::Assessor)
                            prop:value=move || state.with_ws(|ws| ws.gap.assessor.clone()).unwrap_or_default()
                            on:change=move |ev| { let v = event_target_value(&ev); state.update(|ws| ws.gap.assessor = v) } />
                        <span class="print-only">{move || state.with_ws(|ws| ws.gap.assessor.clone())}</span>
                    </dd>
                </dl>
            </header>
            <section class="report-section">
                <GroupChart testid="chart-themes" themes=true groups=themes title=Signal::derive(move || t(lang.get(), Key::ByTheme).to_owned()) />
                <GroupChart testid="chart-clauses" themes=false groups=clauses title=Signal::derive(move || t(lang.get(), Key::ByClauseGroup).to_owned()) />
            </section>
            <section class="report-section page-break">
                <h2>{tx(Key::LargestGaps)}</h2>
                <Show when=move || !largest.with(Vec::is_empty) fallback=|| view! { <p class="hint">{tx(Key::NoGapsYet)}</p> }>
                    <div class="table-scroll">
                        <table class="data gaps" data-testid="largest-gaps">
                            <thead><tr>
                                <th scope="col">{tx(Key::Requirement)}</th>
                                <th scope="col">{tx(Key::Status)}</th>
                                // One column for both levels: the table then fits a 1024 px projector.
                                <th scope="col">{tx(Key::MaturityNowToTarget)}</th>
                                <th scope="col">{tx(Key::Notes)}</th>
                                <th scope="col">{tx(Key::Improvements)}</th>
                            </tr></thead>
                            <tbody>
                                {move || largest.get().into_iter().map(|(id, title, status, m, target, notes, items)| view! {
                                    <tr>
                                        <td><a href=href("gap", &[("at", id.to_owned())])>{id}</a>" "{title}</td>
                                        <td>{status}</td>
                                        <td class="now-to-target">
                                            {level(m)}" "<span aria-hidden="true">"→"</span><span class="visually-hidden">{tx(Key::MaturityTo)}</span>" "{level(target)}
                                        </td>
                                        <td>{notes}</td>
                                        <td>
                                            {(items.is_empty()).then(|| view! {
                                                <button type="button" class="no-print" data-testid="gap-row-improve"
                                                    aria-label=move || tf(lang.get(), Key::CreateImprovementFor, &[id])
                                                    on:click=move |_| improve(id)>{tx(Key::CreateItem)}</button>
                                            })}
                                            {items.into_iter().map(|i| view! { <a href=item_href(&i.to_string())>{i.to_string()}</a>" " }).collect_view()}
                                        </td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                </Show>
            </section>
            <p class="hint no-print">{move || tf(lang.get(), Key::SoaHelp, &[&catalogue::controls().len().to_string()])}</p>
        </section>
    }
}
