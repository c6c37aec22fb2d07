//! The page's URL: which page is on show. (The full plan in the URL is a later step.)

use super::platform;
use super::state::{AppState, View};

/// The query string for showing `view` with the current inputs.
pub fn query_for(_state: AppState, view: View) -> String {
    format!("view={}", view.slug())
}

/// Writes the current page into the address bar.
pub fn write(state: AppState, push: bool) {
    platform::set_query(&query_for(state, state.view.get_untracked()), push);
}

/// The page named in a query string; the start page when none or unknown.
pub fn view_from_query(query: &str) -> View {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == "view")
        .and_then(|(_, value)| View::from_slug(value))
        .unwrap_or(View::Home)
}

use leptos::prelude::GetUntracked;
