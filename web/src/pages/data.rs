//! Data: export (this workspace or all as JSON, the register as CSV), import (file picker or
//! drag and drop) with a preview of what would change and a choice of how, and the automatic
//! backups. Nothing changes before the user confirms; a bad file gets a clear message and the
//! stored data stays exactly as it was.

use isms_core::file::{self, CsvColumn, CsvImport, Diff, LoadError};
use isms_core::{ItemId, Workspace};
use leptos::prelude::*;

use super::last_export::LastExport;
use crate::clock;
use crate::components::more_lines::{lines_shown, shown_words};
use crate::i18n::{date, number, t, tf, tn, tx, Key, Lang, Said};
use crate::state::use_state;
use crate::storage::{self, Backup, Stored};

/// A file read and understood, waiting for the user's decision.
#[derive(Debug, Clone, PartialEq)]
enum Pending {
    Json {
        file: String,
        workspaces: Vec<Workspace>,
    },
    Csv {
        file: String,
        parsed: CsvImport,
    },
}

/// A file that could not be used, and why (said in the language shown, also after a switch).
#[derive(Clone)]
struct Refusal {
    file: String,
    message: Said,
    problems: Vec<(String, Said)>,
}

/// Downloads the open workspace's register as `<name>-register-<yyyy-mm-dd>.csv`: every item, or
/// only `ids` in their order. Semicolons in Dutch, as Dutch Excel expects; commas in English.
pub fn export_register_csv(ids: Option<&[ItemId]>) -> Result<(), storage::StorageError> {
    let state = use_state();
    let lang = state.lang.get_untracked();
    let delimiter = if lang == Lang::Nl { b';' } else { b',' };
    let Some((slug, text)) = state.with_ws(|ws| {
        let text = match ids {
            Some(ids) => file::export_items(ws, ids, lang, delimiter),
            None => file::export_register(ws, lang, delimiter),
        };
        (storage::slug(&ws.name), text)
    }) else {
        return Ok(());
    };
    storage::download(
        &format!("{slug}-register-{}.csv", clock::today()),
        &text,
        "text/csv;charset=utf-8",
    )
}

/// Exports the open workspace as `<name>-<yyyy-mm-dd>.json`, and notes when.
pub fn export_current() -> Result<(), storage::StorageError> {
    let state = use_state();
    let Some((slug, text)) = state.with_ws(|ws| (storage::slug(&ws.name), file::save(ws))) else {
        return Ok(());
    };
    storage::download(
        &format!("{slug}-{}.json", clock::today()),
        &text,
        "application/json",
    )?;
    if let Some(id) = state.current.get_untracked() {
        storage::mark_exported([id.as_str()], clock::now());
    }
    Ok(())
}

fn refusal(file: &str, error: &LoadError) -> Refusal {
    let problems = match error {
        LoadError::Invalid(list) => list
            .iter()
            .map(|p| {
                let problem = p.clone();
                (p.path.clone(), Said::new(move |l| problem.message(l)))
            })
            .collect(),
        _ => Vec::new(),
    };
    let error = error.clone();
    Refusal {
        file: file.to_owned(),
        message: Said::new(move |l| error.message(l)),
        problems,
    }
}

/// Decides what a file is and reads it: CSV by its name, everything else as a workbench file.
fn understand(name: &str, bytes: &[u8]) -> Result<Pending, Refusal> {
    let lower = name.to_lowercase();
    if lower.ends_with(".csv") || lower.ends_with(".tsv") || lower.ends_with(".txt") {
        if bytes.contains(&0) {
            return Err(refusal(name, &LoadError::NotText));
        }
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(refusal(name, &LoadError::Empty));
        }
        // Older Excel writes Windows-1252; read such bytes one character each rather than refuse.
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => t.to_owned(),
            Err(_) => bytes.iter().map(|b| char::from(*b)).collect(),
        };
        return file::import_register(&text)
            .map(|parsed| Pending::Csv {
                file: name.to_owned(),
                parsed,
            })
            .map_err(|why| Refusal {
                file: name.to_owned(),
                message: Said::new(move |l| tf(l, Key::CsvUnreadable, &[&why])),
                problems: Vec::new(),
            });
    }
    file::load(bytes)
        .map(|loaded| Pending::Json {
            file: name.to_owned(),
            workspaces: loaded.workspaces,
        })
        .map_err(|e| refusal(name, &e))
}

#[component]
pub fn Data() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let pending = RwSignal::new(None::<Pending>);
    let refused = RwSignal::new(None::<Refusal>);
    let done = RwSignal::new(None::<Key>);
    let failure = RwSignal::new(None::<Said>);
    let dragging = RwSignal::new(false);
    let backups = RwSignal::new(storage::list_backups());

    let read_file = move |file: web_sys::File| {
        let name = file.name();
        done.set(None);
        failure.set(None);
        pending.set(None);
        refused.set(None);
        let size = file.size() as usize;
        if size > file::MAX_BYTES {
            refused.set(Some(refusal(
                &name,
                &LoadError::TooLarge {
                    bytes: size,
                    limit: file::MAX_BYTES,
                },
            )));
            return;
        }
        leptos::task::spawn_local(async move {
            let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
            match buffer {
                Ok(buffer) => {
                    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                    match understand(&name, &bytes) {
                        Ok(p) => pending.set(Some(p)),
                        Err(r) => refused.set(Some(r)),
                    }
                }
                Err(e) => {
                    // The browser's own words, in whatever language it speaks.
                    let why = storage::describe(&e);
                    refused.set(Some(Refusal {
                        file: name,
                        message: Said::new(move |l| tf(l, Key::ErrBrowserRefused, &[&why])),
                        problems: Vec::new(),
                    }))
                }
            }
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|list| list.get(0)) {
            read_file(file);
        }
        // Picking the same file again must still trigger a change.
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            read_file(file);
        }
    };
    let outcome = move |result: Result<(), storage::StorageError>, ok: Key| match result {
        Ok(()) => {
            pending.set(None);
            done.set(Some(ok));
            backups.set(storage::list_backups());
        }
        Err(e) => failure.set(Some(Said::new(move |l| {
            tf(l, Key::NoBackupNoReplace, &[&e.message(l)])
        }))),
    };
    // A storage error, said in the language shown.
    let failed =
        move |e: storage::StorageError| failure.set(Some(Said::new(move |l| e.message(l))));
    let exports = RwSignal::new(0u32);
    let export_all = move |_| {
        let all: Vec<Workspace> = state
            .entries
            .with_untracked(|l| l.iter().map(|e| e.ws.clone()).collect());
        let result = storage::download(
            &format!("isms-workbench-{}.json", clock::today()),
            &file::save_all(&all),
            "application/json",
        );
        match result {
            Ok(()) => {
                state.entries.with_untracked(|l| {
                    storage::mark_exported(l.iter().map(|e| e.id.as_str()), clock::now())
                });
                exports.update(|n| *n += 1);
            }
            Err(e) => failed(e),
        }
    };
    let export_csv = move |_| {
        if let Err(e) = export_register_csv(None) {
            failed(e);
        }
    };

    view! {
        <section class="page" data-testid="data-page"
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop>
            <h1>{tx(Key::NavData)}</h1>
            <h2>{tx(Key::Export)}</h2>
            <div class="buttons">
                <button type="button" data-testid="export-json" disabled=move || !state.has_workspace() on:click=move |_| match export_current() {
                    Ok(()) => exports.update(|n| *n += 1),
                    Err(e) => failed(e),
                }>{tx(Key::ExportWorkspace)}</button>
                <button type="button" data-testid="export-all" disabled=move || state.entries.with(Vec::is_empty) on:click=export_all>{tx(Key::ExportAll)}</button>
                <button type="button" data-testid="export-csv" disabled=move || !state.has_workspace() on:click=export_csv>{tx(Key::ExportCsv)}</button>
            </div>
            <Show when=move || state.has_workspace()>
                <LastExport exports />
            </Show>
            <h2>{tx(Key::Import)}</h2>
            <label class="dropzone" class:active=move || dragging.get()>
                <span>{tx(Key::DropHere)}</span>
                // The browser's own file button speaks the browser's language, not the page's:
                // it is hidden (still focusable, and named by this label) behind one of ours.
                <input type="file" class="visually-hidden" data-testid="import-file" accept=".json,.csv,.tsv,.txt,application/json,text/csv" on:change=on_pick />
                <span class="button" aria-hidden="true">{tx(Key::ChooseFile)}</span>
            </label>
            {move || done.get().map(|m| view! { <p class="banner info" role="status" data-testid="import-done">{tx(m)}</p> })}
            {move || failure.get().map(|m| view! { <p class="banner error" role="alert" data-testid="import-failure">{move || m.text(lang.get())}</p> })}
            {move || refused.get().map(|r| view! {
                <div class="banner error" role="alert" data-testid="import-error">
                    <strong>{r.file.clone()}": "</strong>{let m = r.message.clone(); move || m.text(lang.get())}
                    {(!r.problems.is_empty()).then(|| view! {
                        <ul class="problems" data-testid="import-problems">
                            {r.problems.iter().map(|(path, msg)| view! { <li><code>{path.clone()}</code>" — "{let m = msg.clone(); move || m.text(lang.get())}</li> }).collect_view()}
                        </ul>
                    })}
                    <p>{tx(Key::NothingChanged)}</p>
                </div>
            })}
            {move || pending.get().map(|p| match p {
                // Drawn in the language shown, and anew when it changes (it holds no input of
                // the user's; the CSV preview, which holds their column mapping, follows the
                // language by itself).
                Pending::Json { file, workspaces } => {
                    lang.track();
                    view! { <JsonPreview file=file workspaces=workspaces pending=pending outcome=Callback::new(move |(r, m)| outcome(r, m)) /> }.into_any()
                }
                Pending::Csv { file, parsed } => view! { <CsvPreview file=file parsed=parsed pending=pending outcome=Callback::new(move |(r, m)| outcome(r, m)) /> }.into_any(),
            })}
            <h2>{tx(Key::Backups)}</h2>
            <p class="hint">{move || tf(lang.get(), Key::BackupsHelp, &[&storage::BACKUPS_KEPT.to_string()])}</p>
            <BackupList backups=backups />
            <h2>{tx(Key::OneFileTitle)}</h2>
            {if is_single_file() {
                view! { <p class="hint" data-testid="one-file-here">{tx(Key::OneFileHere)}</p> }.into_any()
            } else {
                view! {
                    <p class="hint">{tx(Key::OneFileHint)}</p>
                    <a class="button" href="isms-workbench.html" download="isms-workbench.html" data-testid="download-app">{tx(Key::OneFileDownload)}</a>
                }.into_any()
            }}
        </section>
    }
}

/// Whether this is the one-file copy (`isms-workbench.html`, made by `web/single-file.mjs`,
/// which marks its `<html>`): it has no separate file to offer for download.
fn is_single_file() -> bool {
    document()
        .document_element()
        .is_some_and(|html| html.has_attribute("data-single-file"))
}

fn diff_view(d: &Diff, lang: Lang) -> impl IntoView {
    let list = |ids: &[isms_core::ItemId]| {
        ids.iter()
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    // Only when there are any: most workspaces have no held-review records.
    let reviews = |keys: (Key, Key), ids: &[isms_core::ReviewId]| {
        let ids: Vec<&str> = ids.iter().map(|r| r.as_str()).collect();
        (!ids.is_empty()).then(|| view! { <li>{tn(lang, keys, ids.len(), &[&ids.len().to_string()])}" "<small>{ids.join(", ")}</small></li> })
    };
    view! {
        <ul class="diff" data-testid="import-diff">
            <li>{tf(lang, Key::DiffAdded, &[&d.added.len().to_string()])}" "<small>{list(&d.added)}</small></li>
            <li>{tf(lang, Key::DiffChanged, &[&d.changed.len().to_string()])}" "<small>{list(&d.changed)}</small></li>
            <li>{tf(lang, Key::DiffMissing, &[&d.missing.len().to_string()])}" "<small>{list(&d.missing)}</small></li>
            <li>{tf(lang, Key::DiffUnchanged, &[&d.unchanged.to_string()])}</li>
            {reviews((Key::DiffReviewsAddedOne, Key::DiffReviewsAddedMany), &d.reviews_added)}
            {reviews((Key::DiffReviewsMissingOne, Key::DiffReviewsMissingMany), &d.reviews_missing)}
            {reviews((Key::DiffReviewsCorrectedOne, Key::DiffReviewsCorrectedMany), &d.reviews_corrected)}
        </ul>
    }
}

/// A file's dates still to come where it records what happened: taken as they are (a file is
/// taken whole), named so that they are checked. The first lines only; the count says how many.
#[component]
fn DaysToCome(list: Vec<file::DayToCome>, l: Lang) -> impl IntoView {
    let label = |what: file::Happened| {
        t(
            l,
            match what {
                file::Happened::Identified => Key::IdentifiedOn,
                file::Happened::ActionDone => Key::DoneOn,
                file::Happened::Verified => Key::VerifiedOn,
                file::Happened::Communicated => Key::CommunicatedOn,
                file::Happened::Closed => Key::ClosedOn,
                file::Happened::ReviewHeld => Key::HeldOn,
            },
        )
    };
    let shown = lines_shown(list.len(), true, false);
    view! {
        <div class="banner warn" role="status" data-testid="import-to-come">
            <p>{tn(l, (Key::ImportToComeOne, Key::ImportToComeMany), list.len(), &[&list.len().to_string()])}</p>
            <ul class="problems">
                {list[..shown].iter().map(|d| view! { <li>{d.record.clone()}" — "{label(d.what)}": "{date(l, d.day)}</li> }).collect_view()}
            </ul>
            {(shown < list.len()).then(|| view! { <p>{shown_words(l, shown, list.len())}</p> })}
        </div>
    }
}

#[component]
fn JsonPreview(
    file: String,
    workspaces: Vec<Workspace>,
    pending: RwSignal<Option<Pending>>,
    #[prop(into)] outcome: Callback<(Result<(), storage::StorageError>, Key)>,
) -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let l = lang.get_untracked();
    let current = state.with_ws(Workspace::clone);
    let single = (workspaces.len() == 1).then(|| workspaces[0].clone());
    let summary = tf(
        l,
        Key::ImportSummary,
        &[
            &file,
            &workspaces.len().to_string(),
            &workspaces
                .iter()
                .map(|w| w.items.len())
                .sum::<usize>()
                .to_string(),
        ],
    );
    let names = workspaces
        .iter()
        .map(|w| format!("{} ({})", w.name, w.items.len()))
        .collect::<Vec<_>>()
        .join(", ");
    let all = workspaces.clone();
    let add_all = move |_| {
        for ws in all.clone() {
            state.import_new(ws);
        }
        outcome.run((Ok(()), Key::ImportAdded));
    };
    let compare = single.clone().zip(current.clone());
    let today = clock::today();
    let to_come: Vec<file::DayToCome> = workspaces
        .iter()
        .flat_map(|w| file::days_to_come(w, today))
        .collect();
    view! {
        <div class="preview" data-testid="import-preview">
            <h3>{t(l, Key::Preview)}</h3>
            <p>{summary}" — "{names}</p>
            {(!to_come.is_empty()).then(|| view! { <DaysToCome list=to_come l /> })}
            {compare.map(|(incoming, current)| {
                let d = file::diff(&current, &incoming);
                let replace_ws = incoming.clone();
                let merge_ws = incoming.clone();
                view! {
                    <p>{tf(l, Key::ComparedWith, &[&current.name])}</p>
                    {diff_view(&d, l)}
                    <div class="buttons">
                        <button type="button" data-testid="import-replace" on:click=move |_| {
                            let r = state.replace_current(replace_ws.clone());
                            outcome.run((r, Key::ImportReplaced));
                        }>{tf(l, Key::ReplaceCurrent, &[&current.name])}</button>
                        <button type="button" data-testid="import-merge" on:click=move |_| {
                            let r = state.merge_current(&merge_ws);
                            outcome.run((r, Key::ImportMerged));
                        }>{tf(l, Key::MergeCurrent, &[&current.name])}</button>
                    </div>
                    <p class="hint">{t(l, Key::BackupFirst)}</p>
                }
            })}
            <div class="buttons">
                <button type="button" class="primary" data-testid="import-new" on:click=add_all>{t(l, if single.is_some() { Key::AddAsNew } else { Key::AddAllAsNew })}</button>
                <button type="button" data-testid="import-cancel" on:click=move |_| pending.set(None)>{t(l, Key::Cancel)}</button>
            </div>
        </div>
    }
}

#[component]
fn CsvPreview(
    file: String,
    parsed: CsvImport,
    pending: RwSignal<Option<Pending>>,
    #[prop(into)] outcome: Callback<(Result<(), storage::StorageError>, Key)>,
) -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let mapping = RwSignal::new(parsed.mapping.clone());
    let parsed = StoredValue::new(parsed);
    let file = StoredValue::new(file);
    let result = Memo::new(move |_| {
        let file = file.get_value();
        let mut p = parsed.get_value();
        p.mapping = mapping.get();
        let base = state
            .with_ws(Workspace::clone)
            .unwrap_or_else(|| Workspace::new(stem(&file), lang.get_untracked(), clock::now()));
        let (incoming, problems) = p.to_workspace(&base, clock::today(), clock::now());
        (base, incoming, problems)
    });
    let has_title = move || mapping.with(|m| m.contains(&Some(CsvColumn::Title)));
    let name = file.get_value();
    let file_name = file;
    view! {
        <div class="preview" data-testid="csv-preview">
            <h3>{tx(Key::Preview)}</h3>
            <p>{move || tf(lang.get(), Key::CsvSummary, &[&name, &parsed.with_value(|p| p.rows.len()).to_string(), &(parsed.with_value(|p| p.delimiter) as char).to_string()])}</p>
            <h4>{tx(Key::ColumnMapping)}</h4>
            <table class="data mapping" data-testid="csv-mapping">
                <tbody>
                    {parsed.with_value(|p| p.headers.clone()).into_iter().enumerate().map(|(i, header)| view! {
                        <tr>
                            <th scope="row" id=format!("map-head-{i}")>{header}</th>
                            <td>
                                <select data-testid=format!("map-{i}") aria-labelledby=format!("map-head-{i}") on:change=move |ev| {
                                    let chosen = CsvColumn::ALL.into_iter().find(|c| format!("{c:?}") == event_target_value(&ev));
                                    mapping.update(|m| {
                                        // A column is mapped once: taking it here frees it elsewhere.
                                        if let Some(c) = chosen { for slot in m.iter_mut() { if *slot == Some(c) { *slot = None } } }
                                        if let Some(slot) = m.get_mut(i) { *slot = chosen }
                                    });
                                }>
                                    <option value="" selected=move || mapping.with(|m| m.get(i).copied().flatten().is_none())>{tx(Key::Ignore)}</option>
                                    {CsvColumn::ALL.into_iter().map(|c| view! {
                                        <option value=format!("{c:?}") selected=move || mapping.with(|m| m.get(i).copied().flatten() == Some(c))>{move || c.header(lang.get())}</option>
                                    }).collect_view()}
                                </select>
                            </td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <Show when=has_title fallback=|| view! { <p class="field-error" role="alert">{tx(Key::MapTitle)}</p> }>
                {move || result.with(|(base, incoming, problems)| {
                    let l = lang.get();
                    let d = file::diff(base, incoming);
                    view! {
                        <p data-testid="csv-count">{tn(l, (Key::CsvItemsOne, Key::CsvItems), incoming.items.len(), &[&incoming.items.len().to_string()])}</p>
                        {diff_view(&d, l)}
                        {(!problems.is_empty()).then(|| view! {
                            <ul class="problems" data-testid="csv-problems">
                                {problems.iter().map(|p| view! { <li>{tf(l, Key::Line, &[&p.line.to_string()])}": "{p.message(l).to_owned()}</li> }).collect_view()}
                            </ul>
                        })}
                    }
                })}
                <div class="buttons">
                    <Show when=move || state.has_workspace()>
                        <button type="button" class="primary" data-testid="csv-merge" on:click=move |_| {
                            let incoming = result.with_untracked(|(_, w, _)| w.clone());
                            let r = state.merge_current(&incoming);
                            outcome.run((r, Key::ImportMerged));
                        }>{tx(Key::CsvIntoCurrent)}</button>
                    </Show>
                    <button type="button" data-testid="csv-new" on:click=move |_| {
                        let mut ws = result.with_untracked(|(_, w, _)| w.clone());
                        ws.name = stem(&file_name.get_value());
                        state.import_new(ws);
                        outcome.run((Ok(()), Key::ImportAdded));
                    }>{tx(Key::CsvAsNew)}</button>
                    <button type="button" on:click=move |_| pending.set(None)>{tx(Key::Cancel)}</button>
                </div>
            </Show>
        </div>
    }
}

/// `register 2026.csv` → `register 2026`: the name a workspace made from a file gets.
fn stem(file: &str) -> String {
    let name = file.rsplit_once('.').map_or(file, |(stem, _)| stem).trim();
    if name.is_empty() {
        "CSV".to_owned()
    } else {
        name.to_owned()
    }
}

/// Reads a stored backup, or says in `message` why it cannot be read.
fn read_backup(backup: &Backup, message: RwSignal<Option<Said>>) -> Option<Workspace> {
    let problem = match storage::read_backup(backup) {
        Ok(Stored::Ok(ws)) => return Some(*ws),
        Ok(Stored::Unreadable { reason, .. }) => Said::new(move |l| reason.message(l)),
        Ok(Stored::Missing) => Said::key(Key::BackupMissing),
        Err(e) => Said::new(move |l| e.message(l)),
    };
    message.set(Some(problem));
    None
}

#[component]
fn BackupList(backups: RwSignal<Vec<Backup>>) -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let message = RwSignal::new(None::<Said>);
    let failed =
        move |e: storage::StorageError| message.set(Some(Said::new(move |l| e.message(l))));
    view! {
        <Show when=move || !backups.with(Vec::is_empty) fallback=|| view! { <p class="hint" data-testid="no-backups">{tx(Key::NoBackups)}</p> }>
            <div class="table-scroll">
                <table class="data" data-testid="backups">
                    <thead><tr>
                        <th scope="col">{tx(Key::WorkspaceName)}</th>
                        <th scope="col">{tx(Key::Date)}</th>
                        <th scope="col" class="num">{tx(Key::Size)}</th>
                        <th scope="col"><span class="visually-hidden">{tx(Key::Actions)}</span></th>
                    </tr></thead>
                    <tbody>
                        {move || backups.get().into_iter().rev().map(|b| {
                            let (restore, fetch, remove) = (b.clone(), b.clone(), b.clone());
                            let when = crate::clock::local_millis(b.at);
                            let stamp = crate::i18n::date_time(lang.get(), &when);
                            view! {
                                <tr>
                                    <td>{b.name.clone()}</td>
                                    <td>{stamp.clone()}</td>
                                    <td class="num">{format!("{} KB", number(lang.get(), b.bytes as f64 / 1024.0, 1))}</td>
                                    <td>
                                        <div class="row-actions">
                                            <button type="button" data-testid="backup-restore" on:click=move |_| {
                                                if let Some(ws) = read_backup(&restore, message) {
                                                    state.import_new(ws);
                                                    message.set(Some(Said::key(Key::BackupRestored)));
                                                }
                                            }>{tx(Key::Restore)}</button>
                                            <button type="button" data-testid="backup-download" on:click=move |_| {
                                                if let Some(ws) = read_backup(&fetch, message) {
                                                    if let Err(e) = storage::download(&format!("{}-backup.json", storage::slug(&ws.name)), &file::save(&ws), "application/json") {
                                                        failed(e);
                                                    }
                                                }
                                            }>{tx(Key::Download)}</button>
                                            <button type="button" class="danger" data-testid="backup-delete" on:click={
                                                let stamp = stamp.clone();
                                                move |_| {
                                                    let question = tf(lang.get_untracked(), Key::ConfirmDeleteBackup, &[&remove.name, &stamp]);
                                                    if !window().confirm_with_message(&question).unwrap_or(false) {
                                                        return;
                                                    }
                                                    if let Err(e) = storage::delete_backup(&remove) {
                                                        failed(e);
                                                    }
                                                    backups.set(storage::list_backups());
                                                }
                                            }>{tx(Key::Delete)}</button>
                                        </div>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </Show>
        {move || message.get().map(|m| view! { <p class="banner info" role="status">{move || m.text(lang.get())}</p> })}
    }
}
