//! A workspace: one client organisation's ISMS improvement register, objectives, people,
//! settings and gap assessment. All changes to items go through `history::record` so every
//! change is logged.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{DeletedItem, Item, ItemId, Kind, ObjectiveId, PersonId, Settings};
use crate::held_review::HeldReview;
use crate::i18n::Lang;

/// An information security objective (clause 6.2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Objective {
    pub id: ObjectiveId,
    pub title: String,
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<PersonId>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "crate::model::dates::opt_date")]
    pub due: Option<NaiveDate>,
    /// How success is measured, e.g. "mean time to respond below 4 hours".
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub target: String,
}

/// What the management review must also weigh (9.3.2 b, c and f) that the register does not
/// hold, written for the coming review and printed with its input. Free text: the consultant
/// summarises what the client's context analysis, stakeholder register and risk assessment say.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewNotes {
    /// Changes in external and internal issues relevant to the ISMS (9.3.2 b).
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub issues: String,
    /// Changes in the needs and expectations of interested parties (9.3.2 c).
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub interested_parties: String,
    /// Results of risk assessment and status of the risk treatment plan (9.3.2 f).
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub risks: String,
    /// Who takes part in the coming review, written during the meeting; moved into its record
    /// when the review is recorded as held.
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub attendees: String,
    /// What the coming review decides (9.3.3), written during the meeting; moved into its
    /// record when the review is recorded as held.
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub decisions: String,
}

/// Someone who owns items, actions, objectives or controls.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub role: String,
}

/// Implementation status of a requirement or control in the gap assessment.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum GapStatus {
    #[default]
    NotAssessed,
    NotImplemented,
    PartiallyImplemented,
    Implemented,
    NotApplicable,
}

/// Why an Annex A control is in the Statement of Applicability.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Justification {
    RiskAssessment,
    LegalOrRegulatory,
    Contractual,
    BestPractice,
}

impl Justification {
    pub const ALL: [Justification; 4] = [
        Justification::RiskAssessment,
        Justification::LegalOrRegulatory,
        Justification::Contractual,
        Justification::BestPractice,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Justification::RiskAssessment => lang.pick("Risk assessment", "Risicobeoordeling"),
            Justification::LegalOrRegulatory => {
                lang.pick("Legal or regulatory", "Wet- of regelgeving")
            }
            Justification::Contractual => lang.pick("Contractual", "Contractueel"),
            Justification::BestPractice => lang.pick("Best practice", "Goede praktijk"),
        }
    }
}

impl GapStatus {
    pub const ALL: [GapStatus; 5] = [
        GapStatus::NotAssessed,
        GapStatus::NotImplemented,
        GapStatus::PartiallyImplemented,
        GapStatus::Implemented,
        GapStatus::NotApplicable,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            GapStatus::NotAssessed => lang.pick("Not assessed", "Niet beoordeeld"),
            GapStatus::NotImplemented => lang.pick("Not implemented", "Niet geïmplementeerd"),
            GapStatus::PartiallyImplemented => {
                lang.pick("Partially implemented", "Deels geïmplementeerd")
            }
            GapStatus::Implemented => lang.pick("Implemented", "Geïmplementeerd"),
            GapStatus::NotApplicable => lang.pick("Not applicable", "Niet van toepassing"),
        }
    }
}

/// The assessment of one clause or control.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct GapEntry {
    #[serde(skip_serializing_if = "crate::model::is_default")]
    pub status: GapStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maturity: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_maturity: Option<u8>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub evidence: String,
    /// Annex A only: why the control is included (several may apply).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub justifications: Vec<Justification>,
    /// Annex A only: why the control is excluded.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub exclusion_reason: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<PersonId>,
    /// Improvements created from this gap.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<ItemId>,
}

/// The gap assessment: entries keyed by clause number (`6.1.2`) or control (`A.8.13`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct GapAssessment {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub assessor: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, deserialize_with = "crate::model::dates::opt_date")]
    pub date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub entries: BTreeMap<String, GapEntry>,
}

/// One client organisation's improvement register.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    pub name: String,
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub scope: String,
    #[serde(default)]
    #[serde(skip_serializing_if = "crate::model::is_default")]
    pub language: Lang,
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<Objective>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Person>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[serde(deserialize_with = "super::item::items")]
    pub items: Vec<Item>,
    /// Items deleted from the register, oldest first (see [`crate::deletion`]).
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub deleted: Vec<DeletedItem>,
    #[serde(default)]
    #[serde(skip_serializing_if = "crate::model::is_default")]
    pub gap: GapAssessment,
    #[serde(default)]
    #[serde(skip_serializing_if = "crate::model::is_default")]
    pub settings: Settings,
    #[serde(default)]
    #[serde(skip_serializing_if = "crate::model::is_default")]
    pub review_notes: ReviewNotes,
    /// Management reviews recorded as held, in the order they were recorded.
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub held_reviews: Vec<HeldReview>,
    /// The highest record number given out, so a deleted record's number is not reused.
    #[serde(default)]
    #[serde(skip_serializing_if = "crate::model::is_default")]
    pub last_review_number: u32,
    #[serde(deserialize_with = "crate::model::dates::timestamp")]
    pub created: DateTime<Utc>,
    #[serde(deserialize_with = "crate::model::dates::timestamp")]
    pub updated: DateTime<Utc>,
}

impl Workspace {
    pub fn new(name: impl Into<String>, language: Lang, now: DateTime<Utc>) -> Workspace {
        Workspace {
            name: name.into(),
            scope: String::new(),
            language,
            objectives: Vec::new(),
            people: Vec::new(),
            items: Vec::new(),
            deleted: Vec::new(),
            gap: GapAssessment::default(),
            settings: Settings::default(),
            review_notes: ReviewNotes::default(),
            held_reviews: Vec::new(),
            last_review_number: 0,
            created: now,
            updated: now,
        }
    }

    pub fn item(&self, id: &ItemId) -> Option<&Item> {
        self.items.iter().find(|item| &item.id == id)
    }

    pub fn item_mut(&mut self, id: &ItemId) -> Option<&mut Item> {
        self.items.iter_mut().find(|item| &item.id == id)
    }

    pub fn person(&self, id: &PersonId) -> Option<&Person> {
        self.people.iter().find(|p| &p.id == id)
    }

    pub fn objective(&self, id: &ObjectiveId) -> Option<&Objective> {
        self.objectives.iter().find(|o| &o.id == id)
    }

    /// The next free id for a kind: one past the highest in use or deleted, so ids are never
    /// reused.
    pub fn next_item_id(&self, kind: Kind) -> ItemId {
        let highest = self
            .items
            .iter()
            .filter(|item| item.kind == kind)
            .map(|item| item.id)
            .chain(
                self.deleted
                    .iter()
                    .map(|d| d.id)
                    .filter(|id| id.kind() == Some(kind)),
            )
            .map(|id| id.number())
            .max()
            .unwrap_or(0);
        ItemId::new(kind, highest + 1)
    }

    pub fn next_person_id(&self) -> PersonId {
        PersonId::new(self.people.iter().map(|p| p.id.number()).max().unwrap_or(0) + 1)
    }

    pub fn next_objective_id(&self) -> ObjectiveId {
        ObjectiveId::new(
            self.objectives
                .iter()
                .map(|o| o.id.number())
                .max()
                .unwrap_or(0)
                + 1,
        )
    }

    /// Display name of a person id, or the id itself when the person is unknown.
    pub fn person_name(&self, id: &PersonId) -> String {
        self.person(id)
            .map_or_else(|| id.to_string(), |p| p.name.clone())
    }

    /// How many things name `person`: items they own, are to verify or verified, items with an
    /// action of theirs, objectives and gap entries they own. A person still named cannot be
    /// removed without leaving those pointing at nobody.
    pub fn assignments(&self, person: &PersonId) -> usize {
        let me = Some(person);
        let items = self.items.iter().filter(|i| {
            let v = &i.verification;
            i.plan.owner.as_ref() == me
                || v.verifier.as_ref() == me
                || v.verified_by.as_ref() == me
                || i.plan.actions.iter().any(|a| a.owner.as_ref() == me)
        });
        let objectives = self.objectives.iter().filter(|o| o.owner.as_ref() == me);
        let gaps = self.gap.entries.values().filter(|g| g.owner.as_ref() == me);
        items.count() + objectives.count() + gaps.count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_person_is_assigned_whatever_names_them_once_per_item() {
        let now = Utc.with_ymd_and_hms(2026, 1, 5, 9, 0, 0).unwrap();
        let mut ws = Workspace::new("Acme", Lang::En, now);
        let (ada, bob) = (PersonId::new(1), PersonId::new(2));
        let kind = Kind::ContinualImprovement;
        let mut item = |n: u32, f: &dyn Fn(&mut Item)| {
            let mut i = Item::blank(ItemId::new(kind, n), kind, now);
            f(&mut i);
            ws.items.push(i);
        };
        item(1, &|i| i.plan.owner = Some(ada.clone()));
        item(2, &|i| i.verification.verifier = Some(ada.clone()));
        item(3, &|i| {
            // Verified by and to verify in one item: one assignment.
            i.verification.verified_by = Some(ada.clone());
            i.verification.verifier = Some(ada.clone());
        });
        item(4, &|i| {
            i.plan.actions = vec![crate::model::Action {
                owner: Some(ada.clone()),
                ..Default::default()
            }];
        });
        item(5, &|i| i.plan.owner = Some(bob.clone()));
        assert_eq!(ws.assignments(&ada), 4);
        assert_eq!(ws.assignments(&bob), 1);
        assert_eq!(ws.assignments(&PersonId::new(3)), 0);
    }

    #[test]
    fn next_item_id_is_one_past_the_highest_of_its_kind() {
        let now = Utc.with_ymd_and_hms(2026, 1, 5, 9, 0, 0).unwrap();
        let mut ws = Workspace::new("Acme", Lang::En, now);
        assert_eq!(
            ws.next_item_id(Kind::CorrectiveAction).to_string(),
            "CA-001"
        );
        ws.items.push(Item::blank(
            ItemId::new(Kind::ContinualImprovement, 7),
            Kind::ContinualImprovement,
            now,
        ));
        ws.items.push(Item::blank(
            ItemId::new(Kind::ContinualImprovement, 3),
            Kind::ContinualImprovement,
            now,
        ));
        assert_eq!(
            ws.next_item_id(Kind::ContinualImprovement).to_string(),
            "CI-008"
        );
        assert_eq!(
            ws.next_item_id(Kind::CorrectiveAction).to_string(),
            "CA-001"
        );
    }
}
