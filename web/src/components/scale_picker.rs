//! A 1–5 rating with the meaning of each step shown, as radio buttons (keyboard: arrows).

use isms_core::prioritise::Scale;
use leptos::prelude::*;

use crate::state::use_state;

#[component]
pub fn ScalePicker(
    scale: Scale,
    #[prop(into)] value: Signal<Option<u8>>,
    #[prop(into)] on_change: Callback<Option<u8>>,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    let lang = use_state().lang;
    let name = format!("scale-{testid}-{scale:?}");
    view! {
        <fieldset class="scale" data-testid=testid>
            <legend>{move || scale.label(lang.get())}</legend>
            {(1u8..=5).map(|step| {
                let name = name.clone();
                view! {
                    <label class="scale-step" title=move || scale.meaning(step, lang.get()).unwrap_or_default()>
                        <input
                            type="radio"
                            name=name
                            value=step
                            prop:checked=move || value.get() == Some(step)
                            on:change=move |_| on_change.run(Some(step))
                        />
                        <span class="step">{step}</span>
                        <span class="meaning">{move || scale.meaning(step, lang.get()).unwrap_or_default()}</span>
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}
