//! The list of one crowded cell of the matrix: every open item rated into it, most urgent first,
//! opened from the cell's count. The chart draws a crowded cell's first items only; this is
//! where the rest are named and can be opened.

use isms_core::prioritise::Cell;
use leptos::prelude::*;

use crate::components::more_lines::{lines_shown, MoreLines};
use crate::i18n::{number, t, tn, tx, Key};
use crate::route::item_href;
use crate::state::use_state;

/// The heading's element id: the count moves the keyboard's focus there.
pub const HEADING_ID: &str = "matrix-cell-heading";

#[component]
pub fn MatrixCell(cells: Memo<Vec<Cell>>, open: RwSignal<Option<(u8, u8)>>) -> impl IntoView {
    // Drawn anew for each cell opened, so that a list shown whole does not open the next one whole.
    move || {
        open.get()
            .map(|(impact, effort)| view! { <CellList cells impact effort open /> })
    }
}

#[component]
fn CellList(
    cells: Memo<Vec<Cell>>,
    impact: u8,
    effort: u8,
    open: RwSignal<Option<(u8, u8)>>,
) -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    // The cell's items as (id, title), read again when the workspace changes.
    let rows = Memo::new(move |_| {
        let indices = cells.with(|cells| {
            cells
                .iter()
                .find(|c| (c.impact, c.effort) == (impact, effort))
                .map(|c| c.items.clone())
                .unwrap_or_default()
        });
        state
            .with_ws(|ws| {
                indices
                    .iter()
                    .filter_map(|&i| ws.items.get(i))
                    .map(|item| (item.id.to_string(), item.title.clone()))
                    .collect::<Vec<(String, String)>>()
            })
            .unwrap_or_default()
    });
    let all = RwSignal::new(false);
    let total = Signal::derive(move || rows.with(Vec::len));
    view! {
        <section class="matrix-cell" data-testid="matrix-cell" aria-labelledby=HEADING_ID>
            <div class="matrix-cell-head">
                <h2 id=HEADING_ID tabindex="-1">{move || {
                    let (l, n) = (lang.get(), total.get());
                    tn(
                        l,
                        (Key::MatrixCellHeadingOne, Key::MatrixCellHeading),
                        n,
                        &[&impact.to_string(), &effort.to_string(), &number(l, n as f64, 0)],
                    )
                }}</h2>
                <button type="button" class="no-print" data-testid="matrix-cell-close"
                    on:click=move |_| open.set(None)>{tx(Key::CloseList)}</button>
            </div>
            {move || (total.get() == 0).then(|| view! { <p class="hint">{t(lang.get(), Key::NoItemsHere)}</p> })}
            <ol class="plain">
                {move || rows.with(|rows| {
                    rows.iter().take(lines_shown(rows.len(), true, all.get())).map(|(id, title)| view! {
                        <li><a href=item_href(id)>{id.clone()}</a>" "{title.clone()}</li>
                    }).collect_view()
                })}
            </ol>
            <MoreLines total all lang testid="matrix-cell" />
        </section>
    }
}
