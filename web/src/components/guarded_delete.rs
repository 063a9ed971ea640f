//! A delete button for a row that others may refer to: while something still does, it says so
//! instead of deleting (a dangling reference would make the workspace invalid).

use leptos::prelude::*;

use crate::i18n::{tn, tx, Key};
use crate::state::use_state;

#[component]
pub fn GuardedDelete(
    /// How many things still refer to the row.
    uses: usize,
    /// The message for a row in use (for one use, for more), with the row's id and the count
    /// as placeholders.
    in_use: (Key, Key),
    id: String,
    problem: RwSignal<Option<String>>,
    #[prop(into)] on_delete: Callback<()>,
) -> impl IntoView {
    let lang = use_state().lang;
    view! {
        <button type="button" class="danger" on:click=move |_| {
            if uses > 0 {
                problem.set(Some(tn(lang.get_untracked(), in_use, uses, &[&id, &uses.to_string()])));
            } else {
                problem.set(None);
                on_delete.run(());
            }
        }>{tx(Key::Delete)}</button>
    }
}
