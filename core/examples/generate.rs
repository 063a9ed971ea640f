//! Writes a workspace file for measurements: the example plus N generated items.
//!
//! `cargo run -p isms-core --example generate -- 5000 2026-11-27 > big.json`

use chrono::{NaiveDate, TimeZone, Utc};
use isms_core::{example, file, i18n::Lang};

fn main() {
    let mut args = std::env::args().skip(1);
    let extra: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5000);
    let today = args
        .next()
        .and_then(|a| NaiveDate::parse_from_str(&a, "%Y-%m-%d").ok())
        .unwrap_or_else(|| NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or_default());
    let now = Utc.from_utc_datetime(&today.and_hms_opt(12, 0, 0).unwrap_or_default());
    let ws = example::large(extra, Lang::En, today, now);
    // --compact writes the storage form (what the browser keeps); the default is the export form.
    let compact = std::env::args().any(|a| a == "--compact");
    print!(
        "{}",
        if compact {
            file::save_compact(&ws)
        } else {
            file::save(&ws)
        }
    );
}
