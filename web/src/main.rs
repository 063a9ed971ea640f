//! Entry point: install the panic hook and mount the app. Nothing else lives here.

mod app;
mod clock;
mod codes;
mod components;
mod fit_lines;
mod focus;
mod i18n;
mod pages;
mod route;
mod state;
mod storage;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
