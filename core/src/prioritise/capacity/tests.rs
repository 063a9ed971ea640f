//! The capacity plan: budget respected, mandatory work and dependencies included, and equal to
//! brute force on small inputs for independent items, forests and general graphs.

use super::*;
use crate::arb::base_time;
use crate::lifecycle::Stage;
use crate::model::{Grade, Kind, Nonconformity};
use proptest::prelude::*;

fn item(n: u32, impact: u8, days: Option<u32>) -> Item {
    let mut it = crate::arb::rated(n, impact, 3, 3);
    it.inputs.person_days = days;
    it
}

fn major(n: u32, days: u32) -> Item {
    let mut it = item(n, 5, Some(days));
    it.id = ItemId::new(Kind::CorrectiveAction, n);
    it.kind = Kind::CorrectiveAction;
    it.nonconformity = Some(Box::new(Nonconformity {
        grade: Grade::Major,
        ..Nonconformity::default()
    }));
    it
}

fn today() -> NaiveDate {
    base_time().date_naive()
}

fn ids(items: &[Item], list: &[usize]) -> Vec<String> {
    list.iter().map(|i| items[*i].id.to_string()).collect()
}

#[test]
fn the_best_combination_wins_over_the_greedy_one() {
    // Impact 5 scores 57.5 for 6 days; impact 4 scores 50 for 3 days, twice.
    let items = vec![
        item(1, 5, Some(6)),
        item(2, 4, Some(3)),
        item(3, 4, Some(3)),
    ];
    let p = plan(&items, &Settings::default(), today(), 6);
    assert_eq!(ids(&items, &p.chosen), ["CI-002", "CI-003"]);
    assert_eq!(
        (p.days, p.method, p.proven_optimal),
        (6, Method::Knapsack, true)
    );
    assert_eq!(
        p.left_out,
        vec![LeftOut {
            index: 0,
            why: Why::DoesNotFit
        }]
    );
}

#[test]
fn mandatory_corrective_actions_are_always_in_even_over_budget() {
    let items = vec![item(1, 5, Some(2)), major(1, 8)];
    let p = plan(&items, &Settings::default(), today(), 5);
    assert_eq!(ids(&items, &p.chosen), ["CA-001"]);
    assert_eq!(p.over_budget, 3);
    assert_eq!(ids(&items, &p.mandatory), ["CA-001"]);
}

#[test]
fn a_mandatory_item_pulls_in_what_it_depends_on() {
    let mut ca = major(1, 2);
    ca.links
        .depends_on
        .push(ItemId::new(Kind::ContinualImprovement, 1));
    let items = vec![item(1, 1, Some(3)), ca];
    let p = plan(&items, &Settings::default(), today(), 5);
    assert_eq!(ids(&items, &p.mandatory), ["CA-001", "CI-001"]);
}

#[test]
fn items_left_out_say_why() {
    let mut blocked = item(3, 5, Some(1));
    blocked
        .links
        .depends_on
        .push(ItemId::new(Kind::ContinualImprovement, 2));
    let mut chained = item(4, 5, Some(1));
    chained
        .links
        .depends_on
        .push(ItemId::new(Kind::ContinualImprovement, 3));
    let mut unscored = item(5, 5, Some(1));
    unscored.inputs.urgency = None;
    let mut done_dep = item(6, 5, Some(1));
    done_dep
        .links
        .depends_on
        .push(ItemId::new(Kind::ContinualImprovement, 7));
    let mut closed = item(7, 5, Some(1));
    closed.stage = Stage::Closed;
    let items = vec![
        item(1, 5, Some(1)),
        item(2, 5, None),
        blocked,
        chained,
        unscored,
        done_dep,
        closed,
    ];
    let p = plan(&items, &Settings::default(), today(), 10);
    let why = |n: usize| {
        p.left_out
            .iter()
            .find(|l| l.index == n)
            .map(|l| l.why.clone())
    };
    assert_eq!(why(1), Some(Why::NoEstimate));
    assert_eq!(
        why(2),
        Some(Why::DependsOn(ItemId::new(Kind::ContinualImprovement, 2)))
    );
    assert_eq!(
        why(3),
        Some(Why::DependsOn(ItemId::new(Kind::ContinualImprovement, 3)))
    );
    assert_eq!(why(4), Some(Why::NotRankable(vec![Factor::Urgency])));
    assert_eq!(
        ids(&items, &p.chosen),
        ["CI-001", "CI-006"],
        "a closed dependency is met"
    );
}

#[test]
fn a_forest_uses_tree_knapsack_and_a_graph_branch_and_bound() {
    let mut child = item(2, 5, Some(1));
    child
        .links
        .depends_on
        .push(ItemId::new(Kind::ContinualImprovement, 1));
    let items = vec![item(1, 1, Some(1)), child.clone()];
    let p = plan(&items, &Settings::default(), today(), 2);
    assert_eq!(
        (p.method, ids(&items, &p.chosen).len()),
        (Method::TreeKnapsack, 2)
    );
    let p = plan(&items, &Settings::default(), today(), 1);
    assert_eq!(
        ids(&items, &p.chosen),
        ["CI-001"],
        "the child cannot come without its parent"
    );
    let mut both = item(3, 5, Some(1));
    both.links.depends_on = vec![
        ItemId::new(Kind::ContinualImprovement, 1),
        ItemId::new(Kind::ContinualImprovement, 2),
    ];
    let items = vec![item(1, 1, Some(1)), child, both];
    let p = plan(&items, &Settings::default(), today(), 3);
    assert_eq!(
        (p.method, p.proven_optimal, p.chosen.len()),
        (Method::BranchAndBound, true, 3)
    );
}

/// A small register: each item may depend on any earlier ones; some are major CAs.
fn small_register() -> impl Strategy<Value = (Vec<Item>, u32)> {
    let spec = (
        1u8..=5,
        proptest::option::of(0u32..8),
        proptest::collection::vec(any::<bool>(), 0..10),
        0u8..10,
    );
    (proptest::collection::vec(spec, 1..10), 0u32..25).prop_map(|(specs, budget)| {
        let mut items: Vec<Item> = Vec::new();
        for (n, (impact, days, links, kind)) in specs.into_iter().enumerate() {
            let n = n as u32 + 1;
            let mut it = if kind == 0 {
                major(n, days.unwrap_or(1))
            } else {
                item(n, impact, days)
            };
            if kind == 1 {
                it.stage = Stage::Closed;
            }
            for (j, link) in links.iter().enumerate() {
                if *link && j < items.len() && j % 3 != 1 {
                    it.links.depends_on.push(items[j].id);
                }
            }
            items.push(it);
        }
        (items, budget)
    })
}

/// The best value over every subset that keeps the rules, by enumeration.
fn brute_force(items: &[Item], p: &CapacityPlan) -> f64 {
    let ranking = rank(items, &Settings::default(), today());
    let score = |i: usize| {
        ranking
            .ranked
            .iter()
            .find(|r| r.index == i)
            .map(|r| r.score)
            .unwrap_or(0.0)
    };
    let pool: Vec<usize> = p
        .chosen
        .iter()
        .copied()
        .chain(
            p.left_out
                .iter()
                .filter(|l| l.why == Why::DoesNotFit)
                .map(|l| l.index),
        )
        .collect();
    let index_of = |id: &ItemId| items.iter().position(|i| &i.id == id);
    let mandatory_days: u32 = p
        .mandatory
        .iter()
        .map(|i| items[*i].inputs.person_days.unwrap_or(0))
        .sum();
    let room = p.budget.saturating_sub(mandatory_days);
    let mut best = f64::NEG_INFINITY;
    for mask in 0u32..(1 << pool.len()) {
        let set: Vec<usize> = (0..pool.len())
            .filter(|b| mask & (1 << b) != 0)
            .map(|b| pool[b])
            .collect();
        if !p.mandatory.iter().all(|m| set.contains(m)) {
            continue;
        }
        let deps_ok = set.iter().all(|&i| {
            items[i]
                .links
                .depends_on
                .iter()
                .filter_map(index_of)
                .filter(|&d| items[d].is_open())
                .all(|d| set.contains(&d))
        });
        let optional_days: u32 = set
            .iter()
            .filter(|i| !p.mandatory.contains(i))
            .map(|i| items[*i].inputs.person_days.unwrap_or(0))
            .sum();
        if deps_ok && optional_days <= room {
            best = best.max(set.iter().map(|i| score(*i)).sum());
        }
    }
    best
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_plan_keeps_every_rule_and_equals_brute_force((items, budget) in small_register()) {
        let p = plan(&items, &Settings::default(), today(), budget);
        let mandatory_days: u32 = p.mandatory.iter().map(|i| items[*i].inputs.person_days.unwrap_or(0)).sum();
        prop_assert!(p.days <= budget.max(mandatory_days), "{} days over a budget of {budget}", p.days);
        for m in &p.mandatory {
            prop_assert!(p.chosen.contains(m));
        }
        for (i, it) in items.iter().enumerate() {
            if it.is_major_nonconformity() && it.is_open() && it.inputs.person_days.is_some() {
                let blocked = p.left_out.iter().any(|l| l.index == i);
                prop_assert!(blocked || p.mandatory.contains(&i));
            }
        }
        for &c in &p.chosen {
            for dep in &items[c].links.depends_on {
                let d = items.iter().position(|i| &i.id == dep).unwrap();
                prop_assert!(!items[d].is_open() || p.chosen.contains(&d), "{} without {}", items[c].id, dep);
            }
        }
        prop_assert!(p.proven_optimal);
        let best = brute_force(&items, &p);
        prop_assert!((p.value - best).abs() < 1e-6, "plan {} vs brute force {best} ({:?})", p.value, p.method);
    }
}
