//! Prioritisation: an explainable ranking of the open items under the workspace's model, the
//! impact/effort quadrants, a capacity plan for a person-day budget, and how ranks move when a
//! weight moves.
//!
//! Ranking rules, in order: open corrective actions for major nonconformities come first (they
//! are mandatory); then the higher score; then the earlier due date (none last); then the id.
//! Items on hold, closed or rejected are not ranked. Items missing an input the model needs are
//! listed as unrankable with what they need.

mod capacity;
mod matrix;
mod quadrant;
mod scales;
mod score;
mod sensitivity;

use chrono::{Datelike, NaiveDate};

pub use capacity::{plan, CapacityPlan, LeftOut, Method, Why};
pub use matrix::{matrix_cells, Cell, MOST_IN_CELL};
pub use quadrant::{open_by_quadrant, Quadrant};
pub use scales::{alignment, Scale};
pub use score::{explain, Explanation, Factor, Term};
pub use sensitivity::{sensitivity, RankShift};

use crate::lifecycle::Stage;
use crate::model::{Item, Kind, Model, Settings};

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
    /// In rank order: the first has rank 1.
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

    /// Every item's rank by its index in the `items` ranked (`None` where it is not ranked): for
    /// lists that show each item's rank, one pass instead of a [`Ranking::rank_of`] per item.
    pub fn rank_by_index(&self, items: usize) -> Vec<Option<usize>> {
        let mut ranks = vec![None; items];
        for r in &self.ranked {
            if let Some(slot) = ranks.get_mut(r.index) {
                *slot = Some(r.rank);
            }
        }
        ranks
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
    // The order — mandatory first, score high to low, due date early to late (none last), then
    // the id by kind and number — packed into one integer per item, so that sorting compares
    // plain numbers: ranking 100 k items stays within a small multiple of sorting 100 k floats.
    // Everything the result needs is taken in this one sequential pass over the items: reading
    // them again in rank order would jump around a large vector. The sort then moves only small
    // (key, position) pairs.
    let mut keys: Vec<(u128, u32)> = Vec::with_capacity(items.len());
    let mut facts: Vec<Ranked> = Vec::with_capacity(items.len());
    let mut unrankable = Vec::new();
    let share = score::shares(weights);
    for (index, item) in items.iter().enumerate() {
        if !is_candidate(item) {
            continue;
        }
        // The weighted model (the usual one) scores without building explanations.
        let scored = match settings.model {
            Model::Weighted => score::weighted_score(item, &share),
            model => score::explain_with(item, model, weights)
                .ok()
                .map(|e| e.score),
        };
        match scored {
            Some(score) => {
                let mandatory = item.is_major_nonconformity();
                let fact = Ranked {
                    index,
                    rank: 0,
                    score,
                    mandatory,
                    overdue: item.is_overdue(today),
                    quadrant: Quadrant::of(&item.inputs, &settings.quadrants),
                };
                keys.push((sort_key(item, mandatory, score), facts.len() as u32));
                facts.push(fact);
            }
            None => {
                let needs = score::explain_with(item, settings.model, weights)
                    .err()
                    .unwrap_or_default();
                unrankable.push(Unrankable { index, needs });
            }
        }
    }
    // Equal keys mean equal ids, which only a broken file has; the position keeps even that
    // stable.
    keys.sort_unstable();
    let ranked = keys
        .iter()
        .enumerate()
        .map(|(i, &(_, fact))| Ranked {
            rank: i + 1,
            ..facts[fact as usize]
        })
        .collect();
    Ranking { ranked, unrankable }
}

/// The ranking order as one number: smaller ranks higher.
fn sort_key(item: &Item, mandatory: bool, score: f64) -> u128 {
    const LOW63: u64 = (1 << 63) - 1;
    // Scores are never negative, and the bits of non-negative floats order like the floats.
    let descending = LOW63 - (score.max(0.0).to_bits() & LOW63);
    let high = (u64::from(!mandatory) << 63) | descending;
    let due = item
        .plan
        .due
        .map_or(u32::MAX, |d| d.num_days_from_ce().max(0) as u32);
    let kind = u64::from(item.kind == Kind::CorrectiveAction);
    let low = (u64::from(due) << 32) | (kind << 31) | u64::from(item.id.number() & 0x7fff_ffff);
    (u128::from(high) << 64) | u128::from(low)
}

#[cfg(test)]
mod tests;
