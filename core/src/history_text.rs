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
    /// The label of a field or sub-field, such as `plan`, `due` or `root_cause`.
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
        "owner" | "verified_by" => value.as_str().and_then(|id| words.person(id)),
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
                // A group without a label of its own reads as its labelled parts.
                Some(match (words.field(key), v.is_object()) {
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
            (name == "due").then(|| "Due date".into())
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
    fn an_unknown_code_is_shown_as_it_is() {
        assert_eq!(
            describe("stage", &json!("archived"), &Plain(Lang::En)),
            "archived"
        );
    }
}
