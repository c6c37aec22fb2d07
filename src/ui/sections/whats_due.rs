//! "What's due": the next three working days of the plan and where the authority stands, at the
//! top of each plan page. Everything shown comes from `engine::plan::whats_due`, given the browser's
//! "today".

use leptos::prelude::*;

use crate::engine::calendar::dates::{day_month_year, weekday_name};
use crate::engine::plan::whats_due::{whats_due, DueDay};
use crate::engine::records::annex_a::untouched_items_due;
use crate::ui::pages::nav::PageLink;
use crate::ui::sections::agenda::icon;
use crate::ui::state::app_state::{rule_set, AppState, Page};
use crate::ui::widgets::time::DateTime;
use chrono::Datelike;

/// The strip; nothing at all when the plan has no events yet (no input, or an input the engine
/// refused: the page's own form says why).
#[component]
pub fn WhatsDue() -> impl IntoView {
    let state = AppState::get();
    let section = move || {
        // A checklist worked on or an open request: the council's own work, fetched on demand.
        let on_the_go = state.checklist.with(|c| !c.items.is_empty())
            || state
                .requests
                .with(|r| r.iter().any(|r| r.date_received.is_none()));
        state.plan.with(|p| {
            let plan = p.as_ref().ok().filter(|plan| !plan.events.is_empty())?;
            let due = state
                .calendar
                .with(|calendar| whats_due(plan, calendar, state.today))
                .ok()?;
            // On the day of the call nobody may have opened the checklist yet, but its items
            // are due: the days' own events say whether any falls on them (the Annex A table's
            // milestones), and only then is the part with the item table fetched.
            let work = on_the_go
                || plan.visit.as_ref().is_some_and(|visit| {
                    let rules = state.input.with(|i| rule_set(&i.rule_set, state.today));
                    let ids = due.days.iter().flat_map(|day| &day.events).map(|e| e.id.as_str());
                    untouched_items_due(rules, visit.kind, ids)
                });
            // Only when something is due in the next days (three empty cards would push the
            // answer down the page), or the council has work on the go: its items come in a
            // part fetched on demand, so which days they fall on is known only there.
            if !work && due.days.iter().all(|day| day.events.is_empty()) {
                return None;
            }
            let sentences: Vec<String> =
                due.position.into_iter().chain(due.visit_position).collect();
            Some(view! {
                <section class="app-whats-due" id="whats-due" aria-labelledby="whats-due-heading">
                    <h2 class="govuk-heading-m" id="whats-due-heading">"What's due"</h2>
                    {sentences
                        .into_iter()
                        .map(|s| view! { <p class="govuk-body app-whats-due__position">{s}</p> })
                        .collect_view()}
                    <ol class="app-whats-due__days">
                        {due.days.into_iter().enumerate().map(|(i, day)| view! { <Day day=day first=i == 0 work=work /> }).collect_view()}
                    </ol>
                    {(state.page.get_untracked() != Page::AllDates).then(|| view! {
                        <p class="govuk-body-s app-whats-due__more">
                            <PageLink page=Page::AllDates>"See all dates"</PageLink>
                        </p>
                    })}
                </section>
            }.into_any())
        })
    };
    view! { {move || section()} }
}

/// One working day: its weekday as the heading ("Today, Monday"), then each event with its date,
/// then the council's own work due that day (Annex A items and further information requests).
#[component]
fn Day(
    day: DueDay,
    /// The first day shown (it also lists requests already overdue).
    first: bool,
    /// The plan has a checklist someone worked on, an open request, or Annex A items due on the
    /// days shown: the day's Annex A items and requests are drawn by a part fetched on demand. A
    /// visit link carries no checklist or request, so it fetches no part unless items are due.
    work: bool,
) -> impl IntoView {
    let weekday = weekday_name(day.date.weekday());
    let heading = if day.is_today {
        format!("Today, {weekday}")
    } else {
        weekday.to_string()
    };
    let on_site = day
        .on_site
        .map(|words| view! { <p class="app-whats-due__on-site">{words}</p> });
    // A day with no framework step: the council's work part says so when it has nothing either.
    let alone = day.events.is_empty();
    let body = if alone && !work {
        view! {
            <p class="app-whats-due__nothing">
                "Nothing due on " <DateTime date=day.date text=day_month_year(day.date) /> "."
            </p>
        }
        .into_any()
    } else {
        view! {
            <ul class="app-whats-due__events">
                {day
                    .events
                    .into_iter()
                    .map(|e| {
                        let when = e.time.map(|t| format!(", {}", t.label()));
                        view! {
                            <li class="app-whats-due__event" data-due-event=e.id.clone()>
                                <span class="app-event__icon" aria-hidden="true">{icon(e.kind)}</span>
                                " "
                                <span class="app-whats-due__title">{e.title.clone()}</span>
                                <span class="app-whats-due__when">
                                    <DateTime date=e.date text=e.estimate_words().unwrap_or_else(|| day_month_year(e.date)) />
                                    {when}
                                    {e.estimate.then_some(" (estimate)")}
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
                {work.then(|| view! { <crate::ui::pages::on_demand::OnDemandCouncilWork date=day.date first=first alone=alone /> })}
            </ul>
        }
        .into_any()
    };
    let class = if day.is_today {
        "app-whats-due__day app-whats-due__day--today"
    } else {
        "app-whats-due__day"
    };
    view! {
        <li class=class>
            <h3 class="govuk-heading-s app-whats-due__weekday">{heading}</h3>
            {on_site}
            {body}
        </li>
    }
}
