//! "Visit schedule": choose a kind of visit and a date; see every day from the phone call to
//! feedback. Dates update as soon as a real date is typed or a day is picked on the calendar.
//! Once the dates are shown the questions fold away into a summary of the answers, so the key
//! dates sit at the top of the page.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::app::forms::{KnownDate, VisitForm, VisitQuestion};
use crate::engine::calendar::dates::{long_date, DateInputError};
use crate::engine::event::Section;
use crate::engine::plan::plan_error::{InputField, PlanError};
use crate::engine::plan::visit_schedule::OnSiteDays;
use crate::engine::rules::VisitKind;
use crate::ui::platform;
use crate::ui::sections::key_dates::KEY_DATES_HEADING;
use crate::ui::sections::plan_section::PlanSection;
use crate::ui::state::app_state::AppState;
use crate::ui::widgets::date_input::{first_box_id, DateInput, DateParts};
use crate::ui::widgets::error_summary::{page_errors, FieldError};
use crate::ui::widgets::form::{Choice, QuestionsForm, Radios};
use crate::ui::widgets::time::DateTime;

const DATE_ID: &str = "visit-date";

/// The control an error summary's link for an unanswered question moves focus to.
fn question_field(question: VisitQuestion) -> &'static str {
    match question {
        VisitQuestion::Kind => "visit-kind-1",
        VisitQuestion::Days => "visit-days-1",
        VisitQuestion::Known => "visit-known-1",
    }
}

/// What the person has chosen, shared by the questions and the summary of answers.
#[derive(Clone, Copy)]
struct Answers {
    kind: RwSignal<Option<VisitKind>>,
    days: RwSignal<Option<OnSiteDays>>,
    known: RwSignal<Option<KnownDate>>,
    number: RwSignal<u8>,
    priority: RwSignal<bool>,
    parts: DateParts,
}

impl Answers {
    /// The answers the open plan already holds.
    fn from_plan(state: AppState) -> Self {
        let existing = state.input.with_untracked(|i| i.visit);
        let form = VisitForm::from_input(existing.as_ref());
        let parts = DateParts::new();
        if let Some(v) = existing {
            parts.set(v.anchor.date());
        }
        Answers {
            kind: RwSignal::new(form.kind),
            days: RwSignal::new(form.days),
            known: RwSignal::new(form.known),
            number: RwSignal::new(form.number),
            priority: RwSignal::new(form.priority),
            parts,
        }
    }

    /// The answers as they stand, read where a change must show again (an error that clears once
    /// the question is answered).
    fn tracked_form(self) -> VisitForm {
        VisitForm {
            kind: self.kind.get(),
            days: self.days.get(),
            known: self.known.get(),
            number: self.number.get(),
            priority: self.priority.get(),
        }
    }

    fn form(self) -> VisitForm {
        untrack(|| self.tracked_form())
    }

    /// Writes the answers into the open plan: the one place the form turns into plan input,
    /// called from the form's own events (and a day picked on the calendar).
    fn apply(self, state: AppState) {
        // A `change` event can arrive as the form is taken down (Back while typing).
        if self.kind.is_disposed() || self.parts.day.is_disposed() {
            return;
        }
        let form = self.form();
        let date = self.parts.parse_untracked().ok();
        state.edit_input(|input| {
            form.apply(date, input);
        });
    }
}

#[component]
pub fn VisitView() -> impl IntoView {
    let state = AppState::get();
    let answers = Answers::from_plan(state);
    // The questions are open until the plan has a visit; a link to a plan opens on its dates.
    let asking = RwSignal::new(state.input.with_untracked(|i| i.visit.is_none()));
    let errors = page_errors();
    let pick = move |date: NaiveDate| {
        answers.parts.set(date);
        answers.apply(state);
    };
    view! {
        {move || if asking.get() {
            view! { <Questions answers=answers asking=asking /> }.into_any()
        } else {
            view! { <AnswersSummary answers=answers asking=asking /> }.into_any()
        }}
        // While the questions show errors, the schedule of the answers given before is hidden:
        // it no longer answers what is asked.
        <Show when=move || errors.list.with(Vec::is_empty)>
            <PlanSection section=Section::Visit on_pick=Callback::new(pick) empty="Enter a date to see the schedule." />
        </Show>
        <crate::ui::sections::deferral::DeferralGuidance />
    }
}

/// The answers given, each with a "Change" link that opens the questions again (GOV.UK "check
/// answers").
#[component]
fn AnswersSummary(answers: Answers, asking: RwSignal<bool>) -> impl IntoView {
    let state = AppState::get();
    let change = move |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        asking.set(true);
        platform::focus_after_render("visit-kind-1");
    };
    let visit = move || state.input.with(|i| i.visit);
    view! {
        <section class="app-answers" aria-labelledby="answers-heading">
            <h2 class="govuk-heading-s" id="answers-heading">"Your answers"</h2>
            <dl class="govuk-summary-list govuk-summary-list--no-border">
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">"Kind of visit"</dt>
                    <dd class="govuk-summary-list__value">{move || visit().map(|v| v.kind.name()).unwrap_or("")}</dd>
                    <dd class="govuk-summary-list__actions">
                        <a href="#visit-kind-1" class="govuk-link" on:click=change>"Change"<span class="govuk-visually-hidden">" kind of visit"</span></a>
                    </dd>
                </div>
                {move || visit().filter(|v| matches!(v.kind, VisitKind::Focused | VisitKind::Monitoring)).map(|v| view! {
                    <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">"Days on site"</dt>
                        <dd class="govuk-summary-list__value">{match v.on_site_days {
                            OnSiteDays::TueWed => "Tuesday and Wednesday",
                            OnSiteDays::WedThu => "Wednesday and Thursday",
                        }}</dd>
                        <dd class="govuk-summary-list__actions">
                            <a href="#visit-kind-1" class="govuk-link" on:click=change>"Change"<span class="govuk-visually-hidden">" days on site"</span></a>
                        </dd>
                    </div>
                })}
                {move || visit().filter(|v| v.kind == VisitKind::Monitoring).map(|v| view! {
                    <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">"Monitoring visit"</dt>
                        <dd class="govuk-summary-list__value">{format!("Visit {}", v.monitoring_visit_number)}</dd>
                        <dd class="govuk-summary-list__actions">
                            <a href="#visit-kind-1" class="govuk-link" on:click=change>"Change"<span class="govuk-visually-hidden">" monitoring visit number"</span></a>
                        </dd>
                    </div>
                })}
                {move || visit().filter(|v| v.kind == VisitKind::Focused).map(|v| view! {
                    <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">"Areas for priority action"</dt>
                        <dd class="govuk-summary-list__value">{if v.priority_actions { "Named in the letter" } else { "None named" }}</dd>
                        <dd class="govuk-summary-list__actions">
                            <a href="#visit-kind-1" class="govuk-link" on:click=change>"Change"<span class="govuk-visually-hidden">" areas for priority action"</span></a>
                        </dd>
                    </div>
                })}
                {move || visit().filter(|v| v.kind != VisitKind::Jtai).map(|_| view! {
                    <div class="govuk-summary-list__row" data-answer="elections">
                        <dt class="govuk-summary-list__key">"Elections in the next few months"</dt>
                        <dd class="govuk-summary-list__value">{move || {
                            let (polling, none) = state.input.with(|i| (i.local_polling_day, i.no_local_elections));
                            match polling {
                                Some(day) => format!("Yes, polling day {}", long_date(day)),
                                None if none => "No".to_string(),
                                None => "Not answered".to_string(),
                            }
                        }}</dd>
                        <dd class="govuk-summary-list__actions">
                            <a href="#local-elections-1" class="govuk-link" on:click=change>"Change"<span class="govuk-visually-hidden">" elections"</span></a>
                        </dd>
                    </div>
                })}
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{move || KnownDate::label_of(answers.known.get())}</dt>
                    <dd class="govuk-summary-list__value">{move || visit().map(|v| view! { <DateTime date=v.anchor.date() /> })}</dd>
                    <dd class="govuk-summary-list__actions">
                        <a href="#visit-kind-1" class="govuk-link" on:click=change>"Change"<span class="govuk-visually-hidden">" date"</span></a>
                    </dd>
                </div>
            </dl>
        </section>
    }
}

/// The questions: kind of visit, its options, and the date known.
#[component]
fn Questions(answers: Answers, asking: RwSignal<bool>) -> impl IntoView {
    let state = AppState::get();
    let Answers {
        kind, known, parts, ..
    } = answers;
    let submitted = RwSignal::new(false);
    let asks_elections = Memo::new(move |_| kind.get() != Some(VisitKind::Jtai));
    let summary_errors = page_errors();
    let apply = move || answers.apply(state);

    let question_error = move |question: VisitQuestion| {
        Signal::derive(move || {
            let missing =
                submitted.get() && answers.tracked_form().unanswered().contains(&question);
            missing.then(|| question.message().to_string())
        })
    };
    let field_error = Signal::derive(move || {
        let label = KnownDate::label_of(known.get());
        if let Err(e) = parts.parse() {
            return submitted.get().then(|| e.message(label));
        }
        match state.plan.get() {
            // A date the plan reaches by counting from the typed date belongs beside it too.
            Err(e)
                if matches!(e, PlanError::OutOfRange { .. })
                    || matches!(
                        e.field(),
                        Some(InputField::NotificationDay | InputField::FirstOnSiteDay)
                    ) =>
            {
                Some(e.to_string())
            }
            _ => None,
        }
    });
    let on_show = move |()| {
        submitted.set(true);
        apply();
        let mut errors: Vec<FieldError> = answers
            .form()
            .unanswered()
            .into_iter()
            .map(|question| FieldError {
                field_id: question_field(question).to_string(),
                message: question.message().to_string(),
            })
            .collect();
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
        let ok = errors.is_empty();
        summary_errors.set(errors);
        if ok {
            // The answer first: the form folds away and focus goes to the key dates.
            asking.set(false);
            platform::focus_after_render(KEY_DATES_HEADING);
        }
    };

    view! {
        <QuestionsForm errors=summary_errors on_show=Callback::new(on_show) on_edit=Callback::new(move |()| apply())>
            <Radios
                name="visit-kind"
                legend="What kind of visit?"
                choices=vec![
                    Choice { value: Some(VisitKind::Standard), label: "Standard inspection", hint: Some("Two weeks on site; for authorities that require improvement (pathway 2).") },
                    Choice { value: Some(VisitKind::Short), label: "Short inspection", hint: Some("One week on site; for good or outstanding authorities (pathway 1).") },
                    Choice { value: Some(VisitKind::Focused), label: "Focused visit", hint: Some("Two days on site, between inspections.") },
                    Choice { value: Some(VisitKind::Monitoring), label: "Monitoring visit", hint: Some("Two days on site; for inadequate authorities (pathway 3).") },
                    Choice { value: Some(VisitKind::Jtai), label: "Joint targeted area inspection (JTAI)", hint: Some("Only the notice period and the fieldwork week are known.") },
                ]
                selected=kind.into()
                on_pick=Callback::new(move |k| kind.set(k))
                error=question_error(VisitQuestion::Kind)
            />
            <VisitOptions answers=answers days_error=question_error(VisitQuestion::Days) />
            <Radios
                name="visit-known"
                legend="Which date do you know?"
                choices=vec![
                    Choice { value: Some(KnownDate::Notification), label: "The notification date (the day of the phone call)", hint: Some("For a monitoring visit: the day Ofsted asks for child-level data.") },
                    Choice { value: Some(KnownDate::FirstOnSiteDay), label: "The first day inspectors are on site", hint: None },
                ]
                selected=known.into()
                on_pick=Callback::new(move |k| known.set(k))
                error=question_error(VisitQuestion::Known)
            />
            {move || {
                let label = KnownDate::label_of(known.get());
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
            // Closures rather than `<Show>`: each `<Show>` is code of its own on the first load.
            // A memo, so changing between kinds that ask it keeps the question (and its answer).
            {move || asks_elections.get().then(|| view! { <ElectionsQuestion /> })}
        </QuestionsForm>
    }
}

/// Whether the council has elections soon, asked with the other questions, before the answer
/// (issue 25 item 2): a pre-election period can hold the report back. "No" only when the person
/// says so; not answering leaves a note on the publication date. Written into the plan as it
/// is answered, like the polling day on the After fieldwork page.
#[component]
fn ElectionsQuestion() -> impl IntoView {
    let state = AppState::get();
    let (polling, none) = state
        .input
        .with_untracked(|i| (i.local_polling_day, i.no_local_elections));
    let has = RwSignal::new(match (polling, none) {
        (Some(_), _) => Some(true),
        (None, true) => Some(false),
        (None, false) => None,
    });
    let parts = DateParts::new();
    if let Some(day) = polling {
        parts.set(day);
    }
    let apply = move || {
        if has.is_disposed() || parts.day.is_disposed() {
            return;
        }
        let answer = has.get_untracked();
        let day = parts.parse_untracked().ok();
        state.edit_input(|i| {
            i.no_local_elections = answer == Some(false);
            i.local_polling_day = day.filter(|_| answer == Some(true));
        });
    };
    // Said once a whole year is typed, so nobody is told off halfway through a date.
    let error = Signal::derive(move || match parts.parse() {
        Err(DateInputError::Empty) | Ok(_) => None,
        Err(e) => (parts.year.get().trim().len() >= 4).then(|| e.message("Polling day")),
    });
    view! {
        <div class="app-elections-question" on:input=move |_| apply() on:change=move |_| apply()>
            <Radios
                name="local-elections"
                legend="Does your council have elections in the next few months?"
                hint="Reports are not usually published in the pre-election period before polling day."
                choices=vec![
                    Choice { value: Some(true), label: "Yes", hint: None },
                    Choice { value: Some(false), label: "No", hint: None },
                ]
                selected=has.into()
                on_pick=Callback::new(move |v| has.set(v))
                inline=true
            />
            {move || (has.get() == Some(true)).then(|| view! {
                <div class="govuk-radios__conditional">
                    <DateInput
                        id="visit-polling-day"
                        label="Polling day"
                        hint="For example, 6 5 2027."
                        parts=parts
                        error=error
                    />
                </div>
            })}
        </div>
    }
}

/// What only some visits ask: the on-site days of focused and monitoring visits, which monitoring
/// visit it is, and whether a focused visit's letter names priority actions.
#[component]
fn VisitOptions(answers: Answers, days_error: Signal<Option<String>>) -> impl IntoView {
    let Answers {
        kind,
        days,
        number,
        priority,
        ..
    } = answers;
    let focus_or_tracked =
        move || matches!(kind.get(), Some(VisitKind::Focused | VisitKind::Monitoring));
    view! {
        <Show when=focus_or_tracked>
            <Radios
                name="visit-days"
                legend="Which days are inspectors on site?"
                choices=vec![
                    Choice { value: Some(OnSiteDays::TueWed), label: "Tuesday and Wednesday", hint: None },
                    Choice { value: Some(OnSiteDays::WedThu), label: "Wednesday and Thursday", hint: Some("Every step is one day later.") },
                ]
                selected=days.into()
                on_pick=Callback::new(move |d| days.set(d))
                inline=true
                error=days_error
            />
        </Show>
        <Show when=move || kind.get() == Some(VisitKind::Monitoring)>
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
        <Show when=move || kind.get() == Some(VisitKind::Focused)>
            <div class="govuk-form-group">
                <div class="govuk-checkboxes">
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
    }
}
