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
//! A tab's read of storage can be stale: browsers pass one tab's writes to another tab's copy of
//! the storage a moment later, so a tab may write over a change it has not seen yet. So the merge
//! trusts nothing older than what this tab last saw: a stored plan with a lower revision than
//! this tab's is an old copy (this tab's is written again), the same revision with other content
//! is a concurrent overwrite (both kept), and a plan missing from storage counts as deleted only
//! when the stored list names it among its deleted plans ([`SavedPlans::deleted`]).
//!
//! So whatever the order of edits and saves in two tabs, no plan and no request is lost (the
//! property tests in `tests/saved_plans_merge.rs` try thousands of orders). Every step is one pass
//! over the lists with hash maps: linear in the number of plans (times the number of places where
//! this tab added plans since it last saved, usually one).

// Fx hashing, as Leptos uses: no second hasher (SipHash) in the bundle, and ids are not
// attacker-chosen keys.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::{new_plan_id, numbered_name, SavedPlan, SavedPlans, SAVED_VERSION};

/// How many deleted plans' ids the list remembers.
pub const MAX_DELETED: usize = 500;

/// Added to the name of this tab's copy of a plan that another tab changed at the same time.
pub const COPY_SUFFIX: &str = " (copy from another tab)";

/// The plans as this tab last read them from storage or wrote them there, with the last few
/// versions of each that it has seen (to tell an old copy written back from a stale read from a
/// change made elsewhere).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Synced {
    plans: HashMap<String, Vec<SavedPlan>>,
    /// The plan this tab had open when it last merged. Each tab shows its own plan; the list's
    /// `current` (the plan a new tab opens) is written only when a tab opens another plan, or two
    /// idle tabs with different plans open would write it back and forth for ever (issue 22).
    current: Option<String>,
}

/// How many versions of each plan a tab remembers.
const VERSIONS_KEPT: usize = 8;

impl Synced {
    /// What a tab knows after reading (or writing) `plans`.
    pub fn of(plans: &SavedPlans) -> Self {
        Synced::default().after(plans)
    }

    /// What a tab knows once it has also seen `plans`.
    pub fn after(&self, plans: &SavedPlans) -> Self {
        let mut out = HashMap::with_capacity_and_hasher(plans.plans.len(), Default::default());
        for plan in &plans.plans {
            let mut versions = self.plans.get(&plan.id).cloned().unwrap_or_default();
            if !versions
                .last()
                .is_some_and(|v| v.revision == plan.revision && v.same_content(plan))
            {
                versions.push(plan.clone());
            }
            if versions.len() > VERSIONS_KEPT {
                versions.drain(..versions.len() - VERSIONS_KEPT);
            }
            out.insert(plan.id.clone(), versions);
        }
        Synced {
            plans: out,
            current: plans.current.clone(),
        }
    }

    /// The latest version seen.
    fn get(&self, id: &str) -> Option<&SavedPlan> {
        self.plans.get(id).and_then(|v| v.last())
    }

    /// The latest version seen that is older than `plan`: what both sides started from, when
    /// `plan` was written from it.
    fn ancestor_of(&self, plan: &SavedPlan) -> Option<&SavedPlan> {
        self.plans
            .get(&plan.id)?
            .iter()
            .rev()
            .find(|v| v.revision < plan.revision)
    }

    /// Whether this exact version was seen before.
    fn saw(&self, plan: &SavedPlan) -> bool {
        self.plans.get(&plan.id).is_some_and(|versions| {
            versions
                .iter()
                .any(|v| v.revision == plan.revision && v.same_content(plan))
        })
    }
}

/// The merged list, and what to tell the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    /// The list for this tab to show, with this tab's open plan.
    pub plans: SavedPlans,
    /// What this tab knows once `to_write` has been written (or, when nothing needs writing,
    /// once the stored list has been read).
    pub synced: Synced,
    /// `(plan, copy)` names for each plan changed in both tabs at once.
    pub copies: Vec<(String, String)>,
    /// The list to store, when it differs from what is stored: `plans`, with the open plan this
    /// tab last chose, or else the stored one.
    pub to_write: Option<SavedPlans>,
    /// This tab's open plan, as this tab had it, when another tab deleted it (so this tab now
    /// shows another): for the tab to say so and offer it back.
    pub closed: Option<SavedPlan>,
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
/// assert!(merged.to_write.is_some() && merged.copies.is_empty());
/// ```
pub fn merge(ours: &SavedPlans, synced: &Synced, stored: &SavedPlans, seed: u64) -> Merged {
    let ours_by_id = ids(ours.plans.iter().map(|p| p.id.as_str()));
    let stored_ids = ids(stored.plans.iter().map(|p| p.id.as_str()));
    let deleted_there = ids(stored.deleted.iter().map(String::as_str));
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
        .map(|p| name_key(&p.name))
        .collect();
    let mut deleted_here: Vec<String> = Vec::new();
    let mut new_after = missing_from_storage(ours, synced, &stored_ids, &deleted_there);

    let mut result: Vec<SavedPlan> = Vec::with_capacity(stored.plans.len() + ours.plans.len());
    let mut copies = Vec::new();
    let mut current = ours.current.clone();
    if let Some(front) = take_after(&mut new_after, None) {
        result.extend(front);
    }
    for theirs in &stored.plans {
        let id = theirs.id.as_str();
        let base = synced.get(id);
        let seen = base.map(|b| seen_as(theirs, b, synced));
        match ours_by_id.get(id).map(|&i| &ours.plans[i]) {
            None => {
                // Another tab's new plan, or one deleted here: a deletion stands unless somebody
                // changed the plan after this tab last saw it.
                match seen {
                    Some(Seen::Same | Seen::Older) => deleted_here.push(theirs.id.clone()),
                    _ => result.push(theirs.clone()),
                }
            }
            Some(mine) => {
                let changed_here = base.is_none_or(|b| !mine.same_content(b));
                if mine.same_content(theirs) {
                    result.push(theirs.clone());
                    continue_after(&mut result, &mut new_after, id);
                    continue;
                }
                match seen {
                    // Nothing new there: this tab's version, changed or not, is the latest.
                    Some(Seen::Same) if !changed_here => result.push(theirs.clone()),
                    Some(Seen::Same | Seen::Older) => {
                        let mut mine = (*mine).clone();
                        mine.revision = theirs.revision.max(base.map_or(0, |b| b.revision)) + 1;
                        result.push(mine);
                    }
                    // Changed only there.
                    Some(Seen::Newer) if !changed_here => result.push(theirs.clone()),
                    // Changed in both tabs (or overwritten from a stale copy). Different parts
                    // of the plan: both changes, in one plan. The same part changed differently:
                    // keep both versions.
                    _ => match three_way(synced.ancestor_of(theirs), mine, theirs) {
                        Some(mut both) => {
                            both.revision = theirs.revision.max(base.map_or(0, |b| b.revision)) + 1;
                            result.push(both);
                        }
                        None => {
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
                    },
                }
            }
        }
        continue_after(&mut result, &mut new_after, id);
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
    let stored_current_listed = exists(&stored.current);
    let closed = match ours.current_plan() {
        Some(open) if !exists(&Some(open.id.clone())) => Some(open.clone()),
        _ => None,
    };
    let deleted = deleted_list(&result, &stored.deleted, &deleted_here);
    let plans = SavedPlans {
        version: SAVED_VERSION,
        plans: result,
        current,
        deleted,
    };
    let opened_here = plans.current != synced.current;
    let stored_current = if opened_here || !stored_current_listed {
        plans.current.clone()
    } else {
        stored.current.clone()
    };
    let needs_write = plans.plans != stored.plans
        || stored_current != stored.current
        || plans.deleted != stored.deleted;
    let to_write = needs_write.then(|| SavedPlans {
        current: stored_current,
        ..plans.clone()
    });
    Merged {
        synced: synced.after(&plans),
        plans,
        copies,
        to_write,
        closed,
    }
}

/// `mine` and `theirs` made one, part by part (name, inputs, checklist, requests), when each
/// part was changed on one side at most since `base`; `None` when a part was changed on both
/// sides differently (then both versions are kept whole).
fn three_way(base: Option<&SavedPlan>, mine: &SavedPlan, theirs: &SavedPlan) -> Option<SavedPlan> {
    fn pick<T: PartialEq + Clone>(base: &T, mine: &T, theirs: &T) -> Option<T> {
        if mine == theirs || mine == base {
            Some(theirs.clone())
        } else if theirs == base {
            Some(mine.clone())
        } else {
            None
        }
    }
    let base = base?;
    Some(SavedPlan {
        id: theirs.id.clone(),
        name: pick(&base.name, &mine.name, &theirs.name)?,
        state: pick(&base.state, &mine.state, &theirs.state)?,
        checklist: pick(&base.checklist, &mine.checklist, &theirs.checklist)?,
        requests: pick(&base.requests, &mine.requests, &theirs.requests)?,
        revision: theirs.revision,
    })
}

/// Ids with their positions in the list they come from (the last, for an id listed twice). Also
/// used as a set: one hash map type for `merge` and for `plan()`'s event index, so its code is
/// compiled once (issue 23).
type Ids<'a> = HashMap<&'a str, usize>;

fn ids<'a>(list: impl Iterator<Item = &'a str>) -> Ids<'a> {
    list.enumerate().map(|(i, id)| (id, i)).collect()
}

/// This tab's new plans, each group behind the stored plan it follows (`None`: at the front). A
/// list, not a map: there are as many groups as places where this tab added plans since its last
/// save, usually one.
type NewAfter<'a> = Vec<(Option<&'a str>, Vec<SavedPlan>)>;

/// Takes the group of new plans that follows `anchor`.
fn take_after(new_after: &mut NewAfter<'_>, anchor: Option<&str>) -> Option<Vec<SavedPlan>> {
    let i = new_after.iter().position(|(a, _)| *a == anchor)?;
    Some(new_after.swap_remove(i).1)
}

/// This tab's plans that storage does not have and that should be kept, grouped behind the
/// nearest earlier plan that storage does have, so they keep their place in the list.
fn missing_from_storage<'a>(
    ours: &'a SavedPlans,
    synced: &Synced,
    stored_ids: &Ids<'_>,
    deleted_there: &Ids<'_>,
) -> NewAfter<'a> {
    let mut new_after: NewAfter<'a> = Vec::new();
    let mut anchor: Option<&str> = None;
    for plan in &ours.plans {
        if stored_ids.contains_key(plan.id.as_str()) {
            anchor = Some(plan.id.as_str());
            continue;
        }
        let keep = match synced.get(&plan.id) {
            // Made here since the last save.
            None => true,
            // Deleted in another tab: kept only if changed here since. Missing but not named as
            // deleted: a stale write left it out, so it goes back.
            Some(base) => !deleted_there.contains_key(plan.id.as_str()) || !plan.same_content(base),
        };
        if keep {
            // One past what this tab last saw, computed from that alone: a refused write leaves
            // the tab with this list, and merging it again must give the same (issue 22).
            let mut plan = plan.clone();
            let next = synced.get(&plan.id).map_or(1, |b| b.revision + 1);
            plan.revision = plan.revision.max(next);
            match new_after.iter_mut().find(|(a, _)| *a == anchor) {
                Some((_, plans)) => plans.push(plan),
                None => new_after.push((anchor, vec![plan])),
            }
        }
    }
    new_after
}

/// The ids of deleted plans: each once, none of a plan that is in the list again (an Undo, or
/// kept after an edit), and only the latest [`MAX_DELETED`].
fn deleted_list(result: &[SavedPlan], stored: &[String], deleted_here: &[String]) -> Vec<String> {
    let mut listed = ids(result.iter().map(|p| p.id.as_str()));
    let mut deleted: Vec<String> = Vec::new();
    for id in stored.iter().chain(deleted_here) {
        if listed.insert(id.as_str(), 0).is_none() {
            deleted.push(id.clone());
        }
    }
    if deleted.len() > MAX_DELETED {
        deleted.drain(..deleted.len() - MAX_DELETED);
    }
    deleted
}

/// How a stored plan compares with the copy this tab last saw.
enum Seen {
    /// The same revision and content: nobody changed it since.
    Same,
    /// A lower revision: an old copy written from a stale read.
    Older,
    /// A higher revision: changed in another tab since.
    Newer,
    /// The same revision with other content: written over from a stale read.
    Overwritten,
}

fn seen_as(theirs: &SavedPlan, base: &SavedPlan, synced: &Synced) -> Seen {
    use std::cmp::Ordering;
    match theirs.revision.cmp(&base.revision) {
        // An old copy only if this tab saw that very version; otherwise another tab changed
        // it from a stale read.
        Ordering::Less if synced.saw(theirs) => Seen::Older,
        Ordering::Less => Seen::Overwritten,
        Ordering::Greater => Seen::Newer,
        Ordering::Equal if theirs.same_content(base) => Seen::Same,
        Ordering::Equal => Seen::Overwritten,
    }
}

/// Puts this tab's new plans that follow plan `id` after it.
fn continue_after<'a>(result: &mut Vec<SavedPlan>, new_after: &mut NewAfter<'a>, id: &'a str) {
    if let Some(after) = take_after(new_after, Some(id)) {
        result.extend(after);
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
    (1..)
        .map(|n| numbered_name(&base, n))
        .find(|candidate| names.insert(name_key(candidate)))
        .unwrap_or(base)
}

/// Two names are the same plan name when they differ only in the case of ASCII letters: the rule
/// `SavedPlans::unique_name` uses (`eq_ignore_ascii_case`), so a tab merge and a new plan agree
/// on which names are taken. (Full Unicode case folding would also put its tables in the first
/// load.)
fn name_key(name: &str) -> String {
    name.to_ascii_lowercase()
}
