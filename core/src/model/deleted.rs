//! The line a workspace keeps for each item deleted from it: which item, what it was called,
//! how far it had come, when and why it went. The item's own record goes with it; this line is
//! what an auditor asking "where did CI-012 go?" is shown, and it keeps the id from being given
//! to a new item.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::lifecycle::Stage;
use crate::model::ItemId;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeletedItem {
    pub id: ItemId,
    pub title: String,
    /// The stage the item was in when it was deleted.
    #[serde(default)]
    #[serde(skip_serializing_if = "crate::model::is_default")]
    pub stage: Stage,
    #[serde(deserialize_with = "crate::model::dates::timestamp")]
    pub deleted: DateTime<Utc>,
    #[serde(default)]
    #[serde(skip_serializing_if = "String::is_empty")]
    pub reason: String,
}
