//! "What's due": the next three working days of the plan and where the authority stands, at the
//! top of each plan page. Everything shown comes from `engine::whats_due`, given the browser's
//! "today".

use leptos::prelude::*;

use super::agenda::icon;
use super::app_state::rule_set;
use super::app_state::{AppState, View};
use super::nav::ViewLink;
use super::time::DateTime;
use crate::engine::annex_a;
use crate::engine::calendar::Calendar;
use crate::engine::dates::{day_month_year, weekday_name};
use crate::engine::error::PlanError;
use crate::engine::plan::Plan;
use crate::engine::whats_due::{
    add_council_work, whats_due, DueDay, DueItem, DueItemKind, WhatsDue,
};
use chrono::Datelike;

/// The strip; nothing at all when the plan has no events yet (no input, or an input the engine
/// refused: the page's own form says why).
#[component]
pub fn WhatsDue() -> impl IntoView {
    let state = AppState::get();
    let section = move || {
        state.plan.with(|p| {
            let plan = p.as_ref().ok().filter(|plan| !plan.events.is_empty())?;
            let due = state
                .calendar
                .with(|calendar| due_with_council_work(&state, plan, calendar))
                .ok()
                // Only when something is due in the next days: three empty cards would push the
                // answer down the page.
                .filter(|due| {
                    due.days
                        .iter()
                        .any(|day| !day.events.is_empty() || !day.items.is_empty())
                })?;
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
                        {due.days.into_iter().map(|day| view! { <Day day=day /> }).collect_view()}
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

/// The plan's next working days with the council's own work on them: the Annex A items still to
/// send (with their owners) and the open further-information requests (issue 26).
fn due_with_council_work(
    state: &AppState,
    plan: &Plan,
    calendar: &Calendar,
) -> Result<WhatsDue, PlanError> {
    let mut due = whats_due(plan, calendar, state.today)?;
    let rows = match &plan.visit {
        Some(visit) => {
            let rules = state
                .input
                .with(|input| rule_set(&input.rule_set, state.today));
            state.checklist.with(|checklist| {
                annex_a::checklist(rules, calendar, visit, checklist, state.today)
            })?
        }
        None => Vec::new(),
    };
    state
        .requests
        .with(|requests| add_council_work(&mut due, calendar, &rows, requests))?;
    Ok(due)
}

/// One working day: its weekday as the heading ("Today, Monday"), then each event with its date.
#[component]
fn Day(day: DueDay) -> impl IntoView {
    let weekday = weekday_name(day.date.weekday());
    let heading = if day.is_today {
        format!("Today, {weekday}")
    } else {
        weekday.to_string()
    };
    let on_site = day
        .on_site
        .map(|words| view! { <p class="app-whats-due__on-site">{words}</p> });
    let body = if day.events.is_empty() && day.items.is_empty() {
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
                {day.items.into_iter().map(|item| view! { <Item item=item /> }).collect_view()}
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

/// An Annex A item or a further-information request in the day's list, with who owns it.
#[component]
fn Item(item: DueItem) -> impl IntoView {
    let (icon, owner_label) = match item.kind {
        DueItemKind::AnnexA => ("◆", "Owner: "),
        DueItemKind::Request => ("?", "Asked by: "),
    };
    let owner = if item.owner.is_empty() {
        match item.kind {
            DueItemKind::AnnexA => "no owner set on the checklist".to_string(),
            DueItemKind::Request => "not recorded".to_string(),
        }
    } else {
        item.owner.clone()
    };
    let when = item.time.map(|t| format!(", {}", t.label()));
    view! {
        <li class="app-whats-due__event app-whats-due__item" data-due-item=item.id.clone()>
            <span class="app-event__icon" aria-hidden="true">{icon}</span>
            " "
            <span class="app-whats-due__title">{item.title.clone()}</span>
            <span class="app-whats-due__when">
                {if item.overdue { "Overdue, response was due " } else { "Due " }}
                <DateTime date=item.date text=day_month_year(item.date) />
                {when}
            </span>
            <span class="app-whats-due__owner">{owner_label}{owner}</span>
        </li>
    }
}
