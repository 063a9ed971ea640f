//! The end of a shortened list: how many of its lines are shown, in words (a printed page has no
//! buttons), and a button for all of them or back to the first ones. Lists that may run to
//! thousands of lines in a large register (dated work, a capacity plan) show their first
//! [`FIRST_LINES`] so that their page stays an overview and quick to draw.

use leptos::prelude::*;

use crate::i18n::{number, tf, Key, Lang};

/// How many lines a shortened list shows before "Show all".
pub const FIRST_LINES: usize = 20;

/// How many of `total` lines a list shows: all when it is not shortened or all were asked for.
pub fn lines_shown(total: usize, shorten: bool, all: bool) -> usize {
    if shorten && !all {
        total.min(FIRST_LINES)
    } else {
        total
    }
}

/// "20 of 34 shown.": said under a shortened list or table, on paper too.
pub fn shown_words(lang: Lang, shown: usize, total: usize) -> String {
    tf(
        lang,
        Key::LinesShown,
        &[
            &number(lang, shown as f64, 0),
            &number(lang, total as f64, 0),
        ],
    )
}

/// Shown under a list of `total` lines whose first [`FIRST_LINES`] are shown unless `all`; says
/// nothing when the list is not longer. Test ids: `{testid}-shown`, `{testid}-all`.
#[component]
pub fn MoreLines(
    #[prop(into)] total: Signal<usize>,
    all: RwSignal<bool>,
    #[prop(into)] lang: Signal<Lang>,
    testid: &'static str,
) -> impl IntoView {
    view! {
        <Show when=move || { total.get() > FIRST_LINES }>
            <p class="more-lines">
                <span class="hint" data-testid=format!("{testid}-shown")>{move || {
                    let total = total.get();
                    shown_words(lang.get(), lines_shown(total, true, all.get()), total)
                }}</span>" "
                <button type="button" data-testid=format!("{testid}-all") aria-expanded=move || all.get().to_string()
                    on:click=move |_| all.update(|a| *a = !*a)>
                    {move || {
                        let l = lang.get();
                        if all.get() {
                            tf(l, Key::ShowFirstLines, &[&FIRST_LINES.to_string()])
                        } else {
                            tf(l, Key::ShowAllLines, &[&number(l, total.get() as f64, 0)])
                        }
                    }}
                </button>
            </p>
        </Show>
    }
}
