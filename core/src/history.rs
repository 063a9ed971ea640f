//! The append-only change log of an item, and the one function that writes it.
//!
//! Every change to an item goes through [`record`], which compares the item before and after
//! field by field and appends one [`Change`] per top-level field that differs. Because each change
//! carries the field's complete new value, [`replay`] can rebuild the item from its blank
//! starting point: the log is the evidence, and it is checked against the item it describes.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::model::{Item, ItemId, Kind};

/// One field of an item changed at one moment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    #[serde(deserialize_with = "crate::model::dates::timestamp")]
    pub at: DateTime<Utc>,
    /// The item's top-level field, e.g. `stage` or `plan`.
    pub field: String,
    #[serde(deserialize_with = "canonical_value")]
    pub from: Value,
    #[serde(deserialize_with = "canonical_value")]
    pub to: Value,
}

/// Logged values in one canonical form: a whole number is an integer whatever its notation, so
/// `12.0` written by Rust and `12` written back by a spreadsheet or a script compare equal.
fn canonical(value: Value) -> Value {
    match value {
        Value::Number(n) => match n.as_f64() {
            Some(f) if n.is_f64() && f.fract() == 0.0 && f.abs() < 9.0e15 => Value::from(f as i64),
            _ => Value::Number(n),
        },
        // In place: collecting into a new map would sort its keys again.
        Value::Array(mut list) => {
            list.iter_mut().for_each(|v| *v = canonical(v.take()));
            Value::Array(list)
        }
        Value::Object(mut map) => {
            map.values_mut().for_each(|v| *v = canonical(v.take()));
            Value::Object(map)
        }
        other => other,
    }
}

fn canonical_value<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
    Value::deserialize(deserializer).map(canonical)
}

/// Fields that are bookkeeping rather than content, so they are never logged.
const UNLOGGED: [&str; 2] = ["history", "updated"];

fn fields(item: &Item) -> serde_json::Map<String, Value> {
    match crate::json::to_value(item) {
        Value::Object(map) => map,
        // An Item always serialises to an object; an empty map would log every field as new.
        _ => serde_json::Map::new(),
    }
}

/// Returns `after` with one change per differing field appended to its history and `updated`
/// set to `now`; when nothing differs, `after` is returned untouched.
pub fn record(before: &Item, mut after: Item, now: DateTime<Utc>) -> Item {
    let old = fields(before);
    let new = fields(&after);
    // Fields at their default are left out of the JSON, so look at both sides' fields; a field
    // that went back to its default is logged with `null` as its new value.
    let mut names: Vec<&String> = old.keys().chain(new.keys()).collect();
    crate::sorting::sort(&mut names);
    names.dedup();
    let mut changes: Vec<Change> = names
        .into_iter()
        .filter(|field| !UNLOGGED.contains(&field.as_str()))
        .filter(|field| old.get(*field) != new.get(*field))
        .map(|field| Change {
            at: now,
            field: field.clone(),
            from: canonical(old.get(field).cloned().unwrap_or(Value::Null)),
            to: canonical(new.get(field).cloned().unwrap_or(Value::Null)),
        })
        .collect();
    if changes.is_empty() {
        return after;
    }
    after.history = before.history.clone();
    after.history.append(&mut changes);
    after.updated = now;
    after
}

/// Creates an item: a blank one, shaped by `fill`, with its creation logged.
pub fn create(id: ItemId, kind: Kind, now: DateTime<Utc>, fill: impl FnOnce(&mut Item)) -> Item {
    let blank = Item::blank(id, kind, now);
    let mut item = blank.clone();
    fill(&mut item);
    record(&blank, item, now)
}

/// Why a history log could not be replayed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("the history of {id} cannot be replayed: {reason}")]
pub struct ReplayError {
    pub id: String,
    pub reason: String,
}

/// Rebuilds an item from its blank state and its history log.
pub fn replay(
    id: ItemId,
    kind: Kind,
    created: DateTime<Utc>,
    log: &[Change],
) -> Result<Item, ReplayError> {
    let fail = |reason: String| ReplayError {
        id: id.to_string(),
        reason,
    };
    let mut state = fields(&Item::blank(id, kind, created));
    for change in log {
        // `null` means "back to the default", which a missing field deserialises to.
        if change.to.is_null() {
            state.remove(&change.field);
        } else {
            state.insert(change.field.clone(), change.to.clone());
        }
    }
    let updated = log.last().map_or(created, |c| c.at);
    state.insert("updated".into(), crate::json::to_value(&updated));
    state.insert("history".into(), crate::json::to_value(&log));
    crate::json::from_value(&Value::Object(state)).map_err(|e| fail(crate::json::error_message(&e)))
}

/// The item as it stood at `at`: its log replayed up to that moment. `None` when it was created
/// later, or when its log cannot be replayed (a log [`crate::file::validate`] would refuse). An
/// item unchanged since, or one without a log (the generated measurement items), is as it is.
pub fn as_of(item: &Item, at: DateTime<Utc>) -> Option<Item> {
    if item.created > at {
        return None;
    }
    if item.updated <= at || item.history.is_empty() {
        return Some(item.clone());
    }
    let upto = item.history.iter().take_while(|c| c.at <= at).count();
    replay(item.id, item.kind, item.created, &item.history[..upto]).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, day, 10, 0, 0).unwrap()
    }

    #[test]
    fn creating_logs_every_field_that_differs_from_blank() {
        let item = create(
            ItemId::new(Kind::ContinualImprovement, 1),
            Kind::ContinualImprovement,
            at(1),
            |i| {
                i.title = "Automate access reviews".into();
            },
        );
        assert_eq!(item.history.len(), 1);
        assert_eq!(item.history[0].field, "title");
        assert_eq!(item.history[0].from, Value::String(String::new()));
    }

    #[test]
    fn a_field_set_back_to_its_default_is_logged_and_replayed() {
        let id = ItemId::new(Kind::ContinualImprovement, 2);
        let item = create(id, Kind::ContinualImprovement, at(1), |i| {
            i.title = "x".into();
            i.source_ref = "IA-7".into();
        });
        let mut cleared = item.clone();
        cleared.source_ref.clear();
        let item = record(&item, cleared, at(2));
        let last = item.history.last().unwrap();
        assert_eq!(
            (last.field.as_str(), &last.to),
            ("source_ref", &Value::Null)
        );
        assert_eq!(
            replay(id, Kind::ContinualImprovement, at(1), &item.history).unwrap(),
            item
        );
    }

    #[test]
    fn an_edit_that_changes_nothing_logs_nothing() {
        let item = create(
            ItemId::new(Kind::ContinualImprovement, 1),
            Kind::ContinualImprovement,
            at(1),
            |i| {
                i.title = "x".into();
            },
        );
        let same = record(&item, item.clone(), at(2));
        assert_eq!(same, item);
    }

    #[test]
    fn replaying_the_log_reproduces_the_item() {
        let id = ItemId::new(Kind::CorrectiveAction, 4);
        let item = create(id, Kind::CorrectiveAction, at(1), |i| {
            i.title = "Patch".into()
        });
        let mut next = item.clone();
        next.plan.what = "Patch the server".into();
        next.inputs.impact = Some(5);
        let item = record(&item, next, at(3));
        assert_eq!(item.updated, at(3));
        assert_eq!(
            replay(id, Kind::CorrectiveAction, at(1), &item.history).unwrap(),
            item
        );
    }

    #[test]
    fn whole_numbers_log_the_same_however_they_were_written() {
        let item = create(
            ItemId::new(Kind::ContinualImprovement, 1),
            Kind::ContinualImprovement,
            at(1),
            |i| {
                i.title = "x".into();
                i.verification.measurement.before = Some(12.0);
                i.verification.measurement.after = Some(4.5);
            },
        );
        let text = serde_json::to_string(&item).unwrap().replace("12.0", "12");
        let back: Item = serde_json::from_str(&text).unwrap();
        assert_eq!(back, item);
    }

    #[test]
    fn an_item_as_it_stood_then_is_its_log_replayed_up_to_that_moment() {
        let id = ItemId::new(Kind::ContinualImprovement, 5);
        let first = create(id, Kind::ContinualImprovement, at(2), |i| {
            i.title = "Tabletop exercises".into()
        });
        let mut next = first.clone();
        next.plan.what = "Quarterly exercises".into();
        let later = record(&first, next, at(9));
        assert_eq!(as_of(&later, at(1)), None, "not created yet");
        assert_eq!(as_of(&later, at(2)).as_ref(), Some(&first));
        assert_eq!(as_of(&later, at(8)).as_ref(), Some(&first));
        assert_eq!(as_of(&later, at(9)).as_ref(), Some(&later));
        assert_eq!(as_of(&later, at(20)).as_ref(), Some(&later));
    }
}
