#![cfg(not(target_arch = "wasm32"))]
//! Properties of the working-day arithmetic and the built-in list, over random dates and offsets.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use ilacs_planner::engine::calendar::{
    BankHoliday, Calendar, CalendarError, NonWorkingReason, FIRST_DAY, FIRST_YEAR, LAST_DAY,
    LAST_YEAR,
};
use proptest::prelude::*;
use std::sync::OnceLock;

fn cal() -> &'static Calendar {
    static CAL: OnceLock<Calendar> = OnceLock::new();
    CAL.get_or_init(Calendar::england_and_wales)
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (0u64..38_716).prop_map(|i| {
        FIRST_DAY
            .checked_add_days(Days::new(i))
            .unwrap_or(FIRST_DAY)
    })
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Working days `x` with `lo <= x < hi`, by looking at every day.
fn slow_count(lo: NaiveDate, hi: NaiveDate) -> i32 {
    lo.iter_days()
        .take_while(|d| *d < hi)
        .filter(|d| cal().is_working_day(*d) == Ok(true))
        .count() as i32
}

fn next_day(d: NaiveDate) -> NaiveDate {
    d.succ_opt().unwrap_or(d)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn add_then_subtract_returns_to_a_working_day_start(date in any_date(), n in -400i32..=400) {
        let cal = cal();
        prop_assume!(cal.is_working_day(date) == Ok(true));
        if let Ok(there) = cal.add_working_days(date, n) {
            prop_assert_eq!(cal.add_working_days(there, -n), Ok(date));
        }
    }

    #[test]
    fn adding_lands_on_a_working_day(date in any_date(), n in -400i32..=400) {
        prop_assume!(n != 0);
        match cal().add_working_days(date, n) {
            Ok(result) => {
                prop_assert_eq!(cal().is_working_day(result), Ok(true));
                let moved_the_right_way = if n > 0 { result > date } else { result < date };
                prop_assert!(moved_the_right_way);
            }
            // Only near the ends of the range.
            Err(CalendarError::OutOfRange { date: reached }) => {
                prop_assert!(reached < FIRST_DAY || reached > LAST_DAY);
                prop_assert!(date.year() <= FIRST_YEAR + 2 || date.year() >= LAST_YEAR - 2);
            }
        }
    }

    #[test]
    fn adding_zero_is_the_date_itself(date in any_date()) {
        prop_assert_eq!(cal().add_working_days(date, 0), Ok(date));
    }

    #[test]
    fn adding_is_stepping_one_day_at_a_time(date in any_date(), n in 1i32..=30) {
        let mut forward = date;
        let mut backward = date;
        for _ in 0..n {
            forward = match cal().next_working_day(forward) { Ok(d) => d, Err(_) => return Ok(()) };
        }
        for _ in 0..n {
            backward = match cal().previous_working_day(backward) { Ok(d) => d, Err(_) => return Ok(()) };
        }
        prop_assert_eq!(cal().add_working_days(date, n), Ok(forward));
        prop_assert_eq!(cal().add_working_days(date, -n), Ok(backward));
    }

    #[test]
    fn counting_agrees_with_stepping(from in any_date(), span in -200i64..=200) {
        let to = if span >= 0 {
            from.checked_add_days(Days::new(span.unsigned_abs()))
        } else {
            from.checked_sub_days(Days::new(span.unsigned_abs()))
        };
        let Some(to) = to.filter(|t| (FIRST_DAY..=LAST_DAY).contains(t)) else { return Ok(()) };
        let counted = cal().working_days_between(from, to);
        // Start excluded, end included, in both directions.
        let expected = if from <= to { slow_count(next_day(from), next_day(to)) } else { -slow_count(to, from) };
        prop_assert_eq!(counted, Ok(expected));
        if cal().is_working_day(to) == Ok(true) {
            prop_assert_eq!(cal().add_working_days(from, expected), Ok(to));
        }
    }

    #[test]
    fn next_and_previous_are_strict_and_skip_only_non_working_days(date in any_date()) {
        if let Ok(next) = cal().next_working_day(date) {
            prop_assert!(next > date);
            for d in next_day(date).iter_days().take_while(|d| *d < next) {
                prop_assert_eq!(cal().is_working_day(d), Ok(false));
            }
        }
        if let Ok(prev) = cal().previous_working_day(date) {
            prop_assert!(prev < date);
            for d in next_day(prev).iter_days().take_while(|d| *d < date) {
                prop_assert_eq!(cal().is_working_day(d), Ok(false));
            }
        }
        let on_or_after = cal().working_day_on_or_after(date);
        let on_or_before = cal().working_day_on_or_before(date);
        if cal().is_working_day(date) == Ok(true) {
            prop_assert_eq!(on_or_after, Ok(date));
            prop_assert_eq!(on_or_before, Ok(date));
        } else {
            prop_assert_eq!(on_or_after, cal().next_working_day(date));
            prop_assert_eq!(on_or_before, cal().previous_working_day(date));
        }
    }

    #[test]
    fn the_reason_matches_the_day(date in any_date()) {
        let reason = cal().non_working_reason(date);
        match reason {
            Ok(None) => prop_assert_eq!(cal().is_working_day(date), Ok(true)),
            Ok(Some(NonWorkingReason::Weekend(day))) => {
                prop_assert!(is_weekend(date));
                prop_assert_eq!(day, date.weekday());
            }
            Ok(Some(NonWorkingReason::BankHoliday(h))) => {
                prop_assert_eq!(h.date, date);
                prop_assert!(!is_weekend(date));
            }
            Err(e) => prop_assert!(false, "{e}"),
        }
    }
}

/// Extra holidays by year (see `ONE_OFF_CHANGES`); moved holidays do not change the count.
fn extra_holidays(year: i32) -> usize {
    match year {
        1999 | 2002 | 2011 | 2012 | 2023 => 1,
        2022 => 2,
        _ => 0,
    }
}

#[test]
fn every_year_has_eight_holidays_plus_its_one_offs() {
    for year in FIRST_YEAR..=LAST_YEAR {
        let list = cal().holidays_in_year(year).unwrap_or_default();
        assert_eq!(list.len(), 8 + extra_holidays(year), "{year}");
        assert!(list.iter().all(|h| h.date.year() == year), "{year}");
    }
    assert!(cal().holidays_in_year(FIRST_YEAR - 1).is_err());
    assert!(cal().holidays_in_year(LAST_YEAR + 1).is_err());
}

#[test]
fn no_holiday_on_a_weekend_and_no_two_on_one_day() {
    for year in FIRST_YEAR..=LAST_YEAR {
        let list = cal().holidays_in_year(year).unwrap_or_default();
        for pair in list.windows(2) {
            if let [a, b] = pair {
                assert!(
                    a.date < b.date,
                    "{year}: {a} and {b} out of order or on one day"
                );
            }
        }
        for h in &list {
            assert!(!is_weekend(h.date), "{h}");
        }
    }
}

#[test]
fn every_substitute_follows_a_weekend_holiday() {
    for year in FIRST_YEAR..=LAST_YEAR {
        for h in cal().holidays_in_year(year).unwrap_or_default() {
            if !h.substitute {
                continue;
            }
            // The day it replaces fell on a weekend, at most two days before.
            let original = match h.title.as_str() {
                "New Year’s Day" => NaiveDate::from_ymd_opt(year, 1, 1),
                "Christmas Day" => NaiveDate::from_ymd_opt(year, 12, 25),
                "Boxing Day" => NaiveDate::from_ymd_opt(year, 12, 26),
                other => panic!("unexpected substitute {other} in {year}"),
            };
            let Some(original) = original else {
                panic!("{year}")
            };
            assert!(is_weekend(original), "{h}: {original} is not a weekend");
            assert!(
                h.date > original && (h.date - original).num_days() <= 3,
                "{h}"
            );
        }
    }
}

#[test]
fn re_importing_the_built_in_list_changes_nothing() {
    // The built-in list written out in GOV.UK's format must import back to the same calendar.
    let events: Vec<String> = (2010..=2040)
        .flat_map(|y| cal().holidays_in_year(y).unwrap_or_default())
        .map(|h: BankHoliday| {
            format!(
                r#"{{"title": "{}", "date": "{}", "notes": "{}", "bunting": true}}"#,
                h.title,
                h.date.format("%Y-%m-%d"),
                if h.substitute { "Substitute day" } else { "" }
            )
        })
        .collect();
    let json = format!(
        r#"{{"england-and-wales": {{"division": "england-and-wales", "events": [{}]}}}}"#,
        events.join(",")
    );
    let imported = cal().with_gov_uk_json(&json).unwrap_or_default();
    assert_eq!(imported.coverage().imported, Some((2010, 2040)));
    for year in FIRST_YEAR..=LAST_YEAR {
        assert_eq!(
            imported.holidays_in_year(year),
            cal().holidays_in_year(year)
        );
    }
    let mut d = FIRST_DAY;
    while d <= LAST_DAY {
        assert_eq!(imported.is_working_day(d), cal().is_working_day(d));
        d = match d.succ_opt() {
            Some(n) => n,
            None => break,
        };
    }
}
