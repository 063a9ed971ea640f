//! The records of several items on one printable page, each starting on a new sheet: what an
//! auditor asks for when sampling corrective actions or improvements. The register sends the
//! items it shows as ids in the address (`#/records?ids=CA-001,CI-004`), so a reload or a link
//! shows the same records; a list too long for one sitting is refused there, not here.

use isms_core::ItemId;
use leptos::context::Provider;
use leptos::prelude::*;

use super::deleted::{line_of, was_deleted};
use super::item::record::RecordBody;
use super::item::{ItemCtx, ItemHead};
use crate::clock;
use crate::i18n::{date, tf, tn, tx, Key};
use crate::route::{href, use_route};
use crate::state::use_state;

/// The most records the register offers to show at once.
pub const MAX: usize = 100;

/// The address of the records of `ids`.
pub fn records_href(ids: &[ItemId]) -> String {
    let list: Vec<String> = ids.iter().map(ToString::to_string).collect();
    href("records", &[("ids", list.join(","))])
}

#[component]
pub fn Records() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let route = use_route();
    let ids = Memo::new(move |_| {
        route.with(|r| {
            r.param("ids")
                .unwrap_or_default()
                .split(',')
                .filter_map(|id| ItemId::parse(id.trim()).ok())
                .take(MAX)
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="page records" data-testid="records">
            <div class="page-head no-print">
                <h1>{tx(Key::RecordsTitle)}</h1>
                <button type="button" class="primary" data-testid="print-records" on:click=move |_| { let _ = window().print(); }>{tx(Key::Print)}</button>
            </div>
            <header class="title-block">
                <p class="doc-type">{tx(Key::RecordsDocType)}</p>
                <h2>{move || state.with_ws(|ws| ws.name.clone())}</h2>
                <p data-testid="records-count">{move || {
                    let l = lang.get();
                    let n = ids.with(|ids| state.with_ws(|ws| ids.iter().filter(|id| ws.item(id).is_some()).count())).unwrap_or(0);
                    tn(l, (Key::RecordsCountOne, Key::RecordsCount), n, &[&n.to_string(), &date(l, clock::today())])
                }}</p>
            </header>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty">{tx(Key::RecordsNone)}</p>
                <a href="#/register">{tx(Key::NavRegister)}</a>
            </Show>
            {move || ids.get().into_iter().map(|id| view! { <RecordOf id /> }).collect_view()}
        </section>
    }
}

/// One item's record, under its id, kind, stage and title.
#[component]
fn RecordOf(id: ItemId) -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let ctx = ItemCtx::new(state, id);
    let found = move || ctx.item.with(Option::is_some);
    // An auditor's sample may name an item deleted since: say when and why, not only "missing".
    let deleted = line_of(id);
    view! {
        <Show when=found fallback=move || view! {
            <p class="empty" data-testid="record-missing">{move || match deleted.get() {
                Some(line) => was_deleted(lang.get(), &line, true),
                None => tf(lang.get(), Key::RecordMissing, &[&id.to_string()]),
            }}</p>
        }>
            <article class="record page-break" data-testid="record" data-id=id.to_string()>
                <Provider value=ctx>
                    <ItemHead />
                    <h2>{move || ctx.get(|i| i.title.clone())}</h2>
                    <RecordBody nested=true />
                </Provider>
            </article>
        </Show>
    }
}
