//! A count in a table that opens the register filtered to what it counts; zero is plain text,
//! since a link to an empty list leads nowhere.

use leptos::prelude::*;

use crate::i18n::tf;
use crate::state::use_state;

#[component]
pub fn CountLink(
    count: usize,
    /// Where the link goes: the register with its filters.
    href: String,
    testid: &'static str,
    /// What the link does, for screen readers: a text with placeholders for `subject` and the
    /// count (the name must hold the number that is shown: WCAG 2.5.3, label in name).
    label: crate::i18n::Key,
    subject: String,
) -> impl IntoView {
    let lang = use_state().lang;
    if count == 0 {
        return "0".into_any();
    }
    view! {
        <a href=href data-testid=testid aria-label=move || tf(lang.get(), label, &[&subject, &count.to_string()])>{count}</a>
    }
    .into_any()
}
