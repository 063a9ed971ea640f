//! `isms_core`: everything the ISMS Improvement Workbench decides.
//!
//! The model of a client's improvement register (ISO/IEC 27001:2022 clauses 10.1 and 10.2), the
//! lifecycle rules that move an item from identified to closed, the clause and Annex A catalogues,
//! prioritisation, dashboard views and the versioned workspace file. Pure Rust: no browser, no
//! clock. Every function that needs "now" or "today" takes it as a parameter, so the same inputs
//! always give the same result, natively and in wasm.

pub mod catalogue;
pub mod deletion;
pub mod example;
pub mod file;
pub mod follow_up;
pub mod gap;
pub mod held_review;
pub mod history;
pub mod history_text;
pub mod i18n;
pub mod json;
pub mod lifecycle;
pub mod model;
pub mod prioritise;
pub mod review;
pub mod search;
pub mod sorting;
pub mod views;
pub mod workflow;

#[cfg(test)]
mod arb;

pub use lifecycle::{Stage, TransitionError};
pub use model::*;
