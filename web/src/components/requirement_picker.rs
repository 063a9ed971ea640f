//! Links clauses and Annex A controls: chips for what is linked, and a search box that finds
//! requirements by number or by title in English or Dutch (arrows and Enter to pick). The search
//! box is an ARIA combobox: it names its list and the option the arrows are on, so a screen
//! reader announces each option as the arrows move, not only the typed text.

use std::sync::atomic::{AtomicUsize, Ordering};

use isms_core::catalogue::{self, Family};
use leptos::prelude::*;

use crate::i18n::{t, tx, Key};
use crate::state::use_state;

const SHOWN: usize = 8;

/// Numbers the pickers' lists, whose element ids must be unique in the page.
static LISTS: AtomicUsize = AtomicUsize::new(0);

#[component]
pub fn RequirementPicker(
    label: Key,
    #[prop(into)] selected: Signal<Vec<String>>,
    #[prop(into)] on_change: Callback<Vec<String>>,
    /// Limit to clauses or to controls.
    #[prop(optional)]
    only: Option<Family>,
    /// Pick one requirement instead of a list.
    #[prop(optional)]
    single: bool,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    let lang = use_state().lang;
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(0usize);
    let list_id = format!("picker-list-{}", LISTS.fetch_add(1, Ordering::Relaxed));
    let option_id = {
        let list_id = list_id.clone();
        move |i: usize| format!("{list_id}-{i}")
    };
    let results = Memo::new(move |_| {
        let q = query.get();
        if q.trim().is_empty() {
            return Vec::new();
        }
        let chosen = selected.get();
        catalogue::search(&q)
            .into_iter()
            .filter(|r| only.is_none_or(|f| r.family == f))
            .filter(|r| !r.is_heading() && !chosen.iter().any(|c| c == r.id))
            .take(SHOWN)
            .map(|r| r.id)
            .collect::<Vec<&'static str>>()
    });
    let add = move |id: &str| {
        let mut list = if single {
            Vec::new()
        } else {
            selected.get_untracked()
        };
        list.push(id.to_owned());
        on_change.run(list);
        query.set(String::new());
        active.set(0);
    };
    let remove = move |id: String| {
        let list: Vec<String> = selected
            .get_untracked()
            .into_iter()
            .filter(|x| *x != id)
            .collect();
        on_change.run(list);
    };
    let title = move |id: &str| {
        catalogue::requirement(id)
            .map(|r| r.title(lang.get()))
            .unwrap_or_default()
    };
    view! {
        <div class="picker" data-testid=testid>
            <span class="picker-label">{move || t(lang.get(), label)}</span>
            <ul class="chips">
                <For each=move || selected.get() key=|id| id.clone() children=move |id| {
                    let id_remove = id.clone();
                    let id_title = id.clone();
                    view! {
                        <li class="chip" class:control=id.starts_with("A.")>
                            <strong>{id.clone()}</strong>
                            " "
                            <span>{move || title(&id_title)}</span>
                            <button type="button" class="chip-remove" aria-label=move || format!("{} {}", t(lang.get(), Key::Remove), id_remove) on:click={
                                let id = id.clone();
                                move |_| remove(id.clone())
                            }>"×"</button>
                        </li>
                    }
                } />
            </ul>
            <input
                type="search"
                class="picker-search"
                role="combobox"
                aria-expanded=move || (!results.get().is_empty()).to_string()
                aria-autocomplete="list"
                aria-controls=list_id.clone()
                aria-activedescendant={
                    let option_id = option_id.clone();
                    move || (!results.get().is_empty()).then(|| option_id(active.get()))
                }
                aria-label=move || t(lang.get(), label)
                placeholder=tx(Key::SearchRequirement)
                prop:value=query
                on:input=move |ev| { query.set(event_target_value(&ev)); active.set(0); }
                on:keydown=move |ev| {
                    let n = results.with_untracked(Vec::len);
                    match ev.key().as_str() {
                        "ArrowDown" if n > 0 => { ev.prevent_default(); active.update(|a| *a = (*a + 1) % n) }
                        "ArrowUp" if n > 0 => { ev.prevent_default(); active.update(|a| *a = (*a + n - 1) % n) }
                        "Enter" => {
                            ev.prevent_default();
                            if let Some(id) = results.with_untracked(|r| r.get(active.get_untracked()).copied()) {
                                add(id);
                            }
                        }
                        "Escape" => query.set(String::new()),
                        _ => {}
                    }
                }
            />
            <Show when=move || !results.get().is_empty()>
                <ul class="picker-results" role="listbox" id=list_id.clone() aria-label=move || t(lang.get(), label)>
                    {let option_id = option_id.clone(); move || results.get().into_iter().enumerate().map(|(i, id)| view! {
                        <li
                            id=option_id(i)
                            role="option"
                            aria-selected=move || (active.get() == i).to_string()
                            class:active=move || active.get() == i
                            on:mousedown=move |ev| { ev.prevent_default(); add(id) }
                        >
                            <strong>{id}</strong>" "{move || title(id)}
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
        </div>
    }
}
