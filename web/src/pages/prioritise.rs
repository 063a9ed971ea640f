//! Prioritise: the ranked backlog with each item's score explained, weight sliders that re-rank
//! live (what-if, with a reset, and saving them as the workspace's weights), the model switch,
//! how sensitive each rank is to the weights, and the capacity plan for a person-day budget.

use isms_core::prioritise::{self, Ranked, Why};
use isms_core::{Item, Model, Settings, Weights};
use leptos::prelude::*;

use crate::clock;
use crate::codes::{code, parse};
use crate::components::field::NumberField;
use crate::components::more_lines::{lines_shown, shown_words, MoreLines};
use crate::components::score_explain::ScoreExplain;
use crate::i18n::{number, t, tf, tx, Key};
use crate::route::item_href;
use crate::state::use_state;

use super::TABLE_ROWS;

#[component]
pub fn Prioritise() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let saved = Memo::new(move |_| state.with_ws(|ws| ws.settings.clone()).unwrap_or_default());
    let what_if = RwSignal::new(saved.get_untracked().weights);
    let settings = Memo::new(move |_| Settings {
        weights: what_if.get(),
        ..saved.get()
    });
    let changed = move || what_if.get() != saved.get().weights;

    let ranking = Memo::new(move |_| {
        let s = settings.get();
        state
            .with_ws(|ws| prioritise::rank(&ws.items, &s, clock::today()))
            .unwrap_or_default()
    });
    let moves = Memo::new(move |_| {
        let s = settings.get();
        state
            .with_ws(|ws| {
                let mut by_index = vec![None; ws.items.len()];
                for shift in prioritise::sensitivity(&ws.items, &s, clock::today()) {
                    by_index[shift.index] = Some(shift.largest_move());
                }
                by_index
            })
            .unwrap_or_default()
    });

    let shown = RwSignal::new(TABLE_ROWS);
    let ranked_count = move || ranking.with(|r| r.ranked.len());
    let all_unrankable = RwSignal::new(false);

    let slider = move |key: Key, get: fn(&Weights) -> u8, set: fn(&mut Weights, u8)| {
        view! {
            <label class="slider">
                <span>{move || t(lang.get(), key)}</span>
                <input type="range" min="0" max="100" step="1" data-testid=format!("weight-{}", code(key).to_lowercase())
                    prop:value=move || get(&what_if.get()).to_string()
                    on:input=move |ev| { if let Ok(v) = event_target_value(&ev).parse::<u8>() { what_if.update(|w| set(w, v)) } } />
                <output>{move || get(&what_if.get())}</output>
            </label>
        }
    };

    view! {
        <section class="page">
            <h1>{tx(Key::NavPrioritise)}</h1>
            <div class="prioritise-controls">
                <label class="field">
                    <span>{tx(Key::Model)}</span>
                    <select data-testid="model" prop:value=move || code(saved.get().model)
                        on:change=move |ev| { if let Some(m) = parse(&Model::ALL, &event_target_value(&ev)) { state.update(|ws| ws.settings.model = m) } }>
                        {Model::ALL.into_iter().map(|m| view! { <option value=code(m)>{move || m.label(lang.get())}</option> }).collect_view()}
                    </select>
                </label>
                <Show when=move || saved.get().model == Model::Weighted>
                    <fieldset class="weights" data-testid="weights">
                        <legend>{tx(Key::Weights)}</legend>
                        {slider(Key::WeightImpact, |w| w.impact, |w, v| w.impact = v)}
                        {slider(Key::WeightEffort, |w| w.effort, |w, v| w.effort = v)}
                        {slider(Key::WeightAlignment, |w| w.alignment, |w, v| w.alignment = v)}
                        {slider(Key::WeightUrgency, |w| w.urgency, |w, v| w.urgency = v)}
                        <div class="buttons">
                            <button type="button" data-testid="weights-reset" disabled=move || !changed() on:click=move |_| what_if.set(saved.get_untracked().weights)>{tx(Key::Reset)}</button>
                            <button type="button" data-testid="weights-save" disabled=move || !changed() on:click=move |_| {
                                let w = what_if.get_untracked();
                                state.update(|ws| ws.settings.weights = w);
                            }>{tx(Key::SaveWeights)}</button>
                            <Show when=changed><span class="hint">{tx(Key::WhatIfActive)}</span></Show>
                        </div>
                    </fieldset>
                </Show>
                <p class="hint">{tx(Key::ModelHelp)}</p>
            </div>
            <div class="table-scroll">
                <table class="data backlog" data-testid="backlog">
                    <thead><tr>
                        <th scope="col" class="num">"#"</th>
                        <th scope="col">"Id"</th>
                        <th scope="col">{tx(Key::Title)}</th>
                        <th scope="col" class="num">{tx(Key::Score)}</th>
                        <th scope="col">{tx(Key::Quadrant)}</th>
                        <th scope="col">{tx(Key::Sensitivity)}</th>
                        <th scope="col" class="no-print">{tx(Key::WhyThisRank)}</th>
                    </tr></thead>
                    <tbody>
                        {move || {
                            let lang_now = lang.get();
                            let decimals = if settings.with(|s| s.model) == Model::Weighted { 1 } else { 2 };
                            let n = shown.get();
                            // The shown rows' data, read first; their views built after the reads.
                            let rows: Vec<(Ranked, Option<Item>, Option<usize>)> = ranking.with(|ranking| moves.with(|moves| {
                                state.with_ws(|ws| ranking.ranked.iter().take(n).map(|r| {
                                    (*r, ws.items.get(r.index).cloned(), moves.get(r.index).copied().flatten())
                                }).collect()).unwrap_or_default()
                            }));
                            rows.into_iter().map(|(r, item, shift)| {
                                let (id, title) = item.as_ref().map(|i| (i.id.to_string(), i.title.clone())).unwrap_or_default();
                                // Drawn when first opened: a closed explanation costs its row nothing.
                                let opened = RwSignal::new(false);
                                view! {
                                    <tr data-id=id.clone() class:mandatory=r.mandatory>
                                        <td class="num">{r.rank}</td>
                                        <td><a href=item_href(&id)>{id.clone()}</a></td>
                                        <td>
                                            {title}
                                            {r.mandatory.then(|| view! { " "<span class="badge mandatory">{t(lang_now, Key::Mandatory)}</span> })}
                                            {r.overdue.then(|| view! { " "<span class="badge late">{t(lang_now, Key::Overdue)}</span> })}
                                        </td>
                                        <td class="num" data-testid="backlog-score">{number(lang_now, r.score, decimals)}</td>
                                        <td>{r.quadrant.map(|q| q.label(lang_now))}</td>
                                        <td>{match shift { Some(0) => t(lang_now, Key::Stable).to_owned(), Some(n) => format!("± {n}"), None => "—".to_owned() }}</td>
                                        <td class="no-print">
                                            <details on:toggle=move |_| opened.set(true)>
                                                <summary>{t(lang_now, Key::Explain)}</summary>
                                                <Show when=move || opened.get()>
                                                    <ScoreExplain item=Signal::derive({ let item = item.clone(); move || item.clone() }) settings=settings />
                                                </Show>
                                            </details>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            <Show when=move || { ranked_count() > shown.get() }>
                <p class="more-lines">
                    // Said in words too, as a printed backlog has no buttons.
                    <span class="hint" data-testid="backlog-shown">{move || shown_words(lang.get(), shown.get(), ranked_count())}</span>" "
                    <button type="button" data-testid="backlog-more" on:click=move |_| shown.update(|s| *s += TABLE_ROWS)>{tx(Key::ShowMore)}</button>
                </p>
            </Show>
            <Show when=move || !ranking.with(|r| r.unrankable.is_empty())>
                <h2>{tx(Key::NotRankable)}</h2>
                <ul class="plain" data-testid="unrankable">
                    {move || {
                        let l = lang.get();
                        let n = lines_shown(ranking.with(|r| r.unrankable.len()), true, all_unrankable.get());
                        ranking.with(|r| r.unrankable.iter().take(n).map(|u| {
                            let label = state.with_ws(|ws| ws.items.get(u.index).map(|i| (i.id.to_string(), i.title.clone()))).flatten().unwrap_or_default();
                            let needs: Vec<&str> = u.needs.iter().map(|f| f.label(l)).collect();
                            view! { <li><a href=item_href(&label.0)>{label.0.clone()}</a>" "{label.1}" — "{t(l, Key::NotRankableNeeds)}" "{needs.join(", ")}</li> }
                        }).collect_view())
                    }}
                </ul>
                <MoreLines total=Signal::derive(move || ranking.with(|r| r.unrankable.len())) all=all_unrankable lang testid="unrankable" />
            </Show>
            <CapacityPlan settings=settings />
        </section>
    }
}

#[component]
fn CapacityPlan(#[prop(into)] settings: Signal<Settings>) -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let budget = Memo::new(move |_| settings.get().capacity_days.unwrap_or(60));
    let all_chosen = RwSignal::new(false);
    let all_left_out = RwSignal::new(false);
    let plan = Memo::new(move |_| {
        let s = settings.get();
        let b = budget.get();
        state.with_ws(|ws| prioritise::plan(&ws.items, &s, clock::today(), b))
    });
    let name = move |index: usize| {
        state
            .with_ws(|ws| {
                ws.items
                    .get(index)
                    .map(|i| (i.id.to_string(), i.title.clone(), i.inputs.person_days))
            })
            .flatten()
            .unwrap_or_default()
    };
    view! {
        <h2>{tx(Key::CapacityPlan)}</h2>
        <div class="inline-form">
            <NumberField label=Key::BudgetDays testid="budget" min=0 max=100_000 value=Signal::derive(move || Some(budget.get()))
                on_change=move |v| state.update(|ws| ws.settings.capacity_days = v) />
        </div>
        {move || plan.get().map(|p| {
            let l = lang.get();
            let method = match p.method {
                prioritise::Method::Knapsack => t(l, Key::MethodKnapsack),
                prioritise::Method::TreeKnapsack => t(l, Key::MethodTree),
                prioritise::Method::BranchAndBound => t(l, Key::MethodBranch),
            };
            view! {
                <p class="plan-summary" data-testid="plan-summary">
                    {tf(l, Key::PlanSummary, &[&p.chosen.len().to_string(), &p.days.to_string(), &p.budget.to_string(), &number(l, p.value, 1)])}
                    " "{method}" "
                    {if p.proven_optimal { t(l, Key::ProvenOptimal) } else { t(l, Key::BestFound) }}
                </p>
                {(p.over_budget > 0).then(|| view! { <p class="banner warn">{tf(l, Key::MandatoryOverBudget, &[&p.over_budget.to_string()])}</p> })}
                // The lists redraw alone when all their lines are asked for, so the button keeps
                // the keyboard's focus.
                <ol class="plan-list" data-testid="plan-chosen">
                    {let (chosen, mandatory) = (p.chosen.clone(), p.mandatory.clone()); move || chosen.iter().take(lines_shown(chosen.len(), true, all_chosen.get())).map(|&i| {
                        let (id, title, days) = name(i);
                        let mandatory = mandatory.contains(&i);
                        view! { <li><a href=item_href(&id)>{id.clone()}</a>" "{title}" · "{days.unwrap_or(0)}" "{t(l, Key::DaysShort)}{mandatory.then(|| view! { " "<span class="badge mandatory">{t(l, Key::Mandatory)}</span> })}</li> }
                    }).collect_view()}
                </ol>
                <MoreLines total=p.chosen.len() all=all_chosen lang testid="plan-chosen" />
                <Show when={let empty = p.left_out.is_empty(); move || !empty}>
                    <h3>{t(l, Key::LeftOut)}</h3>
                </Show>
                <ul class="plain" data-testid="plan-left-out">
                    {let left_out = p.left_out.clone(); move || left_out.iter().take(lines_shown(left_out.len(), true, all_left_out.get())).map(|left| {
                        let (id, title, _) = name(left.index);
                        let why = match &left.why {
                            Why::NoEstimate => t(l, Key::WhyNoEstimate).to_owned(),
                            Why::NotRankable(needs) => format!("{} {}", t(l, Key::NotRankableNeeds), needs.iter().map(|f| f.label(l)).collect::<Vec<_>>().join(", ")),
                            Why::DependsOn(dep) => tf(l, Key::WhyDependsOn, &[&dep.to_string()]),
                            Why::DoesNotFit => t(l, Key::WhyDoesNotFit).to_owned(),
                        };
                        view! { <li><a href=item_href(&id)>{id.clone()}</a>" "{title}" — "{why}</li> }
                    }).collect_view()}
                </ul>
                <MoreLines total=p.left_out.len() all=all_left_out lang testid="plan-left-out" />
            }
        })}
    }
}
