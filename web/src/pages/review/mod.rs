//! The management review input (9.3.2) for a chosen period (unless chosen, the time since the
//! last recorded review's period, or a year), ready to print or to discuss on a projector: how the
//! earlier reviews' actions stand, what was found and where, what was closed and whether it worked
//! (beside the period before, for the trend), what is open or late, the opportunities for
//! improvement in backlog order, how each objective is served, and the notes on what the register
//! does not hold (changed issues, interested parties, risks). Below them, the review is recorded as
//! held once it has taken place, and the reviews held are listed.

mod actions;
pub mod held;
mod held_list;
mod hold;
mod notes;
mod opportunities;
mod report;

use chrono::Duration;
use isms_core::{held_review, review};
use leptos::prelude::*;

use held_list::HeldReviews;
use hold::HoldReview;
use notes::ReviewNotesSection;
use report::ReviewReport;

use crate::clock;
use crate::components::field::DateInput;
use crate::i18n::{date, tf, tx, Key};
use crate::route::{self, held_review_href, href, use_route};
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
    // Unless chosen, the period follows on from the last review recorded (named below the
    // fields, so the start date does not look arbitrary).
    let followed = Memo::new(move |_| {
        let to = to.get();
        state.with_ws(|ws| {
            held_review::followed(ws, to).map(|r| (r.id.clone(), r.input.from, r.input.to))
        })
    });
    let from = Signal::derive(move || {
        from_param.get().unwrap_or_else(|| {
            let to = to.get();
            state
                .with_ws(|ws| held_review::default_from(ws, to))
                .unwrap_or(to - Duration::days(365))
        })
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
            {move || {
                let l = lang.get();
                followed.get().flatten().filter(|_| from_param.get().is_none()).map(|(id, start, end)| view! {
                    <p class="hint no-print" data-testid="review-follows">
                        {tf(l, Key::PeriodFollows, &[&date(l, start), &date(l, end)])}" "
                        <a href=held_review_href(id.as_str())>{id.to_string()}</a>
                    </p>
                })
            }}
            {move || (from.get() > to.get()).then(|| view! { <p class="banner warn no-print" role="alert" data-testid="review-period-reversed">{tx(Key::PeriodReversed)}</p> })}
            <header class="title-block">
                <p class="doc-type">{tx(Key::ReviewDocType)}</p>
                <h2>{move || state.with_ws(|ws| ws.name.clone())}</h2>
                <p>{move || tf(lang.get(), Key::PeriodText, &[&date(lang.get(), from.get()), &date(lang.get(), to.get())])}</p>
            </header>
            {move || input.get().map(|r| view! { <ReviewReport r l=lang.get() as_of=clock::today() held=false /> })}
            // Outside the figures' block: the notes do not depend on the period, and a period
            // changed while a note is being written must not redraw its text box.
            <ReviewNotesSection />
            <HoldReview from to />
            <HeldReviews />
        </section>
    }
}
