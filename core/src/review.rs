//! The management review input (clause 9.3.2): what the register says about a period — what was
//! found and where, what was closed and whether it worked, what is still open or late, and how
//! each information security objective is served.

use chrono::NaiveDate;

use crate::lifecycle::Stage;
use crate::model::{Effectiveness, Grade, Item, ItemId, Kind, ObjectiveId, Source, Workspace};
use crate::views;

/// A closed item and what its verification showed.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub id: ItemId,
    pub title: String,
    pub closed_on: NaiveDate,
    pub result: Option<Effectiveness>,
    /// KPI name, unit, before, after.
    pub measured: Option<(String, String, f64, f64)>,
}

/// How the register serves one objective.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectiveStatus {
    pub id: ObjectiveId,
    pub title: String,
    pub target: String,
    pub open: usize,
    pub closed: usize,
}

/// The input for one management review.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewInput {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Identified in the period, per source (all sources, zeros included).
    pub identified_by_source: Vec<(Source, usize)>,
    pub identified: usize,
    pub nonconformities: usize,
    pub outcomes: Vec<Outcome>,
    pub effective: usize,
    pub not_effective: usize,
    pub open_corrective_by_grade: Vec<(Grade, usize)>,
    pub overdue: Vec<ItemId>,
    pub open_improvements: usize,
    pub objectives: Vec<ObjectiveStatus>,
}

fn in_period(day: NaiveDate, from: NaiveDate, to: NaiveDate) -> bool {
    day >= from && day <= to
}

/// The review input for the period `from`–`to` (both included), as the register stands `today`.
pub fn input(ws: &Workspace, from: NaiveDate, to: NaiveDate, today: NaiveDate) -> ReviewInput {
    let found: Vec<&Item> = ws
        .items
        .iter()
        .filter(|i| in_period(i.identified_on, from, to))
        .collect();
    let outcomes: Vec<Outcome> = views::closed_between(ws, from, to)
        .into_iter()
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
            }
        })
        .collect();
    let count = |r: Effectiveness| outcomes.iter().filter(|o| o.result == Some(r)).count();
    ReviewInput {
        from,
        to,
        identified_by_source: Source::ALL
            .iter()
            .map(|s| (*s, found.iter().filter(|i| i.source == *s).count()))
            .collect(),
        identified: found.len(),
        nonconformities: found
            .iter()
            .filter(|i| i.kind == Kind::CorrectiveAction)
            .count(),
        effective: count(Effectiveness::Effective),
        not_effective: count(Effectiveness::NotEffective)
            + count(Effectiveness::PartiallyEffective),
        outcomes,
        open_corrective_by_grade: views::open_corrective_by_grade(ws),
        overdue: views::overdue_items(ws, today)
            .iter()
            .map(|i| i.id)
            .collect(),
        open_improvements: ws
            .items
            .iter()
            .filter(|i| i.is_open() && i.kind == Kind::ContinualImprovement)
            .count(),
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
        assert_eq!(review.identified, 11);
        assert_eq!(review.nonconformities, 1);
        assert_eq!(
            review
                .identified_by_source
                .iter()
                .map(|(_, n)| n)
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
        assert_eq!((review.effective, review.not_effective), (1, 0));
        assert!(review.overdue.iter().any(|id| id.to_string() == "CI-006"));
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
        assert_eq!((nothing.identified, nothing.outcomes.len()), (0, 0));
    }
}
