//! Overdue items and actions as one list, most late first, each linking to its item and saying
//! how late it is: the dashboard and the management review show the same list the same way.

use chrono::NaiveDate;
use isms_core::views::Overdue;
use leptos::prelude::*;

use crate::i18n::{opt_date, t, tn, Key, Lang};
use crate::route::item_href;

/// "3 days late (25 Nov 2026)".
fn days_late(lang: Lang, days: i64, due: NaiveDate) -> String {
    let n = usize::try_from(days).unwrap_or(usize::MAX);
    format!(
        "{} ({})",
        tn(lang, (Key::DayLate, Key::DaysLate), n, &[&days.to_string()]),
        opt_date(lang, Some(due))
    )
}

#[component]
pub fn OverdueList(
    #[prop(into)] late: Signal<Vec<Overdue>>,
    #[prop(into)] lang: Signal<Lang>,
    testid: &'static str,
) -> impl IntoView {
    view! {
        <ul class="plain overdue-list" data-testid=testid>
            {move || {
                let l = lang.get();
                late.get().into_iter().map(|late| {
                    let id = late.item.to_string();
                    let what = match late.action {
                        Some(_) => format!("{}: {}", t(l, Key::Action), late.text),
                        None => late.text,
                    };
                    view! {
                        <li><a href=item_href(&id)>{id.clone()}</a>" "{what}" — "{days_late(l, late.days_late, late.due)}</li>
                    }
                }).collect_view()
            }}
        </ul>
    }
}
