//! Forecasts from observed practice: when a report is most likely to be published, the day by
//! which three in four comparable reports were out, and what holds publication back (the
//! Christmas pause, general elections, and the council's own local elections).
//!
//! The framework's timetable (F§216) stays exact and untouched; these are estimates beside it,
//! and every number comes from [`ForecastRules`](crate::engine::rules::forecast::ForecastRules).

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::engine::calendar::bank_holidays::easter_sunday;
use crate::engine::calendar::dates::{add_days, day_month_year, first_weekday_of_month, long_date};
use crate::engine::calendar::Calendar;
use crate::engine::event::{Event, EventKind, Severity, Warning, WarningId};
use crate::engine::plan::plan_error::PlanError;
use crate::engine::rules::forecast::{DisregardedDay, ElectionHold, HoldStart};
use crate::engine::rules::{ReportKind, RuleSet, VisitKind};

/// Elections the plan knows about beyond those in the rule data.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Elections {
    /// Polling day of this council's local elections, when it has polls.
    pub local_polling_day: Option<NaiveDate>,
    /// A future general election's polling day.
    pub general_election: Option<NaiveDate>,
}

/// Which kind of election holds reports back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ElectionKind {
    General,
    Local,
}

/// Why a forecast date moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum HoldReason {
    /// Nothing is published between late December and mid-January.
    Christmas,
    /// A pre-election period: nothing (general) or nothing on this council (local) is published
    /// from `starts` until `release`.
    Election {
        election: ElectionKind,
        polling_day: NaiveDate,
        starts: NaiveDate,
        release: NaiveDate,
    },
}

/// A date as first due and as expected once pauses and holds are allowed for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Held {
    pub due: NaiveDate,
    pub date: NaiveDate,
    /// In the order they applied; empty when the date did not move.
    pub reasons: Vec<HoldReason>,
}

/// One pre-election hold, worked out for a polling day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Hold {
    reason: HoldReason,
}

/// Whether an election timetable disregards `date` besides weekends and bank holidays.
fn disregarded(day: DisregardedDay, date: NaiveDate) -> bool {
    match day {
        DisregardedDay::Yearly(m, d) => (date.month(), date.day()) == (m, d),
        // Good Friday is a Friday: Easter is worked out only for Fridays, not for every day counted.
        DisregardedDay::GoodFriday => {
            date.weekday() == Weekday::Fri
                && easter_sunday(date.year()).and_then(|e| add_days(e, -2)) == Some(date)
        }
    }
}

/// The first day of a hold before `polling_day`.
fn hold_start(
    calendar: &Calendar,
    start: &HoldStart,
    polling_day: NaiveDate,
) -> Result<NaiveDate, PlanError> {
    Ok(match start {
        HoldStart::WorkingDaysBefore(n) => calendar.add_working_days(polling_day, -n.value)?,
        HoldStart::ElectionTimetableDaysBefore {
            days,
            also_disregarded,
        } => calendar.add_working_days_also_skipping(polling_day, -days.value, |d| {
            also_disregarded.iter().any(|&x| disregarded(x, d))
        })?,
    })
}

fn election_hold(
    calendar: &Calendar,
    rules: &ElectionHold,
    election: ElectionKind,
    polling_day: NaiveDate,
) -> Result<Hold, PlanError> {
    let starts = hold_start(calendar, &rules.starts, polling_day)?;
    let release = calendar.add_working_days(polling_day, rules.release_working_days_after.value)?;
    Ok(Hold {
        reason: HoldReason::Election {
            election,
            polling_day,
            starts,
            release,
        },
    })
}

/// Every election hold the plan knows: the rule data's general elections, an entered one, and
/// the council's local elections if entered.
fn holds(
    rules: &RuleSet,
    calendar: &Calendar,
    elections: &Elections,
) -> Result<Vec<Hold>, PlanError> {
    let f = &rules.forecast;
    let mut days: Vec<NaiveDate> = f.general_elections.iter().map(|g| g.value).collect();
    if let Some(g) = elections.general_election {
        if !days.contains(&g) {
            days.push(g);
        }
    }
    let mut out = Vec::with_capacity(days.len() + 1);
    for day in days {
        out.push(election_hold(
            calendar,
            &f.general_hold,
            ElectionKind::General,
            day,
        )?);
    }
    if let Some(local) = elections.local_polling_day {
        out.push(election_hold(
            calendar,
            &f.local_hold,
            ElectionKind::Local,
            local,
        )?);
    }
    Ok(out)
}

/// The day publication resumes after the Christmas pause, if `date` falls in it.
fn christmas_resume(
    rules: &RuleSet,
    calendar: &Calendar,
    date: NaiveDate,
) -> Result<Option<NaiveDate>, PlanError> {
    let pause = &rules.forecast.christmas;
    let md = (date.month(), date.day());
    let year = if md > pause.last_before {
        date.year() + 1
    } else if md < pause.resumes {
        date.year()
    } else {
        return Ok(None);
    };
    let (m, d) = pause.resumes;
    let resumes = NaiveDate::from_ymd_opt(year, m, d).ok_or(PlanError::OutOfRange { date })?;
    Ok(Some(calendar.working_day_on_or_after(resumes)?))
}

fn apply_holds(
    rules: &RuleSet,
    calendar: &Calendar,
    holds: &[Hold],
    due: NaiveDate,
) -> Result<Held, PlanError> {
    let mut held = Held {
        due,
        date: due,
        reasons: Vec::new(),
    };
    // A release day can itself fall in a later pause (a December election, say), so repeat until
    // nothing moves; every step moves the date forward, and there are few holds.
    for _ in 0..=holds.len() + 1 {
        let before = held.date;
        if let Some(resume) = christmas_resume(rules, calendar, held.date)? {
            held.date = resume;
            if !held.reasons.contains(&HoldReason::Christmas) {
                held.reasons.push(HoldReason::Christmas);
            }
        }
        for h in holds {
            if let HoldReason::Election {
                starts, release, ..
            } = h.reason
            {
                if starts <= held.date && held.date < release {
                    held.date = release;
                    if !held.reasons.contains(&h.reason) {
                        held.reasons.push(h.reason);
                    }
                }
            }
        }
        if held.date == before {
            break;
        }
    }
    Ok(held)
}

/// When a report due on `due` is likely to come out, allowing for the Christmas pause and
/// every election hold the plan knows.
pub fn held(
    rules: &RuleSet,
    calendar: &Calendar,
    elections: &Elections,
    due: NaiveDate,
) -> Result<Held, PlanError> {
    let holds = holds(rules, calendar, elections)?;
    apply_holds(rules, calendar, &holds, due)
}

/// The observed publication forecast for one report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicationForecast {
    /// The most likely day (`publication-observed`).
    pub likely: Held,
    pub likely_working_days: i32,
    /// What `likely_working_days` is, e.g. "the most common gap since April 2024".
    pub likely_label: String,
    /// The day by which three in four comparable reports were out (`publication-observed-by`),
    /// where the record gives one.
    pub by: Option<Held>,
    pub by_working_days: Option<i32>,
}

impl PublicationForecast {
    /// "Most likely Tuesday 24 February 2026; three in four are published by Friday 13 March
    /// 2026."
    pub fn sentence(&self) -> String {
        match &self.by {
            Some(by) => format!(
                "Most likely {}; three in four are published by {}.",
                long_date(self.likely.date),
                long_date(by.date)
            ),
            None => format!("Most likely {}.", long_date(self.likely.date)),
        }
    }

    /// Why the forecast moved, one sentence per reason (empty when nothing moved it).
    pub fn reasons(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut seen = Vec::new();
        for held in std::iter::once(&self.likely).chain(self.by.as_ref()) {
            for r in &held.reasons {
                if !seen.contains(r) {
                    seen.push(*r);
                    out.push(reason_sentence(r));
                }
            }
        }
        out
    }
}

/// One reason in words, naming its source.
pub fn reason_sentence(reason: &HoldReason) -> String {
    match reason {
        HoldReason::Christmas => "Moved by the Christmas pause: every year since 2018 Ofsted published its last report before Christmas by 20 December and the first after it in mid-January (12 or 13 January since 2022), and reports due in between came out in that January batch (observed).".to_string(),
        HoldReason::Election {
            election: ElectionKind::General,
            polling_day,
            starts,
            release,
        } => format!(
            "Moved by the general election on {}: no reports are published from the dissolution of Parliament ({}, 25 working days before polling day, Electoral Registration and Administration Act 2013) until after polling day; in 2024 the held reports all came out six working days after polling day, which here is {} (observed).",
            long_date(*polling_day),
            long_date(*starts),
            long_date(*release)
        ),
        HoldReason::Election {
            election: ElectionKind::Local,
            polling_day,
            starts,
            release,
        } => format!(
            "Moved by the council's local elections on {}: the pre-election period starts when the notice of election is published, at the latest 25 working days before polling day as the election rules count them (Local Elections (Principal Areas) (England and Wales) Rules 2006, rule 1), here {}; Ofsted has not published reports on councils holding polls in that period, and held reports came out soon after the polls, seven working days later in May 2026, which here is {} (observed).",
            long_date(*polling_day),
            long_date(*starts),
            long_date(*release)
        ),
    }
}

/// The forecast for a report after fieldwork ending on `last_fieldwork_day`, or `None` when the
/// rule set has no observed data for this kind of visit (letters, the 2017 rule set, fieldwork
/// ending before the record's first band).
pub fn publication_forecast(
    rules: &RuleSet,
    calendar: &Calendar,
    kind: VisitKind,
    last_fieldwork_day: NaiveDate,
    elections: &Elections,
) -> Result<Option<PublicationForecast>, PlanError> {
    if rules.visit(kind).report != Some(ReportKind::Judgement) {
        return Ok(None);
    }
    let t = rules.report(ReportKind::Judgement);
    let Some(band) = t
        .observed_publication
        .iter()
        .rev()
        .find(|o| o.from <= last_fieldwork_day)
    else {
        return Ok(None);
    };
    let holds = holds(rules, calendar, elections)?;
    let likely_due = calendar.add_working_days(last_fieldwork_day, band.working_days.value)?;
    let likely = apply_holds(rules, calendar, &holds, likely_due)?;
    let by = match band.three_in_four {
        Some(n) => {
            let raw = calendar.add_working_days(last_fieldwork_day, n.value)?;
            let days_to_friday = i64::from(Weekday::Fri.num_days_from_monday())
                - i64::from(raw.weekday().num_days_from_monday());
            let friday =
                add_days(raw, days_to_friday.max(0)).ok_or(PlanError::OutOfRange { date: raw })?;
            // The raw day is a working day, so the week's last working day is never before it.
            let week_end = calendar.working_day_on_or_before(friday)?.max(raw);
            let mut by = apply_holds(rules, calendar, &holds, week_end)?;
            if by.date < likely.date {
                by.date = likely.date;
            }
            Some(by)
        }
        None => None,
    };
    Ok(Some(PublicationForecast {
        likely,
        likely_working_days: band.working_days.value,
        likely_label: band.label.to_string(),
        by,
        by_working_days: band.three_in_four.map(|n| n.value),
    }))
}

/// The pre-election warnings: a publication date (the framework's, or a forecast before it was
/// held) inside a general election's hold, for everyone, or inside the council's own local
/// elections' hold, when polling day is entered. Without an entered polling day, a publication
/// close before the usual May polls gets a note suggesting it be entered.
pub fn election_warnings(
    rules: &RuleSet,
    calendar: &Calendar,
    elections: &Elections,
    events: &[Event],
    forecast: Option<&PublicationForecast>,
) -> Result<Vec<Warning>, PlanError> {
    let holds = holds(rules, calendar, elections)?;
    let f = &rules.forecast;
    let mut out: Vec<Warning> = Vec::new();
    let forecast_dues: Vec<(&str, &Held)> = forecast
        .map(|fc| {
            std::iter::once(("publication-observed", &fc.likely))
                .chain(fc.by.as_ref().map(|b| ("publication-observed-by", b)))
                .collect()
        })
        .unwrap_or_default();
    for h in &holds {
        let HoldReason::Election {
            election,
            polling_day,
            starts,
            release,
        } = h.reason
        else {
            continue;
        };
        // Three groups, each with words that agree with the dates beside them: the framework's
        // dates inside the pre-election period, those after polling day but before held reports
        // come out, and the forecasts the hold moved.
        let mut before_poll: Vec<String> = Vec::new();
        let mut after_poll: Vec<String> = Vec::new();
        let mut moved: Vec<(String, NaiveDate)> = Vec::new();
        for e in forecast_publications(events) {
            match forecast_dues.iter().find(|(id, _)| *id == e.id) {
                Some((_, held)) if held.reasons.contains(&h.reason) => {
                    moved.push((e.id.clone(), held.due));
                }
                Some(_) => {}
                None if starts <= e.date && e.date < polling_day => before_poll.push(e.id.clone()),
                None if polling_day <= e.date && e.date < release => after_poll.push(e.id.clone()),
                None => {}
            }
        }
        if before_poll.is_empty() && after_poll.is_empty() && moved.is_empty() {
            continue;
        }
        let (name, period, start) = match election {
            ElectionKind::General => (
                format!("the general election on {}", day_month_year(polling_day)),
                format!(
                    "No reports are published from the dissolution of Parliament ({}) until after polling day (observed)",
                    day_month_year(starts)
                ),
                &f.general_hold.starts,
            ),
            ElectionKind::Local => (
                format!("the council's local elections on {}", day_month_year(polling_day)),
                format!(
                    "The pre-election period starts when the notice of election is published, at the latest on {} ({} working days before polling day as the election rules count them), and Ofsted has not published reports on councils holding polls in it (observed)",
                    day_month_year(starts),
                    f.local_hold.starts.days()
                ),
                &f.local_hold.starts,
            ),
        };
        let citation = start.source().citation();
        let release = day_month_year(release);
        let allowed = if forecast.is_some() {
            "; the observed forecast allows for this"
        } else {
            ""
        };
        let mut push = |events: Vec<String>, message: String| {
            if !events.is_empty() {
                out.push(Warning {
                    id: WarningId::PreElectionPeriod,
                    severity: Severity::Warning,
                    message,
                    events,
                    citation: citation.clone(),
                });
            }
        };
        push(
            before_poll,
            format!(
                "The framework's publication date falls in the pre-election period before {name}. {period}. Held reports have come out together soon after polling day, so expect about {release}{allowed}."
            ),
        );
        push(
            after_poll,
            format!(
                "The framework's publication date falls after polling day of {name}, but before the reports held in its pre-election period have come out. {period}. Held reports have come out together soon after polling day, so expect about {release}{allowed}."
            ),
        );
        let due = moved.first().map(|(_, due)| day_month_year(*due));
        push(
            moved.into_iter().map(|(id, _)| id).collect(),
            format!(
                "Moved by the pre-election period before {name}: the report would have been due about {}. {period}. Held reports have come out together soon after polling day, about {release}, and this date allows for it.",
                due.unwrap_or_default()
            ),
        );
    }

    if elections.local_polling_day.is_none() {
        out.extend(local_polls_note(rules, calendar, events, &forecast_dues));
    }
    Ok(out)
}

/// The publication dates an election could still move: a recorded publication is what happened,
/// so no hold or pre-election period is warned about on it (issue 26).
fn forecast_publications(events: &[Event]) -> impl Iterator<Item = &Event> {
    events
        .iter()
        .filter(|e| e.kind == EventKind::Publication && e.recorded.is_none())
}

/// Without an entered polling day: a note when a publication falls in the pre-election period
/// of the usual May polls, suggesting polling day be entered.
fn local_polls_note(
    rules: &RuleSet,
    calendar: &Calendar,
    events: &[Event],
    forecast_dues: &[(&str, &Held)],
) -> Option<Warning> {
    let f = &rules.forecast;
    let month = f.usual_local_polling_month.value;
    let mut ids = Vec::new();
    let mut polling = None;
    // The publications mostly share a year, so each year's hold start is counted out once.
    let mut starts: Vec<(NaiveDate, Option<NaiveDate>)> = Vec::new();
    for e in forecast_publications(events) {
        let due = forecast_dues
            .iter()
            .find(|(id, _)| *id == e.id)
            .map_or(e.date, |(_, h)| h.due);
        let Some(p) = first_weekday_of_month(due.year(), month, Weekday::Thu) else {
            continue;
        };
        let start = match starts.iter().find(|(q, _)| *q == p) {
            Some(&(_, start)) => start,
            None => {
                let start = hold_start(calendar, &f.local_hold.starts, p).ok();
                starts.push((p, start));
                start
            }
        };
        let Some(start) = start else {
            continue;
        };
        if start <= due && due <= p {
            ids.push(e.id.clone());
            polling = Some((p, start));
        }
    }
    let (p, start) = polling?;
    Some(Warning {
        id: WarningId::PreElectionPeriod,
        severity: Severity::Info,
        message: format!(
            "If the council has local elections on {}, enter polling day on the After fieldwork page: Ofsted has not published reports on councils holding polls in the pre-election period (observed), which starts when the notice of election is published, at the latest on {} ({} working days before polling day as the election rules count them). Councils without polls are published as usual.",
            long_date(p),
            day_month_year(start),
            f.local_hold.starts.days()
        ),
        events: ids,
        citation: f.usual_local_polling_month.source.citation(),
    })
}

/// The "most likely" months of the next judgement inspection, from the observed gaps.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextInspectionForecast {
    /// The first day of the earliest likely month.
    pub earliest: NaiveDate,
    /// The last day of the latest likely month.
    pub latest: NaiveDate,
    /// The first day of the month of the median gap.
    pub median: NaiveDate,
    pub low_months: i32,
    pub high_months: i32,
    pub median_months: i32,
    /// The year of the inspections the gaps come from, and how many there are.
    pub cohort_year: i32,
    pub authorities: usize,
}

fn month_year(date: NaiveDate) -> String {
    format!(
        "{} {}",
        crate::engine::calendar::dates::month_name(date.month()),
        date.year()
    )
}

impl NextInspectionForecast {
    /// "Most likely between August and December 2026 (observed): …".
    pub fn sentence(&self) -> String {
        let range = if self.earliest.year() == self.latest.year() {
            format!(
                "{} and {}",
                crate::engine::calendar::dates::month_name(self.earliest.month()),
                month_year(self.latest)
            )
        } else {
            format!(
                "{} and {}",
                month_year(self.earliest),
                month_year(self.latest)
            )
        };
        format!(
            "Most likely between {range} (observed, not a rule): of the {} authorities with a judgement inspection in {} that have been inspected again, three in four were next inspected {} to {} months later (median {} months, here {}).",
            self.authorities,
            self.cohort_year,
            self.low_months,
            self.high_months,
            self.median_months,
            month_year(self.median)
        )
    }
}

/// The observed "most likely" months after a judgement inspection whose first on-site day was
/// `last_first_day`; `None` if the rule data holds no gaps.
pub fn next_inspection_forecast(
    rules: &RuleSet,
    last_first_day: NaiveDate,
) -> Option<NextInspectionForecast> {
    use crate::engine::councils::history::{median, shortest_range};
    let n = rules.forecast.next_inspection.as_ref()?;
    let (num, den) = n.share;
    let (low, high) = shortest_range(n.gaps_months, num, den)?;
    let mid = median(n.gaps_months)?;
    let month_start = last_first_day.with_day(1)?;
    let earliest = crate::engine::calendar::dates::add_months(month_start, low)?;
    let after = crate::engine::calendar::dates::add_months(month_start, high.checked_add(1)?)?;
    Some(NextInspectionForecast {
        earliest,
        latest: add_days(after, -1)?,
        median: crate::engine::calendar::dates::add_months(month_start, mid)?,
        low_months: low,
        high_months: high,
        median_months: mid,
        cohort_year: n.cohort_year,
        authorities: n.gaps_months.len(),
    })
}
