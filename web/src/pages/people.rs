//! The people who own items, actions, objectives and controls. The open items a person owns
//! open the register filtered to them, and each person's overdue and coming work is counted and
//! listed below the table (with their dates as a calendar file): who is carrying what, for a
//! follow-up.

use isms_core::follow_up::{self, FollowUp};
use isms_core::{Person, PersonId, Workspace};
use leptos::prelude::*;

use crate::clock;
use crate::components::count_link::CountLink;
use crate::components::field::{enter_commits, refuse_blank, required_text, Problem};
use crate::components::guarded_delete::GuardedDelete;
use crate::fit_lines::fit_lines;
use crate::i18n::{t, tx, Key, Said};
use crate::pages::people_follow_up::FollowUpSection;
use crate::route::href;
use crate::state::use_state;

/// How many open items this person owns.
fn open_items_owned(ws: &Workspace, id: &PersonId) -> usize {
    ws.items
        .iter()
        .filter(|i| i.is_open() && i.plan.owner.as_ref() == Some(id))
        .count()
}

#[component]
pub fn People() -> impl IntoView {
    let state = use_state();
    let list = Memo::new(move |_| state.with_ws(|ws| ws.people.clone()).unwrap_or_default());
    let (name, role) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let problem = RwSignal::new(None::<Said>);
    let groups = Memo::new(move |_| {
        state
            .with_ws(|ws| follow_up::follow_up(ws, clock::today(), follow_up::LOOK_AHEAD_DAYS))
            .unwrap_or_default()
    });
    // (overdue, coming) for one person, from the same grouping the section below lists.
    let counts = move |id: &PersonId| {
        groups.with(|g| {
            g.iter()
                .find(|f| f.person.as_ref() == Some(id))
                .map_or((0, 0), |f: &FollowUp| (f.overdue(), f.coming()))
        })
    };
    let edit = move |id: PersonId, f: Box<dyn FnOnce(&mut Person)>| {
        state.update(|ws| {
            if let Some(p) = ws.people.iter_mut().find(|p| p.id == id) {
                f(p)
            }
        })
    };
    view! {
        <section class="page">
            <h1>{tx(Key::NavPeople)}</h1>
            <div class="table-scroll">
                <table class="data editable" data-testid="people">
                    <thead><tr>
                        <th scope="col">"Id"</th>
                        <th scope="col" class="text">{tx(Key::Name)}</th>
                        <th scope="col" class="text">{tx(Key::Role)}</th>
                        <th scope="col" class="num">{tx(Key::OpenItemsOwned)}</th>
                        <th scope="col" class="num">{tx(Key::Overdue)}</th>
                        <th scope="col" class="num">{tx(Key::DueSoonColumn)}</th>
                        <th scope="col" class="num">{tx(Key::Assignments)}</th>
                        <th scope="col"><span class="visually-hidden">{tx(Key::Delete)}</span></th>
                    </tr></thead>
                    <tbody>
                        {move || list.get().into_iter().map(|p| {
                            let (a, b, c) = (p.id.clone(), p.id.clone(), p.id.clone());
                            let count = state.with_ws(|ws| ws.assignments(&p.id)).unwrap_or(0);
                            let open = state.with_ws(|ws| open_items_owned(ws, &p.id)).unwrap_or(0);
                            let (late, coming) = counts(&p.id);
                            view! {
                                <tr>
                                    <td class="id">{p.id.to_string()}</td>
                                    <td><textarea use:fit_lines class="cell-text short" rows="1" aria-label=tx(Key::Name) prop:value=p.name.clone() on:keydown=enter_commits on:change=required_text(p.name.clone(), problem, move |v| edit(a.clone(), Box::new(move |p| p.name = v))) /></td>
                                    <td><textarea use:fit_lines class="cell-text short" rows="1" aria-label=tx(Key::Role) prop:value=p.role.clone() on:keydown=enter_commits on:change=move |ev| { let v = event_target_value(&ev); edit(b.clone(), Box::new(move |p| p.role = v)) } /></td>
                                    <td class="num"><CountLink count=open href=href("register", &[("stage", "Open".to_owned()), ("owner", p.id.to_string())])
                                        testid="person-open-items" label=Key::OpenItemsOf subject=p.name.clone() /></td>
                                    <td class={if late > 0 { "num late" } else { "num" }} data-testid="person-overdue">{late}</td>
                                    <td class="num" data-testid="person-due-soon">{coming}</td>
                                    <td class="num">{count}</td>
                                    <td><GuardedDelete uses=count in_use=(Key::PersonInUseOne, Key::PersonInUse) id=c.to_string() problem=problem
                                        on_delete=move |()| { let id = c.clone(); state.update(|ws| ws.people.retain(|x| x.id != id)) } /></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <Problem problem />
            <form class="inline-form" on:submit=move |ev| {
                ev.prevent_default();
                let Some(n) = refuse_blank(&name.get_untracked(), problem, |l| t(l, Key::NameRequired).to_owned()) else { return };
                let r = role.get_untracked();
                state.update(|ws| {
                    let id = ws.next_person_id();
                    ws.people.push(Person { id, name: n, role: r.trim().to_owned() });
                });
                name.set(String::new());
                role.set(String::new());
            }>
                <label class="field"><span>{tx(Key::Name)}</span>
                    <input type="text" data-testid="new-person-name" required prop:value=name on:input=move |ev| name.set(event_target_value(&ev)) /></label>
                <label class="field"><span>{tx(Key::Role)}</span>
                    <input type="text" data-testid="new-person-role" prop:value=role on:input=move |ev| role.set(event_target_value(&ev)) /></label>
                <button type="submit" data-testid="add-person">{tx(Key::Add)}</button>
            </form>
            <FollowUpSection groups />
        </section>
    }
}
