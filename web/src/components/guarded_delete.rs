//! A delete button for a row that others may refer to: while something still does, it says so
//! instead of deleting (a dangling reference would make the workspace invalid).

use leptos::prelude::*;

use crate::i18n::{tn, tx, Key, Said};

#[component]
pub fn GuardedDelete(
    /// How many things still refer to the row.
    uses: usize,
    /// The message for a row in use (for one use, for more), with the row's id and the count
    /// as placeholders.
    in_use: (Key, Key),
    id: String,
    problem: RwSignal<Option<Said>>,
    #[prop(into)] on_delete: Callback<()>,
) -> impl IntoView {
    view! {
        <button type="button" class="danger" on:click=move |_| {
            if uses > 0 {
                let id = id.clone();
                problem.set(Some(Said::new(move |l| tn(l, in_use, uses, &[&id, &uses.to_string()]))));
            } else {
                problem.set(None);
                on_delete.run(());
            }
        }>{tx(Key::Delete)}</button>
    }
}
