//! Moving model values in and out of `serde_json::Value` by way of JSON text, and printing JSON
//! with indentation.
//!
//! serde compiles one copy of a type's (de)serialiser per (de)serialiser it is used with. The
//! workspace is always read from and written to text, so those copies are in the app anyway;
//! `serde_json::to_value` / `from_value` / `to_string_pretty` would each add another copy of the
//! whole model (about 130 KB of wasm together, measured with twiggy). The functions here reuse
//! the text copies instead. They run on edits and on broken files, never per keystroke, where
//! the extra text round trip costs microseconds.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// `value` as a JSON `Value`; `Null` if it cannot be represented (it always can for the model's
/// plain data types).
pub fn to_value(value: &impl Serialize) -> Value {
    serde_json::to_string(value)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null)
}

/// A `T` read from a `Value`.
pub fn from_value<T: DeserializeOwned>(value: &Value) -> Result<T, serde_json::Error> {
    serde_json::from_str(&value.to_string())
}

/// serde's wording of an error without its " at line 1 column 42" suffix, which means nothing
/// to the user when the text was made from a `Value` (or when the position is reported apart).
pub fn error_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    match text.strip_suffix(&suffix) {
        Some(message) => message.to_owned(),
        None => text,
    }
}

/// `value` as JSON indented by two spaces, exactly as `serde_json::to_string_pretty` writes it.
pub fn to_string_pretty(value: &impl Serialize) -> Result<String, serde_json::Error> {
    serde_json::to_string(value).map(|compact| indent(&compact))
}

/// Re-indents compact JSON text (as serde_json writes it: no whitespace outside strings).
fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() + compact.len() / 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    let mut chars = compact.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                // Empty containers stay on one line: `[]`, `{}`.
                if chars.peek() == Some(&close) {
                    chars.next();
                    out.push(close);
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn arb_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<f64>()
                .prop_filter("finite", |f| f.is_finite())
                .prop_map(Value::from),
            // Quotes, backslashes, braces, commas and colons inside strings must not move.
            "[\\\\\"{}\\[\\],: a-zé\n\t]{0,12}".prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 64, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::btree_map("[a-z\"\\\\:,{]{0,6}", inner, 0..6)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn indenting_matches_serde_json_pretty_printing(value in arb_json()) {
            prop_assert_eq!(
                to_string_pretty(&value).unwrap(),
                serde_json::to_string_pretty(&value).unwrap()
            );
        }

        #[test]
        fn values_round_trip_through_text(value in arb_json()) {
            prop_assert_eq!(to_value(&value), value.clone());
            prop_assert_eq!(from_value::<Value>(&value).unwrap(), value);
        }
    }

    #[test]
    fn error_messages_lose_their_position() {
        let error = from_value::<u8>(&Value::from(300)).unwrap_err();
        assert_eq!(
            error_message(&error),
            "invalid value: integer `300`, expected u8"
        );
    }
}
