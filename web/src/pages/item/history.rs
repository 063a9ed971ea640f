//! The change log: every change core recorded, newest first, in the reader's words.

use isms_core::history_text::{describe, Words};
use isms_core::i18n::Lang;
use leptos::prelude::*;

use super::use_item;
use crate::i18n::{field_key, t, tx, Key};
use crate::state::use_state;

/// The app's words for core's history text: labels, people of the workspace, date format.
struct AppWords {
    lang: Lang,
    people: Vec<(String, String)>,
    objectives: Vec<(String, String)>,
}

fn lookup(list: &[(String, String)], id: &str) -> Option<String> {
    list.iter().find(|(k, _)| k == id).map(|(_, v)| v.clone())
}

impl Words for AppWords {
    fn lang(&self) -> Lang {
        self.lang
    }
    fn field(&self, name: &str) -> Option<String> {
        field_key(name).map(|key| t(self.lang, key).to_owned())
    }
    fn person(&self, id: &str) -> Option<String> {
        lookup(&self.people, id)
    }
    fn objective(&self, id: &str) -> Option<String> {
        lookup(&self.objectives, id)
    }
    fn date(&self, date: chrono::NaiveDate) -> String {
        crate::i18n::date(self.lang, date)
    }
}

#[component]
pub fn HistoryLog() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let ctx = use_item();
    let log = Memo::new(move |_| ctx.get(|i| i.history.clone()));
    let names = Memo::new(move |_| {
        state
            .with_ws(|ws| {
                let people = ws.people.iter().map(|p| (p.id.to_string(), p.name.clone()));
                let objectives = ws
                    .objectives
                    .iter()
                    .map(|o| (o.id.to_string(), o.title.clone()));
                (people.collect::<Vec<_>>(), objectives.collect::<Vec<_>>())
            })
            .unwrap_or_default()
    });
    view! {
        <table class="data history" data-testid="history">
            <thead><tr>
                <th scope="col">{tx(Key::When)}</th>
                <th scope="col">{tx(Key::Field)}</th>
                <th scope="col">{tx(Key::From)}</th>
                <th scope="col">{tx(Key::To)}</th>
            </tr></thead>
            <tbody>
                {move || {
                    let (people, objectives) = names.get();
                    let words = AppWords { lang: lang.get(), people, objectives };
                    log.get().into_iter().rev().map(|c| {
                        let local = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(c.at.timestamp_millis() as f64));
                        let when = format!("{} {:02}:{:02}", crate::i18n::date(words.lang, c.at.date_naive()), local.get_hours(), local.get_minutes());
                        view! {
                            <tr>
                                <td class="nowrap">{when}</td>
                                <td>{crate::i18n::field_label(words.lang, &c.field)}</td>
                                <td class="from">{describe(&c.field, &c.from, &words)}</td>
                                <td>{describe(&c.field, &c.to, &words)}</td>
                            </tr>
                        }
                    }).collect_view()
                }}
            </tbody>
        </table>
    }
}
