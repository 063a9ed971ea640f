//! Ranking rules and their properties.

use super::*;
use crate::arb::{self, base_time, rated as item};
use crate::model::{Grade, ItemId, Nonconformity};
use proptest::prelude::*;

fn today() -> NaiveDate {
    base_time().date_naive()
}

fn order(items: &[Item], ranking: &Ranking) -> Vec<String> {
    ranking
        .ranked
        .iter()
        .map(|r| items[r.index].id.to_string())
        .collect()
}

#[test]
fn major_nonconformities_rank_above_every_continual_improvement() {
    let mut ca = item(1, 1, 5, 1);
    ca.id = ItemId::new(Kind::CorrectiveAction, 1);
    ca.kind = Kind::CorrectiveAction;
    ca.nonconformity = Some(Box::new(Nonconformity {
        grade: Grade::Major,
        ..Nonconformity::default()
    }));
    let items = vec![item(1, 5, 1, 5), ca.clone()];
    let r = rank(&items, &Settings::default(), today());
    assert_eq!(order(&items, &r), ["CA-001", "CI-001"]);
    assert!(r.ranked[0].mandatory && !r.ranked[1].mandatory);
    if let Some(nc) = ca.nonconformity.as_mut() {
        nc.grade = Grade::Minor;
    }
    let items = vec![item(1, 5, 1, 5), ca];
    assert_eq!(
        order(&items, &rank(&items, &Settings::default(), today())),
        ["CI-001", "CA-001"]
    );
}

#[test]
fn ties_break_by_due_date_then_id() {
    let mut a = item(3, 3, 3, 3);
    let mut b = item(2, 3, 3, 3);
    let c = item(1, 3, 3, 3);
    a.plan.due = NaiveDate::from_ymd_opt(2026, 2, 1);
    b.plan.due = NaiveDate::from_ymd_opt(2026, 3, 1);
    let items = vec![c, b, a];
    assert_eq!(
        order(&items, &rank(&items, &Settings::default(), today())),
        ["CI-003", "CI-002", "CI-001"]
    );
    let wide = vec![item(1000, 3, 3, 3), item(999, 3, 3, 3)];
    assert_eq!(
        order(&wide, &rank(&wide, &Settings::default(), today())),
        ["CI-999", "CI-1000"],
        "ids compare by number"
    );
}

#[test]
fn overdue_items_are_flagged_and_closed_or_held_items_are_not_ranked() {
    let mut late = item(1, 3, 3, 3);
    late.plan.due = today().pred_opt();
    let mut closed = item(2, 5, 1, 5);
    closed.stage = Stage::Closed;
    let mut held = item(3, 5, 1, 5);
    held.stage = Stage::OnHold;
    let mut unscored = item(4, 5, 1, 5);
    unscored.inputs.effort = None;
    let items = vec![late, closed, held, unscored];
    let r = rank(&items, &Settings::default(), today());
    assert_eq!(r.ranked.len(), 1);
    assert!(r.ranked[0].overdue);
    assert_eq!(
        r.unrankable,
        vec![Unrankable {
            index: 3,
            needs: vec![Factor::Effort]
        }]
    );
}

#[test]
fn the_ranking_carries_the_quadrant() {
    let items = vec![item(1, 5, 1, 3), item(2, 1, 5, 3)];
    let r = rank(&items, &Settings::default(), today());
    assert_eq!(r.ranked[0].quadrant, Some(Quadrant::QuickWin));
    assert_eq!(r.ranked[1].quadrant, Some(Quadrant::ThanklessTask));
}

fn any_model() -> impl Strategy<Value = crate::model::Model> {
    proptest::sample::select(crate::model::Model::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn ranking_is_a_deterministic_permutation_of_the_rankable_items(ws in arb::workspace(), model in any_model()) {
        let settings = Settings { model, ..ws.settings.clone() };
        let r = rank(&ws.items, &settings, today());
        let mut seen: Vec<usize> = r.ranked.iter().map(|x| x.index).chain(r.unrankable.iter().map(|u| u.index)).collect();
        seen.sort_unstable();
        let expected: Vec<usize> = (0..ws.items.len()).filter(|i| is_candidate(&ws.items[*i])).collect();
        prop_assert_eq!(seen, expected);
        prop_assert!(r.ranked.iter().enumerate().all(|(i, x)| x.rank == i + 1));
        let by_index = r.rank_by_index(ws.items.len());
        prop_assert!((0..ws.items.len()).all(|i| by_index[i] == r.rank_of(i)));
        let mut reversed = ws.items.clone();
        reversed.reverse();
        let again = rank(&reversed, &settings, today());
        let ids = |items: &[Item], r: &Ranking| r.ranked.iter().map(|x| items[x.index].id).collect::<Vec<_>>();
        prop_assert_eq!(ids(&ws.items, &r), ids(&reversed, &again));
    }

    #[test]
    fn raising_impact_never_lowers_rank(ws in arb::workspace(), pick in any::<proptest::sample::Index>(), model in any_model()) {
        let settings = Settings { model, ..ws.settings.clone() };
        let r = rank(&ws.items, &settings, today());
        prop_assume!(!r.ranked.is_empty());
        let target = r.ranked[pick.index(r.ranked.len())];
        let impact = ws.items[target.index].inputs.impact.unwrap_or(1);
        prop_assume!(impact < 5);
        let mut raised = ws.items.clone();
        raised[target.index].inputs.impact = Some(impact + 1);
        let after = rank(&raised, &settings, today());
        prop_assert!(after.rank_of(target.index).unwrap() <= target.rank);
    }

    #[test]
    fn the_fast_weighted_score_equals_the_explained_one(ws in arb::workspace()) {
        let share = score::shares(ws.settings.weights.as_array());
        for item in &ws.items {
            let explained = explain(item, crate::model::Model::Weighted, &ws.settings.weights).ok().map(|e| e.score);
            prop_assert_eq!(score::weighted_score(item, &share).map(f64::to_bits), explained.map(f64::to_bits));
        }
    }

    #[test]
    fn every_weighted_explanation_adds_up_to_its_score(ws in arb::workspace()) {
        for item in &ws.items {
            if let Ok(e) = explain(item, crate::model::Model::Weighted, &ws.settings.weights) {
                let sum: f64 = e.terms().iter().filter_map(|t| t.points).sum();
                prop_assert!((sum - e.score).abs() < 1e-9);
                prop_assert!((0.0..=100.0 + 1e-9).contains(&e.score));
            }
        }
    }
}
