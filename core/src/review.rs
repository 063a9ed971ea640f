//! The management review input (clause 9.3.2): what the register says about a period — how the
//! actions from management reviews stand, what was found and where, what was closed and whether
//! it worked (each against the period of equal length just before, so the review sees trends),
//! what is still open or late, the open opportunities for improvement in backlog order, and how
//! each information security objective is served. A review recorded as held keeps a copy of its
//! input ([`crate::held_review`]), which is why these types are (de)serialisable.

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::lifecycle::Stage;
use crate::model::{
    Effectiveness, Grade, Item, ItemId, Kind, ObjectiveId, PersonId, Source, Workspace,
};
use crate::views;

/// A closed item and what its verification showed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub id: ItemId,
    pub title: String,
    #[serde(deserialize_with = "crate::model::dates::date")]
    pub closed_on: NaiveDate,
    pub result: Option<Effectiveness>,
    /// KPI name, unit, before, after.
    pub measured: Option<(String, String, f64, f64)>,
    /// The KPI's target and whether the value after reaches it.
    pub target: Option<(f64, bool)>,
}

/// How the register serves one objective.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ObjectiveStatus {
    pub id: ObjectiveId,
    pub title: String,
    /// How it is to be reached (the objective's description).
    pub plan: String,
    pub target: String,
    pub open: usize,
    pub closed: usize,
}

/// An improvement a management review decided on, as it stands now (9.3.2 a).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewAction {
    pub id: ItemId,
    pub title: String,
    #[serde(deserialize_with = "crate::model::dates::date")]
    pub identified_on: NaiveDate,
    pub owner: Option<PersonId>,
    pub stage: Stage,
    #[serde(default, deserialize_with = "crate::model::dates::opt_date")]
    pub due: Option<NaiveDate>,
    pub overdue: bool,
    #[serde(default, deserialize_with = "crate::model::dates::opt_date")]
    pub closed_on: Option<NaiveDate>,
    pub result: Option<Effectiveness>,
    /// The review that decided it, as the item names it (`MR-001` for a recorded one). Records
    /// made before this field existed have none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub decided_at: String,
}

/// An open continual improvement for the review to weigh (9.3.2 g), with its place in the
/// backlog (`None` while it cannot be ranked yet).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Opportunity {
    pub id: ItemId,
    pub title: String,
    pub rank: Option<usize>,
    pub stage: Stage,
    pub owner: Option<PersonId>,
}

/// The figures of one period that a review compares with the period before.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodCounts {
    pub identified: usize,
    pub nonconformities: usize,
    pub closed: usize,
    pub effective: usize,
    /// Verified not effective or only partially effective.
    pub not_effective: usize,
}

/// The input for one management review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewInput {
    #[serde(deserialize_with = "crate::model::dates::date")]
    pub from: NaiveDate,
    #[serde(deserialize_with = "crate::model::dates::date")]
    pub to: NaiveDate,
    /// The period of the same length that ends the day before `from`.
    #[serde(deserialize_with = "crate::model::dates::date")]
    pub previous_from: NaiveDate,
    #[serde(deserialize_with = "crate::model::dates::date")]
    pub previous_to: NaiveDate,
    /// Actions from management reviews identified up to the end of the period and not finished
    /// before it began, oldest first.
    pub review_actions: Vec<ReviewAction>,
    /// Identified per source, in the period and in the previous one (all sources, zeros included).
    pub identified_by_source: Vec<(Source, usize, usize)>,
    pub counts: PeriodCounts,
    pub previous: PeriodCounts,
    pub outcomes: Vec<Outcome>,
    pub open_corrective_by_grade: Vec<(Grade, usize)>,
    /// Overdue items, actions and effectiveness checks, most late first, as the dashboard lists them.
    pub overdue: Vec<views::Due>,
    /// The open continual improvements (the review's count of them is this list's length):
    /// ranked ones in backlog order, then the others by id.
    pub opportunities: Vec<Opportunity>,
    pub objectives: Vec<ObjectiveStatus>,
}

fn in_period(day: NaiveDate, from: NaiveDate, to: NaiveDate) -> bool {
    day >= from && day <= to
}

/// What one period found and closed, read from the register once for its counts, its sources
/// and its outcomes.
struct Period<'a> {
    found: Vec<&'a Item>,
    closed: Vec<&'a Item>,
}

impl<'a> Period<'a> {
    /// `from`–`to`, both included.
    fn of(ws: &'a Workspace, from: NaiveDate, to: NaiveDate) -> Self {
        Period {
            found: ws
                .items
                .iter()
                .filter(|i| in_period(i.identified_on, from, to))
                .collect(),
            closed: views::closed_between(ws, from, to),
        }
    }

    fn found_from(&self, source: Source) -> usize {
        self.found.iter().filter(|i| i.source == source).count()
    }

    /// What was found, closed and verified.
    fn counts(&self) -> PeriodCounts {
        let result = |r: &[Effectiveness]| {
            self.closed
                .iter()
                .filter(|i| i.verification.result.is_some_and(|x| r.contains(&x)))
                .count()
        };
        PeriodCounts {
            identified: self.found.len(),
            nonconformities: self
                .found
                .iter()
                .filter(|i| i.kind == Kind::CorrectiveAction)
                .count(),
            closed: self.closed.len(),
            effective: result(&[Effectiveness::Effective]),
            not_effective: result(&[
                Effectiveness::NotEffective,
                Effectiveness::PartiallyEffective,
            ]),
        }
    }
}

/// Whether an item was already finished — closed, or rejected and left alone since — before `from`.
fn finished_before(item: &Item, from: NaiveDate) -> bool {
    match item.stage {
        Stage::Closed => item.closed_on.is_some_and(|d| d < from),
        Stage::Rejected => item.updated.date_naive() < from,
        _ => false,
    }
}

/// The management reviews' own actions that the period's review follows up (9.3.2 a).
pub fn review_actions(
    ws: &Workspace,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> Vec<ReviewAction> {
    let mut actions: Vec<ReviewAction> = ws
        .items
        .iter()
        .filter(|i| i.source == Source::ManagementReview && i.identified_on <= to)
        .filter(|i| !finished_before(i, from))
        .map(|i| ReviewAction {
            id: i.id,
            title: i.title.clone(),
            identified_on: i.identified_on,
            owner: i.plan.owner.clone(),
            stage: i.stage,
            due: i.plan.due,
            overdue: i.is_overdue(today),
            closed_on: i.closed_on.filter(|_| i.stage == Stage::Closed),
            result: i.verification.result.filter(|_| i.stage == Stage::Closed),
            decided_at: i.source_ref.trim().to_owned(),
        })
        .collect();
    crate::sorting::sort_by_key(&mut actions, |a| (a.identified_on, a.id));
    actions
}

/// The open continual improvements in the order the backlog ranks them, then those it does not
/// rank (not yet rankable, or on hold), by id.
pub fn opportunities(ws: &Workspace, today: NaiveDate) -> Vec<Opportunity> {
    let rank_of =
        crate::prioritise::rank(&ws.items, &ws.settings, today).rank_by_index(ws.items.len());
    let mut list: Vec<Opportunity> = ws
        .items
        .iter()
        .zip(rank_of)
        .filter(|(i, _)| i.is_open() && i.kind == Kind::ContinualImprovement)
        .map(|(i, rank)| Opportunity {
            id: i.id,
            title: i.title.clone(),
            rank,
            stage: i.stage,
            owner: i.plan.owner.clone(),
        })
        .collect();
    crate::sorting::sort_by_key(&mut list, |o| (o.rank.is_none(), o.rank, o.id));
    list
}

/// The review input for the period `from`–`to` (both included), as the register stands `today`.
pub fn input(ws: &Workspace, from: NaiveDate, to: NaiveDate, today: NaiveDate) -> ReviewInput {
    let previous_to = from - Duration::days(1);
    let previous_from = previous_to - (to - from);
    let (now, before) = (
        Period::of(ws, from, to),
        Period::of(ws, previous_from, previous_to),
    );
    let outcomes: Vec<Outcome> = now
        .closed
        .iter()
        .map(|i| {
            let m = &i.verification.measurement;
            Outcome {
                id: i.id,
                title: i.title.clone(),
                closed_on: i.closed_on.unwrap_or(to),
                result: i.verification.result,
                measured: m
                    .before
                    .zip(m.after)
                    .map(|(b, a)| (m.kpi.clone(), m.unit.clone(), b, a)),
                target: m.target.zip(m.target_met()),
            }
        })
        .collect();
    ReviewInput {
        from,
        to,
        previous_from,
        previous_to,
        review_actions: review_actions(ws, from, to, today),
        identified_by_source: Source::ALL
            .iter()
            .map(|s| (*s, now.found_from(*s), before.found_from(*s)))
            .collect(),
        counts: now.counts(),
        previous: before.counts(),
        outcomes,
        open_corrective_by_grade: views::open_corrective_by_grade(ws),
        overdue: views::overdue(ws, today),
        opportunities: opportunities(ws, today),
        objectives: ws
            .objectives
            .iter()
            .map(|o| {
                let linked = ws
                    .items
                    .iter()
                    .filter(|i| i.links.objectives.contains(&o.id));
                let (open, closed) = linked.fold((0, 0), |(open, closed), i| match i.stage {
                    Stage::Closed => (open, closed + 1),
                    Stage::Rejected => (open, closed),
                    _ => (open + 1, closed),
                });
                ObjectiveStatus {
                    id: o.id.clone(),
                    title: o.title.clone(),
                    plan: o.description.clone(),
                    target: o.target.clone(),
                    open,
                    closed,
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example;
    use crate::i18n::Lang;
    use chrono::{Duration, TimeZone, Utc};

    #[test]
    fn the_review_input_summarises_the_period() {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap();
        let today = now.date_naive();
        let ws = example::workspace(Lang::En, today, now);
        let review = input(&ws, today - Duration::days(365), today, today);
        assert_eq!(review.counts.identified, 11);
        assert_eq!(review.counts.nonconformities, 1);
        assert_eq!(
            review
                .identified_by_source
                .iter()
                .map(|(_, n, _)| n)
                .sum::<usize>(),
            11
        );
        assert_eq!(review.outcomes.len(), 1);
        let closed = &review.outcomes[0];
        assert_eq!(closed.result, Some(Effectiveness::Effective));
        assert_eq!(
            closed.measured.as_ref().map(|m| (m.2, m.3)),
            Some((25.0, 5.0))
        );
        assert_eq!(
            closed.target,
            Some((8.0, true)),
            "25 → 5 reaches a target of 8"
        );
        assert_eq!(
            (
                review.counts.closed,
                review.counts.effective,
                review.counts.not_effective
            ),
            (1, 1, 0)
        );
        assert!(review
            .overdue
            .iter()
            .any(|o| o.item.to_string() == "CI-006" && o.action.is_none()));
        assert_eq!(review.overdue, views::overdue(&ws, today));
        assert_eq!(review.objectives.len(), 4);
        assert_eq!(
            review
                .objectives
                .iter()
                .map(|o| o.open + o.closed)
                .sum::<usize>(),
            10
        );

        let nothing = input(
            &ws,
            today + Duration::days(1),
            today + Duration::days(30),
            today,
        );
        assert_eq!((nothing.counts.identified, nothing.outcomes.len()), (0, 0));
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_previous_period_is_as_long_and_ends_the_day_before() {
        let now = Utc.with_ymd_and_hms(2026, 4, 1, 9, 0, 0).unwrap();
        let mut ws = example::workspace(Lang::En, now.date_naive(), now);
        let (from, to) = (day(2026, 1, 1), day(2026, 3, 31));
        // Two items found in the previous period, one of them from an internal audit.
        ws.items[0].identified_on = day(2025, 12, 31);
        ws.items[0].source = Source::InternalAudit;
        ws.items[1].identified_on = day(2025, 10, 3);
        ws.items[2].identified_on = day(2025, 10, 2);
        for item in &mut ws.items[3..] {
            item.identified_on = day(2026, 2, 1);
        }
        let review = input(&ws, from, to, now.date_naive());
        assert_eq!(review.previous_to, day(2025, 12, 31));
        assert_eq!(review.previous_from, day(2025, 10, 3));
        assert_eq!(
            review.previous_to - review.previous_from,
            review.to - review.from
        );
        assert_eq!(review.previous.identified, 2);
        assert_eq!(review.counts.identified, 8);
        let audit = review
            .identified_by_source
            .iter()
            .find(|(s, _, _)| *s == Source::InternalAudit);
        assert!(audit.is_some_and(|(_, _, before)| *before >= 1));
        let totals = review
            .identified_by_source
            .iter()
            .fold((0, 0), |(a, b), (_, now, before)| (a + now, b + before));
        assert_eq!(totals, (8, 2));
    }

    #[test]
    fn review_actions_leave_out_what_was_finished_before_the_period() {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap();
        let today = now.date_naive();
        let mut ws = example::workspace(Lang::En, today, now);
        let from = today - Duration::days(365);
        let reviewed: Vec<ItemId> = ws
            .items
            .iter()
            .filter(|i| i.source == Source::ManagementReview)
            .map(|i| i.id)
            .collect();
        assert_eq!(reviewed.len(), 2);
        let listed = |ws: &Workspace, from| -> Vec<ItemId> {
            review_actions(ws, from, today, today)
                .iter()
                .map(|a| a.id)
                .collect()
        };
        assert_eq!(listed(&ws, from).len(), 2);
        assert!(review_actions(&ws, from, today, today)
            .iter()
            .all(|a| a.decided_at == "MR-001"));

        // Closed before the period: followed up by an earlier review, not this one.
        let old = ws.items.iter_mut().find(|i| i.id == reviewed[0]).unwrap();
        old.stage = Stage::Closed;
        old.closed_on = Some(from - Duration::days(1));
        old.verification.result = Some(Effectiveness::Effective);
        assert_eq!(listed(&ws, from), vec![reviewed[1]]);
        // Closed within it: listed with its date and result.
        let closed = from + Duration::days(10);
        ws.items
            .iter_mut()
            .find(|i| i.id == reviewed[0])
            .unwrap()
            .closed_on = Some(closed);
        let actions = review_actions(&ws, from, today, today);
        let first = actions.iter().find(|a| a.id == reviewed[0]).unwrap();
        assert_eq!(
            (first.closed_on, first.result),
            (Some(closed), Some(Effectiveness::Effective))
        );
        // Other sources never appear.
        assert!(actions.iter().all(|a| reviewed.contains(&a.id)));
        // Identified after the period ended: not yet this review's business.
        let earlier = today - Duration::days(100);
        assert!(review_actions(&ws, earlier - Duration::days(365), earlier, today).is_empty());
        // Rejected and left alone since before the period: finished then.
        let rejected = ws.items.iter_mut().find(|i| i.id == reviewed[1]).unwrap();
        rejected.stage = Stage::Rejected;
        rejected.updated = now - Duration::days(400);
        assert_eq!(listed(&ws, from), vec![reviewed[0]]);
    }

    #[test]
    fn opportunities_are_the_open_improvements_in_backlog_order_then_the_unranked() {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap();
        let today = now.date_naive();
        let ws = example::workspace(Lang::En, today, now);
        let list = opportunities(&ws, today);
        let open_improvements = ws
            .items
            .iter()
            .filter(|i| i.is_open() && i.kind == Kind::ContinualImprovement)
            .count();
        assert_eq!(list.len(), open_improvements);
        assert!(list.iter().all(|o| o.id.to_string().starts_with("CI-")));
        let ranks: Vec<usize> = list.iter().map_while(|o| o.rank).collect();
        assert!(
            ranks.windows(2).all(|w| w[0] < w[1]),
            "backlog order: {ranks:?}"
        );
        assert!(
            list[ranks.len()..].iter().all(|o| o.rank.is_none()),
            "the unranked come last"
        );
        assert!(
            list.iter().any(|o| o.rank.is_none()),
            "the example has one not rankable yet"
        );

        // One put on hold leaves the backlog but is still an open opportunity, listed unranked.
        let mut held = ws.clone();
        let at = held.items.iter().position(|i| i.id == list[0].id).unwrap();
        held.items[at].held_from = Some(held.items[at].stage);
        held.items[at].stage = Stage::OnHold;
        let with_held = opportunities(&held, today);
        assert_eq!(with_held.len(), list.len());
        let entry = with_held.iter().find(|o| o.id == list[0].id).unwrap();
        assert_eq!((entry.rank, entry.stage), (None, Stage::OnHold));
        assert_eq!(input(&ws, today, today, today).opportunities, list);
    }
}
