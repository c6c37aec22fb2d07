//! The Leptos front end. Components only display what the engine returns: no date arithmetic
//! happens here.

pub mod after_fieldwork_view;
pub mod agenda;
pub mod all_dates_view;
pub mod app_state;
pub mod autosave;
pub mod briefing_view;
pub mod calendar_panel;
pub mod card;
pub mod checklist;
pub mod council_choice;
pub mod councils_view;
pub mod date_input;
pub mod deferral;
pub mod drafts;
pub mod error_summary;
pub mod file_pick;
pub mod forecast_view;
pub mod form;
pub mod intranet;
pub mod key_dates;
pub mod month_calendar;
pub mod nav;
pub mod on_demand;
pub mod pathway_view;
pub mod plan_section;
pub mod plans_view;
pub mod platform;
pub mod print_view;
pub mod record_date;
pub mod requests;
pub mod settings;
pub mod share;
pub mod sheet_back;
pub mod take_away;
pub mod time;
pub mod timeline;
pub mod training;
pub mod url;
pub mod visit_view;
pub mod whats_due;
pub mod whats_due_work;
pub mod working_day_check;

use leptos::prelude::*;

use chrono::{Datelike, NaiveDate};

use crate::app::link::Embed;
use crate::engine::calendar::Calendar;
use crate::engine::day_check;
use app_state::{AppState, View};
use month_calendar::MonthCalendar;
use nav::{Navigation, ViewLink};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let opened = url::read();
    if opened.state.embed == Embed::Card {
        return view! { <card::CardApp link=opened.state.input /> }.into_any();
    }
    let saved = autosave::open(&opened.state.input);
    let restored = saved.restored.clone();
    let state = AppState::new(
        platform::today(),
        saved.plans.clone(),
        opened.state.view,
        opened.state.embed.embedded(),
    );
    if state.embed {
        platform::report_height_to_parent();
    }
    intranet::answer_parent(state);
    state.link_notes.set(opened.notes);
    state.training.set(opened.state.training);
    provide_context(state);
    councils_view::CouncilData::provide();
    let errors = error_summary::AppErrors(RwSignal::new(Vec::new()));
    provide_context(errors);
    // The tab's title names the page, and says when the page shows errors. A page's errors go
    // when another page is opened.
    Effect::new(move |previous: Option<View>| {
        let view = state.view.get();
        if previous.is_some_and(|p| p != view) {
            errors.0.set(Vec::new());
        }
        view
    });
    Effect::new(move |_| {
        let has_errors = errors.0.with(|e| !e.is_empty());
        platform::set_title(&crate::app::pages::page_title(state.view.get(), has_errors));
    });
    url::keep_in_step(state);
    saved.keep_saved(state);

    view! {
        <a href="#main-content" class="govuk-skip-link" on:click=|event| {
            event.prevent_default();
            platform::focus_element("main-content");
        }>"Skip to main content"</a>
        // Presenter mode (training) keeps only the presenter on screen.
        <header class="app-header" hidden=move || state.embed || state.presenting()>
            <div class="app-width-container">
                <span class="app-header__service">
                    <ViewLink view=View::Home>"ILACS Planner"</ViewLink>
                </span>
            </div>
        </header>
        <div class=move || {
            if state.presenting() { "app-width-container app-width-container--presenting" } else { "app-width-container" }
        }>
            <Show when=move || !state.presenting()>
                <Navigation />
            </Show>
            <main id="main-content" class="app-main" tabindex="-1">
                <error_summary::ErrorSummary errors=errors.0 />
                <autosave::SaveProblems />
                <LinkNotes />
                <autosave::RestoreNotice restored=restored />
                // Drawn again when another plan is opened (here or from another tab), so every
                // form shows the open plan.
                {move || {
                    state.open_id.track();
                    match state.view.get() {
                        View::Home => view! { <HomePage /> }.into_any(),
                        view => view! { <PlanPage view=view /> }.into_any(),
                    }
                }}
            </main>
        </div>
        <footer class="app-footer" hidden=move || state.embed || state.presenting()>
            <div class="app-width-container">
                <p class="govuk-body-s">
                    "Dates are worked out from Ofsted's ILACS framework and GOV.UK's list of bank holidays in England and Wales. "
                    "Check important dates against the source shown beside each one. Everything runs in this browser; nothing you enter is sent anywhere."
                </p>
            </div>
        </footer>
    }
    .into_any()
}

#[component]
fn HomePage() -> impl IntoView {
    view! {
        <h1 class="govuk-heading-l" id="page-heading" tabindex="-1">"Plan your ILACS inspection dates"</h1>
        <p class="govuk-body-l">
            "Work out the dates that follow from Ofsted's framework for inspecting local authority children's services (ILACS): "
            "your inspection pathway and window, the notice week and on-site days of each kind of visit, "
            "when information is due, and when reports and action plans fall."
        </p>
        <ul class="govuk-list app-start-list">
            <li><ViewLink view=View::Visit>"Visit schedule"</ViewLink>": the phone call has come, or you want to see what a visit looks like day by day."</li>
            <li><ViewLink view=View::Pathway>"Your pathway"</ViewLink>": when your next inspection window opens, and what happens in between."</li>
            <li><ViewLink view=View::AfterFieldwork>"After fieldwork"</ViewLink>": reports, publication and action plans."</li>
            <li><ViewLink view=View::Calendar>"All dates"</ViewLink>": everything in one calendar."</li>
            <li><ViewLink view=View::Councils>"Councils"</ViewLink>": every local authority's last inspection and next window, and how many are inside their window today."</li>
            <li><ViewLink view=View::Training>"Training scenarios"</ViewLink>": present an inspection step by step, from the phone call to publication, for a training session."</li>
        </ul>
        <working_day_check::WorkingDayCheck calendar=AppState::get().calendar />
        <MonthOverview calendar=AppState::get().calendar today=AppState::get().today />
    }
}

#[component]
fn PlanPage(view: View) -> impl IntoView {
    let content = match view {
        View::Visit => view! { <visit_view::VisitView /> }.into_any(),
        // Their own layout: the training chooser or presenter (no "what's due": the trainer's
        // own plan is not for the projector; no take-away: the scenario is not the plan), and
        // the print layout, with its own title and without the sections that are for the screen.
        View::Training | View::Print | View::Briefing => {
            return view! { <on_demand::OnDemand view=view /> }.into_any()
        }
        // The national picture is about every authority, not the open plan.
        View::Councils => {
            return view! {
                <h1 class="govuk-heading-l" id="page-heading" tabindex="-1">{app_state::view_title(view)}</h1>
                <on_demand::OnDemand view=view />
            }
            .into_any()
        }
        _ => view! { <on_demand::OnDemand view=view /> }.into_any(),
    };
    view! {
        <h1 class="govuk-heading-l" id="page-heading" tabindex="-1">{app_state::view_title(view)}</h1>
        // The answer first: the dates the page is opened for, then what is due in the next days
        // (not on the list of saved plans, which is about all of them).
        <key_dates::KeyDates view=view />
        {(view != View::Plans).then(|| view! { <whats_due::WhatsDue /> })}
        {content}
        // The pages with key dates offer the link in the button group under them.
        {(!matches!(view, View::Plans | View::Pathway | View::Visit | View::AfterFieldwork))
            .then(|| view! { <share::ShareLink /> })}
        // The plan's calendar files are for its dates; the checklist and requests pages have
        // downloads of their own, and the list of plans is about all of them.
        {matches!(view, View::Pathway | View::Visit | View::AfterFieldwork | View::Calendar)
            .then(|| view! { <take_away::TakeAway /> })}
        {(view != View::Plans).then(|| view! { <settings::RulesInUse /> })}
    }
    .into_any()
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
                choose_hint=Some("Press Enter on a day to see whether it is a working day.")
            />
            <p class="govuk-body" aria-live="polite">{move || answer()}</p>
        </section>
    }
}

/// What could not be used from the link: shown, never silently dropped.
#[component]
fn LinkNotes() -> impl IntoView {
    let state = AppState::get();
    let banner = move || {
        let notes = state.link_notes.get();
        (!notes.is_empty()).then(|| {
            view! {
                <div class="govuk-notification-banner" role="region" aria-labelledby="link-notes-title">
                    <h2 class="govuk-notification-banner__title" id="link-notes-title">"Some of this link could not be used"</h2>
                    <ul class="govuk-list">
                        {notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                    </ul>
                    <p class="govuk-body-s">"The rest of the plan is shown as the link gave it."</p>
                </div>
            }.into_any()
        })
    };
    view! { {move || banner()} }
}
