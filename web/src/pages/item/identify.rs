//! Identify: what the opportunity or nonconformity is, where it came from, and what it touches.

use isms_core::held_review;
use isms_core::{
    DateMeaning, Grade, ItemId, Kind, Nonconformity, ObjectiveId, Source, StakeholderKind,
};
use leptos::prelude::*;

use super::use_item;
use crate::codes::{code, parse};
use crate::components::field::{refusal_of, DateField, TextField};
use crate::components::requirement_picker::RequirementPicker;
use crate::components::select::SelectField;
use crate::i18n::{date, t, tf, tx, Key, Said};
use crate::route::held_review_href;
use crate::state::use_state;

fn nc_edit(item: &mut isms_core::Item, f: impl FnOnce(&mut Nonconformity)) {
    f(item.nonconformity.get_or_insert_with(Box::default));
}

#[component]
pub fn IdentifyForm() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let ctx = use_item();
    let is_ca = ctx.get(|i| i.kind == Kind::CorrectiveAction);
    let source = Signal::derive(move || ctx.get(|i| code(i.source)));
    let links = Signal::derive(move || {
        ctx.get(|i| {
            i.links
                .clauses
                .iter()
                .chain(&i.links.controls)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let objectives = Memo::new(move |_| {
        state
            .with_ws(|ws| {
                ws.objectives
                    .iter()
                    .map(|o| (o.id.clone(), o.title.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let dependency_refused = RwSignal::new(None::<Said>);
    let candidates = Memo::new(move |_| {
        let me = ctx.id();
        let already = ctx.get(|i| i.links.depends_on.clone());
        state
            .with_ws(|ws| {
                ws.items
                    .iter()
                    .filter(|i| i.id != me && i.is_open() && !already.contains(&i.id))
                    .map(|i| (i.id.to_string(), format!("{} {}", i.id, i.title)))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    view! {
        <div class="form-grid">
            <TextField label=Key::Title testid="title" wide=true required=true value=Signal::derive(move || ctx.get(|i| i.title.clone()))
                on_change={move |v: String| ctx.edit(|i| i.title = v.trim().to_owned())} />
            <TextField label=Key::Description testid="description" multiline=true value=Signal::derive(move || ctx.get(|i| i.description.clone())) on_change={move |v: String| ctx.edit(|i| i.description = v)} />
            <SelectField label=Key::Source testid="source" value=source
                options=Signal::derive(move || Source::ALL.iter().map(|s| (code(*s), s.label(lang.get()).to_owned())).collect())
                on_change={move |v: String| if let Some(s) = parse(&Source::ALL, &v) { ctx.edit(|i| { i.source = s; if s != Source::StakeholderFeedback { i.stakeholder = None } }) }} />
            <Show when=move || ctx.get(|i| i.source == Source::StakeholderFeedback)>
                <SelectField label=Key::Stakeholder testid="stakeholder" none=Key::NotSet
                    value=Signal::derive(move || ctx.get(|i| i.stakeholder.map(code).unwrap_or_default()))
                    options=Signal::derive(move || StakeholderKind::ALL.iter().map(|s| (code(*s), s.label(lang.get()).to_owned())).collect())
                    on_change={move |v: String| ctx.edit(|i| i.stakeholder = parse(&StakeholderKind::ALL, &v))} />
            </Show>
            <TextField label=Key::SourceRef testid="source-ref" value=Signal::derive(move || ctx.get(|i| i.source_ref.clone())) on_change={move |v: String| ctx.edit(|i| i.source_ref = v)} />
            <DateField label=Key::IdentifiedOn meaning=DateMeaning::Happened required=true value=Signal::derive(move || ctx.get(|i| Some(i.identified_on))) on_change={move |d: Option<chrono::NaiveDate>| if let Some(d) = d { ctx.edit(|i| i.identified_on = d) }} />
        </div>
        // An item decided at a management review recorded as held leads to that review's record.
        {move || {
            let (id, held_on) = state.with_ws(|ws| {
                let item = ws.item(&ctx.id())?;
                held_review::decided_at(ws, item).map(|r| (r.id.to_string(), r.held_on))
            }).flatten()?;
            let l = lang.get();
            Some(view! { <p data-testid="source-review"><a href=held_review_href(&id)>{tf(l, Key::FromReviewHeld, &[&id, &date(l, held_on)])}</a></p> })
        }}
        <Show when=move || is_ca>
            <fieldset class="group ca-group" data-testid="nonconformity">
                <legend>{tx(Key::Nonconformity)}</legend>
                <RequirementPicker label=Key::RequirementNotMet single=true testid="nc-requirement"
                    selected=Signal::derive(move || ctx.get(|i| i.nonconformity.as_ref().map(|n| n.requirement.clone()).filter(|r| !r.is_empty()).into_iter().collect::<Vec<_>>()))
                    on_change={move |v: Vec<String>| ctx.edit(|i| nc_edit(i, |n| n.requirement = v.into_iter().next().unwrap_or_default()))} />
                <div class="form-grid">
                    <SelectField label=Key::Grade testid="nc-grade"
                        value=Signal::derive(move || ctx.get(|i| i.nonconformity.as_ref().map(|n| code(n.grade)).unwrap_or_default()))
                        options=Signal::derive(move || Grade::ALL.iter().map(|g| (code(*g), g.label(lang.get()).to_owned())).collect())
                        on_change={move |v: String| if let Some(g) = parse(&Grade::ALL, &v) { ctx.edit(|i| nc_edit(i, |n| n.grade = g)) }} />
                    <TextField label=Key::NonconformityDescription testid="nc-description" multiline=true
                        value=Signal::derive(move || ctx.get(|i| i.nonconformity.as_ref().map(|n| n.description.clone()).unwrap_or_default()))
                        on_change={move |v: String| ctx.edit(|i| nc_edit(i, |n| n.description = v))} />
                </div>
            </fieldset>
        </Show>
        <fieldset class="group">
            <legend>{tx(Key::Links)}</legend>
            <RequirementPicker label=Key::ClausesAndControls testid="links" selected=links on_change={move |list: Vec<String>| ctx.edit(|i| {
                i.links.controls = list.iter().filter(|r| r.starts_with("A.")).cloned().collect();
                i.links.clauses = list.into_iter().filter(|r| !r.starts_with("A.")).collect();
            })} />
            <div class="checks">
                <span class="picker-label">{tx(Key::NavObjectives)}</span>
                {move || {
                    let list = objectives.get();
                    if list.is_empty() {
                        return view! { <p class="hint"><a href="#/objectives">{t(lang.get(), Key::NoObjectivesYet)}</a></p> }.into_any();
                    }
                    list.into_iter().map(|(id, title): (ObjectiveId, String)| {
                        let check = id.clone();
                        view! {
                            <label class="check">
                                <input type="checkbox" prop:checked=move || ctx.get(|i| i.links.objectives.contains(&check)) on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let id = id.clone();
                                    ctx.edit(|i| { i.links.objectives.retain(|o| *o != id); if on { i.links.objectives.push(id) } });
                                } />
                                {title}
                            </label>
                        }
                    }).collect_view().into_any()
                }}
            </div>
            <div class="depends">
                <span class="picker-label">{tx(Key::DependsOn)}</span>
                <ul class="chips">
                    {move || ctx.get(|i| i.links.depends_on.clone()).into_iter().map(|dep: ItemId| {
                        let remove = dep;
                        view! {
                            <li class="chip"><a href=crate::route::item_href(&dep.to_string())>{dep.to_string()}</a>
                                <button type="button" class="chip-remove" aria-label=tx(Key::Remove) on:click=move |_| { let r = remove; ctx.edit(|i| i.links.depends_on.retain(|d| *d != r)) }>"×"</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <select data-testid="add-dependency" aria-label=tx(Key::AddDependency) on:change=move |ev| {
                    if let Ok(id) = ItemId::parse(&event_target_value(&ev)) {
                        dependency_refused.set(refusal_of(state, || ctx.edit(|i| if !i.links.depends_on.contains(&id) { i.links.depends_on.push(id) })));
                    }
                    // Back to its prompt, added or refused (a circle of dependencies): the chips
                    // show what the item depends on, not the select.
                    use wasm_bindgen::JsCast;
                    if let Some(select) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
                        select.set_value("");
                    }
                }>
                    <option value="">{tx(Key::AddDependency)}</option>
                    {move || candidates.get().into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
                </select>
                {move || dependency_refused.get().map(|why| view! {
                    <p class="field-error" role="alert" data-testid="dependency-refused">{move || why.text(lang.get())}</p>
                })}
            </div>
        </fieldset>
    }
}
