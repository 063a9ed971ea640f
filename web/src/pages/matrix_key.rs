//! The matrix's key: the items of each quadrant by id and title, with their impact and effort.
//! The chart labels points by id only; on a projector or on paper the key says what they are.
//! A quadrant of many items lists its first ones, and the rest on request.

use isms_core::prioritise::{open_by_quadrant, Quadrant};
use leptos::prelude::*;

use crate::codes::code;
use crate::components::more_lines::{lines_shown, MoreLines};
use crate::i18n::{t, tf, Key};
use crate::route::item_href;
use crate::state::use_state;

#[component]
pub fn MatrixKey() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let groups = Memo::new(move |_| {
        state
            .with_ws(|ws| {
                open_by_quadrant(&ws.items, &ws.settings.quadrants)
                    .into_iter()
                    .map(|(q, ids)| {
                        let rows: Vec<(String, String, u8, u8)> = ids
                            .into_iter()
                            .map(|i| {
                                let item = &ws.items[i];
                                let (impact, effort) = (
                                    item.inputs.impact.unwrap_or(0),
                                    item.inputs.effort.unwrap_or(0),
                                );
                                (item.id.to_string(), item.title.clone(), impact, effort)
                            })
                            .collect();
                        (q, rows)
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    // Per quadrant, in the order of `open_by_quadrant` (that of `Quadrant::ALL`): whether all its
    // items are asked for.
    let all = Quadrant::ALL.map(|_| RwSignal::new(false));
    view! {
        <div class="matrix-key" data-testid="matrix-key">
            {move || {
                let l = lang.get();
                groups.get().into_iter().zip(all).map(|((q, rows), all)| {
                    let total = rows.len();
                    view! {
                        <section data-quadrant=code(q)>
                            <h2>{q.label(l)}" ("{total}")"</h2>
                            {rows.is_empty().then(|| view! { <p class="hint">{t(l, Key::NoItemsHere)}</p> })}
                            // Redrawn alone when all its lines are asked for, so the button keeps
                            // the keyboard's focus.
                            <ul class="plain">
                                {move || rows.iter().take(lines_shown(total, true, all.get())).map(|(id, title, impact, effort)| view! {
                                    <li><a href=item_href(id)>{id.clone()}</a>" "{title.clone()}
                                        " "<span class="hint">{tf(l, Key::ImpactEffort, &[&impact.to_string(), &effort.to_string()])}</span></li>
                                }).collect_view()}
                            </ul>
                            <MoreLines total all lang testid="matrix-key" />
                        </section>
                    }
                }).collect_view()
            }}
        </div>
    }
}
