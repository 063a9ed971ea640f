//! Readable identifiers: `CI-012` (continual improvement), `CA-007` (corrective action),
//! `OBJ-003` (objective), `P-004` (person), `MR-002` (a management review held). Numbers are
//! unique per prefix within a workspace.

use serde::{Deserialize, Serialize};
use std::fmt;

use super::Kind;

/// Why a text is not a valid identifier.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    #[error("'{0}' is not an identifier of the form {1}-<number>")]
    Malformed(String, &'static str),
}

fn parse_prefixed(text: &str, prefixes: &[&'static str]) -> Option<(&'static str, u32)> {
    // Byte by byte: every id in a file passes through here when it loads.
    let dash = text.bytes().position(|b| b == b'-')?;
    let (prefix, number) = (&text[..dash], &text.as_bytes()[dash + 1..]);
    let prefix = prefixes.iter().find(|p| **p == prefix)?;
    super::dates::digits(number).map(|n| (*prefix, n))
}

macro_rules! prefixed_id {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new(number: u32) -> Self {
                Self(format!(concat!($prefix, "-{:03}"), number))
            }
            pub fn parse(text: &str) -> Result<Self, IdError> {
                parse_prefixed(text, &[$prefix])
                    .map(|(_, n)| Self::new(n))
                    .filter(|id| id.0 == text)
                    .ok_or_else(|| IdError::Malformed(text.to_owned(), $prefix))
            }
            pub fn number(&self) -> u32 {
                parse_prefixed(&self.0, &[$prefix]).map_or(0, |(_, n)| n)
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

prefixed_id!(
    /// An information security objective (clause 6.2).
    ObjectiveId, "OBJ"
);
prefixed_id!(
    /// A person who can own items, actions, objectives and controls.
    PersonId, "P"
);
prefixed_id!(
    /// A management review recorded as held (see [`crate::held_review`]).
    ReviewId, "MR"
);

/// An improvement item: `CI-nnn` or `CA-nnn`, the prefix telling its kind.
///
/// Held as the kind and the number (no text), so ids are `Copy` and comparing or ranking them
/// touches no heap memory; written and read as the text `CA-007`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemId {
    kind: Kind,
    number: u32,
}

impl ItemId {
    pub fn new(kind: Kind, number: u32) -> Self {
        ItemId { kind, number }
    }

    /// Reads `CI-12` or `CI-012` (any zero padding), as people write them.
    pub fn parse(text: &str) -> Result<Self, IdError> {
        parse_prefixed(text.trim(), &["CI", "CA"])
            .map(|(prefix, number)| {
                let kind = if prefix == "CA" {
                    Kind::CorrectiveAction
                } else {
                    Kind::ContinualImprovement
                };
                ItemId { kind, number }
            })
            .ok_or_else(|| IdError::Malformed(text.to_owned(), "CI|CA"))
    }

    /// The kind the prefix names.
    pub fn kind(&self) -> Option<Kind> {
        Some(self.kind)
    }

    pub fn number(&self) -> u32 {
        self.number
    }
}

impl fmt::Display for ItemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:03}", self.kind.prefix(), self.number)
    }
}

impl Serialize for ItemId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ItemId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // A visitor sees the text in place; reading it as a `Cow<str>` would copy every id.
        struct Text;
        impl serde::de::Visitor<'_> for Text {
            type Value = ItemId;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an item id such as CI-012 or CA-003")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<ItemId, E> {
                ItemId::parse(text).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn item_ids_are_zero_padded_and_carry_their_kind() {
        let id = ItemId::new(Kind::CorrectiveAction, 7);
        assert_eq!(id.to_string(), "CA-007");
        assert_eq!(id.kind(), Some(Kind::CorrectiveAction));
        assert_eq!(
            ItemId::parse("CA-7"),
            Ok(id),
            "padding is optional when reading"
        );
        assert_eq!(
            ItemId::new(Kind::ContinualImprovement, 1234).to_string(),
            "CI-1234"
        );
    }

    #[test]
    fn malformed_ids_are_rejected() {
        for bad in [
            "",
            "CI",
            "CI-",
            "CX-001",
            "CI-01a",
            "ci-001",
            "CI--01",
            "CI-0000000001",
        ] {
            assert!(ItemId::parse(bad).is_err(), "{bad}");
        }
        assert!(PersonId::parse("P-001").is_ok());
        assert!(ObjectiveId::parse("P-001").is_err());
    }

    proptest! {
        #[test]
        fn parse_accepts_exactly_what_new_produces(n in 0u32..1_000_000) {
            let id = ItemId::new(Kind::ContinualImprovement, n);
            prop_assert_eq!(ItemId::parse(&id.to_string()), Ok(id));
            prop_assert_eq!(id.number(), n);
        }

        #[test]
        fn parse_never_panics(text in ".{0,20}") {
            let _ = ItemId::parse(&text);
            let _ = PersonId::parse(&text);
        }
    }
}
