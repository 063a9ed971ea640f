//! On the dashboard: when the last management review was held, opening its record, and when the
//! next is due by the planned interval (late once that day has passed), or that none has been
//! recorded yet, opening the review page — clause 9.3 asks for reviews at planned intervals, and
//! this is where a consultant sees at a glance whether one is due.

use isms_core::held_review;
use leptos::prelude::*;

use crate::clock;
use crate::i18n::{date, t, tf, tn, Key, Lang};
use crate::route::{held_review_href, href};
use crate::state::use_state;

#[component]
pub fn LastReview() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let last = Memo::new(move |_| {
        state
            .with_ws(|ws| {
                held_review::newest_first(ws)
                    .first()
                    .map(|r| (r.id.clone(), r.held_on))
            })
            .flatten()
    });
    move || {
        let l = lang.get();
        match last.get() {
            Some((id, held_on)) => view! {
                <p data-testid="last-review">
                    {tf(l, Key::LastReviewHeld, &[&date(l, held_on)])}" "
                    <a href=held_review_href(id.as_str())>{id.to_string()}</a>". "
                    <NextReview l />
                </p>
            }
            .into_any(),
            None => view! {
                <p data-testid="last-review">
                    {t(l, Key::NoReviewHeld)}" "
                    <a href=href("review", &[])>{t(l, Key::NavReview)}</a>
                </p>
            }
            .into_any(),
        }
    }
}

/// When the next review is due (the planned interval after the last one held), marked late once
/// that day has passed; nothing before any review is recorded. Follows the interval as it is set.
#[component]
pub fn NextReview(l: Lang) -> impl IntoView {
    let state = use_state();
    move || {
        let due = state.with_ws(held_review::next_due).flatten()?;
        let late = (clock::today() - due).num_days();
        Some(if late > 0 {
            let n = late as usize;
            let days = tn(l, (Key::DayLate, Key::DaysLate), n, &[&n.to_string()]);
            view! { <span class="late" data-testid="next-review">{tf(l, Key::NextReviewLate, &[&date(l, due), &days])}</span> }.into_any()
        } else {
            view! { <span data-testid="next-review">{tf(l, Key::NextReviewDue, &[&date(l, due)])}</span> }.into_any()
        })
    }
}
