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
    pub clauses: Vec<String>,
    /// Annex A controls written `A.8.13`.
    pub controls: Vec<String>,
    pub objectives: Vec<ObjectiveId>,
    /// Items that must be done before this one.
    pub depends_on: Vec<ItemId>,
}

/// The judgements prioritisation works from. The 1–5 scales are defined in `prioritise`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PriorityInputs {
    pub impact: Option<u8>,
    pub effort: Option<u8>,
    pub urgency: Option<u8>,
    /// Estimated work in whole person-days.
    pub person_days: Option<u32>,
    /// Overrides the alignment derived from linked objectives (1–5).
    pub alignment_override: Option<u8>,
    /// ICE / RICE confidence, in percent (0–100).
    pub confidence_pct: Option<u8>,
    /// RICE reach: people or systems affected per quarter.
    pub reach: Option<u32>,
    /// WSJF inputs, each on 1–20 (a Fibonacci-like scale is customary).
    pub business_value: Option<u8>,
    pub time_criticality: Option<u8>,
    pub risk_reduction: Option<u8>,
}

/// One step of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Action {
    pub description: String,
    pub owner: Option<PersonId>,
    pub due: Option<NaiveDate>,
    pub done: Option<NaiveDate>,
}

/// What will be improved, how, by whom and when.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    pub what: String,
    pub how: String,
    pub owner: Option<PersonId>,
    pub start: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
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
    pub kpi: String,
    pub unit: String,
    pub before: Option<f64>,
    pub after: Option<f64>,
    pub target: Option<f64>,
}

/// How and when effectiveness is (or was) verified, and with what result.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Verification {
    pub method: String,
    pub planned: Option<NaiveDate>,
    pub verified_on: Option<NaiveDate>,
    pub verified_by: Option<PersonId>,
    pub result: Option<Effectiveness>,
    pub measurement: Measurement,
    pub notes: String,
}

/// A policy, procedure or other document updated to make the improvement the standard.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DocUpdate {
    pub name: String,
    pub version: String,
    pub date: Option<NaiveDate>,
}

/// Who was told about the improvement, and how.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Communication {
    pub audiences: String,
    pub channel: String,
    pub training: String,
    pub date: Option<NaiveDate>,
}

/// A pointer to evidence kept elsewhere (never the file itself).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Evidence {
    pub label: String,
    pub location: String,
    pub date: Option<NaiveDate>,
}

/// An improvement opportunity or corrective action and its whole record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub id: ItemId,
    pub kind: Kind,
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    pub identified_on: NaiveDate,
    #[serde(default)]
    pub source: Source,
    #[serde(default)]
    pub stakeholder: Option<StakeholderKind>,
    /// Audit report number, incident number, review minutes…
    #[serde(default)]
    pub source_ref: String,
    #[serde(default)]
    pub stage: Stage,
    /// Why the item was rejected, put on hold or reopened.
    #[serde(default)]
    pub stage_reason: String,
    /// The stage an item on hold returns to.
    #[serde(default)]
    pub held_from: Option<Stage>,
    /// Present exactly for corrective actions.
    #[serde(default)]
    pub nonconformity: Option<Nonconformity>,
    #[serde(default)]
    pub links: Links,
    #[serde(default)]
    pub inputs: PriorityInputs,
    #[serde(default)]
    pub plan: Plan,
    #[serde(default)]
    pub verification: Verification,
    #[serde(default)]
    pub standardisation: Vec<DocUpdate>,
    /// Why no document needed to change, when none did.
    #[serde(default)]
    pub no_document_change: String,
    #[serde(default)]
    pub communication: Communication,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    #[serde(default)]
    pub closed_on: Option<NaiveDate>,
    /// Append-only; written by `history::record`, never by hand.
    #[serde(default)]
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
            verification: Verification::default(),
            standardisation: Vec::new(),
            no_document_change: String::new(),
            communication: Communication::default(),
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

    /// A major nonconformity's corrective action: mandatory, never rejected, ranked first.
    pub fn is_major_nonconformity(&self) -> bool {
        self.kind == Kind::CorrectiveAction
            && self
                .nonconformity
                .as_ref()
                .is_some_and(|nc| nc.grade == super::Grade::Major)
    }
}
