//! "Take the dates away": the plan as a calendar file for Outlook, a spreadsheet, or paper. The
//! files are made by the engine's exports; this only offers them for download.

use leptos::prelude::*;

use crate::app::saved::{export_file_name, plan_file_name, SavedPlan};

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
    // What the last download did.
    let message = RwSignal::new(None::<(DatesFormat, Offered)>);
    let offer = move |format: DatesFormat| {
        let filter = filter();
        leptos::task::spawn_local(async move {
            let offered = offer_dates(state, format, filter).await;
            message.set(Some((format, offered)));
        });
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
                <div class="app-button-group" on:pointerover=|_| preload_files() on:focusin=|_| preload_files()>
                    <button type="button" class="govuk-button" on:click=move |_| offer(DatesFormat::Ics)>
                        "Download for Outlook or another calendar (.ics)"
                    </button>
                    <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| offer(DatesFormat::Csv)>
                        "Download as a spreadsheet (.csv)"
                    </button>
                    <PageLink page=Page::Print>"Print the plan (a page for each month)"</PageLink>
                    <PageLink page=Page::Briefing>"Print a one-page briefing for the director and councillors"</PageLink>
                </div>
            </Show>
            <div role="status">{move || message.get().map(|(format, offered)| download_banner(format, offered))}</div>
        </section>
    }
}

/// The two files of the plan's dates.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DatesFormat {
    /// A calendar file for Outlook (.ics).
    Ics,
    /// A spreadsheet (.csv).
    Csv,
}

/// What happened when a file was offered.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Offered {
    /// The browser took the file.
    Done,
    /// The browser refused the download.
    Refused,
    /// The part of the planner that writes files could not be fetched (offline before the
    /// offline copy was made, or the site was replaced while this tab stayed open).
    NotFetched,
    /// There was nothing to offer (no plan, or a plan the engine refused).
    Nothing,
}

impl Offered {
    /// What to say, in words, once a file has been offered.
    pub fn message(self) -> &'static str {
        match self {
            Offered::Done => "The file has been offered to your browser; look in your downloads.",
            Offered::Refused => download_message(false),
            Offered::NotFetched => "The part of the planner that writes files did not arrive. Check the connection and try again; nothing you entered is lost.",
            Offered::Nothing => "There are no dates to take away yet.",
        }
    }
}

/// Offers the plan's dates as a calendar file or a spreadsheet. The files are written by a part
/// fetched on demand (`on_demand::dates_file`), so the exports are not in the first load.
pub async fn offer_dates(state: AppState, format: DatesFormat, filter: EventFilter) -> Offered {
    match crate::ui::pages::on_demand::dates_file(state, format, filter).await {
        Err(_) => Offered::NotFetched,
        Ok(None) => Offered::Nothing,
        Ok(Some((name, mime, text))) if platform::download(&name, mime, &text) => Offered::Done,
        Ok(Some(_)) => Offered::Refused,
    }
}

/// The plan's dates as a file: its name, type and text, made by the engine's exports; `None`
/// when there is no plan. Called only from the part fetched on demand.
pub fn dates_file(
    state: AppState,
    format: DatesFormat,
    filter: EventFilter,
) -> Option<(String, &'static str, String)> {
    let plan_name = open_plan_name(state);
    let plan_key = state.open_plan_id();
    let council = state.input.with_untracked(|i| i.council);
    state.plan.with_untracked(|p| {
        let plan = p.as_ref().ok()?;
        Some(match format {
            DatesFormat::Ics => {
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
            DatesFormat::Csv => (
                export_file_name(&plan_name, "ILACS dates", "csv"),
                "text/csv;charset=utf-8",
                csv_for_council(plan, &filter, council),
            ),
        })
    })
}

/// Starts fetching the part that writes files when someone is about to ask for one (the pointer
/// is over a download button, or one has focus), so the file comes at once on the click.
pub fn preload_files() {
    crate::ui::pages::on_demand::preload_files();
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
fn download_banner(format: DatesFormat, offered: Offered) -> AnyView {
    if offered != Offered::Done {
        return view! { <p class="govuk-body">{offered.message()}</p> }.into_any();
    }
    let (title, steps) = if format == DatesFormat::Ics {
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
/// The file is written by the part fetched on demand that writes the dates' files.
pub async fn offer_file(plan: SavedPlan, say: impl Fn(String)) -> Offered {
    let offered = match crate::ui::pages::on_demand::plan_file(plan.clone()).await {
        Err(_) => Offered::NotFetched,
        Ok(text)
            if platform::download(
                &plan_file_name(&plan.name),
                "application/json;charset=utf-8",
                &text,
            ) =>
        {
            Offered::Done
        }
        Ok(_) => Offered::Refused,
    };
    say(if offered == Offered::Done {
        format!("\u{201c}{}\u{201d} has been offered to your browser as a file; look in your downloads.", plan.name)
    } else {
        offered.message().to_string()
    });
    offered
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
