//! Keeps the current plan in this browser, so a reload or a closed tab loses nothing. The plan is
//! stored in the same versioned form as a share link (`engine::state`), so one tested reader
//! handles links and saved plans alike, and a damaged copy is never thrown away.

use leptos::prelude::*;

use super::platform;
use super::state::AppState;
use crate::engine::plan::PlanInput;
use crate::engine::state::{decode_query, encode_query, Decoded, SharedState};

/// Where the plan is kept.
pub const PLAN_KEY: &str = "ilacs-planner/plan";
/// A saved plan that could not be read in full, kept exactly as it was.
pub const KEPT_ASIDE_KEY: &str = "ilacs-planner/unreadable-plan";
/// The plan that was saved before a link replaced it.
pub const PREVIOUS_KEY: &str = "ilacs-planner/previous-plan";

/// What happened to the saved plan when the page opened, for the person to see.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Restored {
    /// The saved plan was restored as it was.
    Whole,
    /// Part of the saved plan could not be read; the original text is kept aside.
    Partly(Vec<String>),
    /// A link gave another plan; the saved one is kept, with a link back to it.
    ReplacedByLink { previous_query: String },
}

/// Decides which plan the page opens with: the link's, or else the one saved in this browser.
pub fn opening_state(link: Decoded) -> (Decoded, Option<Restored>) {
    let saved = platform::stored(PLAN_KEY);
    let link_has_plan = link.state.input != PlanInput::default();
    match saved {
        None => (link, None),
        Some(text) if link_has_plan => {
            let saved_input = decode_query(&text).state.input;
            if saved_input == link.state.input || saved_input == PlanInput::default() {
                (link, None)
            } else {
                platform::store(PREVIOUS_KEY, &text);
                let previous = SharedState {
                    view: link.state.view,
                    input: saved_input,
                    embed: link.state.embed,
                    training: link.state.training,
                };
                let restored = Restored::ReplacedByLink {
                    previous_query: encode_query(&previous),
                };
                (link, Some(restored))
            }
        }
        Some(text) => {
            let saved = decode_query(&text);
            let state = SharedState {
                view: link.state.view,
                input: saved.state.input,
                embed: link.state.embed,
                training: link.state.training,
            };
            let restored = if saved.notes.is_empty() {
                Restored::Whole
            } else {
                platform::store(KEPT_ASIDE_KEY, &text);
                Restored::Partly(saved.notes)
            };
            let decoded = Decoded {
                state,
                notes: link.notes,
            };
            (decoded, Some(restored))
        }
    }
}

/// Saves the plan whenever it changes.
pub fn keep_saved(state: AppState) {
    Effect::new(move |_| {
        let query = state.input.with(|input| {
            encode_query(&SharedState {
                input: input.clone(),
                ..SharedState::default()
            })
        });
        platform::store(PLAN_KEY, &query);
    });
}

/// Says what happened to the saved plan (nothing when there is nothing worth saying).
#[component]
pub fn RestoreNotice(restored: Option<Restored>) -> impl IntoView {
    let body = match restored? {
        Restored::Whole => return None,
        Restored::Partly(notes) => view! {
            <h2 class="govuk-notification-banner__title" id="restore-title">"Your saved plan could not be read in full"</h2>
            <ul class="govuk-list">{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            <p class="govuk-body-s">
                "The rest of the plan has been restored. The saved copy, exactly as it was, is kept in this browser under "
                <code>{KEPT_ASIDE_KEY}</code>"; nothing was deleted."
            </p>
        }
        .into_any(),
        Restored::ReplacedByLink { previous_query } => view! {
            <h2 class="govuk-notification-banner__title" id="restore-title">"You opened a link to a plan"</h2>
            <p class="govuk-body">
                "The plan you had before is kept. "
                <a href=format!("?{previous_query}")>"Open the plan you had before"</a>
            </p>
        }
        .into_any(),
    };
    Some(view! {
        <div class="govuk-notification-banner" role="region" aria-labelledby="restore-title">{body}</div>
    })
}
