//! Items found by id without a walk of the register each time: for work over many ids at once
//! (dated work's owners, a CSV of chosen items, the dependency graph), where a search per id
//! would be quadratic in a register of thousands. One map type, `BTreeMap<ItemId, usize>`, for
//! all of them, so the app carries one compiled copy.

use std::collections::BTreeMap;

use super::{Item, ItemId};

/// A list of items indexed by id. With two items of one id (a file the validator refuses), the
/// later one wins.
pub struct ItemIndex<'a> {
    items: &'a [Item],
    at: BTreeMap<ItemId, usize>,
}

impl<'a> ItemIndex<'a> {
    pub fn new(items: &'a [Item]) -> ItemIndex<'a> {
        Self::with_repeats(items).0
    }

    /// The index, and the positions of the items whose id an earlier item has already: what the
    /// validator reports, from the one map it needs anyway.
    pub fn with_repeats(items: &'a [Item]) -> (ItemIndex<'a>, Vec<usize>) {
        let mut at = BTreeMap::new();
        let mut repeats = Vec::new();
        for (i, item) in items.iter().enumerate() {
            if at.insert(item.id, i).is_some() {
                repeats.push(i);
            }
        }
        (ItemIndex { items, at }, repeats)
    }

    /// Where the item with this id stands in the list.
    pub fn position(&self, id: &ItemId) -> Option<usize> {
        self.at.get(id).copied()
    }

    pub fn get(&self, id: &ItemId) -> Option<&'a Item> {
        self.position(id).and_then(|i| self.items.get(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;

    #[test]
    fn finds_each_item_by_id_and_nothing_for_an_unknown_id() {
        let items: Vec<Item> = [3, 1, 2]
            .into_iter()
            .map(|n| {
                let id = ItemId::new(Kind::ContinualImprovement, n);
                crate::history::create(
                    id,
                    Kind::ContinualImprovement,
                    crate::arb::base_time(),
                    |i| {
                        i.title = format!("item {n}");
                    },
                )
            })
            .collect();
        let index = ItemIndex::new(&items);
        let id = |n| ItemId::new(Kind::ContinualImprovement, n);
        assert_eq!(index.position(&id(1)), Some(1));
        assert_eq!(index.get(&id(2)).map(|i| i.title.as_str()), Some("item 2"));
        assert_eq!(index.get(&id(4)).map(|i| i.title.as_str()), None);
        assert_eq!(
            index.position(&ItemId::new(Kind::CorrectiveAction, 1)),
            None
        );
    }

    #[test]
    fn a_repeated_id_is_reported_at_each_later_position_and_the_last_one_is_found() {
        let items: Vec<Item> = [1, 2, 1, 1]
            .into_iter()
            .enumerate()
            .map(|(at, n)| {
                let id = ItemId::new(Kind::ContinualImprovement, n);
                crate::history::create(
                    id,
                    Kind::ContinualImprovement,
                    crate::arb::base_time(),
                    |i| i.title = format!("at {at}"),
                )
            })
            .collect();
        let (index, repeats) = ItemIndex::with_repeats(&items);
        assert_eq!(repeats, vec![2, 3]);
        let id = ItemId::new(Kind::ContinualImprovement, 1);
        assert_eq!(index.get(&id).map(|i| i.title.as_str()), Some("at 3"));
        assert!(ItemIndex::with_repeats(&items[..2]).1.is_empty());
    }
}
