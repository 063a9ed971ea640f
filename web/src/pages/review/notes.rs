//! What the review also weighs that the register does not hold (9.3.2 b, c and f): three texts
//! the consultant writes for the coming review, kept in the workspace and printed with the input
//! (as text on paper, where a text box would cut long notes off).

use isms_core::ReviewNotes;
use leptos::prelude::*;

use crate::components::field::TextField;
use crate::i18n::{t, tx, Key, Lang};
use crate::state::use_state;

/// One of the workspace's review notes as a text box, saved as it is changed.
pub fn note_field(
    label: Key,
    testid: &'static str,
    get: fn(&ReviewNotes) -> &String,
    set: fn(&mut ReviewNotes, String),
) -> impl IntoView {
    let state = use_state();
    let value = Signal::derive(move || {
        state
            .with_ws(|ws| get(&ws.review_notes).clone())
            .unwrap_or_default()
    });
    view! { <TextField label testid multiline=true value on_change={move |v: String| state.update(|ws| set(&mut ws.review_notes, v))} /> }
}

/// A note as printed: its text, or that nothing was noted.
pub fn noted(l: Lang, text: &str) -> String {
    if text.trim().is_empty() {
        t(l, Key::NothingNoted).to_owned()
    } else {
        text.to_owned()
    }
}

#[component]
pub fn ReviewNotesSection() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let note = move |label: Key,
                     testid: &'static str,
                     get: fn(&ReviewNotes) -> &String,
                     set: fn(&mut ReviewNotes, String)| {
        view! {
            <div class="no-print">{note_field(label, testid, get, set)}</div>
            <div class="print-only-block">
                <h3>{move || t(lang.get(), label)}</h3>
                <p class="note-text">{move || state.with_ws(|ws| noted(lang.get(), get(&ws.review_notes)))}</p>
            </div>
        }
    };
    view! {
        <section class="report-section review-notes" data-testid="review-notes">
            <h2>{tx(Key::ReviewNotes)}</h2>
            <p class="hint no-print">{tx(Key::ReviewNotesHint)}</p>
            {note(Key::ReviewIssues, "review-issues", |n| &n.issues, |n, v| n.issues = v)}
            {note(Key::ReviewParties, "review-parties", |n| &n.interested_parties, |n, v| n.interested_parties = v)}
            {note(Key::ReviewRisks, "review-risks", |n| &n.risks, |n, v| n.risks = v)}
        </section>
    }
}
