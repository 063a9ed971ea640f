//! Prioritise: impact, effort and urgency on scales with stated meanings, the estimate in
//! person-days, alignment with objectives, the inputs of the other models, and the live score.

use isms_core::prioritise::{self, Quadrant, Scale};
use leptos::prelude::*;

use super::use_item;
use crate::components::field::NumberField;
use crate::components::scale_picker::ScalePicker;
use crate::components::score_explain::ScoreExplain;
use crate::i18n::{tf, tx, Key};
use crate::state::use_state;

#[component]
pub fn RatingForm() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let ctx = use_item();
    let settings = Memo::new(move |_| state.with_ws(|ws| ws.settings.clone()).unwrap_or_default());
    let derived = move || ctx.get(|i| prioritise::alignment(None, i.links.objectives.len()));
    let quadrant = move || {
        ctx.get(|i| Quadrant::of(&i.inputs, &settings.get().quadrants))
            .map(|q| q.label(lang.get()).to_owned())
    };
    let u8_field = |v: Option<u32>| v.and_then(|v| u8::try_from(v).ok());
    view! {
        <div class="scales">
            <ScalePicker scale=Scale::Impact testid="impact" value=Signal::derive(move || ctx.get(|i| i.inputs.impact)) on_change={move |v| ctx.edit(|i| i.inputs.impact = v)} />
            <ScalePicker scale=Scale::Effort testid="effort" value=Signal::derive(move || ctx.get(|i| i.inputs.effort)) on_change={move |v| ctx.edit(|i| i.inputs.effort = v)} />
            <ScalePicker scale=Scale::Urgency testid="urgency" value=Signal::derive(move || ctx.get(|i| i.inputs.urgency)) on_change={move |v| ctx.edit(|i| i.inputs.urgency = v)} />
        </div>
        <div class="form-grid">
            <NumberField label=Key::PersonDays testid="person-days" min=0 max=10_000 value=Signal::derive(move || ctx.get(|i| i.inputs.person_days)) on_change={move |v| ctx.edit(|i| i.inputs.person_days = v)} />
            <div class="field">
                <span>{tx(Key::Alignment)}</span>
                <p class="hint" id="alignment-derived">{move || tf(lang.get(), Key::AlignmentDerived, &[&derived().to_string(), Scale::Alignment.meaning(derived(), lang.get()).unwrap_or_default()])}</p>
                <select data-testid="alignment-override" aria-label=tx(Key::Alignment) aria-describedby="alignment-derived" prop:value=move || ctx.get(|i| i.inputs.alignment_override.map(|v| v.to_string()).unwrap_or_default())
                    on:change=move |ev| { let v = event_target_value(&ev).parse::<u8>().ok(); ctx.edit(|i| i.inputs.alignment_override = v) }>
                    <option value="">{tx(Key::UseDerived)}</option>
                    {(1u8..=5).map(|v| view! { <option value=v.to_string()>{move || format!("{v} — {}", Scale::Alignment.meaning(v, lang.get()).unwrap_or_default())}</option> }).collect_view()}
                </select>
            </div>
        </div>
        <details class="group">
            <summary>{tx(Key::OtherModelInputs)}</summary>
            <div class="form-grid">
                <NumberField label=Key::ConfidencePct min=0 max=100 value=Signal::derive(move || ctx.get(|i| i.inputs.confidence_pct.map(u32::from))) on_change={move |v: Option<u32>| ctx.edit(|i| i.inputs.confidence_pct = u8_field(v))} />
                <NumberField label=Key::Reach min=0 max=1_000_000 value=Signal::derive(move || ctx.get(|i| i.inputs.reach)) on_change={move |v| ctx.edit(|i| i.inputs.reach = v)} />
                <NumberField label=Key::BusinessValue min=1 max=20 value=Signal::derive(move || ctx.get(|i| i.inputs.business_value.map(u32::from))) on_change={move |v: Option<u32>| ctx.edit(|i| i.inputs.business_value = u8_field(v))} />
                <NumberField label=Key::TimeCriticality min=1 max=20 value=Signal::derive(move || ctx.get(|i| i.inputs.time_criticality.map(u32::from))) on_change={move |v: Option<u32>| ctx.edit(|i| i.inputs.time_criticality = u8_field(v))} />
                <NumberField label=Key::RiskReduction min=1 max=20 value=Signal::derive(move || ctx.get(|i| i.inputs.risk_reduction.map(u32::from))) on_change={move |v: Option<u32>| ctx.edit(|i| i.inputs.risk_reduction = u8_field(v))} />
            </div>
        </details>
        <div class="score-box" data-testid="item-score">
            <h2>{tx(Key::Score)}</h2>
            {move || quadrant().map(|q| view! { <p><span class="badge">{q}</span></p> })}
            <ScoreExplain item=Signal::derive(move || ctx.item.get()) settings=settings />
        </div>
    }
}
