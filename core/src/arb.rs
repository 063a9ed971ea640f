//! Proptest generators of valid workspaces, shared by the property tests of every module.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use proptest::prelude::*;

use crate::catalogue;
use crate::history;
use crate::lifecycle::Stage;
use crate::model::*;

pub fn base_time() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 5, 9, 30, 0).unwrap()
}

/// A "today" `offset` days from 400 days before [`base_time`]: with offsets up to ~900, before,
/// among and after the generated items' dates.
pub fn today(offset: i64) -> NaiveDate {
    base_time().date_naive() - Duration::days(400) + Duration::days(offset)
}

/// A continual improvement `CI-n` rated on impact, effort and urgency: the unit of most
/// prioritisation tests.
pub fn rated(n: u32, impact: u8, effort: u8, urgency: u8) -> Item {
    let mut it = Item::blank(
        ItemId::new(Kind::ContinualImprovement, n),
        Kind::ContinualImprovement,
        base_time(),
    );
    it.title = format!("item {n}");
    it.inputs.impact = Some(impact);
    it.inputs.effort = Some(effort);
    it.inputs.urgency = Some(urgency);
    it
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), "[a-zA-Z0-9 éëï€\"\\\\<>&\n]{1,24}"]
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (0i64..400).prop_map(|d| NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Duration::days(d))
}

fn scale(max: u8) -> impl Strategy<Value = Option<u8>> {
    proptest::option::of(1..=max)
}

fn inputs() -> impl Strategy<Value = PriorityInputs> {
    (
        (
            scale(5),
            scale(5),
            scale(5),
            proptest::option::of(0u32..60),
            scale(5),
        ),
        (
            proptest::option::of(0u8..=100),
            proptest::option::of(0u32..5000),
            scale(20),
            scale(20),
            scale(20),
        ),
    )
        .prop_map(
            |(
                (impact, effort, urgency, person_days, alignment_override),
                (c, reach, bv, tc, rr),
            )| {
                PriorityInputs {
                    impact,
                    effort,
                    urgency,
                    person_days,
                    alignment_override,
                    confidence_pct: c,
                    reach,
                    business_value: bv,
                    time_criticality: tc,
                    risk_reduction: rr,
                }
            },
        )
}

/// The raw material of one item; references are indexes resolved against the workspace.
#[derive(Debug, Clone)]
struct ItemSeed {
    corrective: bool,
    title: String,
    description: String,
    source: usize,
    stage: usize,
    inputs: PriorityInputs,
    owner: Option<usize>,
    start: NaiveDate,
    length: i64,
    control: Option<usize>,
    clause: Option<usize>,
    objective: Option<usize>,
    depends: Option<usize>,
    grade: usize,
    whys: Vec<String>,
    measured: Option<(f64, f64)>,
    edits: Vec<(u8, String)>,
    /// Actions as (due, done) in days from the start, and their own owner.
    actions: Vec<(Option<i64>, Option<i64>, Option<usize>)>,
    /// The effectiveness check as (planned, in days from the start; whether it has a result;
    /// who is to verify it).
    check: Option<(i64, bool, Option<usize>)>,
}

fn item_seed() -> impl Strategy<Value = ItemSeed> {
    (
        (
            any::<bool>(),
            "[A-Za-z][a-z ]{0,20}",
            text(),
            0usize..8,
            0usize..10,
            inputs(),
        ),
        (
            proptest::option::of(0usize..4),
            date(),
            0i64..90,
            proptest::option::of(0usize..93),
        ),
        (
            proptest::option::of(0usize..41),
            proptest::option::of(0usize..3),
            proptest::option::of(0usize..8),
            0usize..3,
        ),
        (
            proptest::collection::vec(text(), 0..4),
            proptest::option::of((-1.0e6f64..1.0e6, -1.0e6f64..1.0e6)),
            proptest::collection::vec((0u8..4, text()), 0..4),
        ),
        (
            proptest::collection::vec(
                (
                    proptest::option::of(-30i64..120),
                    proptest::option::of(0i64..120),
                    proptest::option::of(0usize..4),
                ),
                0..3,
            ),
            proptest::option::of((0i64..150, any::<bool>(), proptest::option::of(0usize..4))),
        ),
    )
        .prop_map(|(a, b, c, d, e)| ItemSeed {
            corrective: a.0,
            title: a.1,
            description: a.2,
            source: a.3,
            stage: a.4,
            inputs: a.5,
            owner: b.0,
            start: b.1,
            length: b.2,
            control: b.3,
            clause: c.0,
            objective: c.1,
            depends: c.2,
            grade: c.3,
            whys: d.0,
            measured: d.1,
            edits: d.2,
            actions: e.0,
            check: e.1,
        })
}

fn build_item(ws: &Workspace, n: u32, seed: ItemSeed) -> Item {
    let kind = if seed.corrective {
        Kind::CorrectiveAction
    } else {
        Kind::ContinualImprovement
    };
    let now = base_time() + Duration::minutes(i64::from(n));
    let people: Vec<PersonId> = ws.people.iter().map(|p| p.id.clone()).collect();
    let objectives: Vec<ObjectiveId> = ws.objectives.iter().map(|o| o.id.clone()).collect();
    let earlier: Vec<ItemId> = ws.items.iter().map(|i| i.id).collect();
    let mut item = history::create(ItemId::new(kind, n), kind, now, |i| {
        i.title = seed.title.clone();
        i.description = seed.description.clone();
        i.identified_on = seed.start;
        i.source = Source::ALL[seed.source];
        i.inputs = seed.inputs.clone();
        i.plan.owner = seed.owner.and_then(|o| people.get(o).cloned());
        i.plan.start = Some(seed.start);
        i.plan.due = Some(seed.start + Duration::days(seed.length));
        if let Some(c) = seed.control {
            i.links
                .controls
                .push(catalogue::controls()[c].id.to_owned());
        }
        if let Some(c) = seed.clause {
            i.links.clauses.push(catalogue::clauses()[c].id.to_owned());
        }
        if let Some(o) = seed.objective.and_then(|o| objectives.get(o)) {
            i.links.objectives.push(o.clone());
        }
        if let Some(d) = seed.depends.and_then(|d| earlier.get(d)) {
            i.links.depends_on.push(*d);
        }
        if seed.corrective {
            i.nonconformity = Some(Box::new(Nonconformity {
                requirement: "A.8.8".into(),
                grade: Grade::ALL[seed.grade],
                whys: seed.whys.clone(),
                root_cause: seed.whys.last().cloned().unwrap_or_default(),
                ..Nonconformity::default()
            }));
        }
        let day = |offset: i64| seed.start + Duration::days(offset);
        i.plan.actions = seed
            .actions
            .iter()
            .map(|(due, done, owner)| Action {
                description: format!("{} action", seed.title),
                owner: owner.and_then(|o| people.get(o).cloned()),
                due: due.map(day),
                done: done.map(day),
            })
            .collect();
        if let Some((planned, result, verifier)) = seed.check {
            i.verification.method = "KPI".into();
            i.verification.verifier = verifier.and_then(|o| people.get(o).cloned());
            i.verification.verified_by = i.verification.verifier.clone();
            i.verification.planned = Some(day(planned));
            i.verification.result = result.then_some(Effectiveness::PartiallyEffective);
        }
        if let Some((before, after)) = seed.measured {
            i.verification.measurement = Measurement {
                kpi: "MTTR".into(),
                unit: "h".into(),
                before: Some(before),
                after: Some(after),
                target: None,
            };
        }
        let stage = Stage::ALL[seed.stage];
        i.stage = stage;
        if stage == Stage::Closed {
            i.closed_on = i.plan.due;
        }
        if stage == Stage::OnHold {
            i.held_from = Some(Stage::Planned);
        }
    });
    for (k, (field, value)) in seed.edits.into_iter().enumerate() {
        let mut next = item.clone();
        match field {
            0 => next.title = format!("{} {value}", next.title),
            1 => next.description = value,
            2 => next.plan.what = value,
            _ => next.source_ref = value,
        }
        item = history::record(&item, next, now + Duration::hours(k as i64 + 1));
    }
    item
}

prop_compose! {
    /// A workspace that passes validation, with real histories.
    pub fn workspace()(
        name in "[A-Z][a-z]{2,12}( BV)?",
        scope in text(),
        notes in (text(), text(), text()),
        people in proptest::collection::vec(("[A-Z][a-z]{1,10}", text()), 0..4),
        objectives in proptest::collection::vec(("[A-Z][a-z ]{1,20}", text()), 0..3),
        seeds in proptest::collection::vec(item_seed(), 0..10),
        weights in (0u8..100, 0u8..100, 0u8..100, 1u8..100),
        nl in any::<bool>(),
        held in proptest::collection::vec((0i64..400, 0i64..60, "[A-Z][a-z]{1,10}", text()), 0..3),
    ) -> Workspace {
        let mut ws = Workspace::new(name, if nl { crate::i18n::Lang::Nl } else { crate::i18n::Lang::En }, base_time());
        ws.scope = scope;
        ws.review_notes = crate::model::ReviewNotes { issues: notes.0, interested_parties: notes.1, risks: notes.2, ..Default::default() };
        for (name, role) in people {
            let id = ws.next_person_id();
            ws.people.push(Person { id, name, role });
        }
        for (title, target) in objectives {
            let id = ws.next_objective_id();
            let owner = ws.people.first().map(|p| p.id.clone());
            ws.objectives.push(Objective { id, title, description: String::new(), owner, due: None, target });
        }
        for (n, seed) in seeds.into_iter().enumerate() {
            let item = build_item(&ws, n as u32 + 1, seed);
            ws.items.push(item);
        }
        ws.settings.weights = Weights { impact: weights.0, effort: weights.1, alignment: weights.2, urgency: weights.3 };
        let today = base_time().date_naive();
        for (length, ago, attendees, decisions) in held {
            let draft = crate::held_review::Draft {
                from: today - Duration::days(length + ago),
                to: today - Duration::days(ago),
                held_on: today - Duration::days(ago),
                day_ended: None,
            };
            ws.review_notes.attendees = attendees;
            ws.review_notes.decisions = format!("Decided: {decisions}");
            crate::held_review::record(&mut ws, &draft, today, base_time()).expect("a valid draft");
        }
        ws.updated = base_time() + Duration::days(1);
        ws
    }
}
