//! "Visit schedule": choose a kind of visit and a date; see every day from the phone call to
//! feedback. Dates update as soon as a real date is typed or a day is picked on the calendar.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::agenda::{Agenda, WarningSummary};
use super::app_state::AppState;
use super::calendar_panel::CalendarPanel;
use super::date_input::{first_box_id, DateInput, DateParts};
use super::error_summary::{ErrorSummary, FieldError};
use super::form::{Choice, Radios};
use crate::app::forms::{KnownDate, VisitForm};
use crate::engine::error::InputField;
use crate::engine::event::Section;
use crate::engine::rules::VisitKind;
use crate::engine::timeline;
use crate::engine::visit_schedule::{Anchor, OnSiteDays};

const DATE_ID: &str = "visit-date";

#[component]
pub fn VisitView() -> impl IntoView {
    let state = AppState::get();
    let existing = state.input.with_untracked(|i| i.visit);
    let kind = RwSignal::new(existing.map_or(VisitKind::Standard, |v| v.kind));
    let days = RwSignal::new(existing.map_or(OnSiteDays::TueWed, |v| v.on_site_days));
    let known = RwSignal::new(match existing.map(|v| v.anchor) {
        Some(Anchor::FirstOnSiteDay(_)) => KnownDate::FirstOnSiteDay,
        _ => KnownDate::Notification,
    });
    let number = RwSignal::new(existing.map_or(1, |v| v.monitoring_visit_number.max(1)));
    let priority = RwSignal::new(existing.is_some_and(|v| v.priority_actions));
    let parts = DateParts::new();
    if let Some(v) = existing {
        parts.set(v.anchor.date());
    }
    let submitted = RwSignal::new(false);
    let summary_errors = RwSignal::new(Vec::<FieldError>::new());

    // The one place the form turns into plan input, called from the form's own events (and a
    // day picked on the calendar).
    let apply = move || {
        let form = VisitForm {
            kind: kind.get_untracked(),
            days: days.get_untracked(),
            known: known.get_untracked(),
            number: number.get_untracked(),
            priority: priority.get_untracked(),
        };
        let date = parts.parse_untracked().ok();
        state.edit_input(|input| {
            form.apply(date, input);
        });
    };

    let field_error = Signal::derive(move || {
        let label = known.get().label();
        if let Err(e) = parts.parse() {
            return submitted.get().then(|| e.message(label));
        }
        match state.plan.get() {
            Err(e)
                if matches!(
                    e.field(),
                    Some(InputField::NotificationDay | InputField::FirstOnSiteDay)
                ) =>
            {
                Some(e.to_string())
            }
            _ => None,
        }
    });
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        submitted.set(true);
        let mut errors = Vec::new();
        if let Some(message) = field_error.get_untracked() {
            errors.push(FieldError {
                field_id: first_box_id(DATE_ID),
                message,
            });
        } else if let Err(e) = state.plan.get_untracked() {
            errors.push(FieldError {
                field_id: first_box_id(DATE_ID),
                message: e.to_string(),
            });
        }
        summary_errors.set(errors);
    };
    let pick = move |date: NaiveDate| {
        parts.set(date);
        apply();
    };
    let focus_or_tracked = move || matches!(kind.get(), VisitKind::Focused | VisitKind::Monitoring);

    view! {
        <ErrorSummary errors=summary_errors />
        <form novalidate on:submit=on_submit class="app-form" on:input=move |_| apply() on:change=move |_| apply() on:paste=move |_| apply()>
            <Radios
                name="visit-kind"
                legend="What kind of visit?"
                choices=vec![
                    Choice { value: VisitKind::Standard, label: "Standard inspection", hint: Some("Two weeks on site; for authorities that require improvement (pathway 2).") },
                    Choice { value: VisitKind::Short, label: "Short inspection", hint: Some("One week on site; for good or outstanding authorities (pathway 1).") },
                    Choice { value: VisitKind::Focused, label: "Focused visit", hint: Some("Two days on site, between inspections.") },
                    Choice { value: VisitKind::Monitoring, label: "Monitoring visit", hint: Some("Two days on site; for inadequate authorities (pathway 3).") },
                    Choice { value: VisitKind::Jtai, label: "Joint targeted area inspection (JTAI)", hint: Some("Only the notice period and the fieldwork week are known.") },
                ]
                selected=kind.into()
                on_pick=Callback::new(move |k| kind.set(k))
            />
            <Show when=focus_or_tracked>
                <Radios
                    name="visit-days"
                    legend="Which days are inspectors on site?"
                    choices=vec![
                        Choice { value: OnSiteDays::TueWed, label: "Tuesday and Wednesday", hint: None },
                        Choice { value: OnSiteDays::WedThu, label: "Wednesday and Thursday", hint: Some("Every step is one day later.") },
                    ]
                    selected=days.into()
                    on_pick=Callback::new(move |d| days.set(d))
                    inline=true
                />
            </Show>
            <Show when=move || kind.get() == VisitKind::Monitoring>
                <div class="govuk-form-group">
                    <label class="govuk-label govuk-label--s" for="monitoring-number">"Which monitoring visit is it?"</label>
                    <div class="govuk-hint" id="monitoring-number-hint">"The letter after a first monitoring visit is not usually published."</div>
                    <select
                        class="govuk-select"
                        id="monitoring-number"
                        aria-describedby="monitoring-number-hint"
                        on:change=move |e| number.set(event_target_value(&e).parse().unwrap_or(1))
                        prop:value=move || number.get().to_string()
                    >
                        {(1u8..=8)
                            .map(|n| view! { <option value=n.to_string()>{format!("Visit {n}")}</option> })
                            .collect_view()}
                    </select>
                </div>
            </Show>
            <Show when=move || kind.get() == VisitKind::Focused>
                <div class="govuk-form-group">
                    <div class="govuk-checkboxes govuk-checkboxes--small">
                        <div class="govuk-checkboxes__item">
                            <input
                                class="govuk-checkboxes__input"
                                id="priority-actions"
                                type="checkbox"
                                prop:checked=move || priority.get()
                                on:change=move |e| priority.set(event_target_checked(&e))
                            />
                            <label class="govuk-label govuk-checkboxes__label" for="priority-actions">
                                "The letter names areas for priority action"
                            </label>
                        </div>
                    </div>
                </div>
            </Show>
            <Radios
                name="visit-known"
                legend="Which date do you know?"
                choices=vec![
                    Choice { value: KnownDate::Notification, label: "The notification date (the day of the phone call)", hint: Some("For a monitoring visit: the day Ofsted asks for child-level data.") },
                    Choice { value: KnownDate::FirstOnSiteDay, label: "The first day inspectors are on site", hint: None },
                ]
                selected=known.into()
                on_pick=Callback::new(move |k| known.set(k))
            />
            {move || {
                let label = known.get().label();
                view! {
                    <DateInput
                        id=DATE_ID
                        label=label
                        hint="For example, 2 3 2026. You can paste a date like 2/3/2026 or pick a day on the calendar below."
                        parts=parts
                        error=field_error
                    />
                }
            }}
            <button type="submit" class="govuk-button">"Show dates"</button>
        </form>
        <PlanSection section=Section::Visit on_pick=Callback::new(pick) empty="Enter a date to see the schedule." />
        <super::deferral::DeferralGuidance />
    }
}

/// The calendar, warnings and agenda for one section of the plan.
#[component]
pub fn PlanSection(
    section: Section,
    /// Called when a day is picked on the calendar ("what if this were the date?").
    #[prop(optional)]
    on_pick: Option<Callback<NaiveDate>>,
    empty: &'static str,
    /// Also show events of these sections (e.g. the inadequate sequence after fieldwork).
    #[prop(optional)]
    also: Vec<Section>,
    /// Leave out the events the pathway timeline already lists.
    #[prop(optional)]
    without_timeline: bool,
    /// Leave out the annual cycle's events (the pathway page lists them in their own section).
    #[prop(optional)]
    without_annual: bool,
) -> impl IntoView {
    let state = AppState::get();
    let events = Memo::new(move |_| {
        state.plan.with(|p| match p {
            Ok(plan) => plan
                .events
                .iter()
                .filter(|e| e.section == section || also.contains(&e.section))
                .filter(|e| !(without_timeline && timeline::on_timeline(e)))
                .cloned()
                .collect::<Vec<_>>(),
            Err(_) => Vec::new(),
        })
    });
    // The calendar marks every event (with `data-marker`); the agenda owns the ids it lists.
    let listed = Memo::new(move |_| {
        events.with(|es| {
            es.iter()
                .filter(|e| !(without_annual && is_annual(e)))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let warnings = Memo::new(move |_| {
        let ids: Vec<String> = events.with(|es| es.iter().map(|e| e.id.clone()).collect());
        state.plan.with(|p| match p {
            Ok(plan) => plan
                .warnings
                .iter()
                .filter(|w| {
                    w.events.is_empty() && section == Section::Pathway
                        || w.events.iter().any(|id| ids.contains(id))
                })
                .cloned()
                .collect::<Vec<_>>(),
            Err(_) => Vec::new(),
        })
    });
    view! {
        {move || view! { <WarningSummary warnings=warnings.get() /> }}
        <section class="app-section" aria-labelledby=format!("{}-calendar-heading", section_slug(section))>
            <h2 class="govuk-heading-m" id=format!("{}-calendar-heading", section_slug(section))>"Calendar"</h2>
            <CalendarPanel events=events on_pick=on_pick id=calendar_id(section) />
        </section>
        <section class="app-section" aria-labelledby=format!("{}-agenda-heading", section_slug(section))>
            <h2 class="govuk-heading-m" id=format!("{}-agenda-heading", section_slug(section))>"Day by day"</h2>
            {move || view! { <Agenda events=listed.get() warnings=warnings.get() empty=empty /> }}
        </section>
    }
}

/// An event of the annual cycle (`self-evaluation-n`, `engagement-meeting-n`,
/// `engagement-letter-n`).
fn is_annual(event: &crate::engine::event::Event) -> bool {
    crate::engine::annual::annual_cycle()
        .iter()
        .any(|step| event.id.starts_with(step.event_prefix))
}

fn calendar_id(section: Section) -> &'static str {
    match section {
        Section::Pathway => "pathway-calendar",
        Section::Visit => "visit-calendar",
        Section::AfterFieldwork => "after-calendar",
        Section::Monitoring => "monitoring-calendar",
    }
}

fn section_slug(section: Section) -> &'static str {
    match section {
        Section::Pathway => "pathway",
        Section::Visit => "visit",
        Section::AfterFieldwork => "after",
        Section::Monitoring => "monitoring",
    }
}
