//! Short, stable codes for enum values in URLs and form values (their variant names).

use std::fmt::Debug;

pub fn code<T: Debug>(value: T) -> String {
    format!("{value:?}")
}

/// The value among `all` whose code is `text`.
pub fn parse<T: Debug + Copy>(all: &[T], text: &str) -> Option<T> {
    all.iter().copied().find(|v| code(*v) == text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use isms_core::Stage;

    #[test]
    fn codes_round_trip() {
        for stage in Stage::ALL {
            assert_eq!(parse(&Stage::ALL, &code(stage)), Some(stage));
        }
        assert_eq!(parse(&Stage::ALL, "nonsense"), None);
    }
}
