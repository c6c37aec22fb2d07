//! "Key dates": the answer first. Directly under a plan page's heading, a GOV.UK summary list of
//! the few dates the page is opened for (which ones, their warnings and whether each has passed:
//! `app::key_dates`), each a `<time datetime>` inside an element carrying `data-key-event`, so
//! the day-by-day agenda keeps the page's `data-event` ids unique. Under the list, what to do
//! next: copy the link, add the dates to Outlook, print, save the plan as a file.

use leptos::prelude::*;

use crate::app::key_dates::{elections_note, key_dates, KeyDate, KeyDates as Answer};
use crate::engine::event::Severity;
use crate::engine::export::EventFilter;
use crate::ui::pages::nav::PageLink;
use crate::ui::platform;
use crate::ui::sections::take_away::{self, DatesFormat, Offered};
use crate::ui::state::app_state::{AppState, Page};
use crate::ui::widgets::error_summary::page_errors;
use crate::ui::widgets::time::{event_when, DateTime};

/// The id of the summary's heading, where focus goes after "Show dates".
pub const KEY_DATES_HEADING: &str = "key-dates-heading";

const LINK_BOX: &str = "key-dates-link";

#[component]
pub fn KeyDates(page: Page) -> impl IntoView {
    let state = AppState::get();
    let errors = page_errors();
    let answer = Memo::new(move |_| {
        // The elections answer changes the publication date's note, even when no date moves.
        state.input.track();
        state.plan.with(|p| match p {
            Ok(plan) => key_dates(page, plan, state.today),
            Err(_) => Answer::default(),
        })
    });
    move || {
        // While the questions show errors, the dates of the answers given before are not shown
        // (they no longer answer what is asked).
        if !errors.list.with(Vec::is_empty) {
            return None;
        }
        let Answer { rows, next_step } = answer.get();
        (!rows.is_empty()).then(|| {
            view! {
                <section class="app-key-dates" aria-labelledby=KEY_DATES_HEADING>
                    <h2 class="govuk-heading-m" id=KEY_DATES_HEADING tabindex="-1">"Key dates"</h2>
                    <dl class="govuk-summary-list">
                        {rows.into_iter().map(|row| {
                            let note = state.input.with_untracked(|i| elections_note(i, &row.event.id));
                            view! { <KeyDateRow row=row note=note /> }
                        }).collect_view()}
                    </dl>
                    {next_step.map(|s| view! { <p class="govuk-inset-text" data-next-step="">{s}</p> })}
                    <NextSteps />
                </section>
            }
            .into_any()
        })
    }
}

#[component]
fn KeyDateRow(
    row: KeyDate,
    /// A question not yet answered that could move this date (`app::key_dates::elections_note`).
    note: Option<&'static str>,
) -> impl IntoView {
    let KeyDate {
        event,
        by,
        warnings,
        passed,
    } = row;
    let time = event.time.map(|t| format!(", {}", t.label()));
    let (title, when) = match by {
        // One publication answer: the most likely day and the three-in-four day in one line.
        Some(by) => (
            "Report published (observed estimate)".to_string(),
            view! {
                "Most likely " <DateTime date=event.date /> "; three in four are published by "
                <DateTime date=by.date />
            }
            .into_any(),
        ),
        None => (event.title.clone(), event_when(&event)),
    };
    view! {
        <div class="govuk-summary-list__row" data-key-event=event.id.clone()>
            <dt class="govuk-summary-list__key">{title}</dt>
            <dd class="govuk-summary-list__value">
                {when}
                {time}
                {passed.then(|| view! { " " <strong class="govuk-tag govuk-tag--grey app-passed">"Passed"</strong> })}
                {note.map(|n| view! { <p class="govuk-inset-text app-key-note" data-note="elections">{n}</p> })}
                {warnings.into_iter().map(|w| {
                    let class = if w.severity == Severity::Info { "govuk-inset-text app-key-note" } else { "govuk-warning-text app-key-warning" };
                    view! {
                        <div class=class>
                            {(w.severity != Severity::Info).then(|| view! { <span class="govuk-warning-text__icon" aria-hidden="true">"!"</span> })}
                            <strong class="govuk-warning-text__text">
                                <span class="govuk-visually-hidden">"Warning"</span>
                                {w.message}
                            </strong>
                        </div>
                    }
                }).collect_view()}
            </dd>
        </div>
    }
}

/// What you do next, right under the answer: a GOV.UK button group.
#[component]
fn NextSteps() -> impl IntoView {
    let state = AppState::get();
    let said = RwSignal::new("");
    let link = RwSignal::new(None::<String>);
    let copy = move |_| {
        let url = platform::current_url();
        leptos::task::spawn_local(async move {
            if platform::copy_text(&url).await {
                link.set(None);
                said.set("Link copied. Paste it into an email or a document.");
            } else {
                link.set(Some(url));
                said.set("This browser did not let the planner copy. The link is selected below: press Ctrl and C to copy it.");
                platform::select_text(LINK_BOX);
            }
        });
    };
    let ics = move |_| {
        leptos::task::spawn_local(async move {
            let offered = take_away::offer_dates(state, DatesFormat::Ics, EventFilter::All).await;
            said.set(match offered {
                Offered::Done => "The calendar file is in your downloads. In Outlook, open it (or drag it onto the calendar).",
                other => other.message(),
            });
        });
    };
    let save = move |_| {
        if let Some(plan) = state.plans.with_untracked(|p| p.current_plan().cloned()) {
            leptos::task::spawn_local(async move {
                let offered = take_away::offer_file(plan, |_| {}).await;
                said.set(match offered {
                    Offered::Done => "The plan has been offered to your browser as a file; look in your downloads.",
                    other => other.message(),
                });
            });
        }
    };
    view! {
        <div class="govuk-button-group app-next-steps" on:pointerover=|_| take_away::preload_files() on:focusin=|_| take_away::preload_files()>
            <button type="button" class="govuk-button" on:click=copy>"Copy link to this plan"</button>
            <button type="button" class="govuk-button govuk-button--secondary" on:click=ics>"Add to Outlook (.ics)"</button>
            <PageLink page=Page::Print>"Print the plan"</PageLink>
            <button type="button" class="govuk-button govuk-button--secondary" on:click=save>"Save as a file"</button>
        </div>
        <p class="govuk-body app-success" role="status">{move || said.get()}</p>
        {move || link.get().map(|url| view! {
            <div class="govuk-form-group">
                <label class="govuk-label" for=LINK_BOX>"Link to this plan"</label>
                <input class="govuk-input" id=LINK_BOX type="text" readonly prop:value=url />
            </div>
        })}
    }
}
