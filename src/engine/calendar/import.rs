//! Import of GOV.UK's `bank-holidays.json` (England and Wales division).
//!
//! GOV.UK publishes the official list, including one-off holidays announced after this code was
//! written. A user saves the file and loads it; the app never fetches it. The file is checked
//! before it is trusted, because one wrong date silently moves every deadline counted across it:
//!
//! - at most [`MAX_IMPORT_BYTES`] (the real file is about 20 KB), checked before parsing;
//! - valid JSON in GOV.UK's shape: either the whole file (`{"england-and-wales": {...},
//!   "scotland": {...}, ...}`) or just the England and Wales object (`{"division":
//!   "england-and-wales", "events": [...]}`); a Scotland or Northern Ireland list is refused;
//! - at least one event; each with a title and a `YYYY-MM-DD` date within 1995 to 2100 that is a
//!   weekday and is listed once; no year missing between the first and the last.
//!
//! The years covered are the first to the last year with an event. For those years the file's
//! list replaces the built-in one entirely; other years keep the built-in list.

use std::collections::BTreeSet;
use std::fmt;

use chrono::{Datelike, NaiveDate, Weekday};
use serde_json::Value;

use super::{bank_holidays, BankHoliday, FIRST_YEAR, LAST_YEAR};
use crate::engine::calendar::dates::{day_month_year, long_date};

/// Largest file accepted. GOV.UK's real file is about 20 KB; anything near a megabyte is not it.
pub const MAX_IMPORT_BYTES: usize = 1_000_000;

const ENGLAND_AND_WALES: &str = "england-and-wales";

/// Why an imported bank-holiday file was refused. Messages are for council officers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge { bytes: usize },
    /// The file is empty or only spaces.
    Empty,
    /// Not JSON at all.
    NotJson { line: usize, column: usize },
    /// JSON that stops part-way, as a cut-off download does.
    Truncated,
    /// Valid JSON, but not in GOV.UK's bank-holidays shape.
    NotGovUkFormat { detail: String },
    /// Only other divisions (Scotland, Northern Ireland) are in the file.
    WrongDivision { found: Vec<String> },
    /// The England and Wales list has no events.
    NoEvents,
    /// Event number `position` (from 1) has no usable title.
    MissingTitle { position: usize },
    /// A date that is not a real `YYYY-MM-DD` date.
    BadDate { position: usize, text: String },
    /// A date outside 1995 to 2100.
    DateOutOfRange { date: NaiveDate },
    /// The same date listed twice.
    DuplicateDate { date: NaiveDate },
    /// A "holiday" on a Saturday or Sunday.
    WeekendDate { date: NaiveDate },
    /// A year inside the file's span with no bank holidays at all.
    MissingYear { year: i32 },
}

fn division_name(key: &str) -> String {
    match key {
        "scotland" => "Scotland".to_owned(),
        "northern-ireland" => "Northern Ireland".to_owned(),
        ENGLAND_AND_WALES => "England and Wales".to_owned(),
        other => format!("“{other}”"),
    }
}

fn size_text(bytes: usize) -> String {
    // Rounded, for people: 10485760 → "10.5 MB".
    let tenths_mb = (bytes as u64 + 50_000) / 100_000;
    format!("{}.{} MB", tenths_mb / 10, tenths_mb % 10)
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const NOT_GOV_UK: &str = "This file is not a GOV.UK bank holidays file";
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "{NOT_GOV_UK}: it is {}, and the real file is about 20 KB. Check that you chose the right file.",
                size_text(*bytes)
            ),
            ImportError::Empty => write!(f, "{NOT_GOV_UK}: it is empty."),
            ImportError::NotJson { line, column } => write!(
                f,
                "{NOT_GOV_UK}: it is not valid JSON (line {line}, column {column})."
            ),
            ImportError::Truncated => f.write_str(
                "The file stops part-way through, as if it was cut off while downloading or saving. \
                 Download it again from GOV.UK and try once more.",
            ),
            ImportError::NotGovUkFormat { detail } => write!(f, "{NOT_GOV_UK}: {detail}."),
            ImportError::WrongDivision { found } => {
                let names: Vec<String> = found.iter().map(|k| division_name(k)).collect();
                write!(
                    f,
                    "This file lists bank holidays for {} only. The planner needs the England and Wales list.",
                    names.join(" and ")
                )
            }
            ImportError::NoEvents => {
                f.write_str("The file lists no bank holidays for England and Wales.")
            }
            ImportError::MissingTitle { position } => write!(
                f,
                "Bank holiday number {position} in the file has no title."
            ),
            ImportError::BadDate { position, text } => write!(
                f,
                "Bank holiday number {position} in the file has the date “{text}”, which is not a real date written like 2025-12-25."
            ),
            ImportError::DateOutOfRange { date } => write!(
                f,
                "The file lists {} as a bank holiday, but the planner only works with dates from {FIRST_YEAR} to {LAST_YEAR}.",
                long_date(*date)
            ),
            ImportError::DuplicateDate { date } => {
                write!(f, "The file lists {} twice.", day_month_year(*date))
            }
            ImportError::WeekendDate { date } => write!(
                f,
                "The file lists {} as a bank holiday, but bank holidays in England and Wales always fall on a weekday.",
                long_date(*date)
            ),
            ImportError::MissingYear { year } => write!(
                f,
                "The file has no bank holidays in {year}, although it has some for the years before and after. Part of the file may be missing."
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// A validated England and Wales list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedList {
    /// Sorted by date.
    pub holidays: Vec<BankHoliday>,
    /// First and last year with an event; the list replaces the built-in one for all of them.
    pub years: (i32, i32),
}

/// Checks GOV.UK's `bank-holidays.json` and returns its England and Wales list.
///
/// ```
/// use ilacs_planner::engine::calendar::import::parse_gov_uk_json;
/// let json = r#"{"division": "england-and-wales", "events": [
///     {"title": "Christmas Day", "date": "2025-12-25", "notes": "", "bunting": true}
/// ]}"#;
/// let list = parse_gov_uk_json(json)?;
/// assert_eq!(list.years, (2025, 2025));
/// assert_eq!(list.holidays[0].title, "Christmas Day");
/// # Ok::<(), ilacs_planner::engine::calendar::ImportError>(())
/// ```
pub fn parse_gov_uk_json(json: &str) -> Result<ImportedList, ImportError> {
    if json.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: json.len() });
    }
    // Windows editors may add a byte-order mark when a user re-saves the file.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    if json.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let root: Value = serde_json::from_str(json).map_err(|e| {
        if e.is_eof() {
            ImportError::Truncated
        } else {
            ImportError::NotJson {
                line: e.line(),
                column: e.column(),
            }
        }
    })?;
    let division = england_and_wales(&root)?;
    let events = match division.get("events") {
        Some(Value::Array(events)) => events,
        _ => {
            return Err(not_format(
                "the England and Wales part has no list of events",
            ))
        }
    };
    if events.is_empty() {
        return Err(ImportError::NoEvents);
    }

    let mut holidays = Vec::with_capacity(events.len());
    let mut seen = BTreeSet::new();
    for (index, event) in events.iter().enumerate() {
        let position = index + 1;
        let holiday = read_event(event, position)?;
        if !seen.insert(holiday.date) {
            return Err(ImportError::DuplicateDate { date: holiday.date });
        }
        holidays.push(holiday);
    }
    bank_holidays::sort_by_date(&mut holidays);

    let years: BTreeSet<i32> = holidays.iter().map(|h| h.date.year()).collect();
    let (Some(&first), Some(&last)) = (years.first(), years.last()) else {
        return Err(ImportError::NoEvents);
    };
    if let Some(year) = (first..=last).find(|y| !years.contains(y)) {
        return Err(ImportError::MissingYear { year });
    }
    Ok(ImportedList {
        holidays,
        years: (first, last),
    })
}

fn not_format(detail: &str) -> ImportError {
    ImportError::NotGovUkFormat {
        detail: detail.to_owned(),
    }
}

/// The England and Wales division object, from either accepted shape.
fn england_and_wales(root: &Value) -> Result<&serde_json::Map<String, Value>, ImportError> {
    let Value::Object(map) = root else {
        return Err(not_format("it does not contain bank holiday lists"));
    };
    if let Some(inner) = map.get(ENGLAND_AND_WALES) {
        let Value::Object(inner) = inner else {
            return Err(not_format(
                "the England and Wales part is not a list of events",
            ));
        };
        return match inner.get("division") {
            None => Ok(inner),
            Some(Value::String(d)) if d == ENGLAND_AND_WALES => Ok(inner),
            Some(Value::String(d)) => Err(ImportError::WrongDivision {
                found: vec![d.clone()],
            }),
            Some(_) => Err(not_format("the England and Wales part names no division")),
        };
    }
    // Only one division saved on its own.
    if let Some(division) = map.get("division") {
        return match division {
            Value::String(d) if d == ENGLAND_AND_WALES => Ok(map),
            Value::String(d) => Err(ImportError::WrongDivision {
                found: vec![d.clone()],
            }),
            _ => Err(not_format("it names no division")),
        };
    }
    let others: Vec<String> = ["scotland", "northern-ireland"]
        .into_iter()
        .filter(|k| map.contains_key(*k))
        .map(str::to_owned)
        .collect();
    if others.is_empty() {
        Err(not_format("it has no England and Wales list"))
    } else {
        Err(ImportError::WrongDivision { found: others })
    }
}

fn read_event(event: &Value, position: usize) -> Result<BankHoliday, ImportError> {
    let Value::Object(event) = event else {
        return Err(ImportError::NotGovUkFormat {
            detail: format!("bank holiday number {position} is not a title with a date"),
        });
    };
    let text = match event.get("date") {
        Some(Value::String(s)) => s.as_str(),
        Some(other) => {
            return Err(ImportError::BadDate {
                position,
                text: other.to_string(),
            })
        }
        None => {
            return Err(ImportError::BadDate {
                position,
                text: String::new(),
            })
        }
    };
    let date = parse_date(text).ok_or_else(|| ImportError::BadDate {
        position,
        text: text.chars().take(40).collect(),
    })?;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
        return Err(ImportError::DateOutOfRange { date });
    }
    if matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
        return Err(ImportError::WeekendDate { date });
    }
    let title = match event.get("title") {
        Some(Value::String(t)) if !t.trim().is_empty() => t.trim().to_owned(),
        _ => return Err(ImportError::MissingTitle { position }),
    };
    let substitute = match event.get("notes") {
        Some(Value::String(n)) => n.trim().eq_ignore_ascii_case("substitute day"),
        _ => false,
    };
    Ok(BankHoliday {
        date,
        title,
        substitute,
    })
}

/// Strict `YYYY-MM-DD`, as GOV.UK writes it; chrono's parser would also accept other forms.
fn parse_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = bytes.get(r)?;
        if part.iter().all(u8::is_ascii_digit) {
            std::str::from_utf8(part).ok()?.parse().ok()
        } else {
            None
        }
    };
    if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
        return None;
    }
    let year = i32::try_from(digits(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, digits(5..7)?, digits(8..10)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_dates() {
        assert_eq!(
            parse_date("2025-12-25"),
            NaiveDate::from_ymd_opt(2025, 12, 25)
        );
        for bad in [
            "2025-13-01",
            "2025-02-30",
            "25-12-2025",
            "2025-1-05",
            "2025/12/25",
            "",
            "２０２５-12-25",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn sizes_read_well() {
        assert_eq!(size_text(10 * 1024 * 1024), "10.5 MB");
        assert_eq!(size_text(1_000_001), "1.0 MB");
    }
}
