//! Workspaces: create, open, rename, duplicate and delete (with undo) the organisations kept in
//! this browser.

use leptos::prelude::*;

use crate::i18n::{opt_date, t, tf, tn, tx, Key};
use crate::state::use_state;

/// The form that starts a new workspace; also shown on an empty dashboard.
#[component]
pub fn NewWorkspace() -> impl IntoView {
    let state = use_state();
    let _lang = state.lang;
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = name.get_untracked();
        if text.trim().is_empty() {
            error.set(true);
            return;
        }
        error.set(false);
        state.create(&text);
        name.set(String::new());
        crate::route::navigate("#/", false);
    };
    view! {
        <form class="inline-form" on:submit=submit data-testid="new-workspace">
            <label>
                <span>{tx(Key::WorkspaceName)}</span>
                <input
                    type="text"
                    name="workspace-name"
                    required
                    prop:value=name
                    on:input=move |ev| name.set(event_target_value(&ev))
                    aria-invalid=move || error.get().then_some("true")
                />
            </label>
            <button type="submit" class="primary">{tx(Key::CreateWorkspace)}</button>
            <Show when=move || error.get()>
                <p class="field-error" role="alert">{tx(Key::NameRequired)}</p>
            </Show>
        </form>
    }
}

#[component]
pub fn Workspaces() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let editing = RwSignal::new(None::<String>);
    let draft = RwSignal::new(String::new());
    let rename_error = RwSignal::new(false);
    let rows = move || {
        state.entries.with(|list| {
            list.iter()
                .map(|e| {
                    (
                        e.id.clone(),
                        e.ws.name.clone(),
                        e.ws.items.len(),
                        crate::clock::local(e.ws.updated).date,
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="page">
            <h1>{tx(Key::NavWorkspaces)}</h1>
            {move || state.deleted.get().map(|(_, entry)| view! {
                <div class="banner info" role="status">
                    {tf(lang.get(), Key::Deleted, &[&entry.ws.name])}
                    " "
                    <button type="button" on:click=move |_| state.undo_delete()>{t(lang.get(), Key::Undo)}</button>
                </div>
            })}
            <div class="table-scroll">
                <table class="data editable" data-testid="workspace-list">
                    <thead>
                        <tr>
                            <th scope="col">{tx(Key::WorkspaceName)}</th>
                            <th scope="col" class="num">{tx(Key::Items)}</th>
                            <th scope="col">{tx(Key::Updated)}</th>
                            <th scope="col"><span class="visually-hidden">{tx(Key::Actions)}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=rows key=|row| row.clone() children=move |(id, name, count, updated)| {
                            let is_current = Signal::derive({
                                let id = id.clone();
                                move || state.current.get().as_deref() == Some(id.as_str())
                            });
                            let id_open = id.clone();
                            let id_edit = id.clone();
                            let id_save = id.clone();
                            let id_dup = id.clone();
                            let id_del = id.clone();
                            let id_show = id.clone();
                            let name_edit = name.clone();
                            let name_del = name.clone();
                            view! {
                                <tr class:current=is_current>
                                    <td>
                                        {move || if editing.get().as_deref() == Some(id_show.as_str()) {
                                            let id_save = id_save.clone();
                                            view! {
                                                <form class="inline-form" data-testid="rename-form" on:submit=move |ev| {
                                                    ev.prevent_default();
                                                    // An empty name is refused with a reason, the form staying open.
                                                    if draft.get_untracked().trim().is_empty() {
                                                        rename_error.set(true);
                                                        return;
                                                    }
                                                    state.rename(&id_save, &draft.get_untracked());
                                                    editing.set(None);
                                                }>
                                                    <input type="text" aria-label=t(lang.get(), Key::WorkspaceName) prop:value=draft on:input=move |ev| draft.set(event_target_value(&ev))
                                                        aria-invalid=move || rename_error.get().then_some("true") />
                                                    <button type="submit">{t(lang.get(), Key::Save)}</button>
                                                    <button type="button" on:click=move |_| editing.set(None)>{t(lang.get(), Key::Cancel)}</button>
                                                    <Show when=move || rename_error.get()>
                                                        <p class="field-error" role="alert">{tx(Key::NameRequired)}</p>
                                                    </Show>
                                                </form>
                                            }.into_any()
                                        } else {
                                            view! { <strong>{name.clone()}</strong> }.into_any()
                                        }}
                                    </td>
                                    <td class="num">{count}</td>
                                    <td>{move || opt_date(lang.get(), Some(updated))}</td>
                                    <td>
                                        <div class="row-actions">
                                            <button type="button" disabled=is_current on:click=move |_| state.open(&id_open)>{tx(Key::Open)}</button>
                                            <button type="button" on:click=move |_| { draft.set(name_edit.clone()); rename_error.set(false); editing.set(Some(id_edit.clone())); }>{tx(Key::Rename)}</button>
                                            <button type="button" on:click=move |_| state.duplicate(&id_dup)>{tx(Key::Duplicate)}</button>
                                            <button type="button" class="danger" on:click=move |_| {
                                                let question = tn(lang.get_untracked(), (Key::ConfirmDeleteOne, Key::ConfirmDelete), count, &[&name_del, &count.to_string()]);
                                                if window().confirm_with_message(&question).unwrap_or(false) {
                                                    state.delete(&id_del);
                                                }
                                            }>{tx(Key::Delete)}</button>
                                        </div>
                                    </td>
                                </tr>
                            }
                        } />
                    </tbody>
                </table>
            </div>
            <h2>{tx(Key::CreateWorkspace)}</h2>
            <NewWorkspace />
        </section>
    }
}
