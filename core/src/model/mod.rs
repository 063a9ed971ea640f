//! The data a workspace holds: items, objectives, people, settings and the gap assessment.
//!
//! Every struct that is saved uses `#[serde(default)]` on fields added after the first file
//! version, so older files keep loading; the file module owns versioning and validation.

mod corrective;
pub mod date_entry;
pub mod dates;
mod deleted;
mod ids;
mod item;
mod item_index;
mod settings;
mod workspace;

pub use corrective::{Grade, Nonconformity, SimilarCases};
pub use date_entry::{date_entry, DateEntry, DateMeaning, EntryRefusal, ENTRY_YEARS};
pub use dates::{parse_date, parse_iso_date, parse_timestamp};
pub use deleted::DeletedItem;
pub use ids::{IdError, ItemId, ObjectiveId, PersonId, ReviewId};
pub use item::{
    Action, Communication, DocUpdate, Effectiveness, Evidence, Item, Kind, Links, Measurement,
    Plan, PriorityInputs, Source, StakeholderKind, Verification,
};
pub use item_index::ItemIndex;
pub use settings::{Model, QuadrantThresholds, Settings, Weights};
pub use workspace::{
    GapAssessment, GapEntry, GapStatus, Justification, Objective, Person, ReviewNotes, Workspace,
};

/// Whether a value equals its default, so saved files can leave it out (loading puts it back).
pub(crate) fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}
