//! Rule data for forecasts: what Ofsted has been seen to do, as opposed to what the framework
//! says. Every value carries its source, and every source here is observed or public, never the
//! framework, so the screen can label the forecasts as estimates.
//!
//! Kept apart from [`super::editions`] so that framework changes and observed practice can be
//! edited independently.

use chrono::NaiveDate;

use super::{CitationKind, ObservedPublication, Source, Sourced};

use CitationKind::{Observed, PlannerConvention, PublicSource};

const fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => panic!("invalid date in forecast data"),
    }
}

/// A recurring pause in publication, by month and day (wraps the year end).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PublicationPause {
    /// The last (month, day) on which reports are still published before the pause.
    pub last_before: (u32, u32),
    /// Publication resumes on the first working day on or after this (month, day).
    pub resumes: (u32, u32),
    pub source: Source,
}

/// How an election holds reports back: from `hold_before` polling day until a release day
/// after it, when the held reports come out together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ElectionHold {
    /// How far before polling day the hold starts.
    pub starts: HoldStart,
    /// Held reports come out this many working days after polling day.
    pub release_working_days_after: Sourced<i32>,
}

/// Where a pre-election hold starts, counted back from polling day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoldStart {
    /// This many working days before polling day (the dissolution of Parliament).
    WorkingDaysBefore(Sourced<i32>),
    /// This many calendar days before polling day.
    DaysBefore(Sourced<i64>),
}

/// Everything the publication forecast and the pre-election checks need.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ForecastRules {
    /// The Christmas pause in publication.
    pub christmas: PublicationPause,
    /// General elections already held or announced, by polling day. A future one can be
    /// entered in the plan.
    pub general_elections: &'static [Sourced<NaiveDate>],
    pub general_hold: ElectionHold,
    /// Local elections: applies only to a council with polls, whose polling day is entered.
    pub local_hold: ElectionHold,
    /// The usual month of local elections (first Thursday), to suggest entering polling day.
    pub usual_local_polling_month: Sourced<u32>,
    /// "Three in four by" is stated as the end of the week it falls in.
    pub by_end_of_week: Source,
}

// ---------------------------------------------------------------------------------------------
// Publication: working days from the last day of fieldwork
// ---------------------------------------------------------------------------------------------

/// Observed working days from the last day of fieldwork to publication, by when fieldwork ended.
pub const OBSERVED_JUDGEMENT: [ObservedPublication; 2] = [
    ObservedPublication {
        from: ymd(2021, 1, 1),
        working_days: Sourced::new(
            30,
            Source::new(
                "observed 2021–24",
                "Observed in the public record of ILACS reports 2018–2026: fieldwork ending January 2021 to March 2024, median 30 working days to publication",
                Observed,
            ),
        ),
        three_in_four: None,
        label: "the median for fieldwork ending 2021 to March 2024",
    },
    ObservedPublication {
        from: ymd(2024, 4, 1),
        working_days: Sourced::new(
            27,
            Source::new(
                "observed since April 2024",
                "Observed in the public record of ILACS reports 2018–2026: fieldwork ending since April 2024, most often 27 working days to publication (45%; median 31, 90% within 53), usually a Tuesday",
                Observed,
            ),
        ),
        three_in_four: Some(Sourced::new(
            38,
            Source::new(
                "observed since April 2024",
                "Observed in the public record of ILACS reports 2018–2026: fieldwork ending since April 2024, three in four published within 38 working days (quartiles 27 and 38)",
                Observed,
            ),
        )),
        label: "the most common gap since April 2024",
    },
];

// ---------------------------------------------------------------------------------------------
// Pauses and holds
// ---------------------------------------------------------------------------------------------

const CHRISTMAS: PublicationPause = PublicationPause {
    last_before: (12, 20),
    resumes: (1, 12),
    source: Source::new(
        "observed Christmas pause",
        "Observed in the public record of ILACS reports 2018–2026: every year the last report before Christmas came out 15–20 December and the first after it 5–13 January (since 2022, 12 or 13 January); reports due in between came out in that January batch",
        Observed,
    ),
};

const GENERAL_ELECTION_2019: Sourced<NaiveDate> = Sourced::new(
    ymd(2019, 12, 12),
    Source::new(
        "general election 2019",
        "UK Parliamentary general election: polling day Thursday 12 December 2019",
        PublicSource,
    ),
);

const GENERAL_ELECTION_2024: Sourced<NaiveDate> = Sourced::new(
    ymd(2024, 7, 4),
    Source::new(
        "general election 2024",
        "UK Parliamentary general election: polling day Thursday 4 July 2024; every ILACS report due from late May was published together on Friday 12 July 2024 (observed)",
        PublicSource,
    ),
);

const GENERAL_ELECTIONS: [Sourced<NaiveDate>; 2] = [GENERAL_ELECTION_2019, GENERAL_ELECTION_2024];

/// Observed practice and public election rules, shared by every rule set.
pub const FORECAST: ForecastRules = ForecastRules {
    christmas: CHRISTMAS,
    general_elections: &GENERAL_ELECTIONS,
    general_hold: ElectionHold {
        starts: HoldStart::WorkingDaysBefore(Sourced::new(
            25,
            Source::new(
                "general election timetable",
                "Electoral Registration and Administration Act 2013, section 14: Parliament is dissolved 25 working days before polling day; Ofsted publishes no reports from then until after the election (observed 2024)",
                PublicSource,
            ),
        )),
        release_working_days_after: Sourced::new(
            6,
            Source::new(
                "observed 2024",
                "Observed in the public record of ILACS reports: reports held for the general election of Thursday 4 July 2024 came out together on Friday 12 July 2024, six working days later",
                Observed,
            ),
        ),
    },
    local_hold: ElectionHold {
        starts: HoldStart::DaysBefore(Sourced::new(
            30,
            Source::new(
                "local pre-election period",
                "Ofsted's practice as reported by the local government press: no report on a council holding polls is published in the pre-election period, about four weeks (30 days) before polling day; councils without polls are published as usual",
                PublicSource,
            ),
        )),
        release_working_days_after: Sourced::new(
            7,
            Source::new(
                "observed 2026",
                "Observed in the public record of ILACS reports: reports held for the local elections of Thursday 7 May 2026 came out on Monday 18 May 2026, seven working days later",
                Observed,
            ),
        ),
    },
    usual_local_polling_month: Sourced::new(
        5,
        Source::new(
            "local elections",
            "Local elections in England are usually held on the first Thursday in May; not every council has polls every year",
            PublicSource,
        ),
    ),
    by_end_of_week: Source::new(
        "planner convention",
        "Planner convention: 'three in four by' is given as the last working day of the week in which three in four comparable reports were out, because reports come out on a few set weekdays",
        PlannerConvention,
    ),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pause_and_holds_are_real_days() {
        let ok = |(m, d): (u32, u32)| NaiveDate::from_ymd_opt(2024, m, d).is_some();
        assert!(ok(FORECAST.christmas.last_before));
        assert!(ok(FORECAST.christmas.resumes));
        for pair in FORECAST.general_elections.windows(2) {
            assert!(pair[0].value < pair[1].value);
        }
    }
}
