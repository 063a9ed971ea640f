//! One module per page.

pub mod dashboard;
pub mod data;
pub mod deleted;
pub mod gap;
pub mod gap_results;
pub mod item;
mod last_export;
mod last_review;
pub mod matrix;
pub mod matrix_cell;
pub mod matrix_key;
pub mod new_item;
mod new_item_initiative;
pub mod objectives;
pub mod people;
mod people_follow_up;
pub mod prioritise;
pub mod records;
pub mod register;
pub mod review;
pub mod workspaces;

/// Rows a long table (the register, the backlog) draws before "Show more": with thousands of
/// items, drawing them all would take seconds, and every later change would redraw them.
pub const TABLE_ROWS: usize = 50;
