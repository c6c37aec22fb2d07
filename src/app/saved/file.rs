//! The saved-plans text kept in storage, and a single plan as a file to email or keep on a shared
//! drive.

use std::fmt;

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::engine::records::further_info::MAX_REQUESTS;

use super::migrate::{plan_from_raw, present, string_value};
use super::{
    fit_name, SavedPlan, SavedPlans, MAX_PLAN_FILE_BYTES, PLAN_FILE_FORMAT, PLAN_FILE_VERSION,
    SAVED_VERSION, UNTITLED,
};

/// The text to keep in the browser's storage.
///
/// ```
/// use ilacs_planner::app::saved::{saved_json, SavedPlans};
/// assert_eq!(saved_json(&SavedPlans::default()), r#"{"version":1,"plans":[],"current":null}"#);
/// ```
pub fn saved_json(plans: &SavedPlans) -> String {
    let plans = SavedPlans {
        version: SAVED_VERSION,
        ..plans.clone()
    };
    // Serialising plain structs with string keys cannot fail; an empty string would load as a
    // first visit rather than crash the page.
    serde_json::to_string(&plans).unwrap_or_default()
}

#[derive(Serialize)]
struct PlanFileOut<'a> {
    format: &'a str,
    version: u32,
    plan: &'a SavedPlan,
}

/// A plan as a file to email or keep on a shared drive (pretty JSON, so it can be read).
///
/// ```
/// use ilacs_planner::app::saved::{plan_file_json, read_plan_file, SavedPlan};
/// let plan = SavedPlan { id: "plan-1".into(), name: "Spring".into(), ..SavedPlan::default() };
/// let text = plan_file_json(&plan);
/// assert!(text.contains(r#""format": "ilacs-planner-plan""#));
/// assert_eq!(read_plan_file(&text), Ok(plan));
/// ```
pub fn plan_file_json(plan: &SavedPlan) -> String {
    let file = PlanFileOut {
        format: PLAN_FILE_FORMAT,
        version: PLAN_FILE_VERSION,
        plan,
    };
    // As in `saved_json`: cannot fail for these types.
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Why a plan file could not be opened. Messages are for the person who chose the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanFileError {
    /// Larger than [`MAX_PLAN_FILE_BYTES`].
    TooLarge { bytes: usize },
    /// Not JSON at all (perhaps a calendar or spreadsheet export).
    NotJson,
    /// JSON, but not a plan saved by ILACS Planner.
    NotAPlanFile,
    /// Saved by a newer version of ILACS Planner.
    NewerVersion { version: u64 },
    /// An ILACS Planner file whose plan cannot be read (edited or damaged).
    Damaged,
    /// More further-information requests than one plan holds.
    TooManyRequests { count: usize },
}

impl fmt::Display for PlanFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanFileError::TooLarge { bytes } => write!(
                f,
                "The file is too large to be a saved plan ({} KB; a saved plan is a few KB). Choose the .json file that ILACS Planner saved.",
                bytes.div_ceil(1000)
            ),
            PlanFileError::NotJson => write!(
                f,
                "The file is not a saved plan: it is not in the JSON format ILACS Planner saves. Choose the .json file that ILACS Planner saved (not a calendar or spreadsheet export)."
            ),
            PlanFileError::NotAPlanFile => write!(
                f,
                "The file is not an ILACS Planner plan file. Choose a .json file saved from the Saved plans page of ILACS Planner."
            ),
            PlanFileError::NewerVersion { version } => write!(
                f,
                "The plan was saved by a newer version of ILACS Planner (file version {version}), which this version cannot open. Open it with the newer version."
            ),
            PlanFileError::TooManyRequests { count } => write!(
                f,
                "The plan in the file records {count} further-information requests; a plan holds at most {MAX_REQUESTS}. Ask for a copy with fewer requests."
            ),
            PlanFileError::Damaged => write!(
                f,
                "The file is an ILACS Planner plan, but part of it could not be read: it may have been edited or damaged. Ask for a fresh copy."
            ),
        }
    }
}

impl std::error::Error for PlanFileError {}

/// Reads a plan file written by [`plan_file_json`]. The plan keeps the file's id; the UI gives it
/// a new one with [`new_plan_id`] if a saved plan already has it.
///
/// ```
/// use ilacs_planner::app::saved::{read_plan_file, PlanFileError};
/// assert_eq!(read_plan_file("BEGIN:VCALENDAR"), Err(PlanFileError::NotJson));
/// assert_eq!(read_plan_file(r#"{"name":"x"}"#), Err(PlanFileError::NotAPlanFile));
/// ```
pub fn read_plan_file(text: &str) -> Result<SavedPlan, PlanFileError> {
    if text.len() > MAX_PLAN_FILE_BYTES {
        return Err(PlanFileError::TooLarge { bytes: text.len() });
    }
    // Some editors on Windows add a byte order mark when they save.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if serde_json::from_str::<IgnoredAny>(text).is_err() {
        return Err(PlanFileError::NotJson);
    }
    // Read member by member from raw text, as the saved-plans list is (`migrate`), sharing its
    // plan reader; serde_json's `Value` is not needed.
    if !text.trim_start().starts_with('{') {
        return Err(PlanFileError::NotAPlanFile);
    }
    let file: StoredFile<'_> = serde_json::from_str(text).map_err(|_| PlanFileError::Damaged)?;
    if file.format.and_then(string_value).as_deref() != Some(PLAN_FILE_FORMAT) {
        return Err(PlanFileError::NotAPlanFile);
    }
    match file.version.map(|v| serde_json::from_str::<u64>(v.get())) {
        Some(Ok(v)) if v > u64::from(PLAN_FILE_VERSION) => {
            return Err(PlanFileError::NewerVersion { version: v })
        }
        Some(Ok(_)) => {}
        _ => return Err(PlanFileError::Damaged),
    }
    let plan = file.plan.ok_or(PlanFileError::Damaged)?;
    // A plan file's state is read as a link is; parts the reader leaves out are not an error.
    let (mut plan, _) = plan_from_raw(plan).ok_or(PlanFileError::Damaged)?;
    if plan.requests.len() > MAX_REQUESTS {
        return Err(PlanFileError::TooManyRequests {
            count: plan.requests.len(),
        });
    }
    plan.name = fit_name(&plan.name);
    if plan.name.is_empty() {
        plan.name = UNTITLED.to_string();
    }
    Ok(plan)
}

/// A plan file's members, each as its raw text (`None`: absent).
#[derive(Deserialize)]
struct StoredFile<'a> {
    #[serde(borrow, default, deserialize_with = "present")]
    format: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    version: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    plan: Option<&'a RawValue>,
}

/// A file name for saving plan `name`: letters and digits kept, runs of anything else made one
/// hyphen, ending `.ilacs-plan.json` so the file says what it is.
///
/// ```
/// use ilacs_planner::app::saved::plan_file_name;
/// assert_eq!(plan_file_name("Spring 2026: \"what if\""), "spring-2026-what-if.ilacs-plan.json");
/// assert_eq!(plan_file_name("???"), "plan.ilacs-plan.json");
/// ```
pub fn plan_file_name(name: &str) -> String {
    let mut stem = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            stem.push(c.to_ascii_lowercase());
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
    }
    let stem = stem.trim_end_matches('-');
    let stem = if stem.is_empty() { "plan" } else { stem };
    format!("{stem}.ilacs-plan.json")
}

/// The name of a download made from plan `name`: `<plan name> – <what>.<extension>`, with the
/// characters Windows refuses in file names left out, so each plan's files are told apart in
/// the downloads folder.
///
/// ```
/// use ilacs_planner::app::saved::export_file_name;
/// assert_eq!(export_file_name("Spring: \"what if\"", "ILACS dates", "ics"), "Spring what if \u{2013} ILACS dates.ics");
/// assert_eq!(export_file_name("???", "ILACS dates", "csv"), "ILACS dates.csv");
/// ```
pub fn export_file_name(name: &str, what: &str, extension: &str) -> String {
    let cleaned: String = name
        .chars()
        .filter(|c| {
            !matches!(c, '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*') && !c.is_control()
        })
        .collect();
    let cleaned = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    let cleaned = cleaned.trim_matches('.');
    if cleaned.is_empty() {
        format!("{what}.{extension}")
    } else {
        format!("{cleaned} \u{2013} {what}.{extension}")
    }
}
