//! "Your pathway": from the last judgement inspection to the pathway, the next inspection
//! window, the visits expected between inspections and the annual cycle.

use leptos::prelude::*;

use crate::app::councils::mark_chosen;
use crate::app::forms::{OutcomeMode, PathwayForm, PathwayQuestion};
use crate::engine::event::{Event, Section};
use crate::engine::plan::annual::{
    annual_cycle, annual_rounds, SELF_EVALUATION_QUESTIONS, SELF_EVALUATION_SOURCE,
};
use crate::engine::plan::pathway::{Grade, JudgementKind, Pathway};
use crate::engine::plan::plan_error::{InputField, PlanError};
use crate::engine::plan::timeline;
use crate::ui::pages::councils::CouncilData;
use crate::ui::platform;
use crate::ui::sections::key_dates::KEY_DATES_HEADING;
use crate::ui::sections::plan_section::PlanSection;
use crate::ui::sections::timeline::Timeline;
use crate::ui::state::app_state::AppState;
use crate::ui::widgets::date_input::{first_box_id, DateInput, DateParts};
use crate::ui::widgets::error_summary::{page_errors, FieldError};
use crate::ui::widgets::form::{error_message, group_class, Choice, QuestionsForm, Radios};
use crate::ui::widgets::time::event_when;

const LAST_ID: &str = "last-inspection";
const MEETING_ID: &str = "engagement-meeting";

fn grade_choices() -> Vec<Choice<Grade>> {
    vec![
        Choice {
            value: Grade::Outstanding,
            label: "Outstanding",
            hint: None,
        },
        Choice {
            value: Grade::Good,
            label: "Good",
            hint: None,
        },
        Choice {
            value: Grade::RequiresImprovement,
            label: "Requires improvement to be good",
            hint: None,
        },
        Choice {
            value: Grade::Inadequate,
            label: "Inadequate",
            hint: None,
        },
    ]
}

/// What the person has chosen on the pathway page: the form as plain data (nothing chosen
/// until the person chooses it) and the two typed dates.
#[derive(Clone, Copy)]
struct PathwayAnswers {
    form: RwSignal<PathwayForm>,
    last_parts: DateParts,
    meeting_parts: DateParts,
}

impl PathwayAnswers {
    /// The answers the open plan already holds.
    fn from_plan(state: AppState) -> Self {
        let existing = state.input.with_untracked(|i| i.last_inspection);
        let last_parts = DateParts::new();
        if let Some(l) = existing {
            last_parts.set(l.first_onsite_day);
        }
        let meeting_parts = DateParts::new();
        if let Some(m) = state.input.with_untracked(|i| i.engagement_meeting) {
            meeting_parts.set(m);
        }
        PathwayAnswers {
            form: RwSignal::new(PathwayForm::from_input(existing.as_ref())),
            last_parts,
            meeting_parts,
        }
    }

    /// The one place the form turns into plan input, called from the form's own events.
    fn apply(self, state: AppState) {
        // A `change` event can arrive as the form is taken down (Back while typing).
        if self.form.is_disposed()
            || self.last_parts.day.is_disposed()
            || self.meeting_parts.day.is_disposed()
        {
            return;
        }
        let form = self.form.get_untracked();
        let last_day = self.last_parts.parse_untracked().ok();
        let meeting = self.meeting_parts.parse_untracked().ok();
        state.edit_input(|input| {
            form.apply(last_day, meeting, input);
        });
    }

    /// Fills the form from the chosen council's data (what it lacks keeps what the form had),
    /// writes it into the plan, records the council and names the plan after it.
    fn choose_council(self, state: AppState, code: Option<u16>) {
        let council = code.and_then(|code| {
            CouncilData::get()
                .councils
                .with_untracked(|all| all.find(code).cloned())
        });
        if let Some(c) = &council {
            let (from_data, day) = PathwayForm::from_council(c);
            self.form.update(|form| *form = form.filled_with(from_data));
            if let Some(day) = day {
                self.last_parts.set(day);
            }
            self.apply(state);
        }
        let named = council.as_ref().map(|c| (c.la_code, c.name.as_str()));
        state.edit(|plan| mark_chosen(plan, named));
    }

    /// One answer of the form, for a radio group.
    fn choice<T: Copy + Send + Sync + 'static>(
        self,
        read: fn(&PathwayForm) -> Option<T>,
    ) -> Signal<Option<T>> {
        let form = self.form;
        Signal::derive(move || form.with(read))
    }

    /// The message beside a question while it is unanswered after "Show dates".
    fn question_error(
        self,
        submitted: RwSignal<bool>,
        question: PathwayQuestion,
    ) -> Signal<Option<String>> {
        let form = self.form;
        Signal::derive(move || {
            let missing = submitted.get() && form.with(|f| f.unanswered().contains(&question));
            missing.then(|| question.message().to_string())
        })
    }
}

/// The control an error summary's link for an unanswered question moves focus to.
fn question_field(question: PathwayQuestion) -> &'static str {
    match question {
        PathwayQuestion::Kind => "last-kind-1",
        PathwayQuestion::Mode => "outcome-mode-1",
        PathwayQuestion::Grade => "overall-grade-1",
        PathwayQuestion::Pathway => "pathway-choice-1",
        PathwayQuestion::HelpAndProtection => "sub-help-protection",
        PathwayQuestion::ChildrenInCare => "sub-children-in-care",
        PathwayQuestion::CareLeavers => "sub-care-leavers",
        PathwayQuestion::ImpactOfLeaders => "sub-leaders",
    }
}

#[component]
pub fn PathwayView() -> impl IntoView {
    let state = AppState::get();
    let answers = PathwayAnswers::from_plan(state);
    let on_choose = Callback::new(move |code: Option<u16>| answers.choose_council(state, code));
    view! {
        <crate::ui::sections::council_choice::CouncilChoice on_choose=on_choose />
        <PathwayQuestions answers=answers />
        <PathwaySummaryPanel />
        <crate::ui::sections::forecasts::NextInspectionPanel />
        <AnnualCycle />
        <PlanSection section=Section::Pathway also=vec![Section::Monitoring] without_annual=true empty="Enter the date of your last inspection to see your pathway." record=crate::ui::sections::record_date::record_control />
    }
}

/// The questions: the last inspection, its outcome, and the engagement meeting.
#[component]
fn PathwayQuestions(answers: PathwayAnswers) -> impl IntoView {
    let state = AppState::get();
    let PathwayAnswers {
        form,
        last_parts,
        meeting_parts,
    } = answers;
    let submitted = RwSignal::new(false);
    let summary_errors = page_errors();
    let apply = move || answers.apply(state);

    // A date the plan reaches by counting belongs beside the last inspection's date, which
    // every date of the pathway counts from.
    let engine_error = move |field: InputField| {
        state.plan.with(|p| match p {
            Err(e) if e.field() == Some(field) => Some(e.to_string()),
            Err(e @ PlanError::OutOfRange { .. }) if field == InputField::LastInspection => {
                Some(e.to_string())
            }
            _ => None,
        })
    };
    let last_error = Signal::derive(move || match last_parts.parse() {
        Err(e) => submitted
            .get()
            .then(|| e.message("Date of the last inspection")),
        Ok(_) => engine_error(InputField::LastInspection),
    });
    let meeting_error = Signal::derive(move || match meeting_parts.parse() {
        Err(crate::engine::calendar::dates::DateInputError::Empty) => None,
        Err(e) => submitted
            .get()
            .then(|| e.message("Annual engagement meeting date")),
        Ok(_) => engine_error(InputField::EngagementMeeting),
    });
    let on_show = move |()| {
        submitted.set(true);
        let mut errors: Vec<FieldError> = form
            .with_untracked(PathwayForm::unanswered)
            .into_iter()
            .map(|question| FieldError {
                field_id: question_field(question).to_string(),
                message: question.message().to_string(),
            })
            .collect();
        for (id, message) in [
            (LAST_ID, last_error.get_untracked()),
            (MEETING_ID, meeting_error.get_untracked()),
        ] {
            if let Some(message) = message {
                errors.push(FieldError {
                    field_id: first_box_id(id),
                    message,
                });
            }
        }
        if errors.is_empty() {
            if let Err(e) = state.plan.get_untracked() {
                errors.push(FieldError {
                    field_id: first_box_id(LAST_ID),
                    message: e.to_string(),
                });
            }
        }
        let ok = errors.is_empty();
        summary_errors.set(errors);
        if ok
            && state
                .plan
                .with_untracked(|p| p.as_ref().is_ok_and(|p| p.pathway.is_some()))
        {
            // The answer first: focus goes to the key dates at the top of the page.
            platform::focus_after_render(KEY_DATES_HEADING);
        }
    };

    view! {
        <QuestionsForm errors=summary_errors on_show=Callback::new(on_show) on_edit=Callback::new(move |()| apply())>
            <Radios
                name="last-kind"
                legend="What was your last judgement inspection?"
                choices=vec![
                    Choice { value: Some(JudgementKind::Standard), label: "A standard inspection", hint: None },
                    Choice { value: Some(JudgementKind::Short), label: "A short inspection", hint: None },
                    Choice { value: Some(JudgementKind::Sif), label: "A single inspection framework (SIF) inspection", hint: Some("Before 2018.") },
                ]
                selected=answers.choice(|f| f.kind)
                on_pick=Callback::new(move |k| form.update(|f| f.kind = k))
                error=answers.question_error(submitted, PathwayQuestion::Kind)
            />
            <DateInput
                id=LAST_ID
                label="Date of the last inspection"
                hint="The first day inspectors were on site, for example 13 4 2015."
                parts=last_parts
                error=last_error
            />
            <OutcomeQuestions answers=answers submitted=submitted />
            <DateInput
                id=MEETING_ID
                label="Annual engagement meeting (optional)"
                hint="A date of your annual engagement meeting, to show the yearly cycle."
                parts=meeting_parts
                error=meeting_error
            />
        </QuestionsForm>
    }
}

/// How the last inspection turned out: the overall grade, the sub-judgements or the pathway.
#[component]
fn OutcomeQuestions(answers: PathwayAnswers, submitted: RwSignal<bool>) -> impl IntoView {
    let form = answers.form;
    let mode = answers.choice(|f| f.mode);
    let error = move |q: PathwayQuestion| answers.question_error(submitted, q);
    let sub_select = move |q: PathwayQuestion,
                           id: &'static str,
                           label: &'static str,
                           field: fn(&mut PathwayForm) -> &mut Option<Grade>| {
        let error = error(q);
        let error_id = format!("{id}-error");
        view! {
            <div class=group_class(error)>
                <label class="govuk-label" for=id>{label}</label>
                {error_message(error_id.clone(), error)}
                <select
                    class="govuk-select"
                    id=id
                    aria-describedby=move || error.with(Option::is_some).then(|| error_id.clone())
                    on:change=move |e| {
                        let g = grade_from_value(&event_target_value(&e));
                        form.update(|f| *field(f) = g);
                    }
                    prop:value=move || form.with(|f| {
                        let mut copy = *f;
                        field(&mut copy).map_or("", grade_value)
                    })
                >
                    <option value="">"Choose a grade"</option>
                    {grade_options()}
                </select>
            </div>
        }
    };
    let care_leavers_error = error(PathwayQuestion::CareLeavers);

    view! {
        <Radios
            name="outcome-mode"
            legend="How do you want to set the pathway?"
            hint="From April 2026 Ofsted no longer gives an overall effectiveness grade."
            choices=vec![
                Choice { value: Some(OutcomeMode::Grade), label: "From the overall effectiveness grade", hint: None },
                Choice { value: Some(OutcomeMode::SubJudgements), label: "From the sub-judgements", hint: Some("Assumption: any inadequate gives pathway 3; all good or better gives pathway 1; otherwise pathway 2. Ofsted has not published this rule.") },
                Choice { value: Some(OutcomeMode::Pathway), label: "I know the pathway", hint: None },
            ]
            selected=mode
            on_pick=Callback::new(move |m| form.update(|f| f.mode = m))
            error=error(PathwayQuestion::Mode)
        />
        <Show when=move || mode.get() == Some(OutcomeMode::Grade)>
            <Radios
                name="overall-grade"
                legend="Overall effectiveness grade"
                choices=grade_choices().into_iter().map(|c| Choice { value: Some(c.value), label: c.label, hint: c.hint }).collect()
                selected=answers.choice(|f| f.grade)
                on_pick=Callback::new(move |g| form.update(|f| f.grade = g))
                error=error(PathwayQuestion::Grade)
            />
        </Show>
        <Show when=move || mode.get() == Some(OutcomeMode::SubJudgements)>
            <fieldset class="govuk-fieldset govuk-form-group">
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">"Sub-judgements"</legend>
                {sub_select(PathwayQuestion::HelpAndProtection, "sub-help-protection", "The experiences and progress of children who need help and protection", |f| &mut f.help_and_protection)}
                {sub_select(PathwayQuestion::ChildrenInCare, "sub-children-in-care", "The experiences and progress of children in care", |f| &mut f.children_in_care)}
                <div class=group_class(care_leavers_error)>
                    <label class="govuk-label" for="sub-care-leavers">"The experiences and progress of care leavers"</label>
                    <div class="govuk-hint" id="sub-care-leavers-hint">"A separate judgement since January 2023."</div>
                    {error_message("sub-care-leavers-error".to_string(), care_leavers_error)}
                    <select
                        class="govuk-select"
                        id="sub-care-leavers"
                        aria-describedby=move || if care_leavers_error.with(Option::is_some) { "sub-care-leavers-hint sub-care-leavers-error" } else { "sub-care-leavers-hint" }
                        on:change=move |e| {
                            let value = event_target_value(&e);
                            let answer = match value.as_str() {
                                "" => None,
                                "none" => Some(None),
                                other => grade_from_value(other).map(Some),
                            };
                            form.update(|f| f.care_leavers = answer);
                        }
                        prop:value=move || form.with(|f| match f.care_leavers {
                            None => "",
                            Some(None) => "none",
                            Some(Some(g)) => grade_value(g),
                        })
                    >
                        <option value="">"Choose a grade"</option>
                        <option value="none">"Not judged separately (before 2023)"</option>
                        {grade_options()}
                    </select>
                </div>
                {sub_select(PathwayQuestion::ImpactOfLeaders, "sub-leaders", "The impact of leaders on social work practice with children and families", |f| &mut f.impact_of_leaders)}
            </fieldset>
        </Show>
        <Show when=move || mode.get() == Some(OutcomeMode::Pathway)>
            <Radios
                name="pathway-choice"
                legend="Pathway"
                choices=vec![
                    Choice { value: Some(Pathway::One), label: "Pathway 1 (good or outstanding)", hint: None },
                    Choice { value: Some(Pathway::Two), label: "Pathway 2 (requires improvement to be good)", hint: None },
                    Choice { value: Some(Pathway::Three), label: "Pathway 3 (inadequate)", hint: None },
                ]
                selected=answers.choice(|f| f.pathway)
                on_pick=Callback::new(move |p| form.update(|f| f.pathway = p))
                error=error(PathwayQuestion::Pathway)
            />
        </Show>
    }
}

/// The four grades as `<option>`s, for the sub-judgement selects.
fn grade_options() -> impl IntoView {
    grade_choices()
        .into_iter()
        .map(|c| view! { <option value=grade_value(c.value)>{c.label}</option> })
        .collect_view()
}

fn grade_value(g: Grade) -> &'static str {
    match g {
        Grade::Outstanding => "outstanding",
        Grade::Good => "good",
        Grade::RequiresImprovement => "requires-improvement",
        Grade::Inadequate => "inadequate",
    }
}

fn grade_from_value(v: &str) -> Option<Grade> {
    grade_choices()
        .into_iter()
        .map(|c| c.value)
        .find(|g| grade_value(*g) == v)
}

/// The pathway in words, and the timeline of the window.
#[component]
fn PathwaySummaryPanel() -> impl IntoView {
    let state = AppState::get();
    let section = move || {
        state.plan.with(|p| {
            let plan = p.as_ref().ok()?;
            let summary = plan.pathway.clone()?;
            let default = crate::ui::state::app_state::rule_set(&plan.rule_set_id, state.today).flagged.christmas_default.value;
            let christmas = Some(state.input.with(|i| i.christmas_period).unwrap_or(default));
            let on_line: Vec<_> = plan.events.iter().filter(|e| timeline::on_timeline(e)).cloned().collect();
            let layout = timeline::layout(&plan.events, state.today, christmas);
            Some(view! {
                <section class="app-section" aria-labelledby="pathway-heading">
                    <h2 class="govuk-heading-m" id="pathway-heading">
                        {format!("Pathway {}", summary.pathway.number())}
                        {summary.assumption.then_some(" (assumption)")}
                    </h2>
                    <p class="govuk-body">{summary.reason.clone()}</p>
                    <p class="govuk-body-s app-citation">"Source: " {summary.reason_citation.source_name().to_string()}</p>
                    <h3 class="govuk-heading-s">"Next"</h3>
                    <p class="govuk-body">{summary.next_inspection.clone()}</p>
                    <p class="govuk-body-s app-citation">"Source: " {summary.next_inspection_citation.source_name().to_string()}</p>
                    <h3 class="govuk-heading-s">"Between inspections"</h3>
                    <p class="govuk-body">{summary.between.text.clone()}</p>
                    <p class="govuk-body-s app-citation">"Source: " {summary.between.citation.source_name().to_string()}</p>
                    {layout.map(|l| view! {
                        <h3 class="govuk-heading-s">"Timeline"</h3>
                        <Timeline layout=l events=on_line today=state.today />
                    })}
                </section>
            }.into_any())
        })
    };
    view! { {move || section()} }
}

/// The annual cycle between inspections (F§27–48): the three self-evaluation questions, the three
/// steps of each year, and their dates from the plan (the engagement meeting date on this form).
/// The page's agenda leaves these events to this section, so each id appears once.
#[component]
fn AnnualCycle() -> impl IntoView {
    let state = AppState::get();
    let rounds = Memo::new(move |_| {
        state.plan.with(|p| {
            p.as_ref()
                .map(|plan| annual_rounds(&plan.events))
                .unwrap_or_default()
        })
    });
    let steps = annual_cycle();
    let titles = [steps[0].title, steps[1].title, steps[2].title];
    view! {
        <section class="app-section app-annual" aria-labelledby="annual-heading">
            <h2 class="govuk-heading-m" id="annual-heading">"The annual cycle"</h2>
            <p class="govuk-body">
                "Between inspections, each year the local authority shares a self-evaluation, meets Ofsted's regional representatives, and receives a letter."
            </p>
            <h3 class="govuk-heading-s">"The three self-evaluation questions"</h3>
            <ol class="govuk-list govuk-list--number">
                {SELF_EVALUATION_QUESTIONS.iter().map(|q| view! { <li>{*q}</li> }).collect_view()}
            </ol>
            <p class="govuk-body-s app-citation">
                "Source: " {SELF_EVALUATION_SOURCE.plain_label()}
            </p>
            <h3 class="govuk-heading-s">"Each year"</h3>
            <ol class="app-annual__steps">
                {steps
                    .into_iter()
                    .map(|step| view! {
                        <li class="app-annual__step">
                            <p class="app-annual__title">{step.title}</p>
                            <p class="govuk-body">{step.what_happens}</p>
                            <p class="govuk-body"><span class="app-event__label">"Who: "</span>{step.who}</p>
                            <p class="govuk-body-s app-citation">
                                "Source: " {step.citation.plain_label()}
                            </p>
                        </li>
                    })
                    .collect_view()}
            </ol>
            <h3 class="govuk-heading-s">"Dates"</h3>
            {move || {
                let rounds = rounds.get();
                if rounds.is_empty() {
                    return view! {
                        <p class="govuk-body">"Enter a date of your annual engagement meeting above to see the dates of each year."</p>
                    }
                    .into_any();
                }
                view! {
                    <ol class="app-annual__years">
                        {rounds
                            .into_iter()
                            .map(|round| {
                                let heading = if round.number == 1 {
                                    "Year 1: the meeting you gave".to_string()
                                } else {
                                    format!("Year {} (estimates)", round.number)
                                };
                                view! {
                                    <li class="app-annual__year">
                                        <p class="app-annual__title">{heading}</p>
                                        <ul class="govuk-list">
                                            {annual_date(titles[0], round.self_evaluation, "Not asked: an inadequate authority's first 12 months of monitoring visits come first (Ofsted ILACS framework, paragraph 30).")}
                                            {annual_date(titles[1], round.meeting, "No date.")}
                                            {annual_date(titles[2], round.letter, "No date.")}
                                        </ul>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                }
                .into_any()
            }}
        </section>
    }
}

/// One date of the annual cycle, as a plan event with its source; or why there is none.
fn annual_date(title: &'static str, event: Option<Event>, missing: &'static str) -> impl IntoView {
    match event {
        Some(e) => view! {
            <li class="app-annual__date" data-event=e.id.clone()>
                <span class="app-event__label">{title} ": "</span>
                {event_when(&e)}
                <span class="app-citation">" · source: " {e.citation.plain_label()}</span>
            </li>
        }
        .into_any(),
        None => view! {
            <li class="app-annual__date">
                <span class="app-event__label">{title} ": "</span>
                {missing}
            </li>
        }
        .into_any(),
    }
}
