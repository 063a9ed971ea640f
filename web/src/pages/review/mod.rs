//! The management review input (9.3.2) for a chosen period, ready to print or to discuss on a
//! projector: how the earlier reviews' actions stand, what was found and where, what was closed
//! and whether it worked (beside the period before, for the trend), what is open or late, the
//! opportunities for improvement in backlog order, how each objective is served, and the notes on
//! what the register does not hold (changed issues, interested parties, risks).

mod actions;
mod notes;
mod opportunities;

use chrono::Duration;
use isms_core::review;
use leptos::prelude::*;

use actions::ReviewActions;
use notes::ReviewNotesSection;
use opportunities::Opportunities;

use crate::clock;
use crate::components::count_link::CountLink;
use crate::components::field::DateInput;
use crate::components::overdue_list::OverdueList;
use crate::i18n::{date, number, opt_date, t, target_text, tf, tx, Key};
use crate::route::{self, href, item_href, use_route};
use crate::state::use_state;

#[component]
pub fn Review() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let route = use_route();
    let day = move |name: &'static str| {
        Memo::new(move |_| route.with(|r| r.param(name).and_then(isms_core::parse_iso_date)))
    };
    let (from_param, to_param) = (day("from"), day("to"));
    let to = Signal::derive(move || to_param.get().unwrap_or_else(clock::today));
    let from = Signal::derive(move || {
        from_param
            .get()
            .unwrap_or_else(|| to.get() - Duration::days(365))
    });
    let input = Memo::new(move |_| {
        state.with_ws(|ws| review::input(ws, from.get(), to.get(), clock::today()))
    });
    // An emptied field leaves that end of the period to its default.
    let set = move |name: &'static str, value: Option<chrono::NaiveDate>| {
        let value = value.map(|d| d.to_string()).unwrap_or_default();
        let (f, t) = (
            from.get_untracked().to_string(),
            to.get_untracked().to_string(),
        );
        let query = [
            ("from", if name == "from" { value.clone() } else { f }),
            ("to", if name == "to" { value } else { t }),
        ];
        route::navigate(&href("review", &query), true);
    };
    view! {
        <section class="page review" data-testid="review">
            <div class="page-head no-print">
                <h1>{tx(Key::NavReview)}</h1>
                <button type="button" class="primary" on:click=move |_| { let _ = window().print(); }>{tx(Key::Print)}</button>
            </div>
            <div class="inline-form no-print">
                <label class="field"><span>{tx(Key::PeriodFrom)}</span>
                    <DateInput testid="review-from" value=Signal::derive(move || Some(from.get())) on_change=move |d| set("from", d) /></label>
                <label class="field"><span>{tx(Key::PeriodTo)}</span>
                    <DateInput testid="review-to" value=Signal::derive(move || Some(to.get())) on_change=move |d| set("to", d) /></label>
            </div>
            {move || (from.get() > to.get()).then(|| view! { <p class="banner warn no-print" role="alert" data-testid="review-period-reversed">{tx(Key::PeriodReversed)}</p> })}
            <header class="title-block">
                <p class="doc-type">{tx(Key::ReviewDocType)}</p>
                <h2>{move || state.with_ws(|ws| ws.name.clone())}</h2>
                <p>{move || tf(lang.get(), Key::PeriodText, &[&date(lang.get(), from.get()), &date(lang.get(), to.get())])}</p>
            </header>
            {move || input.get().map(|r| {
                let l = lang.get();
                view! {
                    <section class="report-section">
                        <h2>{t(l, Key::ReviewActions)}</h2>
                        <ReviewActions actions=r.review_actions.clone() l />
                    </section>
                    <section class="report-section">
                        <h2>{t(l, Key::ReviewFound)}</h2>
                        <p data-testid="review-identified">{tf(l, Key::ReviewFoundText, &[&r.counts.identified.to_string(), &r.counts.nonconformities.to_string()])}</p>
                        <div class="table-scroll">
                        <table class="data compact" data-testid="review-sources">
                            <thead><tr>
                                <th scope="col">{t(l, Key::Source)}</th>
                                <th scope="col" class="num">{t(l, Key::ThisPeriod)}</th>
                                <th scope="col" class="num">{t(l, Key::PreviousPeriod)}</th>
                            </tr></thead>
                            <tbody>
                                {r.identified_by_source.iter().filter(|(_, n, before)| *n + *before > 0).map(|(s, n, before)| view! {
                                    <tr><th scope="row">{s.label(l)}</th><td class="num">{*n}</td><td class="num">{*before}</td></tr>
                                }).collect_view()}
                                <tr class="total"><th scope="row">{t(l, Key::Total)}</th><td class="num">{r.counts.identified}</td><td class="num">{r.previous.identified}</td></tr>
                                <tr><th scope="row">{t(l, Key::OfWhichNonconformities)}</th><td class="num">{r.counts.nonconformities}</td><td class="num">{r.previous.nonconformities}</td></tr>
                            </tbody>
                        </table>
                        </div>
                        <p class="hint" data-testid="review-previous">{tf(l, Key::PreviousPeriodText, &[&date(l, r.previous_from), &date(l, r.previous_to)])}</p>
                    </section>
                    <section class="report-section">
                        <h2>{t(l, Key::ReviewClosed)}</h2>
                        <p data-testid="review-effectiveness">{tf(l, Key::ReviewClosedText, &[&r.counts.closed.to_string(), &r.counts.effective.to_string(), &r.counts.not_effective.to_string()])}</p>
                        <p data-testid="review-effectiveness-before">{tf(l, Key::ReviewClosedBefore, &[&r.previous.closed.to_string(), &r.previous.effective.to_string(), &r.previous.not_effective.to_string()])}</p>
                        <div class="table-scroll">
                            <table class="data" data-testid="review-outcomes">
                                <thead><tr><th scope="col">"Id"</th><th scope="col">{t(l, Key::Title)}</th><th scope="col">{t(l, Key::ClosedOn)}</th><th scope="col">{t(l, Key::Result)}</th><th scope="col">{t(l, Key::Measurement)}</th></tr></thead>
                                <tbody>
                                    {r.outcomes.iter().map(|o| view! {
                                        <tr>
                                            <td class="id"><a href=item_href(&o.id.to_string())>{o.id.to_string()}</a></td>
                                            <td>{o.title.clone()}</td>
                                            <td>{date(l, o.closed_on)}</td>
                                            <td>{o.result.map(|x| x.label(l))}</td>
                                            <td>{o.measured.as_ref().map(|(kpi, unit, b, a)| format!("{kpi}: {} → {} {unit}", number(l, *b, 1), number(l, *a, 1)))}
                                                {o.target.map(|(target, met)| view! { <br/><span class="hint">{target_text(l, met, &number(l, target, 1))}</span> })}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    </section>
                    <section class="report-section">
                        <h2>{t(l, Key::ReviewOpen)}</h2>
                        <p data-testid="review-open">{tf(l, Key::ReviewOpenText, &[&r.opportunities.len().to_string(), &r.overdue.len().to_string()])}</p>
                        <h3>{t(l, Key::OpenCaByGrade)}</h3>
                        <ul class="plain">
                            {r.open_corrective_by_grade.iter().map(|(g, n)| view! { <li>{g.label(l)}": "<strong>{*n}</strong></li> }).collect_view()}
                        </ul>
                        {(!r.overdue.is_empty()).then(|| view! { <h3>{t(l, Key::OverdueTitle)}</h3> })}
                        <OverdueList late=r.overdue.clone() lang=l testid="review-overdue" />
                    </section>
                    <section class="report-section">
                        <h2>{t(l, Key::ReviewOpportunities)}</h2>
                        <Opportunities list=r.opportunities.clone() l />
                    </section>
                    <section class="report-section">
                        <h2>{t(l, Key::NavObjectives)}</h2>
                        <div class="table-scroll">
                            <table class="data" data-testid="review-objectives">
                                <thead><tr><th scope="col">{t(l, Key::Title)}</th><th scope="col">{t(l, Key::Target)}</th><th scope="col" class="num">{t(l, Key::FigOpen)}</th><th scope="col" class="num">{t(l, Key::ClosedShort)}</th></tr></thead>
                                <tbody>
                                    {r.objectives.iter().map(|o| {
                                        let id = o.id.to_string();
                                        let link = |stage: &str| href("register", &[("objective", id.clone()), ("stage", stage.to_owned())]);
                                        view! { <tr>
                                            <td>{o.title.clone()}{(!o.plan.is_empty()).then(|| view! { <br/><span class="hint">{o.plan.clone()}</span> })}</td><td>{o.target.clone()}</td>
                                            <td class="num"><CountLink count=o.open href=link("Open") testid="review-objective-open" label=Key::OpenItemsOfObjective subject=id.clone() /></td>
                                            <td class="num"><CountLink count=o.closed href=link("Closed") testid="review-objective-closed" label=Key::ClosedItemsOfObjective subject=id.clone() /></td>
                                        </tr> }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    </section>
                    <p class="hint">{t(l, Key::ReviewHint)}" "{opt_date(l, Some(clock::today()))}</p>
                }
            })}
            // Outside the figures' block: the notes do not depend on the period, and a period
            // changed while a note is being written must not redraw its text box.
            <ReviewNotesSection />
        </section>
    }
}
