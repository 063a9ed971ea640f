//! Management reviews recorded as held (clause 9.3): the record an auditor asks for.
//!
//! The review page computes its input live, from the register as it stands; once the review has
//! taken place, that input must not keep changing with the register. Recording a review as held
//! keeps a copy of its input as it stood that day, beside when it was held, who took part and
//! what was decided (9.3.3: decisions on opportunities for improvement and on changes the ISMS
//! needs), with the notes written for it. Its period ends on the day held at the latest (a
//! review cannot have seen the days after it), so the next review's period takes those up. Who
//! took part and what was decided are written in the workspace's review notes during the meeting
//! (so nothing typed is lost before it is recorded) and move into the record. Records are numbered `MR-001`, `MR-002`, … and a number is never
//! given out twice, also after a record is deleted. The day it was held, who took part and what
//! was decided can be corrected afterwards (minutes are corrected before they are approved); each
//! correction keeps when it was made and what it replaced, so the record shows that it changed
//! and how.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::model::{DateMeaning, Item, ReviewId, ReviewNotes, Source, Workspace};
use crate::review::{self, ReviewInput};

/// One management review as it was held.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HeldReview {
    pub id: ReviewId,
    #[serde(deserialize_with = "crate::model::dates::date")]
    pub held_on: NaiveDate,
    /// Who took part, as written (names and roles).
    pub attendees: String,
    /// What was decided: improvements, changes to the ISMS, resources (9.3.3).
    pub decisions: String,
    /// The notes on what the register does not hold, as they were when the review was recorded
    /// (without who took part and what was decided, which are the record's own fields).
    #[serde(default)]
    #[serde(skip_serializing_if = "crate::model::is_default")]
    pub notes: ReviewNotes,
    /// The review's input for its period, as the register stood at `figures_at` (or, without
    /// it, when the review was recorded).
    pub input: ReviewInput,
    /// The moment the figures were taken at, when that was before the record was made: the end
    /// of the day held, for a review recorded after it. Records made before this field existed
    /// have none: their figures are the register as it stood when recorded.
    #[serde(default, deserialize_with = "crate::model::dates::opt_timestamp")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub figures_at: Option<DateTime<Utc>>,
    /// When the record was made.
    #[serde(deserialize_with = "crate::model::dates::timestamp")]
    pub recorded: DateTime<Utc>,
    /// Corrections of the day held, who took part and what was decided, oldest first.
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
}

/// One correction of a record's minutes: when, and what they said before it (only what it
/// changed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    #[serde(deserialize_with = "crate::model::dates::timestamp")]
    pub at: DateTime<Utc>,
    /// The day the review was said to be held.
    #[serde(default, deserialize_with = "crate::model::dates::opt_date")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub held_on: Option<NaiveDate>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attendees: Option<String>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decisions: Option<String>,
}

/// The review to record: its period and the day it was held. Who took part and what was
/// decided come from the workspace's review notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Draft {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub held_on: NaiveDate,
    /// When the day held ended where the review was held (only the shell knows the time zone);
    /// `None` for a review held today. A review recorded after that day keeps the register as it
    /// stood at its end — what the meeting saw — not as it stands when recorded.
    pub day_ended: Option<DateTime<Utc>>,
}

impl Draft {
    /// The period the record covers: the draft's, ending on the day held at the latest (a review
    /// cannot have looked at days after it took place; the next review's period starts after it).
    pub fn period(&self) -> (NaiveDate, NaiveDate) {
        (self.from, self.to.min(self.held_on))
    }

    /// Whether the day held lies before the period starts, which recording refuses: the period
    /// would end before it begins.
    pub fn held_before_period(&self) -> bool {
        self.held_on < self.from
    }
}

/// A record's minutes as corrected: the day it was held, who took part and what was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Minutes<'a> {
    pub held_on: NaiveDate,
    pub attendees: &'a str,
    pub decisions: &'a str,
}

impl Minutes<'_> {
    /// What recording and correcting both refuse: a day still to come, an empty text.
    fn check(&self, today: NaiveDate) -> Result<(), HoldError> {
        if !DateMeaning::Happened.takes(self.held_on, today) {
            return Err(HoldError::HeldInFuture);
        }
        if self.attendees.trim().is_empty() {
            return Err(HoldError::NoAttendees);
        }
        if self.decisions.trim().is_empty() {
            return Err(HoldError::NoDecisions);
        }
        Ok(())
    }
}

/// Why a review was not recorded, or a record not deleted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HoldError {
    #[error("the review's period starts after it ends")]
    PeriodReversed,
    #[error("a review cannot have been held on a day still to come")]
    HeldInFuture,
    #[error("the review was held before its period starts")]
    HeldBeforePeriod,
    #[error("who took part is not written down")]
    NoAttendees,
    #[error("what was decided is not written down")]
    NoDecisions,
    #[error("there is no management review record {0}")]
    Missing(ReviewId),
}

/// The next record number: one past the highest ever used in this workspace.
pub fn next_id(ws: &Workspace) -> ReviewId {
    let highest = ws
        .held_reviews
        .iter()
        .map(|r| r.id.number())
        .max()
        .unwrap_or(0)
        .max(ws.last_review_number);
    ReviewId::new(highest + 1)
}

/// Records the review of `draft`'s period (see [`Draft::period`]) as held, with its input as the
/// register stands `today` (or stood when the day held ended), and returns its id. Who took part
/// and what was decided move from the review notes into the record; the other notes are copied
/// and stay for the next review. Changes nothing when it fails.
pub fn record(
    ws: &mut Workspace,
    draft: &Draft,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<ReviewId, HoldError> {
    if draft.from > draft.to {
        return Err(HoldError::PeriodReversed);
    }
    let minutes = Minutes {
        held_on: draft.held_on,
        attendees: &ws.review_notes.attendees,
        decisions: &ws.review_notes.decisions,
    };
    minutes.check(today)?;
    if draft.held_before_period() {
        return Err(HoldError::HeldBeforePeriod);
    }
    let (from, to) = draft.period();
    let id = next_id(ws);
    let figures_at = draft.day_ended.filter(|end| *end < now);
    let input = match figures_at {
        Some(at) => review::input(&as_it_stood(ws, at), from, to, draft.held_on),
        None => review::input(ws, from, to, today),
    };
    let attendees = std::mem::take(&mut ws.review_notes.attendees);
    let decisions = std::mem::take(&mut ws.review_notes.decisions);
    ws.last_review_number = id.number();
    ws.held_reviews.push(HeldReview {
        id: id.clone(),
        held_on: draft.held_on,
        attendees: attendees.trim().to_owned(),
        decisions: decisions.trim().to_owned(),
        notes: ws.review_notes.clone(),
        input,
        figures_at,
        recorded: now,
        corrections: Vec::new(),
    });
    Ok(id)
}

/// The register as it stood at `at`: the items that existed then, each as it was. The rest of the
/// workspace (objectives, people, settings) is as it is: it keeps no history.
fn as_it_stood(ws: &Workspace, at: DateTime<Utc>) -> Workspace {
    Workspace {
        items: ws
            .items
            .iter()
            .filter_map(|i| crate::history::as_of(i, at))
            .collect(),
        ..ws.clone()
    }
}

/// Corrects the minutes of review `id` (the day held, who took part, what it decided), keeping
/// what they replaced. Returns whether anything changed (the record's own day and texts, once
/// trimmed, change nothing). Refuses what recording refuses (an emptied text, a day still to
/// come) and changes nothing when it fails. The review's figures stay as recorded.
pub fn correct(
    ws: &mut Workspace,
    id: &ReviewId,
    minutes: &Minutes,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<bool, HoldError> {
    minutes.check(today)?;
    let (attendees, decisions) = (minutes.attendees.trim(), minutes.decisions.trim());
    let record = ws
        .held_reviews
        .iter_mut()
        .find(|r| &r.id == id)
        .ok_or_else(|| HoldError::Missing(id.clone()))?;
    let replaced =
        |old: &mut String, new: &str| (old != new).then(|| std::mem::replace(old, new.to_owned()));
    let correction = Correction {
        at: now,
        held_on: (record.held_on != minutes.held_on)
            .then(|| std::mem::replace(&mut record.held_on, minutes.held_on)),
        attendees: replaced(&mut record.attendees, attendees),
        decisions: replaced(&mut record.decisions, decisions),
    };
    let changed = correction.held_on.is_some()
        || correction.attendees.is_some()
        || correction.decisions.is_some();
    if changed {
        record.corrections.push(correction);
    }
    Ok(changed)
}

/// Deletes record `id` (one made by mistake); its number is not used again.
pub fn remove(ws: &mut Workspace, id: &ReviewId) -> Result<HeldReview, HoldError> {
    let index = ws
        .held_reviews
        .iter()
        .position(|r| &r.id == id)
        .ok_or_else(|| HoldError::Missing(id.clone()))?;
    ws.last_review_number = ws.last_review_number.max(id.number());
    Ok(ws.held_reviews.remove(index))
}

/// Whether two records are the same review, also when a merge gave one of them another number
/// or its minutes were corrected on one side since.
pub fn same_record(a: &HeldReview, b: &HeldReview) -> bool {
    a.recorded == b.recorded && a.as_first_recorded() == b.as_first_recorded()
}

impl HeldReview {
    /// The record as it was made, numberless: its minutes before any correction, everything
    /// else as it is (a record changes only by corrections).
    fn as_first_recorded(&self) -> HeldReview {
        let first = self.original_minutes();
        HeldReview {
            id: ReviewId::new(0),
            held_on: first.held_on,
            attendees: first.attendees.to_owned(),
            decisions: first.decisions.to_owned(),
            corrections: Vec::new(),
            ..self.clone()
        }
    }

    /// The minutes as first recorded, before any correction.
    pub fn original_minutes(&self) -> Minutes<'_> {
        let mut first = Minutes {
            held_on: self.held_on,
            attendees: &self.attendees,
            decisions: &self.decisions,
        };
        for c in self.corrections.iter().rev() {
            if let Some(day) = c.held_on {
                first.held_on = day;
            }
            if let Some(old) = &c.attendees {
                first.attendees = old;
            }
            if let Some(old) = &c.decisions {
                first.decisions = old;
            }
        }
        first
    }

    /// Whether `self` is `other` with later corrections added (the same record, edited further).
    pub fn corrects(&self, other: &HeldReview) -> bool {
        self.corrections.len() > other.corrections.len()
            && self.corrections.starts_with(&other.corrections)
    }
}

/// Whether a reference (`MR-001`, spaces around it ignored) names review `id`.
fn names(reference: &str, id: &ReviewId) -> bool {
    reference.trim() == id.as_str()
}

/// The record a reference names, if this workspace holds it (see [`names`]).
pub fn named<'a>(ws: &'a Workspace, reference: &str) -> Option<&'a HeldReview> {
    ws.held_reviews.iter().find(|r| names(reference, &r.id))
}

/// Whether `item` was decided at review `id`: its source is Management review and its reference
/// names the record.
fn decided_at_review(item: &Item, id: &ReviewId) -> bool {
    item.source == Source::ManagementReview && names(&item.source_ref, id)
}

/// The items raised from review `id` (see [`decided_at_review`]), by id.
pub fn raised_from<'a>(ws: &'a Workspace, id: &ReviewId) -> Vec<&'a Item> {
    let mut items: Vec<&Item> = ws
        .items
        .iter()
        .filter(|i| decided_at_review(i, id))
        .collect();
    crate::sorting::sort_by_key(&mut items, |i| i.id);
    items
}

/// The recorded review `item` was decided at, if its reference names one (the other side of
/// [`raised_from`]).
pub fn decided_at<'a>(ws: &'a Workspace, item: &Item) -> Option<&'a HeldReview> {
    (item.source == Source::ManagementReview)
        .then(|| named(ws, &item.source_ref))
        .flatten()
}

/// When the next management review is due: the planned interval after the last one held.
/// `None` before any review is recorded (there is nothing to count from).
pub fn next_due(ws: &Workspace) -> Option<NaiveDate> {
    // The first of [`newest_first`], without sorting every record for it.
    let last = ws
        .held_reviews
        .iter()
        .max_by_key(|r| (r.held_on, r.id.number()))?
        .held_on;
    last.checked_add_months(chrono::Months::new(ws.settings.review_interval()))
}

/// The next review's due day ([`next_due`]) when it falls from `today` to `days` ahead, as the
/// dashboard's list of what falls due soon takes it; a review already late is not "due soon"
/// but [`late`].
pub fn due_within(ws: &Workspace, today: NaiveDate, days: i64) -> Option<NaiveDate> {
    next_due(ws).filter(|&due| due >= today && due <= crate::views::last_day(today, days))
}

/// The next review's due day ([`next_due`]) once it has passed on `today`: it belongs with
/// what is overdue.
pub fn late(ws: &Workspace, today: NaiveDate) -> Option<NaiveDate> {
    next_due(ws).filter(|&due| due < today)
}

/// The records, the most recently held first (on the same day, the later record first).
pub fn newest_first(ws: &Workspace) -> Vec<&HeldReview> {
    let mut list: Vec<&HeldReview> = ws.held_reviews.iter().collect();
    crate::sorting::sort_by_key(&mut list, |r| {
        (
            std::cmp::Reverse(r.held_on),
            std::cmp::Reverse(r.id.number()),
        )
    });
    list
}

/// The record a new review's period follows on from: the one whose period ended last, when that
/// was before `to` (when it was not, the period asked for has been reviewed already). Reviews at
/// planned intervals each cover the time since the one before, so nothing falls between two
/// reviews and nothing is counted twice.
pub fn followed(ws: &Workspace, to: NaiveDate) -> Option<&HeldReview> {
    ws.held_reviews
        .iter()
        .max_by_key(|r| (r.input.to, r.id.number()))
        .filter(|r| r.input.to < to)
}

/// Where a review's period ending `to` starts unless chosen: the day after the period of the
/// record it follows on from ([`followed`]), or a year back when there is none.
pub fn default_from(ws: &Workspace, to: NaiveDate) -> NaiveDate {
    followed(ws, to).map_or(to - chrono::Duration::days(365), |r| {
        r.input.to + chrono::Duration::days(1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example;
    use crate::i18n::Lang;
    use crate::lifecycle::Stage;
    use chrono::{Duration, TimeZone};

    /// The example without its review record, so the records these tests make start at MR-001.
    fn setup() -> (Workspace, NaiveDate, DateTime<Utc>) {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap();
        let today = now.date_naive();
        let mut ws = example::workspace(Lang::En, today, now);
        ws.held_reviews.clear();
        ws.last_review_number = 0;
        (ws, today, now)
    }

    fn draft(today: NaiveDate) -> Draft {
        Draft {
            from: today - Duration::days(365),
            to: today,
            held_on: today,
            day_ended: None,
        }
    }

    /// Writes the meeting's attendees and decisions, as the review page does, and records it.
    fn hold(ws: &mut Workspace, d: &Draft, today: NaiveDate, now: DateTime<Utc>) -> ReviewId {
        ws.review_notes.attendees = " Managing director, CISO ".into();
        ws.review_notes.decisions = "Fund immutable backups.".into();
        record(ws, d, today, now).unwrap()
    }

    #[test]
    fn recording_keeps_the_input_as_it_stood_and_the_notes() {
        let (mut ws, today, now) = setup();
        let expected = review::input(&ws, today - Duration::days(365), today, today);
        let notes = ws.review_notes.clone();
        let id = hold(&mut ws, &draft(today), today, now);
        assert_eq!(id.as_str(), "MR-001");
        let held = &ws.held_reviews[0];
        assert_eq!(held.input, expected);
        assert_eq!(held.attendees, "Managing director, CISO");
        assert_eq!(held.decisions, "Fund immutable backups.");
        assert_eq!(held.recorded, now);
        // The meeting's own texts moved into the record; the other notes stay for the next one.
        assert_eq!(held.notes, notes);
        assert_eq!(ws.review_notes, notes);
        // The register moves on; the record does not.
        ws.items[0].title = "Changed afterwards".into();
        ws.items[0].stage = Stage::OnHold;
        assert_eq!(ws.held_reviews[0].input, expected);
        assert_ne!(
            review::input(&ws, today - Duration::days(365), today, today),
            expected
        );
    }

    #[test]
    fn recording_refuses_what_a_record_cannot_say() {
        let (mut ws, today, now) = setup();
        ws.review_notes.attendees = "Board".into();
        ws.review_notes.decisions = "No changes needed".into();
        let before = ws.clone();
        let blank = |attendees: &str, decisions: &str| {
            let mut ws = before.clone();
            ws.review_notes.attendees = attendees.into();
            ws.review_notes.decisions = decisions.into();
            ws
        };
        for (mut ws, error) in [
            (blank("  ", "Decided"), HoldError::NoAttendees),
            (blank("Board", "\n"), HoldError::NoDecisions),
        ] {
            let unchanged = ws.clone();
            assert_eq!(record(&mut ws, &draft(today), today, now), Err(error));
            assert_eq!(ws, unchanged);
        }
        let cases = [
            (
                Draft {
                    from: today,
                    to: today - Duration::days(1),
                    ..draft(today)
                },
                HoldError::PeriodReversed,
            ),
            (
                Draft {
                    held_on: today + Duration::days(1),
                    ..draft(today)
                },
                HoldError::HeldInFuture,
            ),
            (
                Draft {
                    from: today - Duration::days(10),
                    held_on: today - Duration::days(11),
                    ..draft(today)
                },
                HoldError::HeldBeforePeriod,
            ),
        ];
        for (d, error) in cases {
            assert_eq!(record(&mut ws, &d, today, now), Err(error));
            assert_eq!(ws, before);
        }
    }

    #[test]
    fn record_numbers_are_never_given_out_twice() {
        let (mut ws, today, now) = setup();
        let first = hold(&mut ws, &draft(today), today, now);
        let second = hold(&mut ws, &draft(today), today, now);
        assert_eq!(second.as_str(), "MR-002");
        remove(&mut ws, &second).unwrap();
        assert_eq!(hold(&mut ws, &draft(today), today, now).as_str(), "MR-003");
        remove(&mut ws, &first).unwrap();
        assert_eq!(
            remove(&mut ws, &first),
            Err(HoldError::Missing(first.clone()))
        );
    }

    #[test]
    fn records_list_the_most_recently_held_first() {
        let (mut ws, today, now) = setup();
        let earlier = Draft {
            held_on: today - Duration::days(30),
            ..draft(today)
        };
        hold(&mut ws, &draft(today), today, now);
        hold(&mut ws, &earlier, today, now);
        hold(&mut ws, &draft(today), today, now);
        let order: Vec<&str> = newest_first(&ws).iter().map(|r| r.id.as_str()).collect();
        assert_eq!(order, ["MR-003", "MR-001", "MR-002"]);
    }

    #[test]
    fn the_items_raised_from_a_review_are_those_of_its_source_that_name_it() {
        let (mut ws, today, now) = setup();
        let id = hold(&mut ws, &draft(today), today, now);
        let refer = |ws: &mut Workspace, n: usize, source: Source, reference: &str| {
            ws.items[n].source = source;
            ws.items[n].source_ref = reference.into();
        };
        refer(&mut ws, 3, Source::ManagementReview, " MR-001 ");
        refer(&mut ws, 1, Source::ManagementReview, "MR-001");
        refer(&mut ws, 2, Source::InternalAudit, "MR-001");
        refer(&mut ws, 4, Source::ManagementReview, "MR-0011");
        let raised: Vec<_> = raised_from(&ws, &id).iter().map(|i| i.id).collect();
        let mut expected = vec![ws.items[1].id, ws.items[3].id];
        expected.sort();
        assert_eq!(raised, expected);
        // And from the item's side.
        let at = |n: usize| decided_at(&ws, &ws.items[n]).map(|r| r.id.clone());
        assert_eq!([at(1), at(3)], [Some(id.clone()), Some(id.clone())]);
        assert_eq!([at(2), at(4), at(0)], [None, None, None]);
    }

    #[test]
    fn a_record_survives_the_file_round_trip() {
        let (mut ws, today, now) = setup();
        hold(&mut ws, &draft(today), today, now);
        let text = crate::file::save(&ws);
        let loaded = crate::file::load_str(&text).unwrap();
        assert_eq!(loaded.workspaces[0], ws);
    }

    #[test]
    fn correcting_the_minutes_keeps_what_they_replaced_and_when() {
        let (mut ws, today, now) = setup();
        let id = hold(&mut ws, &draft(today), today, now);
        let later = now + Duration::hours(2);
        let minutes = Minutes {
            held_on: today,
            attendees: " Managing director, CISO, IT manager ",
            decisions: "Fund immutable backups.",
        };
        assert_eq!(correct(&mut ws, &id, &minutes, today, later), Ok(true));
        let r = &ws.held_reviews[0];
        assert_eq!(r.attendees, "Managing director, CISO, IT manager");
        assert_eq!(
            r.corrections,
            vec![Correction {
                at: later,
                held_on: None,
                attendees: Some("Managing director, CISO".into()),
                decisions: None,
            }],
            "only the text that changed is kept, as it was"
        );
        let input = r.input.clone();
        let same = Minutes {
            decisions: " Fund immutable backups. ",
            ..minutes
        };
        assert_eq!(
            correct(&mut ws, &id, &same, today, later),
            Ok(false),
            "the same texts change nothing"
        );
        assert_eq!(ws.held_reviews[0].corrections.len(), 1);
        // The day it was held, mistyped when it was recorded.
        let monday = today - Duration::days(4);
        let day = Minutes {
            held_on: monday,
            ..same
        };
        assert_eq!(correct(&mut ws, &id, &day, today, later), Ok(true));
        let r = &ws.held_reviews[0];
        assert_eq!(r.held_on, monday);
        assert_eq!(r.corrections[1].held_on, Some(today), "the day it replaced");
        assert_eq!(
            (
                r.corrections[1].attendees.as_ref(),
                r.corrections[1].decisions.as_ref()
            ),
            (None, None)
        );
        let first = r.original_minutes();
        assert_eq!(
            (first.held_on, first.attendees, first.decisions),
            (today, "Managing director, CISO", "Fund immutable backups.")
        );
        let text = crate::file::save(&ws);
        assert_eq!(crate::file::load_str(&text).unwrap().workspaces[0], ws);
        assert_eq!(
            ws.held_reviews[0].input, input,
            "the figures are the record's own"
        );
    }

    #[test]
    fn a_correction_that_empties_a_text_dates_the_review_ahead_or_names_no_record_is_refused_and_changes_nothing(
    ) {
        let (mut ws, today, now) = setup();
        let id = hold(&mut ws, &draft(today), today, now);
        let before = ws.clone();
        let minutes = |attendees, decisions| Minutes {
            held_on: today,
            attendees,
            decisions,
        };
        assert_eq!(
            correct(&mut ws, &id, &minutes("  ", "x"), today, now),
            Err(HoldError::NoAttendees)
        );
        assert_eq!(
            correct(&mut ws, &id, &minutes("CISO", ""), today, now),
            Err(HoldError::NoDecisions)
        );
        let tomorrow = Minutes {
            held_on: today + Duration::days(1),
            ..minutes("CISO", "x")
        };
        assert_eq!(
            correct(&mut ws, &id, &tomorrow, today, now),
            Err(HoldError::HeldInFuture)
        );
        let other = ReviewId::new(9);
        assert_eq!(
            correct(&mut ws, &other, &minutes("CISO", "x"), today, now),
            Err(HoldError::Missing(other.clone()))
        );
        assert_eq!(ws, before);
    }

    #[test]
    fn a_new_review_period_starts_the_day_after_the_last_recorded_one_ended() {
        let (mut ws, today, now) = setup();
        let year_back = today - Duration::days(365);
        assert_eq!(default_from(&ws, today), year_back, "no record yet");
        let spring = today - Duration::days(200);
        let held = |ws: &mut Workspace, from: NaiveDate, to: NaiveDate| {
            let d = Draft {
                from,
                to,
                held_on: to,
                day_ended: None,
            };
            hold(ws, &d, today, now)
        };
        let first = held(&mut ws, spring - Duration::days(365), spring);
        assert_eq!(followed(&ws, today).map(|r| &r.id), Some(&first));
        assert_eq!(default_from(&ws, today), spring + Duration::days(1));
        // A record of an older period, made later, does not move the start back.
        held(
            &mut ws,
            spring - Duration::days(500),
            spring - Duration::days(300),
        );
        assert_eq!(default_from(&ws, today), spring + Duration::days(1));
        // A period asked for that the last record reaches has been reviewed: a year back.
        assert_eq!(default_from(&ws, spring), spring - Duration::days(365));
        let last = held(&mut ws, spring, today);
        assert_eq!(
            followed(&ws, today + Duration::days(1)).map(|r| &r.id),
            Some(&last)
        );
        assert_eq!(default_from(&ws, today), year_back);
    }

    #[test]
    fn a_review_recorded_after_the_day_it_was_held_keeps_the_register_as_it_stood_at_its_end() {
        let (mut ws, today, now) = setup();
        let as_held = ws.clone();
        // Held tomorrow, recorded the day after; in between an item is retitled and one added.
        let (held_on, day_ended) = (today + Duration::days(1), now + Duration::days(1));
        let (later_today, later_now) = (today + Duration::days(2), now + Duration::days(2));
        let after = now + Duration::hours(36);
        let before = ws.items[1].clone();
        let mut renamed = before.clone();
        renamed.title = "Renamed after the meeting".into();
        ws.items[1] = crate::history::record(&before, renamed, after);
        let id = ws.next_item_id(crate::model::Kind::ContinualImprovement);
        ws.items.push(crate::history::create(
            id,
            crate::model::Kind::ContinualImprovement,
            after,
            |i| {
                i.title = "Raised after the meeting".into();
                i.identified_on = later_today;
            },
        ));
        let d = Draft {
            from: held_on - Duration::days(365),
            to: held_on,
            held_on,
            day_ended: Some(day_ended),
        };
        hold(&mut ws, &d, later_today, later_now);
        let record = &ws.held_reviews[0];
        assert_eq!(record.figures_at, Some(day_ended));
        assert_eq!(record.input, review::input(&as_held, d.from, d.to, held_on));
        assert!(record
            .input
            .opportunities
            .iter()
            .all(|o| o.title != "Renamed after the meeting" && o.id != id));
        // Recorded on the day itself, the figures are the register as it stands.
        let d = Draft {
            held_on: later_today,
            day_ended: Some(later_now + Duration::hours(3)),
            ..d
        };
        hold(&mut ws, &d, later_today, later_now);
        assert_eq!(ws.held_reviews[1].figures_at, None);
        assert!(ws.held_reviews[1]
            .input
            .opportunities
            .iter()
            .any(|o| o.id == id));
        // The moment the figures were taken at survives the file.
        let loaded = crate::file::load_str(&crate::file::save(&ws)).unwrap();
        assert_eq!(loaded.workspaces[0].held_reviews, ws.held_reviews);
    }

    #[test]
    fn a_review_period_ends_on_the_day_it_was_held_at_the_latest() {
        let (mut ws, today, now) = setup();
        let held_on = today - Duration::days(3);
        // An item identified after the meeting, in the period the page proposed (up to today).
        let id = ws.next_item_id(crate::model::Kind::ContinualImprovement);
        ws.items.push(crate::history::create(
            id,
            crate::model::Kind::ContinualImprovement,
            now,
            |i| i.identified_on = today - Duration::days(1),
        ));
        let d = Draft {
            held_on,
            ..draft(today)
        };
        assert_eq!(d.period(), (d.from, held_on));
        let up_to_today = review::input(&ws, d.from, today, today).counts.identified;
        let expected = review::input(&ws, d.from, held_on, today);
        assert_eq!(expected.counts.identified + 1, up_to_today);
        hold(&mut ws, &d, today, now);
        assert_eq!(ws.held_reviews[0].input, expected);
        // The next review takes up the days after the meeting, the new item among them.
        assert_eq!(default_from(&ws, today), held_on + Duration::days(1));
        // A period that ends before the day held is kept as chosen.
        let earlier = Draft {
            to: held_on - Duration::days(30),
            ..d
        };
        assert_eq!(earlier.period(), (d.from, held_on - Duration::days(30)));
    }

    #[test]
    fn the_next_review_is_due_the_planned_interval_after_the_last_one_held() {
        let (mut ws, today, now) = setup();
        assert_eq!(next_due(&ws), None, "no review recorded");
        let d = Draft {
            held_on: NaiveDate::from_ymd_opt(2026, 8, 31).unwrap(),
            ..draft(today)
        };
        hold(&mut ws, &d, today, now);
        assert_eq!(
            next_due(&ws),
            NaiveDate::from_ymd_opt(2027, 8, 31),
            "a year by default"
        );
        ws.settings.review_every_months = Some(6);
        assert_eq!(
            next_due(&ws),
            NaiveDate::from_ymd_opt(2027, 2, 28),
            "the month's last day"
        );
        // An older review recorded later does not count from its own day.
        let older = Draft {
            held_on: NaiveDate::from_ymd_opt(2026, 2, 1).unwrap(),
            ..draft(today)
        };
        hold(&mut ws, &older, today, now);
        assert_eq!(next_due(&ws), NaiveDate::from_ymd_opt(2027, 2, 28));
        // Out of the range a file may set, the workspace is refused.
        ws.settings.review_every_months = Some(0);
        assert!(crate::file::validate(&ws)
            .iter()
            .any(|p| p.path == "settings.review_every_months"));
        ws.settings.review_every_months = Some(36);
        assert_eq!(crate::file::validate(&ws), vec![]);
    }

    #[test]
    fn the_next_review_falls_due_soon_from_today_to_the_look_ahead_s_last_day_and_is_late_after() {
        let (mut ws, today, now) = setup();
        let on = |m, day| NaiveDate::from_ymd_opt(2027, m, day).unwrap();
        assert_eq!(due_within(&ws, on(8, 1), 30), None, "no review recorded");
        let d = Draft {
            held_on: NaiveDate::from_ymd_opt(2026, 8, 31).unwrap(),
            ..draft(today)
        };
        hold(&mut ws, &d, today, now);
        // Due on 31 Aug 2027.
        assert_eq!(due_within(&ws, on(7, 31), 30), None, "31 days ahead");
        assert_eq!(
            due_within(&ws, on(8, 1), 30),
            Some(on(8, 31)),
            "30 days ahead"
        );
        assert_eq!(due_within(&ws, on(8, 31), 30), Some(on(8, 31)), "due today");
        assert_eq!(due_within(&ws, on(9, 1), 30), None, "late, not due soon");
        assert_eq!(due_within(&ws, on(8, 31), 0), Some(on(8, 31)));
        // Late from the day after; due soon and late never both.
        assert_eq!(late(&ws, on(8, 31)), None, "due today is not late");
        assert_eq!(late(&ws, on(9, 1)), Some(on(8, 31)));
        for day in (0..80).map(|n| on(7, 1) + chrono::Days::new(n)) {
            assert!(late(&ws, day).is_none() || due_within(&ws, day, 30).is_none());
        }
    }
}
