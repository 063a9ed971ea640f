//! Shows whether the latest change is safely stored.

use leptos::prelude::*;

use crate::i18n::{t, tf, Key};
use crate::state::{use_state, SaveStatus};

#[component]
pub fn SaveIndicator() -> impl IntoView {
    let state = use_state();
    let text = move || {
        let lang = state.lang.get();
        match state.save.get() {
            SaveStatus::Saved(Some(at)) => {
                tf(lang, Key::SavedAt, &[&crate::clock::local(at).time()])
            }
            SaveStatus::Saved(None) => t(lang, Key::Saved).to_owned(),
            SaveStatus::Pending => t(lang, Key::Saving).to_owned(),
            SaveStatus::Failed(_) => t(lang, Key::NotSaved).to_owned(),
        }
    };
    let class = move || match state.save.get() {
        SaveStatus::Failed(_) => "save-state failed",
        SaveStatus::Pending => "save-state pending",
        SaveStatus::Saved(_) => "save-state ok",
    };
    view! { <span class=class role="status" data-testid="save-state">{text}</span> }
}
