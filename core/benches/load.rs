//! Loading benchmarks: the storage form of the example plus 5,000 generated items (what the
//! app reads from the browser's storage at start), parsed and validated; validation alone;
//! saving; the register's search index, built and searched; and the dated work by who carries
//! it (the People page's follow-up).
//! Run with `./x bench`; figures are recorded in docs/performance.md.

use std::hint::black_box;

use chrono::{NaiveDate, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use isms_core::search::SearchIndex;
use isms_core::{example, file, follow_up, i18n::Lang};

fn loading(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
    let now = Utc
        .with_ymd_and_hms(2026, 11, 28, 12, 0, 0)
        .single()
        .unwrap_or_default();
    let ws = example::large(5000, Lang::En, today, now);
    let text = file::save_compact(&ws);
    c.bench_function("load 5,011 items (storage form)", |b| {
        b.iter(|| file::load_str(black_box(&text)))
    });
    c.bench_function("validate 5,011 items", |b| {
        b.iter(|| file::validate(black_box(&ws)))
    });
    c.bench_function("save 5,011 items (storage form)", |b| {
        b.iter(|| file::save_compact(black_box(&ws)))
    });
    c.bench_function("search index for 5,011 items", |b| {
        b.iter(|| SearchIndex::build(black_box(&ws)))
    });
    let index = SearchIndex::build(&ws);
    for query in ["p", "patch", "patch server"] {
        let words = SearchIndex::words(query);
        c.bench_function(&format!("search 5,011 items for “{query}”"), |b| {
            b.iter(|| index.matching(black_box(&words)))
        });
    }
    c.bench_function("follow-up per person, 5,011 items", |b| {
        b.iter(|| follow_up::follow_up(black_box(&ws), today, follow_up::LOOK_AHEAD_DAYS))
    });
}

criterion_group!(benches, loading);
criterion_main!(benches);
