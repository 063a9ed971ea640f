//! Stable sorting through one compiled copy of the standard sort.
//!
//! The standard library's sort is generic over the element type and the comparison, so every
//! `sort_by_key` call site compiles its own copy of the algorithm: about 3.5 KB of wasm each,
//! 78 KB for the 20 call sites this app had (measured with twiggy). These functions sort
//! positions through a `dyn` comparison instead, so the algorithm exists once. They are for the
//! lists people see (tens to thousands of entries); the ranking's hot sort of packed keys keeps
//! the standard sort.

use std::cmp::Ordering;

/// The positions `0..len` in the stable order `cmp` gives them.
pub fn positions(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    sort_positions(&mut order, cmp);
    order
}

/// Sorts a list of positions (stable) by `cmp`.
pub fn sort_positions(order: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

/// Sorts `list` (stable) by `cmp`.
pub fn sort_by<T>(list: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = positions(list.len(), &|a, b| cmp(&list[a], &list[b]));
    let mut slots: Vec<Option<T>> = list.drain(..).map(Some).collect();
    list.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `list` (stable) by the key `key` gives each entry.
pub fn sort_by_key<T, K: Ord>(list: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(list, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `list` (stable) in its natural order.
pub fn sort<T: Ord>(list: &mut Vec<T>) {
    sort_by(list, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorting_agrees_with_the_standard_stable_sort(list in prop::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut ours = list.clone();
            sort_by_key(&mut ours, |e| e.0);
            let mut std = list.clone();
            std.sort_by_key(|e| e.0);
            prop_assert_eq!(&ours, &std);

            let mut natural = list.clone();
            sort(&mut natural);
            let mut expected = list;
            expected.sort();
            prop_assert_eq!(natural, expected);
        }
    }

    #[test]
    fn positions_are_stable() {
        let keys = [3, 1, 3, 0, 1];
        assert_eq!(positions(5, &|a, b| keys[a].cmp(&keys[b])), [3, 1, 4, 0, 2]);
    }
}
