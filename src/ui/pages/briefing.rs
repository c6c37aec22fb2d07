//! "Inspection briefing": one A4 page for the director of children's services and scrutiny
//! councillors (issue 28). Its lines and their order are `app::briefing`'s; this lays them out,
//! with a print button and a way back on screen only.

use leptos::prelude::*;

use crate::app::briefing::{briefing, Briefing};
use crate::engine::councils::Councils;
use crate::engine::event::Event;
use crate::ui::pages::nav::PageLink;
use crate::ui::platform;
use crate::ui::state::app_state::{page_heading, rule_set, AppState, Page};
use crate::ui::widgets::time::{event_when, DateTime};

fn event_rows(events: Vec<Event>) -> impl IntoView {
    events
        .into_iter()
        .map(|e| {
            view! {
                <tr class="govuk-table__row" data-event=e.id.clone()>
                    <th scope="row" class="govuk-table__header">{e.title.clone()}</th>
                    <td class="govuk-table__cell">{event_when(&e)}</td>
                </tr>
            }
        })
        .collect_view()
}

fn body(b: Briefing) -> impl IntoView {
    let Briefing {
        council,
        pathway,
        key_dates,
        this_week,
        open_requests,
        more_requests,
        national,
        published,
    } = b;
    view! {
        <section class="app-briefing__section" aria-labelledby="briefing-where">
            <h2 class="govuk-heading-s" id="briefing-where">"Where the council is"</h2>
            <p class="govuk-body">{council.unwrap_or_else(|| "No council chosen for this plan.".to_string())}</p>
            {pathway.map(|p| view! { <p class="govuk-body">{p}</p> })}
            {national.map(|n| view! { <p class="govuk-body">{n}</p> })}
        </section>
        <section class="app-briefing__section" aria-labelledby="briefing-dates">
            <h2 class="govuk-heading-s" id="briefing-dates">"Key dates"</h2>
            {if key_dates.is_empty() {
                view! { <p class="govuk-body">"No visit in this plan yet."</p> }.into_any()
            } else {
                view! {
                    <table class="govuk-table app-briefing__table">
                        <caption class="govuk-visually-hidden">"Key dates"</caption>
                        <tbody>{event_rows(key_dates)}</tbody>
                    </table>
                }
                .into_any()
            }}
        </section>
        <section class="app-briefing__section" aria-labelledby="briefing-week">
            <h2 class="govuk-heading-s" id="briefing-week">"To have ready this week"</h2>
            {if this_week.is_empty() {
                view! { <p class="govuk-body">"Nothing falls due in the next three working days."</p> }.into_any()
            } else {
                view! {
                    <table class="govuk-table app-briefing__table">
                        <caption class="govuk-visually-hidden">"Due this week"</caption>
                        <tbody>{event_rows(this_week)}</tbody>
                    </table>
                }
                .into_any()
            }}
        </section>
        <section class="app-briefing__section" aria-labelledby="briefing-requests">
            <h2 class="govuk-heading-s" id="briefing-requests">"Inspectors' requests still open"</h2>
            {if open_requests.is_empty() {
                view! { <p class="govuk-body">"None."</p> }.into_any()
            } else {
                view! {
                    <ul class="govuk-list govuk-list--bullet">
                        {open_requests.into_iter().map(|r| view! {
                            <li>{format!("{}: {}", r.id, r.reason)}{r.due.map(|d| view! { " (due " <DateTime date=d /> ")" })}</li>
                        }).collect_view()}
                        {(more_requests > 0).then(|| view! { <li>{format!("and {more_requests} more")}</li> })}
                    </ul>
                }
                .into_any()
            }}
        </section>
        <section class="app-briefing__section" aria-labelledby="briefing-after">
            <h2 class="govuk-heading-s" id="briefing-after">"After the visit"</h2>
            <p class="govuk-body">
                "The judgement stays confidential until Ofsted publishes the report"
                {published.map(|e| view! { ", expected " <span data-event=e.id.clone()>{event_when(&e)}</span> })}
                ". Read the whole report, not only the grades: a good report still names what to improve, and a critical one still names good practice."
            </p>
        </section>
    }
}

#[component]
pub fn BriefingView() -> impl IntoView {
    let state = AppState::get();
    let today = state.today;
    let content = move || {
        let council = state.input.with(|i| i.council);
        let requests = state
            .plans
            .with(|p| p.current_plan().map(|p| p.requests.clone()))
            .unwrap_or_default();
        let rules = state.input.with(|i| rule_set(&i.rule_set, today));
        state.plan.with(|plan| match plan {
            Err(error) => view! { <p class="govuk-body">{error.to_string()}</p> }.into_any(),
            Ok(plan) => state.calendar.with(|calendar| {
                let all = Councils::built_in();
                body(briefing(
                    plan, council, &requests, &all, rules, calendar, today,
                ))
                .into_any()
            }),
        })
    };
    view! {
        <p class="govuk-body app-print__screen-only">
            {move || {
                let back = state
                    .came_from
                    .get()
                    .filter(|v| matches!(v, Page::Visit | Page::AfterFieldwork))
                    .unwrap_or(Page::Visit);
                view! { <PageLink page=back>{format!("Back to {}", page_heading(back).to_lowercase())}</PageLink> }.into_any()
            }}
        </p>
        <div class="app-briefing">
            <p class="govuk-caption-m">
                {move || state.plans.with(|p| p.current_plan().map(|p| format!("ILACS Planner: {}", p.name))).unwrap_or_default()}
            </p>
            <h1 class="govuk-heading-l" id="page-heading" tabindex="-1">"Inspection briefing"</h1>
            <p class="govuk-body-s">"For the director of children's services and councillors. Printed on " <DateTime date=today /> "."</p>
            <div class="govuk-inset-text app-print__screen-only">
                <p class="govuk-body">"One A4 page. The navigation, buttons and this box are not printed."</p>
                <button type="button" class="govuk-button" on:click=move |_| platform::print()>"Print this briefing"</button>
            </div>
            {content}
        </div>
    }
}
