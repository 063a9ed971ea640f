//! Dated work as one list — items, their actions and their effectiveness checks — each linking to
//! its item and saying how late it is or how soon it falls due: the dashboard and the management
//! review show what is overdue the same way, and the dashboard what falls due next. Where the
//! list shows the workspace as it is now (the dashboard, the live review), each line can name who
//! carries it; a held review's copy cannot, as it kept no owners. The dashboard's lists hold the
//! next management review too, in date order, once it is late or due soon. Pages that give an
//! overview show a long list's first lines, and the rest on request.

use chrono::NaiveDate;
use isms_core::follow_up::carriers;
use isms_core::views::Due;
use leptos::prelude::*;

use crate::clock;
use crate::components::more_lines::{lines_shown, MoreLines};
use crate::i18n::{opt_date, t, tn, Key, Lang};
use crate::route::{href, item_href};
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

/// Of `shown` lines, how many are the list's own and where the review goes among them, when it
/// would be at position `at` of the whole list: past the shown lines, it waits for "Show all"
/// as they do.
fn placed(shown: usize, at: Option<usize>) -> (usize, Option<usize>) {
    match at {
        Some(at) if at < shown => (shown - 1, Some(at)),
        _ => (shown, None),
    }
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
    /// Show the first [`FIRST_LINES`](crate::components::more_lines::FIRST_LINES) lines, with
    /// how many there are and a button for all of them ([`MoreLines`]); without it every line is
    /// shown (a report lists them all).
    #[prop(optional)]
    shorten: bool,
    /// The next management review's day, listed in date order among `lines` (which must be in
    /// date order, the soonest first) and opening the review page; no one carries it.
    #[prop(default = None)]
    review: Option<Memo<Option<NaiveDate>>>,
) -> impl IntoView {
    let state = use_state();
    let all = RwSignal::new(false);
    // The review's day and how many of the lines come before it (those due by that day).
    let review_at = move || {
        let due = review?.get()?;
        Some((
            due,
            lines.with(|l| l.partition_point(|line| line.due <= due)),
        ))
    };
    let total = move || lines.with(Vec::len) + usize::from(review_at().is_some());
    let shown = move || lines_shown(total(), shorten, all.get());
    let place = move || placed(shown(), review_at().map(|(_, at)| at));
    let lines_in = move || place().0;
    // Looked up for the shown lines at once (one pass over the register, not one per line), and a
    // memo: a workspace change that leaves the names as they were does not redraw the list.
    let names = Memo::new(move |_| -> Vec<Option<String>> {
        if !owners {
            return Vec::new();
        }
        let n = lines_in();
        lines.with(|lines| {
            state
                .with_ws(|ws| {
                    carriers(ws, &lines[..n])
                        .into_iter()
                        .map(|c| c.map(|p| ws.person_name(p)))
                        .collect()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <ul class="plain overdue-list" data-testid=testid>
            {move || {
                let l = lang.get();
                let mut names = names.get().into_iter();
                let n = lines_in();
                let mut views: Vec<AnyView> = lines.with(|lines| lines.iter().take(n).map(|line| {
                    let id = line.item.to_string();
                    let when = when(l, line.days_late, line.due);
                    // One element with fixed attributes and one text: the dashboard may list
                    // thousands of lines.
                    let owner = owners.then(|| match names.next().flatten() {
                        Some(name) => view! { <span class="owner">{format!(" · {name}")}</span> },
                        None => view! { <span class="owner none">{format!(" · {}", t(l, Key::NoOwner))}</span> },
                    });
                    view! {
                        <li><a href=item_href(&id)>{id.clone()}</a>" "{line.label(l)}" — "{when}{owner}</li>
                    }.into_any()
                }).collect());
                if let (Some((due, _)), (_, Some(at))) = (review_at(), place()) {
                    let when = when(l, (clock::today() - due).num_days(), due);
                    views.insert(at, view! {
                        <li data-testid=format!("{testid}-review")><a href=href("review", &[])>{t(l, Key::ReviewDueSoon)}</a>" — "{when}</li>
                    }.into_any());
                }
                views
            }}
        </ul>
        {shorten.then(|| view! { <MoreLines total=Signal::derive(total) all lang testid /> })}
    }
}

#[cfg(test)]
mod tests {
    use super::placed;

    #[test]
    fn the_review_takes_a_shown_line_s_place_only_when_it_falls_among_the_shown_lines() {
        assert_eq!(placed(3, None), (3, None), "no review");
        assert_eq!(placed(4, Some(0)), (3, Some(0)), "the soonest");
        assert_eq!(placed(4, Some(3)), (3, Some(3)), "the last of a whole list");
        // A list of 25 lines and the review, of which 20 are shown.
        assert_eq!(placed(20, Some(19)), (19, Some(19)), "the last shown");
        assert_eq!(placed(20, Some(20)), (20, None), "the first not shown");
        assert_eq!(placed(0, Some(0)), (0, None), "nothing shown");
    }
}
