//! A labelled drop-down over a fixed list of choices.

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::state::use_state;

/// `options` gives (value, label) pairs; the empty value stands for "none" when `none` is set.
#[component]
pub fn SelectField(
    label: Key,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
    #[prop(optional)] none: Option<Key>,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    let lang = use_state().lang;
    view! {
        <label class="field">
            <span>{move || t(lang.get(), label)}</span>
            <select data-testid=testid on:change=move |ev| on_change.run(event_target_value(&ev)) prop:value=value>
                {move || none.map(|k| view! { <option value="">{t(lang.get(), k)}</option> })}
                {move || options.get().into_iter().map(|(v, l)| {
                    let selected = v == value.get_untracked();
                    view! { <option value=v selected=selected>{l}</option> }
                }).collect_view()}
            </select>
        </label>
    }
}
