//! Saved plans: the list kept in the browser's storage (this module), single plans saved as
//! files ([`file`]) and reading whatever storage holds, old or damaged ([`migrate`]).
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

use rustc_hash::FxHashSet as HashSet;
use std::fmt;

use serde::{Deserialize, Serialize};

mod file;
pub mod merge;
mod migrate;
mod team;

pub use file::*;
pub use merge::{merge, Merged, Synced};
pub use migrate::*;
pub use team::*;

use crate::app::link::SharedState;
use crate::engine::plan::PlanInput;
use crate::engine::records::annex_a::ChecklistState;
use crate::engine::records::further_info::InfoRequest;

/// The version of the saved-plans list written by [`saved_json`].
pub const SAVED_VERSION: u32 = 1;

/// The `format` field of a plan file.
pub const PLAN_FILE_FORMAT: &str = "ilacs-planner-plan";

/// The version of the plan file written by [`plan_file_json`].
pub const PLAN_FILE_VERSION: u32 = 1;

/// Largest plan file read (a real one is a few kilobytes).
pub const MAX_PLAN_FILE_BYTES: usize = 1_000_000;

/// Most plans kept in one browser. A team keeps a handful; the limit keeps the list quick to open
/// and within the browser's storage.
pub const MAX_PLANS: usize = 200;

/// Why the planner cannot keep changes in this browser. Messages are for the person at the
/// computer, with what they can do about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveProblem {
    /// The browser does not let the planner keep anything (private browsing or a policy).
    Blocked,
    /// The browser refused to save: its storage for this site is full.
    Full,
    /// Saved plans that could not be read could not be copied aside either, so the planner does
    /// not save over them.
    ReadOnly,
}

impl SaveProblem {
    /// One line saying what is wrong.
    pub fn title(self) -> &'static str {
        match self {
            SaveProblem::Blocked => "Nothing you enter will be remembered on this computer",
            SaveProblem::Full => "Your latest changes could not be saved in this browser",
            SaveProblem::ReadOnly => "Changes are not being saved in this browser",
        }
    }

    /// What to do about it.
    pub fn advice(self) -> &'static str {
        match self {
            SaveProblem::Blocked => "This browser does not let the planner keep anything, perhaps because of private browsing or a setting made by your IT team. Everything works, but it is gone when you close the page: save your plan as a file before you leave.",
            SaveProblem::Full => "The browser says its storage for this site is full. Save the open plan as a file now so nothing is lost, then free space: delete plans you no longer need on the Saved plans page, or ask your IT team to clear other sites' stored data.",
            SaveProblem::ReadOnly => "Your saved plans could not be read in full, and the planner could not make a copy of them, so it is leaving them exactly as they are rather than saving over them. Save the open plan as a file to keep what you enter now; a newer version of the planner, or your IT team, may be able to read the saved copy.",
        }
    }
}

impl fmt::Display for SaveProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.title(), self.advice())
    }
}

/// Why a plan could not be added to the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListFull;

impl fmt::Display for ListFull {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "You have {MAX_PLANS} saved plans, the most this browser keeps. Delete plans you no longer need (save them as files first if you want to keep them), then try again.")
    }
}

impl std::error::Error for ListFull {}

/// The name given to a plan that has none.
pub const UNTITLED: &str = "Untitled plan";

/// One named plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedPlan {
    /// Stable id, also used in calendar UIDs (so it must not change when the plan is renamed).
    pub id: String,
    pub name: String,
    /// Kept in its share-link form (`app::link`), so plans, files and links share one tested,
    /// versioned reader, and the bundle needs no second one.
    #[serde(with = "query_form")]
    pub state: SharedState,
    /// Progress on the Annex A checklist.
    pub checklist: ChecklistState,
    /// The further-information (Annex B) record.
    pub requests: Vec<InfoRequest>,
    /// Goes up by one each time a tab saves a change to this plan, so another tab can tell that
    /// its copy is out of date (see [`merge`]). 0 for plans saved before revisions existed.
    pub revision: u64,
}

impl Default for SavedPlan {
    fn default() -> Self {
        SavedPlan {
            id: String::new(),
            name: UNTITLED.to_string(),
            state: SharedState::default(),
            checklist: ChecklistState::default(),
            requests: Vec::new(),
            revision: 0,
        }
    }
}

impl SavedPlan {
    /// Whether two copies say the same thing, whatever their revisions.
    pub fn same_content(&self, other: &SavedPlan) -> bool {
        self.id == other.id
            && self.name == other.name
            && self.state == other.state
            && self.checklist == other.checklist
            && self.requests == other.requests
    }
}

/// A plan's state as its share-link query (`v=1&vk=standard&vdate=…`).
mod query_form {
    use super::SharedState;
    use crate::app::link::{decode_query, encode_query};
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
    /// Ids of plans deleted lately (the newest [`merge::MAX_DELETED`]), so another tab can tell a
    /// plan deleted on purpose from one that a stale write left out.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub deleted: Vec<String>,
}

impl Default for SavedPlans {
    fn default() -> Self {
        SavedPlans {
            version: SAVED_VERSION,
            plans: Vec::new(),
            current: None,
            deleted: Vec::new(),
        }
    }
}

impl SavedPlans {
    /// Whether the list already holds [`MAX_PLANS`] plans.
    pub fn is_full(&self) -> bool {
        self.plans.len() >= MAX_PLANS
    }

    /// The plan open last, if any.
    pub fn current_plan(&self) -> Option<&SavedPlan> {
        let id = self.current.as_deref()?;
        self.plans.iter().find(|p| p.id == id)
    }
}

/// Longest plan name accepted (a name is for telling plans apart in a list, not a description).
pub const MAX_NAME_CHARS: usize = 80;

/// `name` trimmed, and cut to [`MAX_NAME_CHARS`] with an ellipsis when longer: for names that
/// come from a file or from storage rather than from the rename form, which refuses them.
///
/// ```
/// use ilacs_planner::app::saved::{fit_name, MAX_NAME_CHARS};
/// assert_eq!(fit_name("  Spring  "), "Spring");
/// assert_eq!(fit_name(&"x".repeat(500)).chars().count(), MAX_NAME_CHARS);
/// assert!(fit_name(&"x".repeat(500)).ends_with('\u{2026}'));
/// ```
pub fn fit_name(name: &str) -> String {
    fit_within(name, MAX_NAME_CHARS)
}

/// `name` trimmed, and shortened with an ellipsis to at most `max` characters.
fn fit_within(name: &str, max: usize) -> String {
    let name = name.trim();
    if name.chars().count() <= max {
        return name.to_string();
    }
    let kept: String = name.chars().take(max.saturating_sub(1)).collect();
    format!("{}\u{2026}", kept.trim_end())
}

/// `base` as the `n`th of its name (`n` below 2: `base` itself, " (2)" and on after it), shortened
/// so that the whole fits [`MAX_NAME_CHARS`] with its number kept: a name made here is the name
/// a later load reads back ([`fit_name`]), and two numbered names never shorten to one.
///
/// ```
/// use ilacs_planner::app::saved::{numbered_name, MAX_NAME_CHARS};
/// assert_eq!(numbered_name("Spring", 1), "Spring");
/// assert_eq!(numbered_name("Spring", 2), "Spring (2)");
/// let long = "x".repeat(MAX_NAME_CHARS);
/// assert_eq!(numbered_name(&long, 2).chars().count(), MAX_NAME_CHARS);
/// assert!(numbered_name(&long, 2).ends_with("\u{2026} (2)"));
/// ```
pub fn numbered_name(base: &str, n: u32) -> String {
    if n < 2 {
        return fit_name(base);
    }
    let number = format!(" ({n})");
    let room = MAX_NAME_CHARS - number.chars().count();
    format!("{}{number}", fit_within(base, room))
}

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
        (1..)
            .map(|n| numbered_name(base, n))
            .find(|name| !self.name_taken(name, None))
            .unwrap_or_else(|| fit_name(base))
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
        // Another tab may have brought the plan back already (a write from before the delete):
        // then it is opened, not added twice. A changed copy is kept beside it, named apart.
        let mut plan = removed.plan;
        let again = self.plans.iter().find(|p| p.id == plan.id);
        if let Some(again) = again {
            if again.same_content(&plan) {
                if removed.was_current {
                    self.current = Some(plan.id);
                }
                return;
            }
            plan.id = new_plan_id(&self.plans, removed.index as u64);
            plan.name = self.unique_name(&plan.name);
        }
        let index = removed.index.min(self.plans.len());
        let id = plan.id.clone();
        self.plans.insert(index, plan);
        if removed.was_current || self.current_plan().is_none() {
            self.current = Some(id);
        }
    }
}

pub(crate) fn is_empty_plan(plan: &SavedPlan) -> bool {
    plan.state.input == PlanInput::default()
        && plan.checklist == ChecklistState::default()
        && plan.requests.is_empty()
}

/// One line saying what a plan is about, for the list of saved plans.
pub fn plan_summary(input: &PlanInput) -> String {
    use crate::engine::calendar::dates::{capitalised, long_date};
    use crate::engine::plan::visit_schedule::Anchor;
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
/// use ilacs_planner::app::saved::{new_plan_id, SavedPlan};
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

/// A new id in neither set (for lists checked with hash sets rather than by scanning).
pub(crate) fn id_avoiding(a: &HashSet<String>, b: &HashSet<String>, seed: u64) -> String {
    (0u64..)
        .map(|k| format!("plan-{:016x}", mix(seed.wrapping_add(k))))
        .find(|id| !a.contains(id) && !b.contains(id))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::migrate::tidy;
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
            ..SavedPlans::default()
        });
        assert_eq!(plans.plans.len(), 3);
        assert_eq!(plans.plans[0].id, "a");
        assert_ne!(plans.plans[1].id, "a");
        assert_eq!(plans.plans[1].name, UNTITLED);
        assert!(!plans.plans[2].id.is_empty());
        assert_eq!(plans.current.as_deref(), Some("a"));
    }
}
