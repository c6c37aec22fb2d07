//! "After fieldwork" and "All dates": pages that show what the other pages' inputs produce.

use leptos::prelude::*;

use super::agenda::{Agenda, WarningSummary};
use super::app_state::{AppState, View};
use super::calendar_panel::CalendarPanel;
use super::forecast_view::{ElectionsForm, PublicationForecastPanel};
use super::nav::ViewLink;
use super::plan_section::PlanSection;
use crate::engine::event::Section;

#[component]
pub fn AfterFieldworkView() -> impl IntoView {
    let state = AppState::get();
    let has_visit = move || state.input.with(|i| i.visit.is_some());
    view! {
        <p class="govuk-body">
            "Reports, publication and action plans follow from the last day of fieldwork of the visit on the "
            <ViewLink view=View::Visit>"Visit schedule"</ViewLink>
            " page. For an inadequate authority, the action planning visit and monitoring visits follow from the "
            <ViewLink view=View::Pathway>"pathway"</ViewLink>
            "."
        </p>
        {move || (!has_visit()).then(|| view! {
            <div class="govuk-inset-text">
                <p class="govuk-body">"No visit is set yet. Set one on the Visit schedule page to see its report and publication dates."</p>
            </div>
        }.into_any())}
        <PublicationForecastPanel />
        <PlanSection section=Section::AfterFieldwork also=vec![Section::Monitoring] empty="Nothing to show yet." />
        {move || has_visit().then(|| view! { <ElectionsForm /> })}
    }
}

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
            {move || view! { <Agenda events=events.get() warnings=warnings.get() empty="No dates yet. Start on the Your pathway or Visit schedule page." /> }}
        </section>
    }
}
