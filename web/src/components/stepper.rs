//! The lifecycle as a stepper: Identify → … → Closed, each step with its PDCA phase and clause.
//! Steps before the item's stage are done; clicking a step shows its form. Assistive technology
//! hears the same: the item's stage is the `aria-current` step, the shown one is pressed.

use isms_core::{Kind, Stage};
use leptos::prelude::*;

use crate::state::use_state;

#[component]
pub fn Stepper(
    #[prop(into)] stage: Signal<Stage>,
    kind: Kind,
    /// The step whose form is shown.
    #[prop(into)]
    selected: Signal<Stage>,
    /// Shows another step's form.
    on_select: Callback<Stage>,
) -> impl IntoView {
    let lang = use_state().lang;
    view! {
        <ol class="stepper" data-testid="stepper">
            {Stage::PATH.into_iter().map(|step| {
                let state_class = move || {
                    let current = stage.get();
                    let here = current.step();
                    match (here, step.step()) {
                        (Some(h), Some(s)) if s < h => "done",
                        (Some(h), Some(s)) if s == h => "current",
                        _ => "todo",
                    }
                };
                view! {
                    <li class=state_class class:selected=move || selected.get() == step>
                        <button type="button" on:click=move |_| on_select.run(step) aria-pressed=move || (selected.get() == step).to_string() aria-current=move || (stage.get() == step).then_some("step")>
                            <span class="step-name">{move || step.step_label(lang.get())}</span>
                            <span class="step-meta">
                                {step.phase().map(|p| p.label(lang.get())).unwrap_or_default()}
                                " · "
                                {step.clause(kind).unwrap_or_default()}
                            </span>
                        </button>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}
