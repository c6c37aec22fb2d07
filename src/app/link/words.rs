//! The words a link uses for each choice. Kept apart from the decoder so the schema's vocabulary
//! can be read (and compared with `docs/url-schema.md`) at a glance.

use crate::engine::plan::pathway::{Grade, JudgementKind, Pathway};
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
