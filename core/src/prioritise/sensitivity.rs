//! How robust the ranking is: for each weight of the weighted model moved 20 % down and up (the
//! others unchanged), where every item would then rank. Feeds the what-if sliders.

use chrono::NaiveDate;

use super::{rank, rank_with, Factor};
use crate::model::{Item, Model, Settings};

/// Where one item ranks now and under each ±20 % move of one weight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RankShift {
    pub index: usize,
    pub rank: usize,
    /// (the weight moved, rank with it 20 % lower, rank with it 20 % higher)
    pub moves: Vec<(Factor, usize, usize)>,
}

impl RankShift {
    /// The largest distance the item moves under any single ±20 % change.
    pub fn largest_move(&self) -> usize {
        self.moves
            .iter()
            .map(|(_, down, up)| self.rank.abs_diff(*down).max(self.rank.abs_diff(*up)))
            .max()
            .unwrap_or(0)
    }
}

const FACTORS: [Factor; 4] = [
    Factor::Impact,
    Factor::Effort,
    Factor::Alignment,
    Factor::Urgency,
];

/// Rank shifts of every ranked item; empty for models without weights.
pub fn sensitivity(items: &[Item], settings: &Settings, today: NaiveDate) -> Vec<RankShift> {
    if settings.model != Model::Weighted {
        return Vec::new();
    }
    let base = rank(items, settings, today);
    let mut shifts: Vec<RankShift> = base
        .ranked
        .iter()
        .map(|r| RankShift {
            index: r.index,
            rank: r.rank,
            moves: Vec::with_capacity(4),
        })
        .collect();
    // Rank by item index, so each shifted ranking is looked up in constant time.
    let mut position = vec![0usize; items.len()];
    for (k, factor) in FACTORS.iter().enumerate() {
        let mut ranks = [0usize; 2].map(|_| Vec::new());
        for (j, scale) in [0.8, 1.2].iter().enumerate() {
            let mut weights = settings.weights.as_array();
            weights[k] *= scale;
            for r in rank_with(items, settings, weights, today).ranked {
                position[r.index] = r.rank;
            }
            ranks[j] = shifts.iter().map(|s| position[s.index]).collect();
        }
        for (i, shift) in shifts.iter_mut().enumerate() {
            shift.moves.push((*factor, ranks[0][i], ranks[1][i]));
        }
    }
    shifts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arb::{base_time, rated as item};

    #[test]
    fn a_close_call_flips_when_a_weight_moves() {
        // A: strong impact, weak urgency; B: the opposite. Default weights favour A slightly.
        let items = vec![item(1, 5, 3, 1), item(2, 3, 3, 4)];
        let settings = Settings::default();
        let today = base_time().date_naive();
        let shifts = sensitivity(&items, &settings, today);
        assert_eq!(shifts[0].index, 0);
        assert_eq!(shifts[0].rank, 1);
        let impact = shifts[0]
            .moves
            .iter()
            .find(|m| m.0 == Factor::Impact)
            .unwrap();
        assert_eq!((impact.1, impact.2), (1, 1));
        assert_eq!(shifts.iter().map(RankShift::largest_move).max(), Some(0));
        let urgent = vec![item(1, 4, 3, 1), item(2, 3, 3, 4)];
        let moved = sensitivity(&urgent, &settings, today);
        assert!(moved.iter().any(|s| s.largest_move() > 0), "{moved:?}");
    }

    #[test]
    fn models_without_weights_have_no_sensitivity() {
        let settings = Settings {
            model: Model::Ice,
            ..Settings::default()
        };
        assert!(sensitivity(&[item(1, 3, 3, 3)], &settings, base_time().date_naive()).is_empty());
    }
}
