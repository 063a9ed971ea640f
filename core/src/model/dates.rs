//! Reading dates and timestamps quickly.
//!
//! A register of thousands of items holds several dates per item. chrono reads them through its
//! general format parser, which took about a tenth of the time of loading a 5,000-item workspace
//! (natively; more in a browser that has not yet optimised that code). The forms this app
//! writes — `2026-11-28` and `2026-11-28T09:30:00.123Z` — are read here directly; anything else
//! still goes to chrono, so every file that loaded before still loads.
//!
//! Writing stays with chrono's `Serialize`, so saved bytes do not change.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone, Utc};
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use std::fmt;

/// The value of an all-digit ASCII field of one to nine digits, or `None`.
pub(crate) fn digits(bytes: &[u8]) -> Option<u32> {
    if bytes.is_empty() || bytes.len() > 9 {
        return None;
    }
    bytes.iter().try_fold(0u32, |n, b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

/// `YYYY-MM-DD`, exactly as an HTML date field and this app write it.
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = i32::try_from(digits(&b[..4])?).ok()?;
    NaiveDate::from_ymd_opt(year, digits(&b[5..7])?, digits(&b[8..10])?)
}

/// A date as spreadsheets write it: `2026-11-28`, `2026/11/28`, `28-11-2026`, `28/11/2026` or
/// `28.11.2026` (day and month may have one digit). Day first is the Dutch and European order;
/// the month-first American order is not guessed at, since `03/04/2026` would be ambiguous.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let sep = text.bytes().find(|b| matches!(b, b'-' | b'/' | b'.'))?;
    let mut parts = text.split(sep as char);
    let (a, b, c) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let short = |s: &str| (1..=2).contains(&s.len());
    let (year, month, day) = if a.len() == 4 && short(b) && short(c) && sep != b'.' {
        (a, b, c)
    } else if c.len() == 4 && short(a) && short(b) {
        (c, b, a)
    } else {
        return None;
    };
    let year = i32::try_from(digits(year.as_bytes())?).ok()?;
    NaiveDate::from_ymd_opt(year, digits(month.as_bytes())?, digits(day.as_bytes())?)
}

/// `YYYY-MM-DDTHH:MM:SS`, optionally with a fraction of up to nine digits, then `Z` or an
/// offset `±HH:MM`: the RFC 3339 form chrono and browsers write.
pub fn parse_timestamp(text: &str) -> Option<DateTime<Utc>> {
    let b = text.as_bytes();
    if b.len() < 20 || !matches!(b[10], b'T' | b't' | b' ') || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let date = parse_iso_date(&text[..10])?;
    let (hour, minute, second) = (
        digits(&b[11..13])?,
        digits(&b[14..16])?,
        digits(&b[17..19])?,
    );
    let mut rest = &b[19..];
    let mut nanos = 0;
    if let Some(fraction) = rest.strip_prefix(b".") {
        let len = fraction.iter().take_while(|c| c.is_ascii_digit()).count();
        if len == 0 || len > 9 {
            return None;
        }
        nanos = digits(&fraction[..len])? * 10u32.pow(9 - len as u32);
        rest = &fraction[len..];
    }
    let offset_seconds = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let minutes = digits(&[*h1, *h2])? * 60 + digits(&[*m1, *m2])?;
            let seconds = i32::try_from(minutes * 60).ok()?;
            if *sign == b'-' {
                -seconds
            } else {
                seconds
            }
        }
        _ => return None,
    };
    let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)?;
    let offset = FixedOffset::east_opt(offset_seconds)?;
    offset
        .from_local_datetime(&date.and_time(time))
        .single()
        .map(|t| t.with_timezone(&Utc))
}

struct DateVisitor;

impl Visitor<'_> for DateVisitor {
    type Value = NaiveDate;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a date written YYYY-MM-DD")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<NaiveDate, E> {
        match parse_iso_date(text) {
            Some(date) => Ok(date),
            None => text.parse().map_err(E::custom),
        }
    }
}

struct TimestampVisitor;

impl Visitor<'_> for TimestampVisitor {
    type Value = DateTime<Utc>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an RFC 3339 date and time")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<DateTime<Utc>, E> {
        match parse_timestamp(text) {
            Some(at) => Ok(at),
            None => text
                .parse::<DateTime<FixedOffset>>()
                .map(|t| t.with_timezone(&Utc))
                .map_err(E::custom),
        }
    }
}

struct Date(NaiveDate);

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(DateVisitor).map(Date)
    }
}

struct Timestamp(DateTime<Utc>);

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(TimestampVisitor).map(Timestamp)
    }
}

/// For `#[serde(deserialize_with)]` on a `NaiveDate`.
pub fn date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    Date::deserialize(d).map(|x| x.0)
}

/// For `#[serde(deserialize_with)]` on an `Option<NaiveDate>` (add `default`).
pub fn opt_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    Option::<Date>::deserialize(d).map(|x| x.map(|x| x.0))
}

/// For `#[serde(deserialize_with)]` on a `DateTime<Utc>`.
pub fn timestamp<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    Timestamp::deserialize(d).map(|x| x.0)
}

/// For `#[serde(deserialize_with)]` on an `Option<DateTime<Utc>>` (add `default`).
pub fn opt_timestamp<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
    Option::<Timestamp>::deserialize(d).map(|x| x.map(|x| x.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day() -> impl Strategy<Value = NaiveDate> {
        (1i32..=9999, 1u32..=366)
            .prop_filter_map("a real day", |(y, n)| NaiveDate::from_yo_opt(y, n))
    }

    proptest! {
        #[test]
        fn iso_dates_read_as_chrono_reads_them(d in day()) {
            let text = d.to_string();
            prop_assert_eq!(parse_iso_date(&text), Some(d));
            prop_assert_eq!(parse_date(&text), Some(d));
        }

        #[test]
        fn timestamps_read_as_chrono_reads_them(
            d in day(),
            secs in 0u32..86_400,
            nanos in prop_oneof![Just(0u32), 0u32..1_000_000_000, (0u32..1000).prop_map(|ms| ms * 1_000_000)],
            offset_min in prop_oneof![Just(0i32), -(23 * 60 + 59)..=(23 * 60 + 59)],
        ) {
            let time = NaiveTime::from_num_seconds_from_midnight_opt(secs, nanos).unwrap();
            let offset = FixedOffset::east_opt(offset_min * 60).unwrap();
            let Some(at) = offset.from_local_datetime(&d.and_time(time)).single() else {
                return Ok(());
            };
            // chrono's own serialisation (`Z` for UTC), and the offset form other tools write.
            for text in [serde_json::to_value(at.with_timezone(&Utc)).unwrap(), serde_json::to_value(at).unwrap()] {
                let text = text.as_str().unwrap().to_owned();
                let ours = parse_timestamp(&text);
                let chrono = text.parse::<DateTime<FixedOffset>>().ok().map(|t| t.with_timezone(&Utc));
                prop_assert!(ours.is_some(), "{} not read", text);
                prop_assert_eq!(ours, chrono);
            }
        }

        #[test]
        fn spreadsheet_dates_read_as_chrono_reads_them(d in day().prop_filter("4-digit year", |d| chrono::Datelike::year(d) >= 1000), padded in any::<bool>()) {
            use chrono::Datelike;
            let (dd, mm) = if padded {
                (format!("{:02}", d.day()), format!("{:02}", d.month()))
            } else {
                (d.day().to_string(), d.month().to_string())
            };
            let y = d.year();
            for (text, format) in [
                (format!("{y}-{mm}-{dd}"), "%Y-%m-%d"),
                (format!("{dd}-{mm}-{y}"), "%d-%m-%Y"),
                (format!("{dd}/{mm}/{y}"), "%d/%m/%Y"),
                (format!("{dd}.{mm}.{y}"), "%d.%m.%Y"),
                (format!("{y}/{mm}/{dd}"), "%Y/%m/%d"),
            ] {
                prop_assert_eq!(NaiveDate::parse_from_str(&text, format).ok(), Some(d));
                prop_assert_eq!(parse_date(&text), Some(d), "{}", text);
            }
        }

        #[test]
        fn no_text_panics_the_readers(text in "\\PC{0,40}") {
            let _ = parse_iso_date(&text);
            let _ = parse_date(&text);
            let _ = parse_timestamp(&text);
        }
    }

    #[test]
    fn impossible_and_unusual_dates() {
        assert_eq!(parse_iso_date("2026-02-30"), None);
        assert_eq!(parse_iso_date("2026-2-3"), None);
        assert_eq!(
            parse_date("03/04/2026"),
            NaiveDate::from_ymd_opt(2026, 4, 3)
        );
        assert_eq!(parse_date("2026.04.03"), None);
        assert_eq!(parse_date("3-4"), None);
        assert_eq!(parse_timestamp("2026-11-28T25:00:00Z"), None);
        assert_eq!(parse_timestamp("2026-11-28T10:00:00.Z"), None);
    }

    #[test]
    fn other_forms_still_load_through_chrono() {
        let d: NaiveDate = date(serde_json::json!("+2026-11-28")).unwrap();
        assert_eq!(d, NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
        let t = timestamp(serde_json::json!("2026-11-28T10:00:00+0100")).unwrap();
        assert_eq!(t.to_rfc3339(), "2026-11-28T09:00:00+00:00");
        assert!(date(serde_json::json!("28 November")).is_err());
    }
}
