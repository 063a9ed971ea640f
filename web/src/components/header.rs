//! The top bar: product name, the open workspace, the navigation, the save state and the
//! language switch.

use leptos::prelude::*;

use crate::components::save_indicator::SaveIndicator;
use crate::i18n::{t, tx, Key, Lang};
use crate::route::{use_route, Page};
use crate::state::use_state;

#[component]
pub fn Header() -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let route = use_route();
    let link = move |href: &'static str, page: Page, key: Key| {
        let current = move || route.with(|r| r.page == page);
        view! {
            <a href=href aria-current=move || current().then_some("page")>{move || t(lang.get(), key)}</a>
        }
    };
    let ws_name = move || state.with_ws(|ws| ws.name.clone());
    view! {
        <header class="topbar">
            <div class="brand">
                <svg class="logo" viewBox="0 0 32 32" aria-hidden="true">
                    <rect width="32" height="32" rx="6" />
                    <path d="M9 17l5 5 9-12" />
                </svg>
                <span class="name">{tx(Key::AppName)}</span>
                <Show when=move || ws_name().is_some()>
                    <span class="ws-name" data-testid="current-workspace">{ws_name}</span>
                </Show>
            </div>
            <nav aria-label=tx(Key::MainNavigation)>
                {link("#/", Page::Dashboard, Key::NavDashboard)}
                {link("#/register", Page::Register, Key::NavRegister)}
                {link("#/prioritise", Page::Prioritise, Key::NavPrioritise)}
                {link("#/matrix", Page::Matrix, Key::NavMatrix)}
                {link("#/objectives", Page::Objectives, Key::NavObjectives)}
                {link("#/people", Page::People, Key::NavPeople)}
                {link("#/review", Page::Review, Key::NavReview)}
                {link("#/gap", Page::Gap, Key::NavGap)}
                {link("#/data", Page::Data, Key::NavData)}
                {link("#/workspaces", Page::Workspaces, Key::NavWorkspaces)}
            </nav>
            <div class="tools">
                <SaveIndicator />
                <label class="lang">
                    <span class="visually-hidden">{tx(Key::Language)}</span>
                    <select
                        data-testid="language"
                        on:change=move |ev| {
                            if let Some(l) = Lang::from_code(&event_target_value(&ev)) {
                                state.set_lang(l);
                            }
                        }
                        prop:value=move || lang.get().code()
                    >
                        <option value="en">"English"</option>
                        <option value="nl">"Nederlands"</option>
                    </select>
                </label>
            </div>
        </header>
    }
}
