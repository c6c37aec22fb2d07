//! Training scenarios for presenter mode: one step per screen from notification to publication
//! (and, where the plan goes on, the action plan and monitoring), computed live by [`plan`] from a
//! start date. Nothing here stores a date: a trainer can start any scenario from any date, and a
//! date the engine cannot use is refused with the engine's own [`PlanError`].
//!
//! Decisions (see DESIGN.md, "Training scenarios"):
//! - Each scenario says which date it starts from ([`ScenarioId::start_field`]): the notification
//!   day for most, the first on-site day where the point of the scenario is how the engine moves
//!   the notification (after a bank-holiday Monday, at Easter) and for the inadequate
//!   inspection that starts the first year.
//! - Consecutive on-site days with the same title become one step with an end date.
//! - "What to have ready" comes from the Annex A items due on that day and from the kind of event;
//!   the rest of each step is the event's own text and citation.

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::engine::calendar::bank_holidays::easter_sunday;
use crate::engine::calendar::dates::{add_days, add_months};
use crate::engine::calendar::Calendar;
use crate::engine::event::{Citation, Event, EventKind, TimeOfDay, Warning, WarningId};
use crate::engine::plan::pathway::{JudgementKind, LastInspection, Outcome, Pathway};
use crate::engine::plan::plan_error::{InputField, PlanError};
use crate::engine::plan::visit_schedule::{Anchor, OnSiteDays, VisitInput};
use crate::engine::plan::{plan, PlanInput};
use crate::engine::records::annex_a::{items_due_on_event, AnnexAGroup};
use crate::engine::rules::{RuleSet, VisitKind};

/// The built-in scenarios.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ScenarioId {
    StandardOrdinaryWeek,
    ShortAfterBankHolidayMonday,
    NotificationAtEaster,
    FocusedWedThu,
    Monitoring,
    InadequateFirstYear,
}

impl ScenarioId {
    /// Every scenario, in the order a course would use them.
    pub fn all() -> [ScenarioId; 6] {
        [
            ScenarioId::StandardOrdinaryWeek,
            ScenarioId::ShortAfterBankHolidayMonday,
            ScenarioId::NotificationAtEaster,
            ScenarioId::FocusedWedThu,
            ScenarioId::Monitoring,
            ScenarioId::InadequateFirstYear,
        ]
    }

    /// Stable id for URLs and saved settings (same as the serde form).
    pub fn as_str(self) -> &'static str {
        match self {
            ScenarioId::StandardOrdinaryWeek => "standard-ordinary-week",
            ScenarioId::ShortAfterBankHolidayMonday => "short-after-bank-holiday-monday",
            ScenarioId::NotificationAtEaster => "notification-at-easter",
            ScenarioId::FocusedWedThu => "focused-wed-thu",
            ScenarioId::Monitoring => "monitoring",
            ScenarioId::InadequateFirstYear => "inadequate-first-year",
        }
    }

    /// The scenario with this id.
    pub fn from_id(id: &str) -> Option<ScenarioId> {
        ScenarioId::all().into_iter().find(|s| s.as_str() == id)
    }

    pub fn title(self) -> &'static str {
        match self {
            ScenarioId::StandardOrdinaryWeek => "Standard inspection in an ordinary week",
            ScenarioId::ShortAfterBankHolidayMonday => {
                "Short inspection after a bank-holiday Monday"
            }
            ScenarioId::NotificationAtEaster => "Standard inspection notified at Easter",
            ScenarioId::FocusedWedThu => "Focused visit on a Wednesday and Thursday",
            ScenarioId::Monitoring => "Monitoring visit",
            ScenarioId::InadequateFirstYear => "An inadequate authority's first year",
        }
    }

    pub fn summary(self) -> &'static str {
        match self {
            ScenarioId::StandardOrdinaryWeek => {
                "Notification on a Monday, a notice week, two weeks on site, then the report, publication and action plan, with no bank holiday in the way."
            }
            ScenarioId::ShortAfterBankHolidayMonday => {
                "The usual Monday notification falls on a bank holiday, so the call comes on the Friday before (framework paragraph 73, footnote 18); then one week on site."
            }
            ScenarioId::NotificationAtEaster => {
                "Good Friday and Easter Monday fall in the notice week, so the call comes on the Thursday before Good Friday (framework paragraph 73, footnote 18)."
            }
            ScenarioId::FocusedWedThu => {
                "Notification on a Wednesday and every milestone a day later than the framework's table (framework paragraph 103, footnote 20); two days on site and a published letter."
            }
            ScenarioId::Monitoring => {
                "A second monitoring visit: data requested two weeks ahead, audited cases shared the Wednesday before, two days on site and a published letter (the first visit's letter is not usually published)."
            }
            ScenarioId::InadequateFirstYear => {
                "The standard inspection that finds the authority inadequate, then the action planning visit, the action plan and the monitoring visits of the first 12 months (estimates)."
            }
        }
    }

    /// Which date the scenario starts from (and how a refused date is described).
    pub fn start_field(self) -> InputField {
        match self {
            ScenarioId::StandardOrdinaryWeek
            | ScenarioId::FocusedWedThu
            | ScenarioId::Monitoring => InputField::NotificationDay,
            ScenarioId::ShortAfterBankHolidayMonday | ScenarioId::NotificationAtEaster => {
                InputField::FirstOnSiteDay
            }
            ScenarioId::InadequateFirstYear => InputField::FirstOnSiteDay,
        }
    }
}

/// The visit a scenario schedules (for the inadequate first year: the inadequate inspection).
fn visit_input(id: ScenarioId, start: NaiveDate) -> VisitInput {
    match id {
        ScenarioId::StandardOrdinaryWeek => {
            VisitInput::new(VisitKind::Standard, Anchor::Notification(start))
        }
        ScenarioId::ShortAfterBankHolidayMonday => {
            VisitInput::new(VisitKind::Short, Anchor::FirstOnSiteDay(start))
        }
        ScenarioId::NotificationAtEaster | ScenarioId::InadequateFirstYear => {
            VisitInput::new(VisitKind::Standard, Anchor::FirstOnSiteDay(start))
        }
        ScenarioId::FocusedWedThu => VisitInput {
            on_site_days: OnSiteDays::WedThu,
            ..VisitInput::new(VisitKind::Focused, Anchor::Notification(start))
        },
        ScenarioId::Monitoring => VisitInput {
            monitoring_visit_number: 2,
            ..VisitInput::new(VisitKind::Monitoring, Anchor::Notification(start))
        },
    }
}

/// The plan input of a scenario, for loading it into the planner. For the inadequate first year
/// this is the pathway-3 plan (last inspection inadequate, first on-site day `start`); the
/// inspection's own notice week and fieldwork are added by [`scenario`].
///
/// ```
/// use chrono::NaiveDate;
/// use ilacs_planner::engine::training::{scenario_input, ScenarioId};
/// let start = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
/// let input = scenario_input(ScenarioId::StandardOrdinaryWeek, start);
/// assert!(input.visit.is_some());
/// ```
pub fn scenario_input(id: ScenarioId, start: NaiveDate) -> PlanInput {
    if id == ScenarioId::InadequateFirstYear {
        return PlanInput {
            last_inspection: Some(LastInspection {
                kind: JudgementKind::Standard,
                first_onsite_day: start,
                // Chosen directly: from April 2026 there is no overall grade to derive it from.
                outcome: Outcome::Pathway(Pathway::Three),
            }),
            ..PlanInput::default()
        };
    }
    PlanInput {
        visit: Some(visit_input(id, start)),
        ..PlanInput::default()
    }
}

/// One screen of presenter mode.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// 1, 2, 3, …
    pub index: usize,
    pub date: NaiveDate,
    /// The last day, when consecutive days are shown as one step (on site).
    pub end_date: Option<NaiveDate>,
    pub event_id: String,
    pub title: String,
    pub what_happens: String,
    pub who: String,
    pub have_ready: String,
    pub citation: Citation,
    pub time: Option<TimeOfDay>,
    pub estimate: bool,
    /// An estimate's week or month in words ([`Event::estimate_words`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimate_words: Option<String>,
    pub warnings: Vec<WarningId>,
    /// Working days from the notification (negative before it).
    pub from_notification: i32,
    /// Where the step sits, in words: "Notification day", "3 working days after notification".
    pub position: String,
}

/// A computed scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scenario {
    pub id: ScenarioId,
    pub start: NaiveDate,
    pub notification: NaiveDate,
    pub steps: Vec<Step>,
    /// Every warning of the plans behind the steps.
    pub warnings: Vec<Warning>,
}

fn position_text(n: i32) -> String {
    let days = |k: u32| {
        if k == 1 {
            "1 working day".to_string()
        } else {
            format!("{k} working days")
        }
    };
    match n {
        0 => "Notification day".to_string(),
        k if k > 0 => format!("{} after notification", days(k.unsigned_abs())),
        k => format!("{} before notification", days(k.unsigned_abs())),
    }
}

fn group_phrase(group: AnnexAGroup) -> &'static str {
    match group {
        AnnexAGroup::ChildLevelData => "child-level data lists 1 to 11 (in Excel)",
        AnnexAGroup::Audits => "the list of audits from the last six months",
        AnnexAGroup::CaseFiles => "the audit documents and case papers for the cases named",
        AnnexAGroup::Leadership => "documents 1.01 to 1.13 (leadership)",
        AnnexAGroup::HelpAndProtection => "documents 2.01 to 2.05 (help and protection)",
        AnnexAGroup::ChildrenInCare => "documents 3.01 to 3.11 (children in care, care leavers)",
    }
}

/// "What to have ready" for one event: the Annex A items due that day, or advice by event kind.
fn have_ready(rules: &RuleSet, kind: VisitKind, event: &Event) -> String {
    // The framework's own list for the step (F§76, F§84–87, F§199, …) comes first.
    if !event.have_ready.is_empty() {
        return event.have_ready.clone();
    }
    let due = items_due_on_event(rules, kind, &event.id);
    if !due.is_empty() {
        let mut groups: Vec<AnnexAGroup> = due.iter().map(|i| i.group).collect();
        groups.dedup();
        let phrases: Vec<&str> = groups.into_iter().map(group_phrase).collect();
        let scope = match rules.annex_a.deadlines(kind) {
            Some(d) if !d.all_information => {
                " Only the items relevant to this visit, as agreed with the lead inspector."
            }
            _ => "",
        };
        return format!("Annex A: {}.{scope}", phrases.join("; "));
    }
    let text = match event.id.as_str() {
        "notification" => "A named link person and the Annex A information, ready to send through Ofsted's secure route (framework paragraph 243).",
        "set-up-call" => "The link person's details and the diaries of senior leaders for the coming weeks.",
        "audited-cases-named" => "Your audits since the last monitoring visit, ready to share the ones named (usually up to six, framework paragraph 131).",
        "feedback" => "Senior leaders free for the feedback meeting.",
        "draft-report" => "Someone to check the draft for factual accuracy within the comment period.",
        "la-comments-due" => "Your factual accuracy comments on the draft.",
        "final-report" => "Briefings for councillors, staff and partners, under embargo until publication.",
        "publication" | "publication-observed" => "Messages for staff, partners and the public.",
        "letter-not-published" => "Share the letter within the council as agreed; it is not usually published.",
        "action-plan-due" | "inadequate-action-plan-due" | "priority-action-plan-due" => "The action plan responding to the recommendations.",
        "priority-action-plan-draft-due" => "A draft plan for the areas for priority action.",
        "action-planning-agenda" => "Who will attend the action planning visit (framework paragraph 120).",
        "action-planning-visit" => "A draft action plan, if you have one (framework paragraph 122).",
        _ => match event.kind {
            EventKind::OnSite => "Rooms, access to case records, and the staff, children and families inspectors will meet (ask families whether they are willing to speak to an inspector, framework paragraph 259).",
            EventKind::OffSiteEvaluation | EventKind::Call => match kind {
                VisitKind::Standard | VisitKind::Short => "Nothing to send; be ready for the lead inspector's questions (in the notice week an Ofsted analytical officer will ask to speak to your analyst, framework paragraph 77).",
                _ => "Nothing to send; be ready for the lead inspector's questions (an Ofsted analytical officer may ask to speak to your analyst, framework paragraph 255).",
            },
            EventKind::PlannedEpisode => "Child-level data when asked, about two weeks before, and the audits asked for (framework paragraphs 130 to 131).",
            _ => "Nothing to send.",
        },
    };
    text.to_string()
}

/// The events of the inadequate first year: the inspection from notification to publication,
/// then the pathway-3 events of the 12 months after its first on-site day.
fn inadequate_events(
    rules: &RuleSet,
    calendar: &Calendar,
    start: NaiveDate,
    today: NaiveDate,
) -> Result<(NaiveDate, Vec<Event>, Vec<Warning>), PlanError> {
    let inspection = PlanInput {
        rule_set: rules.id.to_string(),
        visit: Some(visit_input(ScenarioId::InadequateFirstYear, start)),
        ..PlanInput::default()
    };
    let a = plan(rules, calendar, &inspection, today)?;
    let mut b_input = scenario_input(ScenarioId::InadequateFirstYear, start);
    b_input.rule_set = rules.id.to_string();
    let b = plan(rules, calendar, &b_input, today)?;
    let notification = a.visit.map(|v| v.notification).unwrap_or(start);
    let year_end = add_months(start, 12).ok_or(PlanError::OutOfRange { date: start })?;
    // The pathway repeats three inspection events under its own ids: keep the inspection's.
    let mut events: Vec<Event> = a
        .events
        .into_iter()
        .filter(|e| e.id != "action-plan-due")
        .collect();
    events.extend(b.events.into_iter().filter(|e| {
        e.date <= year_end
            && e.id != "last-inspection"
            && e.id != "last-inspection-report"
            && !e.id.starts_with("reinspection-")
    }));
    crate::engine::event::sort_by_date(&mut events);
    let mut warnings = a.warnings;
    warnings.extend(b.warnings);
    Ok((notification, events, warnings))
}

/// Computes a scenario from `start` (see [`ScenarioId::start_field`] for which date it is).
///
/// ```
/// use chrono::NaiveDate;
/// use ilacs_planner::engine::calendar::Calendar;
/// use ilacs_planner::engine::rules;
/// use ilacs_planner::engine::training::{scenario, ScenarioId};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let rules = rules::by_id("current-practice").unwrap();
/// // On site from Monday 4 June 2018: the spring bank holiday (28 May) moves the call to Friday.
/// let s = scenario(
///     ScenarioId::ShortAfterBankHolidayMonday,
///     rules,
///     &Calendar::england_and_wales(),
///     d(2018, 6, 4),
///     d(2018, 5, 1),
/// )?;
/// assert_eq!(s.notification, d(2018, 5, 25));
/// assert_eq!(s.steps[0].position, "Notification day");
/// # Ok::<(), ilacs_planner::engine::plan::plan_error::PlanError>(())
/// ```
pub fn scenario(
    id: ScenarioId,
    rules: &RuleSet,
    calendar: &Calendar,
    start: NaiveDate,
    today: NaiveDate,
) -> Result<Scenario, PlanError> {
    let kind = visit_input(id, start).kind;
    let (notification, events, warnings) = if id == ScenarioId::InadequateFirstYear {
        inadequate_events(rules, calendar, start, today)?
    } else {
        let mut input = scenario_input(id, start);
        input.rule_set = rules.id.to_string();
        let p = plan(rules, calendar, &input, today)?;
        let n = p.visit.map(|v| v.notification).unwrap_or(start);
        (n, p.events, p.warnings)
    };
    let mut steps: Vec<Step> = Vec::with_capacity(events.len());
    for e in events {
        // One step for consecutive on-site days with the same title.
        if e.kind == EventKind::OnSite {
            let mut merged = false;
            for s in steps.iter_mut().rev() {
                let last = s.end_date.unwrap_or(s.date);
                if s.title == e.title
                    && s.estimate == e.estimate
                    && calendar.next_working_day(last)? == e.date
                {
                    s.end_date = Some(e.date);
                    for w in &e.warnings {
                        if !s.warnings.contains(w) {
                            s.warnings.push(*w);
                        }
                    }
                    merged = true;
                    break;
                }
            }
            if merged {
                continue;
            }
        }
        let from_notification = calendar.working_days_between(notification, e.date)?;
        // A step the framework places in a period (F§76, F§84–87) covers the period.
        let end_date = e
            .undated
            .as_ref()
            .and_then(|u| u.until)
            .filter(|u| *u > e.date);
        let estimate_words = e.estimate_words();
        steps.push(Step {
            index: steps.len() + 1,
            estimate_words,
            date: e.date,
            end_date,
            have_ready: have_ready(rules, kind, &e),
            event_id: e.id,
            title: e.title,
            what_happens: e.detail,
            who: e.who.into_owned(),
            citation: e.citation,
            time: e.time,
            estimate: e.estimate,
            warnings: e.warnings,
            from_notification,
            position: position_text(from_notification),
        });
    }
    Ok(Scenario {
        id,
        start,
        notification,
        steps,
        warnings,
    })
}

/// The steps of a scenario (see [`scenario`]).
pub fn steps(
    id: ScenarioId,
    rules: &RuleSet,
    calendar: &Calendar,
    start: NaiveDate,
    today: NaiveDate,
) -> Result<Vec<Step>, PlanError> {
    scenario(id, rules, calendar, start, today).map(|s| s.steps)
}

/// How many candidate dates [`default_start`] tries before giving up (about three years of
/// weeks).
const SEARCH_LIMIT: usize = 160;

fn weekdays_after(today: NaiveDate, weekday: Weekday) -> impl Iterator<Item = NaiveDate> {
    let ahead = (i64::from(weekday.num_days_from_monday())
        - i64::from(today.weekday().num_days_from_monday()))
    .rem_euclid(7);
    let first = add_days(today, if ahead == 0 { 7 } else { ahead });
    (0..SEARCH_LIMIT as i64).filter_map(move |k| first.and_then(|f| add_days(f, k * 7)))
}

/// Whether a start date shows what the scenario is about, with no warning it should not have.
fn suitable(
    id: ScenarioId,
    rules: &RuleSet,
    calendar: &Calendar,
    start: NaiveDate,
    today: NaiveDate,
) -> bool {
    let input = visit_input(id, start);
    let Ok(p) = plan(
        rules,
        calendar,
        &PlanInput {
            visit: Some(input),
            ..PlanInput::default()
        },
        today,
    ) else {
        return false;
    };
    let Some(v) = p.visit else {
        return false;
    };
    if !p.warnings.is_empty() || v.notification <= today {
        return false;
    }
    let end = v.last_fieldwork_day.unwrap_or(v.first_onsite_day);
    let quiet = calendar.holidays_between(v.notification, end).is_empty();
    let n = v.notification.weekday();
    match id {
        ScenarioId::StandardOrdinaryWeek | ScenarioId::Monitoring => quiet && n == Weekday::Mon,
        ScenarioId::InadequateFirstYear => {
            quiet && n == Weekday::Mon && v.first_onsite_day.weekday() == Weekday::Mon
        }
        ScenarioId::FocusedWedThu => quiet && n == Weekday::Wed,
        ScenarioId::ShortAfterBankHolidayMonday => {
            n == Weekday::Fri && add_days(v.notification, 3) == add_days(start, -7)
        }
        ScenarioId::NotificationAtEaster => n == Weekday::Thu,
    }
}

/// The first date after `today` that suits the scenario: a Monday notification (Wednesday for
/// the focused visit) with no bank holiday, August or Christmas in the way and no warning; for
/// the short inspection, the Monday after the next suitable bank-holiday Monday (not Easter);
/// for Easter, the Monday a week after the next suitable Easter Monday. When nothing suits within
/// about three years (an unusual calendar import), the first candidate; failing that, the next
/// working day.
///
/// ```
/// use chrono::NaiveDate;
/// use ilacs_planner::engine::calendar::Calendar;
/// use ilacs_planner::engine::rules;
/// use ilacs_planner::engine::training::{default_start, ScenarioId};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let rules = rules::by_id("current-practice").unwrap();
/// let start = default_start(
///     ScenarioId::NotificationAtEaster,
///     rules,
///     &Calendar::england_and_wales(),
///     d(2026, 11, 25),
/// );
/// // Easter Monday 2027 is 29 March: on site from Monday 5 April.
/// assert_eq!(start, d(2027, 4, 5));
/// ```
pub fn default_start(
    id: ScenarioId,
    rules: &RuleSet,
    calendar: &Calendar,
    today: NaiveDate,
) -> NaiveDate {
    let candidates: Vec<NaiveDate> = match id {
        ScenarioId::StandardOrdinaryWeek | ScenarioId::Monitoring => {
            weekdays_after(today, Weekday::Mon).collect()
        }
        ScenarioId::InadequateFirstYear => weekdays_after(today, Weekday::Mon)
            .filter(|s| add_days(*s, -7).is_some_and(|n| n > today))
            .collect(),
        ScenarioId::FocusedWedThu => weekdays_after(today, Weekday::Wed).collect(),
        ScenarioId::ShortAfterBankHolidayMonday => {
            let mut out = Vec::new();
            for year in today.year()..=today.year().saturating_add(4) {
                let Ok(holidays) = calendar.holidays_in_year(year) else {
                    continue;
                };
                let easter_monday = easter_sunday(year).and_then(|e| add_days(e, 1));
                for h in holidays {
                    if h.date.weekday() == Weekday::Mon
                        && Some(h.date) != easter_monday
                        && h.date > today
                    {
                        out.extend(add_days(h.date, 7));
                    }
                }
            }
            out
        }
        ScenarioId::NotificationAtEaster => (today.year()..=today.year().saturating_add(10))
            .filter_map(|y| easter_sunday(y).and_then(|e| add_days(e, 8)))
            .collect(),
    };
    candidates
        .iter()
        .copied()
        .find(|s| suitable(id, rules, calendar, *s, today))
        .or_else(|| candidates.first().copied())
        .or_else(|| calendar.next_working_day(today).ok())
        .unwrap_or(today)
}

/// One day of the presenter's calendar strip.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StripDay {
    pub date: NaiveDate,
    /// A day of the step on show (for a range, each of its working days).
    pub this_step: bool,
    /// The numbers of the other steps that fall on this day.
    pub other_steps: Vec<usize>,
    /// The bank holiday's name, e.g. "Good Friday".
    pub holiday: Option<String>,
    pub weekend: bool,
}

/// The days around a step, in whole weeks from Monday: the step's own week(s) and the week after.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarStrip {
    /// Each week is seven days, Monday first.
    pub weeks: Vec<Vec<StripDay>>,
}

impl CalendarStrip {
    /// The first day shown (a Monday).
    pub fn first(&self) -> Option<NaiveDate> {
        self.weeks.first()?.first().map(|d| d.date)
    }

    /// The last day shown (a Sunday).
    pub fn last(&self) -> Option<NaiveDate> {
        self.weeks.last()?.last().map(|d| d.date)
    }
}

/// Whether `date` is one of the working days of `step` (its date, or each working day of its
/// range).
fn step_covers(calendar: &Calendar, step: &Step, date: NaiveDate) -> bool {
    match step.end_date {
        None => step.date == date,
        Some(end) => {
            date >= step.date && date <= end && calendar.is_working_day(date).unwrap_or(false)
        }
    }
}

/// The calendar strip for step `index` (1-based, as [`Step::index`]) of `steps`: from the Monday
/// of the step's first day to the Sunday of the week after its last day, with the step's days
/// marked, the other steps' numbers and the bank holidays named. `None` for an index that is not
/// a step.
///
/// ```
/// use chrono::{Datelike, NaiveDate, Weekday};
/// use ilacs_planner::engine::calendar::Calendar;
/// use ilacs_planner::engine::rules;
/// use ilacs_planner::engine::training::{calendar_strip, steps, ScenarioId};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let cal = Calendar::england_and_wales();
/// let rules = rules::by_id("current-practice").unwrap();
/// let s = steps(ScenarioId::Monitoring, rules, &cal, d(2026, 11, 2), d(2026, 11, 1))?;
/// let strip = calendar_strip(&cal, &s, 1).unwrap();
/// assert_eq!(strip.first().map(|d| d.weekday()), Some(Weekday::Mon));
/// assert!(strip.weeks[0][0].this_step);
/// # Ok::<(), ilacs_planner::engine::plan::plan_error::PlanError>(())
/// ```
pub fn calendar_strip(calendar: &Calendar, steps: &[Step], index: usize) -> Option<CalendarStrip> {
    let step = steps.iter().find(|s| s.index == index)?;
    let last_day = step.end_date.unwrap_or(step.date).max(step.date);
    let first = add_days(
        step.date,
        -i64::from(step.date.weekday().num_days_from_monday()),
    )?;
    let last = add_days(
        last_day,
        13 - i64::from(last_day.weekday().num_days_from_monday()),
    )?;
    let mut weeks = Vec::with_capacity(3);
    let mut monday = first;
    while monday <= last {
        let mut week = Vec::with_capacity(7);
        for offset in 0..7 {
            let date = add_days(monday, offset)?;
            week.push(StripDay {
                date,
                this_step: step_covers(calendar, step, date),
                other_steps: steps
                    .iter()
                    .filter(|s| s.index != index && step_covers(calendar, s, date))
                    .map(|s| s.index)
                    .collect(),
                holiday: calendar.holiday_on(date).map(|h| h.title.clone()),
                weekend: matches!(date.weekday(), Weekday::Sat | Weekday::Sun),
            });
        }
        weeks.push(week);
        monday = add_days(monday, 7)?;
    }
    Some(CalendarStrip { weeks })
}

/// A move between the steps of presenter mode, one for each presenter key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StepMove {
    /// Left arrow or Page Up.
    Previous,
    /// Right arrow or Page Down (what a presentation clicker sends).
    Next,
    /// Home.
    First,
    /// End.
    Last,
}

impl StepMove {
    /// The step after the move from `current`, staying within 1 to `count` (0 when there are no
    /// steps).
    pub fn apply(self, current: usize, count: usize) -> usize {
        let current = clamp_step(current, count);
        let moved = match self {
            StepMove::Previous => current.saturating_sub(1),
            StepMove::Next => current.saturating_add(1),
            StepMove::First => 1,
            StepMove::Last => count,
        };
        clamp_step(moved, count)
    }
}

/// `step` kept within 1 to `count` (0 when there are no steps): a link may name a step beyond the
/// end of the scenario.
pub fn clamp_step(step: usize, count: usize) -> usize {
    if count == 0 {
        0
    } else {
        step.clamp(1, count)
    }
}
