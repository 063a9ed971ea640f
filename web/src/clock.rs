//! The browser's clock and time zone, read only here: core never reads a clock, the app passes
//! these in. Instants are kept in UTC; a person is shown them in their own time zone.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

/// The current instant.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// Today's date in the user's own time zone.
pub fn today() -> NaiveDate {
    local(now()).date
}

/// The last moment of `day` in the user's time zone (a millisecond before the next midnight), so
/// that it is shown as that day's 23:59.
pub fn end_of_day(day: NaiveDate) -> DateTime<Utc> {
    let next = js_sys::Date::new_with_year_month_day(
        day.year() as u32,
        day.month0() as i32,
        day.day() as i32 + 1,
    );
    DateTime::from_timestamp_millis(next.get_time() as i64 - 1).unwrap_or_default()
}

/// An instant as the user's own clock and calendar show it.
pub struct Local {
    pub date: NaiveDate,
    pub hour: u32,
    pub minute: u32,
}

impl Local {
    /// "14:05".
    pub fn time(&self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }
}

/// `at` in the user's time zone: a change made at 00:30 in Amsterdam is dated that day, not the
/// day before (its date in UTC).
pub fn local(at: DateTime<Utc>) -> Local {
    local_millis(at.timestamp_millis() as f64)
}

/// [`local`] for an instant in milliseconds since 1970 (as JavaScript keeps them).
pub fn local_millis(millis: f64) -> Local {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis));
    Local {
        date: NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
            .unwrap_or_default(),
        hour: d.get_hours(),
        minute: d.get_minutes(),
    }
}
