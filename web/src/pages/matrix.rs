//! The impact/effort matrix: open items as points on a 5 × 5 grid split into quick wins, major
//! projects, fill-ins and thankless tasks. Click (or Enter) opens an item; dragging a point, or
//! the arrow keys on a focused point, change its impact and effort. A crowded cell draws its most
//! urgent items and a count, which lists them all under the chart (core's `matrix_cells`). Beside
//! it, the key names the items of each quadrant.

use isms_core::prioritise::{self, matrix_cells, Quadrant};
use isms_core::{ItemId, Kind};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::clock;
use crate::focus::focus_matching;
use crate::i18n::{number, tf, tx, Key, Lang};
use crate::pages::matrix_cell::{MatrixCell, HEADING_ID};
use crate::pages::matrix_key::MatrixKey;
use crate::route::{self, item_href};
use crate::state::use_state;

const CELL: f64 = 100.0;
const SIZE: f64 = CELL * 5.0;
// Room for the impact axis on the left, the upper quadrants' names on top, and the effort axis
// with the lower quadrants' names below: no name is drawn where a point can be.
const LEFT: f64 = 60.0;
const TOP: f64 = 34.0;
const RIGHT: f64 = 12.0;
const BOTTOM: f64 = 84.0;
const WIDTH: f64 = LEFT + SIZE + RIGHT;
const HEIGHT: f64 = TOP + SIZE + BOTTOM;

/// What a place in a cell shows: an item, or a crowded cell's count of the items it does not
/// draw (in the place after its last point).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Mark {
    Item {
        id: ItemId,
        title: String,
        corrective: bool,
    },
    More(usize),
}

#[derive(Debug, Clone, PartialEq)]
struct Point {
    mark: Mark,
    impact: u8,
    effort: u8,
    x: f64,
    y: f64,
    small: bool,
    lang: Lang,
}

impl Point {
    /// What its drawing shows: a point whose key is unchanged keeps its element, so a drop
    /// redraws only the points of the cells it changed, not every point.
    fn key(&self) -> (Mark, u8, u8, u64, u64, bool, Lang) {
        (
            self.mark.clone(),
            self.impact,
            self.effort,
            self.x.to_bits(),
            self.y.to_bits(),
            self.small,
            self.lang,
        )
    }
}

/// Where the point in `slot` of the `of` points sharing the cell (effort, impact) goes: spread
/// in columns wide enough for their labels and rows high enough for a label under each point.
fn place(effort: u8, impact: u8, slot: usize, of: usize) -> (f64, f64) {
    let of = of.max(1);
    let cols = match of {
        1 | 2 => of,
        3 | 4 => 2,
        _ => (of as f64).sqrt().ceil() as usize,
    };
    let rows = of.div_ceil(cols);
    let (col, row) = (slot % cols, slot / cols);
    let left = LEFT + (f64::from(effort) - 1.0) * CELL;
    let top = TOP + (5.0 - f64::from(impact)) * CELL;
    // Centres between 16 below the cell's top and 30 above its bottom (the label's room).
    let (first, last) = (top + 16.0, top + CELL - 30.0);
    let y = if rows == 1 {
        (first + last) / 2.0
    } else {
        first + (last - first) * row as f64 / (rows - 1) as f64
    };
    // An incomplete last row is centred.
    let in_row = if row + 1 == rows {
        of - row * cols
    } else {
        cols
    };
    let shift = (cols - in_row) as f64 / 2.0;
    (left + CELL / cols as f64 * (col as f64 + 0.5 + shift), y)
}

/// Whether the points in a cell are so many that they are drawn small.
fn crowded(of: usize) -> bool {
    of > 4
}

/// A point held by the pointer: its item, where the pointer took it (in the chart's units),
/// whether it has moved since (a press without a move opens the item) and its element.
struct Drag {
    id: ItemId,
    from: (f64, f64),
    moved: bool,
    point: web_sys::Element,
}

#[component]
pub fn Matrix() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let thresholds = Memo::new(move |_| {
        state
            .with_ws(|ws| ws.settings.quadrants)
            .unwrap_or_default()
    });
    // The item moved last: drawn even in a crowded cell, so that a dropped point stays in view.
    let moved = RwSignal::new(None::<ItemId>);
    let cells = Memo::new(move |_| {
        let keep = moved.get();
        state
            .with_ws(|ws| {
                let ranking = prioritise::rank(&ws.items, &ws.settings, clock::today());
                matrix_cells(&ws.items, &ranking, keep)
            })
            .unwrap_or_default()
    });
    // Each drawn point and each count, spread over their cell's places.
    let layout = Memo::new(move |_| {
        let lang = lang.get();
        let mut points = Vec::new();
        cells.with(|cells| {
            state.with_ws(|ws| {
                for cell in cells {
                    let (impact, effort) = (cell.impact, cell.effort);
                    let hidden = cell.hidden();
                    let of = cell.drawn.len() + usize::from(hidden > 0);
                    let items = cell.drawn.iter().map(|&index| {
                        let item = &ws.items[index];
                        Mark::Item {
                            id: item.id,
                            title: item.title.clone(),
                            corrective: item.kind == Kind::CorrectiveAction,
                        }
                    });
                    let count = (hidden > 0).then_some(Mark::More(hidden));
                    for (slot, mark) in items.chain(count).enumerate() {
                        let (x, y) = place(effort, impact, slot, of);
                        points.push(Point {
                            mark,
                            impact,
                            effort,
                            x,
                            y,
                            small: crowded(of),
                            lang,
                        });
                    }
                }
            })
        });
        points
    });
    let open_cell = RwSignal::new(None::<(u8, u8)>);
    let list_cell = move |impact: u8, effort: u8| {
        open_cell.set(Some((impact, effort)));
        let selector = format!("#{HEADING_ID}");
        set_timeout(move || focus_matching(&selector), std::time::Duration::ZERO);
    };
    // The point being dragged. It is moved directly (a `transform` on its element) rather than
    // through a signal every point reads: with thousands of points, each pointer move re-ran
    // every point's position effects (about 3 s a move with 5,011 items).
    let dragging = StoredValue::new_local(None::<Drag>);
    // Ends a drag, the point put back where it was drawn: a drop in the same cell changes
    // nothing, and one elsewhere is drawn anew where its new rating puts it.
    let let_go = move || {
        let drag = dragging.try_update_value(Option::take).flatten()?;
        let _ = drag.point.remove_attribute("transform");
        Some(drag)
    };
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();

    let to_svg = move |x: i32, y: i32| -> Option<(f64, f64)> {
        let svg = svg_ref.get_untracked()?;
        let el: &web_sys::Element = svg.unchecked_ref();
        let rect = el.get_bounding_client_rect();
        Some((
            (f64::from(x) - rect.left()) * WIDTH / rect.width(),
            (f64::from(y) - rect.top()) * HEIGHT / rect.height(),
        ))
    };
    let set_rating = move |id: &ItemId, impact: u8, effort: u8| {
        state.edit_item(id, |i| {
            i.inputs.impact = Some(impact.clamp(1, 5));
            i.inputs.effort = Some(effort.clamp(1, 5));
        });
    };

    let quadrant_label = move |q: Quadrant, x: f64, y: f64| view! { <text x=x y=y class="quadrant-label" text-anchor="middle">{move || q.label(lang.get())}</text> };

    view! {
        <section class="page">
            <h1>{tx(Key::NavMatrix)}</h1>
            <p class="hint no-print">{tx(Key::MatrixHelp)}</p>
            <div class="matrix-layout">
            <div class="matrix-chart">
            <svg node_ref=svg_ref class="matrix" data-testid="matrix" role="group" aria-label=tx(Key::NavMatrix)
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                on:pointermove=move |ev| {
                    let at = to_svg(ev.client_x(), ev.client_y());
                    dragging.update_value(|drag| {
                        if let (Some(drag), Some((x, y))) = (drag, at) {
                            drag.moved = true;
                            let _ = drag.point.set_attribute("transform", &format!("translate({} {})", x - drag.from.0, y - drag.from.1));
                        }
                    });
                }
                on:pointerup=move |ev| {
                    if let Some(drag) = let_go() {
                        match to_svg(ev.client_x(), ev.client_y()) {
                            Some((x, y)) if drag.moved => {
                                let effort = (((x - LEFT) / CELL).floor() + 1.0).clamp(1.0, 5.0) as u8;
                                let impact = (5.0 - ((y - TOP) / CELL).floor()).clamp(1.0, 5.0) as u8;
                                moved.set(Some(drag.id));
                                set_rating(&drag.id, impact, effort);
                            }
                            _ => route::navigate(&item_href(&drag.id.to_string()), false),
                        }
                    }
                }
                on:pointerleave=move |_| { let_go(); }
            >
                {move || {
                    let th = thresholds.get();
                    let split_x = LEFT + (f64::from(th.effort) - 1.0) * CELL;
                    let split_y = TOP + (5.0 - f64::from(th.impact) + 1.0) * CELL;
                    let (right, bottom) = (LEFT + SIZE, TOP + SIZE);
                    view! {
                        <rect x=LEFT y=TOP width=split_x - LEFT height=split_y - TOP class="q quick" />
                        <rect x=split_x y=TOP width=right - split_x height=split_y - TOP class="q major" />
                        <rect x=LEFT y=split_y width=split_x - LEFT height=bottom - split_y class="q fill" />
                        <rect x=split_x y=split_y width=right - split_x height=bottom - split_y class="q thankless" />
                        {quadrant_label(Quadrant::QuickWin, (LEFT + split_x) / 2.0, TOP - 12.0)}
                        {quadrant_label(Quadrant::MajorProject, (split_x + right) / 2.0, TOP - 12.0)}
                        {quadrant_label(Quadrant::FillIn, (LEFT + split_x) / 2.0, bottom + 46.0)}
                        {quadrant_label(Quadrant::ThanklessTask, (split_x + right) / 2.0, bottom + 46.0)}
                    }
                }}
                {(0..=5).map(|k| {
                    let (x, y) = (LEFT + f64::from(k) * CELL, TOP + f64::from(k) * CELL);
                    view! {
                        <line x1=LEFT y1=y x2=LEFT + SIZE y2=y class="grid" />
                        <line x1=x y1=TOP x2=x y2=TOP + SIZE class="grid" />
                    }
                }).collect_view()}
                {(1..=5u8).map(|v| view! {
                    <text x=LEFT + (f64::from(v) - 0.5) * CELL y=TOP + SIZE + 22.0 text-anchor="middle" class="axis">{v}</text>
                    <text x=LEFT - 14.0 y=TOP + (5.5 - f64::from(v)) * CELL + 5.0 text-anchor="end" class="axis">{v}</text>
                }).collect_view()}
                <text x=LEFT + SIZE / 2.0 y=TOP + SIZE + 76.0 text-anchor="middle" class="axis-title">{tx(Key::EffortAxis)}</text>
                <text x=18 y=TOP + SIZE / 2.0 text-anchor="middle" class="axis-title" transform=format!("rotate(-90 18 {})", TOP + SIZE / 2.0)>{tx(Key::ImpactAxis)}</text>
                <For each=move || layout.get() key=Point::key children=move |p| {
                    let (impact, effort) = (p.impact, p.effort);
                    let (x, y) = (p.x, p.y);
                    let (key_id, title, corrective) = match p.mark {
                        Mark::Item { id, title, corrective } => (id, title, corrective),
                        Mark::More(hidden) => {
                            let count = number(p.lang, hidden as f64, 0);
                            let label = tf(p.lang, Key::MatrixMore, &[&count, &impact.to_string(), &effort.to_string()]);
                            let count = format!("+{count}");
                            // As wide as its figure: a cell can count thousands.
                            let half = 6.0 + 3.3 * count.chars().count() as f64;
                            return view! {
                                <g class="more" tabindex="0" role="button" aria-label=label data-cell=format!("{impact}-{effort}") data-testid="matrix-more"
                                    on:click=move |_| list_cell(impact, effort)
                                    on:keydown=move |ev| {
                                        if matches!(ev.key().as_str(), "Enter" | " ") {
                                            ev.prevent_default();
                                            list_cell(impact, effort);
                                        }
                                    }>
                                    <rect x=x - half y=y - 10.0 width=2.0 * half height=20 rx=10 />
                                    <text x=x y=y + 4.0 text-anchor="middle">{count}</text>
                                </g>
                            }.into_any();
                        }
                    };
                    let id = key_id.to_string();
                    let label = tf(p.lang, Key::MatrixPoint, &[&id, &title, &impact.to_string(), &effort.to_string()]);
                    // Fixed attributes: a point is drawn anew when its key changes.
                    view! {
                        <g class="point" class:ca=corrective class:small=p.small tabindex="0" role="link" aria-label=label data-id=id
                            on:pointerdown=move |ev| {
                                ev.prevent_default();
                                let point = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                                if let (Some(point), Some(from)) = (point, to_svg(ev.client_x(), ev.client_y())) {
                                    dragging.set_value(Some(Drag { id: key_id, from, moved: false, point }));
                                }
                            }
                            on:keydown=move |ev| {
                                let (di, de) = match ev.key().as_str() {
                                    "ArrowUp" => (1i8, 0i8), "ArrowDown" => (-1, 0), "ArrowRight" => (0, 1), "ArrowLeft" => (0, -1),
                                    "Enter" => { route::navigate(&item_href(&key_id.to_string()), false); return; }
                                    _ => return,
                                };
                                ev.prevent_default();
                                moved.set(Some(key_id));
                                set_rating(&key_id, impact.saturating_add_signed(di), effort.saturating_add_signed(de));
                                // The point is drawn anew at its new place: keep the keyboard on it.
                                let selector = format!("g.point[data-id=\"{key_id}\"]");
                                set_timeout(move || focus_matching(&selector), std::time::Duration::ZERO);
                            }>
                            <title>{title}</title>
                            {if corrective {
                                let half = if p.small { 8.0 } else { 11.0 };
                                view! { <rect x=x - half y=y - half width=2.0 * half height=2.0 * half transform=format!("rotate(45 {x} {y})") /> }.into_any()
                            } else {
                                view! { <circle cx=x cy=y r=if p.small { 9.0 } else { 12.0 } /> }.into_any()
                            }}
                            <text x=x y=y + if p.small { 20.0 } else { 26.0 } text-anchor="middle" class="point-label">{id.clone()}</text>
                        </g>
                    }.into_any()
                } />
            </svg>
            <p class="legend"><span class="dot ci"></span>{move || Kind::ContinualImprovement.label(lang.get())}" "<span class="dot ca"></span>{move || Kind::CorrectiveAction.label(lang.get())}</p>
            <MatrixCell cells open=open_cell />
            </div>
            <MatrixKey />
            </div>
        </section>
    }
}
