//! The page's address carries the page on show and every input of the plan (the versioned
//! schema in `app::link`), so a link reproduces the plan and the back button works.

use leptos::prelude::*;

use crate::app::link::{decode_query, encode_query, Decoded, Embed, SharedState};
use crate::ui::platform;
use crate::ui::state::app_state::{AppState, Page};

/// The query string for showing `view` with the current inputs (a link to another page leaves
/// presenter mode behind).
pub fn query_for(state: AppState, page: Page) -> String {
    state.input.with(|input| {
        encode_query(&SharedState {
            page,
            input: input.clone(),
            embed: if state.embed { Embed::App } else { Embed::No },
            training: None,
        })
    })
}

/// Writes the current page and inputs into the address bar.
pub fn write(state: AppState, push: bool) {
    let query = state.input.with_untracked(|input| {
        encode_query(&SharedState {
            page: state.page.get_untracked(),
            input: input.clone(),
            embed: if state.embed { Embed::App } else { Embed::No },
            training: state.training.get_untracked(),
        })
    });
    platform::set_query(&query, push);
}

/// The state in the address the page was opened with (or went back to).
pub fn read() -> Decoded {
    decode_query(&platform::current_query())
}

/// Keeps the address bar in step with the inputs (replacing the entry, so typing a date does not
/// fill the history), and follows the back and forward buttons between pages. Going back changes
/// the page (and leaves or re-enters presenter mode), never the plan: an older address must not
/// undo what the person entered since.
pub fn keep_in_step(state: AppState) {
    Effect::new(move |_| {
        state.input.track();
        write(state, false);
    });
    platform::on_history_change(move |query| {
        let decoded = decode_query(&query).state;
        state.page.set(decoded.page);
        state.training.set(decoded.training);
        write(state, false);
    });
}
