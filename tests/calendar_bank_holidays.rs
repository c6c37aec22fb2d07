#![cfg(not(target_arch = "wasm32"))]
//! The built-in list against the official one.

use chrono::NaiveDate;
use ilacs_planner::engine::calendar::{bank_holidays::computed_for_year, BankHoliday, Calendar};

const SUB: bool = true;
const NO: bool = false;

/// Source: GOV.UK bank holidays, England and Wales (gov.uk/bank-holidays and its
/// bank-holidays.json), every event 2018 to 2028, with GOV.UK's titles and "Substitute day" notes.
const GOV_UK_ENGLAND_AND_WALES_2018_2028: &[(&str, &str, bool)] = &[
    ("2018-01-01", "New Year’s Day", NO),
    ("2018-03-30", "Good Friday", NO),
    ("2018-04-02", "Easter Monday", NO),
    ("2018-05-07", "Early May bank holiday", NO),
    ("2018-05-28", "Spring bank holiday", NO),
    ("2018-08-27", "Summer bank holiday", NO),
    ("2018-12-25", "Christmas Day", NO),
    ("2018-12-26", "Boxing Day", NO),
    ("2019-01-01", "New Year’s Day", NO),
    ("2019-04-19", "Good Friday", NO),
    ("2019-04-22", "Easter Monday", NO),
    ("2019-05-06", "Early May bank holiday", NO),
    ("2019-05-27", "Spring bank holiday", NO),
    ("2019-08-26", "Summer bank holiday", NO),
    ("2019-12-25", "Christmas Day", NO),
    ("2019-12-26", "Boxing Day", NO),
    ("2020-01-01", "New Year’s Day", NO),
    ("2020-04-10", "Good Friday", NO),
    ("2020-04-13", "Easter Monday", NO),
    ("2020-05-08", "Early May bank holiday (VE day)", NO),
    ("2020-05-25", "Spring bank holiday", NO),
    ("2020-08-31", "Summer bank holiday", NO),
    ("2020-12-25", "Christmas Day", NO),
    ("2020-12-28", "Boxing Day", SUB),
    ("2021-01-01", "New Year’s Day", NO),
    ("2021-04-02", "Good Friday", NO),
    ("2021-04-05", "Easter Monday", NO),
    ("2021-05-03", "Early May bank holiday", NO),
    ("2021-05-31", "Spring bank holiday", NO),
    ("2021-08-30", "Summer bank holiday", NO),
    ("2021-12-27", "Christmas Day", SUB),
    ("2021-12-28", "Boxing Day", SUB),
    ("2022-01-03", "New Year’s Day", SUB),
    ("2022-04-15", "Good Friday", NO),
    ("2022-04-18", "Easter Monday", NO),
    ("2022-05-02", "Early May bank holiday", NO),
    ("2022-06-02", "Spring bank holiday", NO),
    ("2022-06-03", "Platinum Jubilee bank holiday", NO),
    ("2022-08-29", "Summer bank holiday", NO),
    (
        "2022-09-19",
        "Bank Holiday for the State Funeral of Queen Elizabeth II",
        NO,
    ),
    ("2022-12-26", "Boxing Day", NO),
    ("2022-12-27", "Christmas Day", SUB),
    ("2023-01-02", "New Year’s Day", SUB),
    ("2023-04-07", "Good Friday", NO),
    ("2023-04-10", "Easter Monday", NO),
    ("2023-05-01", "Early May bank holiday", NO),
    (
        "2023-05-08",
        "Bank holiday for the coronation of King Charles III",
        NO,
    ),
    ("2023-05-29", "Spring bank holiday", NO),
    ("2023-08-28", "Summer bank holiday", NO),
    ("2023-12-25", "Christmas Day", NO),
    ("2023-12-26", "Boxing Day", NO),
    ("2024-01-01", "New Year’s Day", NO),
    ("2024-03-29", "Good Friday", NO),
    ("2024-04-01", "Easter Monday", NO),
    ("2024-05-06", "Early May bank holiday", NO),
    ("2024-05-27", "Spring bank holiday", NO),
    ("2024-08-26", "Summer bank holiday", NO),
    ("2024-12-25", "Christmas Day", NO),
    ("2024-12-26", "Boxing Day", NO),
    ("2025-01-01", "New Year’s Day", NO),
    ("2025-04-18", "Good Friday", NO),
    ("2025-04-21", "Easter Monday", NO),
    ("2025-05-05", "Early May bank holiday", NO),
    ("2025-05-26", "Spring bank holiday", NO),
    ("2025-08-25", "Summer bank holiday", NO),
    ("2025-12-25", "Christmas Day", NO),
    ("2025-12-26", "Boxing Day", NO),
    ("2026-01-01", "New Year’s Day", NO),
    ("2026-04-03", "Good Friday", NO),
    ("2026-04-06", "Easter Monday", NO),
    ("2026-05-04", "Early May bank holiday", NO),
    ("2026-05-25", "Spring bank holiday", NO),
    ("2026-08-31", "Summer bank holiday", NO),
    ("2026-12-25", "Christmas Day", NO),
    ("2026-12-28", "Boxing Day", SUB),
    ("2027-01-01", "New Year’s Day", NO),
    ("2027-03-26", "Good Friday", NO),
    ("2027-03-29", "Easter Monday", NO),
    ("2027-05-03", "Early May bank holiday", NO),
    ("2027-05-31", "Spring bank holiday", NO),
    ("2027-08-30", "Summer bank holiday", NO),
    ("2027-12-27", "Christmas Day", SUB),
    ("2027-12-28", "Boxing Day", SUB),
    ("2028-01-03", "New Year’s Day", SUB),
    ("2028-04-14", "Good Friday", NO),
    ("2028-04-17", "Easter Monday", NO),
    ("2028-05-01", "Early May bank holiday", NO),
    ("2028-05-29", "Spring bank holiday", NO),
    ("2028-08-28", "Summer bank holiday", NO),
    ("2028-12-25", "Christmas Day", NO),
    ("2028-12-26", "Boxing Day", NO),
];

fn expected_for(year: i32) -> Vec<BankHoliday> {
    GOV_UK_ENGLAND_AND_WALES_2018_2028
        .iter()
        .filter_map(|(date, title, substitute)| {
            let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
            Some(BankHoliday {
                date,
                title: (*title).to_owned(),
                substitute: *substitute,
            })
        })
        .filter(|h| chrono::Datelike::year(&h.date) == year)
        .collect()
}

#[test]
fn gov_uk_england_and_wales_2018_to_2028_reproduced_exactly() {
    assert_eq!(
        GOV_UK_ENGLAND_AND_WALES_2018_2028.len(),
        8 * 11 + 3,
        "eight a year plus three extra in 2022-2023"
    );
    let cal = Calendar::england_and_wales();
    for year in 2018..=2028 {
        let expected = expected_for(year);
        assert!(!expected.is_empty(), "table has {year}");
        assert_eq!(
            computed_for_year(year),
            Some(expected.clone()),
            "rules, {year}"
        );
        assert_eq!(cal.holidays_in_year(year), Ok(expected), "calendar, {year}");
    }
}

#[test]
fn gov_uk_england_and_wales_2018_to_2028_are_not_working_days() {
    let cal = Calendar::england_and_wales();
    for (date, title, _) in GOV_UK_ENGLAND_AND_WALES_2018_2028 {
        let Ok(date) = NaiveDate::parse_from_str(date, "%Y-%m-%d") else {
            panic!("bad table date {date}");
        };
        assert_eq!(cal.is_working_day(date), Ok(false), "{date}");
        assert_eq!(cal.holiday_on(date).map(|h| h.title.as_str()), Some(*title));
    }
}

/// Source: the royal proclamations behind each one-off (see `ONE_OFF_CHANGES`); the dates
/// before 2018 are those published by GOV.UK and the UK Parliament's bank holiday briefings.
#[test]
fn one_offs_before_2018() {
    let cal = Calendar::england_and_wales();
    let date = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    for (holiday, moved_away_from) in [
        ("1995-05-08", Some("1995-05-01")),
        ("1999-12-31", None),
        ("2002-06-03", None),
        ("2002-06-04", Some("2002-05-27")),
        ("2011-04-29", None),
        ("2012-06-04", Some("2012-05-28")),
        ("2012-06-05", None),
    ] {
        let Some(d) = date(holiday) else {
            panic!("bad date {holiday}");
        };
        assert_eq!(cal.is_working_day(d), Ok(false), "{holiday}");
        assert!(cal.holiday_on(d).is_some(), "{holiday}");
        if let Some(Some(old)) = moved_away_from.map(date) {
            assert_eq!(
                cal.is_working_day(old),
                Ok(true),
                "{old} is an ordinary Monday"
            );
        }
    }
}
