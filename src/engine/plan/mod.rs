//! The plan: one value that gathers the pathway, one visit schedule, the after-fieldwork
//! timeline, the annual engagement cadence and every warning, for the UI and the exports.
//!
//! [`plan`] is pure, fast and total: it never panics; any input gives a [`Plan`] or a
//! [`PlanError`] whose message a council officer understands.
//!
//! Input policy: every date the user enters must be a working day; a date that is not is
//! rejected with [`PlanError::NotAWorkingDay`] (nothing is moved silently).

pub mod after_fieldwork;
pub mod annual;
pub mod chain;
pub mod council_steps;
pub mod forecast;
pub mod pathway;
pub mod plan_error;
pub mod recorded;
pub mod timeline;
pub mod visit_schedule;
pub mod warnings;
pub mod whats_due;

use rustc_hash::FxHashMap as HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::engine::calendar::dates::add_months;
use crate::engine::calendar::Calendar;
use crate::engine::event::{Event, EventKind, Section, Warning, WarningId};
use crate::engine::plan::after_fieldwork::{after_fieldwork, AfterFieldworkInput};
use crate::engine::plan::forecast::{
    election_warnings, next_inspection_forecast, Elections, NextInspectionForecast,
    PublicationForecast,
};
use crate::engine::plan::pathway::{
    annual_engagement, pathway, LastInspection, Pathway, PathwaySummary,
};
use crate::engine::plan::plan_error::{InputField, PlanError};
use crate::engine::plan::recorded::RecordedDates;
use crate::engine::plan::visit_schedule::{require_working_day, schedule, VisitInput};
use crate::engine::plan::warnings::{gap_warnings, visit_warnings, window_passed};
use crate::engine::rules::{FlaggedPeriod, RuleSet, VisitKind};

/// Most other episodes a plan may list. A real authority has a handful between inspections; the
/// limit keeps a pasted or crafted link from freezing the page.
pub const MAX_EPISODES: usize = 20;

/// Another episode of inspection activity (earlier or planned), for the timeline and the
/// six-month gap check, e.g. a JTAI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Episode {
    pub kind: VisitKind,
    pub first_day: NaiveDate,
}

/// Everything the user chooses. Plain serde data; the UI keeps one and recomputes the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanInput {
    /// Rule set id (see [`rules::all`](crate::engine::rules::all)); the UI resolves it with
    /// [`rules::by_id`](crate::engine::rules::by_id) and passes the set to [`plan`].
    pub rule_set: String,
    /// The last judgement inspection, for the pathway and window.
    pub last_inspection: Option<LastInspection>,
    /// The visit to schedule (kind, on-site days, anchor date, monitoring number, priority
    /// actions).
    pub visit: Option<VisitInput>,
    /// A date of the annual engagement meeting, for the annual cadence.
    pub engagement_meeting: Option<NaiveDate>,
    /// Other episodes (e.g. a JTAI), for the timeline and the six-month gap check.
    pub other_episodes: Vec<Episode>,
    /// The Christmas and New Year period; `None` uses the rule set's default (24 December to
    /// 1 January).
    pub christmas_period: Option<FlaggedPeriod>,
    /// Polling day of the council's local elections, when it has polls: its reports are held in
    /// the pre-election period.
    pub local_polling_day: Option<NaiveDate>,
    /// The person said the council has no elections in the next few months (`lp=none` in a
    /// link). Not answering is not "no": until one or the other is said, the publication date
    /// says an election could move it (issue 25 item 2).
    pub no_local_elections: bool,
    /// A future general election's polling day (those already held are in the rule data).
    pub general_election: Option<NaiveDate>,
    /// The local authority's DfE number, when the person chose it from the built-in list (the
    /// dates do not depend on it; it names the plan and its exports).
    pub council: Option<u16>,
    /// The days steps actually happened, recorded by the person (issue 26): each replaces the
    /// computed date and moves the steps after it ([`chain`](super::chain)).
    pub recorded: RecordedDates,
}

impl Default for PlanInput {
    fn default() -> Self {
        PlanInput {
            rule_set: "current-practice".to_string(),
            last_inspection: None,
            visit: None,
            engagement_meeting: None,
            other_episodes: Vec::new(),
            christmas_period: None,
            local_polling_day: None,
            no_local_elections: false,
            general_election: None,
            council: None,
            recorded: RecordedDates::new(),
        }
    }
}

/// The key dates of the scheduled visit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitSummary {
    pub kind: VisitKind,
    pub notification: NaiveDate,
    pub first_onsite_day: NaiveDate,
    pub last_fieldwork_day: Option<NaiveDate>,
    /// For a monitoring visit: the first day of the last monitoring visit before it, when the
    /// plan has one among its other episodes (the audit list covers the time since, F§130).
    #[serde(default)]
    pub previous_monitoring_visit: Option<NaiveDate>,
}

/// Everything the UI and the exports show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// Name of the rule set used.
    pub rule_set: String,
    /// Id of the rule set used.
    pub rule_set_id: String,
    pub pathway: Option<PathwaySummary>,
    pub visit: Option<VisitSummary>,
    /// Chronological; same-day events keep a stable order (notice before fieldwork, etc.).
    pub events: Vec<Event>,
    pub warnings: Vec<Warning>,
    /// The observed publication forecast for the scheduled visit's report, in words on the
    /// after-fieldwork page.
    #[serde(default)]
    pub publication_forecast: Option<PublicationForecast>,
    /// The observed "most likely" months of the next judgement inspection (pathways 1 and 2).
    #[serde(default)]
    pub next_inspection_forecast: Option<NextInspectionForecast>,
}

impl Plan {
    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }
}

/// Computes the plan. Pure and deterministic: `today` is only used for the "window already
/// passed" warning and to tell past episodes from planned ones.
pub fn plan(
    rules: &RuleSet,
    calendar: &Calendar,
    input: &PlanInput,
    today: NaiveDate,
) -> Result<Plan, PlanError> {
    let christmas = input
        .christmas_period
        .unwrap_or(rules.flagged.christmas_default.value);
    if !christmas.is_valid() {
        return Err(PlanError::InvalidFlaggedPeriod);
    }
    // A link could list thousands of episodes: refused past the limit, so the page stays quick.
    if input.other_episodes.len() > MAX_EPISODES {
        return Err(PlanError::TooManyEpisodes {
            count: input.other_episodes.len(),
            max: MAX_EPISODES,
        });
    }
    // Room for the largest plans, so the events (a few hundred bytes each) are not moved again
    // as the list grows.
    let mut events: Vec<Event> = Vec::with_capacity(64);
    let mut warnings: Vec<Warning> = Vec::new();

    let pathway_part = match &input.last_inspection {
        Some(last) => Some(pathway_part(rules, calendar, last, today, &mut events)?),
        None => None,
    };
    let self_evaluation_from = pathway_part.as_ref().and_then(|p| p.self_evaluation_from);
    let (summary, next_forecast) = match pathway_part {
        Some(part) => {
            warnings.extend(part.warnings);
            (Some(part.summary), part.next_forecast)
        }
        None => (None, None),
    };

    let episode_ids: Vec<String> = (1..=input.other_episodes.len())
        .map(|n| format!("episode-{n}"))
        .collect();
    for (ep, id) in input.other_episodes.iter().zip(&episode_ids) {
        events.push(episode_event(rules, calendar, ep, id, today)?);
    }

    let elections = Elections {
        local_polling_day: input.local_polling_day,
        general_election: input.general_election,
    };
    let (visit_summary, forecast) = match &input.visit {
        Some(visit) => {
            let part = visit_part(rules, calendar, visit, &christmas, &elections, &mut events)?;
            warnings.extend(part.warnings);
            let summary = VisitSummary {
                previous_monitoring_visit: previous_monitoring_visit(input, &part.summary),
                ..part.summary
            };
            (Some(summary), part.forecast)
        }
        None => (None, None),
    };

    if let Some(meeting) = input.engagement_meeting {
        events.extend(annual_engagement(
            rules,
            calendar,
            meeting,
            self_evaluation_from,
        )?);
    }
    if let Some(e) = focused_action_plan(rules, input, &events) {
        events.push(e);
    }

    let final_was = events
        .iter()
        .find(|e| e.id == "final-report")
        .map(|e| e.date);
    let refused = chain::follow_recorded(calendar, &input.recorded, &mut events)?;
    // The computed plan's dates: the observed estimates are worked out again from them.
    let last_fieldwork_day = visit_summary.and_then(|v| v.last_fieldwork_day);
    let forecast = match (&input.visit, last_fieldwork_day, final_was, forecast) {
        (Some(visit), Some(last_fieldwork_day), Some(final_was), Some(f)) => {
            let after = after_fieldwork_input(visit, last_fieldwork_day, elections);
            let followed = after_fieldwork::follow_moved_final_report(
                rules,
                calendar,
                &after,
                final_was,
                &mut events,
            )?;
            Some(followed.unwrap_or(f))
        }
        (_, _, _, f) => f,
    };
    // The pre-election warnings follow the visit's, once the chain has moved the dates they are
    // about; then the recorded dates the chain refused.
    if input.visit.is_some() {
        let found = election_warnings(rules, calendar, &elections, &events, forecast.as_ref())?;
        warnings.extend(found);
    }
    warnings.extend(refused.into_iter().map(|e| refused_warning(e, &events)));
    let visit_summary = visit_summary.map(|v| followed_summary(v, &events));

    let mut episodes = gap_episodes(input, &episode_ids, visit_summary.as_ref());
    warnings.extend(gap_warnings(rules, &mut episodes));

    // Chronological, stable for same-day events.
    crate::engine::event::sort_by_date(&mut events);
    mark_warnings(&mut events, &warnings);
    Ok(Plan {
        rule_set: rules.name.to_string(),
        rule_set_id: rules.id.to_string(),
        pathway: summary,
        visit: visit_summary,
        events,
        warnings,
        publication_forecast: forecast,
        next_inspection_forecast: next_forecast,
    })
}

/// What the last inspection gives besides its events: the pathway and its warnings.
struct PathwayPart {
    warnings: Vec<Warning>,
    summary: PathwaySummary,
    next_forecast: Option<NextInspectionForecast>,
    /// For an inadequate authority, when self-evaluations start again (after the pause).
    self_evaluation_from: Option<NaiveDate>,
}

fn pathway_part(
    rules: &RuleSet,
    calendar: &Calendar,
    last: &LastInspection,
    today: NaiveDate,
    events: &mut Vec<Event>,
) -> Result<PathwayPart, PlanError> {
    let mut result = pathway(rules, calendar, last)?;
    let mut warnings = Vec::new();
    if let Some(w) = &result.summary.window {
        warnings.extend(window_passed(rules, w.latest, today));
    }
    let mut self_evaluation_from = None;
    events.append(&mut result.events);
    if let Some(t) = &result.summary.inadequate {
        if let Some(first) = t.monitoring_visits.first() {
            self_evaluation_from = add_months(
                *first,
                rules.inadequate.self_evaluation_pause_months.value as i32,
            );
        }
        events.extend(council_steps::inadequate_steps(rules, calendar, t)?);
    }
    let next_forecast = if matches!(result.summary.pathway, Pathway::One | Pathway::Two) {
        next_inspection_forecast(rules, last.first_onsite_day)
    } else {
        None
    };
    if let (Some(nf), Some(n)) = (&next_forecast, &rules.forecast.next_inspection) {
        events.extend(next_inspection_events(nf, n.source.citation()));
    }
    Ok(PathwayPart {
        warnings,
        summary: result.summary,
        next_forecast,
        self_evaluation_from,
    })
}

/// The observed months of the next inspection, as the two ends of a range on the timeline.
fn next_inspection_events(
    nf: &NextInspectionForecast,
    citation: crate::engine::event::Citation,
) -> impl Iterator<Item = Event> + '_ {
    // Both ends carry the same sentence: worked out once.
    let sentence = nf.sentence();
    [
        (
            "next-inspection-likely-from",
            nf.earliest,
            "Next inspection most likely from (observed)",
        ),
        (
            "next-inspection-likely-to",
            nf.latest,
            "Next inspection most likely by (observed)",
        ),
    ]
    .into_iter()
    .map(move |(id, date, title)| Event {
        // A forecast month is the estimate, shown as "August 2026", never as its first day.
        span: whole_month(date),
        ..Event::new(
            id.to_string(),
            Section::Pathway,
            EventKind::Window,
            date,
            title.to_string(),
            sentence.clone(),
            "Ofsted",
            citation.clone(),
            true,
        )
    })
}

/// The first and last day of `date`'s month.
fn whole_month(date: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    use chrono::Datelike;
    let first = date.with_day(1)?;
    Some((first, add_months(first, 1)?.pred_opt()?))
}

/// Another episode the person entered, past or planned.
fn episode_event(
    rules: &RuleSet,
    calendar: &Calendar,
    ep: &Episode,
    id: &str,
    today: NaiveDate,
) -> Result<Event, PlanError> {
    require_working_day(calendar, InputField::OtherEpisode, ep.first_day)?;
    let kind = if ep.first_day <= today {
        EventKind::PastEpisode
    } else {
        EventKind::PlannedEpisode
    };
    Ok(Event::new(
        id.to_string(),
        Section::Pathway,
        kind,
        ep.first_day,
        format!("Other episode: {}", ep.kind.name()),
        "Entered by you, for the timeline and the six-month gap check.".to_string(),
        "Ofsted; local authority",
        rules.cycle.episode_gap_months.source.citation(),
        false,
    ))
}

/// What the after-fieldwork timeline needs from the visit: for the computed plan, and again for
/// the estimates that follow a moved final report.
fn after_fieldwork_input(
    visit: &VisitInput,
    last_fieldwork_day: NaiveDate,
    elections: Elections,
) -> AfterFieldworkInput {
    AfterFieldworkInput {
        kind: visit.kind,
        last_fieldwork_day,
        monitoring_visit_number: visit.monitoring_visit_number,
        priority_actions: visit.priority_actions,
        elections,
    }
}

/// What the visit gives besides its events (its schedule, what follows fieldwork and the
/// council's steps): its warnings, key dates and the publication forecast.
struct VisitPart {
    warnings: Vec<Warning>,
    summary: VisitSummary,
    forecast: Option<PublicationForecast>,
}

fn visit_part(
    rules: &RuleSet,
    calendar: &Calendar,
    visit: &VisitInput,
    christmas: &FlaggedPeriod,
    elections: &Elections,
    events: &mut Vec<Event>,
) -> Result<VisitPart, PlanError> {
    if visit.kind == VisitKind::Monitoring && visit.monitoring_visit_number == 0 {
        return Err(PlanError::InvalidMonitoringVisitNumber { number: 0 });
    }
    let mut sched = schedule(rules, calendar, visit)?;
    let step_days = council_steps::StepDays {
        notification: Some(sched.notification),
        first_onsite_day: Some(sched.first_onsite_day),
        last_fieldwork_day: sched.last_fieldwork_day,
        inadequate: None,
    };
    let mut steps = council_steps::visit_steps(rules, calendar, visit.kind, &step_days)?;
    let warnings = visit_warnings(rules, calendar, &sched, visit.on_site_days, christmas)?;
    let mut after_events = Vec::new();
    let mut forecast = None;
    if let Some(last_day) = sched.last_fieldwork_day {
        let after = after_fieldwork(
            rules,
            calendar,
            &after_fieldwork_input(visit, last_day, *elections),
        )?;
        after_events = after.events;
        forecast = after.forecast;
        steps.extend(council_steps::second_set_letter(
            rules,
            calendar,
            visit.kind,
            visit.monitoring_visit_number,
            last_day,
        )?);
    }
    council_steps::annotate(rules, visit.kind, &mut sched.events);
    council_steps::annotate(rules, visit.kind, &mut after_events);
    let summary = VisitSummary {
        kind: sched.kind,
        notification: sched.notification,
        first_onsite_day: sched.first_onsite_day,
        last_fieldwork_day: sched.last_fieldwork_day,
        previous_monitoring_visit: None,
    };
    events.append(&mut sched.events);
    events.append(&mut after_events);
    events.append(&mut steps);
    Ok(VisitPart {
        warnings,
        summary,
        forecast,
    })
}

/// A recorded date the chain could not use, as a warning on its step (issue 26; the step shows
/// its computed date meanwhile), citing the rule the step's computed date comes from.
fn refused_warning(e: recorded::RecordError, events: &[Event]) -> Warning {
    let id = e.step().event_id();
    let citation = events
        .iter()
        .find(|ev| ev.id == id)
        .map(|ev| ev.citation.clone())
        .unwrap_or_else(|| {
            super::event::Citation::new("", "", super::event::CitationKind::Framework)
        });
    Warning {
        id: WarningId::RecordedDateRefused,
        severity: super::event::Severity::Warning,
        message: e.to_string(),
        events: vec![id],
        citation,
    }
}

/// The visit's key dates as recorded or moved by a recorded date.
fn followed_summary(v: VisitSummary, events: &[Event]) -> VisitSummary {
    let at = |id: &str| events.iter().find(|e| e.id == id).map(|e| e.date);
    VisitSummary {
        notification: at("notification").unwrap_or(v.notification),
        first_onsite_day: at("onsite-1").unwrap_or(v.first_onsite_day),
        last_fieldwork_day: at("feedback").or(v.last_fieldwork_day),
        ..v
    }
}

/// The latest monitoring visit among the other episodes that began before `visit` was notified.
fn previous_monitoring_visit(input: &PlanInput, visit: &VisitSummary) -> Option<NaiveDate> {
    if visit.kind != VisitKind::Monitoring {
        return None;
    }
    input
        .other_episodes
        .iter()
        .filter(|e| e.kind == VisitKind::Monitoring && e.first_day < visit.notification)
        .map(|e| e.first_day)
        .max()
}

/// F§220: after a focused visit (without priority actions), the updated action plan goes with
/// the next self-evaluation.
fn focused_action_plan(rules: &RuleSet, input: &PlanInput, events: &[Event]) -> Option<Event> {
    let visit = input.visit.as_ref()?;
    if visit.kind != VisitKind::Focused || visit.priority_actions {
        return None;
    }
    let final_letter = events.iter().find(|e| e.id == "final-report")?;
    let self_evaluations: Vec<&Event> = events
        .iter()
        .filter(|e| e.id.starts_with("self-evaluation-"))
        .collect();
    Some(council_steps::updated_action_plan(
        rules,
        final_letter.date,
        &self_evaluations,
    ))
}

/// The episodes the six-month gap check compares (monitoring visits are quarterly by design:
/// left out).
fn gap_episodes<'a>(
    input: &'a PlanInput,
    episode_ids: &'a [String],
    visit: Option<&VisitSummary>,
) -> Vec<(&'a str, NaiveDate, &'a str)> {
    let mut episodes = Vec::new();
    if let Some(last) = &input.last_inspection {
        episodes.push(("last-inspection", last.first_onsite_day, "last inspection"));
    }
    for (ep, id) in input.other_episodes.iter().zip(episode_ids) {
        if ep.kind != VisitKind::Monitoring {
            episodes.push((id.as_str(), ep.first_day, ep.kind.name()));
        }
    }
    if let Some(v) = visit.filter(|v| v.kind != VisitKind::Monitoring) {
        let id = if v.kind == VisitKind::Jtai {
            "fieldwork-week"
        } else {
            "onsite-1"
        };
        episodes.push((id, v.first_onsite_day, v.kind.name()));
    }
    episodes
}

/// Marks each event with the warnings that concern it. Looked up by id through a map: linear
/// however many events and warnings there are.
fn mark_warnings(events: &mut [Event], warnings: &[Warning]) {
    if warnings.is_empty() {
        return;
    }
    let marks: Vec<(usize, WarningId)> = {
        let index: HashMap<&str, usize> = events
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i))
            .collect();
        warnings
            .iter()
            .flat_map(|w| w.events.iter().map(move |id| (id, w.id)))
            .filter_map(|(id, warning)| Some((*index.get(id.as_str())?, warning)))
            .collect()
    };
    for (i, warning) in marks {
        if let Some(e) = events.get_mut(i) {
            if !e.warnings.contains(&warning) {
                e.warnings.push(warning);
            }
        }
    }
}
