//! Dated work as one list — items, their actions and their effectiveness checks — each linking to
//! its item and saying how late it is or how soon it falls due: the dashboard and the management
//! review show what is overdue the same way, and the dashboard what falls due next. Where the
//! list shows the workspace as it is now (the dashboard), each line can name who carries it; a
//! held review's copy cannot, as it kept no owners.

use chrono::NaiveDate;
use isms_core::follow_up::carried_by;
use isms_core::views::Due;
use leptos::prelude::*;

use crate::i18n::{opt_date, t, tn, Key, Lang};
use crate::route::item_href;
use crate::state::use_state;

/// "3 days late (25 Nov 2026)", "due today (28 Nov 2026)" or "in 4 days (2 Dec 2026)".
fn when(lang: Lang, days_late: i64, due: NaiveDate) -> String {
    let n = |days: i64| usize::try_from(days).unwrap_or(usize::MAX);
    let relative = match days_late {
        0 => t(lang, Key::DueToday).to_owned(),
        late if late > 0 => tn(
            lang,
            (Key::DayLate, Key::DaysLate),
            n(late),
            &[&late.to_string()],
        ),
        early => tn(
            lang,
            (Key::InDay, Key::InDays),
            n(-early),
            &[&(-early).to_string()],
        ),
    };
    format!("{relative} ({})", opt_date(lang, Some(due)))
}

#[component]
pub fn DueList(
    #[prop(into)] lines: Signal<Vec<Due>>,
    #[prop(into)] lang: Signal<Lang>,
    testid: &'static str,
    /// Name who carries each line (an action's own owner, a check's verifier, else the item's
    /// owner), or say that nobody does.
    #[prop(optional)]
    owners: bool,
) -> impl IntoView {
    let state = use_state();
    view! {
        <ul class="plain overdue-list" data-testid=testid>
            {move || {
                let l = lang.get();
                lines.get().into_iter().map(|line| {
                    let id = line.item.to_string();
                    let when = when(l, line.days_late, line.due);
                    let owner = owners.then(|| {
                        let name = state.with_ws(|ws| carried_by(ws, &line).map(|p| ws.person_name(p))).flatten();
                        let none = name.is_none();
                        let name = name.unwrap_or_else(|| t(l, Key::NoOwner).to_owned());
                        view! { <span class="owner" class:none=none data-testid="due-owner">" · "{name}</span> }
                    });
                    view! {
                        <li><a href=item_href(&id)>{id.clone()}</a>" "{line.label(l)}" — "{when}{owner}</li>
                    }
                }).collect_view()
            }}
        </ul>
    }
}
