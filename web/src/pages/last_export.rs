//! When the open workspace was last exported from this browser, whether it has changed since,
//! and why that matters: a browser may clear what a site keeps, and the exported file is the
//! copy that lasts.

use leptos::prelude::*;

use crate::clock;
use crate::i18n::{date_time, t, tf, tx, Key};
use crate::state::use_state;
use crate::storage;

/// `exports` counts the exports made on this page, so that the line follows them.
#[component]
pub fn LastExport(exports: RwSignal<u32>) -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let line = move || {
        exports.track();
        let l = lang.get();
        let id = state.current.get()?;
        let updated = state.with_ws(|ws| ws.updated)?;
        Some(match storage::last_exported(&id) {
            None => t(l, Key::NotYetExported).to_owned(),
            Some(at) => {
                let line = tf(l, Key::LastExported, &[&date_time(l, &clock::local(at))]);
                if updated > at {
                    format!("{line} {}", t(l, Key::ChangedSinceExport))
                } else {
                    line
                }
            }
        })
    };
    view! {
        <p data-testid="last-export">{line}</p>
        <p class="hint">{tx(Key::BrowsersClear)}</p>
    }
}
