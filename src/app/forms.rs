//! The planner's forms as plain data, and how each turns into plan input. The UI keeps what the
//! person has chosen in these types and, in its event handlers, writes the result of
//! [`VisitForm::apply`] or [`PathwayForm::apply`] into the open plan: no effect copies values back
//! and forth, and the rules for it are tested here on the host.

use chrono::NaiveDate;

use crate::engine::councils::{self, Council};
use crate::engine::plan::pathway::{
    Grade, JudgementKind, LastInspection, Outcome, Pathway, SubJudgements,
};
use crate::engine::plan::visit_schedule::{Anchor, OnSiteDays, VisitInput};
use crate::engine::plan::PlanInput;
use crate::engine::rules::VisitKind;

/// Which date of a visit the person knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KnownDate {
    Notification,
    FirstOnSiteDay,
}

impl KnownDate {
    /// The field's label.
    pub fn label(self) -> &'static str {
        match self {
            KnownDate::Notification => "Notification date",
            KnownDate::FirstOnSiteDay => "First on-site day",
        }
    }

    /// The date field's label, before the question is answered too.
    pub fn label_of(known: Option<KnownDate>) -> &'static str {
        known.map_or("Date", KnownDate::label)
    }
}

/// A question of the visit form that has no answer yet, in the order the form asks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VisitQuestion {
    Kind,
    Days,
    Known,
}

impl VisitQuestion {
    /// The GOV.UK "Select …" message for the question.
    pub fn message(self) -> &'static str {
        match self {
            VisitQuestion::Kind => "Select what kind of visit it is.",
            VisitQuestion::Days => "Select which days inspectors are on site.",
            VisitQuestion::Known => "Select which date you know.",
        }
    }
}

/// The visit-schedule form's choices (the date is typed apart, as text). `None` is a question not
/// yet answered: nothing is pre-selected (GOV.UK), so a guess is never taken for an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VisitForm {
    pub kind: Option<VisitKind>,
    /// Asked only for focused and monitoring visits.
    pub days: Option<OnSiteDays>,
    pub known: Option<KnownDate>,
    pub number: u8,
    pub priority: bool,
}

impl VisitForm {
    /// The form as it shows a plan's visit (or a new form with nothing chosen).
    pub fn from_input(visit: Option<&VisitInput>) -> Self {
        VisitForm {
            kind: visit.map(|v| v.kind),
            // A standard visit's stored days are a default, not an answer.
            days: visit
                .filter(|v| matches!(v.kind, VisitKind::Focused | VisitKind::Monitoring))
                .map(|v| v.on_site_days),
            known: visit.map(|v| match v.anchor {
                Anchor::FirstOnSiteDay(_) => KnownDate::FirstOnSiteDay,
                Anchor::Notification(_) => KnownDate::Notification,
            }),
            number: visit.map_or(1, |v| v.monitoring_visit_number.max(1)),
            priority: visit.is_some_and(|v| v.priority_actions),
        }
    }

    /// The questions still to answer for this kind of visit.
    ///
    /// ```
    /// use ilacs_planner::app::forms::{VisitForm, VisitQuestion};
    /// use ilacs_planner::engine::rules::VisitKind;
    /// let mut form = VisitForm::from_input(None);
    /// assert_eq!(form.unanswered(), [VisitQuestion::Kind, VisitQuestion::Known]);
    /// form.kind = Some(VisitKind::Focused);
    /// assert_eq!(form.unanswered(), [VisitQuestion::Days, VisitQuestion::Known]);
    /// ```
    pub fn unanswered(&self) -> Vec<VisitQuestion> {
        let asks_days = matches!(self.kind, Some(VisitKind::Focused | VisitKind::Monitoring));
        [
            (VisitQuestion::Kind, self.kind.is_none()),
            (VisitQuestion::Days, asks_days && self.days.is_none()),
            (VisitQuestion::Known, self.known.is_none()),
        ]
        .into_iter()
        .filter_map(|(question, missing)| missing.then_some(question))
        .collect()
    }

    /// Writes the visit into `input` once every question is answered and the typed date is a
    /// real date; until then the plan keeps what it had, so a half-typed date never clears it.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use ilacs_planner::app::forms::{KnownDate, VisitForm};
    /// use ilacs_planner::engine::plan::PlanInput;
    /// use ilacs_planner::engine::rules::VisitKind;
    /// let mut input = PlanInput::default();
    /// let day = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    /// let mut form = VisitForm::from_input(None);
    /// assert!(!form.apply(Some(day), &mut input), "no kind of visit chosen yet");
    /// form.kind = Some(VisitKind::Standard);
    /// form.known = Some(KnownDate::Notification);
    /// assert!(!form.apply(None, &mut input));
    /// assert!(form.apply(Some(day), &mut input));
    /// assert_eq!(input.visit.unwrap().anchor.date(), day);
    /// assert!(!form.apply(Some(day), &mut input), "nothing changes the second time");
    /// ```
    pub fn apply(&self, date: Option<NaiveDate>, input: &mut PlanInput) -> bool {
        let (Some(date), Some(kind), Some(known)) = (date, self.kind, self.known) else {
            return false;
        };
        if !self.unanswered().is_empty() {
            return false;
        }
        let anchor = match known {
            KnownDate::Notification => Anchor::Notification(date),
            KnownDate::FirstOnSiteDay => Anchor::FirstOnSiteDay(date),
        };
        let mut visit = VisitInput::new(kind, anchor);
        // Standard, short and JTAI visits have fixed weeks; the days only matter to the others.
        visit.on_site_days = self.days.unwrap_or_default();
        visit.monitoring_visit_number = self.number;
        visit.priority_actions = self.priority;
        let changed = input.visit != Some(visit);
        input.visit = Some(visit);
        changed
    }
}

/// A question of the pathway form that has no answer yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathwayQuestion {
    Kind,
    Mode,
    Grade,
    Pathway,
    HelpAndProtection,
    ChildrenInCare,
    CareLeavers,
    ImpactOfLeaders,
}

impl PathwayQuestion {
    /// The GOV.UK "Select …" message for the question.
    pub fn message(self) -> &'static str {
        match self {
            PathwayQuestion::Kind => "Select what your last judgement inspection was.",
            PathwayQuestion::Mode => "Select how you want to set the pathway.",
            PathwayQuestion::Grade => "Select the overall effectiveness grade.",
            PathwayQuestion::Pathway => "Select the pathway.",
            PathwayQuestion::HelpAndProtection => "Select the grade for help and protection.",
            PathwayQuestion::ChildrenInCare => "Select the grade for children in care.",
            PathwayQuestion::CareLeavers => {
                "Select the grade for care leavers, or \u{201c}Not judged separately\u{201d}."
            }
            PathwayQuestion::ImpactOfLeaders => "Select the grade for the impact of leaders.",
        }
    }
}

/// How the person gives the last inspection's outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutcomeMode {
    Grade,
    SubJudgements,
    Pathway,
}

/// The pathway form's choices. `None` is a question not yet answered: nothing is pre-selected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PathwayForm {
    pub kind: Option<JudgementKind>,
    pub mode: Option<OutcomeMode>,
    pub grade: Option<Grade>,
    pub pathway: Option<Pathway>,
    pub help_and_protection: Option<Grade>,
    pub children_in_care: Option<Grade>,
    /// `Some(None)`: answered "not judged" (inspections under the single inspection framework).
    pub care_leavers: Option<Option<Grade>>,
    pub impact_of_leaders: Option<Grade>,
}

impl PathwayForm {
    /// The form as it shows a plan's last inspection (or a new form with nothing chosen).
    pub fn from_input(last: Option<&LastInspection>) -> Self {
        PathwayForm::answered(last.map(|l| l.kind), last.map(|l| l.outcome))
    }

    /// The form filled from a local authority's latest inspection in the built-in (or loaded)
    /// data, with its first on-site day: what the data gives is answered, the rest left for the
    /// person (issue 15).
    ///
    /// ```
    /// use ilacs_planner::app::forms::{OutcomeMode, PathwayForm};
    /// use ilacs_planner::engine::councils;
    /// use ilacs_planner::engine::plan::pathway::{Grade, JudgementKind};
    /// let barnet = councils::built_in(302).unwrap().unpack();
    /// let (form, day) = PathwayForm::from_council(&barnet);
    /// assert_eq!(form.kind, Some(JudgementKind::Short));
    /// assert_eq!((form.mode, form.grade), (Some(OutcomeMode::Grade), Some(Grade::Good)));
    /// assert_eq!(day.unwrap().to_string(), "2024-06-10");
    /// ```
    pub fn from_council(c: &Council) -> (Self, Option<NaiveDate>) {
        let form = PathwayForm::answered(councils::kind(c), councils::outcome(c));
        (form, councils::first_day(c))
    }

    fn answered(kind: Option<JudgementKind>, outcome: Option<Outcome>) -> Self {
        let mut form = PathwayForm {
            kind,
            mode: None,
            grade: None,
            pathway: None,
            help_and_protection: None,
            children_in_care: None,
            care_leavers: None,
            impact_of_leaders: None,
        };
        match outcome {
            Some(Outcome::Overall(g)) => {
                form.mode = Some(OutcomeMode::Grade);
                form.grade = Some(g);
            }
            Some(Outcome::Pathway(p)) => {
                form.mode = Some(OutcomeMode::Pathway);
                form.pathway = Some(p);
            }
            Some(Outcome::SubJudgements(s)) => {
                form.mode = Some(OutcomeMode::SubJudgements);
                form.help_and_protection = Some(s.help_and_protection);
                form.children_in_care = Some(s.children_in_care);
                form.care_leavers = Some(s.care_leavers);
                form.impact_of_leaders = Some(s.impact_of_leaders);
            }
            None => {}
        }
        form
    }

    /// This form with `other`'s answers on top: what `other` leaves unanswered keeps this
    /// form's answer (a council's data fills what it has, issue 15).
    pub fn filled_with(self, other: PathwayForm) -> PathwayForm {
        PathwayForm {
            kind: other.kind.or(self.kind),
            mode: other.mode.or(self.mode),
            grade: other.grade.or(self.grade),
            pathway: other.pathway.or(self.pathway),
            help_and_protection: other.help_and_protection.or(self.help_and_protection),
            children_in_care: other.children_in_care.or(self.children_in_care),
            care_leavers: other.care_leavers.or(self.care_leavers),
            impact_of_leaders: other.impact_of_leaders.or(self.impact_of_leaders),
        }
    }

    /// The questions still to answer, in the order the form asks them (issue 13: nothing is
    /// pre-selected, so "Show dates" says which are missing).
    ///
    /// ```
    /// use ilacs_planner::app::forms::{OutcomeMode, PathwayForm, PathwayQuestion};
    /// let mut form = PathwayForm::from_input(None);
    /// assert_eq!(form.unanswered(), [PathwayQuestion::Kind, PathwayQuestion::Mode]);
    /// form.mode = Some(OutcomeMode::SubJudgements);
    /// assert_eq!(form.unanswered().len(), 5, "the kind and four sub-judgements");
    /// ```
    pub fn unanswered(&self) -> Vec<PathwayQuestion> {
        use PathwayQuestion as Q;
        let mut missing = Vec::new();
        if self.kind.is_none() {
            missing.push(Q::Kind);
        }
        match self.mode {
            None => missing.push(Q::Mode),
            Some(OutcomeMode::Grade) if self.grade.is_none() => missing.push(Q::Grade),
            Some(OutcomeMode::Pathway) if self.pathway.is_none() => missing.push(Q::Pathway),
            Some(OutcomeMode::SubJudgements) => {
                let subs = [
                    (Q::HelpAndProtection, self.help_and_protection.is_none()),
                    (Q::ChildrenInCare, self.children_in_care.is_none()),
                    (Q::CareLeavers, self.care_leavers.is_none()),
                    (Q::ImpactOfLeaders, self.impact_of_leaders.is_none()),
                ];
                missing.extend(subs.into_iter().filter(|(_, m)| *m).map(|(q, _)| q));
            }
            Some(_) => {}
        }
        missing
    }

    /// The outcome, once every question it needs has an answer.
    pub fn outcome(&self) -> Option<Outcome> {
        Some(match self.mode? {
            OutcomeMode::Grade => Outcome::Overall(self.grade?),
            OutcomeMode::Pathway => Outcome::Pathway(self.pathway?),
            OutcomeMode::SubJudgements => Outcome::SubJudgements(SubJudgements {
                help_and_protection: self.help_and_protection?,
                children_in_care: self.children_in_care?,
                care_leavers: self.care_leavers?,
                impact_of_leaders: self.impact_of_leaders?,
            }),
        })
    }

    /// Writes the last inspection (once its date is real and every question is answered) and the
    /// engagement meeting into `input`. A half-filled form leaves the plan's last inspection as
    /// it was. Returns whether anything changed.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use ilacs_planner::app::forms::{OutcomeMode, PathwayForm};
    /// use ilacs_planner::engine::plan::pathway::{Grade, JudgementKind};
    /// use ilacs_planner::engine::plan::PlanInput;
    /// let day = NaiveDate::from_ymd_opt(2023, 6, 5).unwrap();
    /// let mut form = PathwayForm::from_input(None);
    /// let mut input = PlanInput::default();
    /// assert!(!form.apply(Some(day), None, &mut input), "no judgement chosen yet");
    /// form.kind = Some(JudgementKind::Standard);
    /// form.mode = Some(OutcomeMode::Grade);
    /// form.grade = Some(Grade::Good);
    /// assert!(form.apply(Some(day), None, &mut input));
    /// assert_eq!(input.last_inspection.unwrap().first_onsite_day, day);
    /// ```
    pub fn apply(
        &self,
        last_day: Option<NaiveDate>,
        meeting: Option<NaiveDate>,
        input: &mut PlanInput,
    ) -> bool {
        let last = match (last_day, self.kind, self.outcome()) {
            (Some(day), Some(kind), Some(outcome)) => Some(LastInspection {
                kind,
                first_onsite_day: day,
                outcome,
            }),
            _ => None,
        };
        let mut changed = false;
        if last.is_some() && input.last_inspection != last {
            input.last_inspection = last;
            changed = true;
        }
        if input.engagement_meeting != meeting {
            input.engagement_meeting = meeting;
            changed = true;
        }
        changed
    }
}
