//! Keeps every plan in this browser, so a reload or a closed tab loses nothing: the plan's inputs,
//! its Annex A checklist and its further-information requests. The stored form and every rule
//! about reading it (older releases, damaged data, links) are the engine's (`app::saved`); this
//! module only reads and writes the browser's storage.

use leptos::prelude::*;

use super::app_state::AppState;
use super::platform;
use crate::app::saved::{opening, saved_json, OpeningNotice, SavedPlan, SavedPlans};
use crate::engine::plan::PlanInput;

/// Where the saved plans are kept.
pub const PLANS_KEY: &str = "ilacs-planner/plans";
/// Where releases before saved plans kept their one plan (read once, never deleted).
pub const LEGACY_KEY: &str = "ilacs-planner/plan";
/// Saved text that could not be used as it was, kept exactly as it was.
pub const KEPT_ASIDE_KEY: &str = "ilacs-planner/unreadable-plans";

/// What happened to the saved plans when the page opened, for the person to see.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restored {
    pub notice: OpeningNotice,
    /// The storage key the unreadable text was kept under.
    pub kept_under: Option<String>,
}

/// Reads the saved plans and decides which plan the page opens with (the link's, if it gives
/// one, without overwriting any saved plan).
pub fn open(link: &PlanInput) -> (SavedPlans, Option<Restored>) {
    let saved = platform::stored(PLANS_KEY);
    let legacy = platform::stored(LEGACY_KEY);
    let opened = opening(saved.as_deref(), legacy.as_deref(), link, platform::seed());
    let kept_under = opened.kept_aside.as_deref().and_then(keep_aside);
    let restored = opened.notice.map(|notice| Restored { notice, kept_under });
    (opened.plans, restored)
}

/// Stores unreadable text under a key of its own before anything is saved over it: the first of
/// `…/unreadable-plans`, `…-2`, … `…-9` that is free or already holds the same text.
fn keep_aside(text: &str) -> Option<String> {
    let keys = std::iter::once(KEPT_ASIDE_KEY.to_string())
        .chain((2..10).map(|n| format!("{KEPT_ASIDE_KEY}-{n}")));
    for key in keys {
        match platform::stored(&key) {
            Some(existing) if existing != text => continue,
            Some(_) => return Some(key),
            None => return platform::store(&key, text).then_some(key),
        }
    }
    None
}

/// Shows plan `id` in the planner: its inputs, checklist and requests.
pub fn switch_to(state: AppState, id: &str) {
    let plan = state.plans.try_update(|plans| {
        plans.switch_to(id);
        plans.current_plan().cloned()
    });
    if let Some(Some(plan)) = plan {
        show(state, plan);
    }
}

fn show(state: AppState, plan: SavedPlan) {
    state.input.set(plan.state.input);
    state.checklist.set(plan.checklist);
    state.requests.set(plan.requests);
}

/// Shows whichever plan the list says is open (after a plan was deleted or restored).
pub fn show_current(state: AppState) {
    if let Some(plan) = state.plans.with_untracked(|p| p.current_plan().cloned()) {
        show(state, plan);
    }
}

/// Copies every change to the open plan into the list, and saves the list whenever it changes.
pub fn keep_saved(state: AppState) {
    Effect::new(move |_| {
        let input = state.input.get();
        let checklist = state.checklist.get();
        let requests = state.requests.get();
        state.plans.update(|plans| {
            if let Some(plan) = plans.current_plan_mut() {
                plan.state.input = input;
                plan.checklist = checklist;
                plan.requests = requests;
            }
        });
    });
    Effect::new(move |_| {
        let text = state.plans.with(saved_json);
        platform::store(PLANS_KEY, &text);
    });
}

/// Says what happened to the saved plans (nothing when there is nothing worth saying).
#[component]
pub fn RestoreNotice(restored: Option<Restored>) -> impl IntoView {
    let Restored { notice, kept_under } = restored?;
    let body = match notice {
        OpeningNotice::Recovered(message) => view! {
            <h2 class="govuk-notification-banner__title" id="restore-title">"Your saved plans could not be read in full"</h2>
            <p class="govuk-body">{message}</p>
            {kept_under.map(|key| view! {
                <p class="govuk-body-s">"The saved copy, exactly as it was, is kept in this browser under "<code>{key}</code>"."</p>
            })}
        }
        .into_any(),
        OpeningNotice::LinkAdded { name, previous } => view! {
            <h2 class="govuk-notification-banner__title" id="restore-title">"You opened a link to a plan"</h2>
            <p class="govuk-body">"It has been added to your saved plans as \u{201c}"{name}"\u{201d}. Your other plans are kept."</p>
            {previous.map(|(id, previous_name)| {
                let state = AppState::get();
                view! {
                    <p class="govuk-body">
                        <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| {
                            switch_to(state, &id);
                        }>"Go back to \u{201c}"{previous_name}"\u{201d}"</button>
                    </p>
                }
            })}
        }
        .into_any(),
    };
    Some(view! {
        <div class="govuk-notification-banner" role="region" aria-labelledby="restore-title">{body}</div>
    })
}
