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
    let message = RwSignal::new(None::<&'static str>);
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
        message.set(Some(download_message(done)));
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
                <p class="govuk-body-s" role="status">{move || message.get()}</p>
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

/// What to say once a file has been offered: the browser took it, or refused.
pub fn download_message(done: bool) -> &'static str {
    if done {
        "The file has been offered to your browser; look in your downloads."
    } else {
        "Your browser did not allow the download. Try another browser or ask your IT team."
    }
}

/// "Download … as a spreadsheet (.csv)" and "Print …", for a page's own record (the checklist,
/// the requests).
#[component]
pub fn SpreadsheetAndPrint(
    /// The record as the buttons name it: "the checklist".
    what: &'static str,
    file_name: &'static str,
    /// The button group's class.
    class: &'static str,
    /// The spreadsheet's text; nothing when there is none to offer.
    csv: Callback<(), Option<String>>,
    /// Told what happened, in words, for the page's status line.
    said: Callback<&'static str>,
) -> impl IntoView {
    let download = move |_| {
        let done = csv
            .run(())
            .is_some_and(|text| platform::download(file_name, "text/csv;charset=utf-8", &text));
        said.run(download_message(done));
    };
    view! {
        <div class=class>
            <button type="button" class="govuk-button govuk-button--secondary" on:click=download>
                {format!("Download {what} as a spreadsheet (.csv)")}
            </button>
            <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| platform::print()>
                {format!("Print {what}")}
            </button>
        </div>
    }
}
