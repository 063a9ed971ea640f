//! The item page: the lifecycle stepper, the form of the selected step, the moves the item can
//! make (each blocked one saying what is missing, in core's words), evidence, history, and the
//! whole record on one printable page. The tab and the step shown are in the address
//! (`#/item/CA-001?tab=History`), so a reload or a shared link shows the same.

mod actions;
mod closeout;
mod delete;
mod evidence;
mod history;
mod identify;
mod plan;
mod rating;
pub mod record;
mod transitions;
mod verify;

use isms_core::lifecycle::{self, Missing, Transition};
use isms_core::{Item, ItemId, Kind, Stage, TransitionError};
use leptos::prelude::*;

pub use delete::refusal;

use crate::codes::{self, code};
use crate::components::stepper::Stepper;
use crate::focus::focus_matching;
use crate::i18n::{t, tx, Key};
use crate::route::{self, use_route};
use crate::state::{use_state, AppState};

/// The item being edited, shared by the page's sections.
#[derive(Clone, Copy)]
pub struct ItemCtx {
    state: AppState,
    id: StoredValue<ItemId>,
    pub item: Memo<Option<Item>>,
}

impl ItemCtx {
    /// The context for item `id` of the open workspace, to provide to the components below.
    pub fn new(state: AppState, id: ItemId) -> ItemCtx {
        let item = Memo::new(move |_| state.with_ws(|ws| ws.item(&id).cloned()).flatten());
        ItemCtx {
            state,
            id: StoredValue::new(id),
            item,
        }
    }

    /// Reads from the item, tracking it; the default when it is gone.
    pub fn get<R: Default>(&self, f: impl FnOnce(&Item) -> R) -> R {
        self.item.with(|i| i.as_ref().map(f).unwrap_or_default())
    }

    /// Edits the item; core logs what changed.
    pub fn edit(&self, f: impl FnOnce(&mut Item)) {
        self.state.edit_item(&self.id.get_value(), f);
    }

    pub fn id(&self) -> ItemId {
        self.id.get_value()
    }
}

/// The "×" button that removes entry `n` from one of the item's lists (actions, documents,
/// evidence, whys). The bounds check keeps a double click from removing a second entry.
pub(super) fn remove_button<T: 'static>(
    ctx: ItemCtx,
    n: usize,
    list: fn(&mut Item) -> &mut Vec<T>,
    class: &'static str,
) -> impl IntoView {
    view! {
        <button type="button" class=class aria-label=crate::i18n::tx(Key::Remove) on:click=move |_| ctx.edit(|i| {
            let entries = list(i);
            if n < entries.len() {
                entries.remove(n);
            }
        })>"×"</button>
    }
}

/// The line above an item's title: its id, kind, stage, for a major nonconformity the
/// "Mandatory" badge, for an open item past its due date when it was due, and for an
/// effectiveness check past its planned date when it was planned — the same on the item page and
/// on the records page.
#[component]
pub fn ItemHead() -> impl IntoView {
    let lang = use_state().lang;
    let ctx = use_item();
    let kind = ctx.get(|i| i.kind);
    view! {
        <div class="item-head">
            <span class="kind-badge" class:ca=kind == Kind::CorrectiveAction>{ctx.id().to_string()}</span>
            <span class="kind-label">{move || kind.label(lang.get())}</span>
            <span class="stage-badge" data-testid="item-stage">{move || ctx.get(|i| i.stage.label(lang.get()).to_owned())}</span>
            <Show when=move || ctx.get(|i| i.is_major_nonconformity())>
                <span class="badge mandatory">{tx(Key::Mandatory)}</span>
            </Show>
            {move || ctx.get(|i| i.plan.due.filter(|_| i.is_overdue(crate::clock::today()))).map(|due| view! {
                <span class="badge late" data-testid="item-overdue">{crate::i18n::tf(lang.get(), Key::OverdueSince, &[&crate::i18n::date(lang.get(), due)])}</span>
            })}
            {move || ctx.get(|i| i.check_due().filter(|planned| *planned < crate::clock::today())).map(|planned| view! {
                <span class="badge late" data-testid="check-overdue">{crate::i18n::tf(lang.get(), Key::CheckOverdueSince, &[&crate::i18n::date(lang.get(), planned)])}</span>
            })}
        </div>
    }
}

pub fn use_item() -> ItemCtx {
    expect_context::<ItemCtx>()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tab {
    Workflow,
    Evidence,
    History,
    Record,
}

impl Tab {
    /// In the order shown, which the arrow keys follow.
    const ALL: [Tab; 4] = [Tab::Workflow, Tab::Evidence, Tab::History, Tab::Record];

    fn label(self) -> Key {
        match self {
            Tab::Workflow => Key::TabWorkflow,
            Tab::Evidence => Key::TabEvidence,
            Tab::History => Key::TabHistory,
            Tab::Record => Key::TabRecord,
        }
    }

    fn dom_id(self) -> String {
        format!("item-tab-{}", code(self).to_lowercase())
    }

    /// The tab the arrow key, Home or End `key` moves to from `self` (around the ends), if any.
    fn after_key(self, key: &str) -> Option<Tab> {
        let n = Tab::ALL.len();
        let at = Tab::ALL.iter().position(|t| *t == self).unwrap_or(0);
        let to = match key {
            "ArrowRight" => (at + 1) % n,
            "ArrowLeft" => (at + n - 1) % n,
            "Home" => 0,
            "End" => n - 1,
            _ => return None,
        };
        Some(Tab::ALL[to])
    }
}

/// The step whose form holds what `missing` asks for.
fn form_for(missing: Missing) -> Stage {
    use Missing as M;
    match missing {
        M::NonconformityRequirement | M::NonconformityDescription | M::Reason => Stage::Identified,
        M::Impact | M::Effort | M::Urgency => Stage::Prioritised,
        M::PlanWhat
        | M::PlanHow
        | M::PlanOwner
        | M::PlanDue
        | M::Correction
        | M::RootCause
        | M::SimilarCasesChecked
        | M::CauseAction => Stage::Planned,
        M::AnAction | M::OpenActions => Stage::InProgress,
        M::VerificationMethod
        | M::VerificationPlanned
        | M::EffectiveVerification
        | M::IneffectiveVerification
        | M::VerifiedOn
        | M::VerifiedBy => Stage::Verifying,
        M::DocumentUpdateOrReason => Stage::Standardised,
        M::CommunicationAudience | M::CommunicationDate => Stage::Communicated,
    }
}

/// The step whose form helps the item onward: where the first missing thing is filled in, or
/// else the next step on the path.
fn working_step(item: &Item) -> Stage {
    if let Some(forward) = Transition::forward_from(item.stage) {
        if let Err(TransitionError::Missing(list)) = lifecycle::check(item, &forward) {
            if let Some(first) = list.first() {
                return form_for(*first);
            }
        }
    }
    match item.stage.step() {
        Some(i) => Stage::PATH[(i + 1).min(Stage::PATH.len() - 1)],
        None => Stage::Identified,
    }
}

#[component]
pub fn ItemPage(id: String) -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let Ok(item_id) = ItemId::parse(&id) else {
        return view! { <section class="page"><h1>{tx(Key::ItemNotFound)}</h1><a href="#/register">{tx(Key::NavRegister)}</a></section> }.into_any();
    };
    let ctx = ItemCtx::new(state, item_id);
    provide_context(ctx);
    let item = ctx.item;
    let kind = ctx.get(|i| i.kind);
    let stage = Signal::derive(move || ctx.get(|i| i.stage));
    // The address says which tab and step are shown; without a step, the one that helps the item
    // onward as it was when the page opened (not recomputed as fields are filled in, which would
    // pull the form away from under the typing) or after its last move.
    let route = use_route();
    let param = move |name: &str| route.with(|r| r.param(name).map(str::to_owned));
    let tab = Memo::new(move |_| {
        param("tab")
            .and_then(|t| codes::parse(&Tab::ALL, &t))
            .unwrap_or(Tab::Workflow)
    });
    let step_param = move || param("step").and_then(|s| codes::parse(&Stage::PATH, &s));
    let working =
        RwSignal::new(item.with_untracked(|i| i.as_ref().map_or(Stage::Identified, working_step)));
    let selected = Memo::new(move |_| step_param().unwrap_or_else(|| working.get()));
    // Replaces the address rather than adding to the history: Back leaves the item.
    let show = move |tab: Tab, step: Option<Stage>| {
        let tab = if tab == Tab::Workflow {
            String::new()
        } else {
            code(tab)
        };
        let query = [("tab", tab), ("step", step.map(code).unwrap_or_default())];
        route::navigate(&route::item_href_with(&item_id.to_string(), &query), true);
    };
    let on_select = Callback::new(move |step: Stage| show(tab.get_untracked(), Some(step)));
    let tab_keys = move |ev: leptos::ev::KeyboardEvent| {
        if let Some(to) = tab.get_untracked().after_key(&ev.key()) {
            ev.prevent_default();
            show(to, untrack(step_param));
            focus_matching(&format!("#{}", to.dom_id()));
        }
    };
    let tab_button = move |which: Tab| {
        view! {
            <button type="button" role="tab" id=which.dom_id() aria-controls="item-tabpanel"
                aria-selected=move || (tab.get() == which).to_string()
                tabindex=move || if tab.get() == which { "0" } else { "-1" }
                on:click=move |_| show(which, untrack(step_param))>
                {move || t(lang.get(), which.label())}
            </button>
        }
    };
    view! {
        <Show when=move || item.with(Option::is_some) fallback=move || view! { <delete::Gone id=item_id /> }>
            <section class="page item-page" data-testid="item-page">
                <ItemHead />
                <h1 data-testid="item-title">{move || ctx.get(|i| i.title.clone())}</h1>
                <Show when=move || !ctx.get(|i| i.stage_reason.clone()).is_empty() && matches!(stage.get(), Stage::OnHold | Stage::Rejected | Stage::Planned | Stage::Identified)>
                    <p class="stage-reason">{tx(Key::Reason)}": "{move || ctx.get(|i| i.stage_reason.clone())}</p>
                </Show>
                <transitions::Transitions on_moved=Callback::new(move |_: Stage| {
                    if let Some(step) = item.with_untracked(|i| i.as_ref().map(working_step)) {
                        working.set(step);
                    }
                    show(tab.get_untracked(), None);
                }) />
                <div class="tabs" role="tablist" on:keydown=tab_keys>
                    {Tab::ALL.map(tab_button).collect_view()}
                </div>
                <div role="tabpanel" id="item-tabpanel" aria-labelledby=move || tab.get().dom_id()>
                {move || match tab.get() {
                    Tab::Workflow => view! {
                        <Stepper stage=stage kind=kind selected=selected on_select />
                        <div class="step-form" data-testid="step-form">
                            {move || match selected.get() {
                                Stage::Identified => identify::IdentifyForm().into_any(),
                                Stage::Prioritised => rating::RatingForm().into_any(),
                                Stage::Planned => plan::PlanForm().into_any(),
                                Stage::InProgress => actions::ActionsForm().into_any(),
                                Stage::Verifying => verify::VerifyForm().into_any(),
                                Stage::Standardised => closeout::StandardiseForm().into_any(),
                                Stage::Communicated => closeout::CommunicateForm().into_any(),
                                _ => closeout::ClosedSummary().into_any(),
                            }}
                        </div>
                    }.into_any(),
                    Tab::Evidence => evidence::EvidenceList().into_any(),
                    Tab::History => history::HistoryLog().into_any(),
                    Tab::Record => record::Record().into_any(),
                }}
                </div>
            </section>
        </Show>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::Tab;

    #[test]
    fn the_arrow_keys_go_round_the_tabs_and_home_and_end_go_to_either_end() {
        assert_eq!(Tab::Workflow.after_key("ArrowRight"), Some(Tab::Evidence));
        assert_eq!(Tab::Record.after_key("ArrowRight"), Some(Tab::Workflow));
        assert_eq!(Tab::Workflow.after_key("ArrowLeft"), Some(Tab::Record));
        assert_eq!(Tab::History.after_key("Home"), Some(Tab::Workflow));
        assert_eq!(Tab::Evidence.after_key("End"), Some(Tab::Record));
        assert_eq!(Tab::Evidence.after_key("Enter"), None);
    }
}
