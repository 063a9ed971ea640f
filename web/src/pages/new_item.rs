//! A new improvement or corrective action: the few facts needed to record it, then its page. A
//! continual improvement may start from a common initiative, which fills in more.

use isms_core::catalogue::Initiative;
use isms_core::{Kind, Source};
use leptos::prelude::*;

use super::new_item_initiative::InitiativeChoice;
use crate::codes::{code, parse};
use crate::i18n::{t, tx, Key};
use crate::route::{self, item_href, use_route};
use crate::state::use_state;

#[component]
pub fn NewItem() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    // A link may say where the item comes from: `?source=management_review&ref=MR-001` from a
    // held review's record.
    let (initial, from, reference) = use_route().with_untracked(|r| {
        let kind = if r.param("kind") == Some("ca") {
            Kind::CorrectiveAction
        } else {
            Kind::ContinualImprovement
        };
        let from = r
            .param("source")
            .and_then(|s| parse(&Source::ALL, s))
            .map(code)
            .unwrap_or_default();
        (kind, from, r.param("ref").map(str::to_owned))
    });
    let kind = RwSignal::new(initial);
    let title = RwSignal::new(String::new());
    let source = RwSignal::new(from);
    let reference = StoredValue::new(reference);
    let initiative = RwSignal::new(None::<&'static Initiative>);
    let error = RwSignal::new(false);
    let title_ref = crate::components::field::focused_on_show();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = title.get_untracked();
        if text.trim().is_empty() {
            error.set(true);
            return;
        }
        let chosen = parse(&Source::ALL, &source.get_untracked());
        let kind = kind.get_untracked();
        // Initiatives are proactive: a corrective action starts from its nonconformity instead.
        let start = initiative
            .get_untracked()
            .filter(|_| kind == Kind::ContinualImprovement);
        let lang = lang.get_untracked();
        let created = state.new_item(kind, |item| {
            item.title = text.trim().to_owned();
            if let Some(s) = chosen {
                item.source = s;
            }
            if let Some(r) = reference.get_value() {
                item.source_ref = r;
            }
            if let Some(start) = start {
                start.apply(item, lang);
            }
        });
        if let Some(id) = created {
            route::navigate(&item_href(&id.to_string()), false);
        }
    };
    view! {
        <section class="page narrow-page">
            <Show when=move || state.has_workspace() fallback=move || view! { <p><a href="#/">{tx(Key::NoWorkspaceTitle)}</a></p> }>
                <h1>{tx(Key::NewItem)}</h1>
                <form class="stack" on:submit=submit data-testid="new-item-form">
                    <fieldset class="kind-choice">
                        <legend>{tx(Key::Kind)}</legend>
                        {Kind::ALL.into_iter().map(|k| view! {
                            <label class="radio-card" class:selected=move || kind.get() == k>
                                <input type="radio" name="kind" value=code(k) data-testid=format!("kind-{}", k.prefix().to_lowercase()) prop:checked=move || kind.get() == k on:change=move |_| kind.set(k) />
                                <strong>{move || k.label(lang.get())}" ("{k.clause()}")"</strong>
                                <span>{move || t(lang.get(), if k == Kind::ContinualImprovement { Key::KindCiHelp } else { Key::KindCaHelp })}</span>
                            </label>
                        }).collect_view()}
                    </fieldset>
                    <Show when=move || kind.get() == Kind::ContinualImprovement>
                        <InitiativeChoice chosen=initiative title />
                    </Show>
                    <label class="field wide">
                        <span>{tx(Key::Title)}</span>
                        <input type="text" node_ref=title_ref data-testid="new-title" prop:value=title on:input=move |ev| title.set(event_target_value(&ev))
                            aria-invalid=move || error.get().then_some("true") />
                    </label>
                    <Show when=move || error.get()>
                        <p class="field-error" role="alert">{tx(Key::TitleRequired)}</p>
                    </Show>
                    <label class="field">
                        <span>{tx(Key::Source)}</span>
                        <select data-testid="new-source" on:change=move |ev| source.set(event_target_value(&ev))>
                            <option value="">{tx(Key::NotSet)}</option>
                            {Source::ALL.into_iter().map(|s| view! { <option value=code(s) prop:selected=move || source.get() == code(s)>{move || s.label(lang.get())}</option> }).collect_view()}
                        </select>
                    </label>
                    {reference.get_value().map(|r| view! { <p class="hint" data-testid="new-reference">{tx(Key::SourceRef)}": "{r}</p> })}
                    <div class="buttons">
                        <button type="submit" class="primary" data-testid="create-item">{tx(Key::CreateItem)}</button>
                        <a href="#/register" class="button">{tx(Key::Cancel)}</a>
                    </div>
                </form>
            </Show>
        </section>
    }
}
