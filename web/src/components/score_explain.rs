//! "Why is this item where it is": the score under the workspace's model and every term of it,
//! or the inputs the model still needs.

use isms_core::prioritise::{explain, Factor};
use isms_core::{Item, Model, Settings};
use leptos::prelude::*;

use crate::i18n::{number, t, Key};
use crate::state::use_state;

#[component]
pub fn ScoreExplain(
    #[prop(into)] item: Signal<Option<Item>>,
    #[prop(into)] settings: Signal<Settings>,
) -> impl IntoView {
    let lang = use_state().lang;
    move || {
        let lang = lang.get();
        let settings = settings.get();
        let Some(item) = item.get() else {
            return ().into_any();
        };
        match explain(&item, settings.model, &settings.weights) {
            Err(needs) => {
                let list: Vec<&str> = needs.iter().map(|f: &Factor| f.label(lang)).collect();
                view! { <p class="needs" data-testid="needs">{t(lang, Key::NotRankableNeeds)}" "{list.join(", ")}</p> }.into_any()
            }
            Ok(e) => {
                let decimals = if settings.model == Model::Weighted {
                    1
                } else {
                    2
                };
                view! {
                    <div class="explain">
                        <p class="score-value"><strong data-testid="score">{number(lang, e.score, decimals)}</strong>" "<span class="model">{settings.model.label(lang)}</span></p>
                        <ul class="terms">
                            {e.terms().iter().map(|term| {
                                let detail = match (term.weight, term.points) {
                                    (Some(w), Some(p)) => format!("{} × {} % → {} pt", number(lang, term.input, 0), number(lang, w * 100.0, 0), number(lang, p, 1)),
                                    _ => number(lang, term.input, if term.input.fract() == 0.0 { 0 } else { 2 }),
                                };
                                let width = term.points.map(|p| format!("width:{:.1}%", p.clamp(0.0, 100.0)));
                                view! {
                                    <li>
                                        <span class="term-name">{term.factor.label(lang)}</span>
                                        <span class="term-detail">{detail}</span>
                                        {width.map(|w| view! { <span class="term-bar"><span style=w></span></span> })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </div>
                }
                .into_any()
            }
        }
    }
}
