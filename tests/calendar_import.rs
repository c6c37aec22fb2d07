#![cfg(not(target_arch = "wasm32"))]
//! Importing GOV.UK's bank-holidays.json: what is accepted, what is refused and what officers read.

mod support;

use ilacs_planner::engine::calendar::{
    bank_holidays::computed_for_year, import::MAX_IMPORT_BYTES, Calendar, Coverage, ImportError,
};
use proptest::prelude::*;
use support::d;

/// Written for these tests in GOV.UK's format: all three divisions, 2024 to 2028, England and
/// Wales dates as listed by GOV.UK bank holidays.
const FIXTURE: &str = include_str!("fixtures/bank-holidays-2024-2028.json");

fn event(date: &str, title: &str) -> String {
    format!(r#"{{"title": "{title}", "date": "{date}", "notes": "", "bunting": true}}"#)
}

/// A file with only the England and Wales object, as a user might save it.
fn division_only(events: &[String]) -> String {
    format!(
        r#"{{"division": "england-and-wales", "events": [{}]}}"#,
        events.join(", ")
    )
}

fn import(json: &str) -> Result<Calendar, ImportError> {
    Calendar::england_and_wales().with_gov_uk_json(json)
}

fn refused(json: &str) -> ImportError {
    match import(json) {
        Ok(_) => panic!("accepted a file that should be refused"),
        Err(e) => e,
    }
}

// ---- Accepted files ----

#[test]
fn fixture_imports_and_matches_the_built_in_list() {
    let cal = import(FIXTURE).unwrap_or_default();
    assert_eq!(
        cal.coverage(),
        Coverage {
            built_in: (1995, 2100),
            imported: Some((2024, 2028)),
        }
    );
    for year in 2024..=2028 {
        assert_eq!(
            cal.holidays_in_year(year).ok(),
            computed_for_year(year),
            "{year}"
        );
    }
}

#[test]
fn import_replaces_the_covered_years_and_keeps_the_others() {
    // A hypothetical extra holiday in 2027 and a 2026 list without Boxing Day: the file wins.
    let json = FIXTURE
        .replacen(
            r#"{"title": "Early May bank holiday", "date": "2027-05-03""#,
            r#"{"title": "Extra bank holiday", "date": "2027-04-30", "notes": ""},
  {"title": "Early May bank holiday", "date": "2027-05-03""#,
            1,
        )
        .replacen(
            r#"{"title": "Boxing Day", "date": "2026-12-28", "notes": "Substitute day", "bunting": true},"#,
            "",
            1,
        );
    let cal = import(&json).unwrap_or_default();
    assert_eq!(cal.coverage().imported, Some((2024, 2028)));
    assert_eq!(cal.is_working_day(d(2027, 4, 30)), Ok(false));
    assert_eq!(
        cal.holiday_on(d(2027, 4, 30)).map(|h| h.title.as_str()),
        Some("Extra bank holiday")
    );
    assert_eq!(cal.is_working_day(d(2026, 12, 28)), Ok(true));
    // Outside the file's years the built-in list, one-offs included, stays in force.
    assert_eq!(
        cal.holiday_on(d(2022, 9, 19)).map(|h| h.title.as_str()),
        Some("Bank Holiday for the State Funeral of Queen Elizabeth II")
    );
    assert_eq!(cal.holidays_in_year(2029).ok(), computed_for_year(2029));
    // Arithmetic uses the imported list.
    assert_eq!(cal.add_working_days(d(2027, 4, 29), 1), Ok(d(2027, 5, 4)));
}

#[test]
fn substitute_notes_are_read() {
    let cal = import(FIXTURE).unwrap_or_default();
    let h = cal.holiday_on(d(2027, 12, 27));
    assert_eq!(
        h.map(|h| (h.title.as_str(), h.substitute)),
        Some(("Christmas Day", true))
    );
    let h = cal.holiday_on(d(2025, 12, 25));
    assert_eq!(h.map(|h| h.substitute), Some(false));
}

#[test]
fn england_and_wales_object_on_its_own_is_accepted() {
    let json = division_only(&[
        event("2025-12-25", "Christmas Day"),
        event("2025-12-26", "Boxing Day"),
    ]);
    let cal = import(&json).unwrap_or_default();
    assert_eq!(cal.coverage().imported, Some((2025, 2025)));
    // Only what the file lists counts for 2025: Good Friday is now a working day.
    assert_eq!(cal.is_working_day(d(2025, 4, 18)), Ok(true));
    assert_eq!(cal.holidays_in_year(2025).map(|l| l.len()), Ok(2));
}

#[test]
fn a_second_import_replaces_the_first() {
    let first = import(FIXTURE).unwrap_or_default();
    let json = division_only(&[event("2030-01-01", "New Year’s Day")]);
    let second = first.with_gov_uk_json(&json).unwrap_or_default();
    assert_eq!(second.coverage().imported, Some((2030, 2030)));
    assert_eq!(second.holidays_in_year(2025).ok(), computed_for_year(2025));
}

#[test]
fn byte_order_mark_is_tolerated() {
    let json = format!("\u{feff}{FIXTURE}");
    assert!(import(&json).is_ok());
}

// ---- Refused files: kind and message ----

#[test]
fn not_json() {
    let e = refused("{\n  \"england-and-wales\": {\n    oops\n}");
    assert_eq!(e, ImportError::NotJson { line: 3, column: 5 });
    assert_eq!(
        e.to_string(),
        "This file is not a GOV.UK bank holidays file: it is not valid JSON (line 3, column 5)."
    );
}

#[test]
fn truncated_download() {
    let half = FIXTURE.get(..FIXTURE.len() / 2).unwrap_or("");
    let e = refused(half);
    assert_eq!(e, ImportError::Truncated);
    assert_eq!(
        e.to_string(),
        "The file stops part-way through, as if it was cut off while downloading or saving. \
         Download it again from GOV.UK and try once more."
    );
}

#[test]
fn ten_megabytes_of_junk_is_refused_before_parsing() {
    let junk = "x".repeat(10 * 1024 * 1024);
    let e = refused(&junk);
    assert_eq!(e, ImportError::TooLarge { bytes: 10_485_760 });
    assert_eq!(
        e.to_string(),
        "This file is not a GOV.UK bank holidays file: it is 10.5 MB, and the real file is about 20 KB. \
         Check that you chose the right file."
    );
    // The limit itself is still accepted as far as size goes.
    let at_limit = format!("{FIXTURE}{}", " ".repeat(MAX_IMPORT_BYTES - FIXTURE.len()));
    assert!(import(&at_limit).is_ok());
}

#[test]
fn empty_file() {
    let e = refused("  \n");
    assert_eq!(e, ImportError::Empty);
    assert_eq!(
        e.to_string(),
        "This file is not a GOV.UK bank holidays file: it is empty."
    );
}

#[test]
fn json_of_another_shape() {
    let e = refused("[1, 2, 3]");
    assert_eq!(
        e.to_string(),
        "This file is not a GOV.UK bank holidays file: it does not contain bank holiday lists."
    );
    let e = refused(r#"{"name": "Leicestershire", "pathway": 2}"#);
    assert!(matches!(e, ImportError::NotGovUkFormat { .. }));
    assert_eq!(
        e.to_string(),
        "This file is not a GOV.UK bank holidays file: it has no England and Wales list."
    );
    let e =
        refused(r#"{"england-and-wales": {"division": "england-and-wales", "events": "none"}}"#);
    assert_eq!(
        e.to_string(),
        "This file is not a GOV.UK bank holidays file: the England and Wales part has no list of events."
    );
}

#[test]
fn scotland_only_division() {
    let e = refused(
        r#"{"division": "scotland", "events": [{"title": "St Andrew’s Day", "date": "2026-11-30"}]}"#,
    );
    assert_eq!(
        e,
        ImportError::WrongDivision {
            found: vec!["scotland".to_owned()]
        }
    );
    assert_eq!(
        e.to_string(),
        "This file lists bank holidays for Scotland only. The planner needs the England and Wales list."
    );
}

#[test]
fn whole_file_without_england_and_wales() {
    let json = FIXTURE.replacen(
        "\"england-and-wales\": {\"division\": \"england-and-wales\"",
        "\"wales-typo\": {\"division\": \"wales-typo\"",
        1,
    );
    let e = refused(&json);
    assert_eq!(
        e.to_string(),
        "This file lists bank holidays for Scotland and Northern Ireland only. The planner needs the England and Wales list."
    );
}

#[test]
fn no_events() {
    let e = refused(&division_only(&[]));
    assert_eq!(e, ImportError::NoEvents);
    assert_eq!(
        e.to_string(),
        "The file lists no bank holidays for England and Wales."
    );
}

#[test]
fn date_in_1066() {
    let e = refused(&division_only(&[event("1066-10-14", "Battle of Hastings")]));
    assert_eq!(
        e,
        ImportError::DateOutOfRange {
            date: d(1066, 10, 14)
        }
    );
    assert_eq!(
        e.to_string(),
        "The file lists Sunday 14 October 1066 as a bank holiday, but the planner only works with dates from 1995 to 2100."
    );
}

#[test]
fn duplicate_date() {
    let e = refused(&division_only(&[
        event("2028-12-25", "Christmas Day"),
        event("2028-12-26", "Boxing Day"),
        event("2028-12-25", "Christmas Day"),
    ]));
    assert_eq!(
        e,
        ImportError::DuplicateDate {
            date: d(2028, 12, 25)
        }
    );
    assert_eq!(e.to_string(), "The file lists 25 December 2028 twice.");
}

#[test]
fn weekend_holiday() {
    let json = FIXTURE.replacen("2025-05-05", "2025-05-03", 1);
    let e = refused(&json);
    assert_eq!(
        e,
        ImportError::WeekendDate {
            date: d(2025, 5, 3)
        }
    );
    assert_eq!(
        e.to_string(),
        "The file lists Saturday 3 May 2025 as a bank holiday, but bank holidays in England and Wales always fall on a weekday."
    );
}

#[test]
fn impossible_date() {
    let e = refused(&division_only(&[event("2025-02-30", "Pancake day")]));
    assert_eq!(
        e,
        ImportError::BadDate {
            position: 1,
            text: "2025-02-30".to_owned()
        }
    );
    assert_eq!(
        e.to_string(),
        "Bank holiday number 1 in the file has the date “2025-02-30”, which is not a real date written like 2025-12-25."
    );
    let e = refused(
        r#"{"division": "england-and-wales", "events": [{"title": "X", "date": 20251225}]}"#,
    );
    assert!(matches!(e, ImportError::BadDate { ref text, .. } if text == "20251225"));
}

#[test]
fn missing_title() {
    let e = refused(&division_only(&[
        event("2025-12-25", "Christmas Day"),
        event("2025-12-26", "  "),
    ]));
    assert_eq!(e, ImportError::MissingTitle { position: 2 });
    assert_eq!(
        e.to_string(),
        "Bank holiday number 2 in the file has no title."
    );
}

#[test]
fn missing_year_in_the_middle() {
    let e = refused(&division_only(&[
        event("2024-12-25", "Christmas Day"),
        event("2026-12-25", "Christmas Day"),
    ]));
    assert_eq!(e, ImportError::MissingYear { year: 2025 });
    assert_eq!(
        e.to_string(),
        "The file has no bank holidays in 2025, although it has some for the years before and after. \
         Part of the file may be missing."
    );
}

#[test]
fn a_refused_file_leaves_the_calendar_as_it_was() {
    let cal = import(FIXTURE).unwrap_or_default();
    let before = cal.clone();
    assert!(cal.with_gov_uk_json("{ nonsense").is_err());
    assert_eq!(cal, before);
    assert_eq!(cal.coverage().imported, Some((2024, 2028)));
}

// ---- Nothing panics ----

proptest! {
    #[test]
    fn every_cut_off_fixture_is_refused(cut in any::<proptest::sample::Index>()) {
        // Any proper prefix, ignoring the final newline (without it the file is still whole).
        let cut = cut.index(FIXTURE.trim_end().len());
        let cut = (0..=cut).rev().find(|&i| FIXTURE.is_char_boundary(i)).unwrap_or(0);
        let part = FIXTURE.get(..cut).unwrap_or("");
        prop_assert!(import(part).is_err());
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,200}") {
        let _ = import(&text);
    }

    #[test]
    fn corrupted_fixture_never_panics(at in any::<proptest::sample::Index>(), byte in proptest::sample::select(vec!["0", "9", "\"", "{", "]", ",", "x", "-"])) {
        let at = at.index(FIXTURE.len());
        let at = (0..=at).rev().find(|&i| FIXTURE.is_char_boundary(i)).unwrap_or(0);
        let mut text = FIXTURE.to_owned();
        text.insert_str(at, byte);
        if let Ok(cal) = import(&text) {
            // Whatever got through still obeys the rules.
            for h in cal.holidays_in_year(2026).unwrap_or_default() {
                prop_assert!(cal.is_working_day(h.date) == Ok(false));
            }
        }
    }
}
