//! The day-by-day agenda: each event with its date, time of day, who is involved, what to do, its
//! warnings and its source. Every date is a `<time datetime>` inside the event's `data-event`
//! element.

use leptos::prelude::*;

use crate::engine::calendar::dates::capitalised;
use crate::engine::event::{CitationKind, Event, EventKind, Severity, Warning};
use crate::ui::widgets::time::event_when;

/// A short symbol for each kind of event, always shown beside a text label (never alone).
pub fn icon(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Notification => "☎",
        EventKind::Deadline => "◆",
        EventKind::Call => "☏",
        EventKind::OffSiteEvaluation => "▢",
        EventKind::OnSite => "●",
        EventKind::Feedback => "★",
        EventKind::Report => "✉",
        EventKind::Publication => "▶",
        EventKind::Meeting => "◉",
        EventKind::PlannedEpisode => "◇",
        EventKind::PastEpisode => "◈",
        EventKind::Window => "▮",
        EventKind::Note => "ⓘ",
    }
}

/// A CSS modifier for each kind, for a calm colour accent that is never the only signal.
pub fn kind_class(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Notification => "notification",
        EventKind::Deadline => "deadline",
        EventKind::Call => "call",
        EventKind::OffSiteEvaluation => "off-site",
        EventKind::OnSite => "on-site",
        EventKind::Feedback => "feedback",
        EventKind::Report => "report",
        EventKind::Publication => "publication",
        EventKind::Meeting => "meeting",
        EventKind::PlannedEpisode => "planned",
        EventKind::PastEpisode => "past",
        EventKind::Window => "window",
        EventKind::Note => "note",
    }
}

/// Draws the control that records an event's actual date (`ui::record_date`).
pub type RecordControl = fn(&Event) -> AnyView;

#[component]
pub fn Agenda(
    /// The events to list, in date order.
    events: Vec<Event>,
    /// The plan's warnings; each event shows the ones that concern it.
    warnings: Vec<Warning>,
    /// Shown when there are no events.
    empty: &'static str,
    /// Draws under each event the control to record its actual date (issue 26); given only by
    /// the pages fetched on demand, so its code stays out of the first load.
    #[prop(optional_no_strip)]
    record: Option<RecordControl>,
) -> impl IntoView {
    if events.is_empty() {
        return view! { <p class="govuk-body">{empty}</p> }.into_any();
    }
    view! {
        <ol class="app-agenda">
            {events
                .into_iter()
                .map(|event| {
                    let concerns = Warning::concerning(&warnings, &event.id);
                    let control = record.map(|f| f(&event));
                    view! { <AgendaItem event=event warnings=concerns control=control /> }
                })
                .collect_view()}
        </ol>
    }
    .into_any()
}

#[component]
fn AgendaItem(event: Event, warnings: Vec<Warning>, control: Option<AnyView>) -> impl IntoView {
    let class = format!("app-event app-event--{}", kind_class(event.kind));
    let time = event.time.map(|t| format!(", {}", t.label()));
    let citation = event.citation.clone();
    let kind_note = match citation.kind {
        CitationKind::Framework => None,
        other => Some(format!(" ({})", other.label())),
    };
    let words = event
        .undated
        .as_ref()
        .map(|u| format!(", {} (the framework gives no day)", u.words));
    let have_ready = (!event.have_ready.is_empty()).then(|| {
        view! {
            <p class="app-event__ready">
                <span class="app-event__label">"What to have ready: "</span>
                {event.have_ready.clone()}
            </p>
        }
    });
    // Issue 26: a recorded date reads as recorded; a date moved by one says what it follows.
    let recorded = event.recorded.as_ref().map(|how| {
        view! { <strong class="govuk-tag app-tag--recorded">"Recorded"</strong> " " {capitalised(how)} " " }
    });
    let follows = (!event.follows.is_empty()).then(|| {
        view! {
            <p class="app-event__follows">
                <span class="app-event__label">"Moved: "</span>
                {format!("{}.", event.follows)}
            </p>
        }
    });
    view! {
        <li class=class data-event=event.id.clone()>
            <h3 class="app-event__title">
                <span class="app-event__icon" aria-hidden="true">{icon(event.kind)}</span>
                " "
                {event.title.clone()}
            </h3>
            <p class="app-event__when">
                {recorded}
                {event_when(&event)}
                {words}
                {time}
                <span class="app-event__kind">" · " {event.kind.label()}</span>
            </p>
            {follows}
            <p class="app-event__detail">{event.detail.clone()}</p>
            <p class="app-event__who">
                <span class="app-event__label">"Who: "</span>
                {event.who.to_string()}
            </p>
            {have_ready}
            {warnings
                .into_iter()
                .map(|w| view! { <WarningText warning=w /> })
                .collect_view()}
            {control}
            <details class="govuk-details app-event__source">
                <summary class="govuk-details__summary">
                    <span class="govuk-details__summary-text">
                        "Source: " {citation.source_name().to_string()} {kind_note}
                    </span>
                </summary>
                <div class="govuk-details__text">
                    <p class="govuk-body-s">{citation.in_words()}</p>
                </div>
            </details>
        </li>
    }
}

/// A warning in words, with "Warning" or "Note" spelt out (never colour alone).
#[component]
pub fn WarningText(warning: Warning) -> impl IntoView {
    let (class, word) = match warning.severity {
        Severity::Warning => ("app-warning app-warning--warning", "Warning"),
        Severity::Info => ("app-warning app-warning--info", "Note"),
    };
    view! {
        <p class=class data-warning=warning.id.as_str()>
            <span class="app-warning__icon" aria-hidden="true">"!"</span>
            <strong class="app-warning__word">{word} ": "</strong>
            {warning.message}
        </p>
    }
}

/// All the warnings of a plan (or a part of it), at the top of a page.
#[component]
pub fn WarningSummary(warnings: Vec<Warning>) -> impl IntoView {
    if warnings.is_empty() {
        return ().into_any();
    }
    let count = warnings.len();
    view! {
        <section class="app-warning-summary" aria-labelledby="warning-summary-title">
            <h2 id="warning-summary-title" class="govuk-heading-s">
                {if count == 1 { "1 thing to check".to_string() } else { format!("{count} things to check") }}
            </h2>
            {warnings.into_iter().map(|w| view! { <WarningText warning=w /> }).collect_view()}
        </section>
    }
    .into_any()
}
