//! "Key dates": the answer first. Directly under a plan page's heading, a GOV.UK summary list of
//! the few dates the page is opened for (which ones: `app::pages::key_events`), each a
//! `<time datetime>` inside an element carrying `data-key-event`, so the day-by-day agenda keeps
//! the page's `data-event` ids unique.

use leptos::prelude::*;

use super::app_state::{AppState, View};
use super::time::event_when;
use crate::app::pages::key_events;
use crate::engine::event::Event;

/// The id of the summary's heading, where focus goes after "Show dates".
pub const KEY_DATES_HEADING: &str = "key-dates-heading";

#[component]
pub fn KeyDates(view: View) -> impl IntoView {
    let state = AppState::get();
    let wanted = key_events(view);
    let rows = Memo::new(move |_| {
        state.plan.with(|p| {
            let Ok(plan) = p else { return Vec::new() };
            wanted
                .iter()
                .filter_map(|id| plan.events.iter().find(|e| e.id == *id).cloned())
                .collect::<Vec<Event>>()
        })
    });
    move || {
        let rows = rows.get();
        (!rows.is_empty()).then(|| {
            view! {
                <section class="app-key-dates" aria-labelledby=KEY_DATES_HEADING>
                    <h2 class="govuk-heading-m" id=KEY_DATES_HEADING tabindex="-1">"Key dates"</h2>
                    <dl class="govuk-summary-list">
                        {rows.into_iter().map(|event| view! { <KeyDate event=event /> }).collect_view()}
                    </dl>
                </section>
            }
            .into_any()
        })
    }
}

#[component]
fn KeyDate(event: Event) -> impl IntoView {
    let time = event.time.map(|t| format!(", {}", t.label()));
    let when = event_when(&event);
    view! {
        <div class="govuk-summary-list__row" data-key-event=event.id.clone()>
            <dt class="govuk-summary-list__key">{event.title}</dt>
            <dd class="govuk-summary-list__value">
                {when}
                {time}
            </dd>
        </div>
    }
}
