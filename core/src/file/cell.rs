//! Text cells of the CSV files the app writes (the register, the Statement of Applicability),
//! made safe to open in a spreadsheet, and read back as they were.
//!
//! A spreadsheet takes a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return
//! before one) as a formula: a title such as `=HYPERLINK("https://…","Open")`, typed by anyone
//! or brought in by an import, would run when the client opens the export in Excel ("CSV
//! injection"). Such a cell is written with an apostrophe in front, which spreadsheets show as
//! text. So that reading the file back gives the text exactly as it was, a cell of apostrophes
//! followed by such a character gets one more apostrophe, and reading takes one off any cell of that
//! shape; other text starting with an apostrophe (`'s-Hertogenbosch`) is left alone both ways.

/// Whether `c` makes a spreadsheet read the cell it starts as a formula.
fn starts_formula(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

/// Whether `text` is apostrophes (none or more) followed by a formula character.
fn shaped(text: &str) -> bool {
    text.trim_start_matches('\'')
        .chars()
        .next()
        .is_some_and(starts_formula)
}

/// `text` as a cell a spreadsheet shows as text.
pub fn defused(text: &str) -> String {
    if shaped(text) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// A cell read from a file as the text it stands for: [`defused`] undone.
pub fn restored(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if shaped(rest) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text() {
        for text in [
            "=HYPERLINK(\"https://example.org\",\"Open\")",
            "+31 20 123 4567",
            "-1",
            "@SUM(A1:A2)",
            "\t=1+1",
            "'=1+1",
        ] {
            assert_eq!(defused(text), format!("'{text}"));
        }
        for text in [
            "Patch the servers",
            "'s-Hertogenbosch",
            "CI-001",
            "2026-11-30",
            "",
        ] {
            assert_eq!(defused(text), text);
        }
    }

    proptest! {
        #[test]
        fn every_text_reads_back_as_it_was_written(text in "['=+@a -]{0,6}.{0,20}") {
            let cell = defused(&text);
            prop_assert_eq!(restored(&cell), text.as_str());
        }

        #[test]
        fn no_written_cell_starts_a_formula(text in "['=+@a \t-]{0,6}.{0,20}") {
            let cell = defused(&text);
            prop_assert!(!cell.chars().next().is_some_and(starts_formula));
        }
    }
}
