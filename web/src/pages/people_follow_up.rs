//! The People page's follow-up: per person with dated work, what is overdue or falls due within
//! the look-ahead and how many dates lie further ahead, with a calendar file of all their dates;
//! then the dated work nobody owns. The grouping is core's (`follow_up`); this only shows it.

use isms_core::follow_up::FollowUp;
use isms_core::views::Due;
use leptos::prelude::*;

use crate::components::calendar_button::CalendarButton;
use crate::components::due_list::DueList;
use crate::i18n::{t, tf, tn, tx, Key};
use crate::state::use_state;

#[component]
pub fn FollowUpSection(groups: Memo<Vec<FollowUp>>) -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    view! {
        <section data-testid="follow-up">
            <h2>{tx(Key::FollowUpTitle)}</h2>
            <p class="hint">{tx(Key::FollowUpHint)}</p>
            <Show when=move || groups.with(Vec::is_empty)>
                <p class="hint" data-testid="nothing-to-follow-up">{tx(Key::NothingToFollowUp)}</p>
            </Show>
            {move || groups.get().into_iter().map(|group| {
                let lines = view! { <Lines lines=group.lines later=group.later /> };
                match group.person {
                    Some(id) => {
                        let (name, role) = state
                            .with_ws(|ws| (ws.person_name(&id), ws.person(&id).map(|p| p.role.clone()).unwrap_or_default()))
                            .unwrap_or_default();
                        let testid = format!("follow-up-{id}");
                        let label = Signal::derive(move || t(lang.get(), Key::PersonCalendar).to_owned());
                        let who = name.clone();
                        let full = Signal::derive(move || tf(lang.get(), Key::PersonCalendarFor, &[&who]));
                        view! {
                            <div class="follow-up" data-testid=testid>
                                <h3>{name}{(!role.is_empty()).then(|| view! { <span class="hint">" — "{role}</span> })}</h3>
                                {lines}
                                <CalendarButton person=Some(id) label name=full testid="person-calendar" />
                            </div>
                        }.into_any()
                    }
                    None => view! {
                        <div class="follow-up" data-testid="follow-up-nobody">
                            <h3>{tx(Key::NoOwner)}</h3>
                            <p class="hint warn">{tx(Key::NoOwnerHint)}</p>
                            {lines}
                        </div>
                    }.into_any(),
                }
            }).collect_view()}
        </section>
    }
}

/// A group's lines, or a note that it has none yet, and how many dates lie further ahead.
#[component]
fn Lines(lines: Vec<Due>, later: usize) -> impl IntoView {
    let lang = use_state().lang;
    let none = lines.is_empty();
    view! {
        {none.then(|| view! { <p class="hint" data-testid="follow-up-none">{tx(Key::NothingDueForNow)}</p> })}
        <DueList lines lang testid="follow-up-lines" shorten=true />
        {(later > 0).then(|| view! {
            <p class="hint" data-testid="follow-up-later">{move || tn(lang.get(), (Key::LaterDate, Key::LaterDates), later, &[&later.to_string()])}</p>
        })}
    }
}
