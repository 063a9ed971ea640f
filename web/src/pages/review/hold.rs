//! Recording the review as held, on the review page: the day it was held, and who took part and
//! what was decided (9.3.3) — written into the workspace's review notes as they are typed, so a
//! reload in the middle of a meeting loses nothing — then one button that makes the record and
//! opens it. Core refuses a record without attendees or decisions, held on a day to come or
//! before its period starts; beside the day, the form says what that day does to the record (a
//! period cut short at the day held, figures as they stood at its end).

use chrono::NaiveDate;
use isms_core::held_review::{self, Draft, HoldError};
use leptos::prelude::*;

use super::notes::note_field;
use crate::clock;
use crate::components::field::{leave_focused_field, DateInput};
use crate::i18n::{date, t, tf, tx, Key, Lang, Said};
use crate::route::{self, held_review_href};
use crate::state::use_state;

/// What a refused record says, in `lang`.
pub fn refusal(lang: Lang, error: &HoldError) -> String {
    match error {
        HoldError::PeriodReversed => t(lang, Key::PeriodReversed).to_owned(),
        HoldError::HeldInFuture => t(lang, Key::HoldInFuture).to_owned(),
        HoldError::HeldBeforePeriod => t(lang, Key::HoldBeforePeriod).to_owned(),
        HoldError::NoAttendees => t(lang, Key::HoldNoAttendees).to_owned(),
        HoldError::NoDecisions => t(lang, Key::HoldNoDecisions).to_owned(),
        HoldError::Missing(id) => tf(lang, Key::HeldMissing, &[id.as_str()]),
    }
}

/// What the day held does to the period recorded, when it does anything: a day before the period
/// starts is refused (said before the button is pressed), one before its end shortens it.
fn period_hint(lang: Lang, from: NaiveDate, to: NaiveDate, held_on: NaiveDate) -> Option<AnyView> {
    let draft = Draft {
        from,
        to,
        held_on,
        day_ended: None,
    };
    if from > to {
        return None; // The page's own warning says the period is reversed.
    }
    if draft.held_before_period() {
        let text = t(lang, Key::HoldBeforePeriod);
        return Some(
            view! { <p class="hint warn" data-testid="held-before-period">{text}</p> }.into_any(),
        );
    }
    let (from, end) = draft.period();
    (end < to).then(|| {
        let text = tf(
            lang,
            Key::HeldPeriodEnds,
            &[&date(lang, from), &date(lang, end)],
        );
        view! { <p class="hint" data-testid="held-period-ends">{text}</p> }.into_any()
    })
}

#[component]
pub fn HoldReview(from: Signal<NaiveDate>, to: Signal<NaiveDate>) -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let held_on = RwSignal::new(Some(clock::today()));
    let problem = RwSignal::new(None::<Said>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // What is being typed counts: Enter in a field, or a browser that does not move the
        // focus to a clicked button (Safari), would otherwise submit before it is committed.
        leave_focused_field();
        let Some(held_on) = held_on.get_untracked() else {
            problem.set(Some(Said::key(Key::HeldOnMissing)));
            return;
        };
        let draft = Draft {
            from: from.get_untracked(),
            to: to.get_untracked(),
            held_on,
            // Core takes the figures at this moment only when it has passed (held before today).
            day_ended: Some(clock::end_of_day(held_on)),
        };
        let (today, now) = (clock::today(), clock::now());
        let mut outcome = None;
        state.update(|ws| outcome = Some(held_review::record(ws, &draft, today, now)));
        match outcome {
            // Refused by the workspace's own checks, the banner above says why.
            Some(Ok(id)) if state.refused.with_untracked(Option::is_none) => {
                problem.set(None);
                route::navigate(&held_review_href(id.as_str()), false);
            }
            Some(Err(e)) => problem.set(Some(Said::new(move |l| refusal(l, &e)))),
            _ => {}
        }
    };
    view! {
        <section class="report-section no-print" data-testid="hold-review">
            <h2>{tx(Key::RecordHeld)}</h2>
            <p class="hint">{tx(Key::RecordHeldHint)}</p>
            <form class="hold-form" on:submit=submit>
                <label class="field"><span>{tx(Key::HeldOn)}</span>
                    <DateInput testid="held-on" value=held_on on_change=move |d| held_on.set(d) /></label>
                // Beside the day, what it does to the record.
                <div class="hold-hints" aria-live="polite">
                    {move || held_on.get().map(|held_on| period_hint(lang.get(), from.get(), to.get(), held_on))}
                    {move || held_on.get().filter(|d| *d < clock::today()).map(|_| view! {
                        <p class="hint" data-testid="held-before-today">{tx(Key::HeldBeforeToday)}</p>
                    })}
                </div>
                {note_field(Key::Attendees, "held-attendees", |n| &n.attendees, |n, v| n.attendees = v)}
                {note_field(Key::Decisions, "held-decisions", |n| &n.decisions, |n, v| n.decisions = v)}
                <div class="buttons">
                    <button type="submit" class="primary" data-testid="record-held">{tx(Key::RecordHeldButton)}</button>
                </div>
            </form>
            {move || problem.get().map(|p| view! { <p class="field-error" role="alert" data-testid="hold-error">{move || p.text(lang.get())}</p> })}
        </section>
    }
}
