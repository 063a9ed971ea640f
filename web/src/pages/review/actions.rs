//! The review's follow-up of its own earlier decisions (9.3.2 a): each improvement a management
//! review started, with its owner, stage and due date and the review that decided it, late ones
//! marked and closed ones with the result of their effectiveness check — as they stand today, or,
//! in a held review's record, as they stood when its figures were taken. A long list shows its
//! first lines, with how many there are and a button for all.

use isms_core::held_review;
use isms_core::review::ReviewAction;
use leptos::prelude::*;

use crate::components::more_lines::{lines_shown, MoreLines};
use crate::i18n::{date, opt_date, t, tf, Key, Lang};
use crate::route::{held_review_href, item_href};
use crate::state::use_state;

#[component]
pub fn ReviewActions(actions: Vec<ReviewAction>, l: Lang, held: bool) -> impl IntoView {
    let state = use_state();
    if actions.is_empty() {
        return view! { <p data-testid="review-actions-none">{t(l, Key::ReviewActionsNone)}</p> }
            .into_any();
    }
    // A large register's reviews may have decided hundreds: the first lines, and a button for all.
    let all = RwSignal::new(false);
    let total = actions.len();
    let open = actions.iter().filter(|a| a.stage.is_open()).count();
    let rows = move || {
        state.with_ws(|ws| {
            actions[..lines_shown(total, true, all.get())]
                .iter()
                .map(|a| {
                    let id = a.id.to_string();
                    let owner = a.owner.as_ref().map(|p| ws.person_name(p));
                    // A reference to a review recorded here opens its record; another stays text.
                    let decided = if held_review::named(ws, &a.decided_at).is_some() {
                        view! { <a href=held_review_href(&a.decided_at)>{a.decided_at.clone()}</a> }.into_any()
                    } else {
                        a.decided_at.clone().into_any()
                    };
                    let outcome = match (a.closed_on, a.result) {
                        (Some(day), Some(result)) => Some(format!("{} · {}", date(l, day), result.label(l))),
                        (Some(day), None) => Some(date(l, day)),
                        _ => None,
                    };
                    view! {
                        <tr>
                            <td class="id"><a href=item_href(&id)>{id.clone()}</a></td>
                            <td>{a.title.clone()}</td>
                            <td>{date(l, a.identified_on)}</td>
                            <td>{owner}</td>
                            <td>
                                {a.stage.label(l)}
                                {outcome.map(|o| view! { <br/><span class="hint">{o}</span> })}
                                {a.overdue.then(|| view! { " "<span class="badge late">{t(l, Key::Overdue)}</span> })}
                            </td>
                            <td>{opt_date(l, a.due)}</td>
                            <td class="id">{decided}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <p data-testid="review-actions-text">{tf(l, if held { Key::ReviewActionsTextHeld } else { Key::ReviewActionsText }, &[&total.to_string(), &open.to_string()])}</p>
        <div class="table-scroll">
            <table class="data" data-testid="review-actions">
                <thead><tr>
                    <th scope="col">"Id"</th>
                    <th scope="col">{t(l, Key::Title)}</th>
                    <th scope="col">{t(l, Key::IdentifiedOn)}</th>
                    <th scope="col">{t(l, Key::Owner)}</th>
                    <th scope="col">{t(l, Key::Stage)}</th>
                    <th scope="col">{t(l, Key::DueDate)}</th>
                    <th scope="col">{t(l, Key::DecidedAt)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <MoreLines total=total all lang=l testid="review-actions" />
    }
    .into_any()
}
