#![cfg(not(target_arch = "wasm32"))]
//! The next inspection's "most likely" months, from the public inspection history
//! (`data/ilacs-inspection-history.tsv`, read by `build.rs` with `engine::councils::history`), checked
//! against issue 14: "after judgement inspections in 2022, the next came 38–41 months later for
//! three in four authorities (median 40 months), i.e. in the later half of the framework's
//! window (F§13)".

mod support;

use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::engine::councils::history::{
    gaps_after, median, months_between, parse, shortest_range,
};
use ilacs_planner::engine::event::EventKind;
use ilacs_planner::engine::plan::pathway::{
    Grade, JudgementKind, LastInspection, Outcome, Pathway,
};
use ilacs_planner::engine::plan::{plan, PlanInput};
use ilacs_planner::engine::rules::{self, forecast::INSPECTIONS_READ};
use support::d;

const HISTORY: &str = include_str!("../data/ilacs-inspection-history.tsv");

/// The file's header: "312 inspections of 153 authorities"; every row is read.
#[test]
fn history_file_is_read_whole() {
    let all = parse(HISTORY).unwrap();
    assert_eq!(all.len(), 312);
    let mut codes: Vec<_> = all.iter().map(|i| i.la_code.as_str()).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), 153);
    // The build script read the same file.
    assert_eq!(INSPECTIONS_READ, 312);
}

#[test]
fn damaged_rows_are_refused_with_their_line() {
    let bad = "# note\nname\tla_code\tfieldwork_start\nA\t301\t2022-13-01\n";
    assert_eq!(
        parse(bad).unwrap_err(),
        "line 3 cannot be read: A\t301\t2022-13-01"
    );
    assert!(parse("# only a note\n").is_err());
    assert!(parse("name\tcode\n").unwrap_err().contains("la_code"));
}

#[test]
fn gaps_are_whole_months_to_the_next_inspection_of_the_same_authority() {
    let tsv = "la_code\tfieldwork_start\n1\t2022-06-13\n1\t2025-10-06\n1\t2019-01-07\n2\t2022-03-07\n2\t2021-01-04\n3\t2023-01-09\n";
    let all = parse(tsv).unwrap();
    // Authority 2 has not been inspected again since 2022; authority 3 is not in the cohort.
    assert_eq!(gaps_after(&all, 2022), vec![40]);
    assert_eq!(months_between((2023, 6, 12), (2026, 10, 1)), 40);
    // Five gaps: three in four means four of them; the outlier is left out on either side.
    assert_eq!(shortest_range(&[1, 5, 6, 7, 20], 3, 4), Some((1, 7)));
    assert_eq!(shortest_range(&[1, 10, 11, 12, 13], 3, 4), Some((10, 13)));
    assert_eq!(shortest_range(&[1, 5, 6, 7], 3, 4), Some((5, 7)));
    assert_eq!(shortest_range(&[], 3, 4), None);
    assert_eq!(median(&[38, 40, 41]), Some(40));
}

/// Issue 14: median 40 months; three in four within a few months in the later half of the
/// window (36 to 42 months, F§13). Computed from the file, the shortest range holding three in
/// four is 38 to 42 months (the issue says 38–41).
#[test]
fn observed_gaps_after_2022_match_the_issue() {
    let gaps = gaps_after(&parse(HISTORY).unwrap(), 2022);
    let rule = rules::by_id("current-practice")
        .unwrap()
        .forecast
        .next_inspection
        .unwrap();
    assert_eq!(rule.gaps_months, gaps.as_slice());
    // The 2017 rule set holds no observations.
    let framework = rules::by_id("ilacs-2017").unwrap();
    assert!(framework.forecast.next_inspection.is_none());
    assert_eq!(median(&gaps), Some(40));
    let (low, high) = shortest_range(&gaps, 3, 4).unwrap();
    assert_eq!(low, 38);
    assert!((41..=42).contains(&high), "{high}");
    assert!(low >= 36 && high <= 42, "later half of the window");
}

/// Issue 14's closing example: a council inspected in June 2023 (requires improvement, so a
/// standard inspection next, F§20): most likely August to December 2026 (38–42 months),
/// median October 2026, inside the window of December 2025 to December 2026 (F§13).
#[test]
fn council_inspected_in_june_2023_most_likely_august_to_december_2026() {
    let input = PlanInput {
        last_inspection: Some(LastInspection {
            kind: JudgementKind::Standard,
            first_onsite_day: d(2023, 6, 12),
            outcome: Outcome::Overall(Grade::RequiresImprovement),
        }),
        ..PlanInput::default()
    };
    let rules = rules::by_id("current-practice").unwrap();
    let p = plan(rules, &Calendar::england_and_wales(), &input, d(2026, 1, 5)).unwrap();
    assert_eq!(p.pathway.as_ref().unwrap().pathway, Pathway::Two);
    let from = p.event("next-inspection-likely-from").unwrap();
    let to = p.event("next-inspection-likely-to").unwrap();
    assert_eq!(from.date, d(2026, 8, 1));
    assert_eq!(to.date, d(2026, 12, 31));
    assert!(from.estimate && to.estimate);
    assert_eq!(from.kind, EventKind::Window);
    assert_eq!(from.citation.label, "observed since 2022");
    let f = p.next_inspection_forecast.as_ref().unwrap();
    assert_eq!(f.median, d(2026, 10, 1));
    assert!(
        f.sentence()
            .starts_with("Most likely between August and December 2026 (observed, not a rule)"),
        "{}",
        f.sentence()
    );
    assert!(p.event("window-opens").unwrap().date < from.date);

    // Pathway 3 has its own monitoring sequence: no observed months.
    let inadequate = PlanInput {
        last_inspection: Some(LastInspection {
            outcome: Outcome::Overall(Grade::Inadequate),
            ..input.last_inspection.unwrap()
        }),
        ..PlanInput::default()
    };
    let q = plan(
        rules,
        &Calendar::england_and_wales(),
        &inadequate,
        d(2026, 1, 5),
    )
    .unwrap();
    assert!(q.event("next-inspection-likely-from").is_none());
    assert!(q.next_inspection_forecast.is_none());
}
