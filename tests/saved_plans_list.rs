#![cfg(not(target_arch = "wasm32"))]
//! Issue 6, several named plans: what the page opens with (first visit, the one-plan storage of
//! earlier releases, damaged data, links), and new, rename, duplicate, delete with undo and plan
//! files added to the list. Nothing here may lose what an officer entered.

mod support;

use chrono::NaiveDate;
use ilacs_planner::app::link::{encode_query, SharedState};
use ilacs_planner::app::saved::{
    opening, plan_summary, saved_json, NameError, OpeningNotice, SavedPlans, MAX_NAME_CHARS,
};
use ilacs_planner::engine::plan::visit_schedule::{Anchor, VisitInput};
use ilacs_planner::engine::plan::PlanInput;
use ilacs_planner::engine::rules::VisitKind;
use support::{d, visit_only};

fn visit(kind: VisitKind, date: NaiveDate) -> PlanInput {
    visit_only(kind, Anchor::Notification(date))
}

fn query(input: &PlanInput) -> String {
    encode_query(&SharedState {
        input: input.clone(),
        ..SharedState::default()
    })
}

fn current_input(plans: &SavedPlans) -> PlanInput {
    plans.current_plan().unwrap().state.input.clone()
}

#[test]
fn a_first_visit_opens_one_empty_plan() {
    let o = opening(None, None, &PlanInput::default(), 1);
    assert_eq!(o.plans.plans.len(), 1);
    assert_eq!(o.plans.plans[0].name, "My plan");
    assert_eq!(current_input(&o.plans), PlanInput::default());
    assert_eq!(o.notice, None);
    assert_eq!(o.kept_aside, None);
}

#[test]
fn a_first_visit_by_link_opens_the_link_as_my_plan_without_a_notice() {
    let link = visit(VisitKind::Standard, d(2026, 3, 2));
    let o = opening(None, None, &link, 1);
    assert_eq!(o.plans.plans.len(), 1);
    assert_eq!(current_input(&o.plans), link);
    assert_eq!(o.notice, None);
}

#[test]
fn the_single_plan_kept_by_earlier_releases_becomes_my_plan() {
    let old = visit(VisitKind::Short, d(2026, 6, 1));
    let o = opening(None, Some(&query(&old)), &PlanInput::default(), 1);
    assert_eq!(o.plans.plans.len(), 1);
    assert_eq!(o.plans.plans[0].name, "My plan");
    assert_eq!(current_input(&o.plans), old);
    assert_eq!(o.notice, None, "a clean upgrade needs no message");
}

#[test]
fn a_partly_damaged_plan_from_earlier_releases_is_restored_as_far_as_possible_and_kept() {
    let text = "v=1&vk=standard&vdate=2026-03-02&zz=%%%";
    let o = opening(None, Some(text), &PlanInput::default(), 1);
    assert_eq!(
        current_input(&o.plans),
        visit(VisitKind::Standard, d(2026, 3, 2))
    );
    assert_eq!(o.kept_aside.as_deref(), Some(text));
    match o.notice {
        Some(OpeningNotice::Recovered(message)) => {
            assert!(message.contains("nothing was deleted"), "{message}")
        }
        other => panic!("expected a recovery message, got {other:?}"),
    }
}

#[test]
fn damaged_saved_plans_are_kept_aside_and_the_page_still_opens_a_plan() {
    let text = r#"{"plans": [ {"broken"#;
    let o = opening(Some(text), None, &PlanInput::default(), 1);
    assert_eq!(o.kept_aside.as_deref(), Some(text));
    assert!(matches!(o.notice, Some(OpeningNotice::Recovered(_))));
    assert_eq!(o.plans.plans.len(), 1, "an empty plan to work in");
}

#[test]
fn the_saved_list_wins_over_the_storage_of_earlier_releases() {
    let mut plans = SavedPlans::default();
    let id = plans.new_plan(7);
    plans.current = Some(id);
    plans.current_plan_mut().unwrap().state.input = visit(VisitKind::Focused, d(2026, 5, 5));
    let old = visit(VisitKind::Short, d(2026, 6, 1));
    let o = opening(
        Some(&saved_json(&plans)),
        Some(&query(&old)),
        &PlanInput::default(),
        1,
    );
    assert_eq!(o.plans.plans.len(), 1);
    assert_eq!(
        current_input(&o.plans),
        visit(VisitKind::Focused, d(2026, 5, 5))
    );
}

fn two_saved() -> SavedPlans {
    let mut plans = SavedPlans::default();
    let a = plans.new_plan(1);
    plans.rename(&a, "Spring").unwrap();
    plans.plans[0].state.input = visit(VisitKind::Standard, d(2026, 3, 2));
    let b = plans.new_plan(2);
    plans.rename(&b, "Autumn").unwrap();
    plans.plans[1].state.input = visit(VisitKind::Short, d(2026, 10, 5));
    plans.current = Some(a);
    plans
}

#[test]
fn a_link_to_the_open_plan_or_to_another_saved_plan_opens_that_plan() {
    let saved = saved_json(&two_saved());
    let o = opening(
        Some(&saved),
        None,
        &visit(VisitKind::Standard, d(2026, 3, 2)),
        1,
    );
    assert_eq!(o.plans.current_plan().unwrap().name, "Spring");
    assert_eq!(o.notice, None);
    let o = opening(
        Some(&saved),
        None,
        &visit(VisitKind::Short, d(2026, 10, 5)),
        1,
    );
    assert_eq!(o.plans.current_plan().unwrap().name, "Autumn");
    assert_eq!(o.plans.plans.len(), 2, "nothing added");
    assert_eq!(o.notice, None);
}

#[test]
fn a_link_to_a_new_plan_is_added_and_the_open_plan_is_kept() {
    let saved = saved_json(&two_saved());
    let link = visit(VisitKind::Monitoring, d(2026, 4, 20));
    let o = opening(Some(&saved), None, &link, 1);
    assert_eq!(o.plans.plans.len(), 3);
    assert_eq!(current_input(&o.plans), link);
    assert_eq!(o.plans.current_plan().unwrap().name, "Plan from a link");
    match o.notice {
        Some(OpeningNotice::LinkAdded { name, previous }) => {
            assert_eq!(name, "Plan from a link");
            let (id, previous_name) = previous.unwrap();
            assert_eq!(previous_name, "Spring");
            assert_eq!(o.plans.plans[0].id, id);
        }
        other => panic!("expected LinkAdded, got {other:?}"),
    }
    // A second new link gets a name of its own.
    let o = opening(
        Some(&saved_json(&o.plans)),
        None,
        &visit(VisitKind::Monitoring, d(2026, 7, 6)),
        2,
    );
    assert_eq!(o.plans.current_plan().unwrap().name, "Plan from a link (2)");
}

#[test]
fn an_empty_open_plan_is_filled_by_a_link_rather_than_kept_as_clutter() {
    let mut plans = SavedPlans::default();
    let id = plans.new_plan(1);
    plans.current = Some(id.clone());
    let link = visit(VisitKind::Standard, d(2026, 3, 2));
    let o = opening(Some(&saved_json(&plans)), None, &link, 1);
    assert_eq!(o.plans.plans.len(), 1);
    assert_eq!(o.plans.current.as_deref(), Some(id.as_str()));
    assert_eq!(current_input(&o.plans), link);
    assert_eq!(o.notice, None);
}

#[test]
fn duplicating_copies_everything_under_a_new_id_and_name() {
    let mut plans = two_saved();
    let a = plans.plans[0].id.clone();
    plans.plans[0].checklist.entry("list-1").ticked = true;
    let copy = plans.duplicate(&a, 9).unwrap();
    assert_eq!(plans.plans.len(), 3);
    assert_eq!(plans.plans[1].id, copy, "the copy sits after the original");
    assert_eq!(plans.plans[1].name, "Copy of Spring");
    assert_eq!(plans.plans[1].state, plans.plans[0].state);
    assert_eq!(plans.plans[1].checklist, plans.plans[0].checklist);
    let again = plans.duplicate(&a, 10).unwrap();
    let name = &plans.plans.iter().find(|p| p.id == again).unwrap().name;
    assert_eq!(name, "Copy of Spring (2)");
    assert_eq!(plans.duplicate("nope", 1), None);
}

#[test]
fn renaming_checks_the_name() {
    let mut plans = two_saved();
    let a = plans.plans[0].id.clone();
    assert_eq!(plans.rename(&a, "  Spring 2026  "), Ok(()));
    assert_eq!(plans.plans[0].name, "Spring 2026");
    assert_eq!(plans.rename(&a, "   "), Err(NameError::Empty));
    assert_eq!(
        plans.rename(&a, "Autumn"),
        Err(NameError::Taken("Autumn".into()))
    );
    assert_eq!(
        plans.rename(&a, "autumn"),
        Err(NameError::Taken("autumn".into()))
    );
    let long = "x".repeat(MAX_NAME_CHARS + 1);
    assert_eq!(plans.rename(&a, &long), Err(NameError::TooLong));
    // Renaming to its own name (a no-op) is fine.
    assert_eq!(plans.rename(&a, "Spring 2026"), Ok(()));
    assert_eq!(NameError::Empty.to_string(), "Enter a name for the plan");
    assert_eq!(
        NameError::Taken("Autumn".into()).to_string(),
        "You already have a plan called \u{201c}Autumn\u{201d}: choose another name"
    );
}

#[test]
fn deleting_and_undoing_puts_the_plan_back_where_it_was() {
    let mut plans = two_saved();
    let before = plans.clone();
    let a = plans.plans[0].id.clone();
    let removed = plans.remove(&a).unwrap();
    assert_eq!(plans.plans.len(), 1);
    assert_eq!(
        plans.current_plan().unwrap().name,
        "Autumn",
        "another plan is opened"
    );
    plans.restore(removed);
    assert_eq!(plans, before);
}

#[test]
fn deleting_the_only_plan_leaves_an_empty_one_and_undo_removes_it_again() {
    let mut plans = SavedPlans::default();
    let only = plans.new_plan(1);
    plans.current = Some(only.clone());
    plans.plans[0].state.input = visit(VisitKind::Standard, d(2026, 3, 2));
    let before = plans.clone();
    let removed = plans.remove(&only).unwrap();
    assert_eq!(plans.plans.len(), 1);
    assert_ne!(plans.plans[0].id, only);
    assert_eq!(current_input(&plans), PlanInput::default());
    plans.restore(removed);
    assert_eq!(plans, before);
}

#[test]
fn a_plan_from_a_file_is_added_under_a_new_id_when_its_id_is_taken() {
    let mut plans = two_saved();
    let mut file = plans.plans[0].clone();
    file.state.input = visit(VisitKind::Focused, d(2026, 9, 1));
    let id = plans.add(file, 5);
    assert_eq!(plans.plans.len(), 3);
    assert_ne!(id, plans.plans[0].id);
    let added = plans.plans.iter().find(|p| p.id == id).unwrap();
    assert_eq!(added.name, "Spring (2)");
}

#[test]
fn switching_opens_only_plans_that_exist() {
    let mut plans = two_saved();
    let b = plans.plans[1].id.clone();
    assert!(plans.switch_to(&b));
    assert_eq!(plans.current_plan().unwrap().name, "Autumn");
    assert!(!plans.switch_to("nope"));
    assert_eq!(plans.current_plan().unwrap().name, "Autumn");
}

#[test]
fn a_plan_is_summed_up_in_words() {
    assert_eq!(plan_summary(&PlanInput::default()), "No dates entered yet");
    assert_eq!(
        plan_summary(&visit(VisitKind::Standard, d(2026, 3, 2))),
        "Standard inspection, notification on Monday 2 March 2026"
    );
    let on_site = PlanInput {
        visit: Some(VisitInput::new(
            VisitKind::Focused,
            Anchor::FirstOnSiteDay(d(2026, 3, 10)),
        )),
        ..PlanInput::default()
    };
    assert_eq!(
        plan_summary(&on_site),
        "Focused visit, first on-site day Tuesday 10 March 2026"
    );
}

proptest::proptest! {
    /// Whatever is in storage, the page opens with at least one plan and a plan open.
    #[test]
    fn any_stored_text_opens_a_usable_list(saved in ".{0,200}", legacy in ".{0,200}") {
        let o = opening(Some(&saved), Some(&legacy), &PlanInput::default(), 3);
        proptest::prop_assert!(!o.plans.plans.is_empty());
        proptest::prop_assert!(o.plans.current_plan().is_some());
    }
}

#[test]
fn one_plan_from_inputs_is_my_plan_and_open() {
    let input = visit(VisitKind::Standard, d(2026, 3, 2));
    let plans = SavedPlans::from(input.clone());
    assert_eq!(plans.plans.len(), 1);
    assert_eq!(plans.current_plan().unwrap().name, "My plan");
    assert_eq!(current_input(&plans), input);
}
