//! The item page: the lifecycle stepper, the form of the selected step, the moves the item can
//! make (each blocked one saying what is missing, in core's words), evidence, history, and the
//! whole record on one printable page.

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

use crate::components::stepper::Stepper;
use crate::i18n::{t, tx, Key};
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
    let selected =
        RwSignal::new(item.with_untracked(|i| i.as_ref().map_or(Stage::Identified, working_step)));
    let tab = RwSignal::new(Tab::Workflow);
    let tab_button = move |which: Tab, key: Key| {
        view! {
            <button type="button" role="tab" aria-selected=move || (tab.get() == which).to_string() on:click=move |_| tab.set(which)>
                {move || t(lang.get(), key)}
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
                        selected.set(step);
                    }
                }) />
                <div class="tabs" role="tablist">
                    {tab_button(Tab::Workflow, Key::TabWorkflow)}
                    {tab_button(Tab::Evidence, Key::TabEvidence)}
                    {tab_button(Tab::History, Key::TabHistory)}
                    {tab_button(Tab::Record, Key::TabRecord)}
                </div>
                {move || match tab.get() {
                    Tab::Workflow => view! {
                        <Stepper stage=stage kind=kind selected=selected />
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
            </section>
        </Show>
    }
    .into_any()
}
