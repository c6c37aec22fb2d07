//! Saved plans: the list kept in the browser's storage, and single plans saved as files.
//!
//! Saved data outlives the code that wrote it, so reading it never fails and never throws data
//! away:
//! - anything that cannot be used as it is comes back in [`LoadOutcome::kept_aside`] for the UI to
//!   store under another key, with a plain-English message;
//! - older shapes are migrated (version 0, before saved plans had a schema: the app kept one plan's
//!   state as a bare [`SharedState`] or [`PlanInput`] object);
//! - every struct is `#[serde(default)]` and unknown fields are ignored, so later releases can add
//!   fields (issue 7: per-plan checklist and requests) without a version bump. Bump
//!   [`SAVED_VERSION`] only when an existing field changes meaning, and add a migration here.
//!
//! The engine has no source of randomness, so [`new_plan_id`] takes a seed from the UI.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::annex_a::ChecklistState;
use super::further_info::InfoRequest;
use super::plan::PlanInput;
use super::state::SharedState;

/// The version of the saved-plans list written by [`saved_json`].
pub const SAVED_VERSION: u32 = 1;

/// The `format` field of a plan file.
pub const PLAN_FILE_FORMAT: &str = "ilacs-planner-plan";

/// The version of the plan file written by [`plan_file_json`].
pub const PLAN_FILE_VERSION: u32 = 1;

/// Largest plan file read (a real one is a few kilobytes).
pub const MAX_PLAN_FILE_BYTES: usize = 1_000_000;

/// The name given to a plan that has none.
pub const UNTITLED: &str = "Untitled plan";

/// One named plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedPlan {
    /// Stable id, also used in calendar UIDs (so it must not change when the plan is renamed).
    pub id: String,
    pub name: String,
    pub state: SharedState,
    /// Progress on the Annex A checklist.
    pub checklist: ChecklistState,
    /// The further-information (Annex B) record.
    pub requests: Vec<InfoRequest>,
}

impl Default for SavedPlan {
    fn default() -> Self {
        SavedPlan {
            id: String::new(),
            name: UNTITLED.to_string(),
            state: SharedState::default(),
            checklist: ChecklistState::default(),
            requests: Vec::new(),
        }
    }
}

/// Every saved plan, as kept in the browser's storage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedPlans {
    pub version: u32,
    pub plans: Vec<SavedPlan>,
    /// The id of the plan open last.
    pub current: Option<String>,
}

impl Default for SavedPlans {
    fn default() -> Self {
        SavedPlans {
            version: SAVED_VERSION,
            plans: Vec::new(),
            current: None,
        }
    }
}

impl SavedPlans {
    /// The plan open last, if any.
    pub fn current_plan(&self) -> Option<&SavedPlan> {
        let id = self.current.as_deref()?;
        self.plans.iter().find(|p| p.id == id)
    }
}

/// What [`load_saved`] found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadOutcome {
    /// The plans to use (empty on a first visit or when nothing could be read).
    pub plans: SavedPlans,
    /// The stored text, unchanged, when it could not be used as it is. The UI must store it under
    /// another key before saving over the original: the message promises nothing was deleted.
    pub kept_aside: Option<String>,
    /// What happened, for the page, when it is not a plain load.
    pub message: Option<String>,
}

const KEPT: &str = "The original copy has been kept in this browser; nothing was deleted.";

fn unreadable(text: &str) -> LoadOutcome {
    LoadOutcome {
        plans: SavedPlans::default(),
        kept_aside: Some(text.to_string()),
        message: Some(format!(
            "Your saved plans could not be read, so the planner started afresh. {KEPT}"
        )),
    }
}

/// Reads the saved-plans text from the browser's storage (`None` on a first visit). Never fails
/// and never panics.
///
/// ```
/// use ilacs_planner::engine::saved::{load_saved, saved_json, SavedPlans};
/// let first = load_saved(None);
/// assert_eq!(first.plans, SavedPlans::default());
/// assert_eq!(first.message, None);
///
/// let broken = load_saved(Some("{not json"));
/// assert!(broken.plans.plans.is_empty());
/// assert_eq!(broken.kept_aside.as_deref(), Some("{not json"));
/// assert!(broken.message.unwrap().contains("nothing was deleted"));
///
/// let again = load_saved(Some(&saved_json(&first.plans)));
/// assert_eq!(again.plans, first.plans);
/// assert_eq!(again.kept_aside, None);
/// ```
pub fn load_saved(text: Option<&str>) -> LoadOutcome {
    let Some(text) = text else {
        return LoadOutcome::default();
    };
    if text.trim().is_empty() {
        return LoadOutcome::default();
    }
    let Ok(Value::Object(object)) = serde_json::from_str::<Value>(text) else {
        return unreadable(text);
    };
    match object.get("version") {
        None if object.contains_key("plans") => load_v1(text, object),
        None => migrate_v0(text, object),
        Some(v) => match v.as_u64() {
            Some(0) => migrate_v0(text, object),
            Some(1) => load_v1(text, object),
            Some(n) => LoadOutcome {
                plans: SavedPlans::default(),
                kept_aside: Some(text.to_string()),
                message: Some(format!(
                    "Your saved plans were made by a newer version of ILACS Planner (version {n}), which this version cannot open, so the planner started with no saved plans. {KEPT}"
                )),
            },
            None => unreadable(text),
        },
    }
}

fn load_v1(text: &str, object: Map<String, Value>) -> LoadOutcome {
    let whole = serde_json::from_value::<SavedPlans>(Value::Object(object.clone()));
    if let Ok(plans) = whole {
        return LoadOutcome {
            plans: tidy(plans),
            kept_aside: None,
            message: None,
        };
    }
    // Salvage the plans that can be read, one by one.
    let items = match object.get("plans") {
        Some(Value::Array(items)) => items.as_slice(),
        _ => &[],
    };
    let plans: Vec<SavedPlan> = items
        .iter()
        .filter_map(|item| serde_json::from_value(item.clone()).ok())
        .collect();
    if plans.is_empty() {
        return unreadable(text);
    }
    let lost = items.len().saturating_sub(plans.len());
    let current = object
        .get("current")
        .and_then(Value::as_str)
        .map(str::to_string);
    let message = if lost == 0 {
        format!("Some details of your saved plans could not be read and were left out. {KEPT}")
    } else {
        let (n, verb) = if lost == 1 {
            ("One".to_string(), "was")
        } else {
            (lost.to_string(), "were")
        };
        format!("{n} of your saved plans could not be read and {verb} left out; the others are here. {KEPT}")
    };
    LoadOutcome {
        plans: tidy(SavedPlans {
            version: SAVED_VERSION,
            plans,
            current,
        }),
        kept_aside: Some(text.to_string()),
        message: Some(message),
    }
}

/// Version 0 kept a single plan's state: a `SharedState` object (`view`, `input`) or a bare
/// `PlanInput`.
fn migrate_v0(text: &str, object: Map<String, Value>) -> LoadOutcome {
    const INPUT_KEYS: [&str; 6] = [
        "rule_set",
        "last_inspection",
        "visit",
        "engagement_meeting",
        "other_episodes",
        "christmas_period",
    ];
    let value = Value::Object(object.clone());
    let state = if object.contains_key("input") || object.contains_key("view") {
        serde_json::from_value::<SharedState>(value).ok()
    } else if INPUT_KEYS.iter().any(|k| object.contains_key(*k)) {
        serde_json::from_value::<PlanInput>(value)
            .ok()
            .map(|input| SharedState {
                input,
                ..SharedState::default()
            })
    } else {
        None
    };
    let Some(state) = state else {
        return unreadable(text);
    };
    let id = new_plan_id(&[], 0);
    LoadOutcome {
        plans: SavedPlans {
            version: SAVED_VERSION,
            plans: vec![SavedPlan {
                id: id.clone(),
                name: "My plan".to_string(),
                state,
                ..SavedPlan::default()
            }],
            current: Some(id),
        },
        kept_aside: Some(text.to_string()),
        message: Some(format!(
            "Your saved plan from an earlier version of the planner has been brought up to date and named \"My plan\". {KEPT}"
        )),
    }
}

/// Makes a loaded list usable: every plan has a unique, non-empty id and a name, and `current`
/// names a plan that exists.
fn tidy(mut plans: SavedPlans) -> SavedPlans {
    plans.version = SAVED_VERSION;
    let mut seen: Vec<SavedPlan> = Vec::with_capacity(plans.plans.len());
    for (i, mut plan) in plans.plans.into_iter().enumerate() {
        if plan.id.is_empty() || seen.iter().any(|p| p.id == plan.id) {
            plan.id = new_plan_id(&seen, i as u64);
        }
        if plan.name.trim().is_empty() {
            plan.name = UNTITLED.to_string();
        }
        seen.push(plan);
    }
    plans.plans = seen;
    if plans.current_plan().is_none() {
        plans.current = plans.plans.first().map(|p| p.id.clone());
    }
    plans
}

/// The text to keep in the browser's storage.
///
/// ```
/// use ilacs_planner::engine::saved::{saved_json, SavedPlans};
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
/// use ilacs_planner::engine::saved::{plan_file_json, read_plan_file, SavedPlan};
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
                "The file is not an ILACS Planner plan. Choose a .json file saved with \"Save plan as a file\"."
            ),
            PlanFileError::NewerVersion { version } => write!(
                f,
                "The plan was saved by a newer version of ILACS Planner (file version {version}), which this version cannot open. Open it with the newer version."
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
/// use ilacs_planner::engine::saved::{read_plan_file, PlanFileError};
/// assert_eq!(read_plan_file("BEGIN:VCALENDAR"), Err(PlanFileError::NotJson));
/// assert_eq!(read_plan_file(r#"{"name":"x"}"#), Err(PlanFileError::NotAPlanFile));
/// ```
pub fn read_plan_file(text: &str) -> Result<SavedPlan, PlanFileError> {
    if text.len() > MAX_PLAN_FILE_BYTES {
        return Err(PlanFileError::TooLarge { bytes: text.len() });
    }
    // Some editors on Windows add a byte order mark when they save.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|_| PlanFileError::NotJson)?;
    let Value::Object(mut object) = value else {
        return Err(PlanFileError::NotAPlanFile);
    };
    if object.get("format").and_then(Value::as_str) != Some(PLAN_FILE_FORMAT) {
        return Err(PlanFileError::NotAPlanFile);
    }
    match object.get("version").map(Value::as_u64) {
        Some(Some(v)) if v > u64::from(PLAN_FILE_VERSION) => {
            return Err(PlanFileError::NewerVersion { version: v })
        }
        Some(Some(_)) => {}
        _ => return Err(PlanFileError::Damaged),
    }
    let plan = object.remove("plan").ok_or(PlanFileError::Damaged)?;
    let mut plan: SavedPlan = serde_json::from_value(plan).map_err(|_| PlanFileError::Damaged)?;
    if plan.name.trim().is_empty() {
        plan.name = UNTITLED.to_string();
    }
    Ok(plan)
}

/// SplitMix64: a bijection on `u64`, so distinct inputs give distinct ids.
fn mix(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A new plan id, `plan-` and 16 hex digits, different from every id in `existing`. The UI passes
/// a seed (e.g. the time in milliseconds and a random number); the same seed and list give the
/// same id.
///
/// ```
/// use ilacs_planner::engine::saved::{new_plan_id, SavedPlan};
/// let a = new_plan_id(&[], 42);
/// assert!(a.starts_with("plan-") && a.len() == 21);
/// let taken = [SavedPlan { id: a.clone(), ..SavedPlan::default() }];
/// assert_ne!(new_plan_id(&taken, 42), a);
/// ```
pub fn new_plan_id(existing: &[SavedPlan], seed: u64) -> String {
    // `mix` is a bijection, so `existing.len() + 1` consecutive seeds give that many distinct ids
    // and at least one is free: the loop always returns from inside.
    for k in 0..=existing.len() as u64 {
        let id = format!("plan-{:016x}", mix(seed.wrapping_add(k)));
        if !existing.iter().any(|p| p.id == id) {
            return id;
        }
    }
    format!("plan-{:016x}-{}", mix(seed), existing.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_even_when_seeds_collide() {
        let mut plans: Vec<SavedPlan> = Vec::new();
        for _ in 0..50 {
            let id = new_plan_id(&plans, 7);
            assert!(plans.iter().all(|p| p.id != id));
            plans.push(SavedPlan {
                id,
                ..SavedPlan::default()
            });
        }
    }

    #[test]
    fn tidy_fixes_duplicates_and_current() {
        let p = |id: &str, name: &str| SavedPlan {
            id: id.into(),
            name: name.into(),
            ..SavedPlan::default()
        };
        let plans = tidy(SavedPlans {
            version: 1,
            plans: vec![p("a", "A"), p("a", " "), p("", "C")],
            current: Some("gone".into()),
        });
        assert_eq!(plans.plans.len(), 3);
        assert_eq!(plans.plans[0].id, "a");
        assert_ne!(plans.plans[1].id, "a");
        assert_eq!(plans.plans[1].name, UNTITLED);
        assert!(!plans.plans[2].id.is_empty());
        assert_eq!(plans.current.as_deref(), Some("a"));
    }
}
