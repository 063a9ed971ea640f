//! A button that downloads dated work as an iCalendar file: everyone's from the dashboard,
//! one person's from the People page, so each owner can be sent the dates they carry.

use isms_core::file::{self, Whose};
use isms_core::PersonId;
use leptos::prelude::*;

use crate::clock;
use crate::components::field::Problem;
use crate::i18n::{tx, Key, Said};
use crate::state::use_state;
use crate::storage;

/// `person` is `None` for everyone's dates. The file is named
/// `<workspace>-due-dates[-<person>]-<yyyy-mm-dd>.ics`.
#[component]
pub fn CalendarButton(
    person: Option<PersonId>,
    #[prop(into)] label: Signal<String>,
    /// Read by screen readers instead of `label` where the label alone does not say whose it is.
    #[prop(optional, into)]
    name: Option<Signal<String>>,
    /// A sentence beside the button on what the file is for.
    #[prop(optional)]
    hint: Option<Key>,
    testid: &'static str,
) -> impl IntoView {
    let state = use_state();
    let problem = RwSignal::new(None::<Said>);
    let download = move |_| {
        let lang = state.lang.get_untracked();
        let Some((file_name, text)) = state.with_ws(|ws| {
            let (whose, who) = match &person {
                Some(id) => (
                    Whose::Person(id),
                    format!("-{}", storage::slug(&ws.person_name(id))),
                ),
                None => (Whose::Everyone, String::new()),
            };
            let text = file::due_calendar(ws, clock::today(), clock::now(), lang, whose);
            let name = format!(
                "{}-due-dates{who}-{}.ics",
                storage::slug(&ws.name),
                clock::today()
            );
            (name, text)
        }) else {
            return;
        };
        let result = storage::download(&file_name, &text, "text/calendar;charset=utf-8");
        problem.set(result.err().map(|e| Said::new(move |l| e.message(l))));
    };
    view! {
        <p class="no-print">
            <button type="button" data-testid=testid aria-label=move || name.map(|n| n.get()) on:click=download>{label}</button>
            {hint.map(|key| view! { " "<span class="hint">{tx(key)}</span> })}
        </p>
        <Problem problem />
    }
}
