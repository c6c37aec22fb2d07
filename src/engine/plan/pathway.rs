//! Pathways (F§13–24): from the last judgement inspection to the next one.
//!
//! The pathway follows the overall effectiveness grade (good or outstanding → 1, requires
//! improvement → 2, inadequate → 3), or is chosen directly by the user. From April 2026 there is
//! no overall grade; the planner can derive a pathway from the sub-judgements, always labelled as
//! an assumption (rule book §2).
//!
//! The three-year anniversary is anchored on the first on-site day of the previous judgement
//! inspection: an assumption, since the framework only says "the three-year anniversary".

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::engine::calendar::dates::{add_days, add_months, long_date};
use crate::engine::calendar::Calendar;
use crate::engine::event::{Citation, Event, EventKind, Section};
use crate::engine::plan::after_fieldwork::action_plan_due;
use crate::engine::plan::plan_error::{InputField, PlanError};
use crate::engine::plan::visit_schedule::require_working_day;
use crate::engine::rules::{sourced_event, Estimate, PathwayRules, RuleSet, Source, VisitKind};

/// A judgement on Ofsted's four-point scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Grade {
    Outstanding,
    Good,
    RequiresImprovement,
    Inadequate,
}

impl Grade {
    pub fn name(self) -> &'static str {
        match self {
            Grade::Outstanding => "outstanding",
            Grade::Good => "good",
            Grade::RequiresImprovement => "requires improvement to be good",
            Grade::Inadequate => "inadequate",
        }
    }
}

/// The three ILACS pathways.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Pathway {
    /// Good or outstanding: short inspection next.
    One,
    /// Requires improvement to be good: standard inspection next.
    #[default]
    Two,
    /// Inadequate: monitoring visits, then re-inspection.
    Three,
}

impl Pathway {
    pub fn number(self) -> u8 {
        match self {
            Pathway::One => 1,
            Pathway::Two => 2,
            Pathway::Three => 3,
        }
    }

    fn from_grade(grade: Grade) -> Pathway {
        match grade {
            Grade::Outstanding | Grade::Good => Pathway::One,
            Grade::RequiresImprovement => Pathway::Two,
            Grade::Inadequate => Pathway::Three,
        }
    }
}

/// The sub-judgements of an inspection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SubJudgements {
    pub help_and_protection: Grade,
    /// Before January 2023 this covered care leavers too.
    pub children_in_care: Grade,
    /// Separate judgement since January 2023.
    #[serde(default)]
    pub care_leavers: Option<Grade>,
    pub impact_of_leaders: Grade,
}

impl SubJudgements {
    fn all(&self) -> impl Iterator<Item = Grade> {
        [
            Some(self.help_and_protection),
            Some(self.children_in_care),
            self.care_leavers,
            Some(self.impact_of_leaders),
        ]
        .into_iter()
        .flatten()
    }
}

/// What the last judgement inspection found (or the pathway the user chose).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
pub enum Outcome {
    /// The overall effectiveness grade.
    Overall(Grade),
    /// Sub-judgements only (from April 2026): the pathway is derived by assumption.
    SubJudgements(SubJudgements),
    /// The user chose the pathway directly.
    Pathway(Pathway),
}

/// The kind of the last judgement inspection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum JudgementKind {
    /// Single inspection framework (before 2018): fieldwork treated like a standard inspection.
    Sif,
    #[default]
    Standard,
    Short,
}

impl JudgementKind {
    pub fn name(self) -> &'static str {
        match self {
            JudgementKind::Sif => "single inspection framework (SIF) inspection",
            JudgementKind::Standard => "standard inspection",
            JudgementKind::Short => "short inspection",
        }
    }

    fn visit_kind(self) -> VisitKind {
        match self {
            JudgementKind::Sif | JudgementKind::Standard => VisitKind::Standard,
            JudgementKind::Short => VisitKind::Short,
        }
    }
}

/// The last judgement inspection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LastInspection {
    pub kind: JudgementKind,
    pub first_onsite_day: NaiveDate,
    pub outcome: Outcome,
}

/// The window for the next standard or short inspection (F§13).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Window {
    pub earliest: NaiveDate,
    pub anniversary: NaiveDate,
    pub latest: NaiveDate,
}

/// Focused visits or JTAIs expected between judgement inspections.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Between {
    /// Usual (lowest) number.
    pub usual: u8,
    /// Most.
    pub most: u8,
    pub text: String,
    pub citation: Citation,
}

/// The dates that follow an inadequate judgement (all estimates).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InadequateTimeline {
    /// When the authority receives its inspection report (framework timetable).
    pub report_received: NaiveDate,
    pub action_planning_visit: NaiveDate,
    pub action_plan_due: NaiveDate,
    /// Monitoring visits 1 to 6 (the usual 4 to 6 before re-inspection).
    pub monitoring_visits: Vec<NaiveDate>,
    pub reinspection_earliest: NaiveDate,
    pub reinspection_latest: NaiveDate,
}

/// The pathway and what follows from it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PathwaySummary {
    pub pathway: Pathway,
    /// Why, in plain words.
    pub reason: String,
    pub reason_citation: Citation,
    /// True when the pathway rests on the planner's assumption (derived from sub-judgements).
    pub assumption: bool,
    /// The next judgement inspection, in words.
    pub next_inspection: String,
    /// The kind of the next judgement inspection (`None` for pathway 3: monitoring first).
    pub next_inspection_kind: Option<VisitKind>,
    pub next_inspection_citation: Citation,
    /// Window for the next standard or short inspection (pathways 1 and 2).
    pub window: Option<Window>,
    pub between: Between,
    /// Pathway 3 only.
    pub inadequate: Option<InadequateTimeline>,
}

/// The pathway summary and its dated events.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathwayResult {
    pub summary: PathwaySummary,
    pub events: Vec<Event>,
}

fn months(date: NaiveDate, n: i32) -> Result<NaiveDate, PlanError> {
    add_months(date, n).ok_or(PlanError::OutOfRange { date })
}

/// The Monday of the week `date` falls in.
fn week_commencing(date: NaiveDate) -> Result<NaiveDate, PlanError> {
    use chrono::Datelike;
    add_days(date, -i64::from(date.weekday().num_days_from_monday()))
        .ok_or(PlanError::OutOfRange { date })
}

/// The week an estimated re-inspection (a standard inspection, on site from a Monday) starts
/// in: the week of `date`, or a later one when that week touches August or the Christmas and
/// New Year period, when inspections do not usually begin (F§14).
fn reinspection_week(rules: &RuleSet, date: NaiveDate) -> Result<NaiveDate, PlanError> {
    use chrono::Datelike;
    let flagged = &rules.flagged;
    let mut monday = week_commencing(date)?;
    for _ in 0..8 {
        let blocked = (0..5).filter_map(|i| add_days(monday, i)).any(|day| {
            day.month() == flagged.august_month.value
                || flagged.christmas_default.value.contains(day)
        });
        if !blocked {
            break;
        }
        monday = add_days(monday, 7).ok_or(PlanError::OutOfRange { date: monday })?;
    }
    Ok(monday)
}

/// The week of an estimated monitoring visit: its Monday and the first on-site day, the
/// Tuesday (F§128 table: on site Tuesday and Wednesday). A week whose Tuesday or Wednesday is a
/// bank holiday has no visit, so the estimate moves a week in `step`'s direction (+1 later, -1
/// earlier), at most a few times.
fn monitoring_week(
    calendar: &Calendar,
    monday: NaiveDate,
    step: i64,
) -> Result<(NaiveDate, NaiveDate), PlanError> {
    let out_of_range = PlanError::OutOfRange { date: monday };
    let mut monday = monday;
    for _ in 0..4 {
        let tuesday = add_days(monday, 1).ok_or(out_of_range.clone())?;
        let wednesday = add_days(monday, 2).ok_or(out_of_range.clone())?;
        if calendar.is_working_day(tuesday)? && calendar.is_working_day(wednesday)? {
            return Ok((monday, tuesday));
        }
        monday = add_days(monday, 7 * step).ok_or(out_of_range.clone())?;
    }
    let tuesday = add_days(monday, 1).ok_or(out_of_range)?;
    Ok((monday, calendar.working_day_on_or_after(tuesday)?))
}

/// Chooses the pathway and says why.
fn choose(rules: &RuleSet, last: &LastInspection) -> (Pathway, String, Source, bool) {
    match last.outcome {
        Outcome::Overall(grade) => (
            Pathway::from_grade(grade),
            format!(
                "The last judgement inspection ({}) judged the authority {} overall.",
                last.kind.name(),
                grade.name()
            ),
            rules.grading.overall_grade,
            false,
        ),
        Outcome::Pathway(p) => (
            p,
            format!("Pathway {} chosen directly.", p.number()),
            Source::new(
                "chosen",
                "Chosen by the user",
                crate::engine::event::CitationKind::PlannerConvention,
            ),
            false,
        ),
        Outcome::SubJudgements(s) => {
            let pathway = if s.all().any(|g| g == Grade::Inadequate) {
                Pathway::Three
            } else if s.all().all(|g| g <= Grade::Good) {
                Pathway::One
            } else {
                Pathway::Two
            };
            let why = match pathway {
                Pathway::Three => "at least one sub-judgement is inadequate",
                Pathway::One => "every sub-judgement is good or outstanding",
                Pathway::Two => "no sub-judgement is inadequate but not all are good or better",
            };
            (
                pathway,
                format!(
                    "Assumption: there is no overall grade, and {why}. Ofsted has not published how the pathway is chosen without an overall grade; choose the pathway directly if you know it."
                ),
                rules.grading.sub_judgement_derivation,
                true,
            )
        }
    }
}

fn pathway_rules(rules: &RuleSet, p: Pathway) -> &PathwayRules {
    match p {
        Pathway::One => &rules.pathway_1,
        Pathway::Two => &rules.pathway_2,
        Pathway::Three => &rules.pathway_3,
    }
}

/// The pathway, the window or the inadequate timeline, and their events.
pub fn pathway(
    rules: &RuleSet,
    calendar: &Calendar,
    last: &LastInspection,
) -> Result<PathwayResult, PlanError> {
    require_working_day(calendar, InputField::LastInspection, last.first_onsite_day)?;
    let (p, reason, reason_source, assumption) = choose(rules, last);
    let pr = pathway_rules(rules, p);
    let s = last.first_onsite_day;
    let mut events = Vec::with_capacity(16);
    events.push(sourced_event(
        Section::Pathway,
        "last-inspection",
        EventKind::PastEpisode,
        s,
        format!("Last judgement inspection begins ({})", last.kind.name()),
        reason.clone(),
        "Ofsted; local authority",
        &reason_source,
        Estimate::Exact,
    ));

    let mut window = None;
    let mut inadequate = None;
    let next_inspection_kind;
    if p == Pathway::Three {
        next_inspection_kind = None;
        let t = build_inadequate(rules, calendar, last, &mut events)?;
        inadequate = Some(t);
    } else {
        next_inspection_kind = Some(if p == Pathway::One {
            VisitKind::Short
        } else {
            VisitKind::Standard
        });
        let c = &rules.cycle;
        let anniversary = months(s, (c.anniversary_years.value as i32).saturating_mul(12))?;
        let earliest = months(anniversary, -(c.window_months_before.value as i32))?;
        let latest = months(anniversary, c.window_months_after.value as i32)?;
        let next = pr.next_inspection.value;
        events.push(sourced_event(
            Section::Pathway,
            "window-opens",
            EventKind::Window,
            earliest,
            format!("Window opens for the {next}"),
            format!(
                "The {next} usually takes place within {} months before or {} months after the three-year anniversary of the last inspection.",
                c.window_months_before.value, c.window_months_after.value
            ),
            "Ofsted; local authority",
            &c.window_months_before.source,
            Estimate::Exact,
        ));
        events.push(sourced_event(
            Section::Pathway,
            "anniversary",
            EventKind::Window,
            anniversary,
            "Three-year anniversary of the last inspection",
            format!(
                "Three years after the last inspection's first on-site day ({}). Anchoring the anniversary on the first on-site day is an assumption: the framework does not say which day.",
                long_date(s)
            ),
            "Ofsted; local authority",
            &c.anniversary_anchor,
            Estimate::Exact,
        ));
        events.push(sourced_event(
            Section::Pathway,
            "window-closes",
            EventKind::Window,
            latest,
            format!("Window closes for the {next}"),
            format!("The end of the usual window for the {next}."),
            "Ofsted; local authority",
            &c.window_months_after.source,
            Estimate::Exact,
        ));
        window = Some(Window {
            earliest,
            anniversary,
            latest,
        });
    }

    let summary = PathwaySummary {
        pathway: p,
        reason,
        reason_citation: reason_source.citation(),
        assumption,
        next_inspection: pr.next_inspection.value.to_string(),
        next_inspection_kind,
        next_inspection_citation: pr.next_inspection.source.citation(),
        window,
        between: Between {
            usual: pr.between.value.0,
            most: pr.between.value.1,
            text: pr.between_text.to_string(),
            citation: pr.between.source.citation(),
        },
        inadequate,
    };
    Ok(PathwayResult { summary, events })
}

fn build_inadequate(
    rules: &RuleSet,
    calendar: &Calendar,
    last: &LastInspection,
    events: &mut Vec<Event>,
) -> Result<InadequateTimeline, PlanError> {
    let first_new = events.len();
    let ir = &rules.inadequate;
    let pattern = rules.visit(last.kind.visit_kind());
    let fieldwork = pattern
        .fieldwork_working_days
        .map(|d| d.value)
        .unwrap_or(10);
    let end = calendar.add_working_days(last.first_onsite_day, fieldwork - 1)?;
    let final_offset = &rules.reports.judgement.final_report;
    let report_received = calendar.add_working_days(end, final_offset.value)?;
    events.push(sourced_event(
        Section::Pathway,
        "last-inspection-report",
        EventKind::Report,
        report_received,
        "Inspection report received (estimate)",
        format!(
            "Estimated from the framework timetable: the final report {} working days after fieldwork ends ({}). The dates below count from when the report is received.",
            final_offset.value,
            long_date(end)
        ),
        "Ofsted; DCS",
        &final_offset.source,
        Estimate::Estimated,
    ));

    let apv = calendar.add_working_days(report_received, ir.action_planning_visit.value)?;
    let agenda = calendar.add_working_days(apv, -ir.agenda_before_visit.value)?;
    events.push(sourced_event(
        Section::Pathway,
        "action-planning-agenda",
        EventKind::Note,
        agenda,
        "Final agenda for the action planning visit circulated",
        format!(
            "The lead inspector circulates the final agenda {} working days before the action planning visit.",
            ir.agenda_before_visit.value
        ),
        "Lead inspector; DCS",
        &ir.agenda_before_visit.source,
        Estimate::Estimated,
    ));
    events.push(sourced_event(
        Section::Pathway,
        "action-planning-visit",
        EventKind::Meeting,
        apv,
        "Action planning visit (about)",
        format!(
            "At the inspection's feedback meeting the lead inspector asks the DCS to arrange this visit, about {} working days after the report is received: the lead inspector and a senior HMI help the local authority understand the findings; monitoring visit arrangements are agreed.",
            ir.action_planning_visit.value
        ),
        "Lead inspector; senior HMI; DCS and senior managers; partners",
        &ir.action_planning_visit.source,
        Estimate::Estimated,
    ));
    let due = action_plan_due(rules, calendar, report_received, Section::Pathway)?;
    let action_plan_due = due.date;
    events.push(due);

    let visits = monitoring_visits(rules, calendar, action_plan_due, events)?;
    let (reinspection_earliest, reinspection_latest) =
        reinspection(rules, &visits, action_plan_due, events)?;
    // These dates follow the inadequate judgement's report, so the after-fieldwork page shows
    // them too.
    for e in events.iter_mut().skip(first_new) {
        e.section = Section::Monitoring;
    }
    Ok(InadequateTimeline {
        report_received,
        action_planning_visit: apv,
        action_plan_due,
        monitoring_visits: visits,
        reinspection_earliest,
        reinspection_latest,
    })
}

/// The estimated monitoring visits: the first within some weeks of the action plan deadline, then
/// quarterly, each a week-commencing estimate on its first on-site day. Returns their dates.
fn monitoring_visits(
    rules: &RuleSet,
    calendar: &Calendar,
    action_plan_due: NaiveDate,
    events: &mut Vec<Event>,
) -> Result<Vec<NaiveDate>, PlanError> {
    let ir = &rules.inadequate;
    let (min_visits, max_visits) = ir.monitoring_visits.value;
    let weeks = ir.first_monitoring_within_weeks.value;
    let first =
        add_days(action_plan_due, weeks.saturating_mul(7)).ok_or(PlanError::OutOfRange {
            date: action_plan_due,
        })?;
    // The first visit: the last week whose Tuesday is within the four weeks.
    let mut first_monday = week_commencing(first)?;
    if add_days(first_monday, 1).is_some_and(|tuesday| tuesday > first) {
        first_monday = add_days(first_monday, -7).ok_or(PlanError::OutOfRange { date: first })?;
    }
    let (_, first) = monitoring_week(calendar, first_monday, -1)?;
    let interval = ir.monitoring_interval_months.value as i32;
    let mut visits = Vec::with_capacity(max_visits as usize);
    for n in 0..max_visits {
        let (monday, date) = if n == 0 {
            (week_commencing(first)?, first)
        } else {
            let d = months(first, interval.saturating_mul(n as i32))?;
            monitoring_week(calendar, week_commencing(d)?, 1)?
        };
        visits.push(date);
        let number = n + 1;
        let extra = if number > min_visits {
            " Only if needed: there are usually four to six visits before re-inspection."
        } else {
            ""
        };
        let week = format!("week commencing {}", long_date(monday));
        let (detail, source) = if n == 0 {
            (
                format!(
                    "An estimate, not a date from Ofsted: usually within {weeks} weeks of the action plan deadline, so about the {week}, on site on the Tuesday and Wednesday (or Wednesday and Thursday). The lead inspector confirms the dates in advance."
                ),
                &ir.first_monitoring_within_weeks.source,
            )
        } else {
            (
                format!(
                    "An estimate, not a date from Ofsted: quarterly, about {interval} months after the first visit's quarter, so about the {week}, on site on the Tuesday and Wednesday (or Wednesday and Thursday); visits may not be equally spaced.{extra}"
                ),
                &ir.monitoring_interval_months.source,
            )
        };
        events.push(sourced_event(
            Section::Pathway,
            format!("monitoring-visit-{number}"),
            EventKind::PlannedEpisode,
            date,
            format!("Monitoring visit {number} (estimate): {week}"),
            detail,
            "Two inspectors; DCS",
            source,
            Estimate::Estimated,
        ));
    }
    Ok(visits)
}

/// The re-inspection as a range of weeks after the usual and the most monitoring visits.
/// `action_plan_due` is counted from only if a rule set had no monitoring visits at all.
fn reinspection(
    rules: &RuleSet,
    visits: &[NaiveDate],
    action_plan_due: NaiveDate,
    events: &mut Vec<Event>,
) -> Result<(NaiveDate, NaiveDate), PlanError> {
    let ir = &rules.inadequate;
    let (min_visits, max_visits) = ir.monitoring_visits.value;
    let first = visits.first().copied().unwrap_or(action_plan_due);
    let after = ir.reinspection_after_last_visit_months.value as i32;
    let last_usual = visits
        .get(usize::from(min_visits).saturating_sub(1))
        .copied()
        .unwrap_or(first);
    let last_most = visits.last().copied().unwrap_or(first);
    // A re-inspection is a standard inspection, on site from a Monday: the estimate is a week.
    let reinspection_earliest = reinspection_week(rules, months(last_usual, after)?)?;
    let reinspection_latest = reinspection_week(rules, months(last_most, after)?)?;
    let what = ir.reinspection.value;
    let range = format!(
        "An estimate, not a date from Ofsted: the re-inspection is likely between the weeks commencing {} and {}.",
        long_date(reinspection_earliest),
        long_date(reinspection_latest)
    );
    events.push(sourced_event(
        Section::Pathway,
        "reinspection-earliest",
        EventKind::PlannedEpisode,
        reinspection_earliest,
        format!(
            "Re-inspection, earliest (estimate): week commencing {}",
            long_date(reinspection_earliest)
        ),
        format!(
            "{range} The earliest: the {what} after {min_visits} monitoring visits, assuming one more quarter after the last visit."
        ),
        "Ofsted; local authority",
        &ir.reinspection_after_last_visit_months.source,
        Estimate::Estimated,
    ));
    events.push(sourced_event(
        Section::Pathway,
        "reinspection-latest",
        EventKind::PlannedEpisode,
        reinspection_latest,
        format!(
            "Re-inspection, latest usual (estimate): week commencing {}",
            long_date(reinspection_latest)
        ),
        format!(
            "{range} The latest usual: the {what} after {max_visits} monitoring visits, assuming one more quarter after the last visit."
        ),
        "Ofsted; local authority",
        &ir.reinspection_after_last_visit_months.source,
        Estimate::Estimated,
    ));
    Ok((reinspection_earliest, reinspection_latest))
}

/// The annual self-evaluation, engagement meeting and letter, from one meeting date.
///
/// `self_evaluation_from`: no self-evaluation is shown before this date (pathway 3: until the
/// first 12 months of monitoring visits are complete, F§30).
pub fn annual_engagement(
    rules: &RuleSet,
    calendar: &Calendar,
    meeting: NaiveDate,
    self_evaluation_from: Option<NaiveDate>,
) -> Result<Vec<Event>, PlanError> {
    require_working_day(calendar, InputField::EngagementMeeting, meeting)?;
    let c = &rules.cycle;
    let shown = c.engagement_meetings_shown.value.min(10);
    let mut events = Vec::with_capacity(shown as usize * 3);
    for k in 0..shown {
        let n = k + 1;
        let date = if k == 0 {
            meeting
        } else {
            let d = months(
                meeting,
                (c.engagement_interval_months.value as i32).saturating_mul(k as i32),
            )?;
            calendar.working_day_on_or_after(d)?
        };
        let se = calendar.working_day_on_or_before(months(
            date,
            -(c.self_evaluation_before_meeting_months.value as i32),
        )?)?;
        let paused = self_evaluation_from.is_some_and(|from| se < from);
        if !paused {
            events.push(sourced_event(
                Section::Pathway,
                format!("self-evaluation-{n}"),
                EventKind::Deadline,
                se,
                "Share the self-evaluation",
                format!(
                    "Share the annual self-evaluation of social work practice with Ofsted, about {} month before the engagement meeting (the framework asks only that it comes before, early enough to analyse, framework paragraph 34).",
                    c.self_evaluation_before_meeting_months.value
                ),
                "DCS; local authority",
                &c.self_evaluation_before_meeting_months.source,
                Estimate::Estimated,
            ));
        }
        // The first meeting is the date entered; later ones are estimated from the interval.
        let estimate = if k == 0 {
            Estimate::Exact
        } else {
            Estimate::Estimated
        };
        let (detail, source) = if k == 0 {
            (
                "Annual engagement meeting with Ofsted's regional representatives about the self-evaluation (date given).".to_string(),
                &c.engagement_interval_months.source,
            )
        } else {
            (
                format!(
                    "Next annual engagement meeting (estimate: {} months after the one before; it need not be at the same point each year).",
                    c.engagement_interval_months.value
                ),
                &c.engagement_meetings_shown.source,
            )
        };
        events.push(sourced_event(
            Section::Pathway,
            format!("engagement-meeting-{n}"),
            EventKind::Meeting,
            date,
            "Annual engagement meeting",
            detail,
            "DCS; Ofsted regional director or senior HMI",
            source,
            estimate,
        ));
        let letter = calendar.working_day_on_or_before(months(
            date,
            c.engagement_letter_within_months.value as i32,
        )?)?;
        events.push(sourced_event(
            Section::Pathway,
            format!("engagement-letter-{n}"),
            EventKind::Deadline,
            letter,
            "Ofsted's letter after the engagement meeting",
            format!(
                "Ofsted writes to the DCS within {} month of the meeting; the letter is not published.",
                c.engagement_letter_within_months.value
            ),
            "Ofsted; DCS",
            &c.engagement_letter_within_months.source,
            estimate,
        ));
    }
    Ok(events)
}
