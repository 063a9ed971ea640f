//! The dashboard: the state of the register at a glance, or a start form when there is no
//! workspace yet.

use leptos::prelude::*;

use isms_core::views;

use crate::clock;
use crate::i18n::{number, t, Key, Lang};
use crate::pages::workspaces::NewWorkspace;
use crate::state::use_state;

#[component]
pub fn Dashboard() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    view! {
        <section class="page">
            <Show
                when=move || state.has_workspace()
                fallback=move || view! {
                    <div class="welcome">
                        <h1>{move || t(lang.get(), Key::NoWorkspaceTitle)}</h1>
                        <p class="lead">{move || t(lang.get(), Key::AppTagline)}</p>
                        <p>{move || t(lang.get(), Key::NoWorkspaceText)}</p>
                        <NewWorkspace />
                    </div>
                }
            >
                <h1>{move || state.with_ws(|ws| ws.name.clone())}</h1>
                <Figures />
            </Show>
        </section>
    }
}

/// The headline numbers of the open workspace for one day.
#[derive(Debug, Clone, PartialEq, Default)]
struct Headline {
    items: usize,
    open: usize,
    overdue: usize,
    closed_this_quarter: usize,
    average_cycle_days: Option<f64>,
}

#[component]
fn Figures() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let figures = Memo::new(move |_| {
        let today = clock::today();
        state
            .with_ws(|ws| Headline {
                items: ws.items.len(),
                open: ws.items.iter().filter(|i| i.is_open()).count(),
                overdue: views::overdue_items(ws, today).len()
                    + views::overdue_actions(ws, today).len(),
                closed_this_quarter: views::closed_between(ws, views::quarter_start(today), today)
                    .len(),
                average_cycle_days: views::average_cycle_days(ws),
            })
            .unwrap_or_default()
    });
    let tile = move |key: Key, id: &'static str, value: fn(&Headline, Lang) -> String| {
        view! {
            <div class="tile" data-testid=id>
                <span class="value">{move || figures.with(|f| value(f, lang.get()))}</span>
                <span class="label">{move || t(lang.get(), key)}</span>
            </div>
        }
    };
    view! {
        <div class="tiles">
            {tile(Key::FigItems, "fig-items", |f, _| f.items.to_string())}
            {tile(Key::FigOpen, "fig-open", |f, _| f.open.to_string())}
            {tile(Key::FigOverdue, "fig-overdue", |f, _| f.overdue.to_string())}
            {tile(Key::FigClosedQuarter, "fig-closed", |f, _| f.closed_this_quarter.to_string())}
            {tile(Key::FigCycle, "fig-cycle", |f, l| f.average_cycle_days.map_or("—".to_owned(), |d| number(l, d, 0)))}
        </div>
    }
}
