//! What importing a file would do to a workspace, before anything is done: the items, people,
//! objectives and held-review records it would add, change or remove; and the merge by id itself.

use std::collections::BTreeSet;

use crate::held_review::HeldReview;
use crate::model::{ItemId, ReviewId, Workspace};

/// What replacing or merging would change, by id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diff {
    pub added: Vec<ItemId>,
    pub changed: Vec<ItemId>,
    /// In the current workspace but not in the file (kept by a merge, dropped by a replace).
    pub missing: Vec<ItemId>,
    pub unchanged: usize,
    pub people_added: usize,
    pub objectives_added: usize,
    /// Records of held management reviews in the file that the workspace lacks.
    pub reviews_added: Vec<ReviewId>,
    /// Records the workspace has and the file lacks (kept by a merge, dropped by a replace).
    pub reviews_missing: Vec<ReviewId>,
    /// Records both have whose minutes the file has corrected further (a merge takes the
    /// corrections), by the workspace's numbers.
    pub reviews_corrected: Vec<ReviewId>,
}

/// Compares the items of `current` with those of `incoming`.
pub fn diff(current: &Workspace, incoming: &Workspace) -> Diff {
    let mut d = Diff::default();
    for item in &incoming.items {
        match current.item(&item.id) {
            None => d.added.push(item.id),
            Some(old) if old == item => d.unchanged += 1,
            Some(_) => d.changed.push(item.id),
        }
    }
    let mut incoming_ids = BTreeSet::new();
    for item in &incoming.items {
        incoming_ids.insert(item.id);
    }
    d.missing = current
        .items
        .iter()
        .map(|i| i.id)
        .filter(|id| !incoming_ids.contains(id))
        .collect();
    d.people_added = incoming
        .people
        .iter()
        .filter(|p| current.person(&p.id).is_none())
        .count();
    d.objectives_added = incoming
        .objectives
        .iter()
        .filter(|o| current.objective(&o.id).is_none())
        .count();
    d.reviews_added = records_only_in(incoming, current);
    d.reviews_missing = records_only_in(current, incoming);
    d.reviews_corrected = current
        .held_reviews
        .iter()
        .filter(|ours| {
            incoming.held_reviews.iter().any(|theirs| {
                crate::held_review::same_record(ours, theirs) && theirs.corrects(ours)
            })
        })
        .map(|ours| ours.id.clone())
        .collect();
    d
}

/// The held-review records of `ws` that `other` lacks (see [`crate::held_review::same_record`]).
fn records_only_in(ws: &Workspace, other: &Workspace) -> Vec<ReviewId> {
    ws.held_reviews
        .iter()
        .filter(|held| !has_record(other, held))
        .map(|held| held.id.clone())
        .collect()
}

fn has_record(ws: &Workspace, held: &HeldReview) -> bool {
    ws.held_reviews
        .iter()
        .any(|r| crate::held_review::same_record(r, held))
}

/// Merges by id: what the file has replaces what the workspace has under the same id; what only
/// one side has is kept. The workspace's own name, scope, settings and review notes stay (notes
/// it lacks come from the file). Records of held management reviews are never replaced: one the
/// workspace lacks is added, under the next free number if its own is taken by another record;
/// one whose minutes the file has corrected further takes those corrections.
pub fn merge(current: &Workspace, incoming: &Workspace) -> Workspace {
    let mut merged = current.clone();
    for person in &incoming.people {
        match merged.people.iter_mut().find(|p| p.id == person.id) {
            Some(slot) => *slot = person.clone(),
            None => merged.people.push(person.clone()),
        }
    }
    for objective in &incoming.objectives {
        match merged.objectives.iter_mut().find(|o| o.id == objective.id) {
            Some(slot) => *slot = objective.clone(),
            None => merged.objectives.push(objective.clone()),
        }
    }
    for item in &incoming.items {
        match merged.items.iter_mut().find(|i| i.id == item.id) {
            Some(slot) => *slot = item.clone(),
            None => merged.items.push(item.clone()),
        }
    }
    for (key, entry) in &incoming.gap.entries {
        merged.gap.entries.insert(key.clone(), entry.clone());
    }
    for line in &incoming.deleted {
        if !merged.deleted.contains(line) {
            merged.deleted.push(line.clone());
        }
    }
    // The notes for the coming review are the workspace's own, like its scope; a file fills in
    // only what the workspace has not written.
    let (notes, theirs) = (&mut merged.review_notes, &incoming.review_notes);
    for (mine, file) in [
        (&mut notes.issues, &theirs.issues),
        (&mut notes.interested_parties, &theirs.interested_parties),
        (&mut notes.risks, &theirs.risks),
        (&mut notes.attendees, &theirs.attendees),
        (&mut notes.decisions, &theirs.decisions),
    ] {
        if mine.trim().is_empty() {
            mine.clone_from(file);
        }
    }
    merged.last_review_number = merged.last_review_number.max(incoming.last_review_number);
    for held in &incoming.held_reviews {
        if let Some(ours) = merged
            .held_reviews
            .iter_mut()
            .find(|r| crate::held_review::same_record(r, held))
        {
            // The same record differs only by its number and its minutes: the file's copy,
            // under the workspace's number, is the record corrected further.
            if held.corrects(ours) {
                let id = std::mem::replace(ours, held.clone()).id;
                ours.id = id;
            }
            continue;
        }
        let mut held = held.clone();
        if merged.held_reviews.iter().any(|r| r.id == held.id) {
            held.id = crate::held_review::next_id(&merged);
        }
        merged.last_review_number = merged.last_review_number.max(held.id.number());
        merged.held_reviews.push(held);
    }
    merged.updated = merged.updated.max(incoming.updated);
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example;
    use crate::i18n::Lang;
    use crate::model::ReviewNotes;
    use chrono::{TimeZone, Utc};

    /// The example without its review record, so the records these tests make start at MR-001.
    fn sample() -> Workspace {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap();
        let mut ws = example::workspace(Lang::En, now.date_naive(), now);
        ws.held_reviews.clear();
        ws.last_review_number = 0;
        ws
    }

    #[test]
    fn the_diff_names_added_changed_and_missing_items() {
        let current = sample();
        let mut incoming = current.clone();
        incoming.items[0].title = "Changed".into();
        let removed = incoming.items.remove(1).id;
        let mut extra = incoming.items[2].clone();
        extra.id = ItemId::new(extra.kind, 99);
        incoming.items.push(extra.clone());
        let d = diff(&current, &incoming);
        assert_eq!(d.changed, vec![current.items[0].id]);
        assert_eq!(d.missing, vec![removed]);
        assert_eq!(d.added, vec![extra.id]);
        assert_eq!(d.unchanged, current.items.len() - 2);
    }

    #[test]
    fn merging_by_id_keeps_both_sides_and_prefers_the_file() {
        let current = sample();
        let mut incoming = current.clone();
        incoming.items.truncate(2);
        incoming.items[0].title = "From the file".into();
        let merged = merge(&current, &incoming);
        assert_eq!(merged.items.len(), current.items.len());
        assert_eq!(merged.items[0].title, "From the file");
        assert!(crate::file::validate(&merged).is_empty());
    }

    #[test]
    fn merging_keeps_every_held_review_and_renumbers_one_whose_number_is_taken() {
        let mut base = sample();
        let (today, now) = (base.updated.date_naive(), base.updated);
        let draft = crate::held_review::Draft {
            from: today - chrono::Duration::days(365),
            to: today,
            held_on: today,
            day_ended: None,
        };
        let record = |ws: &mut Workspace, attendees: &str| {
            ws.review_notes.attendees = attendees.into();
            ws.review_notes.decisions = "Budget approved".into();
            crate::held_review::record(ws, &draft, today, now).unwrap()
        };
        record(&mut base, "Board");
        // Two browsers each recorded a review after sharing the first one.
        let (mut current, mut incoming) = (base.clone(), base);
        record(&mut current, "Audit committee");
        record(&mut incoming, "Directie");
        let merged = merge(&current, &incoming);
        let got: Vec<(&str, &str)> = merged
            .held_reviews
            .iter()
            .map(|r| (r.id.as_str(), r.attendees.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("MR-001", "Board"),
                ("MR-002", "Audit committee"),
                ("MR-003", "Directie")
            ]
        );
        assert!(crate::file::validate(&merged).is_empty());
        // The preview names the records the file adds and those only the workspace has.
        let d = diff(&current, &incoming);
        let ids = |list: &[ReviewId]| list.iter().map(|r| r.to_string()).collect::<Vec<_>>();
        assert_eq!(ids(&d.reviews_added), ["MR-002"]);
        assert_eq!(ids(&d.reviews_missing), ["MR-002"]);
        assert!(diff(&merged, &incoming).reviews_added.is_empty());
        // Merging the same file again adds nothing.
        assert_eq!(merge(&merged, &incoming).held_reviews, merged.held_reviews);
    }

    #[test]
    fn a_record_whose_minutes_the_file_corrected_further_takes_the_corrections_not_a_new_number() {
        let mut current = sample();
        let (today, now) = (current.updated.date_naive(), current.updated);
        current.review_notes.attendees = "Board".into();
        current.review_notes.decisions = "Budget approved".into();
        let draft = crate::held_review::Draft {
            from: today - chrono::Duration::days(365),
            to: today,
            held_on: today,
            day_ended: None,
        };
        let id = crate::held_review::record(&mut current, &draft, today, now).unwrap();
        let mut incoming = current.clone();
        let later = now + chrono::Duration::hours(1);
        let minutes = crate::held_review::Minutes {
            held_on: today - chrono::Duration::days(1),
            attendees: "Board, CISO",
            decisions: "Budget approved",
        };
        crate::held_review::correct(&mut incoming, &id, &minutes, today, later).unwrap();
        let d = diff(&current, &incoming);
        assert!(d.reviews_added.is_empty() && d.reviews_missing.is_empty());
        assert_eq!(
            d.reviews_corrected,
            std::slice::from_ref(&id),
            "the preview names it"
        );
        assert!(
            diff(&incoming, &current).reviews_corrected.is_empty(),
            "nothing further"
        );
        let merged = merge(&current, &incoming);
        assert!(diff(&merged, &incoming).reviews_corrected.is_empty());
        assert_eq!(merged.held_reviews.len(), 1);
        assert_eq!(merged.held_reviews[0].attendees, "Board, CISO");
        assert_eq!(
            merged.held_reviews[0].held_on, minutes.held_on,
            "the corrected day too"
        );
        assert_eq!(merged.held_reviews[0].corrections.len(), 1);
        // The other way round, the workspace's further corrections stay.
        let merged = merge(&incoming, &current);
        assert_eq!(merged.held_reviews, incoming.held_reviews);
        assert!(crate::file::validate(&merged).is_empty());
    }

    #[test]
    fn merging_keeps_the_workspaces_review_notes_and_fills_in_only_what_it_lacks() {
        let mut current = sample();
        current.review_notes = ReviewNotes {
            issues: "NIS2 applies from next year".into(),
            ..ReviewNotes::default()
        };
        let mut incoming = current.clone();
        incoming.review_notes = ReviewNotes {
            issues: "Something older".into(),
            interested_parties: "A customer asks for SOC 2".into(),
            ..ReviewNotes::default()
        };
        let notes = merge(&current, &incoming).review_notes;
        assert_eq!(notes.issues, "NIS2 applies from next year");
        assert_eq!(notes.interested_parties, "A customer asks for SOC 2");
        assert_eq!(notes.risks, "");
    }

    #[test]
    fn merging_keeps_the_deleted_lines_of_both_sides_once() {
        let now = Utc.with_ymd_and_hms(2026, 11, 28, 10, 0, 0).unwrap();
        let mut current = sample();
        let mut incoming = current.clone();
        let (a, b) = (current.items[3].id, current.items[4].id);
        let delete = |ws: &mut Workspace, id| crate::deletion::delete_item(ws, &id, "", now);
        assert!(delete(&mut current, a).is_ok());
        assert!(delete(&mut incoming, a).is_ok());
        assert!(delete(&mut incoming, b).is_ok());
        let merged = merge(&current, &incoming);
        assert_eq!(merged.deleted.len(), 2, "{:?}", merged.deleted);
    }
}
