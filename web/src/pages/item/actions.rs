//! Implement: the plan's actions, each with an owner, a due date and the date it was done.
//! Descriptions wrap, so a long action can be read whole in its column.

use isms_core::{Action, DateMeaning, PersonId};
use leptos::prelude::*;

use super::use_item;
use crate::clock;
use crate::components::field::{enter_commits, required_entry, DateInput, Problem};
use crate::fit_lines::fit_lines;
use crate::i18n::{tx, Key};
use crate::state::use_state;

#[component]
pub fn ActionsForm() -> impl IntoView {
    let ctx = use_item();
    let actions = Memo::new(move |_| ctx.get(|i| i.plan.actions.clone()));
    let draft = RwSignal::new(String::new());
    let problem = RwSignal::new(None);
    let people = use_state().people_options();
    view! {
        <div class="table-scroll">
            <table class="data editable actions" data-testid="actions">
                <thead>
                    <tr>
                        <th scope="col">{tx(Key::Action)}</th>
                        <th scope="col">{tx(Key::Owner)}</th>
                        <th scope="col">{tx(Key::DueDate)}</th>
                        <th scope="col">{tx(Key::DoneOn)}</th>
                        <th scope="col"><span class="visually-hidden">{tx(Key::Remove)}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {move || actions.get().into_iter().enumerate().map(|(n, a): (usize, Action)| {
                        let late = a.done.is_none() && a.due.is_some_and(|d| d < clock::today());
                        let owner = a.owner.as_ref().map(|p| p.to_string()).unwrap_or_default();
                        view! {
                            <tr class:overdue=late>
                                <td><textarea use:fit_lines class="cell-text" rows="2" aria-label=tx(Key::Action) prop:value=a.description.clone() on:keydown=enter_commits
                                    on:change=move |ev| { let v = event_target_value(&ev); ctx.edit(|i| if let Some(x) = i.plan.actions.get_mut(n) { x.description = v }) } /></td>
                                <td><select aria-label=tx(Key::Owner) on:change=move |ev| { let v = PersonId::parse(&event_target_value(&ev)).ok(); ctx.edit(|i| if let Some(x) = i.plan.actions.get_mut(n) { x.owner = v }) }>
                                    <option value="">{tx(Key::NotSet)}</option>
                                    {people.get().into_iter().map(|(v, l)| { let sel = v == owner; view! { <option value=v selected=sel>{l}</option> } }).collect_view()}
                                </select></td>
                                <td><DateInput aria_label=Key::DueDate value=a.due
                                    on_change=move |v| ctx.edit(|i| if let Some(x) = i.plan.actions.get_mut(n) { x.due = v }) /></td>
                                <td><div class="done-cell">
                                    <DateInput testid=format!("action-done-{n}") aria_label=Key::DoneOn meaning=DateMeaning::Happened value=a.done
                                        on_change=move |v| ctx.edit(|i| if let Some(x) = i.plan.actions.get_mut(n) { x.done = v }) />
                                    <Show when=move || a.done.is_none()>
                                        <button type="button" data-testid=format!("action-done-today-{n}") on:click=move |_| { let today = clock::today(); ctx.edit(|i| if let Some(x) = i.plan.actions.get_mut(n) { x.done = Some(today) }) }>{tx(Key::DoneToday)}</button>
                                    </Show>
                                </div></td>
                                <td>{super::remove_button(ctx, n, |i| &mut i.plan.actions, "danger")}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <form class="inline-form" on:submit=move |ev| {
            ev.prevent_default();
            let Some(description) = required_entry(&draft.get_untracked(), Key::NewAction, problem) else { return };
            ctx.edit(|i| {
                let owner = i.plan.owner.clone();
                let due = i.plan.due;
                i.plan.actions.push(Action { description, owner, due, done: None });
            });
            draft.set(String::new());
        }>
            <label class="field grow">
                <span>{tx(Key::NewAction)}</span>
                <input type="text" data-testid="new-action" required prop:value=draft on:input=move |ev| draft.set(event_target_value(&ev)) />
            </label>
            <button type="submit">{tx(Key::AddAction)}</button>
        </form>
        <Problem problem />
    }
}
