//! The record of requests for further information (the framework's Annex B; F§167, F§245): what
//! inspectors asked for during the inspection, by when, and the local authority's response.
//!
//! Counting follows the calendar's convention (start excluded, end included): a request due on
//! Wednesday has 2 working days left on Monday, is "due today" on Wednesday and 1 working day
//! overdue on Thursday.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::engine::calendar::dates::long_date;
use crate::engine::calendar::{Calendar, CalendarError};
use crate::engine::event::{Citation, CitationKind};

/// Where the record comes from.
pub const SOURCE: Citation = Citation::new(
    "F Annex B",
    "ILACS framework, Annex B (and paragraphs 167 and 245): the lead inspector keeps a record of requests for further information and the local authority's responses",
    CitationKind::Framework,
);

/// Annex B's "type of request".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RequestType {
    #[default]
    Document,
    Information,
}

impl RequestType {
    pub fn label(self) -> &'static str {
        match self {
            RequestType::Document => "Document",
            RequestType::Information => "Information",
        }
    }
}

/// Most requests one plan's record holds. A standard inspection brings a few dozen; the limit
/// keeps a plan file or a long session from slowing the page.
pub const MAX_REQUESTS: usize = 500;

/// Why no more requests can be added.
pub fn request_limit_message() -> String {
    format!("This plan already records {MAX_REQUESTS} requests, the most one plan holds. Download the requests as a spreadsheet, then start a new plan for further requests.")
}

/// One row of the Annex B record. Every field is optional in saved data, so an older or partly
/// filled record still loads; [`validate`] says what is missing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InfoRequest {
    /// Stable id chosen by the UI (unique within the record).
    pub id: String,
    pub requested_by: String,
    #[serde(with = "crate::engine::calendar::dates::iso_opt")]
    pub date_requested: Option<NaiveDate>,
    #[serde(with = "crate::engine::calendar::dates::iso_opt")]
    pub response_required_by: Option<NaiveDate>,
    pub kind: RequestType,
    /// Case ID, if the request is about one child.
    pub case_id: String,
    pub reason: String,
    /// The local authority's response.
    pub response: String,
    #[serde(with = "crate::engine::calendar::dates::iso_opt")]
    pub date_received: Option<NaiveDate>,
}

/// Which field of a request a message is about (for linking an error summary to the form), in
/// the order the form asks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RequestField {
    RequestedBy,
    DateRequested,
    ResponseRequiredBy,
    /// The type of request: a question of the form, which a recorded request always answers.
    Kind,
    Reason,
    DateReceived,
}

/// Why a request cannot be recorded or counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InfoRequestError {
    MissingRequestedBy,
    MissingDateRequested,
    MissingResponseRequiredBy,
    MissingReason,
    /// The response is required before the request was made.
    RequiredBeforeRequested {
        requested: NaiveDate,
        required: NaiveDate,
    },
    /// The response was received before the request was made.
    ReceivedBeforeRequested {
        requested: NaiveDate,
        received: NaiveDate,
    },
    /// A date is outside the years whose bank holidays are known.
    OutOfRange(CalendarError),
}

impl InfoRequestError {
    /// The form field the message belongs to.
    pub fn field(&self) -> RequestField {
        match self {
            InfoRequestError::MissingRequestedBy => RequestField::RequestedBy,
            InfoRequestError::MissingDateRequested => RequestField::DateRequested,
            InfoRequestError::MissingResponseRequiredBy
            | InfoRequestError::RequiredBeforeRequested { .. }
            | InfoRequestError::OutOfRange(_) => RequestField::ResponseRequiredBy,
            InfoRequestError::MissingReason => RequestField::Reason,
            InfoRequestError::ReceivedBeforeRequested { .. } => RequestField::DateReceived,
        }
    }
}

impl fmt::Display for InfoRequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InfoRequestError::MissingRequestedBy => {
                f.write_str("Enter who asked for the information.")
            }
            InfoRequestError::MissingDateRequested => f.write_str("Enter the date requested."),
            InfoRequestError::MissingResponseRequiredBy => {
                f.write_str("Enter the date the response is required by.")
            }
            InfoRequestError::MissingReason => f.write_str("Enter the reason for the request."),
            InfoRequestError::RequiredBeforeRequested {
                requested,
                required,
            } => write!(
                f,
                "The date the response is required by ({}) must be on or after the date requested ({}).",
                long_date(*required),
                long_date(*requested)
            ),
            InfoRequestError::ReceivedBeforeRequested {
                requested,
                received,
            } => write!(
                f,
                "The date received ({}) must be on or after the date requested ({}).",
                long_date(*received),
                long_date(*requested)
            ),
            InfoRequestError::OutOfRange(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for InfoRequestError {}

impl From<CalendarError> for InfoRequestError {
    fn from(e: CalendarError) -> Self {
        InfoRequestError::OutOfRange(e)
    }
}

/// Every problem with a request, in form order (empty when it can be recorded). All are returned
/// at once so an error summary can list them together.
///
/// ```
/// use ilacs_planner::engine::records::further_info::{validate, InfoRequest};
/// let errors = validate(&InfoRequest::default());
/// assert_eq!(errors.len(), 4);
/// assert_eq!(errors[0].to_string(), "Enter who asked for the information.");
/// ```
pub fn validate(request: &InfoRequest) -> Vec<InfoRequestError> {
    let mut errors = Vec::new();
    if request.requested_by.trim().is_empty() {
        errors.push(InfoRequestError::MissingRequestedBy);
    }
    if request.date_requested.is_none() {
        errors.push(InfoRequestError::MissingDateRequested);
    }
    match (request.date_requested, request.response_required_by) {
        (_, None) => errors.push(InfoRequestError::MissingResponseRequiredBy),
        (Some(requested), Some(required)) if required < requested => {
            errors.push(InfoRequestError::RequiredBeforeRequested {
                requested,
                required,
            })
        }
        _ => {}
    }
    if request.reason.trim().is_empty() {
        errors.push(InfoRequestError::MissingReason);
    }
    if let (Some(requested), Some(received)) = (request.date_requested, request.date_received) {
        if received < requested {
            errors.push(InfoRequestError::ReceivedBeforeRequested {
                requested,
                received,
            });
        }
    }
    errors
}

/// Where a request stands on a given day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestStatus {
    /// Open: working days from today to the required date (negative = overdue, 0 = due today).
    /// Answered: working days the answer came before the required date (negative = late).
    pub working_days_remaining: i32,
    pub open: bool,
    /// "2 working days left", "Due today", "1 working day overdue", "Answered on Monday 2 March
    /// 2026".
    pub message: String,
    /// Show highlighted: open and overdue, due today or due on the next working day.
    pub highlight: bool,
}

fn days(n: i32) -> String {
    if n.unsigned_abs() == 1 {
        "1 working day".to_string()
    } else {
        format!("{} working days", n.unsigned_abs())
    }
}

/// The status of `request` on `today`. Needs only the required-by date (and the received date
/// once answered); a request that fails that is reported with the same error [`validate`] gives.
///
/// ```
/// use chrono::NaiveDate;
/// use ilacs_planner::engine::calendar::Calendar;
/// use ilacs_planner::engine::records::further_info::{status, InfoRequest};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let request = InfoRequest {
///     requested_by: "Lead inspector".into(),
///     date_requested: Some(d(2026, 3, 9)),
///     response_required_by: Some(d(2026, 3, 11)),
///     reason: "Chronology for case 123".into(),
///     ..InfoRequest::default()
/// };
/// let s = status(&Calendar::england_and_wales(), &request, d(2026, 3, 9))?;
/// assert_eq!(s.message, "2 working days left");
/// # Ok::<(), ilacs_planner::engine::records::further_info::InfoRequestError>(())
/// ```
pub fn status(
    calendar: &Calendar,
    request: &InfoRequest,
    today: NaiveDate,
) -> Result<RequestStatus, InfoRequestError> {
    let required = request
        .response_required_by
        .ok_or(InfoRequestError::MissingResponseRequiredBy)?;
    // A weekend or holiday date counts as the working day before it: otherwise the count's
    // convention would show "Due today" again on the next working day, when it is already late.
    let required = calendar.working_day_on_or_before(required)?;
    if let Some(received) = request.date_received {
        if let Some(requested) = request.date_requested {
            if received < requested {
                return Err(InfoRequestError::ReceivedBeforeRequested {
                    requested,
                    received,
                });
            }
        }
        let margin = calendar.working_days_between(received, required)?;
        let late = if margin < 0 {
            format!(" ({} late)", days(margin))
        } else {
            String::new()
        };
        return Ok(RequestStatus {
            working_days_remaining: margin,
            open: false,
            message: format!("Answered on {}{late}", long_date(received)),
            highlight: false,
        });
    }
    let left = calendar.working_days_between(today, required)?;
    let message = match left {
        0 => "Due today".to_string(),
        n if n > 0 => format!("{} left", days(n)),
        n => format!("{} overdue", days(n)),
    };
    Ok(RequestStatus {
        working_days_remaining: left,
        open: true,
        message,
        highlight: left <= 1,
    })
}

/// Counts for a heading: (open, of which overdue).
pub fn open_counts(
    calendar: &Calendar,
    requests: &[InfoRequest],
    today: NaiveDate,
) -> (usize, usize) {
    let mut open = 0;
    let mut overdue = 0;
    for r in requests {
        if let Ok(s) = status(calendar, r, today) {
            if s.open {
                open += 1;
                if s.working_days_remaining < 0 {
                    overdue += 1;
                }
            }
        }
    }
    (open, overdue)
}

/// An id for a new request: `R` and one more than the highest `R` number in the record (`R1` for
/// an empty record). Derived from the record, so the engine needs no randomness, and never one
/// already in use. Ids that are not `R` and a number are left alone and skipped over.
///
/// ```
/// use ilacs_planner::engine::records::further_info::{next_id, InfoRequest};
/// let first = InfoRequest { id: next_id(&[]), ..InfoRequest::default() };
/// assert_eq!(first.id, "R1");
/// assert_eq!(next_id(&[first]), "R2");
/// ```
pub fn next_id(requests: &[InfoRequest]) -> String {
    let highest = requests
        .iter()
        .filter_map(|r| r.id.strip_prefix('R')?.parse::<u64>().ok())
        .filter(|n| *n < u64::MAX)
        .max()
        .unwrap_or(0);
    format!("R{}", highest + 1)
}
