//! The open items' dated work — due dates, undone actions, effectiveness checks — as an iCalendar
//! file (RFC 5545) that Outlook, Google Calendar and Apple Calendar import: one all-day entry per
//! date, named as the dashboard names it, with the workspace, the item and its owner in the
//! entry's description. Each entry's UID is the same in every export of the same workspace, so a
//! calendar that updates by UID replaces the entry instead of adding a second one. A person's
//! file holds only the work they carry (see [`crate::follow_up::carrier`]), with the same UIDs.
//! Everyone's file also holds the next management review (9.3) once one has been recorded as
//! held: due the planned interval after the last, under one UID, so that recording the next
//! review moves the entry instead of adding one.
//! Written with the `ics` crate, which escapes and folds the lines.

use chrono::{DateTime, Datelike, Days, NaiveDate, Timelike, Utc};
use ics::parameters::Value;
use ics::properties::{Categories, Description, DtEnd, DtStart, Summary, Transp};
use ics::{escape_text, Event, ICalendar};

use crate::follow_up::{carrier, dated_work_of};
use crate::held_review;
use crate::i18n::Lang;
use crate::model::{Item, ItemIndex, PersonId, Workspace};
use crate::views::{self, Dated, Due};

/// Whose dated work a calendar file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whose<'a> {
    /// Every open item's, whoever carries it.
    Everyone,
    /// The work this person carries.
    Person(&'a PersonId),
}

/// How an entry is named: "CA-001 Effectiveness check: Critical server missed by patch management".
pub fn entry_title(line: &Due, lang: Lang) -> String {
    format!("{} {}", line.item, line.label(lang))
}

/// Stable across exports of one workspace: the item, which of its dates, and when the workspace
/// was created (two clients' workspaces may both have a CI-001).
fn uid(ws: &Workspace, line: &Due) -> String {
    let which = match line.what() {
        Dated::Item => "due".to_owned(),
        Dated::Action(a) => format!("action-{}", a + 1),
        Dated::Check => "check".to_owned(),
    };
    format!(
        "{}-{which}-{}@isms-improvement-workbench",
        line.item,
        ws.created.timestamp_millis()
    )
}

/// The description: the workspace, the item's kind, title and stage, and who carries it.
fn details(ws: &Workspace, item: Option<&Item>, line: &Due, lang: Lang) -> String {
    let Some(item) = item else {
        return ws.name.clone();
    };
    let owner = carrier(item, line.what()).map(|id| ws.person_name(id));
    let mut text = format!(
        "{}\n{} {}: {}\n{}: {}",
        ws.name,
        item.kind.label(lang),
        item.id,
        item.title,
        lang.pick("Stage", "Fase"),
        item.stage.label(lang)
    );
    if let Some(owner) = owner {
        text.push_str(&format!("\n{}: {owner}", lang.pick("Owner", "Eigenaar")));
    }
    text
}

/// `20261224`. (Not chrono's `format`: its pattern reader costs the app several kilobytes.)
fn ymd(day: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}

/// The calendar of every dated commitment the workspace's open items have on `today` (or those
/// one person carries), overdue ones included (they are still to be done), stamped `now`.
pub fn due_calendar(
    ws: &Workspace,
    today: NaiveDate,
    now: DateTime<Utc>,
    lang: Lang,
    whose: Whose,
) -> String {
    let mut calendar = ICalendar::new("2.0", "-//ISMS Improvement Workbench//EN");
    let mut name = format!("{} — {}", ws.name, lang.pick("due dates", "streefdata"));
    let lines = match whose {
        Whose::Everyone => views::dated_work(ws, today),
        Whose::Person(id) => {
            name = format!("{name} — {}", ws.person_name(id));
            dated_work_of(ws, today, Some(id))
        }
    };
    calendar.push(ics::components::Property::new(
        "X-WR-CALNAME",
        escape_text(name),
    ));
    let stamp = format!(
        "{}T{:02}{:02}{:02}Z",
        ymd(now.date_naive()),
        now.hour(),
        now.minute(),
        now.second()
    );
    let items = ItemIndex::new(&ws.items);
    for line in lines {
        let item = items.get(&line.item);
        calendar.add_event(all_day(
            uid(ws, &line),
            &stamp,
            line.due,
            entry_title(&line, lang),
            details(ws, item, &line, lang),
        ));
    }
    if whose == Whose::Everyone {
        if let Some(entry) = next_review(ws, &stamp, lang) {
            calendar.add_event(entry);
        }
    }
    calendar.to_string()
}

/// The next management review's entry, once a review has been recorded as held: on the day it
/// is due, naming the last one held and the planned interval.
fn next_review<'a>(ws: &Workspace, stamp: &str, lang: Lang) -> Option<Event<'a>> {
    let due = held_review::next_due(ws)?;
    let last = *held_review::newest_first(ws).first()?;
    let months = ws.settings.review_interval();
    let unit = if months == 1 {
        lang.pick("month", "maand")
    } else {
        lang.pick("months", "maanden")
    };
    let held = lang.pick("Last held on", "Laatst gehouden op");
    let interval = lang.pick("Planned interval", "Gepland interval");
    let description = format!(
        "{}\n{held} {}: {}\n{interval}: {months} {unit}",
        ws.name, last.held_on, last.id
    );
    let summary = lang.pick(
        "Management review (9.3) due",
        "Directiebeoordeling (9.3) gepland",
    );
    let uid = format!(
        "management-review-{}@isms-improvement-workbench",
        ws.created.timestamp_millis()
    );
    Some(all_day(uid, stamp, due, summary.to_owned(), description))
}

/// One all-day entry on `day`: a reminder of a date, not a meeting.
fn all_day<'a>(
    uid: String,
    stamp: &str,
    day: NaiveDate,
    summary: String,
    description: String,
) -> Event<'a> {
    let mut event = Event::new(uid, stamp.to_owned());
    let mut start = DtStart::new(ymd(day));
    start.add(Value::DATE);
    event.push(start);
    // An all-day entry ends the next day (the end is not part of it).
    let mut end = DtEnd::new(ymd(day.checked_add_days(Days::new(1)).unwrap_or(day)));
    end.add(Value::DATE);
    event.push(end);
    event.push(Summary::new(escape_text(summary)));
    event.push(Description::new(escape_text(description)));
    event.push(Categories::new("ISMS"));
    // It does not make anyone look busy.
    event.push(Transp::transparent());
    event
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history;
    use crate::lifecycle::Stage;
    use crate::model::{Action, ItemId, Kind, Person, PersonId};
    use chrono::TimeZone;
    use proptest::prelude::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    /// Undoes line folding (a line break followed by one space or tab continues the line).
    fn unfold(text: &str) -> String {
        text.replace("\r\n ", "").replace("\r\n\t", "")
    }

    /// The value of each `key` line, unescaped.
    fn values(text: &str, key: &str) -> Vec<String> {
        unfold(text)
            .split("\r\n")
            .filter_map(|l| l.strip_prefix(key))
            .map(unescape)
            .collect()
    }

    /// Reads a TEXT value back: `\n` is a line break, `\,` `\;` `\\` the character itself.
    fn unescape(value: &str) -> String {
        let mut out = String::new();
        let mut chars = value.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        }
        out
    }

    fn workspace() -> Workspace {
        let now = Utc.with_ymd_and_hms(2026, 1, 1, 8, 0, 0).unwrap();
        let mut ws = Workspace::new("Acme; Care, Finance", Lang::En, now);
        ws.people.push(Person {
            id: PersonId::new(1),
            name: "Sam".into(),
            role: String::new(),
        });
        ws.people.push(Person {
            id: PersonId::new(2),
            name: "Ada".into(),
            role: String::new(),
        });
        ws.items.push(history::create(
            ItemId::new(Kind::CorrectiveAction, 1),
            Kind::CorrectiveAction,
            now,
            |i| {
                i.title = "Patch tool missed DB-03, a critical server; see the report".into();
                i.stage = Stage::InProgress;
                i.plan.owner = Some(PersonId::new(1));
                i.plan.due = Some(d(3, 1));
                i.plan.actions = vec![Action {
                    description: "Synchronise the inventory with the patch tool".into(),
                    owner: Some(PersonId::new(2)),
                    due: Some(d(2, 1)),
                    ..Action::default()
                }];
                i.verification.planned = Some(d(4, 30));
            },
        ));
        ws
    }

    #[test]
    fn each_due_date_action_and_check_is_an_all_day_entry() {
        let ws = workspace();
        let now = Utc.with_ymd_and_hms(2026, 2, 10, 9, 30, 0).unwrap();
        let text = due_calendar(&ws, d(2, 10), now, Lang::En, Whose::Everyone);
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(
            !text.replace("\r\n", "").contains('\n'),
            "every line ends in CRLF"
        );
        assert_eq!(
            values(&text, "SUMMARY:"),
            [
                "CA-001 Action: Synchronise the inventory with the patch tool",
                "CA-001 Patch tool missed DB-03, a critical server; see the report",
                "CA-001 Effectiveness check: Patch tool missed DB-03, a critical server; see the report",
            ],
            "the overdue action is still to be done, so it is in; commas and semicolons come back whole"
        );
        assert_eq!(
            values(&text, "DTSTART;VALUE=DATE:"),
            ["20260201", "20260301", "20260430"]
        );
        assert_eq!(
            values(&text, "DTEND;VALUE=DATE:"),
            ["20260202", "20260302", "20260501"]
        );
        assert_eq!(values(&text, "DTSTAMP:"), ["20260210T093000Z"; 3]);
        let descriptions = values(&text, "DESCRIPTION:");
        assert_eq!(
            descriptions[0],
            "Acme; Care, Finance\nCorrective action CA-001: Patch tool missed DB-03, a critical server; see the report\nStage: In progress\nOwner: Ada",
            "an action's owner, not the item's"
        );
        assert!(descriptions[2].ends_with("Owner: Sam"));
        assert_eq!(
            values(&text, "X-WR-CALNAME:"),
            ["Acme; Care, Finance — due dates"]
        );
    }

    #[test]
    fn uids_stay_the_same_from_one_export_to_the_next_and_differ_between_entries() {
        let ws = workspace();
        let first = due_calendar(
            &ws,
            d(2, 10),
            Utc.with_ymd_and_hms(2026, 2, 10, 9, 0, 0).unwrap(),
            Lang::En,
            Whose::Everyone,
        );
        let later = due_calendar(
            &ws,
            d(3, 5),
            Utc.with_ymd_and_hms(2026, 3, 5, 9, 0, 0).unwrap(),
            Lang::Nl,
            Whose::Everyone,
        );
        let uids = values(&first, "UID:");
        assert_eq!(uids, values(&later, "UID:"));
        assert_eq!(
            uids[0],
            format!(
                "CA-001-action-1-{}@isms-improvement-workbench",
                ws.created.timestamp_millis()
            )
        );
        let mut unique = uids.clone();
        unique.dedup();
        assert_eq!(unique.len(), 3);
        assert!(values(&later, "SUMMARY:")[2].starts_with("CA-001 Effectiviteitscontrole: "));
    }

    #[test]
    fn a_persons_file_holds_the_work_they_carry_with_the_teams_uids() {
        let mut ws = workspace();
        ws.items[0].verification.verifier = Some(PersonId::new(2));
        let now = Utc.with_ymd_and_hms(2026, 2, 10, 9, 0, 0).unwrap();
        let (sam_id, ada_id) = (PersonId::new(1), PersonId::new(2));
        let calendar = |lang, whose| due_calendar(&ws, d(2, 10), now, lang, whose);
        let all = calendar(Lang::En, Whose::Everyone);
        let ada = calendar(Lang::Nl, Whose::Person(&ada_id));
        assert_eq!(
            values(&ada, "SUMMARY:"),
            [
                "CA-001 Actie: Synchronise the inventory with the patch tool",
                "CA-001 Effectiviteitscontrole: Patch tool missed DB-03, a critical server; see the report",
            ],
            "her own action and the check she is to verify; the item's due date is Sam's"
        );
        let uids = values(&all, "UID:");
        assert_eq!(values(&ada, "UID:"), [uids[0].clone(), uids[2].clone()]);
        assert!(values(&ada, "DESCRIPTION:")
            .iter()
            .all(|d| d.ends_with("Eigenaar: Ada")));
        assert_eq!(
            values(&ada, "X-WR-CALNAME:"),
            ["Acme; Care, Finance — streefdata — Ada"]
        );
        let sam = calendar(Lang::En, Whose::Person(&sam_id));
        assert_eq!(values(&sam, "UID:"), [uids[1].clone()]);
    }

    #[test]
    fn done_work_and_closed_items_have_no_entries() {
        let mut ws = workspace();
        ws.items[0].plan.actions[0].done = Some(d(2, 2));
        ws.items[0].verification.result = Some(crate::model::Effectiveness::Effective);
        let now = Utc.with_ymd_and_hms(2026, 2, 10, 9, 0, 0).unwrap();
        assert_eq!(
            values(
                &due_calendar(&ws, d(2, 10), now, Lang::En, Whose::Everyone),
                "UID:"
            )
            .len(),
            1
        );
        ws.items[0].stage = Stage::Closed;
        let text = due_calendar(&ws, d(2, 10), now, Lang::En, Whose::Everyone);
        assert!(!text.contains("BEGIN:VEVENT"));
        assert!(
            text.contains("X-WR-CALNAME:"),
            "still a calendar a program can open"
        );
    }

    #[test]
    fn everyones_file_holds_the_next_management_review_once_one_was_held() {
        let mut ws = workspace();
        let now = Utc.with_ymd_and_hms(2026, 2, 10, 9, 0, 0).unwrap();
        let calendar = |ws: &Workspace, lang, whose| due_calendar(ws, d(2, 10), now, lang, whose);
        // The review's entry comes after the items' dates.
        let last = |text: &str, key| values(text, key).pop().unwrap_or_default();
        let before = calendar(&ws, Lang::En, Whose::Everyone);
        assert!(
            !before.contains("Management review"),
            "none held: no date to count from"
        );
        let hold = |ws: &mut Workspace, held_on: NaiveDate| {
            ws.review_notes.attendees = "Board".into();
            ws.review_notes.decisions = "Carry on.".into();
            let draft = held_review::Draft {
                from: held_on - chrono::Duration::days(365),
                to: held_on,
                held_on,
                day_ended: None,
            };
            held_review::record(ws, &draft, d(2, 10), now).unwrap();
        };
        hold(&mut ws, d(1, 20));
        ws.settings.review_every_months = Some(1);
        let monthly = calendar(&ws, Lang::En, Whose::Everyone);
        assert!(last(&monthly, "DESCRIPTION:").ends_with("interval: 1 month"));
        ws.settings.review_every_months = Some(6);
        let text = calendar(&ws, Lang::En, Whose::Everyone);
        assert_eq!(last(&text, "SUMMARY:"), "Management review (9.3) due");
        assert_eq!(last(&text, "DTSTART;VALUE=DATE:"), "20260720");
        assert_eq!(
            last(&text, "DESCRIPTION:"),
            "Acme; Care, Finance\nLast held on 2026-01-20: MR-001\nPlanned interval: 6 months"
        );
        let uid = last(&text, "UID:");
        let created = ws.created.timestamp_millis();
        assert_eq!(
            uid,
            format!("management-review-{created}@isms-improvement-workbench")
        );
        // The next review held moves the entry: the same UID, a later day.
        hold(&mut ws, d(2, 3));
        let nl = calendar(&ws, Lang::Nl, Whose::Everyone);
        assert_eq!(last(&nl, "UID:"), uid);
        assert_eq!(last(&nl, "DTSTART;VALUE=DATE:"), "20260803");
        assert_eq!(last(&nl, "SUMMARY:"), "Directiebeoordeling (9.3) gepland");
        assert!(last(&nl, "DESCRIPTION:").ends_with("MR-002\nGepland interval: 6 maanden"));
        // A person's file holds only the work they carry.
        let sam = PersonId::new(1);
        assert!(!calendar(&ws, Lang::En, Whose::Person(&sam)).contains("Management review"));
    }

    proptest! {
        #[test]
        fn any_workspace_gives_one_entry_per_dated_commitment_in_lines_of_at_most_75_octets(
            ws in crate::arb::workspace(),
            days in 0i64..900,
        ) {
            let today = crate::arb::today(days);
            let text = due_calendar(&ws, today, crate::arb::base_time(), Lang::En, Whose::Everyone);
            let work = views::dated_work(&ws, today);
            let review = usize::from(held_review::next_due(&ws).is_some());
            prop_assert_eq!(text.matches("BEGIN:VEVENT\r\n").count(), work.len() + review);
            for line in text.split_terminator("\r\n") {
                // A folded line's leading space is the fold, not content.
                prop_assert!(line.trim_start_matches(' ').len() <= 75, "{line:?}");
                prop_assert!(!line.contains('\r') && !line.contains('\n'));
            }
            let mut titles: Vec<String> = work.iter().map(|l| entry_title(l, Lang::En)).collect();
            titles.extend((review == 1).then(|| "Management review (9.3) due".to_owned()));
            prop_assert_eq!(values(&text, "SUMMARY:"), titles);
        }
    }
}
