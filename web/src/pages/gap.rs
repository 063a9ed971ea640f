//! The gap workshop: one requirement at a time in large type, a clause with the question to put
//! to the room, kept in step with the conversation by keyboard alone — digits for maturity (with
//! Shift for the target), letters for the status, arrows or j/k to move, e for notes, i to turn
//! the gap into an improvement. Where the workshop stands lives in the URL, so a reload or a
//! shared link returns to it.

use isms_core::catalogue::{Family, Requirement, Theme};
use isms_core::gap::{self, maturity_meaning};
use isms_core::{GapEntry, GapStatus, Justification, PersonId};
use leptos::html;
use leptos::prelude::*;

use crate::clock;
use crate::i18n::{t, tf, tx, Key};
use crate::route::{self, href, item_href, use_route};
use crate::state::use_state;

const FILTERS: [&str; 5] = ["at", "theme", "group", "todo", "gaps"];

/// A change to the current requirement's assessment.
type EntryEdit = Box<dyn Fn(&mut GapEntry) + Send + Sync>;

/// Changes some of the workshop's URL parameters, keeping the others. Takes the route signal
/// rather than looking it up, because key handlers run outside the component's context.
fn set_params(route: RwSignal<route::Route>, changes: &[(&str, String)]) {
    let route = route.get_untracked();
    let query: Vec<(&str, String)> = FILTERS
        .iter()
        .map(|k| {
            let value = changes.iter().find(|(c, _)| c == k).map(|(_, v)| v.clone());
            (
                *k,
                value.unwrap_or_else(|| route.param(k).unwrap_or_default().to_owned()),
            )
        })
        .collect();
    route::navigate(&href("gap", &query), true);
}

/// The status a maturity suggests, for an entry not assessed yet.
fn status_for(maturity: u8) -> GapStatus {
    match maturity {
        0 => GapStatus::NotImplemented,
        1 | 2 => GapStatus::PartiallyImplemented,
        _ => GapStatus::Implemented,
    }
}

#[component]
pub fn GapWorkshop() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let route = use_route();
    let param = move |name: &'static str| {
        Memo::new(move |_| route.with(|r| r.param(name).unwrap_or_default().to_owned()))
    };
    let (at, theme, group, todo, gaps) = (
        param("at"),
        param("theme"),
        param("group"),
        param("todo"),
        param("gaps"),
    );
    let notes_ref = NodeRef::<html::Textarea>::new();
    let created = RwSignal::new(None::<String>);

    let entries = Memo::new(move |_| {
        state
            .with_ws(|ws| ws.gap.entries.clone())
            .unwrap_or_default()
    });
    // The requirements the filters let through, in catalogue order.
    let list = Memo::new(move |_| {
        let (theme, group, todo, gaps) = (
            theme.get(),
            group.get(),
            !todo.get().is_empty(),
            !gaps.get().is_empty(),
        );
        entries.with(|e| {
            gap::requirements()
                .into_iter()
                .filter(|r| match theme.as_str() {
                    "" => true,
                    "clauses" => r.family == Family::Clause,
                    n => r.family == Family::Control && r.group() == n,
                })
                .filter(|r| group.is_empty() || (r.family == Family::Clause && r.group() == group))
                .filter(|r| {
                    !todo
                        || e.get(r.id)
                            .is_none_or(|x| x.status == GapStatus::NotAssessed)
                })
                .filter(|r| !gaps || e.get(r.id).is_some_and(gap::is_gap))
                .collect::<Vec<&'static Requirement>>()
        })
    });
    let position = Memo::new(move |_| {
        let here = at.get();
        list.with(|l| l.iter().position(|r| r.id == here).unwrap_or(0))
    });
    let current = Memo::new(move |_| list.with(|l| l.get(position.get()).copied()));
    let entry = Memo::new(move |_| {
        current
            .get()
            .map(|r| entries.with(|e| e.get(r.id).cloned().unwrap_or_default()))
    });
    let progress = Memo::new(move |_| {
        let total = gap::requirements().len();
        let done = entries.with(|e| {
            e.values()
                .filter(|x| x.status != GapStatus::NotAssessed)
                .count()
        });
        (done, total)
    });
    let assessed = move || {
        let (done, total) = progress.get();
        tf(
            lang.get(),
            Key::AssessedOf,
            &[&done.to_string(), &total.to_string()],
        )
    };

    let edit = move |f: &dyn Fn(&mut GapEntry)| {
        if let Some(req) = current.get_untracked() {
            let today = clock::today();
            state.update(|ws| {
                f(ws.gap.entries.entry(req.id.to_owned()).or_default());
                ws.gap.date.get_or_insert(today);
            });
        }
    };
    let go = move |delta: isize| {
        let n = list.with_untracked(Vec::len);
        if n == 0 {
            return;
        }
        let next = (position.get_untracked() as isize + delta).clamp(0, n as isize - 1) as usize;
        if let Some(r) = list.with_untracked(|l| l.get(next).copied()) {
            set_params(route, &[("at", r.id.to_owned())]);
        }
    };
    let improve = move || {
        let Some(req) = current.get_untracked() else {
            return;
        };
        let made = state.create_gap_improvement(req.id);
        created.set(made.map(|id| id.to_string()));
    };
    let set_maturity = move |level: u8, target: bool| {
        edit(&|e| {
            if target {
                e.target_maturity = Some(level);
            } else {
                e.maturity = Some(level);
                if e.status == GapStatus::NotAssessed {
                    e.status = status_for(level);
                }
            }
        })
    };

    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let typing = document()
            .active_element()
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if typing {
            if ev.key() == "Escape" {
                crate::components::field::leave_focused_field();
            }
            return;
        }
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let code = ev.code();
        if let Some(level) = code
            .strip_prefix("Digit")
            .and_then(|d| d.parse::<u8>().ok())
            .filter(|d| *d <= 5)
        {
            ev.prevent_default();
            set_maturity(level, ev.shift_key());
            return;
        }
        let status = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" | "j" => {
                ev.prevent_default();
                go(1);
                return;
            }
            "ArrowLeft" | "ArrowUp" | "k" => {
                ev.prevent_default();
                go(-1);
                return;
            }
            "e" | "Enter" => {
                ev.prevent_default();
                if let Some(t) = notes_ref.get_untracked() {
                    let _ = t.focus();
                }
                return;
            }
            "i" => {
                ev.prevent_default();
                improve();
                return;
            }
            "n" => GapStatus::NotImplemented,
            "p" => GapStatus::PartiallyImplemented,
            "y" => GapStatus::Implemented,
            "x" => GapStatus::NotApplicable,
            "u" => GapStatus::NotAssessed,
            _ => return,
        };
        ev.prevent_default();
        edit(&|e| e.status = status);
    });
    on_cleanup(move || keys.remove());

    let people = state.people_options();
    let level_buttons = move |target: bool| {
        (0u8..=5)
            .map(|level| {
                let selected = move || entry.with(|e| e.as_ref().and_then(|e| if target { e.target_maturity } else { e.maturity }) == Some(level));
                let title = move || maturity_meaning(level, lang.get()).unwrap_or_default();
                view! {
                    <button type="button" class="level" class:selected=selected aria-pressed=move || selected().to_string() title=title
                        data-testid=format!("{}-{level}", if target { "target" } else { "maturity" })
                        on:click=move |_| set_maturity(level, target)>{level}</button>
                }
            })
            .collect_view()
    };

    view! {
        <section class="page workshop" data-testid="workshop">
            <div class="page-head">
                <h1>{tx(Key::NavGap)}</h1>
                <a class="button" href="#/gap-results">{tx(Key::GapResults)}</a>
            </div>
            <div class="filters">
                <label class="field">
                    <span>{tx(Key::Theme)}</span>
                    <select data-testid="gap-theme" prop:value=theme on:change=move |ev| set_params(route, &[("theme", event_target_value(&ev)), ("group", String::new()), ("at", String::new())])>
                        <option value="">{tx(Key::All)}</option>
                        <option value="clauses">{tx(Key::Clauses)}</option>
                        {Theme::ALL.into_iter().map(|th| view! { <option value=th.number()>{move || th.label(lang.get())}</option> }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{tx(Key::ClauseGroup)}</span>
                    <select data-testid="gap-group" prop:value=group on:change=move |ev| set_params(route, &[("group", event_target_value(&ev)), ("theme", String::new()), ("at", String::new())])>
                        <option value="">{tx(Key::All)}</option>
                        {(4..=10).map(|g| view! { <option value=g.to_string()>{g}</option> }).collect_view()}
                    </select>
                </label>
                <label class="check"><input type="checkbox" data-testid="gap-todo" prop:checked=move || !todo.get().is_empty()
                    on:change=move |ev| set_params(route, &[("todo", if event_target_checked(&ev) { "1".into() } else { String::new() })]) />{tx(Key::NotYetAssessed)}</label>
                <label class="check"><input type="checkbox" data-testid="gap-gaps" prop:checked=move || !gaps.get().is_empty()
                    on:change=move |ev| set_params(route, &[("gaps", if event_target_checked(&ev) { "1".into() } else { String::new() })]) />{tx(Key::GapsOnly)}</label>
            </div>
            <div class="progress" role="progressbar" aria-label=tx(Key::GapProgress) aria-valuemin="0" aria-valuemax=move || progress.get().1 aria-valuenow=move || progress.get().0 aria-valuetext=assessed data-testid="gap-progress">
                <span style=move || { let (d, t) = progress.get(); format!("width:{:.1}%", d as f64 * 100.0 / t.max(1) as f64) }></span>
                <em>{assessed}</em>
            </div>
            <Show when=move || current.get().is_some() fallback=|| view! { <p class="empty">{tx(Key::NothingToAssess)}</p> }>
                <article class="requirement-card" data-testid="requirement" data-id=move || current.get().map(|r| r.id)>
                    <p class="position">{move || format!("{} / {}", position.get() + 1, list.with(Vec::len))}" · "
                        {move || current.get().map(|r| match r.theme() { Some(th) => th.label(lang.get()).to_owned(), None => t(lang.get(), Key::Clauses).to_owned() })}</p>
                    <h2><span class="req-id">{move || current.get().map(|r| r.id)}</span>" "{move || current.get().map(|r| r.title(lang.get()))}</h2>
                    {move || current.get().and_then(|r| r.prompt(lang.get())).map(|q| view! {
                        <p class="prompt" data-testid="gap-prompt"><strong>{tx(Key::GapAsk)}": "</strong>{q}</p>
                    })}
                    <div class="statuses" role="group" aria-label=move || t(lang.get(), Key::Status)>
                        {[(GapStatus::NotImplemented, "n"), (GapStatus::PartiallyImplemented, "p"), (GapStatus::Implemented, "y"), (GapStatus::NotApplicable, "x"), (GapStatus::NotAssessed, "u")].into_iter().map(|(s, key)| {
                            let selected = move || entry.with(|e| e.as_ref().map(|e| e.status) == Some(s));
                            view! {
                                <button type="button" class="status" class:selected=selected aria-pressed=move || selected().to_string() aria-keyshortcuts=key
                                    data-testid=format!("status-{key}") on:click=move |_| edit(&|e| e.status = s)>
                                    <kbd>{key}</kbd>" "{move || s.label(lang.get())}
                                </button>
                            }
                        }).collect_view()}
                    </div>
                    <div class="levels">
                        <div><span class="picker-label">{tx(Key::CurrentMaturity)}" (0–5)"</span>{level_buttons(false)}</div>
                        <div><span class="picker-label">{tx(Key::TargetMaturity)}" (Shift + 0–5)"</span>{level_buttons(true)}</div>
                        <p class="hint" data-testid="maturity-meaning">
                            {move || entry.with(|e| e.as_ref().and_then(|e| e.maturity).and_then(|m| maturity_meaning(m, lang.get())).map(|m| format!("{}: {m}", t(lang.get(), Key::CurrentMaturity))))}
                            <br />
                            {move || entry.with(|e| e.as_ref().and_then(|e| e.target_maturity).and_then(|m| maturity_meaning(m, lang.get())).map(|m| format!("{}: {m}", t(lang.get(), Key::TargetMaturity))))}
                        </p>
                    </div>
                    <Show when=move || current.get().is_some_and(|r| r.family == Family::Control)>
                        <ControlFields entry=entry edit=Callback::new(move |f: EntryEdit| edit(&*f)) people=people />
                    </Show>
                    <div class="form-grid">
                        <label class="field wide">
                            <span>{tx(Key::Notes)}" (e)"</span>
                            <textarea node_ref=notes_ref data-testid="gap-notes" prop:value=move || entry.with(|e| e.as_ref().map(|e| e.notes.clone()).unwrap_or_default())
                                on:change=move |ev| { let v = event_target_value(&ev); edit(&|e| e.notes = v.clone()) }></textarea>
                        </label>
                        <label class="field wide">
                            <span>{tx(Key::EvidenceLabel)}</span>
                            <input type="text" data-testid="gap-evidence" prop:value=move || entry.with(|e| e.as_ref().map(|e| e.evidence.clone()).unwrap_or_default())
                                on:change=move |ev| { let v = event_target_value(&ev); edit(&|e| e.evidence = v.clone()) } />
                        </label>
                    </div>
                    <div class="buttons">
                        <button type="button" data-testid="gap-prev" on:click=move |_| go(-1)><kbd>"k"</kbd>" ← "{tx(Key::Previous)}</button>
                        <button type="button" data-testid="gap-next" on:click=move |_| go(1)>{tx(Key::Next)}" → "<kbd>"j"</kbd></button>
                        <button type="button" class="primary" data-testid="gap-improve" on:click=move |_| improve()><kbd>"i"</kbd>" "{tx(Key::CreateImprovement)}</button>
                    </div>
                    {move || {
                        let linked = entry.with(|e| e.as_ref().map(|e| e.items.clone()).unwrap_or_default());
                        (!linked.is_empty()).then(|| view! {
                            <p class="backlinks" data-testid="gap-backlinks">{tx(Key::Improvements)}": "
                                {linked.into_iter().map(|id| view! { <a href=item_href(&id.to_string())>{id.to_string()}</a>" " }).collect_view()}
                            </p>
                        })
                    }}
                    {move || created.get().map(|id| view! { <p class="banner info" role="status">{tf(lang.get(), Key::ImprovementCreated, &[&id])}</p> })}
                </article>
            </Show>
            <p class="hint keys">{tx(Key::WorkshopKeys)}</p>
        </section>
    }
}

/// Applicability, justification or exclusion, and owner: the Annex A fields.
#[component]
fn ControlFields(
    entry: Memo<Option<GapEntry>>,
    #[prop(into)] edit: Callback<EntryEdit>,
    #[prop(into)] people: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    let lang = use_state().lang;
    let excluded = move || {
        entry.with(|e| {
            e.as_ref()
                .is_some_and(|e| e.status == GapStatus::NotApplicable)
        })
    };
    view! {
        <div class="control-fields">
            <Show when=excluded fallback=move || view! {
                <fieldset class="checks">
                    <legend class="picker-label">{tx(Key::Justification)}</legend>
                    {Justification::ALL.into_iter().map(|j| view! {
                        <label class="check">
                            <input type="checkbox" prop:checked=move || entry.with(|e| e.as_ref().is_some_and(|e| e.justifications.contains(&j)))
                                on:change=move |ev| { let on = event_target_checked(&ev); edit.run(Box::new(move |e| { e.justifications.retain(|x| *x != j); if on { e.justifications.push(j); isms_core::sorting::sort(&mut e.justifications); } })) } />
                            {move || j.label(lang.get())}
                        </label>
                    }).collect_view()}
                </fieldset>
            }>
                <label class="field wide">
                    <span>{tx(Key::ExclusionReason)}</span>
                    <input type="text" data-testid="gap-exclusion" prop:value=move || entry.with(|e| e.as_ref().map(|e| e.exclusion_reason.clone()).unwrap_or_default())
                        on:change=move |ev| { let v = event_target_value(&ev); edit.run(Box::new(move |e| e.exclusion_reason = v.clone())) } />
                </label>
            </Show>
            <label class="field">
                <span>{tx(Key::ControlOwner)}</span>
                <select data-testid="gap-owner" on:change=move |ev| { let v = PersonId::parse(&event_target_value(&ev)).ok(); edit.run(Box::new(move |e| e.owner = v.clone())) }>
                    <option value="">{tx(Key::NotSet)}</option>
                    {move || {
                        let chosen = entry.with(|e| e.as_ref().and_then(|e| e.owner.as_ref().map(|o| o.to_string()))).unwrap_or_default();
                        people.get().into_iter().map(|(v, l)| { let sel = v == chosen; view! { <option value=v selected=sel>{l}</option> } }).collect_view()
                    }}
                </select>
            </label>
        </div>
    }
}
