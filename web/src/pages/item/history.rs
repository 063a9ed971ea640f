//! The change log: every change core recorded, newest first, in the reader's words, each showing
//! only the parts of a field that changed.

use isms_core::history_text::{describe_change, Words};
use isms_core::i18n::Lang;
use isms_core::{ObjectiveId, PersonId, Workspace};
use leptos::prelude::*;

use super::use_item;
use crate::i18n::{field_key, t, tx, Key};
use crate::state::use_state;

/// The app's words for core's history text: labels, the workspace's people and objectives,
/// date format.
struct AppWords<'a> {
    lang: Lang,
    ws: &'a Workspace,
}

impl Words for AppWords<'_> {
    fn lang(&self) -> Lang {
        self.lang
    }
    fn field(&self, name: &str) -> Option<String> {
        field_key(name).map(|key| t(self.lang, key).to_owned())
    }
    fn person(&self, id: &str) -> Option<String> {
        let id = PersonId::parse(id).ok()?;
        self.ws.person(&id).map(|p| p.name.clone())
    }
    fn objective(&self, id: &str) -> Option<String> {
        let id = ObjectiveId::parse(id).ok()?;
        self.ws.objective(&id).map(|o| o.title.clone())
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
    view! {
        <div class="table-scroll">
            <table class="data history" data-testid="history">
                <thead><tr>
                    <th scope="col">{tx(Key::When)}</th>
                    <th scope="col">{tx(Key::Field)}</th>
                    <th scope="col">{tx(Key::From)}</th>
                    <th scope="col">{tx(Key::To)}</th>
                </tr></thead>
                <tbody>
                    {move || {
                        let (log, lang) = (log.get(), lang.get());
                        state.with_ws(|ws| {
                            let words = AppWords { lang, ws };
                            log.into_iter().rev().map(|c| {
                                let when = crate::i18n::date_time(words.lang, &crate::clock::local(c.at));
                                let (from, to) = describe_change(&c.field, &c.from, &c.to, &words);
                                view! {
                                    <tr>
                                        <td class="nowrap">{when}</td>
                                        <td>{crate::i18n::field_label(words.lang, &c.field)}</td>
                                        <td class="from">{from}</td>
                                        <td>{to}</td>
                                    </tr>
                                }
                            }).collect_view()
                        })
                    }}
                </tbody>
            </table>
        </div>
    }
}
