//! Days still to come in a file where it records what happened: the day an item was identified,
//! an action done, a check verified, a change communicated, an item closed, a review held.
//!
//! The app refuses such a day where it is typed (`DateMeaning::Happened`, the same rule here). A
//! file is taken whole or not at all, and a day ahead can be honest (made where the calendar is a
//! day ahead, or on a computer whose clock is wrong), so an import does not refuse them: its
//! preview names each one, to be checked.

use chrono::NaiveDate;

use crate::model::{DateMeaning, Workspace};

/// Which date of a record it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Happened {
    Identified,
    ActionDone,
    Verified,
    Communicated,
    Closed,
    ReviewHeld,
}

/// One date still to come: where (an item's or a review record's id), which, and the day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayToCome {
    pub record: String,
    pub what: Happened,
    pub day: NaiveDate,
}

/// Every date in `ws` recording what happened that lies after `today`, in the register's order,
/// then the review records'.
pub fn days_to_come(ws: &Workspace, today: NaiveDate) -> Vec<DayToCome> {
    let mut found = Vec::new();
    let mut note = |record: &dyn Fn() -> String, what: Happened, day: Option<NaiveDate>| {
        if let Some(day) = day.filter(|d| !DateMeaning::Happened.takes(*d, today)) {
            found.push(DayToCome {
                record: record(),
                what,
                day,
            });
        }
    };
    for item in &ws.items {
        let id = || item.id.to_string();
        note(&id, Happened::Identified, Some(item.identified_on));
        for action in &item.plan.actions {
            note(&id, Happened::ActionDone, action.done);
        }
        note(&id, Happened::Verified, item.verification.verified_on);
        note(&id, Happened::Communicated, item.communication.date);
        note(&id, Happened::Closed, item.closed_on);
    }
    for review in &ws.held_reviews {
        note(
            &|| review.id.to_string(),
            Happened::ReviewHeld,
            Some(review.held_on),
        );
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example;
    use crate::i18n::Lang;
    use chrono::{Duration, TimeZone, Utc};

    #[test]
    fn only_days_after_today_where_a_date_records_what_happened_are_named() {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap();
        let today = now.date_naive();
        let mut ws = example::workspace(Lang::En, today, now);
        assert_eq!(days_to_come(&ws, today), [], "the example has none");
        let ahead = today + Duration::days(2);
        ws.items[3].identified_on = ahead;
        ws.items[3].plan.actions[0].done = Some(ahead);
        ws.items[3].communication.date = Some(today);
        ws.items[3].plan.due = Some(ahead + Duration::days(90));
        ws.held_reviews[0].held_on = ahead;
        let found: Vec<(String, Happened)> = days_to_come(&ws, today)
            .into_iter()
            .map(|d| (d.record, d.what))
            .collect();
        assert_eq!(
            found,
            [
                ("CI-004".to_owned(), Happened::Identified),
                ("CI-004".to_owned(), Happened::ActionDone),
                ("MR-001".to_owned(), Happened::ReviewHeld),
            ],
            "today itself and a due date are not named"
        );
        assert_eq!(days_to_come(&ws, ahead), []);
    }
}
