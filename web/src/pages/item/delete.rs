//! Deleting the item: a button that first says what goes (the whole record) and what stays (a
//! line in the register), asks for a reason, and points to rejecting as the way to keep the
//! record. After the deletion the register opens, offering undo.

use isms_core::deletion::{self, DeleteError};
use isms_core::i18n::Lang;
use isms_core::ItemId;
use leptos::prelude::*;

use super::use_item;
use crate::i18n::{t, tf, tn, tx, Key, Said};
use crate::pages::deleted::{line_of, was_deleted, UndoButton};
use crate::route;
use crate::state::use_state;

/// What a refused deletion or undo says, in `lang`.
pub fn refusal(lang: Lang, error: &DeleteError) -> String {
    match error {
        DeleteError::Missing(_) => t(lang, Key::ItemNotFound).to_owned(),
        DeleteError::NeededBy { id, by } => {
            let by: Vec<String> = by.iter().map(ItemId::to_string).collect();
            tn(
                lang,
                (Key::ItemNeededByOne, Key::ItemNeededByMany),
                by.len(),
                &[&id.to_string(), &by.join(", ")],
            )
        }
        DeleteError::Taken(id) => tf(lang, Key::ItemIdTaken, &[&id.to_string()]),
    }
}

#[component]
pub fn DeleteItem() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let ctx = use_item();
    let asking = RwSignal::new(false);
    let reason = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Said>);
    let reason_ref = crate::components::field::focused_on_show();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match state.delete_item(&ctx.id(), &reason.get_untracked()) {
            Ok(true) => route::navigate("#/register", false),
            // The workspace's own checks refused it; the banner above says why.
            Ok(false) => asking.set(false),
            Err(e) => problem.set(Some(Said::new(move |l| refusal(l, &e)))),
        }
    };
    view! {
        <button type="button" class="danger push-end" data-testid="delete-item" aria-expanded=move || asking.get().to_string()
            on:click=move |_| {
                // Refused at once, before a reason is typed, when another item depends on this one.
                let id = ctx.id();
                let by = state.with_ws(|ws| deletion::needed_by(ws, &id)).unwrap_or_default();
                if by.is_empty() {
                    problem.set(None);
                    reason.set(String::new());
                    asking.set(true);
                } else {
                    let refused = DeleteError::NeededBy { id, by };
                    problem.set(Some(Said::new(move |l| refusal(l, &refused))));
                    asking.set(false);
                }
            }>
            {tx(Key::DeleteItem)}
        </button>
        <Show when=move || asking.get()>
            <form class="reason-form delete-form" data-testid="delete-form" on:submit=submit>
                <p class="hint">{move || tf(lang.get(), Key::DeleteItemExplain, &[&ctx.id().to_string()])}</p>
                <label class="field wide">
                    <span>{tx(Key::Reason)}</span>
                    <input type="text" node_ref=reason_ref data-testid="delete-reason" prop:value=reason on:input=move |ev| reason.set(event_target_value(&ev)) />
                </label>
                <button type="submit" class="danger" data-testid="confirm-delete">{tx(Key::DeleteItem)}</button>
                <button type="button" on:click=move |_| asking.set(false)>{tx(Key::Cancel)}</button>
            </form>
        </Show>
        {move || problem.get().map(|p| view! { <p class="field-error" role="alert" data-testid="delete-error">{move || p.text(lang.get())}</p> })}
    }
}

/// What an item's address shows when the item is not in the open workspace: when and why it was
/// deleted (with undo, if it was the last deletion), or else that there is no such item.
#[component]
pub fn Gone(id: ItemId) -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let line = line_of(id);
    view! {
        <section class="page" data-testid="item-gone">
            {move || match line.get() {
                Some(d) => {
                    let reason = (!d.reason.is_empty()).then(|| {
                        let text = d.reason.clone();
                        view! { <p>{tx(Key::Reason)}": "{text}</p> }
                    });
                    view! {
                        <h1>{move || was_deleted(lang.get(), &d, false)}</h1>
                        {reason}
                        <Show when=move || state.last_removed().is_some_and(|(last, _)| last == id)>
                            <UndoButton />
                        </Show>
                    }.into_any()
                }
                None => view! { <h1>{tx(Key::ItemNotFound)}</h1> }.into_any(),
            }}
            <p><a href="#/register">{tx(Key::NavRegister)}</a></p>
        </section>
    }
}
