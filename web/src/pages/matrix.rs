//! The impact/effort matrix: open items as points on a 5 × 5 grid split into quick wins, major
//! projects, fill-ins and thankless tasks. Click (or Enter) opens an item; dragging a point, or
//! the arrow keys on a focused point, change its impact and effort.

use isms_core::prioritise::Quadrant;
use isms_core::{ItemId, Kind};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{tx, Key};
use crate::route::{self, item_href};
use crate::state::use_state;

const CELL: f64 = 100.0;
const PAD: f64 = 60.0;
const SIZE: f64 = CELL * 5.0;

#[derive(Debug, Clone, PartialEq)]
struct Point {
    id: ItemId,
    title: String,
    corrective: bool,
    impact: u8,
    effort: u8,
    x: f64,
    y: f64,
}

/// Centre of the cell for (effort, impact), spread so that items sharing a cell do not overlap.
fn place(effort: u8, impact: u8, slot: usize, of: usize) -> (f64, f64) {
    let per_row = (of as f64).sqrt().ceil().max(1.0) as usize;
    let step = CELL / (per_row as f64 + 1.0);
    let (col, row) = (slot % per_row, slot / per_row);
    let x = PAD + (f64::from(effort) - 1.0) * CELL + step * (col as f64 + 1.0);
    let y = PAD + (5.0 - f64::from(impact)) * CELL + step * (row as f64 + 1.0);
    (x, y)
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
    let points = Memo::new(move |_| {
        state
            .with_ws(|ws| {
                let rated: Vec<_> = ws
                    .items
                    .iter()
                    .filter(|i| i.is_open())
                    .filter_map(|i| Some((i, i.inputs.impact?, i.inputs.effort?)))
                    .collect();
                rated
                    .iter()
                    .map(|(item, impact, effort)| {
                        let same: Vec<_> = rated
                            .iter()
                            .filter(|(_, i2, e2)| i2 == impact && e2 == effort)
                            .collect();
                        let slot = same
                            .iter()
                            .position(|(other, _, _)| other.id == item.id)
                            .unwrap_or(0);
                        let (x, y) = place(*effort, *impact, slot, same.len());
                        Point {
                            id: item.id,
                            title: item.title.clone(),
                            corrective: item.kind == Kind::CorrectiveAction,
                            impact: *impact,
                            effort: *effort,
                            x,
                            y,
                        }
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let dragging = RwSignal::new(None::<(ItemId, f64, f64, bool)>);
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();

    let to_svg = move |x: i32, y: i32| -> Option<(f64, f64)> {
        let svg = svg_ref.get_untracked()?;
        let el: &web_sys::Element = svg.unchecked_ref();
        let rect = el.get_bounding_client_rect();
        let total = SIZE + 2.0 * PAD;
        Some((
            (f64::from(x) - rect.left()) * total / rect.width(),
            (f64::from(y) - rect.top()) * total / rect.height(),
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
            <p class="hint">{tx(Key::MatrixHelp)}</p>
            <svg node_ref=svg_ref class="matrix" data-testid="matrix" role="group" aria-label=tx(Key::NavMatrix)
                viewBox=format!("0 0 {} {}", SIZE + 2.0 * PAD, SIZE + 2.0 * PAD)
                on:pointermove=move |ev| {
                    if let Some((id, _, _, _)) = dragging.get_untracked() {
                        if let Some((x, y)) = to_svg(ev.client_x(), ev.client_y()) {
                            dragging.set(Some((id, x, y, true)));
                        }
                    }
                }
                on:pointerup=move |ev| {
                    if let Some((id, _, _, moved)) = dragging.get_untracked() {
                        dragging.set(None);
                        match to_svg(ev.client_x(), ev.client_y()) {
                            Some((x, y)) if moved => {
                                let effort = (((x - PAD) / CELL).floor() + 1.0).clamp(1.0, 5.0) as u8;
                                let impact = (5.0 - ((y - PAD) / CELL).floor()).clamp(1.0, 5.0) as u8;
                                set_rating(&id, impact, effort);
                            }
                            _ => route::navigate(&item_href(&id.to_string()), false),
                        }
                    }
                }
                on:pointerleave=move |_| dragging.set(None)
            >
                {move || {
                    let th = thresholds.get();
                    let split_x = PAD + (f64::from(th.effort) - 1.0) * CELL;
                    let split_y = PAD + (5.0 - f64::from(th.impact) + 1.0) * CELL;
                    view! {
                        <rect x=PAD y=PAD width=split_x - PAD height=split_y - PAD class="q quick" />
                        <rect x=split_x y=PAD width=PAD + SIZE - split_x height=split_y - PAD class="q major" />
                        <rect x=PAD y=split_y width=split_x - PAD height=PAD + SIZE - split_y class="q fill" />
                        <rect x=split_x y=split_y width=PAD + SIZE - split_x height=PAD + SIZE - split_y class="q thankless" />
                        {quadrant_label(Quadrant::QuickWin, (PAD + split_x) / 2.0, PAD + 24.0)}
                        {quadrant_label(Quadrant::MajorProject, (split_x + PAD + SIZE) / 2.0, PAD + 24.0)}
                        {quadrant_label(Quadrant::FillIn, (PAD + split_x) / 2.0, PAD + SIZE - 10.0)}
                        {quadrant_label(Quadrant::ThanklessTask, (split_x + PAD + SIZE) / 2.0, PAD + SIZE - 10.0)}
                    }
                }}
                {(0..=5).map(|k| {
                    let p = PAD + f64::from(k) * CELL;
                    view! {
                        <line x1=PAD y1=p x2=PAD + SIZE y2=p class="grid" />
                        <line x1=p y1=PAD x2=p y2=PAD + SIZE class="grid" />
                    }
                }).collect_view()}
                {(1..=5u8).map(|v| view! {
                    <text x=PAD + (f64::from(v) - 0.5) * CELL y=PAD + SIZE + 22.0 text-anchor="middle" class="axis">{v}</text>
                    <text x=PAD - 14.0 y=PAD + (5.5 - f64::from(v)) * CELL + 5.0 text-anchor="end" class="axis">{v}</text>
                }).collect_view()}
                <text x=PAD + SIZE / 2.0 y=PAD + SIZE + 48.0 text-anchor="middle" class="axis-title">{tx(Key::EffortAxis)}</text>
                <text x=18 y=PAD + SIZE / 2.0 text-anchor="middle" class="axis-title" transform=format!("rotate(-90 18 {})", PAD + SIZE / 2.0)>{tx(Key::ImpactAxis)}</text>
                {move || points.get().into_iter().map(|p| {
                    let drag_id = p.id;
                    let key_id = p.id;
                    let here = p.id;
                    let (impact, effort) = (p.impact, p.effort);
                    let (px, py) = (p.x, p.y);
                    let pos = Signal::derive(move || match dragging.get() {
                        Some((id, x, y, true)) if id == here => (x, y),
                        _ => (px, py),
                    });
                    let label = format!("{} {} — impact {}, effort {}", p.id, p.title, p.impact, p.effort);
                    view! {
                        <g class="point" class:ca=p.corrective tabindex="0" role="link" aria-label=label data-id=p.id.to_string()
                            on:pointerdown=move |ev| { ev.prevent_default(); dragging.set(Some((drag_id, 0.0, 0.0, false))) }
                            on:keydown=move |ev| {
                                let (di, de) = match ev.key().as_str() {
                                    "ArrowUp" => (1i8, 0i8), "ArrowDown" => (-1, 0), "ArrowRight" => (0, 1), "ArrowLeft" => (0, -1),
                                    "Enter" => { route::navigate(&item_href(&key_id.to_string()), false); return; }
                                    _ => return,
                                };
                                ev.prevent_default();
                                set_rating(&key_id, impact.saturating_add_signed(di), effort.saturating_add_signed(de));
                                // The point is drawn anew at its new place: keep the keyboard on it.
                                let selector = format!("g.point[data-id=\"{key_id}\"]");
                                set_timeout(move || {
                                    if let Some(el) = document().query_selector(&selector).ok().flatten() {
                                        let _ = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&el).map(|h| h.focus());
                                        let _ = wasm_bindgen::JsCast::dyn_ref::<web_sys::SvgElement>(&el).map(|h| h.focus());
                                    }
                                }, std::time::Duration::ZERO);
                            }>
                            <title>{p.title.clone()}</title>
                            {if p.corrective {
                                view! { <rect x=move || pos.get().0 - 11.0 y=move || pos.get().1 - 11.0 width="22" height="22" transform=move || format!("rotate(45 {} {})", pos.get().0, pos.get().1) /> }.into_any()
                            } else {
                                view! { <circle cx=move || pos.get().0 cy=move || pos.get().1 r="12" /> }.into_any()
                            }}
                            <text x=move || pos.get().0 y=move || pos.get().1 + 26.0 text-anchor="middle" class="point-label">{p.id.to_string()}</text>
                        </g>
                    }
                }).collect_view()}
            </svg>
            <p class="legend"><span class="dot ci"></span>{move || Kind::ContinualImprovement.label(lang.get())}" "<span class="dot ca"></span>{move || Kind::CorrectiveAction.label(lang.get())}</p>
        </section>
    }
}
