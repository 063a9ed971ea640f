//! The versioned envelope: saving, and loading with every problem reported.
//!
//! Version 1 is the first and current version, so there is nothing older to migrate yet. When
//! the format changes, `load` gains a step that lifts version N's `workspace` value to N + 1,
//! and `core/tests/fixtures/` keeps one file of each older version that must still load.

use serde::Serialize;
use serde_json::Value;

use super::problem::{Problem, ProblemKind};
use super::validate::validate;
use crate::i18n::Lang;
use crate::json;
use crate::model::{Item, Workspace};

/// The `format` name every workspace file carries.
pub const FORMAT: &str = "isms-improvement-workbench";
/// The version this build writes and the newest it reads.
pub const VERSION: u64 = 1;
/// Larger files are refused before parsing: far above any real register, and a file this size
/// would not fit the browser's storage anyway.
pub const MAX_BYTES: usize = 16 * 1024 * 1024;

/// Why a file could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is {bytes} bytes; the limit is {limit}")]
    TooLarge { bytes: usize, limit: usize },
    #[error("the file is not text (it looks like a binary file)")]
    NotText,
    #[error("the file is not valid JSON: {message} at line {line}, column {column}")]
    NotJson {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("the file is not a workbench file (format: {found:?})")]
    OtherFormat { found: Option<String> },
    #[error("the file was written by a newer version of the workbench (file version {found}, supported up to {supported})")]
    NewerVersion { found: u64, supported: u64 },
    #[error("the file has no valid version number")]
    BadVersion,
    #[error("the file has {} problem(s)", .0.len())]
    Invalid(Vec<Problem>),
}

impl LoadError {
    /// The error as a sentence for the user, in their language.
    pub fn message(&self, lang: Lang) -> String {
        let nl = lang == Lang::Nl;
        match self {
            LoadError::Empty => lang.pick("The file is empty.", "Het bestand is leeg.").into(),
            LoadError::TooLarge { bytes, limit } if nl => format!(
                "Het bestand is te groot ({:.1} MB; de grens is {:.0} MB).",
                *bytes as f64 / 1_048_576.0,
                *limit as f64 / 1_048_576.0
            ),
            LoadError::TooLarge { bytes, limit } => format!(
                "The file is too large ({:.1} MB; the limit is {:.0} MB).",
                *bytes as f64 / 1_048_576.0,
                *limit as f64 / 1_048_576.0
            ),
            LoadError::NotText => lang
                .pick(
                    "This is not a text file (it looks like a binary file such as an image or a spreadsheet). Export JSON or CSV first.",
                    "Dit is geen tekstbestand (het lijkt een binair bestand zoals een afbeelding of spreadsheet). Exporteer eerst naar JSON of CSV.",
                )
                .into(),
            LoadError::NotJson { line, column, message } if nl => {
                format!("Dit is geen geldige JSON: {message} (regel {line}, kolom {column}).")
            }
            LoadError::NotJson { line, column, message } => {
                format!("This is not valid JSON: {message} (line {line}, column {column}).")
            }
            LoadError::OtherFormat { found: Some(name) } if nl => {
                format!("Dit is geen bestand van de werkbank (formaat “{name}”).")
            }
            LoadError::OtherFormat { found: Some(name) } => {
                format!("This is not a workbench file (format “{name}”).")
            }
            LoadError::OtherFormat { found: None } => lang
                .pick(
                    "This JSON is not a workbench file (it has no “format”: “isms-improvement-workbench”).",
                    "Deze JSON is geen bestand van de werkbank (er staat geen “format”: “isms-improvement-workbench” in).",
                )
                .into(),
            LoadError::NewerVersion { found, supported } if nl => format!(
                "Dit bestand komt van een nieuwere versie van de werkbank (bestandsversie {found}; deze versie leest tot en met {supported}). Open het in de nieuwste versie."
            ),
            LoadError::NewerVersion { found, supported } => format!(
                "This file comes from a newer version of the workbench (file version {found}; this version reads up to {supported}). Open it in the latest version."
            ),
            LoadError::BadVersion => lang
                .pick("The file has no valid version number.", "Het bestand heeft geen geldig versienummer.")
                .into(),
            LoadError::Invalid(problems) if nl && problems.len() == 1 => "Het bestand bevat 1 probleem.".to_owned(),
            LoadError::Invalid(problems) if nl => format!("Het bestand bevat {} problemen.", problems.len()),
            LoadError::Invalid(problems) if problems.len() == 1 => "The file has 1 problem.".to_owned(),
            LoadError::Invalid(problems) => format!("The file has {} problems.", problems.len()),
        }
    }
}

/// Workspaces read from a file, with the version they were written in.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub workspaces: Vec<Workspace>,
    pub version: u64,
}

#[derive(Serialize)]
struct One<'a> {
    format: &'static str,
    version: u64,
    workspace: &'a Workspace,
}

#[derive(Serialize)]
struct Many<'a> {
    format: &'static str,
    version: u64,
    workspaces: &'a [Workspace],
}

fn pretty(value: &impl Serialize) -> String {
    // Serialising plain data structs to a String cannot fail; an empty string would be caught
    // by the loader as `Empty`, never silently accepted.
    let mut text = crate::json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// The workspace as a pretty-printed, stable JSON file.
pub fn save(workspace: &Workspace) -> String {
    pretty(&One {
        format: FORMAT,
        version: VERSION,
        workspace,
    })
}

/// The same file without indentation, for the browser's storage where every character counts
/// against a quota of about five million.
pub fn save_compact(workspace: &Workspace) -> String {
    serde_json::to_string(&One {
        format: FORMAT,
        version: VERSION,
        workspace,
    })
    .unwrap_or_default()
}

/// Several workspaces in one file (a full export).
pub fn save_all(workspaces: &[Workspace]) -> String {
    pretty(&Many {
        format: FORMAT,
        version: VERSION,
        workspaces,
    })
}

/// Loads a file from its raw bytes.
pub fn load(bytes: &[u8]) -> Result<Loaded, LoadError> {
    if bytes.len() > MAX_BYTES {
        return Err(LoadError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| LoadError::NotText)?;
    load_str(text)
}

/// Loads a file already read as text.
pub fn load_str(text: &str) -> Result<Loaded, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_BYTES {
        return Err(LoadError::TooLarge {
            bytes: text.len(),
            limit: MAX_BYTES,
        });
    }
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    if let Some(loaded) = load_typed(text) {
        return Ok(loaded);
    }
    // A NUL byte is never valid JSON, so a good file never has one; looked for only once the
    // fast path has failed, to tell binary files apart without scanning every good file.
    if text.contains('\0') {
        return Err(LoadError::NotText);
    }
    let root: Value = serde_json::from_str(text).map_err(|e| LoadError::NotJson {
        line: e.line(),
        column: e.column(),
        message: json::error_message(&e),
    })?;
    let Value::Object(mut root) = root else {
        return Err(LoadError::OtherFormat { found: None });
    };
    match root.get("format") {
        Some(Value::String(name)) if name == FORMAT => {}
        Some(Value::String(name)) => {
            return Err(LoadError::OtherFormat {
                found: Some(name.clone()),
            })
        }
        _ => return Err(LoadError::OtherFormat { found: None }),
    }
    let version = match root.get("version").and_then(Value::as_u64) {
        Some(v) if v > VERSION => {
            return Err(LoadError::NewerVersion {
                found: v,
                supported: VERSION,
            })
        }
        Some(v) if v >= 1 => v,
        _ => return Err(LoadError::BadVersion),
    };
    let mut problems = Vec::new();
    let mut workspaces = Vec::new();
    match (root.remove("workspace"), root.remove("workspaces")) {
        (Some(one), None) => {
            if let Some(ws) = read_workspace(one, "workspace", &mut problems) {
                workspaces.push(ws);
            }
        }
        (None, Some(Value::Array(many))) => {
            for (i, value) in many.into_iter().enumerate() {
                if let Some(ws) = read_workspace(value, &format!("workspaces[{i}]"), &mut problems)
                {
                    workspaces.push(ws);
                }
            }
        }
        _ => problems.push(Problem::new(
            "workspace",
            ProblemKind::Shape("expected exactly one of `workspace` or `workspaces`".into()),
        )),
    }
    if problems.is_empty() {
        Ok(Loaded {
            workspaces,
            version,
        })
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// The fast path for a good, current file: straight from text into the model, then validated.
/// It gives up (returning `None`) at the first doubt, leaving the careful path below to find
/// and report every problem; reading through a `Value` first costs about twice as long.
fn load_typed(text: &str) -> Option<Loaded> {
    #[derive(serde::Deserialize)]
    struct Typed {
        format: String,
        version: u64,
        #[serde(default)]
        workspace: Option<Workspace>,
        #[serde(default)]
        workspaces: Option<Vec<Workspace>>,
    }
    let typed: Typed = serde_json::from_str(text).ok()?;
    if typed.format != FORMAT || typed.version != VERSION {
        return None;
    }
    let workspaces = match (typed.workspace, typed.workspaces) {
        (Some(one), None) => vec![one],
        (None, Some(many)) => many,
        _ => return None,
    };
    workspaces
        .iter()
        .all(|ws| validate(ws).is_empty())
        .then_some(Loaded {
            workspaces,
            version: VERSION,
        })
}

/// Deserialises a workspace with each item on its own, so that a broken item does not hide the
/// problems of the others; then validates what could be read.
fn read_workspace(mut value: Value, path: &str, problems: &mut Vec<Problem>) -> Option<Workspace> {
    let raw_items = match value.get_mut("items").map(Value::take) {
        Some(Value::Array(items)) => items,
        Some(Value::Null) | None => Vec::new(),
        Some(_) => {
            problems.push(Problem::new(
                format!("{path}.items"),
                ProblemKind::Shape("expected a list".into()),
            ));
            Vec::new()
        }
    };
    if let Some(obj) = value.as_object_mut() {
        obj.insert("items".into(), Value::Array(Vec::new()));
    }
    let mut items = Vec::with_capacity(raw_items.len());
    let mut item_failed = false;
    for (i, raw) in raw_items.into_iter().enumerate() {
        match json::from_value::<Item>(&raw) {
            Ok(item) => items.push(item),
            Err(e) => {
                item_failed = true;
                let blank = json::to_value(&Item::blank(
                    crate::model::ItemId::new(crate::model::Kind::ContinualImprovement, 1),
                    crate::model::Kind::ContinualImprovement,
                    chrono::DateTime::UNIX_EPOCH,
                ));
                let at = locate(&raw, &blank, &|v| json::from_value::<Item>(v).is_ok());
                problems.push(shape(format!("{path}.items[{i}]{at}"), &e));
            }
        }
    }
    let mut workspace = match json::from_value::<Workspace>(&value) {
        Ok(ws) => ws,
        Err(e) => {
            let blank = json::to_value(&Workspace::new(
                "-",
                crate::i18n::Lang::En,
                chrono::DateTime::UNIX_EPOCH,
            ));
            let at = locate(&value, &blank, &|v| {
                json::from_value::<Workspace>(v).is_ok()
            });
            problems.push(shape(format!("{path}{at}"), &e));
            return None;
        }
    };
    if item_failed {
        return None;
    }
    workspace.items = items;
    let found = validate(&workspace);
    if found.is_empty() {
        return Some(workspace);
    }
    problems.extend(
        found
            .into_iter()
            .map(|p| Problem::new(format!("{path}.{}", p.path), p.kind)),
    );
    None
}

/// Finds where a value that does not deserialise goes wrong: the deepest place where putting
/// in the blank value (or leaving the value out) makes `accepts` succeed. Returns the path below
/// `raw`, such as `.plan.actions[2].due`, or "" when no single place explains it.
///
/// serde_json's own errors from a `Value` carry no path; tracking one during deserialisation
/// (as serde_path_to_error does) doubles the deserialiser code in the wasm, so the search runs
/// only when a file is already known to be broken.
fn locate(raw: &Value, blank: &Value, accepts: &dyn Fn(&Value) -> bool) -> String {
    fn repaired(root: &Value, path: &[Step], blank: &Value) -> Value {
        let mut copy = root.clone();
        let replacement = follow(blank, path).cloned();
        let (last, parents) = match path.split_last() {
            Some(split) => split,
            None => return copy,
        };
        let Some(parent) = follow_mut(&mut copy, parents) else {
            return copy;
        };
        match (parent, last) {
            (Value::Object(map), Step::Key(k)) => match replacement {
                Some(v) => {
                    map.insert(k.clone(), v);
                }
                None => {
                    map.remove(k);
                }
            },
            (Value::Array(list), Step::Index(i)) if *i < list.len() => {
                list.remove(*i);
            }
            _ => {}
        }
        copy
    }
    let mut path: Vec<Step> = Vec::new();
    while let Some(here) = follow(raw, &path) {
        let children: Vec<Step> = match here {
            Value::Object(map) => map.keys().map(|k| Step::Key(k.clone())).collect(),
            Value::Array(list) => (0..list.len()).map(Step::Index).collect(),
            _ => Vec::new(),
        };
        let culprit = children.into_iter().find(|child| {
            let mut attempt = path.clone();
            attempt.push(child.clone());
            accepts(&repaired(raw, &attempt, blank))
        });
        match culprit {
            Some(step) => path.push(step),
            None => break,
        }
    }
    path.iter()
        .map(|s| match s {
            Step::Key(k) => format!(".{k}"),
            Step::Index(i) => format!("[{i}]"),
        })
        .collect()
}

#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn follow<'a>(value: &'a Value, path: &[Step]) -> Option<&'a Value> {
    path.iter().try_fold(value, |v, step| match step {
        Step::Key(k) => v.get(k),
        Step::Index(i) => v.get(*i),
    })
}

fn follow_mut<'a>(value: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |v, step| match step {
        Step::Key(k) => v.get_mut(k),
        Step::Index(i) => v.get_mut(*i),
    })
}

fn shape(path: String, error: &serde_json::Error) -> Problem {
    Problem::new(path, ProblemKind::Shape(json::error_message(error)))
}

#[cfg(test)]
mod tests;
