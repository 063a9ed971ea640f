//! Dashboard figures derived from a workspace for a given day: what is overdue and what falls due
//! soon (items, actions, effectiveness checks), counts by stage, source and kind, open corrective
//! actions by grade, cycle time, items closed in a period, findings per quarter. Pure functions
//! of (workspace, today), so the UI derives them and never stores them.

use chrono::NaiveDate;

use crate::i18n::Lang;
use crate::lifecycle::Stage;
use crate::model::{Grade, Item, ItemId, Kind, Source, Workspace};

/// One dated commitment of an open item: the item itself (its plan's due date), one of its undone
/// actions, or the effectiveness check planned for it that has no result yet (10.2 d: reviewing
/// whether the action worked is work with a date too, and a late one is a common audit finding).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Due {
    pub item: ItemId,
    /// The action's position in the item's plan; `None` for the item itself or its check.
    pub action: Option<usize>,
    /// The item's effectiveness check. Absent in records made before checks were listed.
    #[serde(default, skip_serializing_if = "crate::model::is_default")]
    pub check: bool,
    /// The item's title (for the item and its check), or the action's description.
    pub text: String,
    #[serde(deserialize_with = "crate::model::dates::date")]
    pub due: NaiveDate,
    /// Days past the due date on the day the list was made; zero or less when not yet late.
    pub days_late: i64,
}

/// What a line of dated work is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dated {
    /// The item itself: its plan's due date.
    Item,
    /// The undone action at this position in the item's plan.
    Action(usize),
    /// The item's effectiveness check.
    Check,
}

impl Due {
    pub fn what(&self) -> Dated {
        match (self.check, self.action) {
            (true, _) => Dated::Check,
            (false, Some(a)) => Dated::Action(a),
            (false, None) => Dated::Item,
        }
    }

    /// How the line reads after its item's id, as the dashboard, the review and the calendar
    /// name it: the item's title, "Action: …" or "Effectiveness check: …".
    pub fn label(&self, lang: Lang) -> String {
        let kind = match self.what() {
            Dated::Item => return self.text.clone(),
            Dated::Action(_) => lang.pick("Action", "Actie"),
            Dated::Check => lang.pick("Effectiveness check", "Effectiviteitscontrole"),
        };
        format!("{kind}: {}", self.text)
    }

    /// The item before its actions, its check last: on one day, the order of the work.
    fn order(&self) -> (NaiveDate, ItemId, usize) {
        let within = match self.what() {
            Dated::Item => 0,
            Dated::Action(a) => a + 1,
            Dated::Check => usize::MAX,
        };
        (self.due, self.item, within)
    }
}

/// Every dated commitment of the open items, whatever its date, in date order: the dashboard's
/// lists are parts of it, and the calendar file is all of it.
pub fn dated_work(ws: &Workspace, today: NaiveDate) -> Vec<Due> {
    in_order(dated(ws, today).collect())
}

fn dated(ws: &Workspace, today: NaiveDate) -> impl Iterator<Item = Due> + '_ {
    ws.items.iter().flat_map(move |item| {
        dates_of(item).map(move |(what, due, text)| Due {
            item: item.id,
            action: match what {
                Dated::Action(a) => Some(a),
                Dated::Item | Dated::Check => None,
            },
            check: what == Dated::Check,
            text: text.to_owned(),
            due,
            days_late: (today - due).num_days(),
        })
    })
}

/// The dates an item still has to meet, with what each is about and its text: nothing for an
/// item that is not open; otherwise its own due date, each undone action's, and its effectiveness
/// check's while no result is recorded. The one rule for what is dated, whether the lines are
/// made ([`dated`]) or only their dates are asked ([`has_overdue_work`]).
fn dates_of(item: &Item) -> impl Iterator<Item = (Dated, NaiveDate, &str)> + '_ {
    let open = item.is_open();
    let own = item
        .plan
        .due
        .map(|due| (Dated::Item, due, item.title.as_str()));
    let actions = item
        .plan
        .actions
        .iter()
        .enumerate()
        .filter_map(|(i, a)| match (a.due, a.done) {
            (Some(due), None) => Some((Dated::Action(i), due, a.description.as_str())),
            _ => None,
        });
    let check = item
        .check_due()
        .map(|due| (Dated::Check, due, item.title.as_str()));
    own.into_iter()
        .chain(actions)
        .chain(check)
        .filter(move |_| open)
}

/// Whether `item` has a line in the overdue list on `today` — its own due date, an undone action's
/// or its effectiveness check's passed: the register's Overdue filter, so that it shows the items
/// of every line the dashboard counts as overdue. Asked of the item's dates without making the
/// lines, as the register asks it of every item.
pub fn has_overdue_work(item: &Item, today: NaiveDate) -> bool {
    dates_of(item).any(|(_, due, _)| due < today)
}

fn in_order(mut lines: Vec<Due>) -> Vec<Due> {
    crate::sorting::sort_by_key(&mut lines, Due::order);
    lines
}

/// Overdue items, actions and effectiveness checks in one list, the most late first (the
/// earliest due date; on the same day, by item, the item before its actions and its check):
/// what to chase, in order.
pub fn overdue(ws: &Workspace, today: NaiveDate) -> Vec<Due> {
    in_order(dated(ws, today).filter(|d| d.due < today).collect())
}

/// What falls due from today up to `days` days ahead, the soonest first: what to prepare for.
pub fn due_within(ws: &Workspace, today: NaiveDate, days: i64) -> Vec<Due> {
    let last = last_day(today, days);
    in_order(
        dated(ws, today)
            .filter(|d| d.due >= today && d.due <= last)
            .collect(),
    )
}

/// The last day of a look-ahead of `days` from `today` (today itself for none).
pub(crate) fn last_day(today: NaiveDate, days: i64) -> NaiveDate {
    today + chrono::Days::new(u64::try_from(days).unwrap_or(0))
}

/// How many items are at each stage, in lifecycle order (zero counts included).
pub fn count_by_stage(ws: &Workspace) -> Vec<(Stage, usize)> {
    Stage::ALL
        .iter()
        .map(|s| (*s, ws.items.iter().filter(|i| i.stage == *s).count()))
        .collect()
}

/// How many items came from each source (zero counts included).
pub fn count_by_source(ws: &Workspace) -> Vec<(Source, usize)> {
    Source::ALL
        .iter()
        .map(|s| (*s, ws.items.iter().filter(|i| i.source == *s).count()))
        .collect()
}

/// How many items of each kind.
pub fn count_by_kind(ws: &Workspace) -> Vec<(Kind, usize)> {
    Kind::ALL
        .iter()
        .map(|k| (*k, ws.items.iter().filter(|i| i.kind == *k).count()))
        .collect()
}

/// Open corrective actions per nonconformity grade.
pub fn open_corrective_by_grade(ws: &Workspace) -> Vec<(Grade, usize)> {
    Grade::ALL
        .iter()
        .map(|g| {
            let n = ws
                .items
                .iter()
                .filter(|i| i.is_open() && i.kind == Kind::CorrectiveAction)
                .filter(|i| i.nonconformity.as_ref().map(|nc| nc.grade) == Some(*g))
                .count();
            (*g, n)
        })
        .collect()
}

/// Days from identification to closure, for a closed item.
pub fn cycle_days(item: &Item) -> Option<i64> {
    match (item.stage, item.closed_on) {
        (Stage::Closed, Some(closed)) => Some((closed - item.identified_on).num_days()),
        _ => None,
    }
}

/// Mean cycle time in days over the closed items, if any are closed.
pub fn average_cycle_days(ws: &Workspace) -> Option<f64> {
    let days: Vec<i64> = ws.items.iter().filter_map(cycle_days).collect();
    if days.is_empty() {
        return None;
    }
    Some(days.iter().sum::<i64>() as f64 / days.len() as f64)
}

/// Items closed between `from` and `to`, both included.
pub fn closed_between(ws: &Workspace, from: NaiveDate, to: NaiveDate) -> Vec<&Item> {
    ws.items
        .iter()
        .filter(|i| i.stage == Stage::Closed && i.closed_on.is_some_and(|d| d >= from && d <= to))
        .collect()
}

/// The first day of the calendar quarter that contains `day`.
pub fn quarter_start(day: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    let month = (day.month0() / 3) * 3 + 1;
    NaiveDate::from_ymd_opt(day.year(), month, 1).unwrap_or(day)
}

/// Whether an item records something found wrong rather than a chance to do better: a
/// nonconformity or incident (a corrective action, or an item raised from that source) or an
/// internal audit finding.
pub fn is_finding(item: &Item) -> bool {
    item.kind == Kind::CorrectiveAction
        || matches!(
            item.source,
            Source::NonconformityOrIncident | Source::InternalAudit
        )
}

/// The findings (see [`is_finding`]) identified in each calendar quarter up to and including
/// today's, oldest first, as (first day of the quarter, count): at most `quarters` of them, and
/// none before the quarter of the register's first item, so a quarter before the register was
/// kept does not read as one without findings. Fewer findings over time is one measure of an
/// ISMS that improves.
pub fn findings_per_quarter(
    ws: &Workspace,
    today: NaiveDate,
    quarters: usize,
) -> Vec<(NaiveDate, usize)> {
    let first = ws
        .items
        .iter()
        .map(|i| i.identified_on)
        .filter(|day| *day <= today)
        .min()
        .map_or(quarter_start(today), quarter_start);
    let mut starts = Vec::with_capacity(quarters);
    let mut start = quarter_start(today);
    while starts.len() < quarters.max(1) {
        starts.push(start);
        match start.pred_opt() {
            Some(day) if start > first => start = quarter_start(day),
            _ => break,
        }
    }
    starts.reverse();
    let mut counts = vec![0; starts.len()];
    for item in ws.items.iter().filter(|i| is_finding(i)) {
        let day = item.identified_on;
        if day > today {
            continue;
        }
        // The last quarter that starts on or before the day holds it.
        if let Some(q) = starts.iter().rposition(|s| *s <= day) {
            counts[q] += 1;
        }
    }
    starts.into_iter().zip(counts).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history;
    use crate::i18n::Lang;
    use crate::model::{Action, Effectiveness, Nonconformity};
    use chrono::{TimeZone, Utc};

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn workspace() -> Workspace {
        let now = Utc.with_ymd_and_hms(2026, 1, 1, 8, 0, 0).unwrap();
        let mut ws = Workspace::new("Acme", Lang::En, now);
        let mk = |kind, n, f: &dyn Fn(&mut Item)| {
            history::create(ItemId::new(kind, n), kind, now, |i| {
                i.title = format!("item {n}");
                f(i);
            })
        };
        ws.items.push(mk(Kind::ContinualImprovement, 1, &|i| {
            i.stage = Stage::InProgress;
            i.plan.due = Some(d(3, 1));
            i.plan.actions = vec![
                Action {
                    description: "late".into(),
                    due: Some(d(2, 1)),
                    ..Action::default()
                },
                Action {
                    description: "done".into(),
                    due: Some(d(2, 1)),
                    done: Some(d(2, 1)),
                    ..Action::default()
                },
                Action {
                    description: "later".into(),
                    due: Some(d(6, 1)),
                    ..Action::default()
                },
            ];
        }));
        ws.items.push(mk(Kind::ContinualImprovement, 2, &|i| {
            i.stage = Stage::Closed;
            i.identified_on = d(1, 1);
            i.closed_on = Some(d(1, 31));
            i.plan.due = Some(d(1, 15));
            i.source = Source::InternalAudit;
        }));
        ws.items.push(mk(Kind::CorrectiveAction, 1, &|i| {
            i.nonconformity = Some(Box::new(Nonconformity {
                grade: Grade::Major,
                ..Nonconformity::default()
            }));
            i.identified_on = d(1, 1);
            i.stage = Stage::Closed;
            i.closed_on = Some(d(4, 10));
        }));
        ws.items.push(mk(Kind::CorrectiveAction, 2, &|i| {
            i.nonconformity = Some(Box::new(Nonconformity {
                grade: Grade::Minor,
                ..Nonconformity::default()
            }));
        }));
        ws
    }

    fn lines(list: Vec<Due>) -> Vec<(String, Option<usize>, bool, String, i64)> {
        list.into_iter()
            .map(|o| (o.item.to_string(), o.action, o.check, o.text, o.days_late))
            .collect()
    }

    #[test]
    fn overdue_means_open_and_past_due_and_skips_done_actions() {
        let ws = workspace();
        // The item comes first in the workspace; its action was due earlier, so it is listed
        // first. The done action, the later one and the closed item are not listed.
        assert_eq!(
            lines(overdue(&ws, d(3, 2))),
            [
                ("CI-001".to_owned(), Some(0), false, "late".to_owned(), 29),
                ("CI-001".to_owned(), None, false, "item 1".to_owned(), 1),
            ]
        );
        assert_eq!(
            lines(overdue(&ws, d(3, 1))),
            [("CI-001".to_owned(), Some(0), false, "late".to_owned(), 28)],
            "due today is not overdue"
        );
    }

    #[test]
    fn an_effectiveness_check_without_a_result_is_due_on_its_planned_date() {
        let mut ws = workspace();
        ws.items[0].verification.planned = Some(d(3, 1));
        let late = overdue(&ws, d(3, 5));
        assert_eq!(
            lines(late.clone()).last(),
            Some(&("CI-001".to_owned(), None, true, "item 1".to_owned(), 4)),
            "on the item's own due date, its check comes after the item"
        );
        ws.items[0].verification.result = Some(Effectiveness::NotEffective);
        assert!(
            overdue(&ws, d(3, 5)).iter().all(|o| !o.check),
            "a check with a result, even a failed one, is done"
        );
        ws.items[0].verification.result = None;
        ws.items[0].stage = Stage::Closed;
        assert!(
            overdue(&ws, d(3, 5)).is_empty(),
            "a closed item owes nothing"
        );
    }

    #[test]
    fn due_within_lists_what_falls_due_from_today_the_soonest_first() {
        let mut ws = workspace();
        ws.items[0].verification.planned = Some(d(5, 20));
        ws.items[3].plan.due = Some(d(2, 1));
        let soon = due_within(&ws, d(2, 1), 30);
        assert_eq!(
            lines(soon),
            [
                ("CI-001".to_owned(), Some(0), false, "late".to_owned(), 0),
                ("CA-002".to_owned(), None, false, "item 2".to_owned(), 0),
                ("CI-001".to_owned(), None, false, "item 1".to_owned(), -28),
            ],
            "due today counts as due, not late (on one day in id order); the check in May and the action in June are further off"
        );
        let later: Vec<_> = due_within(&ws, d(5, 1), 31)
            .into_iter()
            .map(|o| (o.check, o.days_late))
            .collect();
        assert_eq!(
            later,
            [(true, -19), (false, -31)],
            "the last day is included"
        );
        assert!(due_within(&ws, d(5, 1), -1).is_empty());
    }

    #[test]
    fn a_record_made_before_checks_were_listed_still_reads() {
        let old = r#"{"item":"CI-001","action":null,"text":"t","due":"2026-03-01","days_late":3}"#;
        let line: Due = serde_json::from_str(old).unwrap();
        assert!(!line.check);
        assert_eq!(
            serde_json::to_string(&line).unwrap(),
            old,
            "a non-check line is written as before"
        );
    }

    #[test]
    fn counts_cover_every_stage_source_and_grade() {
        let ws = workspace();
        let stages = count_by_stage(&ws);
        assert_eq!(stages.len(), Stage::ALL.len());
        assert_eq!(
            stages.iter().find(|(s, _)| *s == Stage::Closed).unwrap().1,
            2
        );
        assert_eq!(
            count_by_source(&ws).iter().map(|(_, n)| n).sum::<usize>(),
            4
        );
        assert_eq!(
            count_by_kind(&ws),
            vec![(Kind::ContinualImprovement, 2), (Kind::CorrectiveAction, 2)]
        );
        assert_eq!(
            open_corrective_by_grade(&ws),
            vec![
                (Grade::Major, 0),
                (Grade::Minor, 1),
                (Grade::Observation, 0)
            ]
        );
    }

    #[test]
    fn findings_per_quarter_counts_nonconformities_incidents_and_audit_findings_by_when_found() {
        let mut ws = workspace();
        // CI-002 (internal audit) and CA-001 were found on 1 January, CA-002 on 31 March; CI-001
        // is an improvement from monitoring, not a finding.
        ws.items[3].identified_on = d(3, 31);
        let extra = |n, day, source| {
            let mut item = ws.items[0].clone();
            item.id = ItemId::new(Kind::ContinualImprovement, n);
            item.identified_on = day;
            item.source = source;
            item
        };
        let more = [
            extra(7, d(4, 1), Source::NonconformityOrIncident),
            extra(8, d(9, 30), Source::InternalAudit),
            extra(9, d(9, 30), Source::StakeholderFeedback),
            extra(10, d(11, 2), Source::InternalAudit),
        ];
        ws.items.extend(more);
        let per = findings_per_quarter(&ws, d(10, 15), 4);
        assert_eq!(
            per,
            vec![
                (NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), 3),
                (d(4, 1), 1),
                (d(7, 1), 1),
                (d(10, 1), 0),
            ],
            "a quarter runs from its first day to the day before the next one; a day after today is not counted"
        );
        assert_eq!(
            findings_per_quarter(&ws, d(10, 15), 2),
            vec![(d(7, 1), 1), (d(10, 1), 0)],
            "at most the quarters asked for"
        );
        assert_eq!(
            findings_per_quarter(&ws, d(1, 1), 4),
            vec![(d(1, 1), 2)],
            "no quarter before the register's first item; CA-002, found on 31 March, is not yet counted"
        );
        ws.items[1].identified_on = NaiveDate::from_ymd_opt(2025, 11, 5).unwrap();
        assert_eq!(
            findings_per_quarter(&ws, d(1, 1), 4),
            vec![
                (NaiveDate::from_ymd_opt(2025, 10, 1).unwrap(), 1),
                (d(1, 1), 1)
            ],
            "quarters reach back over a new year"
        );
    }

    proptest::proptest! {
        #[test]
        fn findings_per_quarter_covers_consecutive_quarters_from_the_registers_start_and_counts_each_finding_once(
            ws in crate::arb::workspace(),
            days in 0i64..900,
            quarters in 1usize..12,
        ) {
            use chrono::Datelike;
            let today = crate::arb::today(days);
            let per = findings_per_quarter(&ws, today, quarters);
            proptest::prop_assert!((1..=quarters).contains(&per.len()));
            // Fewer quarters than asked only when the register starts within them.
            let started = ws.items.iter().map(|i| i.identified_on).filter(|d| *d <= today).min();
            if per.len() < quarters {
                proptest::prop_assert_eq!(per[0].0, started.map_or(quarter_start(today), quarter_start));
            }
            proptest::prop_assert_eq!(per.last().map(|(s, _)| *s), Some(quarter_start(today)));
            for pair in per.windows(2) {
                let (earlier, later) = (pair[0].0, pair[1].0);
                proptest::prop_assert_eq!(earlier.day(), 1);
                proptest::prop_assert_eq!(quarter_start(later.pred_opt().unwrap()), earlier);
            }
            let first = per[0].0;
            let found = ws.items.iter().filter(|i| is_finding(i) && i.identified_on >= first && i.identified_on <= today).count();
            proptest::prop_assert_eq!(per.iter().map(|(_, n)| n).sum::<usize>(), found);
        }

        #[test]
        fn overdue_and_due_soon_split_the_open_items_dated_work_in_order(
            ws in crate::arb::workspace(),
            days in 0i64..900,
            ahead in 0i64..120,
        ) {
            let today = crate::arb::today(days);
            let late = overdue(&ws, today);
            let soon = due_within(&ws, today, ahead);
            for list in [&late, &soon] {
                proptest::prop_assert!(list.windows(2).all(|w| w[0].order() < w[1].order()), "sorted, no line twice");
            }
            proptest::prop_assert!(late.iter().all(|o| o.days_late > 0 && o.due < today));
            proptest::prop_assert!(soon.iter().all(|o| (-ahead..=0).contains(&o.days_late)));
            // Every dated thing an open item owes is in one list or the other, or further off.
            let owed = |from: NaiveDate, to: NaiveDate| ws.items.iter().filter(|i| i.is_open()).map(|i| {
                let within = |d: &Option<NaiveDate>| d.is_some_and(|d| d >= from && d <= to);
                usize::from(within(&i.plan.due))
                    + i.plan.actions.iter().filter(|a| a.done.is_none() && within(&a.due)).count()
                    + usize::from(i.verification.result.is_none() && within(&i.verification.planned))
            }).sum::<usize>();
            proptest::prop_assert_eq!(late.len(), owed(NaiveDate::MIN, today.pred_opt().unwrap()));
            proptest::prop_assert_eq!(soon.len(), owed(today, today + chrono::Duration::days(ahead)));
            for line in late.iter().chain(&soon) {
                let item = ws.items.iter().find(|i| i.id == line.item).unwrap();
                proptest::prop_assert!(item.is_open());
                let expected = match (line.check, line.action) {
                    (true, _) => (item.verification.planned, item.title.as_str()),
                    (false, Some(a)) => (item.plan.actions[a].due, item.plan.actions[a].description.as_str()),
                    (false, None) => (item.plan.due, item.title.as_str()),
                };
                proptest::prop_assert_eq!(expected, (Some(line.due), line.text.as_str()));
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn an_item_has_overdue_work_exactly_when_the_overdue_list_names_it(
            ws in crate::arb::workspace(),
            days in 0i64..900,
        ) {
            let today = crate::arb::today(days);
            // Also with the items' own dates gone, and then their actions too, so that an item
            // late only by an action or only by its check is met often.
            let no_dates = Workspace { items: ws.items.iter().cloned().map(|mut i| { i.plan.due = None; i }).collect(), ..ws.clone() };
            let checks_only = Workspace { items: no_dates.items.iter().cloned().map(|mut i| { i.plan.actions.clear(); i }).collect(), ..ws.clone() };
            for ws in [&ws, &no_dates, &checks_only] {
                let listed: std::collections::BTreeSet<ItemId> = overdue(ws, today).into_iter().map(|d| d.item).collect();
                let late: std::collections::BTreeSet<ItemId> = ws.items.iter().filter(|i| has_overdue_work(i, today)).map(|i| i.id).collect();
                proptest::prop_assert_eq!(late, listed);
            }
        }
    }

    #[test]
    fn overdue_work_counts_a_late_action_or_check_not_only_the_items_own_date() {
        let mut ws = workspace();
        let today = d(6, 1);
        let item = &mut ws.items[0];
        item.stage = Stage::InProgress;
        item.plan.due = Some(d(12, 1));
        item.plan.actions.clear();
        item.verification.planned = None;
        item.verification.result = None;
        assert!(!has_overdue_work(item, today));
        item.plan.actions.push(Action {
            due: Some(d(5, 31)),
            ..Default::default()
        });
        assert!(has_overdue_work(item, today), "an undone action a day late");
        item.plan.actions[0].done = Some(d(5, 30));
        assert!(!has_overdue_work(item, today), "a done action is not late");
        item.verification.planned = Some(d(5, 1));
        assert!(
            has_overdue_work(item, today),
            "a check without a result past its date"
        );
        item.stage = Stage::Closed;
        assert!(
            !has_overdue_work(item, today),
            "nothing of a closed item is late"
        );
    }

    #[test]
    fn cycle_time_averages_closed_items_only() {
        let ws = workspace();
        assert_eq!(average_cycle_days(&ws), Some((30.0 + 99.0) / 2.0));
        assert_eq!(closed_between(&ws, d(4, 1), d(6, 30)).len(), 1);
        assert_eq!(quarter_start(d(5, 17)), d(4, 1));
    }
}
