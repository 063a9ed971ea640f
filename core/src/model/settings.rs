//! Per-workspace prioritisation settings: the weights of the weighted score, the ranking model,
//! and the thresholds that split the impact/effort matrix into quadrants.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// Relative weights of the weighted score's terms. Only their ratios matter: the score
/// normalises them, so 40/20/25/15 and 8/4/5/3 rank identically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Weights {
    pub impact: u8,
    pub effort: u8,
    pub alignment: u8,
    pub urgency: u8,
}

impl Default for Weights {
    /// Impact leads; alignment with the objectives comes next because clause 6.2 makes the
    /// objectives the yardstick of the ISMS; effort and urgency refine.
    fn default() -> Self {
        Weights {
            impact: 40,
            effort: 20,
            alignment: 25,
            urgency: 15,
        }
    }
}

impl Weights {
    /// (impact, effort, alignment, urgency) as numbers.
    pub fn as_array(&self) -> [f64; 4] {
        [self.impact, self.effort, self.alignment, self.urgency].map(f64::from)
    }
}

/// Which model ranks the backlog.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Model {
    #[default]
    Weighted,
    Ice,
    Rice,
    Wsjf,
}

impl Model {
    pub const ALL: [Model; 4] = [Model::Weighted, Model::Ice, Model::Rice, Model::Wsjf];

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Model::Weighted => lang.pick("Weighted score", "Gewogen score"),
            Model::Ice => "ICE",
            Model::Rice => "RICE",
            Model::Wsjf => "WSJF",
        }
    }
}

/// Impact at or above `impact` is high; effort at or above `effort` is high (both on 1–5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuadrantThresholds {
    pub impact: u8,
    pub effort: u8,
}

impl Default for QuadrantThresholds {
    fn default() -> Self {
        QuadrantThresholds {
            impact: 3,
            effort: 3,
        }
    }
}

/// Everything a consultant can tune per workspace.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    #[serde(skip_serializing_if = "crate::model::is_default")]
    pub weights: Weights,
    #[serde(skip_serializing_if = "crate::model::is_default")]
    pub model: Model,
    #[serde(skip_serializing_if = "crate::model::is_default")]
    pub quadrants: QuadrantThresholds,
    /// The person-day budget last used for capacity planning.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capacity_days: Option<u32>,
    /// The planned interval between management reviews (9.3.1), in months; `None` is a year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review_every_months: Option<u32>,
}

impl Settings {
    /// The months a management review interval may be set to: at least one, at most three years.
    pub const REVIEW_MONTHS: std::ops::RangeInclusive<u32> = 1..=36;

    /// The planned months between management reviews: as set, or a year, the common plan.
    pub fn review_interval(&self) -> u32 {
        self.review_every_months.unwrap_or(12)
    }
}
