//! Prioritisation: an explainable ranking of the open items under the workspace's model, the
//! impact/effort quadrants, a capacity plan for a person-day budget, and how ranks move when a
//! weight moves.
//!
//! Ranking rules, in order: open corrective actions for major nonconformities come first (they
//! are mandatory); then the higher score; then the earlier due date (none last); then the id.
//! Items on hold, closed or rejected are not ranked. Items missing an input the model needs are
//! listed as unrankable with what they need.

mod capacity;
mod quadrant;
mod scales;
mod score;
mod sensitivity;

use chrono::{Datelike, NaiveDate};

pub use capacity::{plan, CapacityPlan, LeftOut, Method, Why};
pub use quadrant::Quadrant;
pub use scales::{alignment, Scale};
pub use score::{explain, Explanation, Factor, Term};
pub use sensitivity::{sensitivity, RankShift};

use crate::lifecycle::Stage;
use crate::model::{Item, Kind, Settings};

/// An item's place in the ranking. `index` points into the workspace's `items`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranked {
    pub index: usize,
    /// 1 for the top item.
    pub rank: usize,
    pub score: f64,
    pub mandatory: bool,
    pub overdue: bool,
    pub quadrant: Option<Quadrant>,
}

/// An open item the model cannot score yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unrankable {
    pub index: usize,
    pub needs: Vec<Factor>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ranking {
    pub ranked: Vec<Ranked>,
    pub unrankable: Vec<Unrankable>,
}

impl Ranking {
    /// The rank of the item at `index`, if it is ranked.
    pub fn rank_of(&self, index: usize) -> Option<usize> {
        self.ranked
            .iter()
            .find(|r| r.index == index)
            .map(|r| r.rank)
    }
}

/// Whether an item takes part in prioritisation at all.
pub fn is_candidate(item: &Item) -> bool {
    item.stage.is_open() && item.stage != Stage::OnHold
}

/// Ranks the open items of a workspace under its settings.
pub fn rank(items: &[Item], settings: &Settings, today: NaiveDate) -> Ranking {
    rank_with(items, settings, settings.weights.as_array(), today)
}

/// Ranks with explicit weights (impact, effort, alignment, urgency), for what-if analysis.
pub fn rank_with(
    items: &[Item],
    settings: &Settings,
    weights: [f64; 4],
    today: NaiveDate,
) -> Ranking {
    // The sort key: mandatory first, score high to low, due date early to late (none last),
    // then the id by kind and number, so ties always break the same way.
    struct Key {
        mandatory: bool,
        score: f64,
        due: i32,
        kind: Kind,
        number: u32,
        index: usize,
        overdue: bool,
    }
    let mut keys = Vec::with_capacity(items.len());
    let mut unrankable = Vec::new();
    for (index, item) in items.iter().enumerate() {
        if !is_candidate(item) {
            continue;
        }
        match score::explain_with(item, settings.model, weights) {
            Ok(e) => keys.push(Key {
                mandatory: item.is_major_nonconformity(),
                score: e.score,
                due: item.plan.due.map_or(i32::MAX, |d| d.num_days_from_ce()),
                kind: item.kind,
                number: item.id.number(),
                index,
                overdue: item.is_overdue(today),
            }),
            Err(needs) => unrankable.push(Unrankable { index, needs }),
        }
    }
    keys.sort_unstable_by(|a, b| {
        b.mandatory
            .cmp(&a.mandatory)
            .then_with(|| b.score.total_cmp(&a.score))
            .then(a.due.cmp(&b.due))
            .then(a.kind.cmp(&b.kind))
            .then(a.number.cmp(&b.number))
            .then(a.index.cmp(&b.index))
    });
    let ranked = keys
        .iter()
        .enumerate()
        .map(|(i, k)| Ranked {
            index: k.index,
            rank: i + 1,
            score: k.score,
            mandatory: k.mandatory,
            overdue: k.overdue,
            quadrant: Quadrant::of(&items[k.index].inputs, &settings.quadrants),
        })
        .collect();
    Ranking { ranked, unrankable }
}

#[cfg(test)]
mod tests;
