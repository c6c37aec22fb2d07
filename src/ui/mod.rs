//! The Leptos front end. Components only display what the engine returns: no date arithmetic
//! happens here.

pub mod date_input;
pub mod error_summary;
pub mod month_calendar;
pub mod platform;
pub mod time;
pub mod working_day_check;

use leptos::prelude::*;

use crate::engine::calendar::Calendar;
use working_day_check::WorkingDayCheck;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    // Built once; later an imported official list replaces it.
    let calendar = RwSignal::new(Calendar::england_and_wales());
    view! {
        <a href="#main-content" class="govuk-skip-link">"Skip to main content"</a>
        <header class="app-header">
            <div class="app-width-container">
                <span class="app-header__service">"ILACS Planner"</span>
            </div>
        </header>
        <div class="app-width-container">
            <main id="main-content" class="app-main" tabindex="-1">
                <h1 class="govuk-heading-l">"Plan your ILACS inspection dates"</h1>
                <p class="govuk-body-l">
                    "Work out the dates that follow from Ofsted's framework for inspecting local authority children's services (ILACS): "
                    "your inspection pathway and window, the notice week and on-site days of each kind of visit, "
                    "when information is due, and when reports and action plans fall."
                </p>
                <p class="govuk-body">
                    "Everything runs in this browser. Nothing you enter is sent anywhere."
                </p>
                <WorkingDayCheck calendar=calendar />
            </main>
        </div>
        <footer class="app-footer">
            <div class="app-width-container">
                <p class="govuk-body-s">
                    "Dates are worked out from Ofsted's ILACS framework and GOV.UK's list of bank holidays in England and Wales. "
                    "Check important dates against the framework paragraph shown beside each one."
                </p>
            </div>
        </footer>
    }
}
