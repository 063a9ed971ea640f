//! Prioritisation: filled in by the prioritisation engine.
