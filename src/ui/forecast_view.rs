//! The observed publication forecast in words, and the elections that can hold a report back.
//! The dates and sentences are the engine's; this only lays them out.

use leptos::prelude::*;

use super::app_state::AppState;
use super::date_input::{first_box_id, DateInput, DateParts};
use super::error_summary::{ErrorSummary, FieldError};
use super::time::DateTime;
use crate::engine::dates::DateInputError;

const LOCAL_ID: &str = "local-polling-day";
const GENERAL_ID: &str = "general-election";

/// "Most likely …; three in four are published by …", with why it moved. The dates are
/// `<time>` elements inside `data-forecast-event` (the agenda below owns `data-event`).
#[component]
pub fn PublicationForecastPanel() -> impl IntoView {
    let state = AppState::get();
    let forecast = Memo::new(move |_| {
        state.plan.with(|p| {
            p.as_ref()
                .ok()
                .and_then(|plan| plan.publication_forecast.clone())
        })
    });
    move || {
        forecast.get().map(|f| {
            let by = f.by.as_ref().map(|by| {
                view! {
                    "; three in four are published by "
                    <span data-forecast-event="publication-observed-by"><DateTime date=by.date /></span>
                }
            });
            let reasons = f
                .reasons()
                .into_iter()
                .map(|r| view! { <p class="govuk-body">{r}</p> })
                .collect_view();
            view! {
                <section class="govuk-inset-text" aria-labelledby="forecast-heading" data-forecast="publication">
                    <h2 class="govuk-heading-s" id="forecast-heading">"When the report is likely to be published"</h2>
                    <p class="govuk-body">
                        "Most likely "
                        <span data-forecast-event="publication-observed"><DateTime date=f.likely.date /></span>
                        {by}
                        "."
                    </p>
                    {reasons}
                    <p class="govuk-body-s">
                        "These are estimates, not rules: they come from the publication dates of published ILACS reports (observed), and allow for the Christmas pause, general elections and, if you enter polling day below, your council's local elections. The framework's own date (paragraph 216) is shown beside them."
                    </p>
                </section>
            }
        })
    }
}

/// Polling days that can hold publication back: the council's local elections and a future
/// general election. Both optional.
#[component]
pub fn ElectionsForm() -> impl IntoView {
    let state = AppState::get();
    let local = DateParts::new();
    let general = DateParts::new();
    let (l, g) = state
        .input
        .with_untracked(|i| (i.local_polling_day, i.general_election));
    if let Some(d) = l {
        local.set(d);
    }
    if let Some(d) = g {
        general.set(d);
    }
    let submitted = RwSignal::new(false);
    let summary_errors = RwSignal::new(Vec::<FieldError>::new());

    Effect::new(move |_| {
        let l = local.parse().ok();
        let g = general.parse().ok();
        let changed = state
            .input
            .with_untracked(|i| i.local_polling_day != l || i.general_election != g);
        if changed {
            state.input.update(|i| {
                i.local_polling_day = l;
                i.general_election = g;
            });
        }
    });

    let error_for = move |parts: DateParts, label: &'static str| {
        Signal::derive(move || match parts.parse() {
            Err(DateInputError::Empty) | Ok(_) => None,
            Err(e) => submitted.get().then(|| e.message(label)),
        })
    };
    let local_error = error_for(local, "Local elections polling day");
    let general_error = error_for(general, "General election polling day");
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        submitted.set(true);
        let errors = [
            (LOCAL_ID, local_error.get_untracked()),
            (GENERAL_ID, general_error.get_untracked()),
        ]
        .into_iter()
        .filter_map(|(id, message)| {
            message.map(|message| FieldError {
                field_id: first_box_id(id),
                message,
            })
        })
        .collect();
        summary_errors.set(errors);
    };

    view! {
        <ErrorSummary errors=summary_errors />
        <form novalidate on:submit=on_submit class="app-form">
            <h2 class="govuk-heading-m">"Elections"</h2>
            <DateInput
                id=LOCAL_ID
                label="Does your council have local elections? Polling day (optional)"
                hint="Ofsted does not publish reports on councils holding polls from about four weeks (30 days) before polling day. Leave blank if your council has no polls, for example 7 5 2026."
                parts=local
                error=local_error
            />
            <DateInput
                id=GENERAL_ID
                label="Polling day of a future general election (optional)"
                hint="No reports are published from the dissolution of Parliament until after polling day. The 2019 and 2024 general elections are already known to the planner."
                parts=general
                error=general_error
            />
            <button type="submit" class="govuk-button govuk-button--secondary">"Update the forecast"</button>
        </form>
    }
}

/// Beside the framework's window: the months the next inspection has most often come, in words.
/// The same dates are on the timeline as `next-inspection-likely-from` and `-to`.
#[component]
pub fn NextInspectionPanel() -> impl IntoView {
    let state = AppState::get();
    let forecast = Memo::new(move |_| {
        state.plan.with(|p| {
            p.as_ref()
                .ok()
                .and_then(|plan| plan.next_inspection_forecast.clone())
        })
    });
    move || {
        forecast.get().map(|f| {
            view! {
                <section class="govuk-inset-text" aria-labelledby="next-inspection-heading" data-forecast="next-inspection">
                    <h2 class="govuk-heading-s" id="next-inspection-heading">"When the next inspection has most often come"</h2>
                    <p class="govuk-body">
                        {f.sentence()}
                        " From "
                        <span data-forecast-event="next-inspection-likely-from"><DateTime date=f.earliest /></span>
                        " to "
                        <span data-forecast-event="next-inspection-likely-to"><DateTime date=f.latest /></span>
                        "."
                    </p>
                    <p class="govuk-body-s">"An estimate from the public record of ILACS inspections, not a rule: the framework's window (paragraph 13) is what Ofsted works to."</p>
                </section>
            }
        })
    }
}
