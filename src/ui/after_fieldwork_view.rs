//! "After fieldwork": the reports, publication and action plans that follow from the visit and the
//! pathway entered on the other pages.

use leptos::prelude::*;

use super::app_state::{AppState, View};
use super::forecast_view::{ElectionsForm, PublicationForecastPanel};
use super::nav::ViewLink;
use super::plan_section::PlanSection;
use super::record_date::record_control;
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
        <PlanSection section=Section::AfterFieldwork also=vec![Section::Monitoring] empty="Nothing to show yet." record=record_control />
        {move || has_visit().then(|| view! { <ElectionsForm /> })}
    }
}
