//! Wrapping text areas in editable tables (`textarea.cell-text`) grow to their lines, so that
//! what they hold can be read whole. Where the browser has CSS `field-sizing: content`
//! (Chromium, Firefox) the stylesheet does it and this does nothing; elsewhere (Safari and other
//! WebKit browsers) the directive [`fit_lines`] sets such a field's height from its text when it
//! is drawn and as it is typed in, and a change of the window's size fits them all again.

use leptos::prelude::{document, request_animation_frame, window};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlTextAreaElement};

thread_local! {
    /// The one listener every fitted field shares (it reads the field from the event), made with
    /// the window's resize listener on the first use; `None` where CSS does the fitting.
    static ON_INPUT: Option<Closure<dyn Fn(Event)>> = (!sized_by_css()).then(|| {
        let on_resize = Closure::<dyn Fn()>::new(fit_all);
        let _ = window().add_event_listener_with_callback("resize", on_resize.as_ref().unchecked_ref());
        // Kept for the page's life, as the window's listener is.
        on_resize.forget();
        Closure::<dyn Fn(Event)>::new(|ev: Event| {
            if let Some(area) = ev.target().and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()) {
                fit(&area);
            }
        })
    });
}

fn sized_by_css() -> bool {
    web_sys::css::supports_with_value("field-sizing", "content").unwrap_or(false)
}

/// Directive (`use:fit_lines`) for a wrapping text area in a table.
pub fn fit_lines(el: Element) {
    ON_INPUT.with(|listener| {
        let Some(listener) = listener else { return };
        let _ = el.add_event_listener_with_callback("input", listener.as_ref().unchecked_ref());
        // A field is made before it is in the page, where it has no size to measure yet.
        if let Ok(area) = el.dyn_into::<HtmlTextAreaElement>() {
            request_animation_frame(move || fit(&area));
        }
    });
}

fn fit_all() {
    let Ok(fields) = document().query_selector_all("textarea.cell-text") else {
        return;
    };
    for n in 0..fields.length() {
        if let Some(area) = fields
            .item(n)
            .and_then(|f| f.dyn_into::<HtmlTextAreaElement>().ok())
        {
            fit(&area);
        }
    }
}

/// Sets the field's height to its text's (the stylesheet sizes borders into the height).
fn fit(area: &HtmlTextAreaElement) {
    let style = area.style();
    let _ = style.set_property("height", "auto");
    let borders = area.offset_height() - area.client_height();
    let _ = style.set_property("height", &format!("{}px", area.scroll_height() + borders));
}
