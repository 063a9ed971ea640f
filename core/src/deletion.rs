//! Deleting an item from the register, and undoing that.
//!
//! An item made by mistake (a duplicate, a test entry in a workshop) can be deleted; an item that
//! was real but will not be pursued should be rejected instead, which keeps its record. A
//! deletion takes the item's record with it but leaves a [`DeletedItem`] line in the workspace,
//! so the register can show what went, when and why, and the id is never given out again.
//! An item another item depends on is not deleted: the dependency would point at nothing.

use chrono::{DateTime, Utc};

use crate::model::{DeletedItem, Item, ItemId, Workspace};

/// Everything a deletion took away, so that [`restore`] can put it back exactly.
#[derive(Debug, Clone, PartialEq)]
pub struct Removal {
    /// Where the item stood in the workspace's list.
    pub index: usize,
    pub item: Item,
    /// The gap-assessment entries that named the item as their improvement.
    pub gap_keys: Vec<String>,
}

/// Why an item was not deleted, or not restored.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeleteError {
    #[error("there is no item {0}")]
    Missing(ItemId),
    /// Other items list it among their dependencies.
    #[error("{id} is a dependency of {by:?}")]
    NeededBy { id: ItemId, by: Vec<ItemId> },
    /// An item with its id came back in the meantime (an import), so it cannot be restored.
    #[error("an item {0} exists again")]
    Taken(ItemId),
}

/// The items that list `id` among their dependencies: while there are any, it cannot be deleted.
pub fn needed_by(ws: &Workspace, id: &ItemId) -> Vec<ItemId> {
    ws.items
        .iter()
        .filter(|item| item.links.depends_on.contains(id))
        .map(|item| item.id)
        .collect()
}

/// Deletes item `id`, noting it in `ws.deleted` with `reason` (trimmed; may be empty), and
/// takes it out of the gap entries that name it. Changes nothing when it fails.
pub fn delete_item(
    ws: &mut Workspace,
    id: &ItemId,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<Removal, DeleteError> {
    let index = ws
        .items
        .iter()
        .position(|item| &item.id == id)
        .ok_or(DeleteError::Missing(*id))?;
    let by = needed_by(ws, id);
    if !by.is_empty() {
        return Err(DeleteError::NeededBy { id: *id, by });
    }
    let item = ws.items.remove(index);
    let mut gap_keys = Vec::new();
    for (key, entry) in &mut ws.gap.entries {
        if entry.items.contains(id) {
            entry.items.retain(|i| i != id);
            gap_keys.push(key.clone());
        }
    }
    ws.deleted.push(DeletedItem {
        id: *id,
        title: item.title.clone(),
        stage: item.stage,
        deleted: now,
        reason: reason.trim().to_owned(),
    });
    Ok(Removal {
        index,
        item,
        gap_keys,
    })
}

/// Undoes a deletion: the item goes back where it was (or last, if the list got shorter), the
/// gap entries name it again, and its line in `ws.deleted` goes. Refused, changing nothing, when
/// an item with the same id exists again.
pub fn restore(ws: &mut Workspace, removal: Removal) -> Result<ItemId, DeleteError> {
    let id = removal.item.id;
    if ws.item(&id).is_some() {
        return Err(DeleteError::Taken(id));
    }
    if let Some(line) = ws.deleted.iter().rposition(|d| d.id == id) {
        ws.deleted.remove(line);
    }
    for key in removal.gap_keys {
        let entry = ws.gap.entries.entry(key).or_default();
        if !entry.items.contains(&id) {
            entry.items.push(id);
        }
    }
    let index = removal.index.min(ws.items.len());
    ws.items.insert(index, removal.item);
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example;
    use crate::i18n::Lang;
    use crate::model::Kind;
    use chrono::{NaiveDate, TimeZone};
    use proptest::prelude::*;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 28, 10, 0, 0).unwrap()
    }

    fn ws() -> Workspace {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        example::workspace(Lang::En, today, now())
    }

    fn id(text: &str) -> ItemId {
        ItemId::parse(text).unwrap()
    }

    #[test]
    fn deleting_leaves_a_line_with_title_stage_date_and_reason() {
        let mut ws = ws();
        let before = ws.items.len();
        let removed = delete_item(&mut ws, &id("CI-009"), "  Duplicate of CI-001 ", now()).unwrap();
        assert_eq!(ws.items.len(), before - 1);
        assert!(ws.item(&id("CI-009")).is_none());
        let line = ws.deleted.last().unwrap();
        assert_eq!(line.id, id("CI-009"));
        assert_eq!(line.title, removed.item.title);
        assert_eq!(line.stage, removed.item.stage);
        assert_eq!(line.deleted, now());
        assert_eq!(line.reason, "Duplicate of CI-001");
        assert!(crate::file::validate(&ws).is_empty());
    }

    #[test]
    fn a_deleted_id_is_never_given_to_a_new_item() {
        let mut ws = ws();
        let highest = ws.next_item_id(Kind::ContinualImprovement);
        let last = ItemId::new(Kind::ContinualImprovement, highest.number() - 1);
        delete_item(&mut ws, &last, "", now()).unwrap();
        assert_eq!(ws.next_item_id(Kind::ContinualImprovement), highest);
    }

    #[test]
    fn an_item_others_depend_on_is_not_deleted_and_nothing_changes() {
        let mut ws = ws();
        let dependent = ws.items[1].id;
        let needed = ws.items[0].id;
        ws.items[1].links.depends_on.push(needed);
        let before = ws.clone();
        assert_eq!(
            delete_item(&mut ws, &needed, "", now()),
            Err(DeleteError::NeededBy {
                id: needed,
                by: vec![dependent]
            })
        );
        assert_eq!(ws, before);
        assert_eq!(
            delete_item(&mut ws, &id("CI-999"), "", now()),
            Err(DeleteError::Missing(id("CI-999")))
        );
        assert_eq!(ws, before);
    }

    #[test]
    fn deleting_unlinks_the_gap_entries_and_restore_puts_everything_back() {
        let mut ws = ws();
        let (key, linked) = ("A.8.15".to_owned(), id("CI-009"));
        ws.gap
            .entries
            .entry(key.clone())
            .or_default()
            .items
            .push(linked);
        let before = ws.clone();
        let removal = delete_item(&mut ws, &linked, "", now()).unwrap();
        assert_eq!(removal.gap_keys, vec![key.clone()]);
        assert!(!ws.gap.entries[&key].items.contains(&linked));
        assert!(crate::file::validate(&ws).is_empty());
        assert_eq!(restore(&mut ws, removal), Ok(linked));
        assert_eq!(ws, before);
    }

    #[test]
    fn restore_is_refused_when_the_id_came_back_in_the_meantime() {
        let mut ws = ws();
        let removal = delete_item(&mut ws, &id("CI-003"), "", now()).unwrap();
        ws.items.push(removal.item.clone());
        let before = ws.clone();
        assert_eq!(
            restore(&mut ws, removal),
            Err(DeleteError::Taken(id("CI-003")))
        );
        assert_eq!(ws, before);
    }

    #[test]
    fn restore_after_other_deletions_puts_the_item_back_in_the_list() {
        let mut ws = ws();
        let last = ws.items.last().unwrap().id;
        let removal = delete_item(&mut ws, &last, "", now()).unwrap();
        delete_item(&mut ws, &id("CI-001"), "", now()).unwrap();
        restore(&mut ws, removal).unwrap();
        assert_eq!(ws.items.last().unwrap().id, last);
        assert_eq!(ws.deleted.len(), 1);
        assert!(crate::file::validate(&ws).is_empty());
    }

    proptest! {
        #[test]
        fn any_item_is_either_deleted_and_restored_to_the_same_workspace_or_refused_untouched(
            ws in crate::arb::workspace(),
            pick in any::<proptest::sample::Index>(),
        ) {
            prop_assume!(!ws.items.is_empty());
            let id = ws.items[pick.index(ws.items.len())].id;
            let mut changed = ws.clone();
            match delete_item(&mut changed, &id, "why", now()) {
                Ok(removal) => {
                    prop_assert!(crate::file::validate(&changed).is_empty());
                    prop_assert!(changed.next_item_id(id.kind().unwrap()).number() > id.number());
                    prop_assert_eq!(restore(&mut changed, removal), Ok(id));
                    prop_assert_eq!(changed, ws);
                }
                Err(DeleteError::NeededBy { by, .. }) => {
                    prop_assert!(!by.is_empty());
                    prop_assert_eq!(changed, ws);
                }
                Err(other) => prop_assert!(false, "unexpected {other}"),
            }
        }
    }
}
