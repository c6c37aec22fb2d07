#![cfg(not(target_arch = "wasm32"))]
//! Issue 12, "Nothing a user enters is ever lost": two tabs saving the same list. Each case
//! below is one the issue reproduced (tab A and tab B on one browser), then a property test that
//! tries thousands of interleavings of edits and saves and checks that no plan and no request is
//! ever lost.

use ilacs_planner::app::saved::merge::COPY_SUFFIX;
use ilacs_planner::app::saved::{load_saved, merge, saved_json, SavedPlan, SavedPlans, Synced};
use ilacs_planner::engine::records::further_info::InfoRequest;

/// One tab: its list and what it last read from or wrote to storage.
#[derive(Clone)]
struct Tab {
    plans: SavedPlans,
    synced: Synced,
}

/// A browser's storage for the list: the text under `ilacs-planner/plans`.
#[derive(Default)]
struct Storage(Option<String>);

impl Storage {
    fn read(&self) -> SavedPlans {
        load_saved(self.0.as_deref()).plans
    }
}

impl Tab {
    /// A tab opening the page: it reads the list (and makes a first plan on a first visit).
    fn open(storage: &mut Storage, seed: u64) -> Tab {
        let plans = storage.read();
        let synced = Synced::of(&plans);
        let mut tab = Tab { plans, synced };
        if tab.plans.plans.is_empty() {
            let id = tab.plans.new_plan(seed);
            tab.plans.switch_to(&id);
        }
        tab.save(storage, seed);
        tab
    }

    /// What the autosave does after every change, and on the `storage` event.
    fn save(&mut self, storage: &mut Storage, seed: u64) -> Vec<(String, String)> {
        self.save_counting(storage, seed).0
    }

    /// [`save`](Self::save), also saying whether it wrote to storage.
    fn save_counting(&mut self, storage: &mut Storage, seed: u64) -> (Vec<(String, String)>, bool) {
        let merged = merge(&self.plans, &self.synced, &storage.read(), seed);
        let wrote = merged.to_write.is_some();
        if let Some(list) = &merged.to_write {
            storage.0 = Some(saved_json(list));
        }
        self.synced = merged.synced;
        self.plans = merged.plans;
        (merged.copies, wrote)
    }

    /// What the autosave does when the browser refuses the write (storage full): what this tab
    /// knows of storage stays as it was, and the tab shows the merged list.
    fn save_refused(&mut self, storage: &Storage, seed: u64) -> bool {
        let merged = merge(&self.plans, &self.synced, &storage.read(), seed);
        self.plans = merged.plans;
        merged.to_write.is_some()
    }

    fn plan_named(&mut self, name: &str) -> &mut SavedPlan {
        self.plans
            .plans
            .iter_mut()
            .find(|p| p.name == name)
            .expect("plan")
    }
}

fn request(id: &str) -> InfoRequest {
    InfoRequest {
        id: id.to_string(),
        reason: format!("Request {id}"),
        ..InfoRequest::default()
    }
}

fn names(plans: &SavedPlans) -> Vec<String> {
    plans.plans.iter().map(|p| p.name.clone()).collect()
}

/// Issue 12, case 1: tab A starts a new plan and renames it; stale tab B renames "My plan". A's
/// plan used to vanish from storage.
#[test]
fn a_plan_made_in_one_tab_survives_a_rename_in_a_stale_tab() {
    let mut storage = Storage::default();
    let mut a = Tab::open(&mut storage, 1);
    let mut b = Tab::open(&mut storage, 2);
    let id = a.plans.new_plan(3);
    a.plans.rename(&id, "Spring visit").unwrap();
    a.save(&mut storage, 4);
    // B has not heard of A's plan (no storage event yet) and renames its own.
    b.plan_named("My plan").name = "Autumn".to_string();
    b.save(&mut storage, 5);
    assert_eq!(names(&storage.read()), ["Autumn", "Spring visit"]);
    assert_eq!(
        names(&b.plans),
        ["Autumn", "Spring visit"],
        "B now shows A's plan too"
    );
}

/// Issue 12, case 1 (variant): B adds a further-information request, then stale tab A renames
/// the same plan. The request used to be lost. Issue 22: they changed different parts of the
/// plan, so both changes are kept in one plan, with no copy (a copy was made "more often than
/// needed").
#[test]
fn a_request_added_in_one_tab_survives_a_rename_of_the_same_plan_in_another() {
    let mut storage = Storage::default();
    let mut a = Tab::open(&mut storage, 1);
    let mut b = Tab::open(&mut storage, 2);
    b.plan_named("My plan").requests.push(request("R1"));
    b.save(&mut storage, 3);
    a.plan_named("My plan").name = "Our plan".to_string();
    let copies = a.save(&mut storage, 4);
    assert!(copies.is_empty(), "{copies:?}");
    let stored = storage.read();
    assert_eq!(names(&stored), ["Our plan"]);
    assert_eq!(stored.plans[0].requests, [request("R1")]);
    b.save(&mut storage, 5);
    assert_eq!(b.plans.plans, stored.plans, "B takes A's rename");
}

/// Both tabs change the same part of a plan differently: both versions are kept, and the tab
/// whose version is not the stored one is told.
#[test]
fn the_same_part_changed_in_two_tabs_keeps_both_versions() {
    let mut storage = Storage::default();
    let mut a = Tab::open(&mut storage, 1);
    let mut b = Tab::open(&mut storage, 2);
    b.plan_named("My plan").name = "B's name".to_string();
    b.plan_named("B's name").requests.push(request("R1"));
    b.save(&mut storage, 3);
    a.plan_named("My plan").name = "A's name".to_string();
    let copies = a.save(&mut storage, 4);
    let copy = format!("A's name{COPY_SUFFIX}");
    assert_eq!(copies, [("A's name".to_string(), copy.clone())]);
    assert_eq!(names(&storage.read()), ["B's name", copy.as_str()]);
    assert_eq!(
        a.plans.current_plan().unwrap().name,
        copy,
        "A goes on showing its own version"
    );
}

/// The slow-event race (issue 22): B writes over A's change from a stale read, changing another
/// part of the plan. When A hears of it, both changes end up in one plan.
#[test]
fn a_stale_overwrite_of_another_part_merges_without_a_copy() {
    let mut storage = Storage::default();
    let mut a = Tab::open(&mut storage, 1);
    let mut b = Tab::open(&mut storage, 2);
    let before = storage.0.clone();
    a.plan_named("My plan").name = "Renamed in A".to_string();
    a.save(&mut storage, 3);
    b.plan_named("My plan").requests.push(request("R1"));
    let merged = merge(&b.plans, &b.synced, &Storage(before).read(), 4);
    storage.0 = merged.to_write.as_ref().map(saved_json);
    b.synced = merged.synced;
    b.plans = merged.plans;
    assert!(a.save(&mut storage, 5).is_empty());
    assert!(b.save(&mut storage, 6).is_empty());
    let stored = storage.read();
    assert_eq!(names(&stored), ["Renamed in A"]);
    assert_eq!(stored.plans[0].requests, [request("R1")]);
}

/// Issue 22: "Undo" of a delete after another tab's stale write had brought the plan back left
/// two plans of the same name. Undo now finds the plan already there and opens it.
#[test]
fn undo_of_a_delete_that_another_tab_brought_back_leaves_one_plan() {
    let mut storage = Storage::default();
    let mut a = Tab::open(&mut storage, 1);
    let id = a.plans.new_plan(2);
    a.plans.rename(&id, "Spring").unwrap();
    a.plans.switch_to(&id);
    a.save(&mut storage, 3);
    let mut b = Tab::open(&mut storage, 4);
    let before = storage.0.clone();
    let removed = a.plans.remove(&id).unwrap();
    a.save(&mut storage, 5);
    // B writes from a read taken before the delete, with a change of its own.
    b.plan_named("My plan").name = "Renamed".to_string();
    let merged = merge(&b.plans, &b.synced, &Storage(before).read(), 6);
    storage.0 = merged.to_write.as_ref().map(saved_json);
    a.save(&mut storage, 7);
    a.plans.restore(removed);
    a.save(&mut storage, 8);
    let springs = storage
        .read()
        .plans
        .iter()
        .filter(|p| p.name.starts_with("Spring"))
        .count();
    assert_eq!(springs, 1, "{:?}", names(&storage.read()));
    assert_eq!(a.plans.current_plan().unwrap().name, "Spring");
}

/// Issue 22: when another tab deletes the plan this tab has open, this tab opened another plan
/// silently. The merge now says which plan was closed, for the tab to say so and offer it back.
#[test]
fn a_tab_is_told_when_its_open_plan_is_deleted_elsewhere() {
    let mut storage = Storage::default();
    let mut a = Tab::open(&mut storage, 1);
    let id = a.plans.new_plan(2);
    a.plans.rename(&id, "Spring").unwrap();
    a.plans.switch_to(&id);
    a.save(&mut storage, 3);
    let mut b = Tab::open(&mut storage, 4);
    b.plans.remove(&id);
    b.save(&mut storage, 5);
    let merged = merge(&a.plans, &a.synced, &storage.read(), 6);
    let closed = merged.closed.expect("the open plan was closed");
    assert_eq!(closed.name, "Spring");
    assert_eq!(merged.plans.current_plan().unwrap().name, "My plan");
    // Nothing is said when the open plan is still there.
    let merged = merge(&b.plans, &b.synced, &storage.read(), 7);
    assert!(merged.closed.is_none());
}

/// With the `storage` event, a tab picks up the other tab's change before it edits: no conflict
/// and no copy.
#[test]
fn a_tab_that_heard_of_the_change_merges_without_a_copy() {
    let mut storage = Storage::default();
    let mut a = Tab::open(&mut storage, 1);
    let mut b = Tab::open(&mut storage, 2);
    b.plan_named("My plan").requests.push(request("R1"));
    b.save(&mut storage, 3);
    a.save(&mut storage, 4); // the storage event
    a.plan_named("My plan").name = "Our plan".to_string();
    assert!(a.save(&mut storage, 5).is_empty());
    let stored = storage.read();
    assert_eq!(names(&stored), ["Our plan"]);
    assert_eq!(stored.plans[0].requests, [request("R1")]);
}

/// A plan deleted in one tab goes from the other when that tab has not changed it, and comes
/// back when it has (an edit is never thrown away by a delete elsewhere).
#[test]
fn deleting_in_one_tab_never_throws_away_an_edit_in_the_other() {
    let mut storage = Storage::default();
    let mut a = Tab::open(&mut storage, 1);
    let id = a.plans.new_plan(2);
    a.plans.rename(&id, "Second").unwrap();
    a.save(&mut storage, 3);
    let mut b = Tab::open(&mut storage, 4);
    a.plans.remove(&id);
    a.save(&mut storage, 5);
    b.save(&mut storage, 6);
    assert_eq!(names(&b.plans), ["My plan"], "B follows the delete");

    let mut c = Tab::open(&mut storage, 7);
    let id = a.plans.new_plan(8);
    a.plans.rename(&id, "Third").unwrap();
    a.save(&mut storage, 9);
    c.save(&mut storage, 10);
    a.plans.remove(&id);
    a.save(&mut storage, 11);
    c.plan_named("Third").requests.push(request("R9"));
    c.save(&mut storage, 12);
    let stored = storage.read();
    assert!(stored
        .plans
        .iter()
        .any(|p| p.name == "Third" && p.requests == [request("R9")]));
}

/// The race the end-to-end run found: tab B renames its plan from a stale read that misses tab
/// A's rename of another plan, so B's write puts the old name back. When A hears of it, A sees an
/// old copy of a version it saw itself, and writes its own again.
#[test]
fn a_stale_write_from_another_tab_does_not_undo_a_change() {
    let mut storage = Storage::default();
    let mut a = Tab::open(&mut storage, 1);
    let mut b = Tab::open(&mut storage, 2);
    let id = a.plans.new_plan(3);
    a.save(&mut storage, 4);
    b.save(&mut storage, 5); // B hears of the new plan
    let before_rename = storage.0.clone();
    a.plans.rename(&id, "Autumn what-if").unwrap();
    a.save(&mut storage, 6);
    // B's read is stale: it has not yet seen A's rename.
    b.plan_named("My plan").name = "Spring".to_string();
    let stale = Storage(before_rename).read();
    let merged = merge(&b.plans, &b.synced, &stale, 7);
    storage.0 = merged.to_write.as_ref().map(saved_json);
    b.synced = merged.synced;
    b.plans = merged.plans;
    assert_eq!(
        names(&storage.read()),
        ["Spring", "Untitled plan"],
        "A's rename is overwritten for a moment"
    );
    // A hears of B's write: its rename goes back, and nothing of B's is lost.
    a.save(&mut storage, 8);
    b.save(&mut storage, 9);
    assert_eq!(names(&storage.read()), ["Spring", "Autumn what-if"]);
    assert_eq!(names(&b.plans), ["Spring", "Autumn what-if"]);
}

/// A plan deleted in one tab is named among the deleted plans, so a tab whose stale write left a
/// plan out is told apart from a tab that deleted it.
#[test]
fn a_plan_a_stale_write_left_out_comes_back() {
    let mut storage = Storage::default();
    let mut a = Tab::open(&mut storage, 1);
    let mut b = Tab::open(&mut storage, 2);
    let before = storage.0.clone();
    let id = a.plans.new_plan(3);
    a.plans.rename(&id, "New in A").unwrap();
    a.save(&mut storage, 4);
    // B writes from a read that does not have A's new plan.
    b.plan_named("My plan").name = "Renamed in B".to_string();
    let merged = merge(&b.plans, &b.synced, &Storage(before).read(), 5);
    storage.0 = merged.to_write.as_ref().map(saved_json);
    b.synced = merged.synced;
    b.plans = merged.plans;
    a.save(&mut storage, 6);
    assert_eq!(names(&storage.read()), ["Renamed in B", "New in A"]);
    // A real delete is named, and stays deleted in the other tab.
    a.plans.remove(&id);
    a.save(&mut storage, 7);
    assert!(storage.read().deleted.contains(&id));
    b.save(&mut storage, 8);
    assert_eq!(names(&b.plans), ["Renamed in B"]);
}

/// Saving twice with nothing new writes nothing the second time (no ping-pong between tabs).
#[test]
fn a_second_save_with_no_change_writes_nothing() {
    let mut storage = Storage::default();
    let mut a = Tab::open(&mut storage, 1);
    let mut b = Tab::open(&mut storage, 2);
    a.plan_named("My plan").name = "Renamed".to_string();
    a.save(&mut storage, 3);
    b.save(&mut storage, 4);
    let before = storage.0.clone();
    let merged = merge(&b.plans, &b.synced, &storage.read(), 5);
    assert!(merged.to_write.is_none());
    let merged = merge(&a.plans, &a.synced, &storage.read(), 6);
    assert!(merged.to_write.is_none());
    assert_eq!(storage.0, before);
}

/// Issue 22, case 1: with storage full, a plan the link added is never written, and each failed
/// write used to bump its revision, so the merged list differed from the tab's, the tab's list
/// changed, and the autosave ran again: an endless loop that froze the page. The merge must
/// reach a fixed point: merging its own output again (storage unchanged) gives the same list.
#[test]
fn a_refused_write_leaves_a_list_that_merges_to_itself() {
    let mut storage = Storage::default();
    let mut a = Tab::open(&mut storage, 1);
    let id = a.plans.new_plan(2);
    a.plans.switch_to(&id);
    a.plan_named("Untitled plan").requests.push(request("R1"));
    assert!(a.save_refused(&storage, 3), "the first save tries to write");
    let after_first = a.plans.clone();
    for seed in 4..20 {
        a.save_refused(&storage, seed);
        assert_eq!(
            a.plans, after_first,
            "a second merge changes nothing (seed {seed})"
        );
    }
    // "Start a new plan" while storage is full: one change, one new fixed point.
    let id = a.plans.new_plan(30);
    a.plans.switch_to(&id);
    a.save_refused(&storage, 31);
    let after_new = a.plans.clone();
    a.save_refused(&storage, 32);
    assert_eq!(a.plans, after_new);
    // Once space is free, everything is written.
    a.save(&mut storage, 33);
    assert_eq!(storage.read().plans.len(), 3);
}

/// The same with a plan changed in two tabs at once: the copy made for this tab is made once,
/// however often the write is refused.
#[test]
fn a_refused_write_makes_a_copy_only_once() {
    let mut storage = Storage::default();
    let mut a = Tab::open(&mut storage, 1);
    let mut b = Tab::open(&mut storage, 2);
    b.plan_named("My plan").name = "B's name".to_string();
    b.save(&mut storage, 3);
    a.plan_named("My plan").name = "A's name".to_string();
    a.save_refused(&storage, 4);
    let first = a.plans.clone();
    assert_eq!(first.plans.len(), 2, "B's plan and A's copy");
    a.save_refused(&storage, 5);
    assert_eq!(a.plans, first);
}

/// Issue 22, case 2: two idle tabs, each with a different plan open, wrote the list to storage
/// thousands of times a second: each wrote its own open plan as the list's `current`, which the
/// other heard of and wrote back. Each tab's open plan is its own; the list's `current` (the plan
/// a new tab opens) changes only when a tab opens another plan.
#[test]
fn idle_tabs_with_different_plans_open_stop_writing() {
    let mut storage = Storage::default();
    let mut tabs = [Tab::open(&mut storage, 1), Tab::open(&mut storage, 2)];
    // Tab 1 starts a new plan; tab 0 keeps "My plan" open.
    let id = tabs[1].plans.new_plan(3);
    tabs[1].plans.switch_to(&id);
    // Every write reaches the other tab as a storage event, which makes it save.
    let mut writer = 1;
    let mut writes = 0;
    let mut seed = 10;
    loop {
        let (_, wrote) = tabs[writer].save_counting(&mut storage, seed);
        seed += 1;
        if !wrote {
            break;
        }
        writes += 1;
        assert!(writes < 4, "the tabs keep writing to each other");
        writer = 1 - writer;
    }
    // Left alone, neither writes; each shows its own plan.
    for tab in &mut tabs {
        let (_, wrote) = tab.save_counting(&mut storage, seed);
        assert!(!wrote);
    }
    assert_eq!(tabs[0].plans.current_plan().unwrap().name, "My plan");
    assert_eq!(tabs[1].plans.current.as_deref(), Some(id.as_str()));
    assert_eq!(
        storage.read().current.as_deref(),
        Some(id.as_str()),
        "a new tab opens the plan opened last"
    );
}

/// A list of 200 plans merges in one pass: the work grows in step with the list.
#[test]
fn merging_a_full_list_is_linear() {
    let mut plans = SavedPlans::default();
    for i in 0..200 {
        plans.new_plan(i);
    }
    let synced = Synced::of(&plans);
    let mut ours = plans.clone();
    for plan in ours.plans.iter_mut().step_by(2) {
        plan.name.push('!');
    }
    let merged = merge(&ours, &synced, &plans, 1);
    assert_eq!(merged.plans.plans.len(), 200);
    assert!(merged.copies.is_empty());
}

#[derive(Clone, Debug)]
enum Op {
    NewPlan,
    Rename(usize),
    AddRequest(usize),
    Save,
    /// A save the browser refused (storage full).
    SaveRefused,
    Open(usize),
}

fn op() -> impl proptest::strategy::Strategy<Value = (bool, Op)> {
    use proptest::prelude::*;
    let op = prop_oneof![
        Just(Op::NewPlan),
        (0usize..4).prop_map(Op::Rename),
        (0usize..4).prop_map(Op::AddRequest),
        Just(Op::Save),
        Just(Op::Save),
        Just(Op::SaveRefused),
        (0usize..4).prop_map(Op::Open),
    ];
    (any::<bool>(), op)
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config::with_cases(2000))]

    /// Any interleaving of edits and saves in two tabs (each reading storage afresh) loses no plan
    /// and no request: every plan
    /// ever made and every request ever added is in storage once both tabs have saved, and both
    /// tabs then show what storage holds.
    #[test]
    fn two_tabs_lose_no_plan_and_no_request(ops in proptest::collection::vec(op(), 0..40)) {
        let mut storage = Storage::default();
        let mut tabs = [Tab::open(&mut storage, 1), Tab::open(&mut storage, 2)];
        let mut plan_ids: Vec<String> = storage.read().plans.iter().map(|p| p.id.clone()).collect();
        let mut request_ids: Vec<String> = Vec::new();
        for (step, (second, op)) in ops.into_iter().enumerate() {
            let seed = 100 + step as u64;
            let tab = &mut tabs[usize::from(second)];
            let count = tab.plans.plans.len();
            match op {
                Op::NewPlan => {
                    let id = tab.plans.new_plan(seed);
                    plan_ids.push(id);
                }
                Op::Rename(i) => {
                    let plan = &mut tab.plans.plans[i % count];
                    plan.name = format!("Name {step}");
                }
                Op::AddRequest(i) => {
                    let id = format!("R{step}");
                    tab.plans.plans[i % count].requests.push(request(&id));
                    request_ids.push(id);
                }
                Op::Save => {
                    tab.save(&mut storage, seed);
                }
                Op::SaveRefused => {
                    tab.save_refused(&storage, seed);
                }
                Op::Open(i) => {
                    let id = tab.plans.plans[i % count].id.clone();
                    tab.plans.switch_to(&id);
                }
            }
        }
        for (i, tab) in [0, 1, 0].into_iter().enumerate() {
            tabs[tab].save(&mut storage, 1000 + i as u64);
        }
        let stored = storage.read();
        for id in &plan_ids {
            proptest::prop_assert!(stored.plans.iter().any(|p| &p.id == id), "plan {} lost", id);
        }
        for id in &request_ids {
            proptest::prop_assert!(
                stored.plans.iter().any(|p| p.requests.iter().any(|r| &r.id == id)),
                "request {} lost", id
            );
        }
        for tab in &tabs {
            proptest::prop_assert_eq!(&tab.plans.plans, &stored.plans);
        }
        // Issue 22: once in step, idle tabs write nothing, whichever plan each has open.
        for (i, tab) in [0, 1].into_iter().enumerate() {
            let (_, wrote) = tabs[tab].save_counting(&mut storage, 2000 + i as u64);
            proptest::prop_assert!(!wrote, "idle tab {} wrote", tab);
        }
    }
}
