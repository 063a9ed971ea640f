//! Evidence: references to where proof is kept (report numbers, document locations). The file
//! itself never enters the workbench.

use isms_core::Evidence;
use leptos::prelude::*;

use super::use_item;
use crate::clock;
use crate::components::field::{required_entry, Problem};
use crate::i18n::{opt_date, tx, Key};
use crate::state::use_state;

#[component]
pub fn EvidenceList() -> impl IntoView {
    let lang = use_state().lang;
    let ctx = use_item();
    let list = Memo::new(move |_| ctx.get(|i| i.evidence.clone()));
    let (label, location) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let problem = RwSignal::new(None);
    view! {
        <p class="hint">{tx(Key::EvidenceHint)}</p>
        <div class="table-scroll">
            <table class="data editable" data-testid="evidence">
                <thead><tr>
                    <th scope="col">{tx(Key::EvidenceLabel)}</th>
                    <th scope="col">{tx(Key::Location)}</th>
                    <th scope="col">{tx(Key::Date)}</th>
                    <th scope="col"><span class="visually-hidden">{tx(Key::Remove)}</span></th>
                </tr></thead>
                <tbody>
                    {move || list.get().into_iter().enumerate().map(|(n, e): (usize, Evidence)| view! {
                        <tr>
                            <td>{e.label}</td>
                            <td class="mono">{e.location}</td>
                            <td>{opt_date(lang.get(), e.date)}</td>
                            <td>{super::remove_button(ctx, n, |i| &mut i.evidence, "danger")}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <Show when=move || list.with(Vec::is_empty)>
            <p class="empty" data-testid="no-evidence">{tx(Key::NoEvidenceYet)}</p>
        </Show>
        <form class="inline-form" on:submit=move |ev| {
            ev.prevent_default();
            let Some(text) = required_entry(&label.get_untracked(), Key::EvidenceLabel, problem) else { return };
            let e = Evidence { label: text, location: location.get_untracked().trim().to_owned(), date: Some(clock::today()) };
            ctx.edit(|i| i.evidence.push(e));
            label.set(String::new());
            location.set(String::new());
        }>
            <label class="field"><span>{tx(Key::EvidenceLabel)}</span>
                <input type="text" data-testid="evidence-label" required prop:value=label on:input=move |ev| label.set(event_target_value(&ev)) /></label>
            <label class="field grow"><span>{tx(Key::Location)}</span>
                <input type="text" data-testid="evidence-location" prop:value=location on:input=move |ev| location.set(event_target_value(&ev)) /></label>
            <button type="submit">{tx(Key::AddEvidence)}</button>
        </form>
        <Problem problem />
    }
}
