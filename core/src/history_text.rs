//! Logged values put into words, for the history tab and for whoever reads it as audit evidence.
//!
//! A [`Change`](crate::history::Change) holds a field's whole value as JSON, with the model's
//! codes (`in_progress`, `major`, `P-002`, `2026-11-23`). This turns it into what a person reads:
//! stage, source, grade and result names in the reader's language, people by name, dates in the
//! reader's format and each sub-field under its label. The shell supplies the words it owns (field
//! labels, names, date format) through [`Words`]; everything else is decided here.

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::i18n::Lang;
use crate::model::{parse_iso_date, Effectiveness, Grade, Kind, Source, StakeholderKind};
use crate::Stage;

/// What the shell knows about words: labels, people, date format, language.
pub trait Words {
    fn lang(&self) -> Lang;
    /// The label of a field or sub-field, such as `plan`, `due` or `root_cause`; a sub-field is
    /// asked for first as `parent.name` (`communication.date`), then by its name alone.
    fn field(&self, name: &str) -> Option<String>;
    /// A person's name by id.
    fn person(&self, id: &str) -> Option<String>;
    /// An objective's title by id.
    fn objective(&self, id: &str) -> Option<String>;
    fn date(&self, date: NaiveDate) -> String;
}

/// `value` of the field `field`, in words; "—" for nothing.
pub fn describe(field: &str, value: &Value, words: &dyn Words) -> String {
    let text = in_words(field, value, words);
    if text.is_empty() {
        "—".into()
    } else {
        text
    }
}

/// A change's old and new value in words, showing only what differs between them: a plan in
/// which one action's due date moved reads as that action before and after, not as the whole
/// plan twice, which left the reader to find the difference.
pub fn describe_change(
    field: &str,
    from: &Value,
    to: &Value,
    words: &dyn Words,
) -> (String, String) {
    let (from, to) = differing(from, to);
    (describe(field, &from, words), describe(field, &to, words))
}

/// The parts of two values that differ: of two groups (objects), the parts whose values differ,
/// compared the same way in turn; of two lists of the same length, the entries that differ, each
/// whole, so that a changed action still says which action it is; anything else whole (a list
/// that grew or shrank is shown before and after).
fn differing(from: &Value, to: &Value) -> (Value, Value) {
    match (from, to) {
        (Value::Object(a), Value::Object(b)) => {
            let (mut old, mut new) = (serde_json::Map::new(), serde_json::Map::new());
            let added = b.keys().filter(|k| !a.contains_key(*k));
            for key in a.keys().chain(added) {
                let (x, y) = (
                    a.get(key).unwrap_or(&Value::Null),
                    b.get(key).unwrap_or(&Value::Null),
                );
                if x != y {
                    let (x, y) = differing(x, y);
                    old.insert(key.clone(), x);
                    new.insert(key.clone(), y);
                }
            }
            (Value::Object(old), Value::Object(new))
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            let (old, new): (Vec<Value>, Vec<Value>) = a
                .iter()
                .zip(b)
                .filter(|(x, y)| x != y)
                .map(|(x, y)| (x.clone(), y.clone()))
                .unzip();
            (Value::Array(old), Value::Array(new))
        }
        _ => (from.clone(), to.clone()),
    }
}

fn label<T: DeserializeOwned>(value: &Value, name: impl Fn(T) -> &'static str) -> Option<String> {
    crate::json::from_value::<T>(value)
        .ok()
        .map(|v| name(v).to_owned())
}

fn in_words(field: &str, value: &Value, words: &dyn Words) -> String {
    let lang = words.lang();
    let named = match field {
        "stage" | "held_from" => label(value, |s: Stage| s.label(lang)),
        "source" => label(value, |s: Source| s.label(lang)),
        "grade" => label(value, |g: Grade| g.label(lang)),
        "result" => label(value, |e: Effectiveness| e.label(lang)),
        "stakeholder" => label(value, |s: StakeholderKind| s.label(lang)),
        "kind" => label(value, |k: Kind| k.label(lang)),
        "owner" | "verifier" | "verified_by" => value.as_str().and_then(|id| words.person(id)),
        // A list of objectives reads as their titles (each element comes through here).
        "objectives" => value.as_str().and_then(|id| words.objective(id)),
        _ => None,
    };
    if let Some(named) = named {
        return named;
    }
    match value {
        Value::Null => String::new(),
        Value::String(s) => parse_iso_date(s).map_or_else(|| s.clone(), |d| words.date(d)),
        Value::Bool(true) => lang.pick("yes", "ja").into(),
        Value::Bool(false) => lang.pick("no", "nee").into(),
        Value::Number(n) => n.to_string(),
        Value::Array(list) => list
            .iter()
            .map(|v| in_words(field, v, words))
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(separator(list)),
        Value::Object(map) => map
            .iter()
            .filter_map(|(key, v)| {
                let text = in_words(key, v, words);
                if text.is_empty() {
                    return None;
                }
                // A part named for where it is first ("communication.date": the day it was
                // communicated), else by its own name ("date", shared by documents and evidence).
                // A group without a label of its own reads as its labelled parts.
                let name = words
                    .field(&format!("{field}.{key}"))
                    .or_else(|| words.field(key));
                Some(match (name, v.is_object()) {
                    (Some(name), _) => format!("{name}: {text}"),
                    (None, true) => text,
                    (None, false) => format!("{}: {text}", key.replace('_', " ")),
                })
            })
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// Codes read as "A.8.8, A.5.9"; sentences (the 5 whys) and records (actions) need a clearer break.
fn separator(list: &[Value]) -> &'static str {
    let code = |v: &Value| v.as_str().is_some_and(|s| !s.contains(' '));
    if list.iter().all(code) {
        ", "
    } else {
        " | "
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    struct Plain(Lang);

    impl Words for Plain {
        fn lang(&self) -> Lang {
            self.0
        }
        fn field(&self, name: &str) -> Option<String> {
            match name {
                "due" => Some("Due date".into()),
                "date" => Some("Date".into()),
                "communication.date" => Some("Communicated on".into()),
                _ => None,
            }
        }
        fn person(&self, id: &str) -> Option<String> {
            (id == "P-002").then(|| "Joost Bakker".into())
        }
        fn objective(&self, id: &str) -> Option<String> {
            (id == "OBJ-003").then(|| "No critical vulnerability open longer than 14 days".into())
        }
        fn date(&self, date: NaiveDate) -> String {
            date.format("%-d/%-m/%Y").to_string()
        }
    }

    #[test]
    fn codes_become_names_in_the_readers_language() {
        let nl = Plain(Lang::Nl);
        assert_eq!(
            describe("stage", &json!("in_progress"), &nl),
            "In uitvoering"
        );
        assert_eq!(
            describe("source", &json!("threat_intelligence"), &Plain(Lang::En)),
            "Threat intelligence"
        );
        assert_eq!(
            describe("nonconformity", &json!({"grade": "major"}), &nl),
            "grade: Grote afwijking"
        );
    }

    #[test]
    fn a_part_named_for_where_it_is_comes_before_its_own_name() {
        let en = Plain(Lang::En);
        assert_eq!(
            describe("communication", &json!({"date": "2026-11-29"}), &en),
            "Communicated on: 29/11/2026"
        );
        assert_eq!(
            describe(
                "standardisation",
                &json!([{"name": "Policy", "date": "2026-11-29"}]),
                &en
            ),
            "Date: 29/11/2026; name: Policy"
        );
    }

    #[test]
    fn people_dates_and_sub_fields_read_as_words() {
        let en = Plain(Lang::En);
        assert_eq!(
            describe(
                "plan",
                &json!({"owner": "P-002", "due": "2026-11-23", "how": ""}),
                &en
            ),
            "Due date: 23/11/2026; owner: Joost Bakker"
        );
        assert_eq!(
            describe("plan", &json!({"owner": "P-404"}), &en),
            "owner: P-404"
        );
        assert_eq!(
            describe(
                "nonconformity",
                &json!({"similar": {"found": true}}),
                &Plain(Lang::Nl)
            ),
            "found: ja"
        );
    }

    #[test]
    fn nothing_reads_as_a_dash_and_lists_are_joined() {
        let en = Plain(Lang::En);
        assert_eq!(describe("closed_on", &Value::Null, &en), "—");
        assert_eq!(describe("evidence", &json!([]), &en), "—");
        assert_eq!(describe("links", &json!({"controls": []}), &en), "—");
        assert_eq!(
            describe("links", &json!({"controls": ["A.8.9", "A.8.13"]}), &en),
            "controls: A.8.9, A.8.13"
        );
        assert_eq!(
            describe(
                "actions",
                &json!([{"description": "a"}, {"description": "b"}]),
                &en
            ),
            "description: a | description: b"
        );
        assert_eq!(
            describe("whys", &json!(["It was missed.", "No alert."]), &en),
            "It was missed. | No alert."
        );
    }

    #[test]
    fn a_change_shows_only_the_parts_that_differ() {
        let en = Plain(Lang::En);
        let action =
            |due: &str| json!({"description": "Encrypt laptops", "due": due, "owner": "P-002"});
        let plan = |due: &str| {
            json!({"what": "Device baseline", "how": "MDM", "due": "2026-12-29",
                   "actions": [action(due), {"description": "Replace the VPN", "due": "2026-12-24"}]})
        };
        assert_eq!(
            describe_change("plan", &plan("2026-11-19"), &plan("2027-11-19"), &en),
            (
                "actions: description: Encrypt laptops; Due date: 19/11/2026; owner: Joost Bakker"
                    .into(),
                "actions: description: Encrypt laptops; Due date: 19/11/2027; owner: Joost Bakker"
                    .into()
            )
        );
        // A part set for the first time, one removed, and a list that grew.
        assert_eq!(
            describe_change(
                "plan",
                &json!({"what": "Device baseline", "how": "MDM", "actions": [{"description": "a"}]}),
                &json!({"what": "Device baseline", "due": "2026-12-29", "actions": [{"description": "a"}, {"description": "b"}]}),
                &en
            ),
            (
                "actions: description: a; how: MDM".into(),
                "actions: description: a | description: b; Due date: 29/12/2026".into()
            )
        );
        // Values that are not groups are shown whole.
        assert_eq!(
            describe_change("stage", &json!("planned"), &json!("in_progress"), &en),
            ("Planned".into(), "In progress".into())
        );
    }

    #[test]
    fn an_unknown_code_is_shown_as_it_is() {
        assert_eq!(
            describe("stage", &json!("archived"), &Plain(Lang::En)),
            "archived"
        );
    }
}
