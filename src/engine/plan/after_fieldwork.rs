//! After fieldwork: draft report, comments, final report, publication and action plans.
//!
//! Offsets are working days after the last day of fieldwork, from the rule set's report
//! timetables (F§216). Under a rule set with observed publication data, the observed estimate is
//! shown beside the framework date and marked as an estimate.

use chrono::NaiveDate;

use crate::engine::calendar::Calendar;
use crate::engine::event::{Event, EventKind, Section};
use crate::engine::plan::chain::follows_words;
use crate::engine::plan::forecast::{publication_forecast, Elections, PublicationForecast};
use crate::engine::plan::plan_error::PlanError;
use crate::engine::rules::{sourced_event, Estimate, ReportKind, RuleSet, VisitKind};

/// What the after-fieldwork timeline needs to know about the visit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AfterFieldworkInput {
    pub kind: VisitKind,
    pub last_fieldwork_day: NaiveDate,
    /// For monitoring visits: which visit (1 = first).
    pub monitoring_visit_number: u8,
    /// For focused visits: the letter names areas for priority action.
    pub priority_actions: bool,
    /// Elections that can hold publication back (for the observed forecast).
    pub elections: Elections,
}

/// What follows fieldwork.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AfterFieldwork {
    /// In chronological order.
    pub events: Vec<Event>,
    /// The observed publication forecast, when the events show it (`publication-observed`).
    pub forecast: Option<PublicationForecast>,
}

/// The events after fieldwork and the publication forecast they show. No events when the rule
/// set has no report timetable for the kind (JTAI).
pub fn after_fieldwork(
    rules: &RuleSet,
    calendar: &Calendar,
    input: &AfterFieldworkInput,
) -> Result<AfterFieldwork, PlanError> {
    let pattern = rules.visit(input.kind);
    let Some(report_kind) = pattern.report else {
        return Ok(AfterFieldwork::default());
    };
    let t = rules.report(report_kind);
    let end = input.last_fieldwork_day;
    let doc = match report_kind {
        ReportKind::Judgement => "report",
        ReportKind::Letter => "letter",
    };
    let mut events = Vec::with_capacity(8);

    let draft = calendar.add_working_days(end, t.draft.value)?;
    events.push(sourced_event(
        Section::AfterFieldwork,
        "draft-report",
        EventKind::Report,
        draft,
        match report_kind {
            ReportKind::Judgement => "Draft report sent for factual accuracy check",
            ReportKind::Letter => "Draft letter sent for factual accuracy check",
        },
        format!(
            "Ofsted sends the draft {doc} to the local authority to check for factual accuracy, {} working days after fieldwork ends.",
            t.draft.value
        ),
        "Lead inspector; DCS",
        &t.draft.source,
        Estimate::Exact,
    ));

    let comments = calendar.add_working_days(draft, t.comments.value)?;
    events.push(sourced_event(
        Section::AfterFieldwork,
        "la-comments-due",
        EventKind::Deadline,
        comments,
        "Factual accuracy comments due",
        format!(
            "The local authority returns its factual accuracy comments, {} working days after receiving the draft.",
            t.comments.value
        ),
        "Local authority (DCS)",
        &t.comments.source,
        Estimate::Exact,
    ));

    let final_report = calendar.add_working_days(end, t.final_report.value)?;
    let after_note = match input.kind {
        VisitKind::Monitoring => " No action plan is needed after a monitoring visit (framework paragraph 221).",
        VisitKind::Focused if !input.priority_actions => {
            " Update the existing action plan and send it with the next self-evaluation (framework paragraph 220)."
        }
        _ => "",
    };
    events.push(sourced_event(
        Section::AfterFieldwork,
        "final-report",
        EventKind::Report,
        final_report,
        match report_kind {
            ReportKind::Judgement => "Final report sent under embargo",
            ReportKind::Letter => "Final letter sent under embargo",
        },
        format!(
            "Ofsted sends the final {doc} to the local authority (and the DfE) before publication; it is under embargo until published.{after_note}"
        ),
        "Ofsted; DCS",
        &t.final_report.source,
        Estimate::Exact,
    ));

    let forecast = publication_events(
        rules,
        calendar,
        input,
        report_kind,
        final_report,
        &mut events,
    )?;
    events.extend(action_plan_events(rules, calendar, input, final_report)?);
    crate::engine::event::sort_by_date(&mut events);
    Ok(AfterFieldwork { events, forecast })
}

/// Publication: the framework's day, and under a rule set with observed data the most likely day
/// and the day by which three in four were out; or, after a first monitoring visit, the note that
/// the letter is not usually published. Returns the forecast when the events show it.
fn publication_events(
    rules: &RuleSet,
    calendar: &Calendar,
    input: &AfterFieldworkInput,
    report_kind: ReportKind,
    final_report: NaiveDate,
    events: &mut Vec<Event>,
) -> Result<Option<PublicationForecast>, PlanError> {
    let t = rules.report(report_kind);
    let end = input.last_fieldwork_day;
    let doc_cap = match report_kind {
        ReportKind::Judgement => "Report",
        ReportKind::Letter => "Letter",
    };
    let mut shown = None;
    let first_monitoring =
        input.kind == VisitKind::Monitoring && input.monitoring_visit_number <= 1;
    let published = !first_monitoring || rules.reports.first_monitoring_letter_published.value;
    let publication = calendar.add_working_days(end, t.publication.value)?;
    if published {
        events.push(sourced_event(
            Section::AfterFieldwork,
            "publication",
            EventKind::Publication,
            publication,
            match report_kind {
                ReportKind::Judgement => "Report published (framework timetable)",
                ReportKind::Letter => "Letter published (framework timetable)",
            },
            format!(
                "{doc_cap} published on Ofsted's website, {} working days after fieldwork ends (framework timetable).",
                t.publication.value
            ),
            "Ofsted",
            &t.publication.source,
            Estimate::Exact,
        ));
        let forecast = publication_forecast(rules, calendar, input.kind, end, &input.elections)?;
        let observed = t.observed_publication.iter().rev().find(|o| o.from <= end);
        if let (Some(fc), Some(o)) = (forecast, observed) {
            let mut why = fc.reasons().join(" ");
            if !why.is_empty() {
                why.insert(0, ' ');
            }
            let sentence = fc.sentence();
            events.push(sourced_event(
                Section::AfterFieldwork,
                "publication-observed",
                EventKind::Publication,
                fc.likely.date,
                "Publication most likely (observed estimate)",
                format!(
                    "{sentence} Estimate, not a rule: {} working days after fieldwork ends, {}.{why} {}",
                    fc.likely_working_days,
                    fc.likely_label,
                    rules.forecast.election_practice.value
                ),
                "Ofsted",
                &o.working_days.source,
                Estimate::Estimated,
            ));
            if let (Some(by), Some(n), Some(q)) = (&fc.by, fc.by_working_days, o.three_in_four) {
                events.push(sourced_event(
                    Section::AfterFieldwork,
                    "publication-observed-by",
                    EventKind::Publication,
                    by.date,
                    "Three in four published by (observed estimate)",
                    format!(
                        "{sentence} Estimate, not a rule: three in four comparable reports were published within {n} working days of the end of fieldwork; the date given is the end of that week.{why}"
                    ),
                    "Ofsted",
                    &q.source,
                    Estimate::Estimated,
                ));
            }
            shown = Some(fc);
        }
    } else {
        let s = &rules.reports.first_monitoring_letter_published.source;
        events.push(sourced_event(
            Section::AfterFieldwork,
            "letter-not-published",
            EventKind::Note,
            final_report,
            "Letter not usually published",
            "After a first monitoring visit the letter is not usually published (unless this is a second set of monitoring visits).".to_string(),
            "Ofsted",
            s,
            Estimate::Exact,
        ));
    }
    Ok(shown)
}

/// Issue 26: once a recorded date moved the final report (from `final_was`, the computed plan's
/// date), the observed estimates that follow it are worked out again, Christmas pause and
/// election holds included, exactly as for a computed plan: from the end of fieldwork that puts
/// the final report on its moved day (as many working days before it as the computed report came
/// after fieldwork, so each estimate follows the report as the chain counts; a report recorded
/// on a weekend counts from the working day before, as the chain's counting does). Their dates,
/// words and what they follow are rewritten in `events`. `None` when the final report did not
/// move or the plan has no forecast: nothing to change.
pub fn follow_moved_final_report(
    rules: &RuleSet,
    calendar: &Calendar,
    input: &AfterFieldworkInput,
    final_was: NaiveDate,
    events: &mut [Event],
) -> Result<Option<PublicationForecast>, PlanError> {
    let Some(fin) = events.iter().find(|e| e.id == "final-report").cloned() else {
        return Ok(None);
    };
    if fin.date == final_was {
        return Ok(None);
    }
    let after = calendar.working_days_between(input.last_fieldwork_day, final_was)?;
    let moved = AfterFieldworkInput {
        last_fieldwork_day: calendar
            .add_working_days(calendar.working_day_on_or_before(fin.date)?, -after)?,
        ..*input
    };
    // The whole timeline again, for its two estimates: the code that words them once.
    for a in after_fieldwork(rules, calendar, &moved)?.events {
        if !a.id.starts_with("publication-observed") {
            continue;
        }
        if let Some(e) = events.iter_mut().find(|e| e.id == a.id) {
            e.follows = follows_words(calendar, &fin, a.date)?;
            e.date = a.date;
            e.detail = a.detail;
        }
    }
    publication_forecast(
        rules,
        calendar,
        moved.kind,
        moved.last_fieldwork_day,
        &moved.elections,
    )
}

/// The action plan responding to an inspection's report, due a number of working days after the
/// final report is received: worked out here for both timelines. After fieldwork it is a
/// deadline counted from the report's date; on the pathway (after an inadequate judgement) it
/// counts from an estimated report date, so it is an estimate too.
pub fn action_plan_due(
    rules: &RuleSet,
    calendar: &Calendar,
    report_received: NaiveDate,
    section: Section,
) -> Result<Event, PlanError> {
    let rule = &rules.action_plans.after_inspection;
    let due = calendar.add_working_days(report_received, rule.value)?;
    let (id, detail, estimate) = if section == Section::Pathway {
        (
            "inadequate-action-plan-due",
            format!(
                "The action plan responding to the inspection is due within {} working days of receiving the final report.",
                rule.value
            ),
            Estimate::Estimated,
        )
    } else {
        (
            "action-plan-due",
            format!(
                "The local authority sends Ofsted its action plan responding to the report, within {} working days of receiving the final report.",
                rule.value
            ),
            Estimate::Exact,
        )
    };
    Ok(sourced_event(
        section,
        id,
        EventKind::Deadline,
        due,
        "Action plan due",
        detail,
        "Local authority (DCS)",
        &rule.source,
        estimate,
    ))
}

/// The action plans the report or letter asks for (none after a monitoring visit, F§221).
fn action_plan_events(
    rules: &RuleSet,
    calendar: &Calendar,
    input: &AfterFieldworkInput,
    final_report: NaiveDate,
) -> Result<Vec<Event>, PlanError> {
    let mut events = Vec::with_capacity(2);
    match input.kind {
        VisitKind::Standard | VisitKind::Short => {
            events.push(action_plan_due(
                rules,
                calendar,
                final_report,
                Section::AfterFieldwork,
            )?);
        }
        VisitKind::Focused if input.priority_actions => {
            let d = &rules.action_plans.priority_draft;
            let f = &rules.action_plans.priority_final;
            events.push(sourced_event(
                Section::AfterFieldwork,
                "priority-action-plan-draft-due",
                EventKind::Deadline,
                calendar.add_working_days(final_report, d.value)?,
                "Draft plan for priority actions due",
                format!(
                    "The letter names areas for priority action: a draft plan is due within {} working days of receiving the letter.",
                    d.value
                ),
                "Local authority (DCS)",
                &d.source,
                Estimate::Exact,
            ));
            events.push(sourced_event(
                Section::AfterFieldwork,
                "priority-action-plan-due",
                EventKind::Deadline,
                calendar.add_working_days(final_report, f.value)?,
                "Final plan for priority actions due",
                format!(
                    "The final plan for the areas for priority action is due within {} working days of receiving the letter.",
                    f.value
                ),
                "Local authority (DCS)",
                &f.source,
                Estimate::Exact,
            ));
        }
        _ => {}
    }
    Ok(events)
}
