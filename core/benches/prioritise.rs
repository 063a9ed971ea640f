//! Prioritisation benchmarks: ranking 1 k / 10 k / 100 k items against the floor of sorting
//! 100 k `f64`, and capacity plans for 500 items × 250 person-days.
//! Run with `./x bench`; figures are recorded in docs/performance.md.

use std::hint::black_box;

use chrono::{NaiveDate, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use isms_core::prioritise::{plan, rank};
use isms_core::{Grade, Item, ItemId, Kind, Nonconformity, ObjectiveId, Settings};

/// A small deterministic generator, so every run measures the same register.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: u32) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % u64::from(bound)) as u32
    }
}

/// `n` open items; `deps` 0 = independent, 1 = forest (≤ 1 dependency), 2 = general graph.
fn register(n: usize, deps: u8) -> Vec<Item> {
    let mut rng = Lcg(42);
    let created = Utc
        .with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or_default();
    let mut items: Vec<Item> = Vec::with_capacity(n);
    for i in 0..n {
        let corrective = rng.next(10) == 0;
        let kind = if corrective {
            Kind::CorrectiveAction
        } else {
            Kind::ContinualImprovement
        };
        let mut it = Item::blank(ItemId::new(kind, i as u32 + 1), kind, created);
        it.inputs.impact = Some(1 + rng.next(5) as u8);
        it.inputs.effort = Some(1 + rng.next(5) as u8);
        it.inputs.urgency = Some(1 + rng.next(5) as u8);
        it.inputs.person_days = Some(1 + rng.next(20));
        it.plan.due = NaiveDate::from_ymd_opt(2026, 1 + rng.next(12), 1 + rng.next(28));
        if rng.next(3) == 0 {
            it.links.objectives.push(ObjectiveId::new(1));
        }
        if corrective {
            let grade = if rng.next(5) == 0 {
                Grade::Major
            } else {
                Grade::Minor
            };
            it.nonconformity = Some(Box::new(Nonconformity {
                grade,
                ..Nonconformity::default()
            }));
        }
        if deps > 0 && i > 0 && rng.next(4) == 0 {
            it.links
                .depends_on
                .push(items[rng.next(i as u32) as usize].id);
            if deps > 1 && i > 1 && rng.next(3) == 0 {
                let other = items[rng.next(i as u32) as usize].id;
                if !it.links.depends_on.contains(&other) {
                    it.links.depends_on.push(other);
                }
            }
        }
        items.push(it);
    }
    items
}

fn ranking(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap_or_default();
    let settings = Settings::default();
    let mut group = c.benchmark_group("rank");
    for n in [1_000, 10_000, 100_000] {
        let items = register(n, 0);
        group.bench_with_input(BenchmarkId::from_parameter(n), &items, |b, items| {
            b.iter(|| rank(black_box(items), &settings, today))
        });
    }
    let mut rng = Lcg(7);
    let floats: Vec<f64> = (0..100_000)
        .map(|_| f64::from(rng.next(1_000_000)) / 7.0)
        .collect();
    group.bench_function("sort 100000 f64 (floor)", |b| {
        b.iter(|| {
            let mut v = floats.clone();
            v.sort_unstable_by(|a, b| b.total_cmp(a));
            v
        })
    });
    group.finish();
}

fn capacity(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap_or_default();
    let settings = Settings::default();
    let mut group = c.benchmark_group("capacity 500 items x 250 days");
    for (name, deps) in [("independent", 0), ("forest", 1), ("general graph", 2)] {
        let items = register(500, deps);
        group.bench_function(name, |b| {
            b.iter(|| plan(black_box(&items), &settings, today, 250))
        });
    }
    group.finish();
}

criterion_group!(benches, ranking, capacity);
criterion_main!(benches);
