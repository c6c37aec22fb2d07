//! The Leptos front end. Components only display what the engine returns: no date arithmetic
//! happens here.

pub mod date_input;
pub mod error_summary;
pub mod month_calendar;
pub mod platform;
pub mod time;
pub mod working_day_check;

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use crate::engine::calendar::Calendar;
use crate::engine::day_check;
use month_calendar::MonthCalendar;
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
                {platform::today().map(|today| view! { <MonthOverview calendar=calendar today=today /> })}
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

/// A month at a glance with its bank holidays; choosing a day says whether it is a working day.
#[component]
fn MonthOverview(#[prop(into)] calendar: Signal<Calendar>, today: NaiveDate) -> impl IntoView {
    let shown = RwSignal::new((today.year(), today.month()));
    let focused = RwSignal::new(today);
    let chosen = RwSignal::new(None::<NaiveDate>);
    // Plain text, not `data-event`: the working-day check above owns those ids.
    let answer = move || {
        chosen.get().map(|date| {
            calendar.with(|calendar| match day_check::check(calendar, date) {
                Ok(check) => check.summary(),
                Err(error) => error.to_string(),
            })
        })
    };
    view! {
        <section class="app-section" aria-labelledby="month-overview-heading">
            <h2 id="month-overview-heading" class="govuk-heading-m">"Month at a glance"</h2>
            <MonthCalendar
                id="month-overview"
                shown=shown
                focused=focused
                today=today
                selected=chosen
                calendar=calendar
                on_select=Callback::new(move |date| chosen.set(Some(date)))
            />
            <p class="govuk-body" aria-live="polite">{answer}</p>
        </section>
    }
}
