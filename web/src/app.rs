//! The application shell: state and routing in context, the header, the navigation, storage
//! banners and the page the route names.

use leptos::prelude::*;

use crate::components::{banners::Banners, header::Header};
use crate::i18n::{t, Key};
use crate::pages;
use crate::route::{self, Page};
use crate::state::{use_state, AppState};

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load();
    provide_context(state);
    state.persist();
    let route = route::provide();
    // Only a change of page re-renders the page; a change of query (a filter) does not.
    let page = Memo::new(move |_| route.with(|r| r.page.clone()));
    Effect::new(move |_| {
        let lang = state.lang.get();
        if let Some(el) = document().document_element() {
            let _ = el.set_attribute("lang", lang.code());
        }
        document().set_title(t(lang, Key::AppName));
    });

    view! {
        <a class="skip" href="#main">{move || t(state.lang.get(), Key::SkipToContent)}</a>
        <Header />
        <Banners />
        <main id="main" tabindex="-1">
            {move || match page.get() {
                Page::Dashboard => pages::dashboard::Dashboard().into_any(),
                Page::Workspaces => pages::workspaces::Workspaces().into_any(),
                Page::NotFound(_) => view! { <NotFound /> }.into_any(),
            }}
        </main>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    let lang = use_state().lang;
    view! {
        <section class="page">
            <h1>{move || t(lang.get(), Key::NotFound)}</h1>
            <a href="#/">{move || t(lang.get(), Key::BackToDashboard)}</a>
        </section>
    }
}
