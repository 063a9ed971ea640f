//! The record: the whole item on one page, read-only, in the order of its lifecycle — what was
//! found, what was done about it, by whom and when, whether it worked, what changed and who was
//! told — followed by its change log. It is the documented information an auditor asks for, and
//! it prints as it stands.
//!
//! Built as labelled lines of text per section, redrawn as a whole when the item changes: a
//! read-only page needs no per-field reactivity, and one generic layout keeps the code small.

use isms_core::i18n::Lang;
use isms_core::prioritise::Scale;
use isms_core::{catalogue, Item, PersonId, Stage, Workspace};
use leptos::prelude::*;

use super::history::HistoryLog;
use super::use_item;
use crate::clock;
use crate::i18n::{date, number, opt_date, t, tf, tx, Key};
use crate::state::use_state;

/// A section's heading and its lines: label, then value.
type Section = (String, Vec<(String, String)>);

const NOTHING: &str = "—";

fn text(value: &str) -> String {
    if value.trim().is_empty() {
        NOTHING.to_owned()
    } else {
        value.to_owned()
    }
}

fn joined(values: Vec<String>) -> String {
    if values.is_empty() {
        NOTHING.to_owned()
    } else {
        values.join("; ")
    }
}

/// The item's record in `lang`, section by section.
fn sections(item: &Item, ws: &Workspace, lang: Lang) -> Vec<Section> {
    let label = |key: Key| t(lang, key).to_owned();
    let person = |id: &Option<PersonId>| {
        id.as_ref()
            .map_or_else(|| NOTHING.to_owned(), |id| ws.person_name(id))
    };
    let requirement = |id: &String| {
        catalogue::clause(id)
            .or_else(|| catalogue::control(id))
            .map_or_else(|| id.clone(), |r| r.display(lang))
    };
    let step = |stage: Stage| stage.step_label(lang).to_owned();
    let mut out = Vec::new();

    let source = match item.stakeholder {
        Some(who) => format!("{} ({})", item.source.label(lang), who.label(lang)),
        None => item.source.label(lang).to_owned(),
    };
    let mut identify = vec![
        (label(Key::Kind), item.kind.label(lang).to_owned()),
        (label(Key::Stage), item.stage.label(lang).to_owned()),
        (label(Key::IdentifiedOn), date(lang, item.identified_on)),
        (label(Key::Source), source),
        (label(Key::SourceRef), text(&item.source_ref)),
        (label(Key::Description), text(&item.description)),
        (
            label(Key::ClausesAndControls),
            joined(
                item.links
                    .clauses
                    .iter()
                    .chain(&item.links.controls)
                    .map(requirement)
                    .collect(),
            ),
        ),
        (
            label(Key::NavObjectives),
            joined(
                item.links
                    .objectives
                    .iter()
                    .map(|id| {
                        ws.objective(id)
                            .map_or_else(|| id.to_string(), |o| o.title.clone())
                    })
                    .collect(),
            ),
        ),
        (
            label(Key::DependsOn),
            joined(
                item.links
                    .depends_on
                    .iter()
                    .map(ToString::to_string)
                    .collect(),
            ),
        ),
    ];
    if !item.stage_reason.trim().is_empty() {
        identify.push((label(Key::Reason), item.stage_reason.clone()));
    }
    out.push((step(Stage::Identified), identify));

    if let Some(nc) = &item.nonconformity {
        let mut lines = vec![
            (
                label(Key::RequirementNotMet),
                if nc.requirement.trim().is_empty() {
                    NOTHING.to_owned()
                } else {
                    requirement(&nc.requirement)
                },
            ),
            (label(Key::Grade), nc.grade.label(lang).to_owned()),
            (label(Key::NonconformityDescription), text(&nc.description)),
            (label(Key::Correction), text(&nc.correction)),
        ];
        lines.extend(
            nc.whys
                .iter()
                .enumerate()
                .map(|(n, why)| (format!("{} {}", label(Key::Why), n + 1), text(why))),
        );
        let similar = match nc.similar.found {
            None => label(Key::NotChecked),
            Some(true) => label(Key::SimilarFound),
            Some(false) => label(Key::SimilarNone),
        };
        let similar = if nc.similar.notes.trim().is_empty() {
            similar
        } else {
            format!("{similar}: {}", nc.similar.notes)
        };
        lines.extend([
            (label(Key::RootCause), text(&nc.root_cause)),
            (label(Key::SimilarCases), similar),
            (label(Key::CauseAction), text(&nc.cause_action)),
        ]);
        out.push((label(Key::Nonconformity), lines));
    }

    let rating = |scale: Scale, value: Option<u8>| {
        let meaning = value.and_then(|v| scale.meaning(v, lang).map(|m| format!("{v} — {m}")));
        (
            scale.label(lang).to_owned(),
            meaning.unwrap_or_else(|| NOTHING.to_owned()),
        )
    };
    out.push((
        step(Stage::Prioritised),
        vec![
            rating(Scale::Impact, item.inputs.impact),
            rating(Scale::Effort, item.inputs.effort),
            rating(Scale::Urgency, item.inputs.urgency),
            (
                label(Key::PersonDays),
                item.inputs
                    .person_days
                    .map_or_else(|| NOTHING.to_owned(), |d| d.to_string()),
            ),
        ],
    ));

    let plan = &item.plan;
    out.push((
        step(Stage::Planned),
        vec![
            (label(Key::PlanWhat), text(&plan.what)),
            (label(Key::PlanHow), text(&plan.how)),
            (label(Key::Owner), person(&plan.owner)),
            (label(Key::StartDate), opt_date(lang, plan.start)),
            (label(Key::DueDate), opt_date(lang, plan.due)),
        ],
    ));

    let actions = plan.actions.iter().enumerate().map(|(n, a)| {
        let detail = tf(
            lang,
            Key::RecordAction,
            &[
                &person(&a.owner),
                &opt_date(lang, a.due),
                &opt_date(lang, a.done),
            ],
        );
        (
            format!("{} {}", label(Key::Action), n + 1),
            format!("{} — {detail}", text(&a.description)),
        )
    });
    out.push((step(Stage::InProgress), actions.collect()));

    let v = &item.verification;
    let m = &v.measurement;
    // Whole numbers without decimals, as they were entered ("3", not "3.0").
    let figure = |x: Option<f64>| {
        x.map_or_else(
            || NOTHING.to_owned(),
            |x| {
                let decimals = if x.fract() == 0.0 { 0 } else { 2 };
                format!("{} {}", number(lang, x, decimals), m.unit)
                    .trim_end()
                    .to_owned()
            },
        )
    };
    out.push((
        step(Stage::Verifying),
        vec![
            (label(Key::VerificationMethod), text(&v.method)),
            (label(Key::VerificationPlanned), opt_date(lang, v.planned)),
            (label(Key::Kpi), text(&m.kpi)),
            (
                label(Key::Measurement),
                tf(
                    lang,
                    Key::RecordMeasurement,
                    &[&figure(m.before), &figure(m.after), &figure(m.target)],
                ),
            ),
            (
                label(Key::Result),
                v.result
                    .map_or_else(|| NOTHING.to_owned(), |r| r.label(lang).to_owned()),
            ),
            (label(Key::VerifiedOn), opt_date(lang, v.verified_on)),
            (label(Key::VerifiedBy), person(&v.verified_by)),
            (label(Key::Notes), text(&v.notes)),
        ],
    ));

    let mut documents: Vec<(String, String)> = item
        .standardisation
        .iter()
        .map(|d| {
            (
                label(Key::Document),
                format!(
                    "{} ({})",
                    format!("{} {}", d.name, d.version).trim_end(),
                    opt_date(lang, d.date)
                ),
            )
        })
        .collect();
    if !item.no_document_change.trim().is_empty() {
        documents.push((
            label(Key::NoDocumentChanged),
            item.no_document_change.clone(),
        ));
    }
    out.push((step(Stage::Standardised), documents));

    let c = &item.communication;
    out.push((
        step(Stage::Communicated),
        vec![
            (label(Key::Audiences), text(&c.audiences)),
            (label(Key::Channel), text(&c.channel)),
            (label(Key::Training), text(&c.training)),
            (label(Key::Date), opt_date(lang, c.date)),
        ],
    ));

    let evidence = item.evidence.iter().map(|e| {
        (
            text(&e.label),
            format!("{} ({})", text(&e.location), opt_date(lang, e.date)),
        )
    });
    out.push((label(Key::TabEvidence), evidence.collect()));
    out.push((
        step(Stage::Closed),
        vec![(label(Key::ClosedOn), opt_date(lang, item.closed_on))],
    ));
    out
}

#[component]
pub fn Record() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let ctx = use_item();
    let body = move || {
        let lang = lang.get();
        ctx.item.with(|item| {
            let item = item.as_ref()?;
            state.with_ws(|ws| sections(item, ws, lang))
        })
    };
    view! {
        <div class="record" data-testid="record">
            <p class="hint no-print">{tx(Key::RecordHint)}" "
                <button type="button" data-testid="print-record" on:click=move |_| { let _ = window().print(); }>{tx(Key::Print)}</button>
            </p>
            {move || body().unwrap_or_default().into_iter().map(|(heading, lines)| view! {
                <section class="record-section">
                    <h2>{heading}</h2>
                    {if lines.is_empty() {
                        view! { <p class="empty">{NOTHING}</p> }.into_any()
                    } else {
                        view! {
                            <dl class="summary">
                                {lines.into_iter().map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> }).collect_view()}
                            </dl>
                        }.into_any()
                    }}
                </section>
            }).collect_view()}
            <section class="record-section">
                <h2>{tx(Key::TabHistory)}</h2>
                <HistoryLog />
            </section>
            <p class="hint">{move || tf(lang.get(), Key::RecordAsOf, &[&date(lang.get(), clock::today())])}</p>
        </div>
    }
}
