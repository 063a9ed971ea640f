//! Reusable pieces of the interface, one component per file.

pub mod banners;
pub mod header;
pub mod save_indicator;
