//! Plan: what will be improved, how, by whom and when. A corrective action also records its
//! analysis here, in the order clause 10.2 asks for it: the correction, the "5 whys" ending in
//! the root cause, whether similar cases exist, and the action that removes the cause.

use chrono::NaiveDate;
use isms_core::{Kind, Nonconformity, PersonId};
use leptos::prelude::*;

use super::use_item;
use crate::components::field::{DateField, TextField};
use crate::components::select::SelectField;
use crate::i18n::{t, tx, Key};
use crate::state::use_state;

fn nc(item: &mut isms_core::Item) -> &mut Nonconformity {
    item.nonconformity.get_or_insert_with(Box::default)
}

#[component]
pub fn PlanForm() -> impl IntoView {
    let _lang = use_state().lang;
    let ctx = use_item();
    let is_ca = ctx.get(|i| i.kind == Kind::CorrectiveAction);
    let field = move |f: fn(&isms_core::Item) -> String| Signal::derive(move || ctx.get(f));
    let nc_field = move |f: fn(&Nonconformity) -> String| {
        Signal::derive(move || ctx.get(|i| i.nonconformity.as_deref().map(f).unwrap_or_default()))
    };
    view! {
        <Show when=move || is_ca>
            <fieldset class="group ca-group" data-testid="analysis">
                <legend>{tx(Key::Analysis)}</legend>
                <TextField label=Key::Correction testid="correction" multiline=true value=nc_field(|n| n.correction.clone()) on_change={move |v: String| ctx.edit(|i| nc(i).correction = v)} />
                <Whys />
                <TextField label=Key::RootCause testid="root-cause" multiline=true value=nc_field(|n| n.root_cause.clone()) on_change={move |v: String| ctx.edit(|i| nc(i).root_cause = v)} />
                <div class="form-grid">
                    <label class="field">
                        <span>{tx(Key::SimilarCases)}</span>
                        <select data-testid="similar" prop:value=move || ctx.get(|i| match i.nonconformity.as_ref().and_then(|n| n.similar.found) { Some(true) => "yes", Some(false) => "no", None => "" }.to_owned())
                            on:change=move |ev| { let v = event_target_value(&ev); ctx.edit(|i| nc(i).similar.found = match v.as_str() { "yes" => Some(true), "no" => Some(false), _ => None }) }>
                            <option value="">{tx(Key::NotChecked)}</option>
                            <option value="yes">{tx(Key::SimilarFound)}</option>
                            <option value="no">{tx(Key::SimilarNone)}</option>
                        </select>
                    </label>
                    <TextField label=Key::SimilarNotes testid="similar-notes" multiline=true value=nc_field(|n| n.similar.notes.clone()) on_change={move |v: String| ctx.edit(|i| nc(i).similar.notes = v)} />
                </div>
                <TextField label=Key::CauseAction testid="cause-action" multiline=true value=nc_field(|n| n.cause_action.clone()) on_change={move |v: String| ctx.edit(|i| nc(i).cause_action = v)} />
            </fieldset>
        </Show>
        <div class="form-grid">
            <TextField label=Key::PlanWhat testid="plan-what" multiline=true value=field(|i| i.plan.what.clone()) on_change={move |v: String| ctx.edit(|i| i.plan.what = v)} />
            <TextField label=Key::PlanHow testid="plan-how" multiline=true value=field(|i| i.plan.how.clone()) on_change={move |v: String| ctx.edit(|i| i.plan.how = v)} />
            <SelectField label=Key::Owner testid="plan-owner" none=Key::NotSet options=use_state().people_options()
                value=field(|i| i.plan.owner.as_ref().map(|p| p.to_string()).unwrap_or_default())
                on_change={move |v: String| ctx.edit(|i| i.plan.owner = PersonId::parse(&v).ok())} />
            <DateField label=Key::StartDate testid="plan-start" value=Signal::derive(move || ctx.get(|i| i.plan.start)) on_change={move |d: Option<NaiveDate>| ctx.edit(|i| i.plan.start = d)} />
            <DateField label=Key::DueDate testid="plan-due" value=Signal::derive(move || ctx.get(|i| i.plan.due)) on_change={move |d: Option<NaiveDate>| ctx.edit(|i| i.plan.due = d)} />
        </div>
        <Show when=move || use_state().people_options().with(Vec::is_empty)>
            <p class="hint"><a href="#/people">{tx(Key::AddPeopleFirst)}</a></p>
        </Show>
    }
}

/// The "5 whys": an ordered chain, each answer the cause of the one before.
#[component]
fn Whys() -> impl IntoView {
    let lang = use_state().lang;
    let ctx = use_item();
    let whys = Memo::new(move |_| {
        ctx.get(|i| {
            i.nonconformity
                .as_ref()
                .map(|n| n.whys.clone())
                .unwrap_or_default()
        })
    });
    let draft = RwSignal::new(String::new());
    view! {
        <div class="whys" data-testid="whys">
            <span class="picker-label">{tx(Key::FiveWhys)}</span>
            <ol>
                {move || whys.get().into_iter().enumerate().map(|(n, why)| view! {
                    <li>
                        <input type="text" aria-label=move || format!("{} {}", t(lang.get(), Key::Why), n + 1) prop:value=why
                            on:change=move |ev| { let v = event_target_value(&ev); ctx.edit(|i| if let Some(w) = nc(i).whys.get_mut(n) { *w = v }) } />
                        {super::remove_button(ctx, n, |i| &mut nc(i).whys, "chip-remove")}
                    </li>
                }).collect_view()}
            </ol>
            <form class="inline-form" on:submit=move |ev| {
                ev.prevent_default();
                let text = draft.get_untracked();
                if !text.trim().is_empty() {
                    ctx.edit(|i| nc(i).whys.push(text.trim().to_owned()));
                    draft.set(String::new());
                }
            }>
                <input type="text" data-testid="new-why" aria-label=tx(Key::WhyPlaceholder) placeholder=tx(Key::WhyPlaceholder) prop:value=draft on:input=move |ev| draft.set(event_target_value(&ev)) />
                <button type="submit">{tx(Key::AddWhy)}</button>
            </form>
        </div>
    }
}
