//! Reusable pieces of the interface, one component per file.

pub mod banners;
pub mod bar_chart;
pub mod calendar_button;
pub mod count_link;
pub mod due_list;
pub mod field;
pub mod guarded_delete;
pub mod header;
pub mod more_lines;
pub mod requirement_picker;
pub mod save_indicator;
pub mod scale_picker;
pub mod score_explain;
pub mod select;
pub mod stepper;
