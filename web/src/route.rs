//! Hash routing: `#/register?kind=corrective_action`. The hash never reaches the server, so
//! every page survives a reload from any sub-path (GitHub Pages serves only `index.html`), and
//! filters in the query make shared links reproduce what the sender saw.

use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    Dashboard,
    Register,
    NewItem,
    Item(String),
    Prioritise,
    Records,
    Matrix,
    Objectives,
    People,
    Data,
    Review,
    /// A management review recorded as held.
    HeldReview(String),
    Gap,
    GapResults,
    Workspaces,
    NotFound(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub page: Page,
    pub query: Vec<(String, String)>,
}

impl Route {
    pub fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
    }
}

fn encode(text: &str) -> String {
    js_sys::encode_uri_component(text)
        .as_string()
        .unwrap_or_default()
}

/// The hash for a path and its query; empty values are left out.
pub fn href(path: &str, query: &[(&str, String)]) -> String {
    let mut out = format!("#/{path}");
    let pairs: Vec<String> = query
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect();
    if !pairs.is_empty() {
        out.push('?');
        out.push_str(&pairs.join("&"));
    }
    out
}

pub fn item_href(id: &str) -> String {
    format!("#/item/{}", encode(id))
}

/// The hash of item `id`'s page with a query (the tab and step shown); empty values left out.
pub fn item_href_with(id: &str, query: &[(&str, String)]) -> String {
    href(&format!("item/{}", encode(id)), query)
}

pub fn held_review_href(id: &str) -> String {
    format!("#/review/{}", encode(id))
}

fn decode(text: &str) -> String {
    // Most parts have nothing to decode (a typed filter's own address is parsed back at every
    // keystroke); the general path, run for the first time within one, cost it ~6 ms.
    if !text.contains(['%', '+']) {
        return text.to_owned();
    }
    js_sys::decode_uri_component(&text.replace('+', " "))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| text.to_owned())
}

/// Parses a location hash such as `#/register?q=backup`.
pub fn parse(hash: &str) -> Route {
    let body = hash.trim_start_matches('#').trim_start_matches('/');
    let (path, query) = body.split_once('?').unwrap_or((body, ""));
    let query = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect();
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let page = match segments.as_slice() {
        [] | ["dashboard"] => Page::Dashboard,
        ["register"] => Page::Register,
        ["new"] => Page::NewItem,
        ["item", id] => Page::Item(decode(id)),
        ["prioritise"] => Page::Prioritise,
        ["records"] => Page::Records,
        ["matrix"] => Page::Matrix,
        ["objectives"] => Page::Objectives,
        ["people"] => Page::People,
        ["data"] => Page::Data,
        ["review"] => Page::Review,
        ["review", id] => Page::HeldReview(decode(id)),
        ["gap"] => Page::Gap,
        ["gap-results"] => Page::GapResults,
        ["workspaces"] => Page::Workspaces,
        _ => Page::NotFound(path.to_owned()),
    };
    Route { page, query }
}

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Goes to `hash`; `replace` keeps the history clean while typing in a filter. Nothing while the
/// page is being left (see [`provide`]).
pub fn navigate(hash: &str, replace: bool) {
    if LEAVING.get() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    if replace {
        if let Ok(history) = window.history() {
            // The entry keeps its state: it is how `first_visit_of_entry` knows it.
            let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
            // Safari and Firefox refuse replaceState beyond about a hundred calls in a few
            // seconds (fast typing in a filter); then the address is set the ordinary way below,
            // so the filter still applies, at the cost of history entries.
            if history
                .replace_state_with_url(&state, "", Some(hash))
                .is_ok()
            {
                // replaceState fires no hashchange: tell the router directly. (Not by sending a
                // hashchange event: that costs a typed filter's keystroke a few milliseconds.)
                if let Some(route) = ROUTE.get() {
                    let _ = route.try_set(parse(hash));
                }
                return;
            }
        }
    }
    let _ = window.location().set_hash(hash);
}

/// Whether the browser's current history entry is shown for the first time, marking it as seen.
/// A page reached by a link starts at its top; one reached by Back or Forward is where the
/// browser's own scroll restoration puts it. A new entry's state is null; ours is `true`.
pub fn first_visit_of_entry() -> bool {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return false;
    };
    let seen = entry_seen_before();
    if !seen {
        let _ = history.replace_state(&wasm_bindgen::JsValue::TRUE, "");
    }
    !seen
}

/// Whether the browser's current history entry was shown before (so Back, Forward or a reload
/// led to it, and the browser restores where it was scrolled), without marking it.
pub fn entry_seen_before() -> bool {
    web_sys::window()
        .and_then(|w| w.history().ok())
        .and_then(|history| history.state().ok())
        .is_some_and(|state| !state.is_null() && !state.is_undefined())
}

thread_local! {
    /// The route signal, for `navigate`, which key handlers call outside any component's context.
    static ROUTE: std::cell::Cell<Option<RwSignal<Route>>> = const { std::cell::Cell::new(None) };
    /// Set while the page being left commits its focused field.
    static LEAVING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The route signal, kept in step with the address bar.
pub fn provide() -> RwSignal<Route> {
    let route = RwSignal::new(parse(&current_hash()));
    ROUTE.set(Some(route));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let next = parse(&current_hash());
        // Leaving a page (Back, Forward, a typed address) with a field still focused: the field
        // commits what was typed in it now, while it is alive. Chromium would fire its blur once
        // it is removed, when its page's state is already gone. A field whose value lives in the
        // address (the review's period) must not move it then: the browser has already gone to
        // the next entry, which it would overwrite.
        if route.with_untracked(|now| now.page != next.page) {
            LEAVING.set(true);
            crate::components::field::leave_focused_field();
            LEAVING.set(false);
        }
        route.set(next)
    });
    on_cleanup(move || handle.remove());
    provide_context(route);
    route
}

pub fn use_route() -> RwSignal<Route> {
    expect_context::<RwSignal<Route>>()
}
