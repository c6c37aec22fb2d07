//! "Print the plan": the whole plan laid out for paper. At the top the title, what the plan was
//! worked out from ([`describe_inputs`]) and the date it was printed; then one page for each month
//! the plan's events touch ([`print_months`]): the month's calendar and its dates as a table. On
//! screen it is the preview, with a print button and a way back; the print styles drop the
//! navigation, header and footer and start each month on a new page.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::engine::calendar::Calendar;
use crate::engine::event::{CitationKind, Event, Warning};
use crate::engine::export::inputs::describe_inputs;
use crate::engine::export::print::{print_months, PrintMonth};
use crate::ui::pages::nav::PageLink;
use crate::ui::platform;
use crate::ui::sections::agenda::{icon, WarningSummary, WarningText};
use crate::ui::sections::calendar_panel::marker;
use crate::ui::state::app_state::{page_heading, rule_set, AppState, Page};
use crate::ui::widgets::month_calendar::{
    day_cells, day_class, day_contents, DayMarker, WeekdayHeadings,
};
use crate::ui::widgets::time::{event_when, DateTime};

#[component]
pub fn PrintView() -> impl IntoView {
    let state = AppState::get();
    let today = state.today;
    let inputs = move || {
        let lines = state.input.with(|input| {
            let rules = rule_set(&input.rule_set, today);
            state
                .calendar
                .with(|calendar| describe_inputs(input, rules, &calendar.coverage()))
        });
        lines
            .into_iter()
            .map(|line| {
                view! {
                    <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">{line.label}</dt>
                        <dd class="govuk-summary-list__value">
                            {line.text}
                            {line.date.map(|date| view! { <DateTime date=date /> })}
                        </dd>
                    </div>
                }
            })
            .collect_view()
    };
    // Everything below the inputs follows the plan; it only changes if the plan does.
    let pages = move || {
        state.plan.with(|plan| match plan {
            Err(error) => view! {
                <div class="govuk-error-summary" role="alert" aria-labelledby="print-problem">
                    <h2 class="govuk-error-summary__title" id="print-problem">"There is a problem with the plan"</h2>
                    <p class="govuk-body">{error.to_string()}</p>
                </div>
            }
            .into_any(),
            Ok(plan) if plan.events.is_empty() => view! {
                <p class="govuk-body">
                    "There are no dates to print yet. Start on the "
                    <PageLink page=Page::Pathway>"Your pathway"</PageLink>
                    " or "
                    <PageLink page=Page::Visit>"Visit schedule"</PageLink>
                    " page."
                </p>
            }
            .into_any(),
            Ok(plan) => {
                let months = print_months(&plan.events);
                let count = months.len();
                let warnings = plan.warnings.clone();
                let pages = state.calendar.with(|calendar| {
                    months
                        .into_iter()
                        .map(|month| month_page(month, today, calendar, &warnings))
                        .collect_view()
                });
                view! {
                    <p class="govuk-body app-print__screen-only">
                        {if count == 1 {
                            "The dates fall in 1 month, printed on a page of its own.".to_string()
                        } else {
                            format!("The dates fall in {count} months, each printed on a page of its own.")
                        }}
                    </p>
                    <WarningSummary warnings=warnings />
                    {pages}
                }
                .into_any()
            }
        })
    };
    view! {
        <p class="govuk-body app-print__screen-only">
            {move || {
                // Back to the page the print view was opened from (All dates when opened from a
                // link).
                let back = state
                    .came_from
                    .get()
                    .filter(|v| !matches!(v, Page::Print | Page::Training))
                    .unwrap_or(Page::AllDates);
                let title = page_heading(back);
                // "Back to all dates", but "Back to Annex A checklist" (a name).
                let text = if title.starts_with("Annex") {
                    format!("Back to {title}")
                } else {
                    format!("Back to {}", title.to_lowercase())
                };
                view! { <PageLink page=back>{text}</PageLink> }.into_any()
            }}
        </p>
        <p class="govuk-caption-l" id="print-plan-name">
            {move || {
                let name = state
                    .plans
                    .with(|p| p.current_plan().map(|p| p.name.clone()))
                    .unwrap_or_default();
                format!("ILACS Planner: {name}")
            }}
        </p>
        <h1 class="govuk-heading-l" id="page-heading" tabindex="-1">"Inspection plan"</h1>
        <p class="govuk-body" id="printed-on">"Printed on " <DateTime date=today /></p>
        <div class="govuk-inset-text app-print__screen-only">
            <p class="govuk-body">
                "This is the plan laid out for paper: what it was worked out from, then a page for each month "
                "with dates in it, showing the month's calendar and its dates day by day with their sources. "
                "The navigation, buttons and this box are not printed."
            </p>
            <button type="button" class="govuk-button" on:click=move |_| platform::print()>
                "Print this page"
            </button>
        </div>
        <section class="app-section app-print-inputs" aria-labelledby="print-inputs-heading">
            <h2 class="govuk-heading-m" id="print-inputs-heading">"Worked out from"</h2>
            <dl class="govuk-summary-list">{move || inputs().into_any()}</dl>
        </section>
        {move || pages()}
    }
}

/// One printed month: its calendar, then its dates as a table.
fn month_page(
    month: PrintMonth,
    today: NaiveDate,
    calendar: &Calendar,
    warnings: &[Warning],
) -> impl IntoView {
    let title = month.grid.title();
    let id = format!("print-{}-{}", month.grid.year, month.grid.month);
    let heading_id = format!("{id}-heading");
    let grid_caption = format!("{id}-calendar");
    let agenda_caption = format!("{id}-dates");
    let (labelled_by, grid_labelled_by, agenda_labelled_by) = (
        heading_id.clone(),
        grid_caption.clone(),
        agenda_caption.clone(),
    );
    let markers: Vec<DayMarker> = month.events.iter().map(marker).collect();
    let weeks = day_cells(&month.grid, today, calendar, &markers)
        .into_iter()
        .map(|week| {
            let days = week
                .into_iter()
                .map(|cell| {
                    let class = day_class(&cell);
                    view! {
                        <td class=class>
                            <div class="app-calendar__cell">{day_contents(cell)}</div>
                        </td>
                    }
                })
                .collect_view();
            view! { <tr>{days}</tr> }
        })
        .collect_view();
    let rows = month
        .events
        .into_iter()
        .map(|event| {
            let concerns = Warning::concerning(warnings, &event.id);
            agenda_row(event, concerns)
        })
        .collect_view();
    view! {
        <section class="app-print-month" aria-labelledby=labelled_by>
            <h2 class="govuk-heading-l app-print-month__title" id=heading_id>{title.clone()}</h2>
            <div class="app-calendar__scroller" role="region" tabindex="0" aria-labelledby=grid_labelled_by>
                <table class="app-calendar__table app-print-month__grid">
                    <caption class="govuk-visually-hidden" id=grid_caption>{format!("{title}: calendar")}</caption>
                    <thead>
                        <WeekdayHeadings />
                    </thead>
                    <tbody>{weeks}</tbody>
                </table>
            </div>
            <div class="app-calendar__scroller" role="region" tabindex="0" aria-labelledby=agenda_labelled_by>
                <table class="govuk-table app-print-agenda">
                    <caption class="govuk-table__caption govuk-table__caption--m" id=agenda_caption>
                        {format!("{title}: day by day")}
                    </caption>
                    <thead class="govuk-table__head">
                        <tr class="govuk-table__row">
                            <th scope="col" class="govuk-table__header">"Date"</th>
                            <th scope="col" class="govuk-table__header">"Time"</th>
                            <th scope="col" class="govuk-table__header">"What happens"</th>
                            <th scope="col" class="govuk-table__header">"Who"</th>
                            <th scope="col" class="govuk-table__header">"Source"</th>
                        </tr>
                    </thead>
                    <tbody class="govuk-table__body">{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// One row of a month's table: the date (a `<time>` in the event's `data-event` row), the time
/// of day, what happens (with its kind and any warnings), who, and the source.
fn agenda_row(event: Event, warnings: Vec<Warning>) -> impl IntoView {
    let citation = &event.citation;
    let source = match citation.kind {
        CitationKind::Framework => citation.source_name().to_string(),
        other => format!("{} ({})", citation.source_name(), other.label()),
    };
    // A step with no day gives its period in words where a time of day would go.
    let when = match &event.undated {
        Some(u) => Some(u.words.clone()),
        None => event.time.map(|t| t.label().to_string()),
    };
    let have_ready = (!event.have_ready.is_empty()).then(
        || view! { <p class="govuk-body-s">"What to have ready: " {event.have_ready.clone()}</p> },
    );
    view! {
        <tr class="govuk-table__row" data-event=event.id.clone()>
            <td class="govuk-table__cell app-print-agenda__date">
                {event_when(&event)}
            </td>
            <td class="govuk-table__cell">{when}</td>
            <td class="govuk-table__cell">
                <span class="app-event__icon" aria-hidden="true">{icon(event.kind)}</span>
                " "
                {event.title.clone()}
                <span class="app-print-agenda__kind">{event.kind.label()}</span>
                {event.actual_words().map(|w| view! { <p class="govuk-body-s app-print-agenda__actual">{w} "."</p> })}
                {warnings.into_iter().map(|w| view! { <WarningText warning=w /> }).collect_view()}
                {have_ready}
            </td>
            <td class="govuk-table__cell">{event.who.to_string()}</td>
            <td class="govuk-table__cell">{source}</td>
        </tr>
    }
}
