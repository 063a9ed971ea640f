//! The register: every improvement as a table, with free-text search, filters and sorting kept
//! in the URL (so reload and shared links keep them), and keyboard use: `n` new item, `/` search,
//! arrows and Enter to open (the search box names the highlighted row for screen readers).

use std::time::Duration;

use chrono::NaiveDate;
use isms_core::prioritise::{self, Quadrant};
use isms_core::search::SearchIndex;
use isms_core::sorting;
use isms_core::{views, Grade, ItemId, Kind, PersonId, Source, Stage};
use leptos::html;
use leptos::prelude::*;

use super::data::export_register_csv;
use super::deleted::{DeletedList, UndoDelete};
use super::records;
use crate::clock;
use crate::codes::code;
use crate::components::field::Problem;
use crate::i18n::{opt_date, t, tf, tx, Key, Lang, Said};
use crate::route::{self, href, item_href, use_route};
use crate::state::use_state;

use super::TABLE_ROWS;

/// What filtering and sorting need of one item, without copying its texts: the register is
/// rebuilt whenever the workspace changes, and thousands of rows must cost little. The shown
/// rows read their texts from the workspace.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Row {
    index: usize,
    id: ItemId,
    stage: Stage,
    source: Source,
    due: Option<NaiveDate>,
    rank: Option<usize>,
    /// The item's own due date has passed (its date shown in red).
    overdue: bool,
    /// Its own date, an undone action's or its effectiveness check's has passed: the Overdue
    /// filter, which shows the items of every line the dashboard lists as overdue.
    late_work: bool,
    quadrant: Option<Quadrant>,
    updated: i64,
}

/// A filter from the URL: none, one value, or (an unknown code) nothing at all.
#[derive(Clone, Copy)]
enum Want<T> {
    Any,
    Only(T),
    Nothing,
}

impl<T: Copy + PartialEq + std::fmt::Debug> Want<T> {
    fn from_code(all: &[T], text: &str) -> Self {
        if text.is_empty() {
            Want::Any
        } else {
            crate::codes::parse(all, text).map_or(Want::Nothing, Want::Only)
        }
    }

    fn admits(self, value: Option<T>) -> bool {
        match self {
            Want::Any => true,
            Want::Only(wanted) => value == Some(wanted),
            Want::Nothing => false,
        }
    }
}

const FILTERS: [&str; 10] = [
    "q",
    "kind",
    "grade",
    "source",
    "stage",
    "owner",
    "objective",
    "quadrant",
    "overdue",
    "sort",
];

/// The element id of an item's row. The search box names the highlighted row by it
/// (`aria-activedescendant`), so a screen reader reads the row the arrow keys moved to.
fn row_dom_id(id: &str) -> String {
    format!("register-row-{id}")
}

/// Sets one query parameter of the register's URL, keeping the others.
fn set_param(route: RwSignal<route::Route>, name: &str, value: String) {
    let route = route.get_untracked();
    let query: Vec<(&str, String)> = FILTERS
        .iter()
        .map(|k| {
            (
                *k,
                if *k == name {
                    value.clone()
                } else {
                    route.param(k).unwrap_or_default().to_owned()
                },
            )
        })
        .collect();
    route::navigate(&href("register", &query), true);
}

/// At least as many rows as the window can show: a register row is at least 65 px high, and the
/// table starts below the page's head and filters.
fn rows_in_view() -> usize {
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(1080.0);
    rows_for_height(height)
}

fn rows_for_height(height: f64) -> usize {
    // `as` saturates: a NaN or negative height gives 0, and the clamp makes that one row.
    ((height / 60.0).ceil() as usize).clamp(1, TABLE_ROWS)
}

#[component]
pub fn Register() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let route = use_route();
    let param = move |name: &'static str| {
        Memo::new(move |_| route.with(|r| r.param(name).unwrap_or_default().to_owned()))
    };
    let (q, kind, grade, source, stage, owner, objective, quadrant, overdue, sort) = (
        param("q"),
        param("kind"),
        param("grade"),
        param("source"),
        param("stage"),
        param("owner"),
        param("objective"),
        param("quadrant"),
        param("overdue"),
        param("sort"),
    );
    let shown = RwSignal::new(TABLE_ROWS);
    let problem = RwSignal::new(None::<Said>);
    let active = RwSignal::new(0usize);
    let search_ref = NodeRef::<html::Input>::new();

    // Rebuilt only when the workspace changes, not on every keystroke: the rows in the default
    // order (ranked items by rank, then unranked open items, then closed ones), so that a filter
    // in that order needs no sort.
    let rows = Memo::new(move |_| {
        let today = clock::today();
        state
            .with_ws(|ws| {
                let ranking = prioritise::rank(&ws.items, &ws.settings, today);
                let rank = ranking.rank_by_index(ws.items.len());
                let row = |index: usize| {
                    let item = &ws.items[index];
                    Row {
                        index,
                        id: item.id,
                        stage: item.stage,
                        source: item.source,
                        due: item.plan.due,
                        rank: rank[index],
                        overdue: item.is_overdue(today),
                        late_work: views::has_overdue_work(item, today),
                        quadrant: Quadrant::of(&item.inputs, &ws.settings.quadrants),
                        updated: item.updated.timestamp(),
                    }
                };
                let rank = &rank;
                let unranked = |open: bool| {
                    (0..ws.items.len())
                        .filter(move |&i| rank[i].is_none() && ws.items[i].is_open() == open)
                };
                ranking
                    .ranked
                    .iter()
                    .map(|r| r.index)
                    .chain(unranked(true))
                    .chain(unranked(false))
                    .map(row)
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    // Two things wait until the register has been painted, each in a task of its own so that a
    // key pressed meanwhile waits for one at most: first the rows below the window's edge (with
    // thousands of items the first frame draws only those that can be in view), then the folded
    // text that search looks in (built at the first search instead, if that comes sooner, and
    // again only when the workspace changes).
    let painted = RwSignal::new(false);
    let warm = RwSignal::new(false);
    // `try_`: the register may have been left by then.
    let after_paint = move || {
        if painted.try_get_untracked() != Some(false) {
            return;
        }
        let _ = painted.try_set(true);
        set_timeout(
            move || {
                let _ = warm.try_set(true);
            },
            Duration::ZERO,
        );
    };
    // After the next frame: a timer alone can fire before the first paint and delay it.
    request_animation_frame(move || set_timeout(after_paint, Duration::ZERO));
    // A page that draws no frames (a tab opened in the background) still gets all its rows.
    set_timeout(after_paint, Duration::from_millis(250));
    // A page reached by Back, Forward or a reload is drawn whole at once: the browser puts it
    // back where it was scrolled, which a page only a window high would cut short.
    let first_rows = if route::entry_seen_before() {
        TABLE_ROWS
    } else {
        rows_in_view()
    };
    // How many of the listed rows are drawn: "Show more" adds to them; until the first paint,
    // only the rows that can be in view.
    let drawn = move || {
        let shown = shown.get();
        if painted.get() {
            shown
        } else {
            shown.min(first_rows)
        }
    };
    let searching = Memo::new(move |_| warm.get() || !q.with(String::is_empty));
    let index = Memo::new(move |_| {
        if !searching.get() {
            return SearchIndex::default();
        }
        state.with_ws(SearchIndex::build).unwrap_or_default()
    });
    // Memos are lazy: read the index once it is wanted, so it is ready before the first search.
    // Reading, not `track()`: a memo that was never read has no sources, so tracking it alone
    // would never hear of `warm` and the index would wait for the first keystroke after all.
    Effect::new(move |_| index.with(|_| ()));

    // Positions of the rows that pass the filters, in display order.
    let visible = Memo::new(move |_| {
        let words = q.with(|q| SearchIndex::words(q));
        let kind = kind.with(|k| Want::from_code(&Kind::ALL, k));
        let grade = grade.with(|g| Want::from_code(&Grade::ALL, g));
        let source = source.with(|s| Want::from_code(&Source::ALL, s));
        let open_only = stage.with(|s| s == "Open");
        let stage = stage.with(|s| Want::from_code(&Stage::ALL, s));
        let quadrant = quadrant.with(|q| Want::from_code(&Quadrant::ALL, q));
        let owner = owner.get();
        let objective = objective.get();
        let overdue = overdue.with(|o| !o.is_empty());
        let hits = (!words.is_empty()).then(|| index.with(|index| index.matching(&words)));
        state
            .with_ws(|ws| {
                rows.with(|rows| {
                    let mut list: Vec<usize> = (0..rows.len())
                        .filter(|&i| {
                            let row = &rows[i];
                            hits.as_ref()
                                .is_none_or(|h| h.get(row.index) == Some(&true))
                                && kind.admits(row.id.kind())
                                && grade.admits(
                                    ws.items[row.index]
                                        .nonconformity
                                        .as_ref()
                                        .map(|nc| nc.grade),
                                )
                                && source.admits(Some(row.source))
                                && (open_only && row.stage.is_open()
                                    || !open_only && stage.admits(Some(row.stage)))
                                && (owner.is_empty()
                                    || ws.items[row.index]
                                        .plan
                                        .owner
                                        .as_ref()
                                        .map(PersonId::as_str)
                                        == Some(owner.as_str()))
                                && (objective.is_empty()
                                    || ws.items[row.index]
                                        .links
                                        .objectives
                                        .iter()
                                        .any(|o| o.as_str() == objective))
                                && quadrant.admits(row.quadrant)
                                && (!overdue || row.late_work)
                        })
                        .collect();
                    // The rows are in the default order already.
                    let by: Option<&dyn Fn(usize, usize) -> std::cmp::Ordering> =
                        match sort.get().as_str() {
                            "due" => Some(&|a, b| {
                                let key = |i: usize| (rows[i].due.is_none(), rows[i].due);
                                key(a).cmp(&key(b))
                            }),
                            "id" => Some(&|a, b| rows[a].id.cmp(&rows[b].id)),
                            "updated" => Some(&|a, b| rows[b].updated.cmp(&rows[a].updated)),
                            _ => None,
                        };
                    if let Some(by) = by {
                        sorting::sort_positions(&mut list, by);
                    }
                    list
                })
            })
            .unwrap_or_default()
    });

    // The ids of the items listed, in the order shown: for the records link and the CSV.
    let listed_ids = move || {
        visible.with(|v| {
            rows.with(|r| {
                v.iter()
                    .filter_map(|&p| r.get(p).map(|row| row.id))
                    .collect::<Vec<ItemId>>()
            })
        })
    };
    // The ids the records link carries, or `None` when too many are listed for one page. A memo,
    // so that keystrokes which leave it unchanged (most, with thousands of items) redraw nothing.
    let record_ids = Memo::new(move |_| (visible.with(Vec::len) <= records::MAX).then(listed_ids));

    // The highlighted row as its position in `rows`: moving it re-renders two rows, not all.
    let active_position = Memo::new(move |_| visible.with(|list| list.get(active.get()).copied()));
    // Its item: what Enter opens and what the search box names for screen readers.
    let active_id = move || {
        active_position
            .get()
            .and_then(|p| rows.with(|r| r.get(p).map(|row| row.id)))
    };
    let open_active = move || {
        if let Some(id) = untrack(active_id) {
            route::navigate(&item_href(&id.to_string()), false);
        }
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let focused = document().active_element();
        let in_search = search_ref
            .get_untracked()
            .zip(focused.clone())
            .is_some_and(|(input, el)| js_sys::Object::is(input.as_ref(), el.as_ref()));
        let on_page = focused
            .as_ref()
            .is_none_or(|el| matches!(el.tag_name().as_str(), "BODY" | "MAIN" | "TR"));
        let typing = focused
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        // The list keys work from the page and from the search box, not from fields, links or
        // buttons, which keep their own Enter and arrows.
        let list_keys = on_page || in_search;
        match ev.key().as_str() {
            "/" if !typing => {
                ev.prevent_default();
                if let Some(input) = search_ref.get_untracked() {
                    let _ = input.focus();
                }
            }
            "n" if !typing => route::navigate("#/new", false),
            "ArrowDown" if list_keys => {
                let n = visible.with_untracked(Vec::len).min(shown.get_untracked());
                if n > 0 {
                    ev.prevent_default();
                    active.update(|a| *a = (*a + 1).min(n - 1));
                }
            }
            "ArrowUp" if list_keys => {
                ev.prevent_default();
                active.update(|a| *a = a.saturating_sub(1));
            }
            "Enter" if list_keys => {
                ev.prevent_default();
                open_active();
            }
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());

    // Rows are keyed by their position in `rows`, by this count of workspace changes and by the
    // language, so a keystroke keeps the rows that still match as they are instead of rewriting
    // every cell, while any change to the workspace (another tab, an import) or of language draws
    // every row afresh. A row's texts are therefore fixed: no effect per cell to create and drop
    // as rows come and go while typing.
    let generation = Memo::new(move |previous: Option<&u64>| {
        state.with_ws(|_| ());
        previous.map_or(0, |g| g + 1)
    });
    let row_view = move |position: usize, lang: Lang| {
        let row = rows.with_untracked(|rows| rows[position]);
        let (title, owner) = untrack(|| {
            state.with_ws(|ws| {
                let item = &ws.items[row.index];
                let owner = item
                    .plan
                    .owner
                    .as_ref()
                    .map(|o| ws.person_name(o))
                    .unwrap_or_default();
                (item.title.clone(), owner)
            })
        })
        .unwrap_or_default();
        let id = row.id.to_string();
        let link = item_href(&id);
        let is_ca = row.id.kind() == Some(Kind::CorrectiveAction);
        view! {
            <tr id=row_dom_id(&id) class:active=move || active_position.get() == Some(position) class:overdue=row.overdue data-id=id.clone()>
                <td class="num">{row.rank.map(|r| r.to_string()).unwrap_or_default()}</td>
                <td><span class="kind-badge" class:ca=is_ca>{id.clone()}</span></td>
                <td><a href=link>{title}</a></td>
                <td><span class=format!("stage-badge stage-{}", code(row.stage).to_lowercase())>{row.stage.label(lang)}</span></td>
                <td>{row.source.label(lang)}</td>
                <td>{owner}</td>
                <td class:late=row.overdue>{opt_date(lang, row.due)}</td>
            </tr>
        }
    };

    let people = state.people_options();
    let objectives = state.objective_options();
    let filter =
        move |name: &'static str,
              label: Key,
              empty: Key,
              value: Memo<String>,
              options: Box<dyn Fn() -> Vec<(String, String)> + Send + Sync>| {
            let options = Memo::new(move |_| options());
            // A shared link may name a person, objective or code this workspace does not have:
            // the select says so instead of showing nothing beside "0 items". An unknown sort
            // order is not one: the register falls back to rank, which the select shows.
            let known = move |v: &str| options.with(|o| o.iter().any(|(o, _)| o == v));
            let unknown = Memo::new(move |_| {
                let v = value.get();
                (!v.is_empty() && name != "sort" && !known(&v)).then_some(v)
            });
            let shown_value = move || {
                let v = value.get();
                if name == "sort" && !known(&v) {
                    String::new()
                } else {
                    v
                }
            };
            view! {
                <label class="field">
                    <span>{move || t(lang.get(), label)}</span>
                    <select data-testid=format!("filter-{name}") prop:value=shown_value on:change=move |ev| { shown.set(TABLE_ROWS); active.set(0); set_param(route, name, event_target_value(&ev)) }>
                        <option value="">{tx(empty)}</option>
                        {move || options.get().into_iter().map(|(v, l)| { let sel = v == value.get_untracked(); view! { <option value=v selected=sel>{l}</option> } }).collect_view()}
                        {move || unknown.get().map(|v| { let l = tf(lang.get(), Key::NotFoundValue, &[&v]); view! { <option value=v selected=true>{l}</option> } })}
                    </select>
                </label>
            }
        };

    view! {
        <section class="page">
            <div class="page-head">
                <h1>{tx(Key::NavRegister)}</h1>
                <a class="button primary" href="#/new" data-testid="new-item" aria-keyshortcuts="n">{tx(Key::NewItem)}</a>
            </div>
            <UndoDelete />
            <div class="filters" role="search">
                <label class="field grow">
                    <span>{tx(Key::Search)}</span>
                    <input type="search" node_ref=search_ref data-testid="search" aria-keyshortcuts="/"
                        aria-controls="register-table"
                        aria-activedescendant=move || active_id().map(|id| row_dom_id(&id.to_string()))
                        placeholder=tx(Key::SearchPlaceholder)
                        prop:value=q
                        on:input=move |ev| { shown.set(TABLE_ROWS); active.set(0); set_param(route, "q", event_target_value(&ev)) } />
                </label>
                {filter("kind", Key::Kind, Key::All, kind, Box::new(move || Kind::ALL.iter().map(|k| (code(*k), k.label(lang.get()).to_owned())).collect()))}
                {filter("grade", Key::Grade, Key::All, grade, Box::new(move || Grade::ALL.iter().map(|g| (code(*g), g.label(lang.get()).to_owned())).collect()))}
                {filter("source", Key::Source, Key::All, source, Box::new(move || Source::ALL.iter().map(|s| (code(*s), s.label(lang.get()).to_owned())).collect()))}
                {filter("stage", Key::Stage, Key::All, stage, Box::new(move || std::iter::once(("Open".to_owned(), t(lang.get(), Key::AllOpen).to_owned())).chain(Stage::ALL.iter().map(|s| (code(*s), s.label(lang.get()).to_owned()))).collect()))}
                {filter("owner", Key::Owner, Key::All, owner, Box::new(move || people.get()))}
                {filter("objective", Key::Objective, Key::All, objective, Box::new(move || objectives.get()))}
                {filter("quadrant", Key::Quadrant, Key::All, quadrant, Box::new(move || Quadrant::ALL.iter().map(|s| (code(*s), s.label(lang.get()).to_owned())).collect()))}
                {filter("sort", Key::SortBy, Key::Rank, sort, Box::new(move || vec![("due".into(), t(lang.get(), Key::DueDate).into()), ("id".into(), "Id".into()), ("updated".into(), t(lang.get(), Key::Updated).into())]))}
                <label class="check">
                    <input type="checkbox" data-testid="filter-overdue" prop:checked=move || !overdue.get().is_empty()
                        on:change=move |ev| set_param(route, "overdue", if event_target_checked(&ev) { "1".into() } else { String::new() }) />
                    {tx(Key::OverdueOnly)}
                </label>
            </div>
            <div class="count-row">
                <div class="count-with-clear">
                    <p class="count" data-testid="register-count" role="status">
                        {move || tf(lang.get(), Key::ItemsShown, &[&visible.with(Vec::len).to_string(), &rows.with(Vec::len).to_string()])}
                    </p>
                    // Arriving from a dashboard bar or a shared link, the way back to the whole
                    // register is one press, not every filter in turn. The search text and the
                    // sort order stay: the search box clears itself (its ✕ or Escape), and a
                    // button that came and went while typing would shift the row under the eye.
                    <Show when=move || route.with(|r| FILTERS.iter().any(|k| !matches!(*k, "q" | "sort") && r.param(k).is_some()))>
                        <button type="button" data-testid="clear-filters" on:click=move |_| {
                            shown.set(TABLE_ROWS);
                            active.set(0);
                            route::navigate(&href("register", &[("q", q.get_untracked()), ("sort", sort.get_untracked())]), false);
                        }>{tx(Key::ClearFilters)}</button>
                    </Show>
                </div>
                <div class="count-actions">
                    {move || match record_ids.get() {
                        None => view! { <p class="hint" data-testid="records-too-many">{tf(lang.get(), Key::RecordsTooMany, &[&records::MAX.to_string()])}</p> }.into_any(),
                        Some(ids) if ids.is_empty() => ().into_any(),
                        Some(ids) => view! { <a class="button" data-testid="records-link" href=records::records_href(&ids)>{tx(Key::RecordsOfShown)}</a> }.into_any(),
                    }}
                    // What is listed, as listed, for a spreadsheet: the client's own follow-up
                    // list of, say, the open corrective actions. The whole register is on the
                    // Data page.
                    <Show when=move || visible.with(|v| !v.is_empty())>
                        <button type="button" data-testid="csv-of-shown" on:click=move |_| {
                            let result = export_register_csv(Some(&untrack(listed_ids)));
                            problem.set(result.err().map(|e| Said::new(move |l| e.message(l))));
                        }>{tx(Key::CsvOfShown)}</button>
                    </Show>
                </div>
            </div>
            <Problem problem />
            <div class="table-scroll">
                <table class="data register" id="register-table" data-testid="register">
                    <thead>
                        <tr>
                            <th scope="col" class="num">"#"</th>
                            <th scope="col">"Id"</th>
                            <th scope="col">{tx(Key::Title)}</th>
                            <th scope="col">{tx(Key::Stage)}</th>
                            <th scope="col">{tx(Key::Source)}</th>
                            <th scope="col">{tx(Key::Owner)}</th>
                            <th scope="col">{tx(Key::DueDate)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || {
                                let generation = generation.get();
                                let lang = lang.get();
                                visible.with(|list| list.iter().take(drawn()).map(|&position| (generation, lang, position)).collect::<Vec<_>>())
                            }
                            key=|key| *key
                            children=move |(_, lang, position)| row_view(position, lang)
                        />
                    </tbody>
                </table>
            </div>
            <Show when=move || { visible.with(Vec::len) > shown.get() }>
                <button type="button" on:click=move |_| shown.update(|s| *s += TABLE_ROWS)>{tx(Key::ShowMore)}</button>
            </Show>
            <Show when=move || rows.with(Vec::is_empty)>
                <p class="empty">{tx(Key::RegisterEmpty)}</p>
            </Show>
            <DeletedList />
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_frame_draws_a_window_s_worth_of_rows_and_never_none_or_more_than_a_page() {
        assert_eq!(rows_for_height(720.0), 12);
        assert_eq!(rows_for_height(1080.0), 18);
        assert_eq!(rows_for_height(0.0), 1);
        assert_eq!(rows_for_height(f64::NAN), 1);
        assert_eq!(rows_for_height(-5.0), 1);
        assert_eq!(rows_for_height(1e9), TABLE_ROWS);
    }
}
