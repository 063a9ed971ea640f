//! The application shell: state and routing in context, the header, the navigation, storage
//! banners and the page the route names; a change of page moves the focus and the scroll
//! position as a page load would.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{banners::Banners, header::Header};
use crate::i18n::{t, tx, Key};
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

    // A new page behaves as a page load would: it starts at its top (unless Back or Forward
    // led to it), and it takes the focus, so a keyboard user goes on from the new page rather
    // than from the link that led there and a screen reader reads it. A page that focuses a
    // field of its own (a new item's title) keeps that focus.
    Effect::new(move |shown: Option<()>| {
        page.track();
        let new_entry = route::first_visit_of_entry();
        if shown.is_some() {
            if new_entry {
                window().scroll_to_with_x_and_y(0.0, 0.0);
            }
            focus_main_unless_inside();
        }
    });

    view! {
        <a class="skip" href="#main" on:click=skip_to_main>{move || t(state.lang.get(), Key::SkipToContent)}</a>
        <Header />
        <Banners />
        <main id="main" tabindex="-1">
            {move || match page.get() {
                Page::Dashboard => pages::dashboard::Dashboard().into_any(),
                Page::Register => view! { <NeedsWorkspace><pages::register::Register /></NeedsWorkspace> }.into_any(),
                Page::NewItem => pages::new_item::NewItem().into_any(),
                Page::Item(id) => view! { <NeedsWorkspace><pages::item::ItemPage id=id.clone() /></NeedsWorkspace> }.into_any(),
                Page::Prioritise => view! { <NeedsWorkspace><pages::prioritise::Prioritise /></NeedsWorkspace> }.into_any(),
                Page::Records => view! { <NeedsWorkspace><pages::records::Records /></NeedsWorkspace> }.into_any(),
                Page::Matrix => view! { <NeedsWorkspace><pages::matrix::Matrix /></NeedsWorkspace> }.into_any(),
                Page::Objectives => view! { <NeedsWorkspace><pages::objectives::Objectives /></NeedsWorkspace> }.into_any(),
                Page::People => view! { <NeedsWorkspace><pages::people::People /></NeedsWorkspace> }.into_any(),
                Page::Data => pages::data::Data().into_any(),
                Page::Review => view! { <NeedsWorkspace><pages::review::Review /></NeedsWorkspace> }.into_any(),
                Page::HeldReview(id) => view! { <NeedsWorkspace><pages::review::held::HeldReviewPage id=id.clone() /></NeedsWorkspace> }.into_any(),
                Page::Gap => view! { <NeedsWorkspace><pages::gap::GapWorkshop /></NeedsWorkspace> }.into_any(),
                Page::GapResults => view! { <NeedsWorkspace><pages::gap_results::GapResults /></NeedsWorkspace> }.into_any(),
                Page::Workspaces => pages::workspaces::Workspaces().into_any(),
                Page::NotFound(_) => view! { <NotFound /> }.into_any(),
            }}
        </main>
    }
}

fn focus_main_unless_inside() {
    let inside = document()
        .get_element_by_id("main")
        .zip(document().active_element())
        .is_some_and(|(main, el)| main.contains(Some(el.unchecked_ref())));
    if !inside {
        // Without scrolling: the position is the browser's after Back, the top otherwise.
        focus_main(false);
    }
}

/// The skip link moves the focus into the page instead of following its `#main`: in a hash
/// router that address is a route, and following it would leave the page for "not found".
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    focus_main(true);
}

fn focus_main(scroll: bool) {
    if let Some(main) = document().get_element_by_id("main") {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(!scroll);
        let _ = main
            .unchecked_ref::<web_sys::HtmlElement>()
            .focus_with_options(&options);
    }
}

#[component]
fn NotFound() -> impl IntoView {
    let _lang = use_state().lang;
    view! {
        <section class="page">
            <h1>{tx(Key::NotFound)}</h1>
            <a href="#/">{tx(Key::BackToDashboard)}</a>
        </section>
    }
}

/// Pages that work on a workspace show the start page until there is one.
#[component]
fn NeedsWorkspace(children: ChildrenFn) -> impl IntoView {
    let state = use_state();
    view! {
        <Show when=move || state.has_workspace() fallback=|| pages::dashboard::Dashboard()>
            {children()}
        </Show>
    }
}
