//! Labelled form fields that commit on change (not on every keystroke), so each edit is one
//! entry in the item's history.

use chrono::NaiveDate;
use isms_core::DateMeaning;
use leptos::prelude::*;

use crate::i18n::{date, t, tf, tx, Key, Lang, Said};
use crate::state::{use_state, AppState};

/// A one-line or multi-line text field.
#[component]
pub fn TextField(
    label: Key,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
    #[prop(optional)] multiline: bool,
    /// The whole width of the form, for one-line texts that run long (titles).
    #[prop(optional)]
    wide: bool,
    /// Emptying it is refused: the previous text comes back, with a message.
    #[prop(optional)]
    required: bool,
    #[prop(optional)] testid: &'static str,
    /// Texts the browser offers while typing (a `datalist`) in the current language; one-line
    /// fields only. Any other text is accepted as well.
    #[prop(optional)]
    suggestions: Option<fn(Lang) -> Vec<&'static str>>,
) -> impl IntoView {
    let lang = use_state().lang;
    let refused = RwSignal::new(false);
    let list_id = suggestions.map(|_| format!("{testid}-suggestions"));
    let commit = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let empty = required && text.trim().is_empty();
        refused.set(empty);
        if empty {
            restore(&ev, &value.get_untracked());
        } else {
            on_change.run(text);
        }
    };
    view! {
        <label class="field" class:wide=multiline || wide>
            <span>{move || t(lang.get(), label)}</span>
            {if multiline {
                view! { <textarea data-testid=testid prop:value=value on:change=commit></textarea> }.into_any()
            } else {
                view! { <input type="text" data-testid=testid list=list_id.clone() prop:value=value on:change=commit aria-invalid=move || refused.get().then_some("true") /> }.into_any()
            }}
            {suggestions.filter(|_| !multiline).map(|texts| view! {
                <datalist id=list_id>
                    {move || texts(lang.get()).into_iter().map(|text| view! { <option value=text></option> }).collect_view()}
                </datalist>
            })}
            <Show when=move || refused.get()>
                <span class="field-error" role="alert">{tx(Key::KeptNotEmpty)}</span>
            </Show>
        </label>
    }
}

/// The change handler of a required text in a table row: an emptied text is put back and
/// `problem` says why; otherwise `commit` gets the trimmed text and `problem` is cleared.
pub fn required_text(
    previous: String,
    problem: RwSignal<Option<Said>>,
    commit: impl Fn(String) + 'static,
) -> impl Fn(leptos::ev::Event) + 'static {
    move |ev| {
        let said = |l| t(l, Key::KeptNotEmpty).to_owned();
        match refuse_blank(&event_target_value(&ev), problem, said) {
            Some(text) => commit(text),
            None => restore(&ev, &previous),
        }
    }
}

/// The trimmed text of an add form's required field, or `None` with `problem` naming the field
/// to fill in: the browser's own `required` check stops an empty field but lets one of only
/// spaces through, which would otherwise be dropped without a word.
pub fn required_entry(text: &str, label: Key, problem: RwSignal<Option<Said>>) -> Option<String> {
    refuse_blank(text, problem, move |l| {
        tf(l, Key::FillInFirst, &[t(l, label)])
    })
}

/// The one rule behind every required text: `Some(trimmed)` and `problem` cleared, or `None`
/// with `problem` set to `said` when the text is empty or only spaces.
pub fn refuse_blank(
    text: &str,
    problem: RwSignal<Option<Said>>,
    said: impl Fn(Lang) -> String + Send + Sync + 'static,
) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        problem.set(Some(Said::new(said)));
        None
    } else {
        problem.set(None);
        Some(text.to_owned())
    }
}

/// A text box that takes the focus as soon as it is shown (a form opened to be typed in), for
/// its `node_ref`.
pub fn focused_on_show() -> NodeRef<leptos::html::Input> {
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = input.get() {
            let _ = input.focus();
        }
    });
    input
}

/// Leaves the focused field, as a click elsewhere would: a text field's pending edit is
/// committed then, because leaving fires its `change`.
pub fn leave_focused_field() {
    if let Some(el) = document().active_element() {
        if let Some(field) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&el) {
            let _ = field.blur();
        }
    }
}

/// For a one-line text shown in a wrapping text area (so that it can be read whole in a narrow
/// column): Enter commits it, as in a text box, instead of starting a new line.
pub fn enter_commits(ev: leptos::ev::KeyboardEvent) {
    if ev.key() == "Enter" && !ev.shift_key() {
        ev.prevent_default();
        leave_focused_field();
    }
}

/// Runs `change` and takes the refusal it met, if the workspace's checks refused it, away from
/// the banner at the top of the page: the field that made it says why beside itself, where the
/// eye is (the page may be scrolled far from its top). `refused` is set by a change, if refused,
/// and only then.
pub fn refusal_of(state: AppState, change: impl FnOnce()) -> Option<Said> {
    state.refused.set(None);
    change();
    let why = state.refused.get_untracked()?;
    state.refused.set(None);
    Some(Said::new(move |l| {
        tf(l, Key::ChangeRefused, &[&why.text(l)])
    }))
}

/// The message of a refused entry, where its form shows it.
#[component]
pub fn Problem(problem: RwSignal<Option<Said>>) -> impl IntoView {
    let lang = use_state().lang;
    move || {
        problem
            .get()
            .map(|p| view! { <p class="field-error" role="alert">{p.text(lang.get())}</p> })
    }
}

/// Puts `previous` back into the text field (or text area) an event came from: a required text
/// the user emptied is refused and shown again, not left blank on screen while the data keeps it.
fn restore(ev: &leptos::ev::Event, previous: &str) {
    use wasm_bindgen::JsCast;
    if let Some(target) = ev.target() {
        if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
            input.set_value(previous);
        } else if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            area.set_value(previous);
        }
    }
}

/// A date field; clearing it sets `None` (unless `required`).
#[component]
pub fn DateField(
    label: Key,
    #[prop(into)] value: Signal<Option<NaiveDate>>,
    #[prop(into)] on_change: Callback<Option<NaiveDate>>,
    #[prop(optional)] testid: &'static str,
    /// What the date records (a day that happened takes no day still to come).
    #[prop(optional)]
    meaning: DateMeaning,
    /// Emptying it is refused: the date comes back, with a message.
    #[prop(optional)]
    required: bool,
) -> impl IntoView {
    let lang = use_state().lang;
    view! {
        <label class="field">
            <span>{move || t(lang.get(), label)}</span>
            <DateInput value on_change testid=testid.to_owned() meaning required />
        </label>
    }
}

/// Whether the browser writes a date field's value in another language's form than the page's:
/// Chromium follows the browser's own language, so a US-English browser shows 12/07/2026 on the
/// Dutch page, which a Dutch reader takes for 12 July.
fn browser_writes_dates_otherwise(lang: Lang) -> bool {
    let browser = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    !browser.to_ascii_lowercase().starts_with(lang.code())
}

/// A date input without a label of its own (a table cell names it with `aria_label`).
///
/// Browsers fire `change` on a date field at every keystroke that leaves a whole date (typing
/// "15" as the day reports the 1st first), so a date being typed is taken after a pause in the
/// typing, or when the field is left or Enter is pressed; a date picked from the calendar, with no
/// key pressed, is taken at once. Only a date [`isms_core::date_entry`] takes reaches the item: a
/// field left with a year not yet whole, or a part blanked, keeps the item's date and says why. A
/// date the workspace's checks refuse (a due date before the start date) shows the item's date
/// again, with why beside the field rather than only at the top of a page scrolled away from;
/// so does a date the field itself refuses ([`isms_core::date_entry::refusal`]: a day still to
/// come where the field records what happened, an emptied date that is required).
#[component]
pub fn DateInput(
    #[prop(into)] value: Signal<Option<NaiveDate>>,
    #[prop(into)] on_change: Callback<Option<NaiveDate>>,
    #[prop(optional, into)] testid: Option<String>,
    #[prop(optional)] aria_label: Option<Key>,
    #[prop(optional)] meaning: DateMeaning,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    use isms_core::{date_entry, DateEntry, EntryRefusal, ENTRY_YEARS};
    /// Long enough for the next digit of a day, month or year typed by hand.
    const PAUSE: std::time::Duration = std::time::Duration::from_millis(1000);
    let state = use_state();
    let lang = state.lang;
    let input = NodeRef::<leptos::html::Input>::new();
    let held = RwSignal::new(false);
    let refused = RwSignal::new(None::<Said>);
    // Keys pressed since the date was last taken, and a count of them, so that a pause is
    // measured from the last one.
    let typing = StoredValue::new(false);
    let keys = StoredValue::new(0u32);
    let read = move || {
        input
            .get_untracked()
            .map(|el| date_entry(&el.value(), el.validity().bad_input()))
    };
    let show_kept = move || {
        if let Some(el) = input.get_untracked() {
            el.set_value(
                &value
                    .get_untracked()
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
            );
        }
    };
    let commit = move |entry: DateEntry| {
        held.set(false);
        if let Some(why) = date_entry::refusal(entry, meaning, required, crate::clock::today()) {
            show_kept();
            let key = match why {
                EntryRefusal::Required => Key::DateRequired,
                EntryRefusal::StillToCome => Key::DateStillToCome,
            };
            refused.set(Some(Said::key(key)));
            return;
        }
        let why = refusal_of(state, || {
            on_change.run(match entry {
                DateEntry::Date(d) => Some(d),
                _ => None,
            })
        });
        if why.is_some() {
            show_kept();
        }
        refused.set(why);
    };
    let take = move || {
        typing.set_value(false);
        match read() {
            Some(DateEntry::Unfinished) => held.set(true),
            Some(entry) => commit(entry),
            None => {}
        }
    };
    let after_pause = move || {
        let at = keys.get_value();
        set_timeout(
            move || {
                // The field may be gone (another page) or typed in again since.
                let waited =
                    keys.try_get_value() == Some(at) && typing.try_get_value() == Some(true);
                if waited && !matches!(read(), Some(DateEntry::Unfinished) | None) {
                    take();
                }
            },
            PAUSE,
        );
    };
    view! {
        <input
            type="date"
            node_ref=input
            data-testid=testid
            aria-label=move || aria_label.map(|k| t(lang.get(), k))
            aria-invalid=move || held.get().then_some("true")
            prop:value=move || value.get().map(|d| d.to_string()).unwrap_or_default()
            on:keydown=move |ev| match ev.key().as_str() {
                "Enter" => take(),
                "Tab" | "Shift" => {}
                _ => { typing.set_value(true); keys.update_value(|n| *n = n.wrapping_add(1)) }
            }
            on:change=move |_| {
                if typing.get_value() {
                    after_pause()
                } else if !matches!(read(), Some(DateEntry::Unfinished)) {
                    take()
                }
            }
            // A blur can come after the field's page is gone (Chromium blurs a removed field):
            // then there is nothing left to take the date into.
            on:blur=move |_| match typing.try_get_value() {
                Some(true) => take(),
                Some(false) => { held.try_set(read() == Some(DateEntry::Unfinished)); }
                None => {}
            }
        />
        // The date in the page's words beside a field the browser writes in another form. Hidden
        // from screen readers, which read the field's own value.
        {move || {
            let l = lang.get();
            value.get().filter(|_| browser_writes_dates_otherwise(l)).map(|d| view! {
                <small class="date-words" aria-hidden="true" data-testid="date-words">{date(l, d)}</small>
            })
        }}
        <Show when=move || held.get()>
            <small class="field-error" role="alert">
                {move || format!("{} {}–{}.", t(lang.get(), Key::EnterDateYears), ENTRY_YEARS.start(), ENTRY_YEARS.end())}
            </small>
        </Show>
        {move || refused.get().map(|why| view! {
            <small class="field-error" role="alert">{move || why.text(lang.get())}</small>
        })}
    }
}

/// Whether the browser flags the input an event came from as holding what it cannot read (a
/// number or date field's value is then empty, as if it had been emptied).
fn bad_input(ev: &leptos::ev::Event) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|input| input.validity().bad_input())
}

/// A whole-number field; clearing it sets `None`. Out-of-range input is refused with a message.
#[component]
pub fn NumberField(
    label: Key,
    #[prop(into)] value: Signal<Option<u32>>,
    #[prop(into)] on_change: Callback<Option<u32>>,
    min: u32,
    max: u32,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    let lang = use_state().lang;
    let invalid = RwSignal::new(false);
    view! {
        <label class="field narrow">
            <span>{move || t(lang.get(), label)}</span>
            <input
                type="number"
                inputmode="numeric"
                min=min
                max=max
                data-testid=testid
                aria-invalid=move || invalid.get().then_some("true")
                prop:value=move || value.get().map(|v| v.to_string()).unwrap_or_default()
                on:change=move |ev| {
                    let text = event_target_value(&ev);
                    match text.trim() {
                        // Text the browser cannot read as a number ("5 days", "1e") also reads
                        // as empty; only its bad-input flag tells it from an emptied field.
                        "" if bad_input(&ev) => invalid.set(true),
                        "" => { invalid.set(false); on_change.run(None) }
                        raw => match raw.parse::<u32>() {
                            Ok(v) if (min..=max).contains(&v) => { invalid.set(false); on_change.run(Some(v)) }
                            _ => invalid.set(true),
                        },
                    }
                }
            />
            <Show when=move || invalid.get()>
                <small class="field-error" role="alert">{move || format!("{} {min}–{max}", t(lang.get(), Key::EnterNumberBetween))}</small>
            </Show>
        </label>
    }
}

/// A decimal field for measurements; accepts a comma or a point as decimal separator.
#[component]
pub fn DecimalField(
    label: Key,
    #[prop(into)] value: Signal<Option<f64>>,
    #[prop(into)] on_change: Callback<Option<f64>>,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    let lang = use_state().lang;
    let invalid = RwSignal::new(false);
    view! {
        <label class="field narrow">
            <span>{move || t(lang.get(), label)}</span>
            <input
                type="text"
                inputmode="decimal"
                data-testid=testid
                aria-invalid=move || invalid.get().then_some("true")
                prop:value=move || value.get().map(|v| plain_number(lang.get(), v)).unwrap_or_default()
                on:change=move |ev| {
                    let text = event_target_value(&ev).trim().replace(',', ".");
                    if text.is_empty() {
                        invalid.set(false);
                        on_change.run(None);
                    } else {
                        match text.parse::<f64>() {
                            Ok(v) if v.is_finite() => { invalid.set(false); on_change.run(Some(v)) }
                            _ => invalid.set(true),
                        }
                    }
                }
            />
            <Show when=move || invalid.get()>
                <small class="field-error" role="alert">{tx(Key::EnterANumber)}</small>
            </Show>
        </label>
    }
}

/// A number as typed back into a field: no grouping, the language's decimal separator.
fn plain_number(lang: crate::i18n::Lang, value: f64) -> String {
    let text = value.to_string();
    match lang {
        crate::i18n::Lang::En => text,
        crate::i18n::Lang::Nl => text.replace('.', ","),
    }
}
