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
use isms_core::i18n::Lang;
use isms_core::Workspace;
use serde::{Deserialize, Serialize};

use crate::i18n::{t, tf, Key};

const PREFIX: &str = "isms-wb.v1.";

fn workspace_key(id: &str) -> String {
    format!("{PREFIX}ws.{id}")
}

/// When a workspace was last exported from this browser, apart from the workspace itself: an
/// export must not change what it exports.
fn exported_key(id: &str) -> String {
    format!("{PREFIX}exported.{id}")
}

const INDEX_KEY: &str = "isms-wb.v1.index";
const LANG_KEY: &str = "isms-wb.v1.lang";

/// What went wrong with the browser's storage. Shown to people through [`StorageError::message`];
/// the details inside are the browser's or the parser's own words.
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

impl StorageError {
    /// The error in the reader's language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            StorageError::Unavailable => t(lang, Key::ErrStorageUnavailable).to_owned(),
            StorageError::QuotaExceeded => t(lang, Key::ErrStorageFull).to_owned(),
            StorageError::Unreadable(detail) => tf(lang, Key::ErrStorageUnreadable, &[detail]),
            StorageError::Other(detail) => tf(lang, Key::ErrBrowserRefused, &[detail]),
        }
    }
}

/// A browser exception as "Name: message" (a `DOMException` is an `Error` too), for the
/// details of [`StorageError::Other`].
pub fn describe(err: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    match err.dyn_ref::<js_sys::Error>() {
        Some(e) => format!("{}: {}", String::from(e.name()), String::from(e.message())),
        None => err.as_string().unwrap_or_else(|| format!("{err:?}")),
    }
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
            StorageError::Other(describe(&err))
        }
    })
}

fn read(key: &str) -> Result<Option<String>, StorageError> {
    storage()?
        .get_item(key)
        .map_err(|e| StorageError::Other(describe(&e)))
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
    Unreadable { raw: String, reason: Unusable },
    Missing,
}

/// Why stored data cannot be used; kept as a value so that it is said in whatever language is
/// chosen when it is shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Unusable {
    /// Not a workbench file, or an invalid one.
    Load(file::LoadError),
    /// A valid file with other than exactly one workspace, where one is stored per key.
    NotOne,
    /// The browser would not give the text.
    Storage(StorageError),
}

impl Unusable {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Unusable::Load(e) => e.message(lang),
            Unusable::NotOne => t(lang, Key::ErrNotOneWorkspace).to_owned(),
            Unusable::Storage(e) => e.message(lang),
        }
    }
}

/// Reads stored text as one workspace, keeping the text when it cannot be read.
pub fn parse_stored(raw: String) -> Stored {
    match file::load_str(&raw) {
        Ok(mut loaded) if loaded.workspaces.len() == 1 => {
            Stored::Ok(Box::new(loaded.workspaces.remove(0)))
        }
        Ok(_) => Stored::Unreadable {
            raw,
            reason: Unusable::NotOne,
        },
        Err(e) => Stored::Unreadable {
            raw,
            reason: Unusable::Load(e),
        },
    }
}

/// Writes a workspace and returns the exact text stored, so a later save can tell whether
/// another tab wrote in between.
pub fn save_workspace(id: &str, ws: &Workspace) -> Result<String, StorageError> {
    let text = file::save_compact(ws);
    write(&workspace_key(id), &text)?;
    Ok(text)
}

/// The stored text of a workspace exactly as it is, for conflict checks and recovery.
pub fn raw_workspace(id: &str) -> Result<Option<String>, StorageError> {
    read(&workspace_key(id))
}

/// The workspace id a storage key belongs to, if it is a workspace key.
pub fn workspace_id_of(key: &str) -> Option<&str> {
    key.strip_prefix(PREFIX)?.strip_prefix("ws.")
}

pub fn is_index_key(key: &str) -> bool {
    key == INDEX_KEY
}

pub fn remove_workspace(id: &str) -> Result<(), StorageError> {
    let store = storage()?;
    store
        .remove_item(&workspace_key(id))
        .map_err(|e| StorageError::Other(describe(&e)))?;
    // Its export mark goes too: a workspace brought back by undo reads as not exported, which
    // errs on the side of another export.
    let _ = store.remove_item(&exported_key(id));
    Ok(())
}

/// When the workspace `id` was last exported from this browser, if it was.
pub fn last_exported(id: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    let millis = read(&exported_key(id)).ok().flatten()?.parse().ok()?;
    chrono::DateTime::from_timestamp_millis(millis)
}

/// Notes that the workspaces `ids` were exported at `at`. Best effort: the file is out either
/// way, and a note that cannot be stored only leaves the reminder to export in place.
pub fn mark_exported<'a>(
    ids: impl IntoIterator<Item = &'a str>,
    at: chrono::DateTime<chrono::Utc>,
) {
    for id in ids {
        let _ = write(&exported_key(id), &at.timestamp_millis().to_string());
    }
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

const BACKUPS_KEY: &str = "isms-wb.v1.backups";
/// How many automatic backups are kept; the oldest goes first.
pub const BACKUPS_KEPT: usize = 10;

/// An automatic copy of a workspace, taken before an import replaced it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Backup {
    pub key: String,
    pub name: String,
    /// Milliseconds since the epoch.
    pub at: f64,
    pub bytes: usize,
}

pub fn list_backups() -> Vec<Backup> {
    read(BACKUPS_KEY)
        .ok()
        .flatten()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

/// Stores a backup of `ws`, dropping the oldest beyond [`BACKUPS_KEPT`].
pub fn add_backup(ws: &Workspace) -> Result<(), StorageError> {
    let at = js_sys::Date::now();
    let key = format!("{PREFIX}backup.{}", new_id());
    let text = file::save_compact(ws);
    let mut list = list_backups();
    // Make room first: the oldest backups go before a new one could fail on the quota.
    while list.len() >= BACKUPS_KEPT {
        let old = list.remove(0);
        let _ = storage()?.remove_item(&old.key);
    }
    write(&key, &text)?;
    list.push(Backup {
        key,
        name: ws.name.clone(),
        at,
        bytes: text.len(),
    });
    let index = serde_json::to_string(&list).map_err(|e| StorageError::Other(e.to_string()))?;
    write(BACKUPS_KEY, &index)
}

pub fn read_backup(backup: &Backup) -> Result<Stored, StorageError> {
    match read(&backup.key)? {
        Some(raw) => Ok(parse_stored(raw)),
        None => Ok(Stored::Missing),
    }
}

pub fn delete_backup(backup: &Backup) -> Result<(), StorageError> {
    let list: Vec<Backup> = list_backups()
        .into_iter()
        .filter(|b| b.key != backup.key)
        .collect();
    storage()?
        .remove_item(&backup.key)
        .map_err(|e| StorageError::Other(describe(&e)))?;
    let index = serde_json::to_string(&list).map_err(|e| StorageError::Other(e.to_string()))?;
    write(BACKUPS_KEY, &index)
}

/// Offers `text` as a file download, through a Blob URL (nothing leaves the browser).
pub fn download(filename: &str, text: &str, mime: &str) -> Result<(), StorageError> {
    use wasm_bindgen::JsCast;
    let fail = |e: wasm_bindgen::JsValue| StorageError::Other(describe(&e));
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(StorageError::Unavailable)?;
    let anchor: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// `Acme Zorg BV` → `acme-zorg-bv`, for file names.
pub fn slug(name: &str) -> String {
    let folded = isms_core::catalogue::fold(name);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "workspace".into()
    } else {
        trimmed.to_owned()
    }
}
