//! Standardise (the documents updated so the improvement becomes the way of working),
//! communicate (who was told and trained), and the closed item's summary.

use chrono::NaiveDate;
use isms_core::{DateMeaning, DocUpdate};
use leptos::prelude::*;

use super::use_item;
use crate::components::field::{required_entry, DateField, Problem, TextField};
use crate::i18n::{opt_date, tx, Key};
use crate::state::use_state;

#[component]
pub fn StandardiseForm() -> impl IntoView {
    let lang = use_state().lang;
    let ctx = use_item();
    let docs = Memo::new(move |_| ctx.get(|i| i.standardisation.clone()));
    let (name, version) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let problem = RwSignal::new(None);
    view! {
        <div class="table-scroll">
            <table class="data" data-testid="documents">
                <thead><tr>
                    <th scope="col">{tx(Key::Document)}</th>
                    <th scope="col">{tx(Key::Version)}</th>
                    <th scope="col">{tx(Key::Date)}</th>
                    <th scope="col"><span class="visually-hidden">{tx(Key::Remove)}</span></th>
                </tr></thead>
                <tbody>
                    {move || docs.get().into_iter().enumerate().map(|(n, d): (usize, DocUpdate)| view! {
                        <tr>
                            <td>{d.name}</td>
                            <td>{d.version}</td>
                            <td>{opt_date(lang.get(), d.date)}</td>
                            <td>{super::remove_button(ctx, n, |i| &mut i.standardisation, "danger")}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <form class="inline-form" on:submit=move |ev| {
            ev.prevent_default();
            let Some(text) = required_entry(&name.get_untracked(), Key::Document, problem) else { return };
            let doc = DocUpdate { name: text, version: version.get_untracked().trim().to_owned(), date: Some(crate::clock::today()) };
            ctx.edit(|i| i.standardisation.push(doc));
            name.set(String::new());
            version.set(String::new());
        }>
            <label class="field grow"><span>{tx(Key::Document)}</span>
                <input type="text" data-testid="doc-name" required prop:value=name on:input=move |ev| name.set(event_target_value(&ev)) /></label>
            <label class="field narrow"><span>{tx(Key::Version)}</span>
                <input type="text" data-testid="doc-version" prop:value=version on:input=move |ev| version.set(event_target_value(&ev)) /></label>
            <button type="submit">{tx(Key::AddDocument)}</button>
        </form>
        <Problem problem />
        <TextField label=Key::NoDocumentChange testid="no-doc-change" multiline=true value=Signal::derive(move || ctx.get(|i| i.no_document_change.clone())) on_change={move |v: String| ctx.edit(|i| i.no_document_change = v)} />
    }
}

#[component]
pub fn CommunicateForm() -> impl IntoView {
    let ctx = use_item();
    let text = move |f: fn(&isms_core::Item) -> String| Signal::derive(move || ctx.get(f));
    view! {
        <div class="form-grid">
            <TextField label=Key::Audiences testid="comm-audiences" value=text(|i| i.communication.audiences.clone()) on_change={move |v: String| ctx.edit(|i| i.communication.audiences = v)} />
            <TextField label=Key::Channel testid="comm-channel" value=text(|i| i.communication.channel.clone()) on_change={move |v: String| ctx.edit(|i| i.communication.channel = v)} />
            <TextField label=Key::Training testid="comm-training" multiline=true value=text(|i| i.communication.training.clone()) on_change={move |v: String| ctx.edit(|i| i.communication.training = v)} />
            <DateField label=Key::CommunicatedOn testid="comm-date" meaning=DateMeaning::Happened value=Signal::derive(move || ctx.get(|i| i.communication.date)) on_change={move |d: Option<NaiveDate>| ctx.edit(|i| i.communication.date = d)} />
        </div>
    }
}

#[component]
pub fn ClosedSummary() -> impl IntoView {
    let lang = use_state().lang;
    let ctx = use_item();
    view! {
        <dl class="summary" data-testid="closed-summary">
            <dt>{tx(Key::ClosedOn)}</dt>
            <dd>{move || opt_date(lang.get(), ctx.get(|i| i.closed_on))}</dd>
            <dt>{tx(Key::Result)}</dt>
            <dd>{move || ctx.get(|i| i.verification.result.map(|r| r.label(lang.get()).to_owned())).unwrap_or_else(|| "—".into())}</dd>
            <dt>{tx(Key::Notes)}</dt>
            <dd>{move || ctx.get(|i| i.verification.notes.clone())}</dd>
        </dl>
        <p class="hint">{tx(Key::ClosedHint)}</p>
    }
}
