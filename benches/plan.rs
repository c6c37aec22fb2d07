//! plan benchmarks (criterion): a full plan (pathway + one visit schedule + after fieldwork).
use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use ilacs_planner::app::saved::{load_saved, merge, saved_json, SavedPlans, Synced, MAX_PLANS};
use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::engine::plan::pathway::{Grade, JudgementKind, LastInspection, Outcome};
use ilacs_planner::engine::plan::visit_schedule::{Anchor, VisitInput};
use ilacs_planner::engine::plan::{plan, Episode, PlanInput, MAX_EPISODES};
use ilacs_planner::engine::rules::{self, VisitKind};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

fn full_plan(c: &mut Criterion) {
    let cal = Calendar::england_and_wales();
    let rules = rules::by_id("current-practice").expect("rule set");
    let input = PlanInput {
        last_inspection: Some(LastInspection {
            kind: JudgementKind::Standard,
            first_onsite_day: d(2023, 3, 6),
            outcome: Outcome::Overall(Grade::RequiresImprovement),
        }),
        visit: Some(VisitInput::new(
            VisitKind::Standard,
            Anchor::FirstOnSiteDay(d(2026, 3, 2)),
        )),
        engagement_meeting: Some(d(2025, 5, 14)),
        ..PlanInput::default()
    };
    let today = d(2026, 1, 5);
    c.bench_function(
        "plan: pathway + standard inspection + after fieldwork",
        |b| b.iter(|| plan(black_box(rules), black_box(&cal), black_box(&input), today)),
    );
    let inadequate = PlanInput {
        last_inspection: Some(LastInspection {
            kind: JudgementKind::Standard,
            first_onsite_day: d(2025, 1, 13),
            outcome: Outcome::Overall(Grade::Inadequate),
        }),
        visit: Some(VisitInput::new(
            VisitKind::Monitoring,
            Anchor::FirstOnSiteDay(d(2025, 7, 15)),
        )),
        ..PlanInput::default()
    };
    c.bench_function(
        "plan: pathway 3 + monitoring visit + after fieldwork",
        |b| {
            b.iter(|| {
                plan(
                    black_box(rules),
                    black_box(&cal),
                    black_box(&inadequate),
                    today,
                )
            })
        },
    );
}

/// Issue 12: the largest plan the limits allow (20 other episodes) and the largest saved list
/// (200 plans) must each take well under a millisecond to work out or to open and merge.
fn at_the_limits(c: &mut Criterion) {
    let cal = Calendar::england_and_wales();
    let rules = rules::by_id("current-practice").expect("rule set");
    let mut input = PlanInput {
        visit: Some(VisitInput::new(
            VisitKind::Standard,
            Anchor::FirstOnSiteDay(d(2026, 3, 2)),
        )),
        ..PlanInput::default()
    };
    input.other_episodes = (0..MAX_EPISODES as u32)
        .map(|i| Episode {
            kind: VisitKind::Focused,
            first_day: d(2024, 1 + i % 12, 2 + i % 3),
        })
        .filter(|e| cal.is_working_day(e.first_day).unwrap_or(false))
        .collect();
    while input.other_episodes.len() < MAX_EPISODES {
        input.other_episodes.push(Episode {
            kind: VisitKind::Jtai,
            first_day: d(2025, 6, 3),
        });
    }
    let today = d(2026, 1, 5);
    c.bench_function("plan: 20 other episodes + standard inspection", |b| {
        b.iter(|| plan(black_box(rules), black_box(&cal), black_box(&input), today))
    });

    let mut list = SavedPlans::default();
    for i in 0..MAX_PLANS as u64 {
        let id = list.new_plan(i);
        list.switch_to(&id);
        if let Some(p) = list.current_plan_mut() {
            p.state.input = input.clone();
        }
    }
    let text = saved_json(&list);
    c.bench_function("saved list: open 200 plans", |b| {
        b.iter(|| load_saved(black_box(Some(text.as_str()))))
    });
    let synced = Synced::of(&list);
    let mut ours = list.clone();
    ours.plans[0].name.push('!');
    c.bench_function("saved list: merge 200 plans", |b| {
        b.iter(|| merge(black_box(&ours), black_box(&synced), black_box(&list), 1))
    });
}

criterion_group!(benches, full_plan, at_the_limits);
criterion_main!(benches);
