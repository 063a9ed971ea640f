//! Putting the keyboard focus on an element that a change has just drawn anew (a moved matrix
//! point, the link that replaced a pressed button): the element that had the focus is gone, and
//! without this the focus would fall back to the top of the page.

use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// Focuses the first element matching `selector`, an HTML or an SVG one; nothing if none matches.
pub fn focus_matching(selector: &str) {
    let Ok(Some(el)) = document().query_selector(selector) else {
        return;
    };
    if let Some(html) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.focus();
    } else if let Some(svg) = el.dyn_ref::<web_sys::SvgElement>() {
        let _ = svg.focus();
    }
}
