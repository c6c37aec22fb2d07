//! The browser entry point: install the panic hook, take away the loading frame of
//! `index.html`, then mount the app.

fn main() {
    ilacs_planner::ui::platform::install_panic_hook();
    ilacs_planner::ui::platform::remove_loading_shell();
    leptos::mount::mount_to_body(ilacs_planner::ui::App);
}
