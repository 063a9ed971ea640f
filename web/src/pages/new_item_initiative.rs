//! The new-item form's choice of a common improvement initiative (core's catalogue): picking one
//! puts its title in the title field, unless the user has typed a title of their own, and shows
//! what else it will fill in when the item is created.

use isms_core::catalogue::{self, Initiative};
use leptos::prelude::*;

use crate::i18n::{tx, Key, Lang};
use crate::state::use_state;

/// Whether `title` is what an initiative put there (in either language), so that choosing
/// another one, or none, may replace it without losing anything the user typed.
fn from_initiative(title: &str, initiative: Option<&Initiative>) -> bool {
    title.trim().is_empty()
        || initiative.is_some_and(|i| Lang::ALL.iter().any(|&l| i.title(l) == title))
}

/// "A.6.3 Information security awareness, education and training", one requirement per line.
fn requirements_text(initiative: &Initiative, lang: Lang) -> String {
    initiative
        .clauses
        .iter()
        .chain(initiative.controls)
        .filter_map(|id| catalogue::requirement(id))
        .map(|r| format!("{} {}", r.id, r.title(lang)))
        .collect::<Vec<_>>()
        .join("\n")
}

#[component]
pub fn InitiativeChoice(
    chosen: RwSignal<Option<&'static Initiative>>,
    title: RwSignal<String>,
) -> impl IntoView {
    let lang = use_state().lang;
    let choose = move |code: String| {
        let next = catalogue::initiative(&code);
        if from_initiative(&title.get_untracked(), chosen.get_untracked()) {
            title.set(
                next.map(|i| i.title(lang.get_untracked()).to_owned())
                    .unwrap_or_default(),
            );
        }
        chosen.set(next);
    };
    view! {
        <label class="field wide">
            <span>{tx(Key::StartFrom)}</span>
            <select data-testid="new-initiative" on:change=move |ev| choose(event_target_value(&ev))>
                <option value="">{tx(Key::StartBlank)}</option>
                {catalogue::initiatives().iter().map(|i| view! {
                    <option value=i.code selected=move || chosen.get().is_some_and(|c| c.code == i.code)>{move || i.title(lang.get())}</option>
                }).collect_view()}
            </select>
        </label>
        {move || chosen.get().map(|i| view! {
            <div class="initiative-preview" data-testid="initiative-preview">
                <p class="hint">{tx(Key::StartFromHelp)}</p>
                <p>{move || i.description(lang.get())}</p>
                <dl class="summary">
                    <dt>{tx(Key::ClausesAndControls)}</dt>
                    <dd>{move || requirements_text(i, lang.get())}</dd>
                    <dt>{tx(Key::Kpi)}</dt>
                    <dd>{move || { let l = lang.get(); format!("{} ({})", i.measure.kpi(l), i.measure.unit(l)) }}</dd>
                </dl>
            </div>
        })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_typed_by_the_user_is_not_replaced_but_an_initiatives_title_is() {
        let i = catalogue::initiative("zero-trust");
        assert!(from_initiative("", None));
        assert!(from_initiative("  ", i));
        assert!(!from_initiative("MFA for the call centre", i));
        assert!(!from_initiative("MFA for the call centre", None));
        for lang in Lang::ALL {
            assert!(from_initiative(i.map(|i| i.title(lang)).unwrap_or(""), i));
        }
        assert!(!from_initiative(
            i.map(|i| i.title(Lang::En)).unwrap_or(""),
            catalogue::initiative("devsecops")
        ));
    }
}
