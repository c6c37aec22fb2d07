//! The message API for an intranet page that embeds the planner (issue 27; documented in
//! docs/administrators.md): the page asks with `{ type: "ilacs-planner:get-dates" }` and is
//! sent the open plan's dates (`app::intranet::dates_message`), then sent them again whenever
//! the plan changes. `platform` checks who asks and posts the answer.

use leptos::prelude::*;

use crate::app::intranet::dates_message;
use crate::ui::platform;
use crate::ui::state::app_state::AppState;

/// Answers the embedding page's requests for the open plan's dates, and, once it has asked,
/// tells it each time the plan changes. Does nothing when the page is not in a frame.
pub fn answer_parent(state: AppState) {
    if !platform::in_frame() {
        return;
    }
    // The origin of the page that asked; nothing is sent before it asks.
    let asked = RwSignal::new(None::<String>);
    // Read through `try_with`: a message arriving as the page closes must not panic.
    let send = move |origin: &str| {
        state.plan.try_with(|plan| {
            state.input.try_with(|input| {
                platform::post_to_parent(&dates_message(input, plan.as_ref().ok()), origin)
            })
        });
    };
    // Once asked, and again whenever the plan changes.
    Effect::new(move |_| {
        if let Some(origin) = asked.get() {
            send(&origin);
        }
    });
    platform::on_dates_request(move |origin| {
        if asked.try_get_untracked().flatten().as_deref() == Some(origin.as_str()) {
            // Asked again: the effect will not run, so answer here.
            untrack(|| send(&origin));
        } else {
            asked.try_set(Some(origin));
        }
    });
}
