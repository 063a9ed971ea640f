//! An improvement item: a continual improvement (10.1, proactive) or a corrective action (10.2,
//! reactive), with everything an auditor asks about it: where it came from, why it ranks where it
//! does, the plan, the effectiveness check, the updated documents, who was told, the evidence and
//! the full change history.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{Nonconformity, ObjectiveId, PersonId};
use crate::history::Change;
use crate::i18n::Lang;
use crate::lifecycle::Stage;
use crate::model::ItemId;

/// Proactive improvement or reactive correction: the distinction clause 10 draws.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    #[default]
    ContinualImprovement,
    CorrectiveAction,
}

impl Kind {
    pub const ALL: [Kind; 2] = [Kind::ContinualImprovement, Kind::CorrectiveAction];

    pub fn prefix(self) -> &'static str {
        match self {
            Kind::ContinualImprovement => "CI",
            Kind::CorrectiveAction => "CA",
        }
    }

    pub fn clause(self) -> &'static str {
        match self {
            Kind::ContinualImprovement => "10.1",
            Kind::CorrectiveAction => "10.2",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Kind::ContinualImprovement => {
                lang.pick("Continual improvement", "Continue verbetering")
            }
            Kind::CorrectiveAction => lang.pick("Corrective action", "Corrigerende maatregel"),
        }
    }
}

/// Where an improvement opportunity was found.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    InternalAudit,
    ManagementReview,
    Monitoring,
    NonconformityOrIncident,
    StakeholderFeedback,
    ThreatIntelligence,
    GapAssessment,
    #[default]
    Other,
}

impl Source {
    pub const ALL: [Source; 8] = [
        Source::InternalAudit,
        Source::ManagementReview,
        Source::Monitoring,
        Source::NonconformityOrIncident,
        Source::StakeholderFeedback,
        Source::ThreatIntelligence,
        Source::GapAssessment,
        Source::Other,
    ];

    /// The clause or control that makes this a source, if there is one.
    pub fn reference(self) -> Option<&'static str> {
        match self {
            Source::InternalAudit => Some("9.2"),
            Source::ManagementReview => Some("9.3"),
            Source::Monitoring => Some("9.1"),
            Source::NonconformityOrIncident => Some("10.2"),
            Source::StakeholderFeedback => Some("4.2"),
            Source::ThreatIntelligence => Some("A.5.7"),
            Source::GapAssessment | Source::Other => None,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Source::InternalAudit => lang.pick("Internal audit", "Interne audit"),
            Source::ManagementReview => lang.pick("Management review", "Directiebeoordeling"),
            Source::Monitoring => lang.pick("Monitoring and measurement", "Monitoring en meting"),
            Source::NonconformityOrIncident => {
                lang.pick("Nonconformity or incident", "Afwijking of incident")
            }
            Source::StakeholderFeedback => {
                lang.pick("Stakeholder feedback", "Feedback van belanghebbenden")
            }
            Source::ThreatIntelligence => lang.pick("Threat intelligence", "Dreigingsinformatie"),
            Source::GapAssessment => lang.pick("Gap assessment", "Gap-analyse"),
            Source::Other => lang.pick("Other", "Overig"),
        }
    }
}

/// Who gave the feedback, when the source is stakeholder feedback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StakeholderKind {
    Customer,
    Employee,
    Regulator,
    CertificationBody,
    Other,
}

impl StakeholderKind {
    pub const ALL: [StakeholderKind; 5] = [
        StakeholderKind::Customer,
        StakeholderKind::Employee,
        StakeholderKind::Regulator,
        StakeholderKind::CertificationBody,
        StakeholderKind::Other,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            StakeholderKind::Customer => lang.pick("Customer", "Klant"),
            StakeholderKind::Employee => lang.pick("Employee", "Medewerker"),
            StakeholderKind::Regulator => lang.pick("Regulator", "Toezichthouder"),
            StakeholderKind::CertificationBody => {
                lang.pick("Certification body", "Certificerende instelling")
            }
            StakeholderKind::Other => lang.pick("Other", "Overig"),
        }
    }
}

/// What an item touches: requirements, controls, objectives and the items it waits for.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Links {
    /// Clause numbers such as `6.1.2`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub clauses: Vec<String>,
    /// Annex A controls written `A.8.13`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<ObjectiveId>,
    /// Items that must be done before this one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<ItemId>,
}

/// The judgements prioritisation works from. The 1–5 scales are defined in `prioritise`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PriorityInputs {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub impact: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effort: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub urgency: Option<u8>,
    /// Estimated work in whole person-days.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person_days: Option<u32>,
    /// Overrides the alignment derived from linked objectives (1–5).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alignment_override: Option<u8>,
    /// ICE / RICE confidence, in percent (0–100).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence_pct: Option<u8>,
    /// RICE reach: people or systems affected per quarter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reach: Option<u32>,
    /// WSJF inputs, each on 1–20 (a Fibonacci-like scale is customary).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub business_value: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_criticality: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub risk_reduction: Option<u8>,
}

/// One step of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Action {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<PersonId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, deserialize_with = "crate::model::dates::opt_date")]
    pub due: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, deserialize_with = "crate::model::dates::opt_date")]
    pub done: Option<NaiveDate>,
}

/// What will be improved, how, by whom and when.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub what: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub how: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<PersonId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, deserialize_with = "crate::model::dates::opt_date")]
    pub start: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, deserialize_with = "crate::model::dates::opt_date")]
    pub due: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
}

/// The outcome of an effectiveness check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effectiveness {
    Effective,
    PartiallyEffective,
    NotEffective,
}

impl Effectiveness {
    pub const ALL: [Effectiveness; 3] = [
        Effectiveness::Effective,
        Effectiveness::PartiallyEffective,
        Effectiveness::NotEffective,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Effectiveness::Effective => lang.pick("Effective", "Effectief"),
            Effectiveness::PartiallyEffective => {
                lang.pick("Partially effective", "Deels effectief")
            }
            Effectiveness::NotEffective => lang.pick("Not effective", "Niet effectief"),
        }
    }
}

/// A KPI measured before and after the change.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Measurement {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub kpi: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub unit: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
}

impl Measurement {
    /// Whether the value after the change reaches the target, in the direction from the value
    /// before towards the target: fewer incidents when the target is below the start, a higher
    /// score when it is above. A target equal to the start means "keep it there". Unknown
    /// (`None`) until before, after and target are all measured.
    pub fn target_met(&self) -> Option<bool> {
        let (before, after, target) = (self.before?, self.after?, self.target?);
        Some(if target < before {
            after <= target
        } else if target > before {
            after >= target
        } else {
            after == target
        })
    }

    /// Sets the KPI. One of the suggested measures ([`crate::catalogue::measure_unit`]) brings
    /// its unit while the unit is still empty; a unit already there is the user's and stays.
    pub fn set_kpi(&mut self, kpi: String) {
        let unit = crate::catalogue::measure_unit(&kpi).unwrap_or_default();
        self.set_kpi_with_unit(kpi, unit);
    }

    /// Sets the KPI with the unit it is measured in, which goes in only while the unit is empty.
    pub(crate) fn set_kpi_with_unit(&mut self, kpi: String, unit: &str) {
        if self.unit.trim().is_empty() {
            self.unit = unit.to_owned();
        }
        self.kpi = kpi;
    }
}

#[cfg(test)]
mod measurement_tests {
    use super::Measurement;
    use proptest::prelude::*;

    fn m(before: f64, after: Option<f64>, target: f64) -> Measurement {
        Measurement {
            before: Some(before),
            after,
            target: Some(target),
            ..Measurement::default()
        }
    }

    #[test]
    fn a_target_below_the_start_is_met_by_going_down_to_it() {
        assert_eq!(m(25.0, Some(5.0), 5.0).target_met(), Some(true));
        assert_eq!(m(25.0, Some(4.0), 5.0).target_met(), Some(true));
        assert_eq!(m(25.0, Some(6.0), 5.0).target_met(), Some(false));
    }

    #[test]
    fn a_target_above_the_start_is_met_by_going_up_to_it() {
        assert_eq!(m(60.0, Some(95.0), 90.0).target_met(), Some(true));
        assert_eq!(m(60.0, Some(80.0), 90.0).target_met(), Some(false));
    }

    #[test]
    fn a_target_equal_to_the_start_is_met_by_staying_there() {
        assert_eq!(m(0.0, Some(0.0), 0.0).target_met(), Some(true));
        assert_eq!(m(0.0, Some(1.0), 0.0).target_met(), Some(false));
    }

    #[test]
    fn a_suggested_kpi_brings_its_unit_only_into_an_empty_unit() {
        let mut m = Measurement::default();
        m.set_kpi("Mean time to recover from an incident".into());
        assert_eq!(
            (m.kpi.as_str(), m.unit.as_str()),
            ("Mean time to recover from an incident", "hours")
        );
        m.set_kpi("Open nonconformities".into());
        assert_eq!(m.unit, "hours", "a unit already there stays");
        m.unit.clear();
        m.set_kpi("Restores tested per month".into());
        assert_eq!(
            (m.kpi.as_str(), m.unit.as_str()),
            ("Restores tested per month", "")
        );
    }

    #[test]
    fn without_an_after_value_the_target_is_not_judged() {
        assert_eq!(m(3.0, None, 0.0).target_met(), None);
        let no_before = Measurement {
            before: None,
            ..m(3.0, Some(0.0), 0.0)
        };
        assert_eq!(no_before.target_met(), None);
    }

    proptest! {
        /// Reaching the target exactly always counts, whichever way it lies.
        #[test]
        fn hitting_the_target_exactly_meets_it(before in -1e6f64..1e6, target in -1e6f64..1e6) {
            prop_assert_eq!(m(before, Some(target), target).target_met(), Some(true));
        }

        /// Staying where one started never meets a target that asked for a change.
        #[test]
        fn no_change_never_meets_a_different_target(before in -1e6f64..1e6, target in -1e6f64..1e6) {
            prop_assume!(before != target);
            prop_assert_eq!(m(before, Some(before), target).target_met(), Some(false));
        }
    }
}

/// How and when effectiveness is (or was) verified, and with what result.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Verification {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub method: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, deserialize_with = "crate::model::dates::opt_date")]
    pub planned: Option<NaiveDate>,
    /// Who is to carry out the check (it is on their list and in their calendar); kept when the
    /// check is done over after a failed one. `verified_by` names who did it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verifier: Option<PersonId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, deserialize_with = "crate::model::dates::opt_date")]
    pub verified_on: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verified_by: Option<PersonId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<Effectiveness>,
    #[serde(skip_serializing_if = "crate::model::is_default")]
    pub measurement: Measurement,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// A policy, procedure or other document updated to make the improvement the standard.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DocUpdate {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub version: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, deserialize_with = "crate::model::dates::opt_date")]
    pub date: Option<NaiveDate>,
}

/// Who was told about the improvement, and how.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Communication {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub audiences: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub channel: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub training: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, deserialize_with = "crate::model::dates::opt_date")]
    pub date: Option<NaiveDate>,
}

/// A pointer to evidence kept elsewhere (never the file itself).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Evidence {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub label: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub location: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, deserialize_with = "crate::model::dates::opt_date")]
    pub date: Option<NaiveDate>,
}

/// An improvement opportunity or corrective action and its whole record.
///
/// The parts only some items fill in (the nonconformity, the verification, the communication)
/// are boxed: ranking streams through every item, and a compact item keeps that fast.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub id: ItemId,
    pub kind: Kind,
    pub title: String,
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(deserialize_with = "crate::model::dates::timestamp")]
    pub created: DateTime<Utc>,
    #[serde(deserialize_with = "crate::model::dates::timestamp")]
    pub updated: DateTime<Utc>,
    #[serde(deserialize_with = "crate::model::dates::date")]
    pub identified_on: NaiveDate,
    #[serde(default)]
    #[serde(skip_serializing_if = "crate::model::is_default")]
    pub source: Source,
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stakeholder: Option<StakeholderKind>,
    /// Audit report number, incident number, review minutes…
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub source_ref: String,
    #[serde(default)]
    #[serde(skip_serializing_if = "crate::model::is_default")]
    pub stage: Stage,
    /// Why the item was rejected, put on hold or reopened.
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub stage_reason: String,
    /// The stage an item on hold returns to.
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub held_from: Option<Stage>,
    /// Present exactly for corrective actions.
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nonconformity: Option<Box<Nonconformity>>,
    #[serde(default)]
    #[serde(skip_serializing_if = "crate::model::is_default")]
    pub links: Links,
    #[serde(default)]
    #[serde(skip_serializing_if = "crate::model::is_default")]
    pub inputs: PriorityInputs,
    #[serde(default)]
    #[serde(skip_serializing_if = "crate::model::is_default")]
    pub plan: Plan,
    #[serde(default)]
    #[serde(skip_serializing_if = "crate::model::is_default")]
    pub verification: Box<Verification>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub standardisation: Vec<DocUpdate>,
    /// Why no document needed to change, when none did.
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub no_document_change: String,
    #[serde(default)]
    #[serde(skip_serializing_if = "crate::model::is_default")]
    pub communication: Box<Communication>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "crate::model::dates::opt_date")]
    pub closed_on: Option<NaiveDate>,
    /// Append-only; written by `history::record`, never by hand.
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Change>,
}

impl Item {
    /// The item as it is before anything is known but its identity: the starting point that
    /// replaying the history begins from.
    pub fn blank(id: ItemId, kind: Kind, created: DateTime<Utc>) -> Item {
        Item {
            id,
            kind,
            title: String::new(),
            description: String::new(),
            created,
            updated: created,
            identified_on: created.date_naive(),
            source: Source::Other,
            stakeholder: None,
            source_ref: String::new(),
            stage: Stage::Identified,
            stage_reason: String::new(),
            held_from: None,
            nonconformity: None,
            links: Links::default(),
            inputs: PriorityInputs::default(),
            plan: Plan::default(),
            verification: Box::default(),
            standardisation: Vec::new(),
            no_document_change: String::new(),
            communication: Box::default(),
            evidence: Vec::new(),
            closed_on: None,
            history: Vec::new(),
        }
    }

    pub fn is_open(&self) -> bool {
        self.stage.is_open()
    }

    /// The due date that counts for overdue checks and tie-breaks.
    pub fn due(&self) -> Option<NaiveDate> {
        self.plan.due
    }

    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.is_open() && self.plan.due.is_some_and(|due| due < today)
    }

    /// When the effectiveness check is due: its planned date while the item is open and no
    /// result is recorded (a rework clears the result, so a new check falls due again).
    pub fn check_due(&self) -> Option<NaiveDate> {
        match (self.is_open(), self.verification.result) {
            (true, None) => self.verification.planned,
            _ => None,
        }
    }

    /// A major nonconformity's corrective action: mandatory, never rejected, ranked first.
    pub fn is_major_nonconformity(&self) -> bool {
        self.kind == Kind::CorrectiveAction
            && self
                .nonconformity
                .as_ref()
                .is_some_and(|nc| nc.grade == super::Grade::Major)
    }
}

/// Reads a list of items through one out-of-line call per item.
///
/// Browsers first run WebAssembly unoptimised and swap in optimised code for a function between
/// two of its calls. With the item's reader inlined into the loop over the list, a register of
/// thousands of items was read start to end by unoptimised code; called per item, all but the
/// first items are read by optimised code.
pub(crate) fn items<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Item>, D::Error> {
    use serde::de::{SeqAccess, Visitor};
    struct List;
    impl<'de> Visitor<'de> for List {
        type Value = Vec<Item>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a list of items")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Item>, A::Error> {
            let mut list = Vec::new();
            while let Some(item) = next(&mut seq)? {
                list.push(item);
            }
            Ok(list)
        }
    }
    #[inline(never)]
    fn next<'de, A: SeqAccess<'de>>(seq: &mut A) -> Result<Option<Item>, A::Error> {
        seq.next_element()
    }
    d.deserialize_seq(List)
}
