//! Which items the impact/effort matrix draws in each of its 25 cells.
//!
//! A cell draws at most [`MOST_IN_CELL`] points: beyond that their labels overlap and the chart
//! says nothing on a projector, and a register of thousands would take seconds to draw. A
//! crowded cell draws its most urgent items (in rank order, then the unranked ones in register
//! order) and counts the rest, which the page lists on request; the count takes the last place.
//! An item the user has just moved is always drawn, so that a point dropped into a crowded cell
//! does not vanish under the count.

use super::Ranking;
use crate::model::{Item, ItemId};

/// The most points a cell draws; a crowded cell draws one fewer and its count.
pub const MOST_IN_CELL: usize = 9;

/// The open items rated into one cell of the matrix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub impact: u8,
    pub effort: u8,
    /// Every open item rated into this cell (indices into the workspace's items), most urgent
    /// first.
    pub items: Vec<usize>,
    /// The ones drawn as points, in the same order.
    pub drawn: Vec<usize>,
}

impl Cell {
    /// How many of its items the cell counts instead of drawing.
    pub fn hidden(&self) -> usize {
        self.items.len() - self.drawn.len()
    }
}

/// The matrix's non-empty cells, impact 5 to 1 and within it effort 1 to 5 (reading order on
/// the chart). `keep` is an item to draw whatever its rank: the one just moved.
pub fn matrix_cells(items: &[Item], ranking: &Ranking, keep: Option<ItemId>) -> Vec<Cell> {
    // Ratings are validated to 1..=5; clamped so that a stray value cannot index out of the grid.
    let cell_of = |item: &Item| -> Option<usize> {
        if !item.is_open() {
            return None;
        }
        let impact = usize::from(item.inputs.impact?.clamp(1, 5));
        let effort = usize::from(item.inputs.effort?.clamp(1, 5));
        Some((5 - impact) * 5 + (effort - 1))
    };
    let mut grid: Vec<Vec<usize>> = vec![Vec::new(); 25];
    let mut placed = vec![false; items.len()];
    let ranked = ranking.ranked.iter().map(|r| r.index);
    for index in ranked.chain(0..items.len()) {
        let Some(item) = items.get(index) else {
            continue;
        };
        if std::mem::replace(&mut placed[index], true) {
            continue;
        }
        if let Some(cell) = cell_of(item) {
            grid[cell].push(index);
        }
    }
    grid.into_iter()
        .enumerate()
        .filter(|(_, list)| !list.is_empty())
        .map(|(cell, list)| {
            let drawn = drawn(items, &list, keep);
            Cell {
                impact: 5 - (cell / 5) as u8,
                effort: (cell % 5) as u8 + 1,
                items: list,
                drawn,
            }
        })
        .collect()
}

/// The items of one cell that are drawn: all of few; of many, the first ones and `keep`.
fn drawn(items: &[Item], list: &[usize], keep: Option<ItemId>) -> Vec<usize> {
    if list.len() <= MOST_IN_CELL {
        return list.to_vec();
    }
    let mut drawn = list[..MOST_IN_CELL - 1].to_vec();
    let kept = keep.and_then(|id| list.iter().copied().find(|&i| items[i].id == id));
    if let Some(kept) = kept.filter(|k| !drawn.contains(k)) {
        drawn.pop();
        drawn.push(kept);
    }
    drawn
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lifecycle::Stage;
    use crate::model::{Kind, Settings};
    use crate::prioritise::rank;
    use chrono::{NaiveDate, TimeZone, Utc};
    use proptest::prelude::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
    }

    /// Items numbered from 1, each rated (impact, effort) and otherwise alike, so that their
    /// rank follows their rating's score and then their id.
    fn items(ratings: &[(Option<u8>, Option<u8>)]) -> Vec<Item> {
        let at = Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap();
        ratings
            .iter()
            .enumerate()
            .map(|(n, &(impact, effort))| {
                let id = ItemId::new(Kind::ContinualImprovement, n as u32 + 1);
                let mut item = Item::blank(id, Kind::ContinualImprovement, at);
                item.inputs.impact = impact;
                item.inputs.effort = effort;
                item.inputs.urgency = Some(3);
                item
            })
            .collect()
    }

    fn cells(items: &[Item], keep: Option<ItemId>) -> Vec<Cell> {
        let ranking = rank(items, &Settings::default(), today());
        matrix_cells(items, &ranking, keep)
    }

    #[test]
    fn a_cell_of_few_items_draws_them_all() {
        let list = items(&[(Some(4), Some(2)); MOST_IN_CELL]);
        let cells = cells(&list, None);
        assert_eq!(cells.len(), 1);
        assert_eq!((cells[0].impact, cells[0].effort), (4, 2));
        assert_eq!(cells[0].drawn, cells[0].items);
        assert_eq!(cells[0].hidden(), 0);
    }

    #[test]
    fn a_crowded_cell_draws_its_most_urgent_items_and_counts_the_rest() {
        // Item 1 is rated elsewhere; the next 30 share a cell, the one with the highest impact
        // first by rank, and ties by id.
        let mut ratings = vec![(Some(1), Some(5))];
        ratings.extend(std::iter::repeat_n((Some(4), Some(2)), 30));
        let mut list = items(&ratings);
        list[20].inputs.urgency = Some(5);
        let cells = cells(&list, None);
        let crowded = cells.iter().find(|c| c.impact == 4).unwrap();
        assert_eq!(crowded.items.len(), 30);
        assert_eq!(crowded.drawn.len(), MOST_IN_CELL - 1);
        assert_eq!(crowded.hidden(), 30 - (MOST_IN_CELL - 1));
        assert_eq!(crowded.drawn[0], 20, "the best ranked first");
        assert_eq!(&crowded.drawn[1..], &[1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(&crowded.items[..MOST_IN_CELL - 1], &crowded.drawn[..]);
    }

    #[test]
    fn an_item_just_moved_is_drawn_even_in_a_crowded_cell() {
        let list = items(&[(Some(3), Some(3)); 20]);
        let last = list[19].id;
        let moved = cells(&list, Some(last));
        assert_eq!(moved[0].drawn.len(), MOST_IN_CELL - 1);
        assert_eq!(moved[0].drawn.last(), Some(&19));
        assert_eq!(&moved[0].drawn[..MOST_IN_CELL - 2], &[0, 1, 2, 3, 4, 5, 6]);
        // Kept where it is drawn anyway, nothing changes.
        let first = list[0].id;
        assert_eq!(
            cells(&list, Some(first))[0].drawn,
            (0..MOST_IN_CELL - 1).collect::<Vec<_>>()
        );
    }

    #[test]
    fn closed_on_hold_and_unrated_items_are_placed_as_the_chart_shows_them() {
        let mut list = items(&[
            (Some(5), Some(1)),
            (Some(5), Some(1)),
            (None, Some(1)),
            (Some(2), None),
            (Some(2), Some(5)),
        ]);
        list[1].stage = Stage::Closed;
        list[4].stage = Stage::OnHold;
        let cells = cells(&list, None);
        let placed: Vec<(u8, u8, Vec<usize>)> = cells
            .into_iter()
            .map(|c| (c.impact, c.effort, c.items))
            .collect();
        // On hold is open but not ranked: drawn after any ranked items, in register order.
        assert_eq!(placed, vec![(5, 1, vec![0]), (2, 5, vec![4])]);
    }

    fn rating() -> impl Strategy<Value = Option<u8>> {
        prop_oneof![Just(None), (1u8..=5).prop_map(Some)]
    }

    proptest! {
        #[test]
        fn every_open_rated_item_is_in_exactly_one_cell_and_no_cell_draws_too_many(
            ratings in prop::collection::vec((rating(), rating()), 0..80),
            closed in prop::collection::vec(any::<bool>(), 80),
            keep in 0usize..80,
        ) {
            let mut list = items(&ratings);
            for (item, closed) in list.iter_mut().zip(closed) {
                if closed {
                    item.stage = Stage::Closed;
                }
            }
            let keep = list.get(keep).map(|i| i.id);
            let cells = cells(&list, keep);
            let mut seen = vec![0; list.len()];
            for cell in &cells {
                prop_assert!(cell.drawn.len() <= MOST_IN_CELL);
                prop_assert!(cell.drawn.iter().all(|d| cell.items.contains(d)));
                prop_assert!(cell.hidden() == 0 || cell.drawn.len() == MOST_IN_CELL - 1);
                for &i in &cell.items {
                    seen[i] += 1;
                    prop_assert_eq!(list[i].inputs.impact, Some(cell.impact));
                    prop_assert_eq!(list[i].inputs.effort, Some(cell.effort));
                }
                if let Some(k) = keep.and_then(|k| cell.items.iter().find(|&&i| list[i].id == k)) {
                    prop_assert!(cell.drawn.contains(k), "the kept item is drawn");
                }
            }
            for (i, item) in list.iter().enumerate() {
                let expected = usize::from(
                    item.is_open() && item.inputs.impact.is_some() && item.inputs.effort.is_some(),
                );
                prop_assert_eq!(seen[i], expected);
            }
        }
    }
}
