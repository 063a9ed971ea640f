//! The part of an item only corrective actions have (clause 10.2): the nonconformity, the
//! reaction to it, the root cause found by asking "why" until the cause is reached, the check for
//! similar cases, and the action that removes the cause.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// How serious a nonconformity is, as certification bodies grade audit findings.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    Major,
    #[default]
    Minor,
    Observation,
}

impl Grade {
    pub const ALL: [Grade; 3] = [Grade::Major, Grade::Minor, Grade::Observation];

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Grade::Major => lang.pick("Major nonconformity", "Grote afwijking"),
            Grade::Minor => lang.pick("Minor nonconformity", "Kleine afwijking"),
            Grade::Observation => lang.pick("Observation", "Observatie"),
        }
    }
}

/// Whether the same nonconformity exists, or could occur, elsewhere (10.2 b).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SimilarCases {
    /// `None` until someone has looked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found: Option<bool>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// The nonconformity a corrective action answers, and the analysis of it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Nonconformity {
    /// The requirement not met: a clause (`9.2.2`) or an Annex A control (`A.8.8`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub requirement: String,
    #[serde(skip_serializing_if = "crate::model::is_default")]
    pub grade: Grade,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// What was done at once to control and correct it, and to deal with the consequences.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub correction: String,
    /// The "5 whys", in order: each answers why the previous one happened.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub whys: Vec<String>,
    /// The cause the chain ends in.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub root_cause: String,
    #[serde(skip_serializing_if = "crate::model::is_default")]
    pub similar: SimilarCases,
    /// The action that eliminates the cause so that it does not recur.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub cause_action: String,
}

impl Nonconformity {
    pub fn has_root_cause(&self) -> bool {
        !self.root_cause.trim().is_empty()
    }
}
