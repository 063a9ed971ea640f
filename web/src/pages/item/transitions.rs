//! The moves an item can make now. The forward step is a button that is disabled, with core's
//! reason beside it, while something is missing; the other moves (hold, reject, reopen, back to
//! planning) ask for a reason first. After a not-effective check, a corrective action can be
//! raised in one step.

use isms_core::lifecycle::{self, Transition};
use isms_core::workflow;
use isms_core::{Effectiveness, Stage};
use leptos::prelude::*;

use super::use_item;
use crate::clock;
use crate::i18n::{t, tx, Key, Said};
use crate::route::{self, item_href};
use crate::state::use_state;

#[component]
pub fn Transitions(#[prop(into)] on_moved: Callback<Stage>) -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let ctx = use_item();
    // Said in the language shown, also after a switch.
    let error = RwSignal::new(None::<Said>);
    // The secondary move waiting for its reason, and that reason.
    let asking = RwSignal::new(None::<Transition>);
    let reason = RwSignal::new(String::new());

    let apply = move |transition: Transition| match state.transition(&ctx.id(), &transition) {
        Ok(()) => {
            error.set(None);
            asking.set(None);
            reason.set(String::new());
            on_moved.run(ctx.get(|i| i.stage));
        }
        Err(e) => error.set(Some(Said::new(move |l| e.message(l)))),
    };

    let forward = Memo::new(move |_| {
        ctx.get(|item| {
            Transition::forward_from(item.stage).map(|t| {
                let blocked = lifecycle::check(item, &t)
                    .err()
                    .map(|e| e.message(lang.get()));
                (t, blocked)
            })
        })
    });
    let others = Memo::new(move |_| {
        ctx.get(|item| {
            lifecycle::options(item)
                .into_iter()
                .map(|(t, _)| t)
                .filter(|t| {
                    !matches!(t, Transition::Resume)
                        && Some(t) != Transition::forward_from(item.stage).as_ref()
                })
                .collect::<Vec<_>>()
        })
    });
    let can_raise = Memo::new(move |_| {
        ctx.get(|i| {
            i.stage == Stage::Verifying
                && matches!(
                    i.verification.result,
                    Some(Effectiveness::NotEffective | Effectiveness::PartiallyEffective)
                )
        })
    });
    let raise = move |_| {
        let mut raised = None;
        let mut failure = None;
        state.update(|ws| {
            match workflow::raise_corrective_action(
                ws,
                &ctx.id(),
                lang.get_untracked(),
                clock::today(),
                clock::now(),
            ) {
                Ok(id) => raised = Some(id),
                Err(e) => failure = Some(Said::new(move |l| e.message(l))),
            }
        });
        error.set(failure);
        if let Some(id) = raised {
            route::navigate(&item_href(&id.to_string()), false);
        }
    };

    view! {
        <div class="transitions" data-testid="transitions">
            {move || forward.get().map(|(transition, blocked)| {
                let label = transition.label(lang.get());
                let enabled = blocked.is_none();
                let go = transition.clone();
                view! {
                    <div class="forward">
                        <button type="button" class="primary" data-testid="forward" disabled=!enabled on:click=move |_| apply(go.clone())>
                            {label}" →"
                        </button>
                        {blocked.map(|why| view! { <span class="blocked" data-testid="blocked-reason" role="status">{why}</span> })}
                    </div>
                }
            })}
            <div class="secondary">
                {move || others.get().into_iter().map(|transition| {
                    let label = transition.label(lang.get());
                    let pick = transition.clone();
                    let testid = format!("move-{}", crate::codes::code(&transition).split(' ').next().unwrap_or_default().to_lowercase());
                    view! { <button type="button" data-testid=testid on:click=move |_| { error.set(None); reason.set(String::new()); asking.set(Some(pick.clone())) }>{label}</button> }
                }).collect_view()}
                <Show when=move || can_raise.get()>
                    <button type="button" data-testid="raise-ca" on:click=raise>{tx(Key::RaiseCorrectiveAction)}</button>
                </Show>
                <super::delete::DeleteItem />
            </div>
            {move || asking.get().map(|transition| {
                let label = transition.label(lang.get());
                view! {
                    <form class="reason-form" data-testid="reason-form" on:submit=move |ev| {
                        ev.prevent_default();
                        let text = reason.get_untracked();
                        let with_reason = match transition.clone() {
                            Transition::Hold { .. } => Transition::Hold { reason: text },
                            Transition::Reject { .. } => Transition::Reject { reason: text },
                            Transition::Reopen { .. } => Transition::Reopen { reason: text },
                            Transition::Rework { .. } => Transition::Rework { reason: text },
                            other => other,
                        };
                        apply(with_reason);
                    }>
                        <label class="field wide">
                            <span>{t(lang.get(), Key::Reason)}</span>
                            <input type="text" data-testid="reason" prop:value=reason on:input=move |ev| reason.set(event_target_value(&ev)) />
                        </label>
                        <button type="submit" class="primary">{label}</button>
                        <button type="button" on:click=move |_| asking.set(None)>{t(lang.get(), Key::Cancel)}</button>
                    </form>
                }
            })}
            {move || error.get().map(|e| view! { <p class="field-error" role="alert" data-testid="transition-error">{move || e.text(lang.get())}</p> })}
        </div>
    }
}
