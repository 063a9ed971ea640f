//! The one source of truth: every workspace in this browser, which one is open, the language,
//! and how saving went. Components read it through signals and change it only through the intent
//! methods here, which call core for every rule. One effect (see [`AppState::persist`]) writes
//! changes to storage, debounced, and records the outcome for the save indicator.

use std::collections::{BTreeSet, HashMap};
use std::time::Duration;

use chrono::{DateTime, Utc};
use isms_core::deletion::{self, DeleteError, Removal};
use isms_core::file;
use isms_core::history;
use isms_core::i18n::Lang;
use isms_core::lifecycle::{self, Transition};
use isms_core::{Item, ItemId, Kind, Source, TransitionError, Workspace};
use leptos::prelude::*;

use crate::clock;
use crate::i18n::Said;
use crate::storage::{self, Index, StorageError, Stored, Unusable};

/// A workspace with the storage id it is kept under.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub id: String,
    pub ws: Workspace,
}

/// How the last save went.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    Saved(Option<DateTime<Utc>>),
    Pending,
    Failed(StorageError),
}

/// Stored data that could not be read; kept as it is, never overwritten.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub id: String,
    pub raw: String,
    pub reason: Unusable,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub entries: RwSignal<Vec<Entry>>,
    pub current: RwSignal<Option<String>>,
    pub save: RwSignal<SaveStatus>,
    pub storage_ok: RwSignal<bool>,
    pub unreadable: RwSignal<Vec<Unreadable>>,
    /// The last deleted workspace and where it stood, for undo.
    pub deleted: RwSignal<Option<(usize, Entry)>>,
    /// The last item deleted, with the workspace it was in, for undo.
    pub removed: RwSignal<Option<(String, Removal)>>,
    /// Why the last change was not made, if it was refused (in the language shown, also after a
    /// switch).
    pub refused: RwSignal<Option<Said>>,
    /// A save that found the stored workspace changed by another tab, waiting for the user.
    pub conflict: RwSignal<Option<Conflict>>,
    dirty: StoredValue<BTreeSet<String>>,
    flush_scheduled: StoredValue<bool>,
    /// The text last read from or written to storage per workspace: if storage holds something
    /// else at save time, another tab wrote it.
    known: StoredValue<HashMap<String, String>>,
}

/// The same workspace changed here and in another tab.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub id: String,
    pub theirs: Option<Workspace>,
    pub theirs_raw: Option<String>,
}

fn browser_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .filter(|l| l.to_ascii_lowercase().starts_with("nl"))
        .map_or(Lang::En, |_| Lang::Nl)
}

impl AppState {
    /// Reads everything this browser has stored.
    pub fn load() -> AppState {
        let storage_ok = storage::available();
        let lang = storage::load_lang().unwrap_or_else(browser_lang);
        let mut entries = Vec::new();
        let mut unreadable = Vec::new();
        let mut known = HashMap::new();
        let index = if storage_ok {
            storage::load_index().unwrap_or_default()
        } else {
            Index::default()
        };
        for id in &index.workspaces {
            match storage::raw_workspace(id) {
                Ok(Some(raw)) => {
                    known.insert(id.clone(), raw.clone());
                    match storage::parse_stored(raw) {
                        Stored::Ok(ws) => entries.push(Entry {
                            id: id.clone(),
                            ws: *ws,
                        }),
                        Stored::Unreadable { raw, reason } => unreadable.push(Unreadable {
                            id: id.clone(),
                            raw,
                            reason,
                        }),
                        Stored::Missing => {}
                    }
                }
                Ok(None) => {}
                Err(e) => unreadable.push(Unreadable {
                    id: id.clone(),
                    raw: String::new(),
                    reason: Unusable::Storage(e),
                }),
            }
        }
        let current = index
            .current
            .filter(|c| entries.iter().any(|e| &e.id == c))
            .or_else(|| entries.first().map(|e| e.id.clone()));
        AppState {
            lang: RwSignal::new(lang),
            entries: RwSignal::new(entries),
            current: RwSignal::new(current),
            save: RwSignal::new(SaveStatus::Saved(None)),
            storage_ok: RwSignal::new(storage_ok),
            unreadable: RwSignal::new(unreadable),
            deleted: RwSignal::new(None),
            removed: RwSignal::new(None),
            refused: RwSignal::new(None),
            conflict: RwSignal::new(None),
            dirty: StoredValue::new(BTreeSet::new()),
            flush_scheduled: StoredValue::new(false),
            known: StoredValue::new(known),
        }
    }

    /// Runs `f` on the open workspace, tracking it.
    pub fn with_ws<R>(&self, f: impl FnOnce(&Workspace) -> R) -> Option<R> {
        let current = self.current.get()?;
        self.entries
            .with(|list| list.iter().find(|e| e.id == current).map(|e| f(&e.ws)))
    }

    /// (value, label) choices for a select, taken from the open workspace and kept current.
    fn options(
        &self,
        list: fn(&Workspace) -> Vec<(String, String)>,
    ) -> Signal<Vec<(String, String)>> {
        let state = *self;
        Signal::derive(move || state.with_ws(list).unwrap_or_default())
    }

    /// The open workspace's people as (id, name) choices for owner fields.
    pub fn people_options(&self) -> Signal<Vec<(String, String)>> {
        self.options(|ws| {
            ws.people
                .iter()
                .map(|p| (p.id.to_string(), p.name.clone()))
                .collect()
        })
    }

    /// The objectives to choose from: their id, and the id with the title as the label.
    pub fn objective_options(&self) -> Signal<Vec<(String, String)>> {
        self.options(|ws| {
            ws.objectives
                .iter()
                .map(|o| (o.id.to_string(), format!("{} {}", o.id, o.title)))
                .collect()
        })
    }

    pub fn has_workspace(&self) -> bool {
        self.with_ws(|_| ()).is_some()
    }

    fn mark(&self, id: &str) {
        self.dirty.update_value(|d| {
            d.insert(id.to_owned());
        });
        self.save.set(SaveStatus::Pending);
    }

    /// Changes the open workspace; stamps it and schedules a save. A change that would make
    /// the workspace invalid (a dependency cycle, dates out of order…) is not made: the
    /// workspace stays as it was and `refused` says why, so stored data always loads again.
    pub fn update(&self, f: impl FnOnce(&mut Workspace)) {
        let mut f = Some(f);
        self.update_with(&mut |ws| {
            if let Some(f) = f.take() {
                f(ws)
            }
        });
    }

    /// The body of [`AppState::update`], compiled once: a generic body would be copied into
    /// each of the app's hundred edit handlers (about 700 bytes of wasm each).
    fn update_with(&self, f: &mut dyn FnMut(&mut Workspace)) {
        let Some(current) = self.current.get_untracked() else {
            return;
        };
        let mut refused = None;
        let mut changed = false;
        self.entries.update(|list| {
            if let Some(entry) = list.iter_mut().find(|e| e.id == current) {
                let before = entry.ws.clone();
                f(&mut entry.ws);
                if entry.ws == before {
                    return;
                }
                let problems = file::validate(&entry.ws);
                if let Some(problem) = problems.first() {
                    let problem = problem.clone();
                    refused = Some(Said::new(move |lang| problem.message(lang)));
                    entry.ws = before;
                } else {
                    entry.ws.updated = clock::now().max(entry.ws.updated);
                    changed = true;
                }
            }
        });
        self.refused.set(refused);
        if changed {
            self.mark(&current);
        }
    }

    /// Edits one item; core's `history::record` logs every field that changed.
    pub fn edit_item(&self, id: &ItemId, f: impl FnOnce(&mut Item)) {
        let mut f = Some(f);
        self.edit_item_with(id, &mut |item| {
            if let Some(f) = f.take() {
                f(item)
            }
        });
    }

    fn edit_item_with(&self, id: &ItemId, f: &mut dyn FnMut(&mut Item)) {
        let now = clock::now();
        self.update_with(&mut |ws| {
            if let Some(item) = ws.item_mut(id) {
                let before = item.clone();
                let mut after = before.clone();
                f(&mut after);
                *item = history::record(&before, after, now);
            }
        });
    }

    /// Moves an item through its lifecycle, or says why it cannot move.
    pub fn transition(&self, id: &ItemId, transition: &Transition) -> Result<(), TransitionError> {
        let item = self
            .with_ws(|ws| ws.item(id).cloned())
            .flatten()
            .ok_or(TransitionError::Missing(Vec::new()))?;
        let next = lifecycle::apply(&item, transition, clock::today(), clock::now())?;
        self.update(|ws| {
            if let Some(slot) = ws.item_mut(id) {
                *slot = next;
            }
        });
        Ok(())
    }

    /// Creates an item in the open workspace and returns its id.
    pub fn new_item(&self, kind: Kind, fill: impl FnOnce(&mut Item)) -> Option<ItemId> {
        let now = clock::now();
        let today = clock::today();
        let mut created = None;
        self.update(|ws| {
            let id = ws.next_item_id(kind);
            let item = history::create(id, kind, now, |item| {
                item.identified_on = today;
                if kind == Kind::CorrectiveAction {
                    item.nonconformity = Some(Box::default());
                    item.source = Source::NonconformityOrIncident;
                }
                fill(item);
            });
            ws.items.push(item);
            created = Some(id);
        });
        created
    }

    /// Turns the gap assessed at `requirement` into an improvement (core's rules: source "gap
    /// assessment", linked both ways, titled in the current language) and returns its id; `None`
    /// without a workspace or for a requirement the catalogue does not have.
    pub fn create_gap_improvement(&self, requirement: &str) -> Option<ItemId> {
        let lang = self.lang.get_untracked();
        let mut made = None;
        self.update(|ws| {
            made = isms_core::gap::create_improvement(
                ws,
                requirement,
                lang,
                clock::today(),
                clock::now(),
            )
            .ok()
        });
        made
    }

    /// Deletes an item of the open workspace, leaving core's line that it was deleted;
    /// [`AppState::undo_item_delete`] puts it back. `Ok(false)` when the workspace's own checks
    /// refused the result: `update` kept the workspace as it was and `refused` says why.
    pub fn delete_item(&self, id: &ItemId, reason: &str) -> Result<bool, DeleteError> {
        let Some(current) = self.current.get_untracked() else {
            return Err(DeleteError::Missing(*id));
        };
        let now = clock::now();
        let mut outcome = Err(DeleteError::Missing(*id));
        self.update(|ws| outcome = deletion::delete_item(ws, id, reason, now));
        let removal = outcome?;
        let deleted = self.refused.with_untracked(Option::is_none);
        if deleted {
            self.removed.set(Some((current, removal)));
        }
        Ok(deleted)
    }

    /// The last deleted item's id and title, while it was deleted from the open workspace
    /// (tracked: what the undo offers follows a switch of workspace).
    pub fn last_removed(&self) -> Option<(ItemId, String)> {
        let current = self.current.get();
        self.removed.with(|r| {
            r.as_ref()
                .filter(|(ws, _)| Some(ws) == current.as_ref())
                .map(|(_, removal)| (removal.item.id, removal.item.title.clone()))
        })
    }

    /// Puts the last deleted item back into its workspace, if that is the open one.
    pub fn undo_item_delete(&self) -> Result<(), DeleteError> {
        let Some((ws_id, removal)) = self.removed.get_untracked() else {
            return Ok(());
        };
        if self.current.get_untracked().as_deref() != Some(ws_id.as_str()) {
            return Ok(());
        }
        let mut outcome = Ok(removal.item.id);
        self.update(|ws| outcome = deletion::restore(ws, removal));
        outcome?;
        // Refused by the workspace's checks, the undo stays on offer; `refused` says why.
        if self.refused.with_untracked(Option::is_none) {
            self.removed.set(None);
        }
        Ok(())
    }

    /// Adds an imported workspace as a new one (its name marked when it is already in use).
    pub fn import_new(&self, mut ws: Workspace) {
        let taken = self
            .entries
            .with_untracked(|l| l.iter().any(|e| e.ws.name == ws.name));
        if taken {
            ws.name = crate::i18n::tf(
                self.lang.get_untracked(),
                crate::i18n::Key::ImportedName,
                &[&ws.name],
            );
        }
        self.add(ws);
    }

    /// Replaces the open workspace with `incoming`, after storing a backup of it. Without a
    /// backup nothing is replaced.
    pub fn replace_current(&self, incoming: Workspace) -> Result<(), StorageError> {
        let Some(current) = self.current.get_untracked() else {
            return Ok(());
        };
        if let Some(old) = self
            .entries
            .with_untracked(|l| l.iter().find(|e| e.id == current).map(|e| e.ws.clone()))
        {
            storage::add_backup(&old)?;
        }
        self.entries.update(|l| {
            if let Some(e) = l.iter_mut().find(|e| e.id == current) {
                e.ws = incoming;
            }
        });
        self.mark(&current);
        Ok(())
    }

    /// Merges `incoming` into the open workspace by id, after storing a backup of it.
    pub fn merge_current(&self, incoming: &Workspace) -> Result<(), StorageError> {
        if let Some(old) = self.with_ws(Workspace::clone) {
            storage::add_backup(&old)?;
        }
        self.update(|ws| *ws = file::merge(ws, incoming));
        Ok(())
    }

    /// Forgets stored data that could not be read (after the user has had the chance to
    /// download it). The stored text goes first: if the browser will not remove it, the banner
    /// stays.
    pub fn discard_unreadable(&self, id: &str) -> Result<(), StorageError> {
        storage::remove_workspace(id)?;
        self.unreadable.update(|u| u.retain(|x| x.id != id));
        self.known.update_value(|k| {
            k.remove(id);
        });
        self.mark(id);
        Ok(())
    }

    /// Adds a workspace and opens it.
    pub fn add(&self, ws: Workspace) -> String {
        let id = storage::new_id();
        self.entries
            .update(|list| list.push(Entry { id: id.clone(), ws }));
        self.current.set(Some(id.clone()));
        self.mark(&id);
        id
    }

    pub fn create(&self, name: &str) -> String {
        let ws = Workspace::new(name.trim(), self.lang.get_untracked(), clock::now());
        self.add(ws)
    }

    pub fn open(&self, id: &str) {
        self.current.set(Some(id.to_owned()));
        self.mark(id);
    }

    pub fn rename(&self, id: &str, name: &str) {
        self.entries.update(|list| {
            if let Some(e) = list.iter_mut().find(|e| e.id == id) {
                e.ws.name = name.trim().to_owned();
                e.ws.updated = clock::now().max(e.ws.updated);
            }
        });
        self.mark(id);
    }

    pub fn duplicate(&self, id: &str) {
        let lang = self.lang.get_untracked();
        let copy = self
            .entries
            .with_untracked(|list| list.iter().find(|e| e.id == id).map(|e| e.ws.clone()));
        if let Some(mut ws) = copy {
            ws.name = crate::i18n::tf(lang, crate::i18n::Key::CopyOf, &[&ws.name]);
            let now = clock::now();
            ws.created = now;
            ws.updated = now;
            self.add(ws);
        }
    }

    /// Removes a workspace from this browser; [`AppState::undo_delete`] brings it back.
    pub fn delete(&self, id: &str) {
        let mut removed = None;
        self.entries.update(|list| {
            if let Some(pos) = list.iter().position(|e| e.id == id) {
                removed = Some((pos, list.remove(pos)));
            }
        });
        if removed.is_none() {
            return;
        }
        if self.current.get_untracked().as_deref() == Some(id) {
            self.current.set(
                self.entries
                    .with_untracked(|l| l.first().map(|e| e.id.clone())),
            );
        }
        self.deleted.set(removed);
        self.mark(id);
    }

    pub fn undo_delete(&self) {
        if let Some((pos, entry)) = self.deleted.get_untracked() {
            let id = entry.id.clone();
            self.entries
                .update(|list| list.insert(pos.min(list.len()), entry));
            self.deleted.set(None);
            self.current.set(Some(id.clone()));
            self.mark(&id);
        }
    }

    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        if let Err(e) = storage::save_lang(lang) {
            if self.storage_ok.get_untracked() {
                self.save.set(SaveStatus::Failed(e));
            }
        }
    }

    /// Writes every changed workspace and the index. Stored data that could not be read is never
    /// touched, and stays listed in the index so it can still be recovered. A workspace that
    /// another tab changed since this tab read it is not overwritten: that is a conflict, and the
    /// user decides.
    fn flush(&self) {
        self.flush_scheduled.set_value(false);
        if !self.storage_ok.get_untracked() {
            self.save.set(SaveStatus::Failed(StorageError::Unavailable));
            return;
        }
        let dirty = self.dirty.with_value(|d| d.clone());
        let unreadable: Vec<String> = self
            .unreadable
            .with_untracked(|u| u.iter().map(|u| u.id.clone()).collect());
        let conflicted = self
            .conflict
            .with_untracked(|c| c.as_ref().map(|c| c.id.clone()));
        let mut saved = Vec::new();
        let mut conflict = None;
        let result =
            self.entries
                .with_untracked(|list| -> Result<(), StorageError> {
                    for id in &dirty {
                        if unreadable.contains(id) || conflicted.as_ref() == Some(id) {
                            continue;
                        }
                        let stored = storage::raw_workspace(id)?;
                        let known = self.known.with_value(|k| k.get(id).cloned());
                        if stored.is_some() && stored != known {
                            let theirs =
                                stored
                                    .clone()
                                    .and_then(|raw| match storage::parse_stored(raw) {
                                        Stored::Ok(ws) => Some(*ws),
                                        _ => None,
                                    });
                            conflict = Some(Conflict {
                                id: id.clone(),
                                theirs,
                                theirs_raw: stored,
                            });
                            continue;
                        }
                        match list.iter().find(|e| &e.id == id) {
                            Some(entry) => saved
                                .push((id.clone(), Some(storage::save_workspace(id, &entry.ws)?))),
                            None => {
                                storage::remove_workspace(id)?;
                                saved.push((id.clone(), None));
                            }
                        }
                    }
                    let mut workspaces: Vec<String> = list.iter().map(|e| e.id.clone()).collect();
                    workspaces.extend(unreadable.iter().cloned());
                    storage::save_index(&Index {
                        workspaces,
                        current: self.current.get_untracked(),
                    })
                });
        self.known.update_value(|k| {
            for (id, text) in &saved {
                match text {
                    Some(t) => k.insert(id.clone(), t.clone()),
                    None => k.remove(id),
                };
            }
        });
        self.dirty.update_value(|d| {
            for (id, _) in &saved {
                d.remove(id);
            }
        });
        if let Some(c) = conflict {
            self.conflict.set(Some(c));
        }
        match result {
            Ok(()) if self.dirty.with_value(|d| d.is_empty()) => {
                self.save.set(SaveStatus::Saved(Some(clock::now())))
            }
            Ok(()) => self.save.set(SaveStatus::Pending),
            Err(e) => self.save.set(SaveStatus::Failed(e)),
        }
    }

    /// Resolves a conflict: `Mine` overwrites the other tab's version, `Theirs` takes it, `Both`
    /// keeps theirs under this id and mine as a copy.
    pub fn resolve(&self, choice: Resolution) {
        let Some(conflict) = self.conflict.get_untracked() else {
            return;
        };
        let id = conflict.id.clone();
        self.known.update_value(|k| {
            if let Some(raw) = &conflict.theirs_raw {
                k.insert(id.clone(), raw.clone());
            }
        });
        self.conflict.set(None);
        match (choice, conflict.theirs) {
            (Resolution::Mine, _) | (_, None) => self.mark(&id),
            (Resolution::Theirs, Some(theirs)) => {
                self.entries.update(|list| {
                    if let Some(e) = list.iter_mut().find(|e| e.id == id) {
                        e.ws = theirs;
                    }
                });
                self.dirty.update_value(|d| {
                    d.remove(&id);
                });
                self.save.set(SaveStatus::Saved(Some(clock::now())));
            }
            (Resolution::Both, Some(theirs)) => {
                let mine = self
                    .entries
                    .with_untracked(|l| l.iter().find(|e| e.id == id).map(|e| e.ws.clone()));
                self.entries.update(|list| {
                    if let Some(e) = list.iter_mut().find(|e| e.id == id) {
                        e.ws = theirs;
                    }
                });
                self.dirty.update_value(|d| {
                    d.remove(&id);
                });
                if let Some(mut mine) = mine {
                    mine.name = crate::i18n::tf(
                        self.lang.get_untracked(),
                        crate::i18n::Key::CopyOf,
                        &[&mine.name],
                    );
                    self.add(mine);
                }
            }
        }
    }

    /// Another tab wrote to storage: take its changes where this tab has none pending, and
    /// raise a conflict where it has.
    fn on_storage(&self, key: &str, new_value: Option<String>) {
        if storage::is_index_key(key) {
            let listed = storage::load_index().unwrap_or_default().workspaces;
            for id in listed {
                let present = self
                    .entries
                    .with_untracked(|l| l.iter().any(|e| e.id == id));
                if !present {
                    if let Ok(Some(raw)) = storage::raw_workspace(&id) {
                        self.on_storage(&format!("isms-wb.v1.ws.{id}"), Some(raw));
                    }
                }
            }
            return;
        }
        let Some(id) = storage::workspace_id_of(key).map(str::to_owned) else {
            return;
        };
        if self.known.with_value(|k| k.get(&id).cloned()) == new_value {
            return;
        }
        if self.dirty.with_value(|d| d.contains(&id)) {
            let theirs = new_value
                .clone()
                .and_then(|raw| match storage::parse_stored(raw) {
                    Stored::Ok(ws) => Some(*ws),
                    _ => None,
                });
            self.conflict.set(Some(Conflict {
                id,
                theirs,
                theirs_raw: new_value,
            }));
            return;
        }
        match new_value {
            None => {
                self.known.update_value(|k| {
                    k.remove(&id);
                });
                self.entries.update(|l| l.retain(|e| e.id != id));
                if self.current.get_untracked().as_deref() == Some(id.as_str()) {
                    self.current.set(
                        self.entries
                            .with_untracked(|l| l.first().map(|e| e.id.clone())),
                    );
                }
            }
            Some(raw) => {
                if let Stored::Ok(ws) = storage::parse_stored(raw.clone()) {
                    self.known.update_value(|k| {
                        k.insert(id.clone(), raw);
                    });
                    self.entries
                        .update(|l| match l.iter_mut().find(|e| e.id == id) {
                            Some(e) => e.ws = *ws,
                            None => l.push(Entry {
                                id: id.clone(),
                                ws: *ws,
                            }),
                        });
                    if self.current.get_untracked().is_none() {
                        self.current.set(Some(id));
                    }
                }
            }
        }
    }

    /// The one effect that persists: whenever the workspaces or the open one change, save the
    /// changed ones shortly after, so a burst of keystrokes is one write.
    pub fn persist(self) {
        Effect::new(move |_| {
            self.entries.track();
            self.current.track();
            if self.flush_scheduled.get_value() || self.dirty.with_value(|d| d.is_empty()) {
                return;
            }
            self.flush_scheduled.set_value(true);
            set_timeout(move || self.flush(), Duration::from_millis(250));
        });
        // A reload or a closed tab within the debounce must not lose the last change, nor the
        // text still being typed in a field: fields commit on `change`, which a closing page
        // does not fire, so the focused field is blurred first, which fires it.
        let flush_now = move || {
            crate::components::field::leave_focused_field();
            if self.dirty.with_value(|d| !d.is_empty()) {
                self.flush();
            }
        };
        let hide = window_event_listener(leptos::ev::pagehide, move |_| flush_now());
        let other_tab = window_event_listener(leptos::ev::storage, move |ev| {
            if let Some(key) = ev.key() {
                self.on_storage(&key, ev.new_value());
            }
        });
        let unload = window_event_listener(leptos::ev::beforeunload, move |_| flush_now());
        on_cleanup(move || {
            hide.remove();
            unload.remove();
            other_tab.remove();
        });
    }
}

/// How to settle a conflict between two tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    Mine,
    Theirs,
    Both,
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
