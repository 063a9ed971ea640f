//! The record: the whole item on one page, read-only, in the order of its lifecycle — what was
//! found, what was done about it, by whom and when, whether it worked, what changed and who was
//! told — followed by its change log. It is the documented information an auditor asks for, and
//! it prints as it stands.
//!
//! Built as labelled lines of text per section, redrawn as a whole when the item changes: a
//! read-only page needs no per-field reactivity, and one generic layout keeps the code small.

use isms_core::i18n::Lang;
use isms_core::prioritise::Scale;
use isms_core::{catalogue, Item, Nonconformity, PersonId, Stage, Workspace};
use leptos::prelude::*;

use super::history::HistoryLog;
use super::use_item;
use crate::clock;
use crate::i18n::{date, number, opt_date, t, target_text, tf, tx, Key};
use crate::state::use_state;

/// A section's heading and its lines: label, then value.
type Section = (String, Vec<Line>);
type Line = (String, String);

const NOTHING: &str = "—";

/// The reader's language and the workspace the item's people and objectives are looked up in.
#[derive(Clone, Copy)]
struct Words<'a> {
    lang: Lang,
    ws: &'a Workspace,
}

impl Words<'_> {
    fn label(self, key: Key) -> String {
        t(self.lang, key).to_owned()
    }
    fn step(self, stage: Stage) -> String {
        stage.step_label(self.lang).to_owned()
    }
    fn date(self, day: Option<chrono::NaiveDate>) -> String {
        opt_date(self.lang, day)
    }
    fn person(self, id: &Option<PersonId>) -> String {
        id.as_ref()
            .map_or_else(|| NOTHING.to_owned(), |id| self.ws.person_name(id))
    }
    /// "A.8.8 Management of technical vulnerabilities"; an unknown number as it was written.
    fn requirement(self, id: &str) -> String {
        catalogue::clause(id)
            .or_else(|| catalogue::control(id))
            .map_or_else(|| id.to_owned(), |r| r.display(self.lang))
    }
}

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

/// The item's record, section by section in lifecycle order.
fn sections(item: &Item, w: Words) -> Vec<Section> {
    let mut out = vec![(w.step(Stage::Identified), identify(item, w))];
    if let Some(nc) = &item.nonconformity {
        out.push((w.label(Key::Nonconformity), nonconformity(nc, w)));
    }
    out.extend([
        (w.step(Stage::Prioritised), prioritise(item, w)),
        (w.step(Stage::Planned), plan(item, w)),
        (w.step(Stage::InProgress), actions(item, w)),
        (w.step(Stage::Verifying), verify(item, w)),
        (w.step(Stage::Standardised), standardise(item, w)),
        (w.step(Stage::Communicated), communicate(item, w)),
        (w.label(Key::TabEvidence), evidence(item, w)),
        (
            w.step(Stage::Closed),
            vec![(w.label(Key::ClosedOn), w.date(item.closed_on))],
        ),
    ]);
    out
}

fn identify(item: &Item, w: Words) -> Vec<Line> {
    let lang = w.lang;
    let source = match item.stakeholder {
        Some(who) => format!("{} ({})", item.source.label(lang), who.label(lang)),
        None => item.source.label(lang).to_owned(),
    };
    let links = &item.links;
    let objectives = links.objectives.iter().map(|id| {
        w.ws.objective(id)
            .map_or_else(|| id.to_string(), |o| o.title.clone())
    });
    let mut lines = vec![
        (w.label(Key::Kind), item.kind.label(lang).to_owned()),
        (w.label(Key::Stage), item.stage.label(lang).to_owned()),
        (w.label(Key::IdentifiedOn), date(lang, item.identified_on)),
        (w.label(Key::Source), source),
        (w.label(Key::SourceRef), text(&item.source_ref)),
        (w.label(Key::Description), text(&item.description)),
        (
            w.label(Key::ClausesAndControls),
            joined(
                links
                    .clauses
                    .iter()
                    .chain(&links.controls)
                    .map(|id| w.requirement(id))
                    .collect(),
            ),
        ),
        (w.label(Key::NavObjectives), joined(objectives.collect())),
        (
            w.label(Key::DependsOn),
            joined(links.depends_on.iter().map(ToString::to_string).collect()),
        ),
    ];
    if !item.stage_reason.trim().is_empty() {
        lines.push((w.label(Key::Reason), item.stage_reason.clone()));
    }
    lines
}

/// 10.2: the requirement not met, the correction, the chain of whys, the root cause, similar
/// cases and the action on the cause.
fn nonconformity(nc: &Nonconformity, w: Words) -> Vec<Line> {
    let requirement = if nc.requirement.trim().is_empty() {
        NOTHING.to_owned()
    } else {
        w.requirement(&nc.requirement)
    };
    let mut lines = vec![
        (w.label(Key::RequirementNotMet), requirement),
        (w.label(Key::Grade), nc.grade.label(w.lang).to_owned()),
        (
            w.label(Key::NonconformityDescription),
            text(&nc.description),
        ),
        (w.label(Key::Correction), text(&nc.correction)),
    ];
    let why = w.label(Key::Why);
    lines.extend(
        nc.whys
            .iter()
            .enumerate()
            .map(|(n, answer)| (format!("{why} {}", n + 1), text(answer))),
    );
    let similar = w.label(match nc.similar.found {
        None => Key::NotChecked,
        Some(true) => Key::SimilarFound,
        Some(false) => Key::SimilarNone,
    });
    let similar = match nc.similar.notes.trim() {
        "" => similar,
        notes => format!("{similar}: {notes}"),
    };
    lines.extend([
        (w.label(Key::RootCause), text(&nc.root_cause)),
        (w.label(Key::SimilarCases), similar),
        (w.label(Key::CauseAction), text(&nc.cause_action)),
    ]);
    lines
}

fn prioritise(item: &Item, w: Words) -> Vec<Line> {
    let rating = |scale: Scale, value: Option<u8>| {
        let meaning = value.and_then(|v| scale.meaning(v, w.lang).map(|m| format!("{v} — {m}")));
        (
            scale.label(w.lang).to_owned(),
            meaning.unwrap_or_else(|| NOTHING.to_owned()),
        )
    };
    let inputs = &item.inputs;
    vec![
        rating(Scale::Impact, inputs.impact),
        rating(Scale::Effort, inputs.effort),
        rating(Scale::Urgency, inputs.urgency),
        (
            w.label(Key::PersonDays),
            inputs
                .person_days
                .map_or_else(|| NOTHING.to_owned(), |d| d.to_string()),
        ),
    ]
}

fn plan(item: &Item, w: Words) -> Vec<Line> {
    let plan = &item.plan;
    vec![
        (w.label(Key::PlanWhat), text(&plan.what)),
        (w.label(Key::PlanHow), text(&plan.how)),
        (w.label(Key::Owner), w.person(&plan.owner)),
        (w.label(Key::StartDate), w.date(plan.start)),
        (w.label(Key::DueDate), w.date(plan.due)),
    ]
}

fn actions(item: &Item, w: Words) -> Vec<Line> {
    let action = w.label(Key::Action);
    item.plan
        .actions
        .iter()
        .enumerate()
        .map(|(n, a)| {
            let detail = tf(
                w.lang,
                Key::RecordAction,
                &[&w.person(&a.owner), &w.date(a.due), &w.date(a.done)],
            );
            (
                format!("{action} {}", n + 1),
                format!("{} — {detail}", text(&a.description)),
            )
        })
        .collect()
}

fn verify(item: &Item, w: Words) -> Vec<Line> {
    let v = &item.verification;
    let m = &v.measurement;
    // Whole numbers without decimals, as they were entered ("3", not "3.0").
    let figure = |x: Option<f64>| {
        x.map_or_else(
            || NOTHING.to_owned(),
            |x| {
                let decimals = if x.fract() == 0.0 { 0 } else { 2 };
                format!("{} {}", number(w.lang, x, decimals), m.unit)
                    .trim_end()
                    .to_owned()
            },
        )
    };
    let mut measured = tf(
        w.lang,
        Key::RecordMeasurement,
        &[&figure(m.before), &figure(m.after), &figure(m.target)],
    );
    if let Some(met) = m.target_met() {
        measured = format!(
            "{measured} — {}",
            target_text(w.lang, met, &figure(m.target))
        );
    }
    let result = v
        .result
        .map_or_else(|| NOTHING.to_owned(), |r| r.label(w.lang).to_owned());
    vec![
        (w.label(Key::VerificationMethod), text(&v.method)),
        (w.label(Key::VerificationPlanned), w.date(v.planned)),
        (w.label(Key::Verifier), w.person(&v.verifier)),
        (w.label(Key::Kpi), text(&m.kpi)),
        (w.label(Key::Measurement), measured),
        (w.label(Key::Result), result),
        (w.label(Key::VerifiedOn), w.date(v.verified_on)),
        (w.label(Key::VerifiedBy), w.person(&v.verified_by)),
        (w.label(Key::Notes), text(&v.notes)),
    ]
}

fn standardise(item: &Item, w: Words) -> Vec<Line> {
    let document = w.label(Key::Document);
    let mut lines: Vec<Line> = item
        .standardisation
        .iter()
        .map(|d| {
            let name = format!("{} {}", d.name, d.version);
            (
                document.clone(),
                format!("{} ({})", name.trim_end(), w.date(d.date)),
            )
        })
        .collect();
    if !item.no_document_change.trim().is_empty() {
        lines.push((
            w.label(Key::NoDocumentChanged),
            item.no_document_change.clone(),
        ));
    }
    lines
}

fn communicate(item: &Item, w: Words) -> Vec<Line> {
    let c = &item.communication;
    vec![
        (w.label(Key::Audiences), text(&c.audiences)),
        (w.label(Key::Channel), text(&c.channel)),
        (w.label(Key::Training), text(&c.training)),
        (w.label(Key::CommunicatedOn), w.date(c.date)),
    ]
}

fn evidence(item: &Item, w: Words) -> Vec<Line> {
    item.evidence
        .iter()
        .map(|e| {
            (
                text(&e.label),
                format!("{} ({})", text(&e.location), w.date(e.date)),
            )
        })
        .collect()
}

/// A section's heading, one level lower when the record is `nested` under an item's own heading.
fn section_heading(nested: bool, text: impl IntoView + 'static) -> AnyView {
    if nested {
        view! { <h3>{text}</h3> }.into_any()
    } else {
        view! { <h2>{text}</h2> }.into_any()
    }
}

/// The record's sections and change log, for the item in context. `nested`: under an item's
/// own heading on a page of several records, so the sections are one heading level lower.
#[component]
pub fn RecordBody(#[prop(optional)] nested: bool) -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let ctx = use_item();
    let body = move || {
        let lang = lang.get();
        ctx.item.with(|item| {
            let item = item.as_ref()?;
            state.with_ws(|ws| sections(item, Words { lang, ws }))
        })
    };
    view! {
        {move || body().unwrap_or_default().into_iter().map(|(heading, lines)| view! {
            <section class="record-section">
                {section_heading(nested, heading)}
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
            {section_heading(nested, tx(Key::TabHistory))}
            <HistoryLog />
        </section>
    }
}

/// The item page's record tab: the record with a print button and the date it stands on.
#[component]
pub fn Record() -> impl IntoView {
    let lang = use_state().lang;
    view! {
        <div class="record" data-testid="record">
            <p class="hint no-print">{tx(Key::RecordHint)}" "
                <button type="button" data-testid="print-record" on:click=move |_| { let _ = window().print(); }>{tx(Key::Print)}</button>
            </p>
            <RecordBody />
            <p class="hint">{move || tf(lang.get(), Key::RecordAsOf, &[&date(lang.get(), clock::today())])}</p>
        </div>
    }
}
