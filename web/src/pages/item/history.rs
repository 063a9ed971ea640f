//! The change log: every change core recorded, newest first.

use isms_core::history::summarise;
use leptos::prelude::*;

use super::use_item;
use crate::i18n::{tx, Key};
use crate::state::use_state;

#[component]
pub fn HistoryLog() -> impl IntoView {
    let lang = use_state().lang;
    let ctx = use_item();
    let log = Memo::new(move |_| ctx.get(|i| i.history.clone()));
    view! {
        <table class="data history" data-testid="history">
            <thead><tr>
                <th scope="col">{tx(Key::When)}</th>
                <th scope="col">{tx(Key::Field)}</th>
                <th scope="col">{tx(Key::From)}</th>
                <th scope="col">{tx(Key::To)}</th>
            </tr></thead>
            <tbody>
                {move || log.get().into_iter().rev().map(|c| {
                    let local = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(c.at.timestamp_millis() as f64));
                    let when = format!("{} {:02}:{:02}", crate::i18n::date(lang.get(), c.at.date_naive()), local.get_hours(), local.get_minutes());
                    view! {
                        <tr>
                            <td class="nowrap">{when}</td>
                            <td>{crate::i18n::field_label(lang.get(), &c.field)}</td>
                            <td class="from">{summarise(&c.from)}</td>
                            <td>{summarise(&c.to)}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
