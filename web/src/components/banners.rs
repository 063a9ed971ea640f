//! Storage problems, said plainly at the top of every page.

use leptos::prelude::*;

use crate::i18n::{t, tf, Key};
use crate::state::{use_state, SaveStatus};
use crate::storage::StorageError;

#[component]
pub fn Banners() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let save_problem = move || match state.save.get() {
        SaveStatus::Failed(StorageError::Unavailable) => {
            Some(t(lang.get(), Key::StorageUnavailable).to_owned())
        }
        SaveStatus::Failed(StorageError::QuotaExceeded) => {
            Some(t(lang.get(), Key::StorageQuota).to_owned())
        }
        SaveStatus::Failed(e) => Some(tf(lang.get(), Key::StorageFailed, &[&e.to_string()])),
        _ if !state.storage_ok.get() => Some(t(lang.get(), Key::StorageUnavailable).to_owned()),
        _ => None,
    };
    view! {
        {move || state.refused.get().map(|why| view! {
            <div class="banner error" role="alert" data-testid="refused">
                {tf(lang.get(), Key::ChangeRefused, &[&why])}
                " "
                <button type="button" on:click=move |_| state.refused.set(None)>{t(lang.get(), Key::Dismiss)}</button>
            </div>
        })}
        {move || save_problem().map(|text| view! { <div class="banner warn" role="alert" data-testid="storage-banner">{text}</div> })}
        <For
            each=move || state.unreadable.get()
            key=|u| u.id.clone()
            children=move |u| {
                view! {
                    <div class="banner error" role="alert">
                        {move || tf(lang.get(), Key::StorageCorrupt, &[&u.id, &u.reason])}
                    </div>
                }
            }
        />
    }
}
