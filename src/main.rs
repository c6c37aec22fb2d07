//! The browser entry point: install the panic hook, then mount the app.

fn main() {
    ilacs_planner::ui::platform::install_panic_hook();
    leptos::mount::mount_to_body(ilacs_planner::ui::App);
}
