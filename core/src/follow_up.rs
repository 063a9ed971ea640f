//! Dated work by the person who carries it: who owes what, and what nobody owns. A progress
//! meeting goes person by person; an overdue action without an owner is work everyone assumes
//! someone else is doing. Pure functions of (workspace, today), as the dashboard's lists are.

use chrono::NaiveDate;

use crate::model::{Item, ItemIndex, PersonId, Workspace};
use crate::views::{self, Dated, Due};

/// How far ahead the app looks for work falling due: a month, the usual span between progress
/// meetings.
pub const LOOK_AHEAD_DAYS: i64 = 30;

/// Who is to do this part of an item's dated work: an action's own owner, the person named to
/// carry out the effectiveness check (or, in files from before that field, the one named as
/// having verified it), and otherwise the item's owner (accountable for all of it).
pub fn carrier(item: &Item, what: Dated) -> Option<&PersonId> {
    let v = &item.verification;
    let own = match what {
        Dated::Item => None,
        Dated::Action(a) => item.plan.actions.get(a).and_then(|a| a.owner.as_ref()),
        Dated::Check => v.verifier.as_ref().or(v.verified_by.as_ref()),
    };
    own.or(item.plan.owner.as_ref())
}

/// Who carries each of `lines`, in order (see [`carrier`]); `None` also for a line whose item is
/// gone. Items are found by id once, not by a walk of the register per line.
pub fn carriers<'a>(ws: &'a Workspace, lines: &[Due]) -> Vec<Option<&'a PersonId>> {
    let items = ItemIndex::new(&ws.items);
    lines
        .iter()
        .map(|l| items.get(&l.item).and_then(|i| carrier(i, l.what())))
        .collect()
}

/// One person's work to follow up, or the work nobody owns (`person` is `None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUp {
    pub person: Option<PersonId>,
    /// Overdue lines and those due within the look-ahead, in date order (the most late first).
    pub lines: Vec<Due>,
    /// How many more dates lie beyond the look-ahead (they are in the person's calendar file).
    pub later: usize,
}

impl FollowUp {
    fn new(person: Option<PersonId>) -> FollowUp {
        FollowUp {
            person,
            lines: Vec::new(),
            later: 0,
        }
    }

    /// How many of the lines are past their date.
    pub fn overdue(&self) -> usize {
        self.lines.iter().filter(|l| l.days_late > 0).count()
    }

    /// How many fall due from today to the end of the look-ahead.
    pub fn coming(&self) -> usize {
        self.lines.len() - self.overdue()
    }
}

/// The open items' dated work grouped by who carries it: per group, the lines that are overdue or
/// fall due within `days` of `today`, and how many dates lie further ahead. The workspace's people
/// come in their order (those without dated work left out), then ids no longer among the people
/// (an imported file may name them), then the work nobody owns. Every line of [`views::overdue`]
/// and [`views::due_within`] is in exactly one group.
pub fn follow_up(ws: &Workspace, today: NaiveDate, days: i64) -> Vec<FollowUp> {
    let last = views::last_day(today, days);
    let mut groups: Vec<FollowUp> = ws
        .people
        .iter()
        .map(|p| FollowUp::new(Some(p.id.clone())))
        .collect();
    let mut nobody = FollowUp::new(None);
    let lines = views::dated_work(ws, today);
    let who = carriers(ws, &lines);
    for (line, who) in lines.into_iter().zip(who) {
        let group = match who {
            None => &mut nobody,
            Some(id) => {
                let at = match groups.iter().position(|g| g.person.as_ref() == Some(id)) {
                    Some(at) => at,
                    None => {
                        groups.push(FollowUp::new(Some(id.clone())));
                        groups.len() - 1
                    }
                };
                &mut groups[at]
            }
        };
        if line.due <= last {
            group.lines.push(line);
        } else {
            group.later += 1;
        }
    }
    groups.push(nobody);
    groups.retain(|g| !g.lines.is_empty() || g.later > 0);
    groups
}

/// The dated work of `who` alone (or of nobody), whatever its date: what that person's calendar
/// file holds.
pub fn dated_work_of(ws: &Workspace, today: NaiveDate, who: Option<&PersonId>) -> Vec<Due> {
    let lines = views::dated_work(ws, today);
    let carried: Vec<bool> = carriers(ws, &lines).into_iter().map(|c| c == who).collect();
    lines
        .into_iter()
        .zip(carried)
        .filter_map(|(line, theirs)| theirs.then_some(line))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history;
    use crate::model::{Action, Effectiveness, Item, ItemId, Kind, Person};
    use chrono::TimeZone;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn person(n: u32) -> PersonId {
        PersonId::new(n)
    }

    /// Ann (P-001) owns CI-001, whose first action Bob (P-002) carries and whose second has no
    /// owner of its own; CI-002 has no owner and a check Bob is to verify.
    fn workspace() -> Workspace {
        let now = chrono::Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let mut ws = Workspace::new("Acme", crate::i18n::Lang::En, now);
        for (n, name) in [(1, "Ann"), (2, "Bob"), (3, "Cas")] {
            ws.people.push(Person {
                id: person(n),
                name: name.into(),
                role: String::new(),
            });
        }
        let mk = |n: u32, f: &dyn Fn(&mut Item)| {
            history::create(
                ItemId::new(Kind::ContinualImprovement, n),
                Kind::ContinualImprovement,
                now,
                |i| {
                    i.title = format!("item {n}");
                    f(i)
                },
            )
        };
        ws.items.push(mk(1, &|i| {
            i.plan.owner = Some(person(1));
            i.plan.due = Some(d(3, 10));
            i.plan.actions = vec![
                Action {
                    description: "Bob's".into(),
                    owner: Some(person(2)),
                    due: Some(d(3, 1)),
                    ..Action::default()
                },
                Action {
                    description: "the item owner's".into(),
                    due: Some(d(3, 20)),
                    ..Action::default()
                },
            ];
        }));
        ws.items.push(mk(2, &|i| {
            i.plan.due = Some(d(3, 2));
            i.verification.planned = Some(d(3, 3));
            i.verification.verifier = Some(person(2));
        }));
        ws
    }

    fn names(groups: &[FollowUp]) -> Vec<(Option<String>, Vec<String>)> {
        groups
            .iter()
            .map(|g| {
                (
                    g.person.as_ref().map(ToString::to_string),
                    g.lines.iter().map(|l| l.text.clone()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn an_action_is_carried_by_its_own_owner_else_by_the_items_owner() {
        let ws = workspace();
        let work = views::dated_work(&ws, d(3, 1));
        let who: Vec<_> = work
            .iter()
            .zip(carriers(&ws, &work))
            .map(|(l, c)| (l.text.as_str(), c.map(ToString::to_string)))
            .collect();
        assert_eq!(
            who,
            [
                ("Bob's", Some("P-002".to_owned())),
                ("item 2", None),
                ("item 2", Some("P-002".to_owned())),
                ("item 1", Some("P-001".to_owned())),
                ("the item owner's", Some("P-001".to_owned())),
            ],
            "the check goes to who verifies it; an item without an owner to nobody"
        );
    }

    #[test]
    fn a_check_is_carried_by_who_is_to_verify_it_before_who_is_named_as_having_verified_it() {
        let mut ws = workspace();
        let check = |ws: &Workspace| {
            let item = &ws.items[1];
            carrier(item, Dated::Check).map(ToString::to_string)
        };
        ws.items[1].verification.verified_by = Some(person(3));
        assert_eq!(check(&ws).as_deref(), Some("P-002"));
        // Files from before "to be verified by" named the person in "verified by" alone.
        ws.items[1].verification.verifier = None;
        assert_eq!(check(&ws).as_deref(), Some("P-003"));
        ws.items[1].verification.verified_by = None;
        ws.items[1].plan.owner = Some(person(1));
        assert_eq!(check(&ws).as_deref(), Some("P-001"));
    }

    #[test]
    fn follow_up_groups_by_person_in_the_workspaces_order_and_nobody_last() {
        let ws = workspace();
        let groups = follow_up(&ws, d(3, 5), 10);
        assert_eq!(
            names(&groups),
            [
                (Some("P-001".to_owned()), vec!["item 1".to_owned()]),
                (
                    Some("P-002".to_owned()),
                    vec!["Bob's".to_owned(), "item 2".to_owned()]
                ),
                (None, vec!["item 2".to_owned()]),
            ],
            "Cas has nothing and is left out; the action due on 20 March is beyond 10 days"
        );
        assert_eq!((groups[1].overdue(), groups[1].coming()), (2, 0));
        assert_eq!(
            (groups[0].overdue(), groups[0].coming(), groups[0].later),
            (0, 1, 1)
        );
        let ahead = follow_up(&ws, d(1, 1), 10);
        assert_eq!(
            names(&ahead),
            [
                (Some("P-001".to_owned()), vec![]),
                (Some("P-002".to_owned()), vec![]),
                (None, vec![]),
            ],
            "people whose dates all lie further ahead are listed, with nothing to follow up yet"
        );
        assert_eq!(ahead.iter().map(|g| g.later).collect::<Vec<_>>(), [2, 2, 1]);
    }

    #[test]
    fn an_owner_no_longer_among_the_people_keeps_their_work_apart() {
        let mut ws = workspace();
        ws.people.retain(|p| p.id != person(2));
        let groups = follow_up(&ws, d(3, 5), 10);
        let who: Vec<_> = groups
            .iter()
            .map(|g| g.person.as_ref().map(ToString::to_string))
            .collect();
        assert_eq!(
            who,
            [Some("P-001".to_owned()), Some("P-002".to_owned()), None]
        );
    }

    #[test]
    fn done_work_is_nobodys_to_follow_up() {
        let mut ws = workspace();
        ws.items[1].verification.result = Some(Effectiveness::Effective);
        ws.items[0].plan.actions[0].done = Some(d(3, 1));
        let groups = follow_up(&ws, d(3, 5), 10);
        assert_eq!(
            names(&groups),
            [
                (Some("P-001".to_owned()), vec!["item 1".to_owned()]),
                (None, vec!["item 2".to_owned()]),
            ]
        );
    }

    #[test]
    fn a_persons_dated_work_is_all_of_theirs_whatever_the_date() {
        let ws = workspace();
        let texts = |who: Option<&PersonId>| -> Vec<String> {
            dated_work_of(&ws, d(1, 1), who)
                .into_iter()
                .map(|l| l.text)
                .collect()
        };
        assert_eq!(texts(Some(&person(1))), ["item 1", "the item owner's"]);
        assert_eq!(texts(Some(&person(3))), Vec::<String>::new());
        assert_eq!(texts(None), ["item 2"]);
    }

    proptest::proptest! {
        #[test]
        fn follow_up_holds_each_overdue_and_coming_line_once_with_who_carries_it(
            ws in crate::arb::workspace(),
            days in 0i64..900,
            ahead in 0i64..120,
        ) {
            let today = crate::arb::today(days);
            let groups = follow_up(&ws, today, ahead);
            let mut expected = views::overdue(&ws, today);
            expected.extend(views::due_within(&ws, today, ahead));
            let mut held: Vec<Due> = Vec::new();
            for g in &groups {
                proptest::prop_assert!(!g.lines.is_empty() || g.later > 0);
                proptest::prop_assert_eq!(g.overdue() + g.coming(), g.lines.len());
                for who in carriers(&ws, &g.lines) {
                    proptest::prop_assert_eq!(who, g.person.as_ref());
                }
                held.extend(g.lines.iter().cloned());
            }
            proptest::prop_assert_eq!(held.len(), expected.len());
            let later: usize = groups.iter().map(|g| g.later).sum();
            proptest::prop_assert_eq!(held.len() + later, views::dated_work(&ws, today).len());
            for line in &expected {
                proptest::prop_assert_eq!(held.iter().filter(|h| *h == line).count(), 1);
            }
            let people: Vec<_> = groups.iter().filter_map(|g| g.person.clone()).collect();
            proptest::prop_assert!(people.iter().enumerate().all(|(i, p)| !people[..i].contains(p)), "one group per person");
            proptest::prop_assert!(groups.iter().rev().skip(1).all(|g| g.person.is_some()), "nobody's work last");
            let everyone: usize = ws.people.iter().map(|p| dated_work_of(&ws, today, Some(&p.id)).len()).sum();
            proptest::prop_assert_eq!(everyone + dated_work_of(&ws, today, None).len(), views::dated_work(&ws, today).len());
        }
    }
}
