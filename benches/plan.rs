//! plan benchmarks (criterion): a full plan (pathway + one visit schedule + after fieldwork).
use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::engine::pathway::{Grade, JudgementKind, LastInspection, Outcome};
use ilacs_planner::engine::plan::{plan, PlanInput};
use ilacs_planner::engine::rules::{self, VisitKind};
use ilacs_planner::engine::visit_schedule::{Anchor, VisitInput};

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

criterion_group!(benches, full_plan);
criterion_main!(benches);
