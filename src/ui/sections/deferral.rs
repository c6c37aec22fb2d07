//! "Can the visit be put off?": the framework's guidance on deferral (F§16), from the rule set in
//! use, on the visit page. Text only; nothing here is dated.

use leptos::prelude::*;

use crate::ui::state::app_state::{rule_set, AppState};

#[component]
pub fn DeferralGuidance() -> impl IntoView {
    let state = AppState::get();
    // The rule set in use (its id is in the plan, or the input when the plan has a problem).
    let id = state.plan.with_untracked(|p| match p {
        Ok(plan) => plan.rule_set_id.clone(),
        Err(_) => String::new(),
    });
    let d = rule_set(&id, state.today).council_steps.deferral;
    view! {
        <details class="govuk-details app-deferral">
            <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">"Can the inspection or visit be put off?"</span>
            </summary>
            <div class="govuk-details__text">
                <p class="govuk-body">{d.summary}</p>
                <p class="govuk-body">"Not a reason to defer:"</p>
                <ul class="govuk-list govuk-list--bullet">
                    {d.not_grounds.iter().map(|t| view! { <li>{*t}</li> }).collect_view()}
                </ul>
                <p class="govuk-body">"Situations that might be, if the case is strong:"</p>
                <ul class="govuk-list govuk-list--bullet">
                    {d.grounds.iter().map(|t| view! { <li>{*t}</li> }).collect_view()}
                </ul>
                <p class="govuk-body-s app-citation">"Source: " {d.source.plain_label()} " — " {d.source.text}</p>
            </div>
        </details>
    }
}
