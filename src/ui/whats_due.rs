//! "What's due": the next three working days of the plan and where the authority stands, at the
//! top of each plan page. Everything shown comes from `engine::whats_due`, given the browser's
//! "today".

use leptos::prelude::*;

use super::agenda::icon;
use super::app_state::{AppState, View};
use super::nav::ViewLink;
use super::time::DateTime;
use crate::engine::dates::{day_month_year, weekday_name};
use crate::engine::further_info::due_on;
use crate::engine::whats_due::{whats_due, DueDay};
use chrono::Datelike;

/// The strip; nothing at all when the plan has no events yet (no input, or an input the engine
/// refused: the page's own form says why).
#[component]
pub fn WhatsDue() -> impl IntoView {
    let state = AppState::get();
    let section = move || {
        state.plan.with(|p| {
            let plan = p.as_ref().ok().filter(|plan| !plan.events.is_empty())?;
            let (due, requests) = state.calendar.with(|calendar| {
                let due = whats_due(plan, calendar, state.today).ok()?;
                // The further information requests whose response is due each day (issue 25
                // item 8); the first day also lists those already overdue.
                let requests: Vec<Vec<DueRequest>> = state.requests.with(|all| {
                    due.days
                        .iter()
                        .enumerate()
                        .map(|(i, day)| {
                            due_on(calendar, all, day.date, i == 0)
                                .into_iter()
                                .map(|(r, left)| DueRequest {
                                    id: r.id.clone(),
                                    due: r.response_required_by.unwrap_or(day.date),
                                    reason: r.reason.clone(),
                                    overdue: (left < 0).then(|| left.unsigned_abs()),
                                })
                                .collect()
                        })
                        .collect()
                });
                Some((due, requests))
            })?;
            // Only when something is due in the next days: three empty cards would push the
            // answer down the page.
            let nothing = due.days.iter().all(|day| day.events.is_empty())
                && requests.iter().all(Vec::is_empty);
            if nothing {
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
                        {due.days.into_iter().zip(requests).map(|(day, requests)| view! { <Day day=day requests=requests /> }).collect_view()}
                    </ol>
                    {(state.view.get_untracked() != View::Calendar).then(|| view! {
                        <p class="govuk-body-s app-whats-due__more">
                            <ViewLink view=View::Calendar>"See all dates"</ViewLink>
                        </p>
                    })}
                </section>
            }.into_any())
        })
    };
    view! { {move || section()} }
}

/// A further information request whose response is due on a day of the strip.
#[derive(Clone)]
struct DueRequest {
    id: String,
    /// The date the inspector asked for (a weekend date is due the working day before).
    due: chrono::NaiveDate,
    reason: String,
    /// Working days overdue, for one already late.
    overdue: Option<u32>,
}

/// One working day: its weekday as the heading ("Today, Monday"), then each event with its date,
/// then the further information requests due that day.
#[component]
fn Day(day: DueDay, requests: Vec<DueRequest>) -> impl IntoView {
    let weekday = weekday_name(day.date.weekday());
    let heading = if day.is_today {
        format!("Today, {weekday}")
    } else {
        weekday.to_string()
    };
    let requests = requests
        .into_iter()
        .map(|r| {
            view! {
                <li class="app-whats-due__event" data-due-request=r.id.clone()>
                    <span class="app-whats-due__title">
                        {format!("Further information request {}", r.id)}
                        {(!r.reason.is_empty()).then(|| format!(": {}", r.reason))}
                    </span>
                    <span class="app-whats-due__when">
                        "response due "
                        <DateTime date=r.due text=day_month_year(r.due) />
                        {r.overdue.map(|n| format!(" ({n} working day{} overdue)", if n == 1 { "" } else { "s" }))}
                    </span>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let body = if day.events.is_empty() && requests.is_empty() {
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
                {requests}
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
            {body}
        </li>
    }
}
