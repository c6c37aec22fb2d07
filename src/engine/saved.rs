//! Saved plans: the list kept in the browser's storage, and single plans saved as files.
//!
//! Saved data outlives the code that wrote it, so reading it never fails and never throws data
//! away:
//! - anything that cannot be used as it is comes back in [`LoadOutcome::kept_aside`] for the UI to
//!   store under another key, with a plain-English message;
//! - the one plan kept by releases before saved plans (its share-link query, under another
//!   storage key) is brought over by [`opening`];
//! - a plan's inputs are stored in their share-link form, so the URL schema's own versioning and
//!   tolerant reader apply to saved plans and plan files too;
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
    /// Kept in its share-link form (`engine::state`), so plans, files and links share one tested,
    /// versioned reader, and the bundle needs no second one.
    #[serde(with = "query_form")]
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

/// A plan's state as its share-link query (`v=1&vk=standard&vdate=…`).
mod query_form {
    use super::SharedState;
    use crate::engine::state::{decode_query, encode_query};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(state: &SharedState, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&encode_query(state))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<SharedState, D::Error> {
        let query = String::deserialize(d)?;
        Ok(decode_query(&query).state)
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
        None => unreadable(text),
        Some(v) => match v.as_u64() {
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
                "The file is not an ILACS Planner plan file. Choose a .json file saved from the Saved plans page of ILACS Planner."
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

/// Longest plan name accepted (a name is for telling plans apart in a list, not a description).
pub const MAX_NAME_CHARS: usize = 80;

/// The name of the plan made on a first visit.
pub const FIRST_PLAN_NAME: &str = "My plan";

/// The name of a plan added because a link gave one not saved in this browser.
pub const LINK_PLAN_NAME: &str = "Plan from a link";

/// Why a name cannot be used. Messages are for the person typing it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NameError {
    Empty,
    TooLong,
    /// Another plan already has this name (compared without regard to case).
    Taken(String),
}

impl fmt::Display for NameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NameError::Empty => f.write_str("Enter a name for the plan"),
            NameError::TooLong => {
                write!(f, "The name must be {MAX_NAME_CHARS} characters or fewer")
            }
            NameError::Taken(name) => write!(
                f,
                "You already have a plan called \u{201c}{name}\u{201d}: choose another name"
            ),
        }
    }
}

impl std::error::Error for NameError {}

/// A deleted plan and where it was, so that "Undo" can put it back exactly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed {
    pub plan: SavedPlan,
    index: usize,
    was_current: bool,
    /// The empty plan made because the list would otherwise have been empty.
    replacement: Option<String>,
}

/// One plan, "My plan", open, with these inputs (a first visit; also handy in tests).
impl From<PlanInput> for SavedPlans {
    fn from(input: PlanInput) -> Self {
        let mut plans = SavedPlans::default();
        let id = plans.new_plan(0);
        plans.switch_to(&id);
        if let Some(plan) = plans.current_plan_mut() {
            plan.state.input = input;
        }
        plans
    }
}

impl Removed {
    /// Whether the deleted plan was the open one (so another plan is now showing).
    pub fn was_open(&self) -> bool {
        self.was_current
    }
}

/// A file name for saving plan `name`: letters and digits kept, runs of anything else made one
/// hyphen, ending `.ilacs-plan.json` so the file says what it is.
///
/// ```
/// use ilacs_planner::engine::saved::plan_file_name;
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

impl SavedPlans {
    /// The plan open last, to change it.
    pub fn current_plan_mut(&mut self) -> Option<&mut SavedPlan> {
        let id = self.current.clone()?;
        self.plans.iter_mut().find(|p| p.id == id)
    }

    fn name_taken(&self, name: &str, except: Option<&str>) -> bool {
        self.plans
            .iter()
            .any(|p| Some(p.id.as_str()) != except && p.name.eq_ignore_ascii_case(name))
    }

    /// `base`, or `base (2)`, `base (3)`… whichever no plan has yet.
    pub fn unique_name(&self, base: &str) -> String {
        if !self.name_taken(base, None) {
            return base.to_string();
        }
        (2..)
            .map(|n| format!("{base} ({n})"))
            .find(|name| !self.name_taken(name, None))
            .unwrap_or_else(|| base.to_string())
    }

    /// Adds `plan` at the end, with a new id if its id is empty or taken and a unique name.
    /// Returns its id; the open plan does not change.
    pub fn add(&mut self, mut plan: SavedPlan, seed: u64) -> String {
        if plan.id.is_empty() || self.plans.iter().any(|p| p.id == plan.id) {
            plan.id = new_plan_id(&self.plans, seed);
        }
        let name = plan.name.trim();
        let name = if name.is_empty() { UNTITLED } else { name };
        plan.name = self.unique_name(name);
        let id = plan.id.clone();
        self.plans.push(plan);
        id
    }

    /// Adds an empty plan and returns its id (the open plan does not change). The first plan is
    /// called "My plan", later ones "Untitled plan".
    pub fn new_plan(&mut self, seed: u64) -> String {
        let name = if self.plans.is_empty() {
            FIRST_PLAN_NAME
        } else {
            UNTITLED
        };
        self.add(
            SavedPlan {
                name: name.to_string(),
                ..SavedPlan::default()
            },
            seed,
        )
    }

    /// Copies plan `id` (inputs, checklist and requests) as "Copy of …", just after it. Returns the
    /// copy's id.
    pub fn duplicate(&mut self, id: &str, seed: u64) -> Option<String> {
        let index = self.plans.iter().position(|p| p.id == id)?;
        let mut copy = self.plans[index].clone();
        copy.id = new_plan_id(&self.plans, seed);
        copy.name = self.unique_name(&format!("Copy of {}", copy.name));
        let copy_id = copy.id.clone();
        self.plans.insert(index + 1, copy);
        Some(copy_id)
    }

    /// Whether plan `id` may be called `name`; the name as it would be kept (trimmed).
    pub fn check_name<'a>(&self, id: &str, name: &'a str) -> Result<&'a str, NameError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(NameError::Empty);
        }
        if name.chars().count() > MAX_NAME_CHARS {
            return Err(NameError::TooLong);
        }
        if self.name_taken(name, Some(id)) {
            return Err(NameError::Taken(name.to_string()));
        }
        Ok(name)
    }

    /// Renames plan `id` (see [`check_name`](Self::check_name)). An unknown id changes nothing.
    pub fn rename(&mut self, id: &str, name: &str) -> Result<(), NameError> {
        let name = self.check_name(id, name)?;
        if let Some(plan) = self.plans.iter_mut().find(|p| p.id == id) {
            plan.name = name.to_string();
        }
        Ok(())
    }

    /// Opens plan `id`; `false` (and no change) when there is no such plan.
    pub fn switch_to(&mut self, id: &str) -> bool {
        let exists = self.plans.iter().any(|p| p.id == id);
        if exists {
            self.current = Some(id.to_string());
        }
        exists
    }

    /// Deletes plan `id`. If it was open, the next plan (or else the previous one) is opened; if
    /// it was the only plan, an empty one takes its place so there is always a plan to work in.
    pub fn remove(&mut self, id: &str) -> Option<Removed> {
        let index = self.plans.iter().position(|p| p.id == id)?;
        let plan = self.plans.remove(index);
        let was_current = self.current.as_deref() == Some(id);
        let mut replacement = None;
        if self.plans.is_empty() {
            let new = self.new_plan(index as u64);
            replacement = Some(new);
        }
        if was_current {
            let next = self.plans.get(index).or(self.plans.last());
            self.current = next.map(|p| p.id.clone());
        }
        Some(Removed {
            plan,
            index,
            was_current,
            replacement,
        })
    }

    /// Undoes [`remove`](Self::remove). The empty plan made in its place goes again, unless
    /// something has been entered in it since.
    pub fn restore(&mut self, removed: Removed) {
        if let Some(replacement) = &removed.replacement {
            let untouched = self
                .plans
                .iter()
                .position(|p| &p.id == replacement && is_empty_plan(p));
            if let Some(i) = untouched {
                self.plans.remove(i);
            }
        }
        let index = removed.index.min(self.plans.len());
        let mut plan = removed.plan;
        if self.plans.iter().any(|p| p.id == plan.id) {
            plan.id = new_plan_id(&self.plans, index as u64);
        }
        let id = plan.id.clone();
        self.plans.insert(index, plan);
        if removed.was_current || self.current_plan().is_none() {
            self.current = Some(id);
        }
    }
}

fn is_empty_plan(plan: &SavedPlan) -> bool {
    plan.state.input == PlanInput::default()
        && plan.checklist == ChecklistState::default()
        && plan.requests.is_empty()
}

/// What the page opens with, and what to tell the person about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opening {
    /// Never empty; `current` names the plan to show.
    pub plans: SavedPlans,
    /// Stored text that could not be used as it was, to keep under another key.
    pub kept_aside: Option<String>,
    pub notice: Option<OpeningNotice>,
}

/// Something worth saying when the page opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpeningNotice {
    /// Saved data was damaged, partly readable, or from another version: what happened.
    Recovered(String),
    /// The link gave a plan not saved in this browser; it was added under `name`. `previous` is
    /// the plan that was open before (id, name), which is kept.
    LinkAdded {
        name: String,
        previous: Option<(String, String)>,
    },
}

/// Decides what the page opens with, from the saved-plans text (`None` when there is none), the
/// single plan kept by releases before saved plans (a share-link query; read only when there is
/// no saved-plans text) and the plan in the link the page was opened with. `seed` makes new ids.
///
/// A link's plan is opened: the open plan or another saved one when it matches, otherwise it is
/// added as a new plan (or fills the open plan if that is still empty), so a link never
/// overwrites work.
pub fn opening(
    saved: Option<&str>,
    legacy_query: Option<&str>,
    link: &PlanInput,
    seed: u64,
) -> Opening {
    let mut kept_aside = None;
    let mut notice = None;
    let mut plans = match (saved, legacy_query) {
        (Some(text), _) if !text.trim().is_empty() => {
            let outcome = load_saved(Some(text));
            kept_aside = outcome.kept_aside;
            notice = outcome.message.map(OpeningNotice::Recovered);
            outcome.plans
        }
        (_, Some(query)) if !query.trim().is_empty() => {
            let decoded = super::state::decode_query(query);
            if !decoded.notes.is_empty() {
                kept_aside = Some(query.to_string());
                notice = Some(OpeningNotice::Recovered(format!(
                    "Your saved plan could not be read in full: {} The rest of the plan has been restored. {KEPT}",
                    decoded.notes.join(" ")
                )));
            }
            let mut plans = SavedPlans::default();
            let id = plans.new_plan(seed);
            plans.current = Some(id);
            if let Some(plan) = plans.current_plan_mut() {
                plan.state.input = decoded.state.input;
            }
            plans
        }
        _ => SavedPlans::default(),
    };
    if plans.plans.is_empty() {
        let id = plans.new_plan(seed);
        plans.current = Some(id);
    }
    if plans.current_plan().is_none() {
        plans.current = plans.plans.first().map(|p| p.id.clone());
    }
    if *link != PlanInput::default() {
        let current_matches = plans.current_plan().is_some_and(|p| p.state.input == *link);
        let other = plans
            .plans
            .iter()
            .find(|p| p.state.input == *link)
            .map(|p| p.id.clone());
        match (current_matches, other) {
            (true, _) => {}
            (false, Some(id)) => {
                plans.switch_to(&id);
            }
            (false, None) => {
                let fill_current = plans.current_plan().is_some_and(is_empty_plan);
                if fill_current {
                    if let Some(plan) = plans.current_plan_mut() {
                        plan.state.input = link.clone();
                    }
                } else {
                    let previous = plans.current_plan().map(|p| (p.id.clone(), p.name.clone()));
                    let id = plans.add(
                        SavedPlan {
                            name: LINK_PLAN_NAME.to_string(),
                            state: SharedState {
                                input: link.clone(),
                                ..SharedState::default()
                            },
                            ..SavedPlan::default()
                        },
                        seed,
                    );
                    plans.switch_to(&id);
                    let name = plans
                        .current_plan()
                        .map(|p| p.name.clone())
                        .unwrap_or_default();
                    notice = Some(OpeningNotice::LinkAdded { name, previous });
                }
            }
        }
    }
    Opening {
        plans,
        kept_aside,
        notice,
    }
}

/// One line saying what a plan is about, for the list of saved plans.
pub fn plan_summary(input: &PlanInput) -> String {
    use super::dates::{capitalised, long_date};
    use super::visit_schedule::Anchor;
    let mut parts: Vec<String> = Vec::new();
    if let Some(visit) = &input.visit {
        let what = match visit.anchor {
            Anchor::Notification(_) => "notification on",
            Anchor::FirstOnSiteDay(_) => "first on-site day",
        };
        parts.push(format!(
            "{}, {what} {}",
            visit.kind.name(),
            long_date(visit.anchor.date())
        ));
    }
    if let Some(last) = &input.last_inspection {
        parts.push(format!(
            "last inspection {}",
            long_date(last.first_onsite_day)
        ));
    }
    if parts.is_empty() {
        return "No dates entered yet".to_string();
    }
    capitalised(&parts.join("; "))
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
