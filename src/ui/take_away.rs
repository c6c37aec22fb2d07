//! "Take the dates away": the plan as a calendar file for Outlook, a spreadsheet, or paper. The
//! files are made by the engine's exports; this only offers them for download.

use leptos::prelude::*;

use crate::app::saved::export_file_name;

use super::app_state::{AppState, View};
use super::form::{Choice, Radios};
use super::nav::ViewLink;
use super::platform;
use crate::engine::export::{csv_filtered, ics, EventFilter, IcsOptions};

#[component]
pub fn TakeAway() -> impl IntoView {
    let state = AppState::get();
    let choice = RwSignal::new(0usize);
    let filter = move || {
        EventFilter::PRESETS
            .get(choice.get_untracked())
            .cloned()
            .unwrap_or(EventFilter::All)
    };
    let has_events = move || {
        state
            .plan
            .with(|p| p.as_ref().is_ok_and(|p| !p.events.is_empty()))
    };
    // What the last download did: Some((kind, done)).
    let message = RwSignal::new(None::<(&'static str, bool)>);
    let offer = move |kind: &'static str| {
        let plan_name = state
            .plans
            .with_untracked(|p| p.current_plan().map(|p| p.name.clone()))
            .unwrap_or_default();
        let done = state.plan.with_untracked(|p| {
            let Ok(plan) = p else { return false };
            match kind {
                "ics" => {
                    let options = IcsOptions {
                        include: filter(),
                        // The saved plan's id: two plans never share a UID, and exporting the
                        // same plan again (dates moved, or renamed) updates its entries.
                        plan_key: state.open_id.get_untracked().unwrap_or_default(),
                        stamp: platform::now_utc(),
                        calendar_name: plan_name.clone(),
                    };
                    platform::download(
                        &export_file_name(&plan_name, "ILACS dates", "ics"),
                        "text/calendar;charset=utf-8",
                        &ics(plan, &options),
                    )
                }
                _ => platform::download(
                    &export_file_name(&plan_name, "ILACS dates", "csv"),
                    "text/csv;charset=utf-8",
                    &csv_filtered(plan, &filter()),
                ),
            }
        });
        message.set(Some((kind, done)));
    };
    view! {
        <section class="app-section app-take-away" aria-labelledby="take-away-heading">
            <h2 class="govuk-heading-m" id="take-away-heading">"Take the dates away"</h2>
            <Show
                when=has_events
                fallback=|| view! { <p class="govuk-body">"There are no dates to take away yet."</p> }
            >
                <Radios
                    name="export-filter"
                    legend="Which dates?"
                    choices=preset_choices()
                    selected=choice.into()
                    on_pick=Callback::new(move |i| choice.set(i))
                />
                <div class="app-button-group">
                    <button type="button" class="govuk-button" on:click=move |_| offer("ics")>
                        "Download for Outlook or another calendar (.ics)"
                    </button>
                    <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| offer("csv")>
                        "Download as a spreadsheet (.csv)"
                    </button>
                    <ViewLink view=View::Print>"Print the plan (a page for each month)"</ViewLink>
                </div>
                <div role="status">{move || message.get().map(|(kind, done)| download_banner(kind, done))}</div>
            </Show>
        </section>
    }
}

fn preset_choices() -> Vec<Choice<usize>> {
    EventFilter::PRESETS
        .iter()
        .enumerate()
        .map(|(i, f)| Choice {
            value: i,
            label: f.label(),
            hint: None,
        })
        .collect()
}

/// A GOV.UK success banner after a download, with how to get the dates into Outlook; or, when the
/// browser refused, what to try.
fn download_banner(kind: &'static str, done: bool) -> AnyView {
    if !done {
        return view! {
            <p class="govuk-body">"Your browser did not allow the download. Try another browser or ask your IT team."</p>
        }
        .into_any();
    }
    let (title, steps) = if kind == "ics" {
        (
            "The calendar file is in your downloads",
            [
                "In Outlook, open the file (or drag it onto the calendar) and choose to open it as a new calendar or import it into yours.",
                "Downloading the plan again later updates the same entries rather than adding them twice.",
            ],
        )
    } else {
        (
            "The spreadsheet is in your downloads",
            [
                "Open it in Excel: each date is one row, with its time, who is involved and its source.",
                "Each date is given twice, in words and as YYYY-MM-DD, so it sorts and filters as a date.",
            ],
        )
    };
    view! {
        <div class="govuk-notification-banner govuk-notification-banner--success" role="region" aria-labelledby="download-banner-title">
            <h3 class="govuk-notification-banner__title" id="download-banner-title">"Done"</h3>
            <p class="govuk-notification-banner__heading">{title}</p>
            <ul class="govuk-list govuk-list--bullet">
                {steps.map(|s| view! { <li>{s}</li> }).collect_view()}
            </ul>
        </div>
    }
    .into_any()
}
