//! "After fieldwork": the reports, publication and action plans that follow from the visit and the
//! pathway entered on the other pages.

use leptos::prelude::*;

use crate::engine::event::Section;
use crate::ui::pages::nav::PageLink;
use crate::ui::sections::forecasts::{ElectionsForm, PublicationForecastPanel};
use crate::ui::sections::plan_section::PlanSection;
use crate::ui::sections::record_date::record_control;
use crate::ui::state::app_state::{AppState, Page};

#[component]
pub fn AfterFieldworkView() -> impl IntoView {
    let state = AppState::get();
    let has_visit = move || state.input.with(|i| i.visit.is_some());
    view! {
        <p class="govuk-body">
            "Reports, publication and action plans follow from the last day of fieldwork of the visit on the "
            <PageLink page=Page::Visit>"Visit schedule"</PageLink>
            " page. For an inadequate authority, the action planning visit and monitoring visits follow from the "
            <PageLink page=Page::Pathway>"pathway"</PageLink>
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
