//! The one dated-event type every part of the plan produces, plus warnings and citations.
//!
//! Everything here is plain serde data: the UI renders it and the exports (ICS, CSV, URL) turn it
//! into text. Nothing here computes dates.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::engine::calendar::dates;

/// What kind of source a value or date rests on. The screen says which, so a user knows whether
/// a date comes from the framework, from a public source, from observation, or from the planner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CitationKind {
    /// The ILACS framework (seed text), cited `F§n`.
    Framework,
    /// Another published document (a council paper, Ofsted guidance, an announcement).
    PublicSource,
    /// Observed in published reports, not a rule.
    Observed,
    /// An assumption the planner makes where the sources are silent.
    Assumption,
    /// A convention of this planner (e.g. the default Christmas period).
    PlannerConvention,
}

impl CitationKind {
    /// A short label for the screen, e.g. "assumption".
    pub fn label(self) -> &'static str {
        match self {
            CitationKind::Framework => "framework",
            CitationKind::PublicSource => "public source",
            CitationKind::Observed => "observed",
            CitationKind::Assumption => "assumption",
            CitationKind::PlannerConvention => "planner convention",
        }
    }
}

/// Where a number or date comes from: a short label for the screen ("F§73") and a longer text.
///
/// The fields are `Cow<'static, str>` so that rule sets can be `const` data; they display and
/// serialise like strings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citation {
    pub label: Cow<'static, str>,
    pub text: Cow<'static, str>,
    pub kind: CitationKind,
}

impl Citation {
    /// A citation built from static text (usable in `const` rule data).
    pub const fn new(label: &'static str, text: &'static str, kind: CitationKind) -> Self {
        Citation {
            label: Cow::Borrowed(label),
            text: Cow::Borrowed(text),
            kind,
        }
    }
}

impl Citation {
    /// The source's name, e.g. "ILACS framework, paragraph 73 (footnote 18)": the text before
    /// its first colon.
    ///
    /// ```
    /// use ilacs_planner::engine::event::{Citation, CitationKind};
    /// let c = Citation::new("F§73", "ILACS framework, paragraph 73: notification by 9.30am", CitationKind::Framework);
    /// assert_eq!(c.source_name(), "ILACS framework, paragraph 73");
    /// assert_eq!(c.reason(), "notification by 9.30am");
    /// ```
    pub fn source_name(&self) -> &str {
        self.text
            .split_once(':')
            .map_or(&*self.text, |(name, _)| name.trim())
    }

    /// The label for the screen and paper, in words: "F§73" becomes "Ofsted ILACS framework,
    /// paragraph 73" (issue 13: no shorthand for a council officer to decode).
    ///
    /// ```
    /// use ilacs_planner::engine::event::{Citation, CitationKind};
    /// let c = Citation::new("F§84–87", "ILACS framework, paragraphs 84 to 87: feedback", CitationKind::Framework);
    /// assert_eq!(c.plain_label(), "Ofsted ILACS framework, paragraphs 84 to 87");
    /// ```
    pub fn plain_label(&self) -> String {
        plain_citation(&self.label)
    }

    /// The source as the screen words it, for every place a source is written out (the
    /// day-by-day list's "Source" details, the calendar file, the spreadsheets): its label in
    /// words and what it says, "Ofsted ILACS framework, paragraph 73: notification by 9.30am";
    /// the whole text when it says nothing after a colon. Never the "F§" shorthand (issue 25).
    ///
    /// ```
    /// use ilacs_planner::engine::event::{Citation, CitationKind};
    /// let c = Citation::new("F§73", "ILACS framework, paragraph 73: notification by 9.30am", CitationKind::Framework);
    /// assert_eq!(c.in_words(), "Ofsted ILACS framework, paragraph 73: notification by 9.30am");
    /// ```
    pub fn in_words(&self) -> String {
        match self.reason() {
            "" => self.text.to_string(),
            reason => format!("{}: {reason}", self.plain_label()),
        }
    }

    /// What the source says, in a few words: the text after its first colon (empty if none).
    pub fn reason(&self) -> &str {
        self.text
            .split_once(':')
            .map_or("", |(_, reason)| reason.trim())
    }
}

/// A citation label in words. Framework labels ("F§77, F§255", "F§202 (fn 28)", "F Annex A")
/// name the document and spell out the paragraphs; other labels only lose the section sign.
pub fn plain_citation(label: &str) -> String {
    const FRAMEWORK: &str = "Ofsted ILACS framework";
    if let Some(annex) = label.strip_prefix("F Annex ") {
        return format!("{FRAMEWORK}, Annex {annex}");
    }
    if !label.starts_with("F§") {
        return label.replace('§', "paragraph ");
    }
    let parts: Vec<String> = label
        .split(", ")
        .map(|part| {
            let part = part.trim_start_matches("F§");
            let (number, note) = part.split_once(' ').unwrap_or((part, ""));
            let number = number.replace('–', " to ");
            let note = match note {
                "" => String::new(),
                "table" => " (the table)".to_string(),
                other => format!(" {}", other.replace("(fn ", "(footnote ")),
            };
            format!("{number}{note}")
        })
        .collect();
    let plural = parts.len() > 1 || label.contains('–');
    let list = match parts.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => parts.concat(),
    };
    let word = if plural { "paragraphs" } else { "paragraph" };
    format!("{FRAMEWORK}, {word} {list}")
}

/// When in the day something happens, where the framework gives one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TimeOfDay {
    /// "by 9.30am" (F§73: the notification call).
    NineThirty,
    Morning,
    Midday,
    Lunchtime,
    Afternoon,
    EarlyAfternoon,
    EndOfDay,
}

impl TimeOfDay {
    /// Plain label for the screen.
    pub fn label(self) -> &'static str {
        match self {
            TimeOfDay::NineThirty => "9.30am",
            TimeOfDay::Morning => "morning",
            TimeOfDay::Midday => "midday",
            TimeOfDay::Lunchtime => "lunchtime",
            TimeOfDay::Afternoon => "afternoon",
            TimeOfDay::EarlyAfternoon => "early afternoon",
            TimeOfDay::EndOfDay => "end of day",
        }
    }

    /// An exact clock time (hour, minute) where the framework gives one, for ICS exports.
    /// `None` means "part of the day": export as an all-day event with the label in the text.
    pub fn hh_mm(self) -> Option<(u32, u32)> {
        match self {
            TimeOfDay::NineThirty => Some((9, 30)),
            TimeOfDay::Midday => Some((12, 0)),
            _ => None,
        }
    }
}

/// What sort of thing an event is (for icons, filters and the property tests).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    /// Ofsted tells the local authority (or requests data for a monitoring visit).
    Notification,
    /// Something the local authority must provide by this day.
    Deadline,
    /// A telephone conference.
    Call,
    /// Inspectors evaluate evidence off site.
    OffSiteEvaluation,
    /// Inspectors on site.
    OnSite,
    /// Last day of fieldwork: findings fed back.
    Feedback,
    /// A report or letter is sent to the local authority.
    Report,
    /// A report or letter is published on Ofsted's website.
    Publication,
    /// A meeting or visit that is not fieldwork (action planning visit, annual engagement meeting).
    Meeting,
    /// A future episode of inspection activity, estimated (monitoring visit, re-inspection).
    PlannedEpisode,
    /// An earlier episode given as input (the last inspection, a JTAI).
    PastEpisode,
    /// A window boundary or anniversary.
    Window,
    /// Information attached to a date (e.g. a letter that is not usually published).
    Note,
}

impl EventKind {
    /// The kind in words, for keys, exports and accessible names.
    pub fn label(self) -> &'static str {
        match self {
            EventKind::Notification => "Notification",
            EventKind::Deadline => "Deadline",
            EventKind::Call => "Call",
            EventKind::OffSiteEvaluation => "Off-site evaluation",
            EventKind::OnSite => "On site",
            EventKind::Feedback => "Feedback",
            EventKind::Report => "Report",
            EventKind::Publication => "Publication",
            EventKind::Meeting => "Meeting",
            EventKind::PlannedEpisode => "Planned visit (estimate)",
            EventKind::PastEpisode => "Earlier inspection",
            EventKind::Window => "Inspection window",
            EventKind::Note => "Note",
        }
    }

    /// Kinds whose dates must be working days (notification, deadlines, fieldwork days).
    pub fn must_be_working_day(self) -> bool {
        matches!(
            self,
            EventKind::Notification
                | EventKind::Deadline
                | EventKind::OnSite
                | EventKind::Feedback
                | EventKind::OffSiteEvaluation
                | EventKind::Call
        )
    }
}

/// Which part of the plan an event belongs to; each has its own page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Section {
    /// The pathway, window, annual cycle and (pathway 3) monitoring sequence.
    Pathway,
    /// The notice period and fieldwork of the scheduled visit.
    Visit,
    /// Reports, publication and action plans after the scheduled visit.
    AfterFieldwork,
    /// An inadequate authority's sequence (pathway 3): report, action planning visit, action
    /// plan, monitoring visits and re-inspection. Shown with the pathway and after fieldwork.
    Monitoring,
}

/// One dated event of a plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Stable kebab-case id, unique within a plan (see `docs/event-ids.md`).
    pub id: String,
    pub section: Section,
    pub kind: EventKind,
    pub date: NaiveDate,
    pub time: Option<TimeOfDay>,
    /// Short title.
    pub title: String,
    /// Plain description of what happens or what to do.
    pub detail: String,
    /// Who is involved. Nearly always the rule set's own words, so borrowed rather than copied
    /// into every plan (as [`Citation`]'s text is).
    pub who: Cow<'static, str>,
    pub citation: Citation,
    /// Warnings (see [`Plan::warnings`](crate::engine::plan::Plan)) that concern this event.
    pub warnings: Vec<WarningId>,
    /// True when the date is approximate (an estimate from observation or a usual pattern).
    pub estimate: bool,
    /// Set when the framework places the step in a period but gives no day: `date` is the
    /// period's first day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub undated: Option<Undated>,
    /// What the council should have ready (empty when the event says nothing particular).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub have_ready: String,
    /// The days an estimate stands for, where they are not simply its working week (a month of
    /// a forecast); see [`Event::estimate_span`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<(NaiveDate, NaiveDate)>,
    /// Set when the person recorded the day this step actually happened: how it happened
    /// ("arrived on"), shown before the date (issue 26).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded: Option<String>,
    /// When the date moved because an earlier step was recorded: what it now follows ("5 working
    /// days after the draft report arrived on Tuesday 9 March 2027").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub follows: String,
}

/// The period of a step the framework gives no day for, e.g. "during fieldwork".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Undated {
    /// The period's last day; `None` when the framework gives no end ("after the visit").
    pub until: Option<NaiveDate>,
    /// The period in words, shown instead of a day.
    pub words: String,
}

impl Event {
    /// An event with no time of day and no warnings yet: the shape of every event outside the
    /// visit tables.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: String,
        section: Section,
        kind: EventKind,
        date: NaiveDate,
        title: String,
        detail: String,
        who: &'static str,
        citation: Citation,
        estimate: bool,
    ) -> Event {
        Event {
            id,
            section,
            kind,
            date,
            time: None,
            title,
            detail,
            who: Cow::Borrowed(who),
            citation,
            warnings: Vec::new(),
            estimate,
            undated: None,
            have_ready: String::new(),
            span: None,
            recorded: None,
            follows: String::new(),
        }
    }

    /// How the date came about when it is not simply computed (issue 26): "Recorded: arrived on
    /// Tuesday 9 March 2027", or "Moved: 5 working days after the draft report arrived on …".
    pub fn actual_words(&self) -> Option<String> {
        match &self.recorded {
            Some(how) => Some(format!("Recorded: {how} {}", dates::long_date(self.date))),
            None if !self.follows.is_empty() => Some(format!("Moved: {}", self.follows)),
            None => None,
        }
    }

    /// The first and last day an estimate stands for: its own span, or else the Monday to
    /// Friday of its week, since an estimate is never as exact as one day (issue 13: estimates
    /// look like estimates). `None` for a date that is not an estimate.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use ilacs_planner::engine::event::{Citation, CitationKind, Event, EventKind, Section};
    /// let day = |d| NaiveDate::from_ymd_opt(2027, 2, d).unwrap();
    /// let citation = Citation::new("observed", "Observed", CitationKind::Observed);
    /// let e = Event::new("x".into(), Section::Pathway, EventKind::PlannedEpisode, day(23),
    ///     "Monitoring visit 2 (estimate)".into(), String::new(), "", citation, true);
    /// assert_eq!(e.estimate_span(), Some((day(22), day(26))));
    /// assert_eq!(e.estimate_words().unwrap(), "week commencing Monday 22 February 2027");
    /// ```
    pub fn estimate_span(&self) -> Option<(NaiveDate, NaiveDate)> {
        if !self.estimate {
            return None;
        }
        // A step the framework places in a period stands for the period.
        let period = self.undated.as_ref().and_then(|u| u.until);
        self.span
            .or_else(|| {
                period
                    .filter(|until| *until > self.date)
                    .map(|until| (self.date, until))
            })
            .or_else(|| working_week(self.date))
    }

    /// An estimate in words: "week commencing Monday 22 February 2027", "August 2026", or
    /// "Monday 2 March 2026 to Friday 13 March 2026". `None` for a date that is not an estimate.
    pub fn estimate_words(&self) -> Option<String> {
        self.estimate_span().map(|(from, to)| span_words(from, to))
    }
}

/// Monday to Friday of the week `date` falls in (to the weekend day itself, for a weekend date).
fn working_week(date: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    use chrono::Datelike;
    let back = i64::from(date.weekday().num_days_from_monday());
    let monday = date.checked_sub_signed(chrono::Duration::days(back))?;
    let friday = monday.checked_add_signed(chrono::Duration::days(4))?;
    Some((monday, friday.max(date)))
}

/// A span in words: a Monday-to-Friday week, a whole month, or the two ends.
fn span_words(from: NaiveDate, to: NaiveDate) -> String {
    use chrono::{Datelike, Weekday};
    let whole_month = from.day() == 1
        && (to.year(), to.month()) == (from.year(), from.month())
        && to.succ_opt().is_none_or(|d| d.day() == 1);
    if whole_month {
        format!("{} {}", dates::month_name(from.month()), from.year())
    } else if from.weekday() == Weekday::Mon && (4..=6).contains(&(to - from).num_days()) {
        format!("week commencing {}", dates::long_date(from))
    } else if from == to {
        dates::long_date(from)
    } else {
        format!("{} to {}", dates::long_date(from), dates::long_date(to))
    }
}

/// Puts events in date order, keeping the order of same-day events (notice before fieldwork).
/// One function for every list of events, so the sort is compiled once.
///
/// An event is a few hundred bytes: the sort orders (date, position) pairs, then swaps each event
/// into its place once, where a merge sort moves whole events many times. A list already in order
/// (most of them) is left as it is.
pub fn sort_by_date(events: &mut [Event]) {
    if !events.is_sorted_by_key(|e| e.date) {
        events.sort_by_cached_key(|e| e.date);
    }
}

/// Which check raised a warning.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WarningId {
    /// A notice or on-site day in August (F§14).
    August,
    /// A notice or on-site day in the Christmas and New Year period (F§14; dates: planner convention).
    ChristmasNewYear,
    /// A bank holiday falls between the first and last day of fieldwork.
    BankHolidayInFieldwork,
    /// The notification is not on the weekday the framework's table shows.
    UnusualNotificationDay,
    /// A publication date falls in an (approximate) local-election pre-election period.
    PreElectionPeriod,
    /// Two episodes of inspection activity less than six months apart.
    EpisodesTooClose,
    /// The window for the next judgement inspection has already passed.
    WindowPassed,
    /// A recorded date contradicts the framework (a draft before the end of fieldwork) and is not
    /// used (issue 26).
    RecordedDateRefused,
}

impl WarningId {
    /// The stable kebab-case id (same as the serde form).
    pub fn as_str(self) -> &'static str {
        match self {
            WarningId::August => "august",
            WarningId::ChristmasNewYear => "christmas-new-year",
            WarningId::BankHolidayInFieldwork => "bank-holiday-in-fieldwork",
            WarningId::UnusualNotificationDay => "unusual-notification-day",
            WarningId::PreElectionPeriod => "pre-election-period",
            WarningId::EpisodesTooClose => "episodes-too-close",
            WarningId::WindowPassed => "window-passed",
            WarningId::RecordedDateRefused => "recorded-date-refused",
        }
    }
}

/// How much a warning matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Worth knowing; nothing unusual.
    Info,
    /// Unusual: Ofsted does not usually do this, or a date is likely to move.
    Warning,
}

/// A warning shown beside the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    pub id: WarningId,
    pub severity: Severity,
    /// Plain message for a council officer.
    pub message: String,
    /// Ids of the events concerned (may be empty).
    pub events: Vec<String>,
    pub citation: Citation,
}

impl Warning {
    /// The warnings of `warnings` that concern the event `event_id`, for showing beside it.
    pub fn concerning(warnings: &[Warning], event_id: &str) -> Vec<Warning> {
        warnings
            .iter()
            .filter(|w| w.events.iter().any(|id| id == event_id))
            .cloned()
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::plain_citation;

    /// Every shape of label in the rule data reads as words (issue 13 item 6).
    #[test]
    fn citation_labels_read_as_words() {
        for (label, words) in [
            ("F§73", "Ofsted ILACS framework, paragraph 73"),
            ("F§84–87", "Ofsted ILACS framework, paragraphs 84 to 87"),
            (
                "F§77, F§255",
                "Ofsted ILACS framework, paragraphs 77 and 255",
            ),
            (
                "F§17, F§20, F§22",
                "Ofsted ILACS framework, paragraphs 17, 20 and 22",
            ),
            (
                "F§202 (fn 28)",
                "Ofsted ILACS framework, paragraph 202 (footnote 28)",
            ),
            (
                "F§112, F§24 table",
                "Ofsted ILACS framework, paragraphs 112 and 24 (the table)",
            ),
            (
                "F§13 (anchor: assumption)",
                "Ofsted ILACS framework, paragraph 13 (anchor: assumption)",
            ),
            ("F Annex A", "Ofsted ILACS framework, Annex A"),
            (
                "Peterborough 2018, §4.4",
                "Peterborough 2018, paragraph 4.4",
            ),
            ("Ofsted 27 Nov 2025", "Ofsted 27 Nov 2025"),
        ] {
            assert_eq!(plain_citation(label), words, "{label}");
        }
    }
}
