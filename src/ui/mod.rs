//! The Leptos front end. Components only display what the engine returns: no date arithmetic
//! happens here.

pub mod pages;
pub mod platform;
pub mod sections;
pub mod state;
pub mod widgets;

use leptos::prelude::*;

use chrono::{Datelike, NaiveDate};

use crate::app::link::Embed;
use crate::app::saved::opening;
use crate::engine::calendar::day_check;
use crate::engine::calendar::Calendar;
use crate::engine::plan::PlanInput;
use crate::ui::pages::nav::{Navigation, PageLink};
use crate::ui::state::app_state::{AppState, Page};
use crate::ui::widgets::month_calendar::MonthCalendar;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let opened = crate::ui::state::url::read();
    if opened.state.embed == Embed::Card {
        return view! { <CardApp link=opened.state.input /> }.into_any();
    }
    let saved = crate::ui::state::autosave::open(&opened.state.input);
    let restored = saved.restored.clone();
    let state = AppState::new(
        crate::ui::platform::today(),
        saved.plans.clone(),
        opened.state.page,
        opened.state.embed.embedded(),
    );
    if state.embed {
        crate::ui::platform::report_height_to_parent();
    }
    crate::ui::state::intranet::answer_parent(state);
    state.link_notes.set(opened.notes);
    state.training.set(opened.state.training);
    provide_context(state);
    provide_context(crate::ui::pages::nav::Preload(
        crate::ui::pages::on_demand::preload,
    ));
    crate::ui::pages::councils::CouncilData::provide();
    let errors = crate::ui::widgets::error_summary::AppErrors(RwSignal::new(Vec::new()));
    provide_context(errors);
    // The tab's title names the page, and says when the page shows errors. A page's errors go
    // when another page is opened.
    Effect::new(move |previous: Option<Page>| {
        let page = state.page.get();
        if previous.is_some_and(|p| p != page) {
            errors.0.set(Vec::new());
        }
        page
    });
    Effect::new(move |_| {
        let has_errors = errors.0.with(|e| !e.is_empty());
        crate::ui::platform::set_title(&crate::app::pages::page_title(
            state.page.get(),
            has_errors,
        ));
    });
    crate::ui::state::url::keep_in_step(state);
    saved.keep_saved(state);

    view! {
        <a href="#main-content" class="govuk-skip-link" on:click=|event| {
            event.prevent_default();
            crate::ui::platform::focus_element("main-content");
        }>"Skip to main content"</a>
        // Presenter mode (training) keeps only the presenter on screen.
        <header class="app-header" hidden=move || state.embed || state.presenting()>
            <div class="app-width-container">
                <span class="app-header__service">
                    <PageLink page=Page::Home>"ILACS Planner"</PageLink>
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
                <crate::ui::widgets::error_summary::ErrorSummary errors=errors.0 />
                <crate::ui::state::autosave::SaveProblems />
                <LinkNotes />
                <crate::ui::state::autosave::RestoreNotice restored=restored />
                // Drawn again when another plan is opened (here or from another tab), so every
                // form shows the open plan.
                {move || {
                    state.open_id.track();
                    match state.page.get() {
                        Page::Home => view! { <HomePage /> }.into_any(),
                        page => view! { <PlanPage page=page /> }.into_any(),
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
            "Work out the dates that follow from Ofsted's framework for inspecting local authority children's services (ILACS)."
        </p>
        // The clear start (issue 25 item 10), above the fold at 1280 and 375 px: the day the
        // phone rings is what most people open the planner for.
        <p class="app-start">
            <PageLink page=Page::Visit>"Ofsted has called: plan the visit"</PageLink>
        </p>
        <p class="govuk-body">
            "Or look further ahead: your inspection pathway and window, the notice week and on-site days of each kind of visit, "
            "when information is due, and when reports and action plans fall."
        </p>
        <ul class="govuk-list app-start-list">
            <li><PageLink page=Page::Visit>"Visit schedule"</PageLink>": the phone call has come, or you want to see what a visit looks like day by day."</li>
            <li><PageLink page=Page::Pathway>"Your pathway"</PageLink>": when your next inspection window opens, and what happens in between."</li>
            <li><PageLink page=Page::AfterFieldwork>"After fieldwork"</PageLink>": reports, publication and action plans."</li>
            <li><PageLink page=Page::AllDates>"All dates"</PageLink>": everything in one calendar."</li>
            <li><PageLink page=Page::Councils>"Councils"</PageLink>": every local authority's last inspection and next window, and how many are inside their window today."</li>
            <li><PageLink page=Page::Training>"Training scenarios"</PageLink>": present an inspection step by step, from the phone call to publication, for a training session."</li>
        </ul>
        <crate::ui::sections::working_day_check::WorkingDayCheck calendar=AppState::get().calendar />
        <MonthOverview calendar=AppState::get().calendar today=AppState::get().today />
    }
}

#[component]
fn PlanPage(page: Page) -> impl IntoView {
    let content = match page {
        Page::Visit => view! { <crate::ui::pages::visit::VisitView /> }.into_any(),
        // Their own layout: the training chooser or presenter (no "what's due": the trainer's
        // own plan is not for the projector; no take-away: the scenario is not the plan), and
        // the print layout, with its own title and without the sections that are for the screen.
        Page::Training | Page::Print | Page::Briefing => {
            return view! { <crate::ui::pages::on_demand::OnDemand page=page /> }.into_any()
        }
        // The national picture is about every authority, not the open plan.
        Page::Councils => {
            return view! {
                <h1 class="govuk-heading-l" id="page-heading" tabindex="-1">{crate::ui::state::app_state::page_heading(page)}</h1>
                <crate::ui::pages::on_demand::OnDemand page=page />
            }
            .into_any()
        }
        _ => view! { <crate::ui::pages::on_demand::OnDemand page=page /> }.into_any(),
    };
    view! {
        <h1 class="govuk-heading-l" id="page-heading" tabindex="-1">{crate::ui::state::app_state::page_heading(page)}</h1>
        // The answer first: the dates the page is opened for, then what is due in the next days
        // (not on the list of saved plans, which is about all of them).
        <crate::ui::sections::key_dates::KeyDates page=page />
        {(page != Page::Plans).then(|| view! { <crate::ui::sections::whats_due::WhatsDue /> })}
        {content}
        // The pages with key dates offer the link in the button group under them.
        {(!matches!(page, Page::Plans | Page::Pathway | Page::Visit | Page::AfterFieldwork))
            .then(|| view! { <crate::ui::sections::share::ShareLink /> })}
        // The plan's calendar files are for its dates; the checklist and requests pages have
        // downloads of their own, and the list of plans is about all of them.
        {matches!(page, Page::Pathway | Page::Visit | Page::AfterFieldwork | Page::AllDates)
            .then(|| view! { <crate::ui::sections::take_away::TakeAway /> })}
        {(page != Page::Plans).then(|| view! { <crate::ui::sections::rules_in_use::RulesInUse /> })}
    }
    .into_any()
}
/// The whole page of a card: the link's plan only. Nothing is read from or written to this
/// browser's saved plans: a card on a home page must not add a plan to them on every visit.
#[component]
fn CardApp(link: PlanInput) -> impl IntoView {
    let plans = opening(None, None, &link, crate::ui::platform::seed()).plans;
    let state = AppState::new(crate::ui::platform::today(), plans, Page::Home, true);
    provide_context(state);
    crate::ui::platform::report_height_to_parent();
    crate::ui::state::intranet::answer_parent(state);
    view! {
        <main id="main-content" class="app-card-page">
            <crate::ui::pages::on_demand::OnDemandCard />
        </main>
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
