//! The management reviews recorded as held, the most recent first, each opening its record.

use isms_core::{held_review, Settings};
use leptos::prelude::*;

use crate::components::field::NumberField;
use crate::i18n::{date, t, Key};
use crate::pages::last_review::NextReview;
use crate::route::held_review_href;
use crate::state::use_state;

#[component]
pub fn HeldReviews() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let rows = move || {
        let l = lang.get();
        state
            .with_ws(|ws| {
                held_review::newest_first(ws)
                    .into_iter()
                    .map(|r| {
                        let period = format!("{} – {}", date(l, r.input.from), date(l, r.input.to));
                        view! {
                            <tr>
                                <td class="id"><a href=held_review_href(r.id.as_str())>{r.id.to_string()}</a></td>
                                <td>{date(l, r.held_on)}</td>
                                <td>{period}</td>
                                <td class="note-text">{r.attendees.clone()}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
    };
    let none = move || {
        state
            .with_ws(|ws| ws.held_reviews.is_empty())
            .unwrap_or(true)
    };
    view! {
        <section class="report-section no-print" data-testid="held-reviews">
            <h2>{move || t(lang.get(), Key::HeldReviews)}</h2>
            <Show when=move || !none() fallback=move || view! { <p data-testid="held-reviews-none">{move || t(lang.get(), Key::HeldReviewsNone)}</p> }>
                <div class="table-scroll">
                    <table class="data" data-testid="held-reviews-table">
                        <thead><tr>
                            <th scope="col">"Id"</th>
                            <th scope="col">{move || t(lang.get(), Key::HeldOn)}</th>
                            <th scope="col">{move || t(lang.get(), Key::Period)}</th>
                            <th scope="col">{move || t(lang.get(), Key::Attendees)}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </Show>
            // 9.3.1 asks for reviews at planned intervals: the plan, and when the next one is due.
            <div class="inline-form review-plan">
                <NumberField label=Key::ReviewInterval testid="review-interval"
                    value=Signal::derive(move || state.with_ws(|ws| ws.settings.review_interval()))
                    on_change=move |v| state.update(|ws| ws.settings.review_every_months = v)
                    min=*Settings::REVIEW_MONTHS.start() max=*Settings::REVIEW_MONTHS.end() />
            </div>
            {move || state.with_ws(held_review::next_due).flatten().map(|_| view! { <p><NextReview l=lang.get() /></p> })}
        </section>
    }
}
