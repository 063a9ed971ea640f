//! Deleted items as the register shows them: the undo of the last deletion, and the lines the
//! workspace keeps for every item deleted from it (id, title, stage, date, reason), so that an
//! auditor asking where an id went gets an answer.

use isms_core::i18n::Lang;
use isms_core::{DeletedItem, ItemId};
use leptos::prelude::*;

use crate::i18n::{date, t, tf, tx, Key, Said};
use crate::pages::item::refusal;
use crate::state::use_state;

/// The open workspace's line for deleted item `id` (the latest, should it have been deleted,
/// brought back by an import and deleted again).
pub fn line_of(id: ItemId) -> Memo<Option<DeletedItem>> {
    let state = use_state();
    Memo::new(move |_| {
        state
            .with_ws(|ws| ws.deleted.iter().rev().find(|d| d.id == id).cloned())
            .flatten()
    })
}

/// "CI-012 “Title” was deleted on 28 Nov 2026.", with " Reason: …" when `with_reason` and one
/// was given.
pub fn was_deleted(lang: Lang, line: &DeletedItem, with_reason: bool) -> String {
    let mut text = tf(
        lang,
        Key::ItemWasDeleted,
        &[
            &line.id.to_string(),
            &line.title,
            &date(lang, crate::clock::local(line.deleted).date),
        ],
    );
    if with_reason && !line.reason.is_empty() {
        text = format!("{text} {}: {}", t(lang, Key::Reason), line.reason);
    }
    text
}

/// "CI-012 “Title” deleted. Undo", while the last deletion was in the open workspace.
#[component]
pub fn UndoDelete() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    view! {
        {move || state.last_removed().map(|(id, title)| view! {
            <div class="banner info" role="status" data-testid="item-deleted">
                {move || tf(lang.get(), Key::ItemDeleted, &[&id.to_string(), &title])}
                " "
                <UndoButton />
            </div>
        })}
    }
}

/// Puts the last deleted item back, or says why it cannot.
#[component]
pub fn UndoButton() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let problem = RwSignal::new(None::<Said>);
    let undo = move |_| match state.undo_item_delete() {
        Ok(()) => problem.set(None),
        Err(e) => problem.set(Some(Said::new(move |l| refusal(l, &e)))),
    };
    view! {
        <button type="button" data-testid="undo-delete" on:click=undo>{tx(Key::Undo)}</button>
        {move || problem.get().map(|p| view! { <p class="field-error" role="alert">{move || p.text(lang.get())}</p> })}
    }
}

/// The workspace's lines for deleted items, folded away under their count.
#[component]
pub fn DeletedList() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let lines = Memo::new(move |_| state.with_ws(|ws| ws.deleted.clone()).unwrap_or_default());
    view! {
        <Show when=move || lines.with(|l| !l.is_empty())>
            <details class="deleted-items" data-testid="deleted-items">
                <summary>{move || tf(lang.get(), Key::DeletedItems, &[&lines.with(Vec::len).to_string()])}</summary>
                <div class="table-scroll">
                    <table class="data">
                        <thead>
                            <tr>
                                <th scope="col">"Id"</th>
                                <th scope="col">{tx(Key::Title)}</th>
                                <th scope="col">{tx(Key::StageWhenDeleted)}</th>
                                <th scope="col">{tx(Key::DeletedOn)}</th>
                                <th scope="col">{tx(Key::Reason)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || lines.get().into_iter().rev().map(|line| view! {
                                <tr>
                                    <td class="nowrap">{line.id.to_string()}</td>
                                    <td>{line.title}</td>
                                    <td>{move || line.stage.label(lang.get())}</td>
                                    <td>{move || date(lang.get(), crate::clock::local(line.deleted).date)}</td>
                                    <td>{line.reason}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </details>
        </Show>
    }
}
