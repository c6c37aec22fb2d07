//! Reading whatever the browser's storage holds: the current list, damaged or partly readable
//! text, a newer version's list, or the one plan kept by releases before saved plans; and
//! deciding which plan the page opens with when a link gives one.

use rustc_hash::FxHashSet as HashSet;

use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;

use super::merge::Synced;
use super::{
    fit_name, id_avoiding, is_empty_plan, SavedPlan, SavedPlans, LINK_PLAN_NAME, SAVED_VERSION,
    UNTITLED,
};
use crate::app::link::{decode_query, SharedState};
use crate::engine::plan::PlanInput;
use crate::engine::records::annex_a::ChecklistState;
use crate::engine::records::further_info::InfoRequest;

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
/// use ilacs_planner::app::saved::{load_saved, saved_json, SavedPlans};
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
    // Only an object is a list; each member is kept as its raw text and read on its own, so a
    // damaged member is noticed without losing the rest. (Raw text rather than serde_json's
    // `Value`: its tree and map code would otherwise be in the first load.)
    if !text.trim_start().starts_with('{') {
        return unreadable(text);
    }
    let Ok(list) = serde_json::from_str::<StoredList<'_>>(text) else {
        return unreadable(text);
    };
    match list.version {
        None if list.plans.is_some() => load_v1(text, list),
        None => unreadable(text),
        Some(v) => match serde_json::from_str::<u64>(v.get()) {
            Ok(1) => load_v1(text, list),
            Ok(n) => LoadOutcome {
                plans: SavedPlans::default(),
                kept_aside: Some(text.to_string()),
                message: Some(format!(
                    "Your saved plans were made by a newer version of ILACS Planner (version {n}), which this version cannot open, so the planner started with no saved plans. {KEPT}"
                )),
            },
            Err(_) => unreadable(text),
        },
    }
}

/// The stored list's members, each as its raw text: `None` when the member is absent (a member
/// present as `null` is `Some`, as any other value is).
#[derive(Deserialize)]
struct StoredList<'a> {
    #[serde(borrow, default, deserialize_with = "present")]
    version: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    plans: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    current: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    deleted: Option<&'a RawValue>,
}

/// One stored plan as [`SavedPlan`] reads it, but with its state as raw text, so the link
/// reader's notes on it (parts left out) are seen.
#[derive(Deserialize)]
struct StoredPlan<'a> {
    #[serde(default)]
    id: String,
    #[serde(default = "untitled")]
    name: String,
    #[serde(borrow, default, deserialize_with = "present")]
    state: Option<&'a RawValue>,
    #[serde(default)]
    checklist: ChecklistState,
    #[serde(default)]
    requests: Vec<InfoRequest>,
    #[serde(default)]
    revision: u64,
}

fn untitled() -> String {
    UNTITLED.to_string()
}

/// A member that is there, whatever its value (`null` included).
pub(super) fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<&'de RawValue>, D::Error> {
    <&RawValue>::deserialize(d).map(Some)
}

/// An array's items as raw text; `None` when `raw` is not an array.
fn array_items(raw: &RawValue) -> Option<Vec<&RawValue>> {
    serde_json::from_str(raw.get()).ok()
}

/// A string's text; `None` when `raw` is not a string.
pub(super) fn string_value(raw: &RawValue) -> Option<String> {
    serde_json::from_str(raw.get()).ok()
}

fn load_v1(text: &str, list: StoredList<'_>) -> LoadOutcome {
    // Each plan is read on its own, and its link-form state decoded once: one pass over the list,
    // so even a long list opens at once. A plan that cannot be read is left out; a plan whose
    // state has parts the link reader leaves out still loads. Either way the text as it was is
    // kept aside first, so nothing is dropped without a copy.
    let items = match list.plans.map(array_items) {
        None => Vec::new(),
        Some(Some(items)) => items,
        Some(None) => return unreadable(text),
    };
    let (current, current_ok) = match list.current {
        None => (None, true),
        Some(raw) if raw.get() == "null" => (None, true),
        Some(raw) => match string_value(raw) {
            Some(id) => (Some(id), true),
            None => (None, false),
        },
    };
    let deleted: Vec<String> = list
        .deleted
        .and_then(array_items)
        .map(|ids| ids.into_iter().filter_map(string_value).collect())
        .unwrap_or_default();
    let count = items.len();
    let mut damaged = false;
    let mut plans = Vec::with_capacity(count);
    for item in items {
        if let Some((plan, plan_damaged)) = plan_from_raw(item) {
            damaged |= plan_damaged;
            plans.push(plan);
        }
    }
    let lost = count - plans.len();
    if plans.is_empty() && (count > 0 || !current_ok) {
        return unreadable(text);
    }
    let plans = tidy(SavedPlans {
        version: SAVED_VERSION,
        plans,
        current,
        deleted,
    });
    if lost == 0 && current_ok && !damaged {
        return LoadOutcome {
            plans,
            kept_aside: None,
            message: None,
        };
    }
    let message = if lost == 0 {
        format!("Some details of your saved plans could not be read and were left out. {KEPT}")
    } else if lost == 1 {
        format!("One of your saved plans could not be read and was left out; the others are here. {KEPT}")
    } else {
        format!("{lost} of your saved plans could not be read and were left out; the others are here. {KEPT}")
    };
    LoadOutcome {
        plans,
        kept_aside: Some(text.to_string()),
        message: Some(message),
    }
}

/// One saved plan, and whether its state had parts the link reader left out. `None` when the
/// plan cannot be read at all.
pub(super) fn plan_from_raw(item: &RawValue) -> Option<(SavedPlan, bool)> {
    // Only an object is a plan (a plan read field by field from an array is not one).
    if !item.get().starts_with('{') {
        return None;
    }
    let stored: StoredPlan<'_> = serde_json::from_str(item.get()).ok()?;
    let (state, damaged) = match stored.state {
        None => (SharedState::default(), false),
        Some(raw) => {
            let decoded = decode_query(&string_value(raw)?);
            (decoded.state, !decoded.notes.is_empty())
        }
    };
    let plan = SavedPlan {
        id: stored.id,
        name: stored.name,
        state,
        checklist: stored.checklist,
        requests: stored.requests,
        revision: stored.revision,
    };
    Some((plan, damaged))
}

/// Makes a loaded list usable: every plan has a unique, non-empty id and a name, and `current`
/// names a plan that exists.
pub(super) fn tidy(mut plans: SavedPlans) -> SavedPlans {
    plans.version = SAVED_VERSION;
    // Hash sets keep this linear: a list of thousands of plans opens at once.
    let all_ids: HashSet<String> = plans.plans.iter().map(|p| p.id.clone()).collect();
    let mut ids: HashSet<String> =
        HashSet::with_capacity_and_hasher(plans.plans.len(), Default::default());
    let mut seen: Vec<SavedPlan> = Vec::with_capacity(plans.plans.len());
    for (i, mut plan) in plans.plans.into_iter().enumerate() {
        if plan.id.is_empty() || ids.contains(&plan.id) {
            plan.id = id_avoiding(&all_ids, &ids, i as u64);
        }
        ids.insert(plan.id.clone());
        plan.name = fit_name(&plan.name);
        if plan.name.is_empty() {
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

/// What the page opens with, and what to tell the person about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opening {
    /// Never empty; `current` names the plan to show.
    pub plans: SavedPlans,
    /// Stored text that could not be used as it was, to keep under another key.
    pub kept_aside: Option<String>,
    pub notice: Option<OpeningNotice>,
    /// What this tab has seen of the stored list (for the merge across tabs), when the list was
    /// read whole: the stored text is parsed once.
    pub synced: Synced,
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
    /// The link gave a plan not saved in this browser, but the list is full: it was not added.
    ListFull { name: String },
}

impl std::fmt::Display for OpeningNotice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpeningNotice::Recovered(message) => f.write_str(message),
            OpeningNotice::LinkAdded { name, .. } => write!(
                f,
                "The link's plan has been added to your saved plans as \u{201c}{name}\u{201d}."
            ),
            OpeningNotice::ListFull { name } => write!(
                f,
                "The link's plan could not be added: {} \u{201c}{name}\u{201d} is open instead.",
                super::ListFull
            ),
        }
    }
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
    let mut synced = Synced::default();
    let mut plans = match (saved, legacy_query) {
        (Some(text), _) if !text.trim().is_empty() => {
            let outcome = load_saved(Some(text));
            if outcome.kept_aside.is_none() {
                synced = Synced::of(&outcome.plans);
            }
            kept_aside = outcome.kept_aside;
            notice = outcome.message.map(OpeningNotice::Recovered);
            outcome.plans
        }
        (_, Some(query)) if !query.trim().is_empty() => {
            let decoded = decode_query(query);
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
                } else if plans.is_full() {
                    let name = plans
                        .current_plan()
                        .map(|p| p.name.clone())
                        .unwrap_or_default();
                    notice = Some(OpeningNotice::ListFull { name });
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
        synced,
    }
}
