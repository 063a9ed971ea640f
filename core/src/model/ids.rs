//! Readable identifiers: `CI-012` (continual improvement), `CA-007` (corrective action),
//! `OBJ-003` (objective), `P-004` (person). Numbers are unique per prefix within a workspace.

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
    let (prefix, number) = text.split_once('-')?;
    let prefix = prefixes.iter().find(|p| **p == prefix)?;
    if number.is_empty() || number.len() > 9 || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    number.parse().ok().map(|n| (*prefix, n))
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

/// An improvement item: `CI-nnn` or `CA-nnn`, the prefix telling its kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ItemId(String);

impl ItemId {
    pub fn new(kind: Kind, number: u32) -> Self {
        Self(format!("{}-{number:03}", kind.prefix()))
    }

    pub fn parse(text: &str) -> Result<Self, IdError> {
        parse_prefixed(text, &["CI", "CA"])
            .map(|(p, n)| Self(format!("{p}-{n:03}")))
            .filter(|id| id.0 == text)
            .ok_or_else(|| IdError::Malformed(text.to_owned(), "CI|CA"))
    }

    /// The kind the prefix names, if the id is well formed.
    pub fn kind(&self) -> Option<Kind> {
        match parse_prefixed(&self.0, &["CI", "CA"])?.0 {
            "CA" => Some(Kind::CorrectiveAction),
            _ => Some(Kind::ContinualImprovement),
        }
    }

    pub fn number(&self) -> u32 {
        parse_prefixed(&self.0, &["CI", "CA"]).map_or(0, |(_, n)| n)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ItemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn item_ids_are_zero_padded_and_carry_their_kind() {
        let id = ItemId::new(Kind::CorrectiveAction, 7);
        assert_eq!(id.as_str(), "CA-007");
        assert_eq!(id.kind(), Some(Kind::CorrectiveAction));
        assert_eq!(
            ItemId::new(Kind::ContinualImprovement, 1234).as_str(),
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
            "CI-1",
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
            prop_assert_eq!(ItemId::parse(id.as_str()), Ok(id.clone()));
            prop_assert_eq!(id.number(), n);
        }

        #[test]
        fn parse_never_panics(text in ".{0,20}") {
            let _ = ItemId::parse(&text);
            let _ = PersonId::parse(&text);
        }
    }
}
