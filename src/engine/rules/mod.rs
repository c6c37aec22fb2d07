//! Rule sets as data: every number the planner uses, with the date a rule set applies from and a
//! source for each value.
//!
//! Nothing in this module computes a date. The other engine modules read a [`RuleSet`] and apply
//! its numbers with the working-day calendar. A new edition of the rules is a new `RuleSet` value
//! in [`editions`] plus one entry in [`editions::all`]; no logic changes.

pub mod council_steps;
pub mod editions;
pub mod forecast;

use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

pub use crate::engine::event::{Citation, CitationKind, EventKind, TimeOfDay};

/// The source of a rule value, as static data (turned into a [`Citation`] on events).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Source {
    /// Short label, e.g. "F§73"; the screen shows it in words ([`Source::plain_label`]).
    pub label: &'static str,
    /// Longer text naming the document and paragraph.
    pub text: &'static str,
    pub kind: CitationKind,
}

impl Source {
    pub const fn new(label: &'static str, text: &'static str, kind: CitationKind) -> Self {
        Source { label, text, kind }
    }

    /// The label in words, as a [`Citation::plain_label`].
    pub fn plain_label(&self) -> String {
        crate::engine::event::plain_citation(self.label)
    }

    /// The citation shown on an event (borrows the static text; no allocation).
    pub fn citation(&self) -> Citation {
        Citation::new(self.label, self.text, self.kind)
    }
}

/// Whether a date is the rule's exact answer or an estimate (shown "about" on screen: the rule
/// gives a typical gap, not a deadline).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Estimate {
    Exact,
    Estimated,
}

/// An event whose date comes from rule data: no time of day yet, cited to `source`. One
/// constructor for the pathway and after-fieldwork timelines, which differ only in `section`.
#[allow(clippy::too_many_arguments)]
pub fn sourced_event(
    section: crate::engine::event::Section,
    id: impl Into<String>,
    kind: EventKind,
    date: NaiveDate,
    title: impl Into<String>,
    detail: String,
    who: &'static str,
    source: &Source,
    estimate: Estimate,
) -> crate::engine::event::Event {
    crate::engine::event::Event::new(
        id.into(),
        section,
        kind,
        date,
        title.into(),
        detail,
        who,
        source.citation(),
        estimate == Estimate::Estimated,
    )
}

impl From<Source> for Citation {
    fn from(s: Source) -> Citation {
        s.citation()
    }
}

/// A value with the source it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

impl<T> Sourced<T> {
    pub const fn new(value: T, source: Source) -> Self {
        Sourced { value, source }
    }
}

/// The kinds of visit the planner can schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VisitKind {
    /// Two weeks of fieldwork, graded (F§52–53).
    #[default]
    Standard,
    /// One week of fieldwork, graded (F§54–56).
    Short,
    /// Two days on site, letter, no grades (F§103–111).
    Focused,
    /// Quarterly visit to an inadequate authority (F§112–139).
    Monitoring,
    /// Joint targeted area inspection (public JTAI guidance; only two facts are known).
    Jtai,
}

impl VisitKind {
    /// Every kind of visit, in the order the framework describes them.
    pub const ALL: [VisitKind; 5] = [
        VisitKind::Standard,
        VisitKind::Short,
        VisitKind::Focused,
        VisitKind::Monitoring,
        VisitKind::Jtai,
    ];

    /// Plain name, e.g. "standard inspection".
    pub fn name(self) -> &'static str {
        match self {
            VisitKind::Standard => "standard inspection",
            VisitKind::Short => "short inspection",
            VisitKind::Focused => "focused visit",
            VisitKind::Monitoring => "monitoring visit",
            VisitKind::Jtai => "joint targeted area inspection (JTAI)",
        }
    }
}

/// One milestone of a visit's notice period or fieldwork, as an offset from the notification day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Milestone {
    /// Stable event id (see `docs/event-ids.md`).
    pub id: &'static str,
    /// Working days after the notification (request) day; negative for days before it.
    pub offset: i32,
    pub kind: EventKind,
    pub time: Option<TimeOfDay>,
    pub title: &'static str,
    pub detail: &'static str,
    pub who: &'static str,
    /// The source of this milestone's offset and time.
    pub source: Source,
    /// True when only the week (not the day) is known.
    pub estimate: bool,
}

/// The notice period and fieldwork of one visit kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VisitPattern {
    pub kind: VisitKind,
    /// Working days from the notification (request) day to the first on-site day.
    pub notice_working_days: Sourced<i32>,
    /// The weekday of the notification in the framework's table (usual days), if known.
    pub usual_notification_weekday: Option<Sourced<Weekday>>,
    /// Whether the framework allows every milestone one day later (on site Wednesday–Thursday).
    pub later_variant: Option<Source>,
    /// Working days of fieldwork from the first on-site day to the last (feedback) day inclusive;
    /// `None` when the sources do not say (JTAI).
    pub fieldwork_working_days: Option<Sourced<i32>>,
    /// Which report timetable applies after fieldwork, if any.
    pub report: Option<ReportKind>,
    /// The team, in words.
    pub team: Sourced<&'static str>,
    /// Milestones in offset order.
    pub milestones: &'static [Milestone],
}

/// The two report timetables of F§216.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportKind {
    /// Standard and short inspections: a report with judgements.
    Judgement,
    /// Focused and monitoring visits: a letter.
    Letter,
}

/// Working-day offsets after the last day of fieldwork (F§216 table).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReportTimetable {
    /// Draft sent to the local authority for factual accuracy checks.
    pub draft: Sourced<i32>,
    /// Working days the local authority has to comment, counted from receiving the draft.
    pub comments: Sourced<i32>,
    /// Final version sent under embargo.
    pub final_report: Sourced<i32>,
    /// Published on Ofsted's website.
    pub publication: Sourced<i32>,
    /// Observed median working days from the end of fieldwork to publication, by the date
    /// fieldwork ended: the entry with the latest `from` not after the last fieldwork day applies.
    pub observed_publication: &'static [ObservedPublication],
}

/// An observed median, in force for fieldwork ending on or after `from`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ObservedPublication {
    pub from: NaiveDate,
    /// The most likely number of working days (the most common gap where known, otherwise the
    /// median).
    pub working_days: Sourced<i32>,
    /// Working days within which three in four comparable reports were published, if known.
    pub three_in_four: Option<Sourced<i32>>,
    /// What the most likely number is, e.g. "the most common gap since April 2024".
    pub label: &'static str,
}

/// Report timetables and what follows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReportRules {
    pub judgement: ReportTimetable,
    pub letter: ReportTimetable,
    /// A letter is usually published after a first monitoring visit?
    pub first_monitoring_letter_published: Sourced<bool>,
}

/// Action plans after inspections and visits (F§219–221).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActionPlanRules {
    /// Working days after receiving the final report of a standard or short inspection.
    pub after_inspection: Sourced<i32>,
    /// Focused visit with areas for priority action: draft plan, working days after the letter.
    pub priority_draft: Sourced<i32>,
    /// Focused visit with areas for priority action: final plan, working days after the letter.
    pub priority_final: Sourced<i32>,
    /// Focused visit without priority actions: what happens instead (no date).
    pub focused_update: Source,
    /// No action plan after a monitoring visit.
    pub none_after_monitoring: Source,
}

/// Monitoring of inadequate authorities (F§112–139).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InadequateRules {
    /// Action planning visit: working days after the authority receives its report.
    pub action_planning_visit: Sourced<i32>,
    /// Final agenda circulated: working days before the action planning visit.
    pub agenda_before_visit: Sourced<i32>,
    /// First monitoring visit within this many weeks of the action plan deadline.
    pub first_monitoring_within_weeks: Sourced<i64>,
    /// Monitoring visits are quarterly: months between visits.
    pub monitoring_interval_months: Sourced<u32>,
    /// Usual number of monitoring visits before re-inspection (minimum, maximum).
    pub monitoring_visits: Sourced<(u8, u8)>,
    /// Months after the re-inspection follows the last monitoring visit (planner assumption).
    pub reinspection_after_last_visit_months: Sourced<u32>,
    /// No self-evaluation is asked for until the first 12 months of monitoring visits are done.
    pub self_evaluation_pause_months: Sourced<u32>,
    /// What the re-inspection is.
    pub reinspection: Sourced<&'static str>,
}

/// The three-year cycle, windows, gaps and the annual engagement cadence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CycleRules {
    /// Years from the previous judgement inspection to the anniversary (F§13).
    pub anniversary_years: Sourced<u32>,
    /// The anchor of the anniversary (first on-site day: assumption).
    pub anniversary_anchor: Source,
    pub window_months_before: Sourced<u32>,
    pub window_months_after: Sourced<u32>,
    /// Minimum months between episodes of inspection activity.
    pub episode_gap_months: Sourced<u32>,
    /// Months between annual engagement meetings.
    pub engagement_interval_months: Sourced<u32>,
    /// How many annual engagement meetings to show (the given one and the following ones).
    pub engagement_meetings_shown: Sourced<u32>,
    /// Self-evaluation shared this many months before the meeting.
    pub self_evaluation_before_meeting_months: Sourced<u32>,
    /// Letter to the DCS within this many months of the meeting.
    pub engagement_letter_within_months: Sourced<u32>,
}

/// What one pathway means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PathwayRules {
    /// The next judgement inspection, in words.
    pub next_inspection: Sourced<&'static str>,
    /// Focused visits or JTAIs between inspections: usual number and most.
    pub between: Sourced<(u8, u8)>,
    /// Plain description of the activity between inspections.
    pub between_text: &'static str,
    /// Where the pathway is described.
    pub source: Source,
}

/// Grades and how the pathway follows from them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GradingRules {
    /// Inspections with a first on-site day on or after this date get no overall effectiveness
    /// grade, if set.
    pub no_overall_grade_from: Option<Sourced<NaiveDate>>,
    /// Care leavers judged separately from children in care since this date.
    pub care_leavers_separate_from: Sourced<NaiveDate>,
    /// The derivation of the pathway from sub-judgements (any inadequate → 3; all good or
    /// better → 1; otherwise 2) is an assumption.
    pub sub_judgement_derivation: Source,
    /// What the pathway follows from an overall grade.
    pub overall_grade: Source,
}

/// A recurring day range, e.g. 24 December to 1 January (may wrap the year end).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FlaggedPeriod {
    pub start_month: u32,
    pub start_day: u32,
    pub end_month: u32,
    pub end_day: u32,
}

impl FlaggedPeriod {
    /// True when the period is made of real month/day pairs (29 February allowed).
    pub fn is_valid(&self) -> bool {
        let ok = |m: u32, d: u32| NaiveDate::from_ymd_opt(2000, m, d).is_some();
        ok(self.start_month, self.start_day) && ok(self.end_month, self.end_day)
    }

    /// Whether `date` falls in the period (inclusive; wraps over the year end when the end is
    /// earlier in the year than the start).
    pub fn contains(&self, date: NaiveDate) -> bool {
        use chrono::Datelike;
        let md = (date.month(), date.day());
        let start = (self.start_month, self.start_day);
        let end = (self.end_month, self.end_day);
        if start <= end {
            start <= md && md <= end
        } else {
            md >= start || md <= end
        }
    }
}

/// Periods when inspection activity is unusual or publication is likely to be delayed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FlaggedRules {
    /// The month in which only planned monitoring visits and focused visits by agreement happen.
    pub august_month: Sourced<u32>,
    /// The Christmas and New Year period when inspections do not usually begin (default; the
    /// user may change it).
    pub christmas_default: Sourced<FlaggedPeriod>,
}

/// A row of the Annex A deadline table (F§242): what is due, not when.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnnexADue {
    /// Child-level data lists.
    ChildLevelData,
    /// Information about audits completed in the six months before the inspection or visit.
    Audits,
    /// Information the local authority uses to manage its services (documents 1.01 to 3.11).
    ManagementInformation,
    /// Information about specific children's cases.
    CaseInformation,
}

impl AnnexADue {
    /// Every row, in the table's order.
    pub const ALL: [AnnexADue; 4] = [
        AnnexADue::ChildLevelData,
        AnnexADue::Audits,
        AnnexADue::ManagementInformation,
        AnnexADue::CaseInformation,
    ];

    /// The row's name, as the table puts it (shortened).
    pub fn name(self) -> &'static str {
        match self {
            AnnexADue::ChildLevelData => "child-level data lists",
            AnnexADue::Audits => "information about recent audits",
            AnnexADue::ManagementInformation => "information used to manage services",
            AnnexADue::CaseInformation => "information about specific children's cases",
        }
    }
}

/// For one visit kind, the milestone (by id, in that kind's [`VisitPattern`]) on which each row
/// of the Annex A table falls. The offset and time of day are the milestone's, so the table's
/// numbers live in one place only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnnexADeadlines {
    pub child_level_data: &'static str,
    pub audits: &'static str,
    pub management_information: &'static str,
    pub case_information: &'static str,
    /// Whether the local authority provides all of Annex A (standard and short inspections) or
    /// only what the lead inspector asks for (focused and monitoring visits).
    pub all_information: bool,
}

impl AnnexADeadlines {
    /// The milestone id on which `row` falls.
    pub fn milestone(&self, row: AnnexADue) -> &'static str {
        match row {
            AnnexADue::ChildLevelData => self.child_level_data,
            AnnexADue::Audits => self.audits,
            AnnexADue::ManagementInformation => self.management_information,
            AnnexADue::CaseInformation => self.case_information,
        }
    }
}

/// Annex A of the framework: which milestone each information deadline falls on, per visit kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnnexARules {
    /// The deadline table.
    pub table: Source,
    /// Why focused and monitoring visits ask only for relevant information.
    pub relevant_only: Source,
    pub standard: AnnexADeadlines,
    pub short: AnnexADeadlines,
    pub focused: AnnexADeadlines,
    pub monitoring: AnnexADeadlines,
}

impl AnnexARules {
    /// The deadlines for one visit kind; `None` for a JTAI (Annex A is not used).
    pub fn deadlines(&self, kind: VisitKind) -> Option<&AnnexADeadlines> {
        match kind {
            VisitKind::Standard => Some(&self.standard),
            VisitKind::Short => Some(&self.short),
            VisitKind::Focused => Some(&self.focused),
            VisitKind::Monitoring => Some(&self.monitoring),
            VisitKind::Jtai => None,
        }
    }
}

/// One edition of the rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleSet {
    /// Stable id used in saved plans and URLs, e.g. "ilacs-2017".
    pub id: &'static str,
    /// Name shown on screen.
    pub name: &'static str,
    /// One sentence on what this set is.
    pub summary: &'static str,
    /// The date from which this set is in force by default.
    pub applies_from: Sourced<NaiveDate>,
    pub standard: VisitPattern,
    pub short: VisitPattern,
    pub focused: VisitPattern,
    pub monitoring: VisitPattern,
    pub jtai: VisitPattern,
    pub reports: ReportRules,
    pub action_plans: ActionPlanRules,
    pub inadequate: InadequateRules,
    pub cycle: CycleRules,
    pub pathway_1: PathwayRules,
    pub pathway_2: PathwayRules,
    pub pathway_3: PathwayRules,
    pub grading: GradingRules,
    pub flagged: FlaggedRules,
    pub annex_a: AnnexARules,
    /// The council's steps the visit tables do not date (data periods, notice-week and
    /// fieldwork tasks, the improvement cycle, report recipients, complaints, deferral).
    pub council_steps: council_steps::CouncilStepRules,
    /// Observed practice for forecasts: publication pauses and pre-election holds.
    pub forecast: forecast::ForecastRules,
}

impl RuleSet {
    /// The pattern for one visit kind.
    pub fn visit(&self, kind: VisitKind) -> &VisitPattern {
        match kind {
            VisitKind::Standard => &self.standard,
            VisitKind::Short => &self.short,
            VisitKind::Focused => &self.focused,
            VisitKind::Monitoring => &self.monitoring,
            VisitKind::Jtai => &self.jtai,
        }
    }

    /// The report timetable of one kind.
    pub fn report(&self, kind: ReportKind) -> &ReportTimetable {
        match kind {
            ReportKind::Judgement => &self.reports.judgement,
            ReportKind::Letter => &self.reports.letter,
        }
    }
}

/// All rule sets, oldest first.
pub fn all() -> &'static [RuleSet] {
    editions::all()
}

/// The rule set with this id.
pub fn by_id(id: &str) -> Option<&'static RuleSet> {
    all().iter().find(|r| r.id == id)
}

/// The rule set in force on `date`: the latest one whose "applies from" date is not after it
/// (the oldest set before any applies).
pub fn in_force(date: NaiveDate) -> &'static RuleSet {
    let sets = all();
    sets.iter()
        .rev()
        .find(|r| r.applies_from.value <= date)
        .or_else(|| sets.first())
        .unwrap_or(&editions::ILACS_2017)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn editions_have_unique_ids_and_are_in_date_order() {
        let sets = all();
        assert!(sets.len() >= 2);
        for pair in sets.windows(2) {
            assert!(pair[0].applies_from.value < pair[1].applies_from.value);
            assert_ne!(pair[0].id, pair[1].id);
        }
        assert_eq!(
            by_id("ilacs-2017").unwrap().name,
            "ILACS framework 2017, as written"
        );
        assert!(by_id("nope").is_none());
    }

    #[test]
    fn in_force_picks_the_latest_applicable_set() {
        assert_eq!(in_force(d(2015, 1, 1)).id, "ilacs-2017");
        assert_eq!(in_force(d(2020, 6, 1)).id, "ilacs-2017");
        assert_eq!(in_force(d(2024, 4, 1)).id, "current-practice");
    }

    #[test]
    fn milestones_are_in_order_with_unique_ids_and_fieldwork_fits() {
        for set in all() {
            for kind in VisitKind::ALL {
                let p = set.visit(kind);
                assert_eq!(p.kind, kind);
                let ms = p.milestones;
                for pair in ms.windows(2) {
                    assert!(pair[0].offset <= pair[1].offset, "{}", pair[1].id);
                }
                let mut ids: Vec<_> = ms.iter().map(|m| m.id).collect();
                ids.sort_unstable();
                ids.dedup();
                assert_eq!(ids.len(), ms.len(), "{kind:?}");
                assert!(ms.iter().any(|m| m.id == "notification" && m.offset == 0));
                if let Some(days) = &p.fieldwork_working_days {
                    let feedback = ms.iter().find(|m| m.id == "feedback").unwrap();
                    assert_eq!(
                        feedback.offset,
                        p.notice_working_days.value + days.value - 1
                    );
                }
            }
        }
    }

    #[test]
    fn annex_a_deadlines_name_real_deadline_milestones() {
        for set in all() {
            for kind in [
                VisitKind::Standard,
                VisitKind::Short,
                VisitKind::Focused,
                VisitKind::Monitoring,
            ] {
                let table = set.annex_a.deadlines(kind).unwrap();
                for row in AnnexADue::ALL {
                    let id = table.milestone(row);
                    let m = set.visit(kind).milestones.iter().find(|m| m.id == id);
                    assert!(
                        m.is_some_and(|m| m.kind == EventKind::Deadline && m.offset > 0),
                        "{kind:?} {row:?} -> {id}"
                    );
                }
            }
            assert!(set.annex_a.deadlines(VisitKind::Jtai).is_none());
        }
    }

    #[test]
    fn christmas_period_wraps_the_year_end() {
        let p = ILACS_DEFAULT_CHRISTMAS;
        assert!(p.is_valid());
        assert!(p.contains(d(2026, 12, 24)));
        assert!(p.contains(d(2027, 1, 1)));
        assert!(!p.contains(d(2027, 1, 2)));
        assert!(!p.contains(d(2026, 12, 23)));
        let bad = FlaggedPeriod {
            start_month: 13,
            ..p
        };
        assert!(!bad.is_valid());
    }

    const ILACS_DEFAULT_CHRISTMAS: FlaggedPeriod =
        editions::ILACS_2017.flagged.christmas_default.value;
}
