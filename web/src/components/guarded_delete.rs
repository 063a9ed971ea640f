//! A delete button for a row that others may refer to: while something still does, it says so
//! instead of deleting (a dangling reference would make the workspace invalid). It shows "×", as
//! the item page's remove buttons do, so that a row of editable fields keeps its room on a
//! projector; its name ("Delete OBJ-001") says what it deletes, to a screen reader and as a tooltip.

use leptos::prelude::*;

use crate::i18n::{tf, tn, Key, Said};
use crate::state::use_state;

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
    let lang = use_state().lang;
    let name = {
        let id = id.clone();
        move || tf(lang.get(), Key::DeleteRow, &[&id])
    };
    view! {
        <button type="button" class="danger" aria-label=name.clone() title=name on:click=move |_| {
            if uses > 0 {
                let id = id.clone();
                problem.set(Some(Said::new(move |l| tn(l, in_use, uses, &[&id, &uses.to_string()]))));
            } else {
                problem.set(None);
                on_delete.run(());
            }
        }>"×"</button>
    }
}
