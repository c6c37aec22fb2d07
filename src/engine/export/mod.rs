//! Exports of a plan as text files: iCalendar ([`ics`]) for Outlook, Google and Apple calendars,
//! and CSV ([`csv`]) for Excel. Each is a pure function from a [`Plan`] to a string; the UI only
//! offers the string as a download.
//!
//! Both formats are written by hand. Their rules (escaping, folding, quoting) fit in a few dozen
//! lines that are tested line by line, while a crate for each would add to the WebAssembly bundle
//! the browser downloads.

pub mod inputs;
pub mod print;

mod csv;
mod ics;

pub use self::csv::{
    checklist_csv, csv, csv_filtered, csv_for_council, neutralised, requests_csv, row as csv_row,
    CHECKLIST_CSV_HEADER, COUNCIL_COLUMNS, CSV_HEADER, REQUESTS_CSV_HEADER,
};
pub use self::ics::{fieldwork_weeks, ics, IcsOptions};

use serde::{Deserialize, Serialize};

use crate::engine::event::{Event, EventKind, Section};
use crate::engine::plan::Plan;

/// Which events an export includes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "type", content = "ids")]
pub enum EventFilter {
    /// Every event of the plan.
    #[default]
    All,
    /// What the local authority must do or be ready for: the notification and every deadline
    /// (information due, comments due, action plans, self-evaluations).
    LaDeadlines,
    /// Days with the inspectors: the notification, calls, on-site days and feedback.
    OnSiteAndCalls,
    /// Reports and letters sent, publication, and notes about them.
    Reports,
    /// The longer view: the last inspection, window, monitoring visits, re-inspection, annual
    /// engagement meetings and other episodes.
    Longer,
    /// Exactly these event ids (the user ticked them).
    Only(Vec<String>),
}

impl EventFilter {
    /// The choices offered on screen (`Only` is built from ticked events instead).
    pub const PRESETS: [EventFilter; 5] = [
        EventFilter::All,
        EventFilter::LaDeadlines,
        EventFilter::OnSiteAndCalls,
        EventFilter::Reports,
        EventFilter::Longer,
    ];

    /// A label for the screen.
    pub fn label(&self) -> &'static str {
        match self {
            EventFilter::All => "All dates",
            EventFilter::LaDeadlines => "Local authority deadlines",
            EventFilter::OnSiteAndCalls => "Calls and on-site days",
            EventFilter::Reports => "Reports and publication",
            EventFilter::Longer => "Pathway, monitoring and engagement",
            EventFilter::Only(_) => "Chosen dates",
        }
    }

    /// Whether the export includes `event`.
    ///
    /// ```
    /// use ilacs_planner::engine::export::EventFilter;
    /// use ilacs_planner::engine::event::{Citation, CitationKind, Event, EventKind, Section};
    /// let e = Event {
    ///     id: "case-information-due".into(),
    ///     section: Section::Visit,
    ///     kind: EventKind::Deadline,
    ///     date: chrono::NaiveDate::from_ymd_opt(2026, 3, 5).unwrap(),
    ///     time: None,
    ///     title: "Case information due".into(),
    ///     detail: String::new(),
    ///     who: "".into(),
    ///     citation: Citation::new("Annex A", "Annex A", CitationKind::Framework),
    ///     warnings: vec![],
    ///     estimate: false,
    ///     undated: None,
    ///     have_ready: String::new(),
    ///     span: None,
    ///     recorded: None,
    ///     follows: String::new(),
    /// };
    /// assert!(EventFilter::LaDeadlines.matches(&e));
    /// assert!(!EventFilter::OnSiteAndCalls.matches(&e));
    /// ```
    pub fn matches(&self, event: &Event) -> bool {
        use EventKind as K;
        match self {
            EventFilter::All => true,
            EventFilter::LaDeadlines => matches!(event.kind, K::Deadline | K::Notification),
            // A meeting during the notice week or fieldwork (F§76, F§139) is a day with the
            // inspectors, not part of the longer view.
            EventFilter::OnSiteAndCalls => {
                matches!(
                    event.kind,
                    K::Notification | K::Call | K::OnSite | K::Feedback
                ) || (event.kind == K::Meeting && event.section == Section::Visit)
            }
            EventFilter::Reports => matches!(event.kind, K::Report | K::Publication | K::Note),
            EventFilter::Longer => {
                matches!(
                    event.kind,
                    K::Window | K::PlannedEpisode | K::PastEpisode | K::Meeting
                ) && !(event.kind == K::Meeting && event.section == Section::Visit)
            }
            EventFilter::Only(ids) => ids.contains(&event.id),
        }
    }
}

/// The warning messages that concern `event`.
fn warnings_for<'a>(plan: &'a Plan, event: &'a Event) -> impl Iterator<Item = &'a str> {
    plan.warnings
        .iter()
        .filter(move |w| w.events.contains(&event.id))
        .map(|w| w.message.as_str())
}

/// The citation as one line, in the words the screen uses (`Citation::in_words`) and its kind:
/// "Ofsted ILACS framework, paragraph 73: notification by 9.30am (framework)".
fn source_line(event: &Event) -> String {
    format!(
        "{} ({})",
        event.citation.in_words(),
        event.citation.kind.label()
    )
}
