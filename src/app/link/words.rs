//! The words a link uses for each choice. Kept apart from the decoder so the schema's vocabulary
//! can be read (and compared with `docs/url-schema.md`) at a glance.

use crate::engine::plan::pathway::{Grade, JudgementKind, Pathway};
use crate::engine::plan::recorded::{Step, MAX_ENGAGEMENT_MEETINGS, MAX_MONITORING_VISITS};
use crate::engine::plan::visit_schedule::OnSiteDays;
use crate::engine::rules::VisitKind;

pub(super) const VISIT_KINDS: [(VisitKind, &str); 5] = [
    (VisitKind::Standard, "standard"),
    (VisitKind::Short, "short"),
    (VisitKind::Focused, "focused"),
    (VisitKind::Monitoring, "monitoring"),
    (VisitKind::Jtai, "jtai"),
];

pub(super) const JUDGEMENT_KINDS: [(JudgementKind, &str); 3] = [
    (JudgementKind::Sif, "sif"),
    (JudgementKind::Standard, "standard"),
    (JudgementKind::Short, "short"),
];

pub(super) const GRADES: [(Grade, &str); 4] = [
    (Grade::Outstanding, "outstanding"),
    (Grade::Good, "good"),
    (Grade::RequiresImprovement, "ri"),
    (Grade::Inadequate, "inadequate"),
];

pub(super) const PATHWAYS: [(Pathway, &str); 3] = [
    (Pathway::One, "p1"),
    (Pathway::Two, "p2"),
    (Pathway::Three, "p3"),
];

pub(super) const ON_SITE_DAYS: [(OnSiteDays, &str); 2] = [
    (OnSiteDays::TueWed, "tue-wed"),
    (OnSiteDays::WedThu, "wed-thu"),
];

/// The steps whose recorded dates a link carries (`rd`); numbered steps add `-n`.
pub(super) const RECORDED_STEPS: [(Step, &str); 10] = [
    (Step::Notification, "notification"),
    (Step::FirstOnSiteDay, "onsite"),
    (Step::Feedback, "feedback"),
    (Step::DraftReport, "draft"),
    (Step::CommentsSent, "comments"),
    (Step::FinalReport, "final"),
    (Step::Publication, "publication"),
    (Step::ActionPlan, "action-plan"),
    (Step::ActionPlanningVisit, "apv"),
    (Step::InadequateActionPlan, "p3-action-plan"),
];

/// A recorded step in a link: `draft`, `mv-2`, `aem-1`.
pub(super) fn step_word(step: Step) -> String {
    match step {
        Step::MonitoringVisit(n) => format!("mv-{n}"),
        Step::EngagementMeeting(n) => format!("aem-{n}"),
        other => word(&RECORDED_STEPS, other).to_string(),
    }
}

/// The step a link's word names.
pub(super) fn step_from_word(text: &str) -> Option<Step> {
    let numbered = |prefix: &str, max: u8| -> Option<u8> {
        let n: u8 = text.strip_prefix(prefix)?.parse().ok()?;
        (1..=max).contains(&n).then_some(n)
    };
    from_word(&RECORDED_STEPS, text)
        .or_else(|| numbered("mv-", MAX_MONITORING_VISITS).map(Step::MonitoringVisit))
        .or_else(|| numbered("aem-", MAX_ENGAGEMENT_MEETINGS).map(Step::EngagementMeeting))
}

pub(super) fn word<T: Copy + PartialEq>(table: &[(T, &'static str)], value: T) -> &'static str {
    table
        .iter()
        .find(|(v, _)| *v == value)
        .map(|(_, w)| *w)
        .unwrap_or("")
}

pub(super) fn from_word<T: Copy>(table: &[(T, &'static str)], text: &str) -> Option<T> {
    table.iter().find(|(_, w)| *w == text).map(|(v, _)| *v)
}
