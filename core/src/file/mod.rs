//! The workspace file: a versioned JSON envelope, its loader and its validator.
//!
//! ```json
//! { "format": "isms-improvement-workbench", "version": 1, "workspace": { … } }
//! ```
//!
//! [`save`] is stable: the same workspace always gives the same bytes (struct fields in a fixed
//! order, maps sorted), so saved files diff well in git. [`load`] never panics on any input: it
//! checks the envelope, migrates older versions, and returns every problem it finds with the
//! JSON path where it is, not only the first.

mod cell;
mod csv;
mod format;
mod ics;
mod merge;
mod problem;
mod to_come;
mod validate;

pub use cell::{defused, restored};
pub use csv::{
    export_items, export_register, import_register, CsvColumn, CsvImport, CsvRowProblem,
};
pub use format::{
    load, load_str, save, save_all, save_compact, LoadError, Loaded, FORMAT, MAX_BYTES, VERSION,
};
pub use ics::{due_calendar, entry_title, Whose};
pub use merge::{diff, merge, Diff};
pub use problem::{Problem, ProblemKind};
pub use to_come::{days_to_come, DayToCome, Happened};
pub use validate::validate;
