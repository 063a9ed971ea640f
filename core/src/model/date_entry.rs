//! What a date field's text means while someone may still be typing it.
//!
//! Browsers report a date field's value as soon as every part of it has one. Typing the year
//! 2026 into an empty field in Chromium therefore reports the years 2, 20 and 202 before 2026,
//! and each report is a `change`: taken as it comes, an item's history would log its due date
//! moving through the years 2, 20 and 202 — evidence no auditor should read. A date is taken
//! only once its year is one an ISMS record can have ([`ENTRY_YEARS`]); until then the form
//! holds it, and says so if the field is left that way.
//!
//! Likewise, a field with one part blanked (Backspace on the month, to type another) has an
//! empty value, as an emptied field has; browsers tell the two apart only by flagging the first
//! as bad input. Taken as "cleared", it would remove the date and log that, before the new month
//! is typed.

use chrono::{Datelike, NaiveDate};
use std::ops::RangeInclusive;

use super::parse_iso_date;

/// The years a date typed into a form may have: wide enough for any record an ISMS keeps or
/// plans, narrow enough to leave out every year met while a four-digit year is being typed.
pub const ENTRY_YEARS: RangeInclusive<i32> = 1900..=2199;

/// A date field's text, read for the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateEntry {
    /// The field was emptied: the date is removed.
    Cleared,
    /// A whole date with a year in [`ENTRY_YEARS`]: taken.
    Date(NaiveDate),
    /// Not (yet) a date to take — a year still being typed, or out of range: nothing changes.
    Unfinished,
}

/// Reads a date field's value (`YYYY-MM-DD`, as browsers give it, or empty) and whether the
/// browser flags it as bad input (`validity.badInput`: some parts filled, some blank).
pub fn date_entry(text: &str, bad_input: bool) -> DateEntry {
    let text = text.trim();
    if text.is_empty() {
        return if bad_input {
            DateEntry::Unfinished
        } else {
            DateEntry::Cleared
        };
    }
    match parse_iso_date(text) {
        Some(date) if ENTRY_YEARS.contains(&date.year()) => DateEntry::Date(date),
        _ => DateEntry::Unfinished,
    }
}

/// What a field's date records, which decides which whole dates it takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateMeaning {
    /// Any day: a plan, a due date, a period.
    #[default]
    Any,
    /// The day something happened (identified, verified, done, communicated): evidence that
    /// cannot be dated after the day it is written down.
    Happened,
}

impl DateMeaning {
    /// Whether a date recording this takes `day` on `today`: a day that happened is not one
    /// still to come. The one rule for the form's fields, the CSV import and a held review's day.
    pub fn takes(self, day: NaiveDate, today: NaiveDate) -> bool {
        self == DateMeaning::Any || day <= today
    }
}

/// Why a field does not take a date that is whole and readable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryRefusal {
    /// The field must hold a date and was emptied.
    Required,
    /// A day still to come, where the field records what happened.
    StillToCome,
}

/// Whether a field recording `meaning`, which must hold a date when `required`, refuses `entry`
/// on `today`. [`DateEntry::Unfinished`] is not refused here: the form holds it as it is.
pub fn refusal(
    entry: DateEntry,
    meaning: DateMeaning,
    required: bool,
    today: NaiveDate,
) -> Option<EntryRefusal> {
    match entry {
        DateEntry::Cleared if required => Some(EntryRefusal::Required),
        DateEntry::Date(day) if !meaning.takes(day, today) => Some(EntryRefusal::StillToCome),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_day_still_to_come_is_refused_only_where_the_field_records_what_happened() {
        let today = day(2026, 11, 30);
        let tomorrow = DateEntry::Date(day(2026, 12, 1));
        assert_eq!(
            refusal(tomorrow, DateMeaning::Happened, false, today),
            Some(EntryRefusal::StillToCome)
        );
        assert_eq!(refusal(tomorrow, DateMeaning::Any, false, today), None);
        for happened in [today, day(2020, 1, 1)] {
            let entry = DateEntry::Date(happened);
            assert_eq!(refusal(entry, DateMeaning::Happened, true, today), None);
        }
    }

    #[test]
    fn a_day_that_happened_is_today_or_before_and_any_other_day_is_taken() {
        let today = day(2026, 11, 30);
        assert!(DateMeaning::Happened.takes(today, today));
        assert!(!DateMeaning::Happened.takes(day(2026, 12, 1), today));
        assert!(DateMeaning::Any.takes(day(2027, 6, 1), today));
    }

    #[test]
    fn clearing_is_refused_only_where_a_date_is_required_and_an_unfinished_entry_never_is() {
        let today = day(2026, 11, 30);
        for meaning in [DateMeaning::Any, DateMeaning::Happened] {
            assert_eq!(
                refusal(DateEntry::Cleared, meaning, true, today),
                Some(EntryRefusal::Required)
            );
            assert_eq!(refusal(DateEntry::Cleared, meaning, false, today), None);
            assert_eq!(refusal(DateEntry::Unfinished, meaning, true, today), None);
        }
    }

    #[test]
    fn a_year_being_typed_is_not_taken_until_it_is_whole() {
        let typed: Vec<DateEntry> = ["0002-12-24", "0020-12-24", "0202-12-24", "2026-12-24"]
            .into_iter()
            .map(|text| date_entry(text, false))
            .collect();
        let day = NaiveDate::from_ymd_opt(2026, 12, 24).unwrap();
        assert_eq!(
            typed,
            [
                DateEntry::Unfinished,
                DateEntry::Unfinished,
                DateEntry::Unfinished,
                DateEntry::Date(day)
            ]
        );
    }

    #[test]
    fn an_emptied_field_clears_the_date_and_a_stray_year_is_held() {
        let date_entry = |text| date_entry(text, false);
        assert_eq!(date_entry(""), DateEntry::Cleared);
        assert_eq!(date_entry("  "), DateEntry::Cleared);
        // A fifth digit typed after the year (Chromium takes years up to 275760).
        assert_eq!(date_entry("20265-12-24"), DateEntry::Unfinished);
        assert_eq!(date_entry("1899-12-31"), DateEntry::Unfinished);
        assert_eq!(date_entry("2200-01-01"), DateEntry::Unfinished);
        assert_eq!(date_entry("2026-02-30"), DateEntry::Unfinished);
        assert_eq!(
            date_entry("1900-01-01"),
            DateEntry::Date(NaiveDate::from_ymd_opt(1900, 1, 1).unwrap())
        );
    }

    #[test]
    fn a_field_with_a_part_blanked_is_not_an_emptied_one() {
        assert_eq!(date_entry("", true), DateEntry::Unfinished);
        assert_eq!(date_entry("", false), DateEntry::Cleared);
    }

    proptest! {
        #[test]
        fn every_date_in_the_entry_years_is_taken_as_written(days in 0i64..(300 * 366)) {
            let d = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Days::new(days as u64);
            let expected = if ENTRY_YEARS.contains(&d.year()) { DateEntry::Date(d) } else { DateEntry::Unfinished };
            prop_assert_eq!(date_entry(&d.to_string(), false), expected);
        }

        #[test]
        fn no_year_below_a_thousand_is_taken(year in 0i32..1000, ordinal in 1u32..=365) {
            let d = NaiveDate::from_yo_opt(year, ordinal).unwrap();
            prop_assert_eq!(date_entry(&d.to_string(), false), DateEntry::Unfinished);
        }
    }
}
