//! Free-text search over a register: every item's folded text in one string.
//!
//! An item is found by its id, title, description, source reference and owner's name, ignoring
//! case and accents ([`fold`](crate::catalogue::fold)). The texts are kept in one string, item
//! after item, so a search runs one substring search per word over the whole register rather
//! than one per item: with thousands of items that is what keeps typing in the search box fast.

use crate::catalogue::{fold, fold_into};
use crate::model::{Item, Workspace};

/// The search texts of a workspace's items, in the workspace's order.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct SearchIndex {
    text: String,
    starts: Vec<usize>,
}

/// The parts of an item that search looks in.
fn parts<'a>(item: &'a Item, id: &'a str, owner: &'a str) -> [&'a str; 5] {
    [id, &item.title, &item.description, &item.source_ref, owner]
}

/// Where `word` first occurs in `text`. A one-letter word (the first keystroke of every search)
/// is looked for byte by byte: `str::find` with a string pattern sets up a two-way search at each
/// call, which for one byte costs more than the scan, and this loop calls it once per match.
fn find(text: &str, word: &str) -> Option<usize> {
    match word.as_bytes() {
        // An ASCII byte is a whole character in UTF-8, never part of another one.
        &[byte] => text.bytes().position(|b| b == byte),
        _ => text.find(word),
    }
}

impl SearchIndex {
    pub fn build(ws: &Workspace) -> SearchIndex {
        let mut index = SearchIndex::default();
        for item in &ws.items {
            index.starts.push(index.text.len());
            let id = item.id.to_string();
            let owner = item.plan.owner.as_ref().map(|o| ws.person_name(o));
            for part in parts(item, &id, owner.as_deref().unwrap_or_default()) {
                fold_into(&mut index.text, part);
                // Query words have no whitespace, so no match runs from one part or item into
                // the next.
                index.text.push('\n');
            }
        }
        index
    }

    /// The query's words, folded.
    pub fn words(query: &str) -> Vec<String> {
        fold(query).split_whitespace().map(str::to_owned).collect()
    }

    /// Per item: whether its text contains every one of `words` (as [`SearchIndex::words`]
    /// gives them). No words match every item.
    pub fn matching(&self, words: &[String]) -> Vec<bool> {
        let mut all = vec![true; self.starts.len()];
        for word in words.iter().filter(|w| !w.is_empty()) {
            let mut found = vec![false; self.starts.len()];
            let mut from = 0;
            while let Some(at) = self.text.get(from..).and_then(|rest| find(rest, word)) {
                let at = from + at;
                let item = self.starts.partition_point(|&start| start <= at);
                if let Some(hit) = found.get_mut(item.wrapping_sub(1)) {
                    *hit = true;
                }
                // One match is enough: go on from the next item's text.
                from = self.starts.get(item).copied().unwrap_or(self.text.len());
            }
            for (a, f) in all.iter_mut().zip(found) {
                *a &= f;
            }
        }
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arb;
    use proptest::prelude::*;

    /// The plain way: fold each item's parts and look for each word in them.
    fn naive(ws: &Workspace, words: &[String]) -> Vec<bool> {
        ws.items
            .iter()
            .map(|item| {
                let id = item.id.to_string();
                let owner = item.plan.owner.as_ref().map(|o| ws.person_name(o));
                let text = parts(item, &id, owner.as_deref().unwrap_or_default())
                    .map(fold)
                    .join("\n");
                words.iter().all(|w| text.contains(w.as_str()))
            })
            .collect()
    }

    proptest! {
        #[test]
        fn the_index_finds_exactly_what_a_search_per_item_finds(
            ws in arb::workspace(),
            query in "[a-zA-Zé0-9 -]{0,8}",
        ) {
            let words = SearchIndex::words(&query);
            prop_assert_eq!(SearchIndex::build(&ws).matching(&words), naive(&ws, &words));
        }
    }

    #[test]
    fn one_letter_is_found_where_a_string_search_finds_it() {
        for (text, word) in [("één\nbeleid", "b"), ("abc", "c"), ("abc", "d"), ("", "a")] {
            assert_eq!(find(text, word), text.find(word), "{text:?} {word:?}");
        }
    }

    #[test]
    fn words_ignore_case_and_accents_and_may_come_from_any_part() {
        let mut ws = crate::example::workspace(
            crate::i18n::Lang::En,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
            chrono::DateTime::UNIX_EPOCH,
        );
        ws.items.truncate(3);
        ws.items[1].title = "Patiëntenportaal hardening".into();
        let index = SearchIndex::build(&ws);
        let hits = |q: &str| index.matching(&SearchIndex::words(q));
        assert_eq!(hits("PATIENT hard"), [false, true, false]);
        assert_eq!(
            hits(&ws.items[2].id.to_string().to_lowercase()),
            [false, false, true]
        );
        assert_eq!(hits(""), [true, true, true]);
        assert_eq!(hits("nothing-like-this"), [false, false, false]);
    }
}
