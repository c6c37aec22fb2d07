//! The Leptos front end. Components only display what the engine returns.

pub mod platform;

use leptos::prelude::*;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    view! { <main id="main-content"><h1>"ILACS Planner"</h1></main> }
}
