//! Two tabs, one list: how a tab's plans and the list in storage become one without losing either.
//!
//! Each tab keeps the plans as it last read or wrote them ([`Synced`]). Before it writes, it reads
//! the list again and merges plan by plan:
//! - a plan this tab has not changed takes the stored copy (another tab may have changed it);
//! - a plan only this tab changed is written with the next revision;
//! - a plan both tabs changed differently is kept twice: the stored one as it is, and this tab's
//!   as "… (copy from another tab)", and the tab says so;
//! - a plan another tab added is kept; one another tab deleted goes, unless this tab changed it
//!   since (then it comes back); one this tab deleted goes, unless another tab changed it since.
//!
//! So whatever the order of edits and saves in two tabs, no plan and no request is lost (the
//! property tests in `tests/saved_plans_merge.rs` try thousands of orders). Every step is one pass
//! over the lists with hash maps: linear in the number of plans.

use std::collections::{HashMap, HashSet};

use super::{new_plan_id, SavedPlan, SavedPlans, SAVED_VERSION};

/// Added to the name of this tab's copy of a plan that another tab changed at the same time.
pub const COPY_SUFFIX: &str = " (copy from another tab)";

/// The plans as this tab last read them from storage or wrote them there.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Synced {
    plans: HashMap<String, SavedPlan>,
}

impl Synced {
    /// What a tab knows after reading (or writing) `plans`.
    pub fn of(plans: &SavedPlans) -> Self {
        Synced {
            plans: plans
                .plans
                .iter()
                .map(|p| (p.id.clone(), p.clone()))
                .collect(),
        }
    }

    fn get(&self, id: &str) -> Option<&SavedPlan> {
        self.plans.get(id)
    }
}

/// The merged list, and what to tell the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    /// The list for this tab to show and to write.
    pub plans: SavedPlans,
    /// What this tab knows once `plans` has been written.
    pub synced: Synced,
    /// `(plan, copy)` names for each plan changed in both tabs at once.
    pub copies: Vec<(String, String)>,
    /// Whether `plans` differs from what is stored, so needs writing.
    pub needs_write: bool,
}

/// Merges this tab's list (`ours`, last in step with storage at `synced`) with the list now in
/// storage. `seed` makes ids for copies.
///
/// ```
/// use ilacs_planner::app::saved::{merge, SavedPlan, SavedPlans, Synced};
/// let plan = |id: &str, name: &str| SavedPlan { id: id.into(), name: name.into(), ..SavedPlan::default() };
/// let start = SavedPlans { plans: vec![plan("a", "A")], current: Some("a".into()), ..SavedPlans::default() };
/// let synced = Synced::of(&start);
/// // Another tab added plan B; this tab renamed A.
/// let mut stored = start.clone();
/// stored.plans.push(plan("b", "B"));
/// let mut ours = start.clone();
/// ours.plans[0].name = "A, renamed".into();
/// let merged = merge(&ours, &synced, &stored, 1);
/// let names: Vec<&str> = merged.plans.plans.iter().map(|p| p.name.as_str()).collect();
/// assert_eq!(names, ["A, renamed", "B"]);
/// assert!(merged.needs_write && merged.copies.is_empty());
/// ```
pub fn merge(ours: &SavedPlans, synced: &Synced, stored: &SavedPlans, seed: u64) -> Merged {
    let ours_by_id: HashMap<&str, &SavedPlan> =
        ours.plans.iter().map(|p| (p.id.as_str(), p)).collect();
    let stored_ids: HashSet<&str> = stored.plans.iter().map(|p| p.id.as_str()).collect();
    let mut taken: HashSet<String> = ours
        .plans
        .iter()
        .chain(&stored.plans)
        .map(|p| p.id.clone())
        .collect();
    let mut names: HashSet<String> = ours
        .plans
        .iter()
        .chain(&stored.plans)
        .map(|p| p.name.to_lowercase())
        .collect();

    // This tab's plans that storage does not have, grouped behind the nearest earlier plan that
    // it does have, so they keep their place in the list.
    let mut new_after: HashMap<Option<&str>, Vec<SavedPlan>> = HashMap::new();
    let mut anchor: Option<&str> = None;
    for plan in &ours.plans {
        if stored_ids.contains(plan.id.as_str()) {
            anchor = Some(plan.id.as_str());
            continue;
        }
        let keep = match synced.get(&plan.id) {
            // Made here since the last save.
            None => true,
            // Deleted in another tab: kept only if changed here since.
            Some(base) => !plan.same_content(base),
        };
        if keep {
            let mut plan = plan.clone();
            plan.revision += 1;
            new_after.entry(anchor).or_default().push(plan);
        }
    }

    let mut result: Vec<SavedPlan> = Vec::with_capacity(stored.plans.len() + ours.plans.len());
    let mut copies = Vec::new();
    let mut current = ours.current.clone();
    if let Some(front) = new_after.remove(&None) {
        result.extend(front);
    }
    for theirs in &stored.plans {
        let id = theirs.id.as_str();
        let base = synced.get(id);
        match ours_by_id.get(id) {
            None => {
                // Another tab's new plan, or one deleted here: a deletion stands only if nobody
                // changed the plan after this tab last saw it.
                let deleted_here = base.is_some_and(|b| b.revision == theirs.revision);
                if !deleted_here {
                    result.push(theirs.clone());
                }
            }
            Some(mine) => {
                let changed_here = base.is_none_or(|b| !mine.same_content(b));
                let changed_there = base.is_none_or(|b| b.revision != theirs.revision);
                if !changed_here || mine.same_content(theirs) {
                    result.push(theirs.clone());
                } else if !changed_there {
                    let mut mine = (*mine).clone();
                    mine.revision = theirs.revision + 1;
                    result.push(mine);
                } else {
                    result.push(theirs.clone());
                    let mut copy = (*mine).clone();
                    copy.id = fresh_id(&mut taken, seed.wrapping_add(result.len() as u64));
                    copy.name = fresh_name(&mut names, &mine.name);
                    copy.revision = 1;
                    if current.as_deref() == Some(id) {
                        current = Some(copy.id.clone());
                    }
                    copies.push((mine.name.clone(), copy.name.clone()));
                    result.push(copy);
                }
            }
        }
        if let Some(after) = new_after.remove(&Some(id)) {
            result.extend(after);
        }
    }
    let exists = |id: &Option<String>| {
        id.as_deref()
            .is_some_and(|id| result.iter().any(|p| p.id == id))
    };
    if !exists(&current) {
        current = if exists(&stored.current) {
            stored.current.clone()
        } else {
            result.first().map(|p| p.id.clone())
        };
    }
    let plans = SavedPlans {
        version: SAVED_VERSION,
        plans: result,
        current,
    };
    let needs_write = plans.plans != stored.plans || plans.current != stored.current;
    Merged {
        synced: Synced::of(&plans),
        plans,
        copies,
        needs_write,
    }
}

fn fresh_id(taken: &mut HashSet<String>, seed: u64) -> String {
    let mut k = 0;
    loop {
        let id = new_plan_id(&[], seed.wrapping_add(k));
        if taken.insert(id.clone()) {
            return id;
        }
        k += 1;
    }
}

fn fresh_name(names: &mut HashSet<String>, name: &str) -> String {
    let base = format!("{name}{COPY_SUFFIX}");
    let mut candidate = base.clone();
    let mut n = 2;
    while !names.insert(candidate.to_lowercase()) {
        candidate = format!("{base} ({n})");
        n += 1;
    }
    candidate
}
