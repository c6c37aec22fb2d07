//! Calendar-constraint checks that raise warnings (never errors): August, Christmas and New
//! Year, bank holidays inside fieldwork, an unusual notification weekday, pre-election periods,
//! episodes under six months apart and a window that has already passed.

use chrono::{Datelike, NaiveDate};

use crate::engine::calendar::dates::{add_months, day_month_year, weekday_name};
use crate::engine::calendar::Calendar;
use crate::engine::event::{Event, EventKind, Severity, Warning, WarningId};
use crate::engine::plan::plan_error::PlanError;
use crate::engine::plan::visit_schedule::{OnSiteDays, Schedule};
use crate::engine::rules::{FlaggedPeriod, RuleSet, VisitKind};

fn ids(events: &[Event], keep: impl Fn(&Event) -> bool) -> Vec<String> {
    events
        .iter()
        .filter(|e| keep(e))
        .map(|e| e.id.clone())
        .collect()
}

/// Days that count as "notice or on-site" for the August and Christmas checks.
fn is_visit_day(e: &Event) -> bool {
    e.kind != EventKind::Note
}

/// Warnings about one visit's notice period and fieldwork.
pub fn visit_warnings(
    rules: &RuleSet,
    calendar: &Calendar,
    schedule: &Schedule,
    on_site_days: OnSiteDays,
    christmas: &FlaggedPeriod,
) -> Result<Vec<Warning>, PlanError> {
    let mut out = Vec::new();
    out.extend(august_warning(rules, schedule));
    out.extend(christmas_warning(rules, schedule, christmas));
    out.extend(bank_holiday_warning(calendar, schedule));
    out.extend(notification_day_note(
        rules,
        calendar,
        schedule,
        on_site_days,
    ));
    Ok(out)
}

/// August (F§14).
fn august_warning(rules: &RuleSet, schedule: &Schedule) -> Option<Warning> {
    let kind = schedule.kind;
    let name = kind.name();
    let events = &schedule.events;
    let august = rules.flagged.august_month.value;
    let in_august = ids(events, |e| is_visit_day(e) && e.date.month() == august);
    if !in_august.is_empty() {
        let source = rules.flagged.august_month.source;
        let (severity, message) = match kind {
            VisitKind::Monitoring => (None, String::new()),
            VisitKind::Focused => (
                Some(Severity::Info),
                "Part of this focused visit falls in August: focused visits happen in August only by agreement or if concerns arise (framework paragraph 14).".to_string(),
            ),
            _ => (
                Some(Severity::Warning),
                format!(
                    "Part of this {name} falls in August. Only planned monitoring visits, and focused visits by agreement or if concerns arise, usually take place in August (framework paragraph 14); no published inspection has been seen to start in August."
                ),
            ),
        };
        return severity.map(|severity| Warning {
            id: WarningId::August,
            severity,
            message,
            events: in_august,
            citation: source.citation(),
        });
    }
    None
}

/// Christmas and New Year (F§14; the dates are a planner convention).
fn christmas_warning(
    rules: &RuleSet,
    schedule: &Schedule,
    christmas: &FlaggedPeriod,
) -> Option<Warning> {
    let name = schedule.kind.name();
    let in_christmas = ids(&schedule.events, |e| {
        is_visit_day(e) && christmas.contains(e.date)
    });
    if in_christmas.is_empty() {
        return None;
    }
    Some(Warning {
        id: WarningId::ChristmasNewYear,
        severity: Severity::Warning,
        message: format!(
            "Part of this {name} falls in the Christmas and New Year period ({} {} to {} {}). Inspections do not usually begin over Christmas and New Year (framework paragraph 14); the period's dates are this planner's convention and can be changed.",
            christmas.start_day,
            crate::engine::calendar::dates::month_name(christmas.start_month),
            christmas.end_day,
            crate::engine::calendar::dates::month_name(christmas.end_month)
        ),
        events: in_christmas,
        citation: rules.flagged.christmas_default.source.citation(),
    })
}

/// A bank holiday inside fieldwork.
fn bank_holiday_warning(calendar: &Calendar, schedule: &Schedule) -> Option<Warning> {
    let events = &schedule.events;
    let last = schedule.last_fieldwork_day?;
    let holidays = calendar.holidays_between(schedule.first_onsite_day, last);
    let first_holiday = holidays.first()?;
    let names: Vec<String> = holidays
        .iter()
        .map(|h| format!("{} ({})", h.title, day_month_year(h.date)))
        .collect();
    Some(Warning {
        id: WarningId::BankHolidayInFieldwork,
        severity: Severity::Warning,
        message: format!(
            "{} falls during fieldwork. The planner counts fieldwork in working days, so it skips the holiday and fieldwork ends on {}. Ofsted has not been seen to schedule fieldwork over a bank holiday, so expect different dates.",
            names.join(" and "),
            day_month_year(last)
        ),
        events: ids(events, |e| {
            e.date > first_holiday.date
                && e.date <= last
                && matches!(e.kind, EventKind::OnSite | EventKind::Feedback)
        }),
        citation: crate::engine::event::Citation::new(
            "observed",
            "Observed in 255 published reports 2018–2026: no on-site period contained a bank holiday",
            crate::engine::event::CitationKind::Observed,
        ),
    })
}

/// Notification not on the usual weekday. A notification moved earlier because a bank holiday
/// falls in the notice period is usual: F§73 footnote 18 names the Monday and Easter cases, and a
/// holiday later in the notice week (the 2022 Jubilee, VE Day 2020) moves the call the same way,
/// since the notice is counted in working days.
fn notification_day_note(
    rules: &RuleSet,
    calendar: &Calendar,
    schedule: &Schedule,
    on_site_days: OnSiteDays,
) -> Option<Warning> {
    let kind = schedule.kind;
    let name = kind.name();
    let pattern = rules.visit(kind);
    let usual = pattern.usual_notification_weekday.as_ref()?;
    let later = on_site_days == OnSiteDays::WedThu && pattern.later_variant.is_some();
    let usual_day = if later {
        usual.value.succ()
    } else {
        usual.value
    };
    let n = schedule.notification;
    let moved_for_holiday = !calendar
        .holidays_between(n, schedule.first_onsite_day)
        .is_empty();
    if n.weekday() == usual_day || moved_for_holiday {
        return None;
    }
    Some(Warning {
        id: WarningId::UnusualNotificationDay,
        severity: Severity::Info,
        message: format!(
            "The notification falls on a {}; for a {name} it is usually a {}{}.",
            weekday_name(n.weekday()),
            weekday_name(usual_day),
            if later {
                " (Wednesday–Thursday visit)"
            } else {
                ""
            }
        ),
        events: vec!["notification".to_string()],
        citation: usual.source.citation(),
    })
}

/// One episode of inspection activity for the gap check: (event id, first day, description).
pub type Episode<'a> = (&'a str, NaiveDate, &'a str);

/// Warnings for consecutive episodes less than the rule set's gap apart.
pub fn gap_warnings(rules: &RuleSet, episodes: &mut [Episode<'_>]) -> Vec<Warning> {
    // By cached (date, position) keys: stable, and the same compiled sort as events' dates.
    episodes.sort_by_cached_key(|e| e.1);
    let gap = &rules.cycle.episode_gap_months;
    let mut out = Vec::new();
    for pair in episodes.windows(2) {
        let [(a_id, a, a_name), (b_id, b, b_name)] = pair else {
            continue;
        };
        let Some(limit) = add_months(*a, gap.value as i32) else {
            continue;
        };
        if *b < limit {
            out.push(Warning {
                id: WarningId::EpisodesTooClose,
                severity: Severity::Warning,
                message: format!(
                    "The {b_name} ({}) is less than {} months after the {a_name} ({}). Ofsted tries to leave at least {} months between episodes of inspection activity.",
                    day_month_year(*b),
                    gap.value,
                    day_month_year(*a),
                    gap.value
                ),
                events: vec![a_id.to_string(), b_id.to_string()],
                citation: gap.source.citation(),
            });
        }
    }
    out
}

/// A warning when the window's last day is before `today`.
pub fn window_passed(rules: &RuleSet, latest: NaiveDate, today: NaiveDate) -> Option<Warning> {
    (latest < today).then(|| Warning {
        id: WarningId::WindowPassed,
        severity: Severity::Warning,
        message: format!(
            "The usual window for the next judgement inspection closed on {}, before today ({}). The inspection is overdue by the usual timing, or a later inspection is missing from the plan.",
            day_month_year(latest),
            day_month_year(today)
        ),
        events: vec!["window-closes".to_string()],
        citation: rules.cycle.window_months_after.source.citation(),
    })
}
