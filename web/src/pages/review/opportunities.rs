//! The opportunities for continual improvement the review weighs (9.3.2 g): the open
//! improvements in backlog order, the first ones listed and the rest counted, with the way to the
//! whole backlog.

use isms_core::review::Opportunity;
use leptos::prelude::*;

use crate::i18n::{t, tf, Key, Lang};
use crate::route::{href, item_href};
use crate::state::use_state;

/// Enough for a meeting; a register of thousands would otherwise fill the printed review.
const SHOWN: usize = 15;

#[component]
pub fn Opportunities(list: Vec<Opportunity>, l: Lang, held: bool) -> impl IntoView {
    let state = use_state();
    if list.is_empty() {
        return view! { <p>{t(l, Key::NoOpportunities)}</p> }.into_any();
    }
    let more = list.len().saturating_sub(SHOWN);
    let rows = state.with_ws(|ws| {
        list.iter()
            .take(SHOWN)
            .map(|o| {
                let id = o.id.to_string();
                view! {
                    <tr>
                        <td class="num">{o.rank.map_or_else(|| "—".to_owned(), |r| r.to_string())}</td>
                        <td class="id"><a href=item_href(&id)>{id.clone()}</a></td>
                        <td>{o.title.clone()}</td>
                        <td>{o.stage.label(l)}</td>
                        <td>{o.owner.as_ref().map(|p| ws.person_name(p))}</td>
                    </tr>
                }
            })
            .collect_view()
    });
    view! {
        <div class="table-scroll">
            <table class="data" data-testid="review-opportunities">
                <thead><tr>
                    <th scope="col" class="num">"#"</th>
                    <th scope="col">"Id"</th>
                    <th scope="col">{t(l, Key::Title)}</th>
                    <th scope="col">{t(l, Key::Stage)}</th>
                    <th scope="col">{t(l, Key::Owner)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {(more > 0).then(|| view! {
            <p data-testid="review-opportunities-more">{tf(l, Key::MoreOpportunities, &[&more.to_string()])}" "
                <a class="no-print" href=href("prioritise", &[])>{t(l, Key::NavPrioritise)}</a></p>
        })}
        <p class="hint">{t(l, if held { Key::OpportunitiesHintHeld } else { Key::OpportunitiesHint })}</p>
    }
    .into_any()
}
