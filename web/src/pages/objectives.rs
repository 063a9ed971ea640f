//! The information security objectives (clause 6.2) that items align with. Titles, plans and
//! targets wrap, so each can be read whole; an objective's item count opens the register
//! filtered to the items linked to it.

use isms_core::{Objective, ObjectiveId, PersonId};
use leptos::prelude::*;

use crate::components::count_link::CountLink;
use crate::components::field::{enter_commits, refuse_blank, required_text, DateInput, Problem};
use crate::components::guarded_delete::GuardedDelete;
use crate::fit_lines::fit_lines;
use crate::i18n::{t, tx, Key, Said};
use crate::route::href;
use crate::state::use_state;

#[component]
pub fn Objectives() -> impl IntoView {
    let state = use_state();
    let list = Memo::new(move |_| {
        state
            .with_ws(|ws| ws.objectives.clone())
            .unwrap_or_default()
    });
    let people = state.people_options();
    let linked = move |id: &ObjectiveId| {
        state
            .with_ws(|ws| {
                ws.items
                    .iter()
                    .filter(|i| i.links.objectives.contains(id))
                    .count()
            })
            .unwrap_or(0)
    };
    let title = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Said>);
    let edit = move |id: ObjectiveId, f: Box<dyn FnOnce(&mut Objective)>| {
        state.update(|ws| {
            if let Some(o) = ws.objectives.iter_mut().find(|o| o.id == id) {
                f(o)
            }
        })
    };
    view! {
        <section class="page">
            <h1>{tx(Key::NavObjectives)}</h1>
            <p class="hint">{tx(Key::ObjectivesHelp)}</p>
            <div class="table-scroll">
                <table class="data editable" data-testid="objectives">
                    <thead><tr>
                        <th scope="col">"Id"</th>
                        <th scope="col">{tx(Key::Title)}</th>
                        <th scope="col">{tx(Key::Target)}</th>
                        // Who and by when in one column, one above the other, so that a row
                        // fits a 1024 px projector in Dutch with the texts beside it.
                        <th scope="col"><span class="line">{tx(Key::Owner)}</span><span class="line">{tx(Key::DueDate)}</span></th>
                        <th scope="col" class="num">{tx(Key::Items)}</th>
                        <th scope="col"><span class="visually-hidden">{tx(Key::Delete)}</span></th>
                    </tr></thead>
                    <tbody>
                        {move || list.get().into_iter().map(|o| {
                            let (a, b, c, d, e, f) = (o.id.clone(), o.id.clone(), o.id.clone(), o.id.clone(), o.id.clone(), o.id.clone());
                            let owner = o.owner.as_ref().map(|p| p.to_string()).unwrap_or_default();
                            let count = linked(&o.id);
                            view! {
                                <tr>
                                    <td class="id">{o.id.to_string()}</td>
                                    <td><div class="stacked">
                                        <textarea use:fit_lines class="cell-text" rows="2" aria-label=tx(Key::Title) prop:value=o.title.clone() on:keydown=enter_commits on:change=required_text(o.title.clone(), problem, move |v| edit(a.clone(), Box::new(move |o| o.title = v))) />
                                        // What will be done and with what (6.2): free text under the title, optional.
                                        <textarea use:fit_lines class="cell-text sub" rows="2" data-testid="objective-plan" aria-label=tx(Key::ObjectivePlan) placeholder=tx(Key::ObjectivePlanPlaceholder)
                                            prop:value=o.description.clone() on:change=move |ev| { let v = event_target_value(&ev).trim().to_owned(); edit(f.clone(), Box::new(move |o| o.description = v)) } />
                                    </div></td>
                                    <td><textarea use:fit_lines class="cell-text" rows="2" aria-label=tx(Key::Target) prop:value=o.target.clone() on:keydown=enter_commits on:change=move |ev| { let v = event_target_value(&ev); edit(b.clone(), Box::new(move |o| o.target = v)) } /></td>
                                    <td><div class="stacked">
                                    <select aria-label=tx(Key::Owner) on:change=move |ev| { let v = PersonId::parse(&event_target_value(&ev)).ok(); edit(c.clone(), Box::new(move |o| o.owner = v)) }>
                                        <option value="">{tx(Key::NotSet)}</option>
                                        {people.get().into_iter().map(|(v, l)| { let sel = v == owner; view! { <option value=v selected=sel>{l}</option> } }).collect_view()}
                                    </select>
                                    <DateInput aria_label=Key::DueDate value=o.due
                                        on_change=move |v| edit(d.clone(), Box::new(move |o| o.due = v)) />
                                    </div></td>
                                    <td class="num"><CountLink count href=href("register", &[("objective", o.id.to_string())]) testid="objective-items"
                                        label=Key::ItemsOfObjective subject=o.id.to_string() /></td>
                                    <td><GuardedDelete uses=count in_use=(Key::ObjectiveInUseOne, Key::ObjectiveInUse) id=e.to_string() problem=problem
                                        on_delete=move |()| { let id = e.clone(); state.update(|ws| ws.objectives.retain(|x| x.id != id)) } /></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <Problem problem />
            <form class="inline-form" on:submit=move |ev| {
                ev.prevent_default();
                let Some(text) = refuse_blank(&title.get_untracked(), problem, |l| t(l, Key::TitleRequired).to_owned()) else { return };
                state.update(|ws| {
                    let id = ws.next_objective_id();
                    ws.objectives.push(Objective { id, title: text, description: String::new(), owner: None, due: None, target: String::new() });
                });
                title.set(String::new());
            }>
                <label class="field grow"><span>{tx(Key::NewObjective)}</span>
                    <input type="text" data-testid="new-objective" required prop:value=title on:input=move |ev| title.set(event_target_value(&ev)) /></label>
                <button type="submit">{tx(Key::Add)}</button>
            </form>
        </section>
    }
}
