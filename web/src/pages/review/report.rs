//! The figures of a management review's input (9.3.2), drawn from one [`ReviewInput`]: the live
//! one on the review page, or the copy a held review keeps. Items link to their pages as they
//! are now; the figures are the input's own.

use chrono::NaiveDate;
use isms_core::review::ReviewInput;
use leptos::prelude::*;

use super::actions::ReviewActions;
use super::opportunities::Opportunities;
use crate::components::count_link::CountLink;
use crate::components::due_list::DueList;
use crate::i18n::{date, number, opt_date, t, target_text, tf, Key, Lang};
use crate::route::{href, item_href};

/// `as_of` is the day the register was read; `held` words the texts for a kept record.
#[component]
pub fn ReviewReport(r: ReviewInput, l: Lang, as_of: NaiveDate, held: bool) -> impl IntoView {
    view! {
        <section class="report-section">
            <h2>{t(l, Key::ReviewActions)}</h2>
            <ReviewActions actions=r.review_actions.clone() l held />
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
            // A period that closed nothing has nothing to list: the counts above say so.
            {(!r.outcomes.is_empty()).then(|| view! {
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
            })}
        </section>
        <section class="report-section">
            <h2>{t(l, Key::ReviewOpen)}</h2>
            <p data-testid="review-open">{tf(l, Key::ReviewOpenText, &[&r.opportunities.len().to_string(), &r.overdue.len().to_string()])}</p>
            <h3>{t(l, Key::OpenCaByGrade)}</h3>
            <ul class="plain">
                {r.open_corrective_by_grade.iter().map(|(g, n)| view! { <li>{g.label(l)}": "<strong>{*n}</strong></li> }).collect_view()}
            </ul>
            {(!r.overdue.is_empty()).then(|| view! { <h3>{t(l, Key::OverdueTitle)}</h3> })}
            // The live review names who carries each line, as the dashboard does; a held review's
            // copy kept no owners, and today's would not be the owners of then.
            <DueList lines=r.overdue.clone() lang=l testid="review-overdue" owners=!held shorten=true />
        </section>
        <section class="report-section">
            <h2>{t(l, Key::ReviewOpportunities)}</h2>
            <Opportunities list=r.opportunities.clone() l held />
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
                                // A record's counts are of then; the register's lists are of now.
                                <td class="num">{if held { o.open.into_any() } else { view! { <CountLink count=o.open href=link("Open") testid="review-objective-open" label=Key::OpenItemsOfObjective subject=id.clone() /> }.into_any() }}</td>
                                <td class="num">{if held { o.closed.into_any() } else { view! { <CountLink count=o.closed href=link("Closed") testid="review-objective-closed" label=Key::ClosedItemsOfObjective subject=id.clone() /> }.into_any() }}</td>
                            </tr> }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
        <p class="hint">{t(l, if held { Key::ReviewHintHeld } else { Key::ReviewHint })}" "{opt_date(l, Some(as_of))}</p>
    }
}
