#![cfg(not(target_arch = "wasm32"))]
//! Properties of the month grid and the calendar's keyboard moves, over random months and dates.

mod support;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use ilacs_planner::engine::calendar::month_grid::{
    add_months, month_grid, move_date, same_day_in_month, GridMove,
};
use proptest::prelude::*;
use support::d;

/// Any date from 1900 to 2199: wider than the planner's range, to cover odd leap years (1900, 2100).
fn any_date() -> impl Strategy<Value = NaiveDate> {
    (0u64..109_572).prop_map(|i| {
        d(1900, 1, 1)
            .checked_add_days(Days::new(i))
            .unwrap_or(NaiveDate::MIN)
    })
}

fn any_month() -> impl Strategy<Value = (i32, u32)> {
    (1900i32..2200, 1u32..=12)
}

proptest! {
    #[test]
    fn every_week_runs_monday_to_sunday_without_gaps((year, month) in any_month()) {
        let grid = month_grid(year, month).expect("a valid month");
        prop_assert!((4..=6).contains(&grid.weeks.len()), "{} weeks", grid.weeks.len());
        let mut previous: Option<NaiveDate> = None;
        for week in &grid.weeks {
            prop_assert_eq!(week[0].weekday(), Weekday::Mon);
            prop_assert_eq!(week[6].weekday(), Weekday::Sun);
            for day in week {
                if let Some(p) = previous {
                    prop_assert_eq!(p.succ_opt(), Some(*day));
                }
                previous = Some(*day);
            }
        }
    }

    #[test]
    fn every_day_of_the_month_appears_exactly_once((year, month) in any_month()) {
        let grid = month_grid(year, month).expect("a valid month");
        let in_month: Vec<NaiveDate> = grid
            .weeks
            .iter()
            .flatten()
            .copied()
            .filter(|day| grid.is_in_month(*day))
            .collect();
        let expected: Vec<NaiveDate> = (1..=31)
            .filter_map(|day| NaiveDate::from_ymd_opt(year, month, day))
            .collect();
        prop_assert_eq!(in_month, expected);
        // The padding days belong to the months either side, and only fill the first and last weeks.
        let first_week = grid.weeks.first().expect("a week");
        let last_week = grid.weeks.last().expect("a week");
        prop_assert!(first_week.iter().any(|day| grid.is_in_month(*day)));
        prop_assert!(last_week.iter().any(|day| grid.is_in_month(*day)));
        for week in &grid.weeks[1..grid.weeks.len() - 1] {
            prop_assert!(week.iter().all(|day| grid.is_in_month(*day)));
        }
    }

    #[test]
    fn next_and_previous_day_round_trip(date in any_date()) {
        let next = move_date(date, GridMove::NextDay).expect("a next day");
        prop_assert_eq!(move_date(next, GridMove::PreviousDay), Some(date));
        let next_week = move_date(date, GridMove::NextWeek).expect("a next week");
        prop_assert_eq!(next_week.weekday(), date.weekday());
        prop_assert_eq!(move_date(next_week, GridMove::PreviousWeek), Some(date));
    }

    #[test]
    fn page_down_then_page_up_stays_in_the_same_month(date in any_date()) {
        let down = move_date(date, GridMove::NextMonth).expect("a next month");
        prop_assert_eq!(Some((down.year(), down.month())), add_months(date.year(), date.month(), 1));
        prop_assert!(down.day() <= date.day());
        let back = move_date(down, GridMove::PreviousMonth).expect("a previous month");
        prop_assert_eq!((back.year(), back.month()), (date.year(), date.month()));
        prop_assert!(back.day() <= date.day());
        // Only a shorter month in between can pull the day back.
        if date.day() <= 28 {
            prop_assert_eq!(back, date);
        }
    }

    #[test]
    fn home_and_end_stay_in_the_same_week(date in any_date()) {
        let home = move_date(date, GridMove::StartOfWeek).expect("a Monday");
        let end = move_date(date, GridMove::EndOfWeek).expect("a Sunday");
        prop_assert_eq!(home.weekday(), Weekday::Mon);
        prop_assert_eq!(end.weekday(), Weekday::Sun);
        prop_assert!(home <= date && date <= end);
        prop_assert_eq!(end.signed_duration_since(home).num_days(), 6);
    }

    #[test]
    fn the_focused_day_is_always_in_its_own_grid(date in any_date()) {
        let grid = month_grid(date.year(), date.month()).expect("a valid month");
        prop_assert!(grid.weeks.iter().flatten().any(|day| *day == date));
    }

    #[test]
    fn same_day_in_month_lands_in_that_month(date in any_date(), delta in -30i32..30) {
        let (year, month) = add_months(date.year(), date.month(), delta).expect("a month");
        let moved = same_day_in_month(date, year, month).expect("a day");
        prop_assert_eq!((moved.year(), moved.month()), (year, month));
        prop_assert!(moved.day() <= date.day());
    }
}

#[test]
fn march_2026_first_and_last_cells() {
    let grid = month_grid(2026, 3).expect("March 2026");
    assert_eq!(grid.weeks.first().map(|w| w[0]), Some(d(2026, 2, 23)));
    assert_eq!(grid.weeks.last().map(|w| w[6]), Some(d(2026, 4, 5)));
}

#[test]
fn page_down_from_31_january_2026_is_28_february() {
    assert_eq!(
        move_date(d(2026, 1, 31), GridMove::NextMonth),
        Some(d(2026, 2, 28))
    );
}
