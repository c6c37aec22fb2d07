//! The dates the person recorded: when a step of the plan actually happened (issue 26).
//!
//! A plan answers "what will happen" from the framework; once Ofsted has called, it must answer
//! "what is happening". Each recordable step is a [`Step`], named after the plan event it
//! replaces; [`RecordedDates`] is a small map from step to date, kept in the plan's inputs (and so
//! in the link, saved plans and plan files). How a recorded date moves the later ones is in
//! [`chain`](super::chain).

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::engine::calendar::dates::long_date;

/// Most monitoring visits a plan estimates (the rule sets' six); a later number is not a step.
pub const MAX_MONITORING_VISITS: u8 = 6;
/// Annual engagement meetings a plan shows (the given one and two more).
pub const MAX_ENGAGEMENT_MEETINGS: u8 = 3;

/// A step of a plan whose actual date can be recorded. Each is one event of the plan
/// ([`Step::event_id`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// Ofsted's call (for a monitoring visit, the request for data).
    Notification,
    /// The first day inspectors were on site.
    FirstOnSiteDay,
    /// The feedback meeting, the last day of fieldwork.
    Feedback,
    /// The draft report or letter arrived for the factual accuracy check.
    DraftReport,
    /// The council sent its factual accuracy comments.
    CommentsSent,
    /// The final report or letter arrived (under embargo).
    FinalReport,
    /// The report or letter was published.
    Publication,
    /// The council sent its action plan after the inspection.
    ActionPlan,
    /// An inadequate authority's action planning visit (pathway 3).
    ActionPlanningVisit,
    /// An inadequate authority's action plan (pathway 3).
    InadequateActionPlan,
    /// Monitoring visit n (1 to 6), its first on-site day.
    MonitoringVisit(u8),
    /// Annual engagement meeting n (1 to 3).
    EngagementMeeting(u8),
}

impl Step {
    /// Every step with a fixed event id (monitoring visits and meetings are numbered).
    const FIXED: [(Step, &'static str); 10] = [
        (Step::Notification, "notification"),
        (Step::FirstOnSiteDay, "onsite-1"),
        (Step::Feedback, "feedback"),
        (Step::DraftReport, "draft-report"),
        (Step::CommentsSent, "la-comments-due"),
        (Step::FinalReport, "final-report"),
        (Step::Publication, "publication"),
        (Step::ActionPlan, "action-plan-due"),
        (Step::ActionPlanningVisit, "action-planning-visit"),
        (Step::InadequateActionPlan, "inadequate-action-plan-due"),
    ];

    /// The id of the plan event this step's date replaces (see `docs/event-ids.md`).
    pub fn event_id(self) -> String {
        match self {
            Step::MonitoringVisit(n) => format!("monitoring-visit-{n}"),
            Step::EngagementMeeting(n) => format!("engagement-meeting-{n}"),
            fixed => Step::FIXED
                .iter()
                .find(|(s, _)| *s == fixed)
                .map_or_else(String::new, |(_, id)| (*id).to_string()),
        }
    }

    /// The step whose date the event `id` shows, if it can be recorded.
    ///
    /// ```
    /// use ilacs_planner::engine::plan::recorded::Step;
    /// assert_eq!(Step::from_event_id("draft-report"), Some(Step::DraftReport));
    /// assert_eq!(Step::from_event_id("monitoring-visit-2"), Some(Step::MonitoringVisit(2)));
    /// assert_eq!(Step::from_event_id("monitoring-visit-7"), None);
    /// assert_eq!(Step::from_event_id("team-call"), None);
    /// ```
    pub fn from_event_id(id: &str) -> Option<Step> {
        if let Some((step, _)) = Step::FIXED.iter().find(|(_, e)| *e == id) {
            return Some(*step);
        }
        let numbered = |prefix: &str, max: u8| -> Option<u8> {
            let n: u8 = id.strip_prefix(prefix)?.parse().ok()?;
            (1..=max).contains(&n).then_some(n)
        };
        if let Some(n) = numbered("monitoring-visit-", MAX_MONITORING_VISITS) {
            return Some(Step::MonitoringVisit(n));
        }
        numbered("engagement-meeting-", MAX_ENGAGEMENT_MEETINGS).map(Step::EngagementMeeting)
    }

    /// The step in a few words, for "Record the actual date: draft report".
    pub fn name(self) -> String {
        match self {
            Step::Notification => "notification".into(),
            Step::FirstOnSiteDay => "first on-site day".into(),
            Step::Feedback => "feedback".into(),
            Step::DraftReport => "draft report".into(),
            Step::CommentsSent => "comments on the draft".into(),
            Step::FinalReport => "final report".into(),
            Step::Publication => "publication".into(),
            Step::ActionPlan | Step::InadequateActionPlan => "action plan".into(),
            Step::ActionPlanningVisit => "action planning visit".into(),
            Step::MonitoringVisit(n) => format!("monitoring visit {n}"),
            Step::EngagementMeeting(n) => format!("annual engagement meeting {n}"),
        }
    }

    /// The question the date input asks (its legend).
    pub fn question(self) -> String {
        match self {
            Step::Notification => "When did Ofsted notify you?".into(),
            Step::FirstOnSiteDay => "When were inspectors first on site?".into(),
            Step::Feedback => "When was the feedback meeting?".into(),
            Step::DraftReport => "When did the draft report arrive?".into(),
            Step::CommentsSent => "When did you send your comments on the draft?".into(),
            Step::FinalReport => "When did the final report arrive?".into(),
            Step::Publication => "When was the report published?".into(),
            Step::ActionPlan | Step::InadequateActionPlan => {
                "When did you send the action plan?".into()
            }
            Step::ActionPlanningVisit => "When was the action planning visit?".into(),
            Step::MonitoringVisit(n) => format!("When did monitoring visit {n} begin?"),
            Step::EngagementMeeting(n) => {
                format!("When was annual engagement meeting {n} held?")
            }
        }
    }

    /// How the page says what happened: "arrived on", before the date.
    pub fn done(self) -> &'static str {
        match self {
            Step::Notification => "notified on",
            Step::FirstOnSiteDay | Step::MonitoringVisit(_) => "began on",
            Step::Feedback | Step::ActionPlanningVisit | Step::EngagementMeeting(_) => "held on",
            Step::DraftReport | Step::FinalReport => "arrived on",
            Step::CommentsSent | Step::ActionPlan | Step::InadequateActionPlan => "sent on",
            Step::Publication => "published on",
        }
    }

    /// The step as the subject of a sentence: "the draft report arrived on".
    pub fn sentence(self) -> String {
        let subject = match self {
            Step::Notification => "Ofsted".to_string(),
            Step::FirstOnSiteDay => "fieldwork".to_string(),
            Step::CommentsSent => "the comments".to_string(),
            Step::Publication => "the report".to_string(),
            other => format!("the {}", other.name()),
        };
        let verb = match self {
            Step::Publication => "was published on",
            Step::Feedback | Step::ActionPlanningVisit | Step::EngagementMeeting(_) => {
                "was held on"
            }
            Step::CommentsSent => "were sent on",
            Step::ActionPlan | Step::InadequateActionPlan => "was sent on",
            _ => self.done(),
        };
        format!("{subject} {verb}")
    }
}

/// One recorded date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Recorded {
    pub step: Step,
    pub date: NaiveDate,
}

/// The recorded dates of a plan: at most one per step, kept in step order so one plan has one
/// link.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RecordedDates(Vec<Recorded>);

impl RecordedDates {
    /// No recorded dates.
    pub fn new() -> Self {
        RecordedDates(Vec::new())
    }

    /// The recorded date of `step`.
    pub fn get(&self, step: Step) -> Option<NaiveDate> {
        self.0.iter().find(|r| r.step == step).map(|r| r.date)
    }

    /// Records (or replaces) the date of `step`.
    pub fn set(&mut self, step: Step, date: NaiveDate) {
        match self.0.binary_search_by(|r| r.step.cmp(&step)) {
            Ok(i) => {
                if let Some(r) = self.0.get_mut(i) {
                    r.date = date;
                }
            }
            Err(i) => self.0.insert(i, Recorded { step, date }),
        }
    }

    /// Removes the recorded date of `step`; true if there was one.
    pub fn remove(&mut self, step: Step) -> bool {
        let before = self.0.len();
        self.0.retain(|r| r.step != step);
        self.0.len() != before
    }

    /// In step order.
    pub fn iter(&self) -> impl Iterator<Item = Recorded> + '_ {
        self.0.iter().copied()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Refuses a date that has not happened yet: a recorded date is what actually happened.
    pub fn check_not_future(
        step: Step,
        date: NaiveDate,
        today: NaiveDate,
    ) -> Result<(), RecordError> {
        if date > today {
            Err(RecordError::NotYet { step, date, today })
        } else {
            Ok(())
        }
    }
}

impl FromIterator<Recorded> for RecordedDates {
    fn from_iter<I: IntoIterator<Item = Recorded>>(iter: I) -> Self {
        let mut dates = RecordedDates::new();
        for r in iter {
            dates.set(r.step, r.date);
        }
        dates
    }
}

/// Why a recorded date was refused. Messages name both dates, for a council officer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordError {
    /// The date is before the step that must come first (a draft before the end of fieldwork, a
    /// publication before the final report).
    TooEarly {
        step: Step,
        date: NaiveDate,
        /// The earlier step, in words ("fieldwork ended", "the final report arrived").
        before: String,
        before_date: NaiveDate,
    },
    /// The date is after today.
    NotYet {
        step: Step,
        date: NaiveDate,
        today: NaiveDate,
    },
}

impl RecordError {
    /// The step the message is about, so the form can put it beside the right date input.
    pub fn step(&self) -> Step {
        match self {
            RecordError::TooEarly { step, .. } | RecordError::NotYet { step, .. } => *step,
        }
    }
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordError::TooEarly {
                step,
                date,
                before,
                before_date,
            } => write!(
                f,
                "The {} cannot be on {}: that is before {}, {}. Check both dates.",
                step.name(),
                long_date(*date),
                before,
                long_date(*before_date)
            ),
            RecordError::NotYet { step, date, today } => write!(
                f,
                "The {} date must be today or earlier: {} has not happened yet (today is {}).",
                step.name(),
                long_date(*date),
                long_date(*today)
            ),
        }
    }
}

impl std::error::Error for RecordError {}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn every_step_round_trips_through_its_event_id() {
        let mut steps: Vec<Step> = Step::FIXED.iter().map(|(s, _)| *s).collect();
        steps.extend((1..=MAX_MONITORING_VISITS).map(Step::MonitoringVisit));
        steps.extend((1..=MAX_ENGAGEMENT_MEETINGS).map(Step::EngagementMeeting));
        for s in steps {
            assert_eq!(Step::from_event_id(&s.event_id()), Some(s), "{s:?}");
        }
        assert_eq!(Step::from_event_id("monitoring-visit-0"), None);
        assert_eq!(Step::from_event_id("engagement-meeting-4"), None);
    }

    #[test]
    fn the_map_keeps_one_date_per_step_in_order() {
        let mut r = RecordedDates::new();
        r.set(Step::Publication, d(2027, 4, 6));
        r.set(Step::DraftReport, d(2027, 3, 9));
        r.set(Step::DraftReport, d(2027, 3, 10));
        assert_eq!(r.len(), 2);
        assert_eq!(r.get(Step::DraftReport), Some(d(2027, 3, 10)));
        assert_eq!(
            r.iter().map(|x| x.step).collect::<Vec<_>>(),
            [Step::DraftReport, Step::Publication]
        );
        assert!(r.remove(Step::DraftReport));
        assert!(!r.remove(Step::DraftReport));
        assert_eq!(r.get(Step::DraftReport), None);
    }

    #[test]
    fn the_words_name_the_step() {
        assert_eq!(
            Step::DraftReport.question(),
            "When did the draft report arrive?"
        );
        assert_eq!(Step::DraftReport.sentence(), "the draft report arrived on");
        let e = RecordError::NotYet {
            step: Step::FinalReport,
            date: d(2027, 3, 20),
            today: d(2027, 3, 19),
        };
        assert_eq!(
            e.to_string(),
            "The final report date must be today or earlier: Saturday 20 March 2027 has not happened yet (today is Friday 19 March 2027)."
        );
    }
}
