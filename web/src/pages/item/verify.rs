//! Verify: how effectiveness is measured (a KPI before and after, against a target) and the
//! result. A result other than "effective" offers the way back: to planning, or a corrective
//! action (both in the moves above the form). The KPI field suggests the common measures (core),
//! a suggested one bringing its unit.

use chrono::NaiveDate;
use isms_core::catalogue;
use isms_core::{DateMeaning, Effectiveness, PersonId};
use leptos::prelude::*;

use super::use_item;
use crate::codes::{code, parse};
use crate::components::field::{DateField, DecimalField, TextField};
use crate::components::select::SelectField;
use crate::i18n::{number, target_text, tx, Key, Lang};
use crate::state::use_state;

/// The KPIs the KPI field suggests (core's measures), in `lang`.
fn suggested_kpis(lang: Lang) -> Vec<&'static str> {
    catalogue::measures().iter().map(|m| m.kpi(lang)).collect()
}

#[component]
pub fn VerifyForm() -> impl IntoView {
    let lang = use_state().lang;
    let ctx = use_item();
    let text = move |f: fn(&isms_core::Item) -> String| Signal::derive(move || ctx.get(f));
    let value = move |f: fn(&isms_core::Item) -> Option<f64>| Signal::derive(move || ctx.get(f));
    // "25.0 → 5.0 /month (-80%) · target 5.0 reached": the change and, once all three figures
    // are in, whether it reaches the target (core decides which way the target lies).
    let change = move || {
        let l = lang.get();
        ctx.get(|i| {
            let m = &i.verification.measurement;
            let (b, a) = (m.before?, m.after?);
            let mut line = format!("{} → {} {}", number(l, b, 1), number(l, a, 1), m.unit)
                .trim_end()
                .to_owned();
            if b != 0.0 {
                line = format!("{line} ({:+}%)", ((a - b) / b * 100.0).round());
            }
            let reached = m
                .target
                .zip(m.target_met())
                .map(|(t, met)| (target_text(l, met, &number(l, t, 1)), met));
            Some((line, reached))
        })
    };
    view! {
        <div class="form-grid">
            <TextField label=Key::VerificationMethod testid="verify-method" multiline=true value=text(|i| i.verification.method.clone()) on_change={move |v: String| ctx.edit(|i| i.verification.method = v)} />
            <DateField label=Key::VerificationPlanned testid="verify-planned" value=Signal::derive(move || ctx.get(|i| i.verification.planned)) on_change={move |d: Option<NaiveDate>| ctx.edit(|i| i.verification.planned = d)} />
            // Who is to carry out the check: on their list and in their calendar. "Verified by"
            // below says who did.
            <SelectField label=Key::Verifier testid="verifier" none=Key::NotSet options=use_state().people_options()
                value=text(|i| i.verification.verifier.as_ref().map(|p| p.to_string()).unwrap_or_default())
                on_change={move |v: String| ctx.edit(|i| i.verification.verifier = PersonId::parse(&v).ok())} />
        </div>
        <fieldset class="group">
            <legend>{tx(Key::Measurement)}</legend>
            <TextField label=Key::Kpi testid="kpi" wide=true suggestions=suggested_kpis value=text(|i| i.verification.measurement.kpi.clone()) on_change={move |v: String| ctx.edit(|i| i.verification.measurement.set_kpi(v))} />
            <div class="form-grid compact">
                <TextField label=Key::Unit testid="kpi-unit" value=text(|i| i.verification.measurement.unit.clone()) on_change={move |v: String| ctx.edit(|i| i.verification.measurement.unit = v)} />
                <DecimalField label=Key::Before testid="kpi-before" value=value(|i| i.verification.measurement.before) on_change={move |v| ctx.edit(|i| i.verification.measurement.before = v)} />
                <DecimalField label=Key::After testid="kpi-after" value=value(|i| i.verification.measurement.after) on_change={move |v| ctx.edit(|i| i.verification.measurement.after = v)} />
                <DecimalField label=Key::Target testid="kpi-target" value=value(|i| i.verification.measurement.target) on_change={move |v| ctx.edit(|i| i.verification.measurement.target = v)} />
            </div>
            {move || change().map(|(line, reached)| view! {
                <p class="measured" data-testid="measured-change">
                    {line}
                    {reached.map(|(text, met)| view! { " · "<span class:ok=met class:warn=!met data-testid="target-reached">{text}</span> })}
                </p>
            })}
        </fieldset>
        <fieldset class="group">
            <legend>{tx(Key::Result)}</legend>
            <div class="form-grid">
                <SelectField label=Key::Result testid="verify-result" none=Key::NotSet
                    value=Signal::derive(move || ctx.get(|i| i.verification.result.map(code).unwrap_or_default()))
                    options=Signal::derive(move || Effectiveness::ALL.iter().map(|e| (code(*e), e.label(lang.get()).to_owned())).collect())
                    on_change={move |v: String| ctx.edit(|i| i.verification.result = parse(&Effectiveness::ALL, &v))} />
                <DateField label=Key::VerifiedOn testid="verified-on" meaning=DateMeaning::Happened value=Signal::derive(move || ctx.get(|i| i.verification.verified_on)) on_change={move |d: Option<NaiveDate>| ctx.edit(|i| i.verification.verified_on = d)} />
                <SelectField label=Key::VerifiedBy testid="verified-by" none=Key::NotSet options=use_state().people_options()
                    value=text(|i| i.verification.verified_by.as_ref().map(|p| p.to_string()).unwrap_or_default())
                    on_change={move |v: String| ctx.edit(|i| i.verification.verified_by = PersonId::parse(&v).ok())} />
            </div>
            <TextField label=Key::Notes testid="verify-notes" multiline=true value=text(|i| i.verification.notes.clone()) on_change={move |v: String| ctx.edit(|i| i.verification.notes = v)} />
            <Show when=move || ctx.get(|i| matches!(i.verification.result, Some(Effectiveness::NotEffective | Effectiveness::PartiallyEffective)))>
                <p class="hint warn">{tx(Key::NotEffectiveHint)}</p>
            </Show>
            // Effective while the KPI misses its target is allowed (the check may weigh more than
            // one figure) but worth a second look before it goes into the record.
            <Show when=move || ctx.get(|i| i.verification.result == Some(Effectiveness::Effective) && i.verification.measurement.target_met() == Some(false))>
                <p class="hint warn" data-testid="effective-but-missed">{tx(Key::EffectiveButMissed)}</p>
            </Show>
        </fieldset>
    }
}
