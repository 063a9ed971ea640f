//! Storage problems and conflicts, said plainly at the top of every page, each with the way out:
//! export when the storage is full, download or discard data that cannot be read, and a choice
//! when another tab changed the same workspace.

use leptos::prelude::*;

use crate::i18n::{t, tf, tx, Key, Said};
use crate::pages::data::export_current;
use crate::state::{use_state, Resolution, SaveStatus};
use crate::storage::{self, StorageError};

#[component]
pub fn Banners() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let save_problem = move || match state.save.get() {
        SaveStatus::Failed(StorageError::Unavailable) => {
            Some((t(lang.get(), Key::StorageUnavailable).to_owned(), true))
        }
        SaveStatus::Failed(StorageError::QuotaExceeded) => {
            Some((t(lang.get(), Key::StorageQuota).to_owned(), true))
        }
        SaveStatus::Failed(e) => Some((
            tf(lang.get(), Key::StorageFailed, &[&e.message(lang.get())]),
            true,
        )),
        _ if !state.storage_ok.get() => {
            Some((t(lang.get(), Key::StorageUnavailable).to_owned(), true))
        }
        _ => None,
    };
    // Each way out below (a download, discarding unreadable data) can itself fail: say so.
    let way_out_failed = RwSignal::new(None::<Said>);
    let report = move |result: Result<(), StorageError>| {
        way_out_failed.set(result.err().map(|e| Said::new(move |l| e.message(l))));
    };
    view! {
        {move || way_out_failed.get().map(|why| view! {
            <div class="banner error" role="alert" data-testid="way-out-failed">{move || why.text(lang.get())}</div>
        })}
        {move || state.refused.get().map(|why| view! {
            <div class="banner error" role="alert" data-testid="refused">
                {move || tf(lang.get(), Key::ChangeRefused, &[&why.text(lang.get())])}
                " "
                <button type="button" on:click=move |_| state.refused.set(None)>{tx(Key::Dismiss)}</button>
            </div>
        })}
        {move || save_problem().map(|(text, can_export)| view! {
            <div class="banner warn" role="alert" data-testid="storage-banner">
                {text}
                " "
                {(can_export && state.has_workspace()).then(|| view! {
                    <button type="button" data-testid="banner-export" on:click=move |_| report(export_current())>{tx(Key::ExportWorkspace)}</button>
                })}
            </div>
        })}
        {move || state.conflict.get().map(|c| {
            let name = state.entries.with(|l| l.iter().find(|e| e.id == c.id).map(|e| e.ws.name.clone())).unwrap_or_default();
            view! {
                <div class="banner warn" role="alert" data-testid="conflict">
                    {tf(lang.get(), Key::ConflictText, &[&name])}
                    <div class="buttons">
                        <button type="button" data-testid="conflict-mine" on:click=move |_| state.resolve(Resolution::Mine)>{tx(Key::KeepMine)}</button>
                        <button type="button" data-testid="conflict-theirs" on:click=move |_| state.resolve(Resolution::Theirs)>{tx(Key::KeepTheirs)}</button>
                        <button type="button" data-testid="conflict-both" on:click=move |_| state.resolve(Resolution::Both)>{tx(Key::KeepBoth)}</button>
                    </div>
                </div>
            }
        })}
        <For
            each=move || state.unreadable.get()
            key=|u| u.id.clone()
            children=move |u| {
                let raw = u.raw.clone();
                let id = u.id.clone();
                let file_name = format!("unreadable-{}.json", u.id);
                let message = move || tf(lang.get(), Key::StorageCorrupt, &[&u.id, &u.reason.message(lang.get())]);
                view! {
                    <div class="banner error recovery" role="alert" data-testid="recovery">
                        <p>{message}</p>
                        <div class="buttons">
                            <button type="button" data-testid="recovery-download" on:click=move |_| {
                                report(storage::download(&file_name, &raw, "application/json"));
                            }>{tx(Key::DownloadStored)}</button>
                            <button type="button" class="danger" data-testid="recovery-discard" on:click=move |_| {
                                if window().confirm_with_message(t(lang.get_untracked(), Key::ConfirmDiscard)).unwrap_or(false) {
                                    report(state.discard_unreadable(&id));
                                }
                            }>{tx(Key::StartFresh)}</button>
                        </div>
                    </div>
                }
            }
        />
    }
}
