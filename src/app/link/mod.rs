//! The link codec: the shareable state of the planner and its URL form.
//!
//! A link must reproduce a plan exactly, so every [`PlanInput`] field has a query parameter; and a
//! link may be typed, truncated or edited by hand, so decoding never fails: whatever cannot be
//! used is left at its default and named in a plain-English note for the page to show.
//!
//! The schema is documented in `docs/url-schema.md`. Its rules, which keep links short and
//! stable:
//! - `v` (the schema version) comes first and is always written; everything else is written only
//!   when it differs from the default, in a fixed order, so equal states give equal links.
//! - Dates are ISO (`2026-03-02`); values are short kebab-case words.
//! - A parameter given twice keeps its first value (a note says so).
//! - A link with a newer `v` than [`SCHEMA_VERSION`] is read as far as it can be, with a note.
//!
//! The tiny percent-encoder below is hand-written: values are nearly all ASCII words and dates, and
//! a URL crate would add to the WebAssembly bundle for no gain.

mod decode;
mod encode;
mod percent;
mod words;

pub use decode::decode_query;
pub use encode::encode_query;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use super::pages::Page;
use words::*;

use crate::engine::calendar::dates::{iso, parse_iso};
use crate::engine::councils;
use crate::engine::plan::pathway::{JudgementKind, LastInspection, Outcome, SubJudgements};
use crate::engine::plan::recorded::RecordedDates;
use crate::engine::plan::visit_schedule::{Anchor, OnSiteDays, VisitInput};
use crate::engine::plan::{Episode, PlanInput, MAX_EPISODES};
use crate::engine::rules::{self, FlaggedPeriod, VisitKind};
use crate::engine::training::ScenarioId;

/// The version of the URL schema written by [`encode_query`].
pub const SCHEMA_VERSION: u32 = 1;

/// Longest value quoted back in a note: a pasted essay should not become an essay of notes.
const NOTE_VALUE_CHARS: usize = 40;

/// Most notes returned; the rest are counted in one final note.
const MAX_NOTES: usize = 10;

/// `lp`'s value when the person said the council has no elections in the next few months
/// (issue 25 item 2); a date is its polling day, and no `lp` means not answered.
pub const NO_ELECTIONS: &str = "none";

/// Everything a link or a saved plan carries: the page showing and the plan's inputs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SharedState {
    /// The page showing (`view` in links and in the saved form, as before the rename).
    #[serde(rename = "view")]
    pub page: Page,
    pub input: PlanInput,
    /// Shown inside an intranet page's iframe (`embed=1`, `embed=card`). Kept in links so it
    /// survives moving between pages.
    pub embed: Embed,
    /// Presenter mode of a training scenario (`sc`, `sd`, `st`): a reload or a shared link opens
    /// the same step. Not part of the plan: never saved with it (links only).
    #[serde(skip)]
    pub training: Option<TrainingPosition>,
}

/// How the planner is shown inside an intranet page's iframe (the `embed` parameter).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Embed {
    /// The whole planner in its own window (no `embed`, or `embed=0`).
    #[default]
    No,
    /// The whole planner, compact (`embed=1`): no header or footer, and the page tells its
    /// parent how tall it is.
    App,
    /// Only the essentials of the plan in a small box for an intranet home page (`embed=card`),
    /// with a link that opens the full planner.
    Card,
}

impl Embed {
    /// Whether the planner is inside an intranet page at all.
    pub fn embedded(self) -> bool {
        self != Embed::No
    }
}

/// Which training scenario is being presented, from which date, and the step on show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrainingPosition {
    pub scenario: ScenarioId,
    /// The date the scenario starts from (see `ScenarioId::start_field`).
    pub start: NaiveDate,
    /// 1 for the first step. A link may name a step beyond the end; the page shows the last.
    pub step: u16,
}

impl TrainingPosition {
    /// The first step of `scenario` started on `start`.
    pub fn new(scenario: ScenarioId, start: NaiveDate) -> Self {
        TrainingPosition {
            scenario,
            start,
            step: 1,
        }
    }
}

/// The state read from a link, and what could not be used.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Decoded {
    pub state: SharedState,
    /// Plain-English notes for the page, one per problem (at most ten, then a count).
    pub notes: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::decode::parse_month_day;
    use super::percent::{percent_decode, percent_encode_into};
    use super::*;

    #[test]
    fn percent_coding_round_trips_and_tolerates_junk() {
        let mut out = String::new();
        percent_encode_into("a b&c=d%é:,", &mut out);
        assert_eq!(out, "a%20b%26c%3Dd%25%C3%A9:,");
        assert_eq!(percent_decode(&out), "a b&c=d%é:,");
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("%zz+x"), "%zz x");
        assert_eq!(percent_decode("%FF"), "\u{fffd}");
    }

    #[test]
    fn dates_are_strict() {
        assert_eq!(parse_iso("2026-03-02"), NaiveDate::from_ymd_opt(2026, 3, 2));
        for bad in [
            "2026-3-2",
            "2026-02-31",
            "+2026-03-0",
            "2026/03/02",
            "",
            "2026-03-02x",
        ] {
            assert_eq!(parse_iso(bad), None, "{bad}");
        }
        assert_eq!(parse_month_day("02-29"), Some((2, 29)));
        assert_eq!(parse_month_day("+2-29"), None);
        assert_eq!(parse_month_day("13-01"), None);
    }

    #[test]
    fn notes_are_capped() {
        let query: String = (0..30).map(|i| format!("x{i}=1&")).collect();
        let d = decode_query(&query);
        assert_eq!(d.notes.len(), MAX_NOTES + 1);
        assert_eq!(
            d.notes.last().map(String::as_str),
            Some("20 more problems with the link were ignored too.")
        );
    }
}
