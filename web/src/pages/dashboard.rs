//! The dashboard: the state of the register at a glance — headline figures, items by stage and
//! by source, open corrective actions by grade, findings per quarter, what is overdue and what
//! falls due in the next month, the next management review among one or the other (and every
//! date as a calendar file) — or, without a workspace, a start form and the example.

use chrono::{Datelike, NaiveDate};
use isms_core::{example, follow_up, held_review, views, Grade, Source, Stage};
use leptos::prelude::*;

use crate::clock;
use crate::codes::code;
use crate::components::bar_chart::{Bar, BarChart};
use crate::components::calendar_button::CalendarButton;
use crate::components::due_list::DueList;
use crate::components::field::TextField;
use crate::i18n::{number, t, tf, tx, Key, Lang};
use crate::pages::workspaces::NewWorkspace;
use crate::route::href;
use crate::state::use_state;

/// Adds the example workspace in the current language and opens it.
pub fn load_example() {
    let state = use_state();
    let lang = state.lang.get_untracked();
    state.add(example::workspace(lang, clock::today(), clock::now()));
    crate::route::navigate("#/", false);
}

#[component]
pub fn Dashboard() -> impl IntoView {
    let state = use_state();
    let _lang = state.lang;
    // A review past its planned interval is overdue work too.
    let late_review = Memo::new(move |_| {
        state
            .with_ws(|ws| held_review::late(ws, clock::today()))
            .flatten()
    });
    // What is overdue, worked out once for the Overdue figure and the list under the charts.
    let late = Memo::new(move |_| {
        state
            .with_ws(|ws| views::overdue(ws, clock::today()))
            .unwrap_or_default()
    });
    view! {
        <section class="page">
            <Show
                when=move || state.has_workspace()
                fallback=move || view! {
                    <div class="welcome">
                        <h1>{tx(Key::NoWorkspaceTitle)}</h1>
                        <p class="lead">{tx(Key::AppTagline)}</p>
                        <p>{tx(Key::NoWorkspaceText)}</p>
                        <NewWorkspace />
                        <p class="or">{tx(Key::OrTryExample)}</p>
                        <button type="button" data-testid="load-example" on:click=move |_| load_example()>{tx(Key::LoadExample)}</button>
                        // The client who was handed a file starts here too.
                        <p class="or">{tx(Key::OrOpenFile)}</p>
                        <a class="button" data-testid="open-file" href=href("data", &[])>{tx(Key::OpenFile)}</a>
                    </div>
                }
            >
                <h1>{move || state.with_ws(|ws| ws.name.clone())}</h1>
                <details class="scope">
                    <summary>{tx(Key::Scope)}</summary>
                    <TextField label=Key::Scope multiline=true testid="scope" value=Signal::derive(move || state.with_ws(|ws| ws.scope.clone()).unwrap_or_default())
                        on_change={move |v: String| state.update(|ws| ws.scope = v)} />
                </details>
                <Figures late />
                <super::last_review::LastReview />
                <Charts />
                <DueSection title=Key::OverdueTitle empty=Key::NothingOverdue lines=late testid="overdue" overdue=true review=late_review />
                <DueSoon />
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
fn Figures(late: Memo<Vec<views::Due>>) -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let figures = Memo::new(move |_| {
        let today = clock::today();
        state
            .with_ws(|ws| Headline {
                items: ws.items.len(),
                open: ws.items.iter().filter(|i| i.is_open()).count(),
                overdue: late.with(Vec::len),
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

#[component]
fn Charts() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let by_stage = Signal::derive(move || {
        let l = lang.get();
        state
            .with_ws(|ws| {
                views::count_by_stage(ws)
                    .into_iter()
                    .map(|(s, n): (Stage, usize)| Bar {
                        label: s.label(l).to_owned(),
                        value: n,
                        href: Some(href("register", &[("stage", code(s))])),
                    })
                    .collect()
            })
            .unwrap_or_default()
    });
    let by_source = Signal::derive(move || {
        let l = lang.get();
        state
            .with_ws(|ws| {
                views::count_by_source(ws)
                    .into_iter()
                    .map(|(s, n): (Source, usize)| Bar {
                        label: s.label(l).to_owned(),
                        value: n,
                        href: Some(href("register", &[("source", code(s))])),
                    })
                    .collect()
            })
            .unwrap_or_default()
    });
    let by_grade = Signal::derive(move || {
        let l = lang.get();
        state
            .with_ws(|ws| {
                views::open_corrective_by_grade(ws)
                    .into_iter()
                    .map(|(g, n): (Grade, usize)| Bar {
                        label: g.label(l).to_owned(),
                        value: n,
                        href: Some(href(
                            "register",
                            &[("stage", "Open".to_owned()), ("grade", code(g))],
                        )),
                    })
                    .collect()
            })
            .unwrap_or_default()
    });
    // Six quarters: this one and the five before, enough to see a trend over a certification
    // cycle's first year and a half.
    let findings = Signal::derive(move || {
        let l = lang.get();
        state
            .with_ws(|ws| {
                views::findings_per_quarter(ws, clock::today(), 6)
                    .into_iter()
                    .map(|(start, n)| Bar {
                        label: tf(
                            l,
                            Key::QuarterLabel,
                            &[
                                &(start.month0() / 3 + 1).to_string(),
                                &start.year().to_string(),
                            ],
                        ),
                        value: n,
                        href: None,
                    })
                    .collect()
            })
            .unwrap_or_default()
    });
    view! {
        <div class="charts">
            <BarChart testid="chart-stage" rows=by_stage title=Signal::derive(move || t(lang.get(), Key::ByStage).to_owned()) />
            <BarChart testid="chart-source" rows=by_source title=Signal::derive(move || t(lang.get(), Key::BySource).to_owned()) />
            <BarChart testid="chart-grade" rows=by_grade title=Signal::derive(move || t(lang.get(), Key::OpenCaByGrade).to_owned()) />
            <BarChart testid="chart-findings" rows=findings title=Signal::derive(move || t(lang.get(), Key::FindingsPerQuarter).to_owned()) />
        </div>
    }
}

/// A heading over a list of dated work — its first lines, all of them on request — or a line
/// saying there is none. `overdue` adds a link to the register's Overdue filter, which holds
/// the items of the overdue list. `review` is the next management review's day when it belongs
/// to the list.
#[component]
fn DueSection(
    title: Key,
    empty: Key,
    lines: Memo<Vec<views::Due>>,
    testid: &'static str,
    #[prop(optional)] overdue: bool,
    #[prop(optional)] review: Option<Memo<Option<NaiveDate>>>,
) -> impl IntoView {
    let lang = use_state().lang;
    let review_none = move || review.and_then(|r| r.get()).is_none();
    view! {
        <h2>{tx(title)}</h2>
        <Show when=move || lines.with(Vec::is_empty) && review_none()>
            <p class="hint">{tx(empty)}</p>
        </Show>
        <DueList lines lang testid owners=true shorten=true review />
        {overdue.then(|| view! {
            <Show when=move || !lines.with(Vec::is_empty)>
                <p class="no-print"><a data-testid=format!("{testid}-in-register") href=href("register", &[("overdue", "1".to_owned())])>{tx(Key::OverdueInRegister)}</a></p>
            </Show>
        })}
    }
}

/// What falls due from today to a month ahead — items, actions and effectiveness checks — so a
/// progress meeting prepares for it instead of chasing it afterwards; and every date as a
/// calendar file.
#[component]
fn DueSoon() -> impl IntoView {
    let state = use_state();
    let soon = Memo::new(move |_| {
        state
            .with_ws(|ws| views::due_within(ws, clock::today(), follow_up::LOOK_AHEAD_DAYS))
            .unwrap_or_default()
    });
    let review = Memo::new(move |_| {
        state
            .with_ws(|ws| held_review::due_within(ws, clock::today(), follow_up::LOOK_AHEAD_DAYS))
            .flatten()
    });
    let label = Signal::derive(move || t(state.lang.get(), Key::DueCalendar).to_owned());
    view! {
        <DueSection title=Key::DueSoonTitle empty=Key::NothingDueSoon lines=soon review testid="due-soon" />
        <CalendarButton person=None label hint=Key::DueCalendarHint testid="due-calendar" />
    }
}
