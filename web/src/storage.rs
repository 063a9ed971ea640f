//! The browser's localStorage: every key in one place, every failure a `Result`.
//!
//! This talks to `web_sys::Storage` directly rather than through gloo-storage, because
//! gloo-storage panics when storage is blocked (private mode, disabled cookies), and the app must
//! keep working in memory then.
//!
//! Each workspace is stored under its own key in the same versioned file format that export
//! writes, so stored data is validated by core exactly like an imported file. Data that cannot be
//! read is reported and never overwritten.

use isms_core::file;
use isms_core::Workspace;
use serde::{Deserialize, Serialize};

const PREFIX: &str = "isms-wb.v1.";

fn workspace_key(id: &str) -> String {
    format!("{PREFIX}ws.{id}")
}

const INDEX_KEY: &str = "isms-wb.v1.index";
const LANG_KEY: &str = "isms-wb.v1.lang";

/// What went wrong with the browser's storage.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum StorageError {
    #[error("storage is not available in this browser")]
    Unavailable,
    #[error("the browser's storage is full")]
    QuotaExceeded,
    #[error("{0}")]
    Unreadable(String),
    #[error("{0}")]
    Other(String),
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

/// Whether storage can be used at all (it may be blocked, or throw in private mode).
pub fn available() -> bool {
    let Ok(store) = storage() else { return false };
    let probe = format!("{PREFIX}probe");
    let ok = store.set_item(&probe, "1").is_ok();
    let _ = store.remove_item(&probe);
    ok
}

fn write(key: &str, value: &str) -> Result<(), StorageError> {
    storage()?.set_item(key, value).map_err(|err| {
        let name = js_sys::Reflect::get(&err, &"name".into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
            StorageError::QuotaExceeded
        } else {
            StorageError::Other(format!("{err:?}"))
        }
    })
}

fn read(key: &str) -> Result<Option<String>, StorageError> {
    storage()?
        .get_item(key)
        .map_err(|e| StorageError::Other(format!("{e:?}")))
}

/// Which workspaces exist, in order, and which one was open last.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Index {
    pub workspaces: Vec<String>,
    pub current: Option<String>,
}

pub fn load_index() -> Result<Index, StorageError> {
    match read(INDEX_KEY)? {
        None => Ok(Index::default()),
        Some(text) => {
            serde_json::from_str(&text).map_err(|e| StorageError::Unreadable(e.to_string()))
        }
    }
}

pub fn save_index(index: &Index) -> Result<(), StorageError> {
    let text = serde_json::to_string(index).map_err(|e| StorageError::Other(e.to_string()))?;
    write(INDEX_KEY, &text)
}

/// A stored workspace, or the raw text when it cannot be read (kept for recovery).
pub enum Stored {
    Ok(Box<Workspace>),
    Unreadable { raw: String, reason: String },
    Missing,
}

pub fn load_workspace(id: &str) -> Result<Stored, StorageError> {
    let Some(raw) = read(&workspace_key(id))? else {
        return Ok(Stored::Missing);
    };
    match file::load_str(&raw) {
        Ok(mut loaded) if loaded.workspaces.len() == 1 => {
            Ok(Stored::Ok(Box::new(loaded.workspaces.remove(0))))
        }
        Ok(_) => Ok(Stored::Unreadable {
            raw,
            reason: "expected one workspace".into(),
        }),
        Err(e) => Ok(Stored::Unreadable {
            raw,
            reason: e.to_string(),
        }),
    }
}

pub fn save_workspace(id: &str, ws: &Workspace) -> Result<(), StorageError> {
    write(&workspace_key(id), &file::save_compact(ws))
}

pub fn remove_workspace(id: &str) -> Result<(), StorageError> {
    storage()?
        .remove_item(&workspace_key(id))
        .map_err(|e| StorageError::Other(format!("{e:?}")))
}

pub fn load_lang() -> Option<isms_core::i18n::Lang> {
    read(LANG_KEY)
        .ok()
        .flatten()
        .and_then(|code| isms_core::i18n::Lang::from_code(&code))
}

pub fn save_lang(lang: isms_core::i18n::Lang) -> Result<(), StorageError> {
    write(LANG_KEY, lang.code())
}

/// A new, unique storage id for a workspace.
pub fn new_id() -> String {
    let millis = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1_000_000.0) as u64;
    format!("{millis:x}-{random:05x}")
}
