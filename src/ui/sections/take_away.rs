//! "Take the dates away": the plan as a calendar file for Outlook, a spreadsheet, or paper. The
//! files are made by the engine's exports; this only offers them for download.

use leptos::prelude::*;

use crate::app::saved::{export_file_name, plan_file_json, plan_file_name, SavedPlan};

use crate::engine::councils;
use crate::engine::export::{csv_for_council, ics, EventFilter, IcsOptions};
use crate::ui::pages::nav::PageLink;
use crate::ui::platform;
use crate::ui::state::app_state::{AppState, Page};
use crate::ui::widgets::form::{Choice, Radios};

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
        let done = offer_dates(state, kind, filter());
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
                    <PageLink page=Page::Print>"Print the plan (a page for each month)"</PageLink>
                    <PageLink page=Page::Briefing>"Print a one-page briefing for the director and councillors"</PageLink>
                </div>
            </Show>
            <div role="status">{move || message.get().map(|(kind, done)| download_banner(kind, done))}</div>
        </section>
    }
}

/// Offers the plan's dates as a calendar file (`kind` "ics") or a spreadsheet (any other), made by
/// the engine's exports; true when the browser took the file.
pub fn offer_dates(state: AppState, kind: &str, filter: EventFilter) -> bool {
    let plan_name = open_plan_name(state);
    // The file is written first and offered after, outside the plan's borrow.
    let plan_key = state.open_plan_id();
    let council = state.input.with_untracked(|i| i.council);
    let file = state.plan.with_untracked(|p| {
        let plan = p.as_ref().ok()?;
        Some(match kind {
            "ics" => {
                let options = IcsOptions {
                    include: filter.clone(),
                    // The saved plan's id: two plans never share a UID, and exporting the
                    // same plan again (dates moved, or renamed) updates its entries.
                    plan_key,
                    stamp: platform::now_utc(),
                    calendar_name: match council {
                        Some(code) => format!("{plan_name} – {}", councils::label(code)),
                        None => plan_name.clone(),
                    },
                };
                (
                    export_file_name(&plan_name, "ILACS dates", "ics"),
                    "text/calendar;charset=utf-8",
                    ics(plan, &options),
                )
            }
            _ => (
                export_file_name(&plan_name, "ILACS dates", "csv"),
                "text/csv;charset=utf-8",
                csv_for_council(plan, &filter, council),
            ),
        })
    });
    file.is_some_and(|(name, mime, text)| platform::download(&name, mime, &text))
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

/// Offers the plan `plan` as a plan file (the saved plans page, the key dates' "save as a file",
/// and the banner when the browser cannot keep plans), then says what happened through `say`.
pub fn offer_file(plan: &SavedPlan, say: impl Fn(String)) {
    let done = platform::download(
        &plan_file_name(&plan.name),
        "application/json;charset=utf-8",
        &plan_file_json(plan),
    );
    say(if done {
        format!("\u{201c}{}\u{201d} has been offered to your browser as a file; look in your downloads.", plan.name)
    } else {
        download_message(false).to_string()
    });
}

/// The open plan's name, which every download's name starts with (`export_file_name`).
fn open_plan_name(state: AppState) -> String {
    state
        .plans
        .with_untracked(|p| p.current_plan().map(|p| p.name.clone()))
        .unwrap_or_default()
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
    /// What the file holds, for its name in the style of every download:
    /// "<plan name> – Annex A checklist.csv".
    file_what: &'static str,
    /// The button group's class.
    class: &'static str,
    /// The spreadsheet's text; nothing when there is none to offer.
    csv: Callback<(), Option<String>>,
    /// Told what happened, in words, for the page's status line.
    said: Callback<&'static str>,
) -> impl IntoView {
    let state = AppState::get();
    let download = move |_| {
        let file_name = export_file_name(&open_plan_name(state), file_what, "csv");
        let done = csv
            .run(())
            .is_some_and(|text| platform::download(&file_name, "text/csv;charset=utf-8", &text));
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
