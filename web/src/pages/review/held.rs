//! One management review as it was held: when, who took part, what was decided, the notes and
//! the review input as the register stood when it was recorded — the minutes an auditor asks
//! for, to print or to show. The day it was held, who took part and what was decided can be
//! corrected, what they said before staying in the record. Deleting is for a record made by
//! mistake, after the browser's own confirmation.

use isms_core::held_review::{self, Correction, HeldReview, Minutes};
use isms_core::{ReviewId, ReviewNotes, Source};
use leptos::prelude::*;

use super::hold::refusal;
use super::notes::noted;
use super::report::ReviewReport;
use crate::clock;
use crate::codes::code;
use crate::components::field::{leave_focused_field, DateInput, TextField};
use crate::focus::focus_matching;
use crate::i18n::{date, date_time, t, tf, tx, Key, Lang, Said};
use crate::route::{self, href, item_href};
use crate::state::use_state;

#[component]
pub fn HeldReviewPage(id: String) -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let record = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .with_ws(|ws| {
                    ws.held_reviews
                        .iter()
                        .find(|r| r.id.as_str() == id)
                        .cloned()
                })
                .flatten()
        })
    };
    let problem = RwSignal::new(None::<Said>);
    let delete = move |_| {
        let Some(id) = record.get_untracked().map(|r| r.id) else {
            return;
        };
        let question = tf(lang.get_untracked(), Key::ConfirmDeleteHeld, &[id.as_str()]);
        if !window().confirm_with_message(&question).unwrap_or(false) {
            return;
        }
        let mut outcome = None;
        state.update(|ws| outcome = Some(held_review::remove(ws, &id)));
        match outcome {
            Some(Ok(_)) if state.refused.with_untracked(Option::is_none) => {
                route::navigate("#/review", false);
            }
            Some(Err(e)) => problem.set(Some(Said::new(move |l| refusal(l, &e)))),
            _ => {}
        }
    };
    // The minutes being corrected, while the form is open.
    let editing = RwSignal::new(false);
    let held_on = RwSignal::new(None);
    let (attendees, decisions) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let open_form = move |_| {
        problem.set(None);
        if let Some(r) = record.get_untracked() {
            held_on.set(Some(r.held_on));
            attendees.set(r.attendees);
            decisions.set(r.decisions);
            editing.set(true);
        }
        // The keyboard goes to the form it opened, not on to the next button.
        set_timeout(
            || focus_matching("[data-testid=\"correct-held-on\"]"),
            std::time::Duration::ZERO,
        );
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // What is being typed counts, as on the form that records a review.
        leave_focused_field();
        let Some(id) = record.get_untracked().map(|r| r.id) else {
            return;
        };
        let Some(held_on) = held_on.get_untracked() else {
            problem.set(Some(Said::key(Key::HeldOnMissing)));
            return;
        };
        let (a, d) = (attendees.get_untracked(), decisions.get_untracked());
        let minutes = Minutes {
            held_on,
            attendees: &a,
            decisions: &d,
        };
        let (today, now) = (clock::today(), clock::now());
        let mut outcome = None;
        state.update(|ws| outcome = Some(held_review::correct(ws, &id, &minutes, today, now)));
        match outcome {
            // Refused by the workspace's own checks, the banner says why; the form keeps the text.
            Some(Ok(_)) if state.refused.with_untracked(Option::is_none) => {
                problem.set(None);
                editing.set(false);
            }
            Some(Err(e)) => problem.set(Some(Said::new(move |l| refusal(l, &e)))),
            _ => {}
        }
    };
    view! {
        <section class="page review held-review" data-testid="held-review">
            {move || match record.get() {
                None => view! {
                    <h1>{let id = id.clone(); move || tf(lang.get(), Key::HeldMissing, &[&id])}</h1>
                    <p><a href="#/review">{tx(Key::NavReview)}</a></p>
                }.into_any(),
                Some(r) => view! {
                    <div class="page-head no-print">
                        <p><a href="#/review">"← "{tx(Key::NavReview)}</a></p>
                        <div class="buttons">
                            <button type="button" class="primary" on:click=move |_| { let _ = window().print(); }>{tx(Key::Print)}</button>
                            <button type="button" data-testid="correct-held" on:click=open_form>{tx(Key::CorrectMinutes)}</button>
                            <button type="button" class="danger" data-testid="delete-held" on:click=delete>{tx(Key::DeleteHeld)}</button>
                        </div>
                    </div>
                    {move || problem.get().map(|p| view! { <p class="field-error" role="alert" data-testid="held-error">{move || p.text(lang.get())}</p> })}
                    <Show when=move || editing.get()>
                        <form class="group no-print" data-testid="correct-held-form" on:submit=save>
                            <label class="field"><span>{tx(Key::HeldOn)}</span>
                                <DateInput testid="correct-held-on" value=held_on on_change=move |d| held_on.set(d) /></label>
                            <TextField label=Key::Attendees testid="correct-attendees" multiline=true value=attendees on_change={move |v: String| attendees.set(v)} />
                            <TextField label=Key::Decisions testid="correct-decisions" multiline=true value=decisions on_change={move |v: String| decisions.set(v)} />
                            <div class="buttons">
                                <button type="submit" class="primary" data-testid="correct-held-save">{tx(Key::Save)}</button>
                                <button type="button" on:click=move |_| { problem.set(None); editing.set(false); }>{tx(Key::Cancel)}</button>
                            </div>
                        </form>
                    </Show>
                    <Record r />
                }.into_any(),
            }}
        </section>
    }
}

/// The record itself, in the current language.
#[component]
fn Record(r: HeldReview) -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let name = move || state.with_ws(|ws| ws.name.clone());
    move || {
        let l = lang.get();
        let r = r.clone();
        let recorded = clock::local(r.recorded);
        let taken = r.figures_at.map(clock::local);
        let as_of = taken.as_ref().map_or(recorded.date, |at| at.date);
        view! {
            <header class="title-block">
                <p class="doc-type">{t(l, Key::HeldDocType)}</p>
                <h1 data-testid="held-title">{tf(l, Key::HeldHeading, &[r.id.as_str(), &date(l, r.held_on)])}</h1>
                <p>{name}</p>
                <p data-testid="held-period">{tf(l, Key::PeriodText, &[&date(l, r.input.from), &date(l, r.input.to)])}</p>
            </header>
            <section class="report-section">
                <h2>{t(l, Key::Attendees)}</h2>
                <p class="note-text" data-testid="held-attendees-text">{r.attendees.clone()}</p>
                <h2>{t(l, Key::Decisions)}</h2>
                <p class="note-text" data-testid="held-decisions-text">{r.decisions.clone()}</p>
                {(!r.corrections.is_empty()).then(|| view! { <Corrections list=r.corrections.clone() l /> })}
                <Raised id=r.id.clone() l />
            </section>
            <ReviewReport r=r.input.clone() l as_of held=true />
            <Notes notes=r.notes.clone() l />
            <p class="hint" data-testid="held-recorded">{match &taken {
                Some(at) => tf(l, Key::HeldFiguresAtText, &[&date_time(l, &recorded), &date_time(l, at)]),
                None => tf(l, Key::HeldRecordedText, &[&date_time(l, &recorded)]),
            }}</p>
        }
    }
}

/// The corrections of the minutes, oldest first: when, and what each replaced.
#[component]
fn Corrections(list: Vec<Correction>, l: Lang) -> impl IntoView {
    view! {
        <h3>{t(l, Key::Corrections)}</h3>
        <ul class="plain" data-testid="held-corrections">
            {list.into_iter().map(|c| view! {
                <li>
                    {tf(l, Key::CorrectedOn, &[&date_time(l, &clock::local(c.at))])}
                    {c.held_on.map(|day| view! { <br/><span class="hint">{tf(l, Key::HeldOnWas, &[&date(l, day)])}</span> })}
                    {c.attendees.map(|old| view! { <br/><span class="hint note-text">{tf(l, Key::AttendeesWere, &[&old])}</span> })}
                    {c.decisions.map(|old| view! { <br/><span class="hint note-text">{tf(l, Key::DecisionsWere, &[&old])}</span> })}
                </li>
            }).collect_view()}
        </ul>
    }
}

/// The notes as they were when the review was recorded, as text.
#[component]
fn Notes(notes: ReviewNotes, l: Lang) -> impl IntoView {
    let note = |label: Key, text: &str| view! { <h3>{t(l, label)}</h3><p class="note-text">{noted(l, text)}</p> };
    view! {
        <section class="report-section review-notes" data-testid="held-notes">
            <h2>{t(l, Key::ReviewNotes)}</h2>
            {note(Key::ReviewIssues, &notes.issues)}
            {note(Key::ReviewParties, &notes.interested_parties)}
            {note(Key::ReviewRisks, &notes.risks)}
        </section>
    }
}

/// The improvements raised from the review (live: as they stand now), and the way to raise one.
#[component]
fn Raised(id: ReviewId, l: Lang) -> impl IntoView {
    let state = use_state();
    let new = href(
        "new",
        &[
            ("source", code(Source::ManagementReview)),
            ("ref", id.to_string()),
        ],
    );
    let rows = move || {
        state.with_ws(|ws| {
            held_review::raised_from(ws, &id)
                .into_iter()
                .map(|i| {
                    let item = i.id.to_string();
                    view! {
                        <li><a href=item_href(&item)>{item.clone()}</a>" "{i.title.clone()}" — "{i.stage.label(l)}</li>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <h3>{t(l, Key::RaisedFromReview)}</h3>
        {move || {
            let rows = rows().unwrap_or_default();
            if rows.is_empty() {
                view! { <p data-testid="held-raised-none">{t(l, Key::RaisedFromReviewNone)}</p> }.into_any()
            } else {
                view! { <ul class="plain" data-testid="held-raised">{rows}</ul> }.into_any()
            }
        }}
        <p class="no-print"><a class="button" href=new data-testid="held-new-item">{t(l, Key::NewFromReview)}</a></p>
    }
}
