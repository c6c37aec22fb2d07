//! "All dates": every date of the open plan (pathway, visit and what follows) as a calendar and
//! day by day.

use leptos::prelude::*;

use crate::ui::sections::agenda::{Agenda, RecordControl, WarningSummary};
use crate::ui::sections::calendar_panel::CalendarPanel;
use crate::ui::sections::record_date::record_control;
use crate::ui::state::app_state::AppState;

#[component]
pub fn AllDatesView() -> impl IntoView {
    let state = AppState::get();
    let events = Memo::new(move |_| {
        state.plan.with(|p| {
            p.as_ref()
                .map(|plan| plan.events.clone())
                .unwrap_or_default()
        })
    });
    let warnings = Memo::new(move |_| {
        state.plan.with(|p| {
            p.as_ref()
                .map(|plan| plan.warnings.clone())
                .unwrap_or_default()
        })
    });
    let error = move || state.plan.with(|p| p.as_ref().err().map(|e| e.to_string()));
    view! {
        {move || error().map(|message| view! {
            <div class="govuk-error-summary" role="alert" aria-labelledby="all-dates-problem">
                <h2 class="govuk-error-summary__title" id="all-dates-problem">"There is a problem with the plan"</h2>
                <p class="govuk-body">{message}</p>
            </div>
        }.into_any())}
        <p class="govuk-body">"Every date in the current plan: pathway, visit, and what follows."</p>
        {move || view! { <WarningSummary warnings=warnings.get() /> }}
        <section class="app-section" aria-labelledby="all-calendar-heading">
            <h2 class="govuk-heading-m" id="all-calendar-heading">"Calendar"</h2>
            <CalendarPanel events=events on_pick=None id="all-calendar" />
        </section>
        <section class="app-section" aria-labelledby="all-agenda-heading">
            <h2 class="govuk-heading-m" id="all-agenda-heading">"Day by day"</h2>
            {move || view! { <Agenda events=events.get() warnings=warnings.get() empty="No dates yet. Start on the Your pathway or Visit schedule page." record=Some(record_control as RecordControl) /> }}
        </section>
    }
}
