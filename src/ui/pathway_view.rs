//! "Your pathway": from the last judgement inspection to the pathway, the next inspection
//! window, the visits expected between inspections and the annual cycle.

use leptos::prelude::*;

use super::app_state::AppState;
use super::councils_view::CouncilData;
use super::date_input::{first_box_id, DateInput, DateParts};
use super::error_summary::{page_errors, FieldError};
use super::form::{Choice, Radios};
use super::key_dates::KEY_DATES_HEADING;
use super::plan_section::PlanSection;
use super::platform;
use super::time::event_when;
use super::timeline::Timeline;
use crate::app::councils::mark_chosen;
use crate::app::forms::{OutcomeMode, PathwayForm};
use crate::engine::annual::{
    annual_cycle, annual_rounds, SELF_EVALUATION_QUESTIONS, SELF_EVALUATION_SOURCE,
};
use crate::engine::error::{InputField, PlanError};
use crate::engine::event::{Event, Section};
use crate::engine::pathway::{Grade, JudgementKind, Outcome, Pathway, SubJudgements};
use crate::engine::timeline;

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

/// What the person has chosen on the pathway page, kept as plain signals.
#[derive(Clone, Copy)]
struct PathwayAnswers {
    kind: RwSignal<JudgementKind>,
    mode: RwSignal<OutcomeMode>,
    grade: RwSignal<Grade>,
    pathway: RwSignal<Pathway>,
    hp: RwSignal<Grade>,
    cic: RwSignal<Grade>,
    cl: RwSignal<Option<Grade>>,
    lead: RwSignal<Grade>,
    last_parts: DateParts,
    meeting_parts: DateParts,
}

impl PathwayAnswers {
    /// The answers the open plan already holds.
    fn from_plan(state: AppState) -> Self {
        let existing = state.input.with_untracked(|i| i.last_inspection);
        let kind = RwSignal::new(existing.map_or(JudgementKind::Standard, |l| l.kind));
        let (mode0, grade0, subs0, pathway0) = match existing.map(|l| l.outcome) {
            Some(Outcome::SubJudgements(s)) => (
                OutcomeMode::SubJudgements,
                Grade::Good,
                Some(s),
                Pathway::Two,
            ),
            Some(Outcome::Pathway(p)) => (OutcomeMode::Pathway, Grade::Good, None, p),
            Some(Outcome::Overall(g)) => (OutcomeMode::Grade, g, None, Pathway::Two),
            None => (
                OutcomeMode::Grade,
                Grade::RequiresImprovement,
                None,
                Pathway::Two,
            ),
        };
        let mode = RwSignal::new(mode0);
        let grade = RwSignal::new(grade0);
        let pathway_choice = RwSignal::new(pathway0);
        let subs = subs0.unwrap_or(SubJudgements {
            help_and_protection: Grade::RequiresImprovement,
            children_in_care: Grade::RequiresImprovement,
            care_leavers: Some(Grade::RequiresImprovement),
            impact_of_leaders: Grade::RequiresImprovement,
        });
        let hp = RwSignal::new(subs.help_and_protection);
        let cic = RwSignal::new(subs.children_in_care);
        let cl = RwSignal::new(subs.care_leavers);
        let lead = RwSignal::new(subs.impact_of_leaders);
        let last_parts = DateParts::new();
        if let Some(l) = existing {
            last_parts.set(l.first_onsite_day);
        }
        let meeting_parts = DateParts::new();
        if let Some(m) = state.input.with_untracked(|i| i.engagement_meeting) {
            meeting_parts.set(m);
        }
        PathwayAnswers {
            kind,
            mode,
            grade,
            pathway: pathway_choice,
            hp,
            cic,
            cl,
            lead,
            last_parts,
            meeting_parts,
        }
    }

    /// The one place the form turns into plan input, called from the form's own events.
    fn apply(self, state: AppState) {
        // A `change` event can arrive as the form is taken down (Back while typing).
        if self.kind.is_disposed()
            || self.last_parts.day.is_disposed()
            || self.meeting_parts.day.is_disposed()
        {
            return;
        }
        let form = PathwayForm {
            kind: Some(self.kind.get_untracked()),
            mode: Some(self.mode.get_untracked()),
            grade: Some(self.grade.get_untracked()),
            pathway: Some(self.pathway.get_untracked()),
            help_and_protection: Some(self.hp.get_untracked()),
            children_in_care: Some(self.cic.get_untracked()),
            care_leavers: Some(self.cl.get_untracked()),
            impact_of_leaders: Some(self.lead.get_untracked()),
        };
        let last_day = self.last_parts.parse_untracked().ok();
        let meeting = self.meeting_parts.parse_untracked().ok();
        state.edit_input(|input| {
            form.apply(last_day, meeting, input);
        });
    }
}

impl PathwayAnswers {
    /// Fills the form from the chosen council's data (what it lacks keeps what the form had),
    /// writes it into the plan, records the council and names the plan after it.
    fn choose_council(self, state: AppState, code: Option<u16>) {
        let council = code.and_then(|code| {
            CouncilData::get()
                .councils
                .with_untracked(|all| all.find(code).cloned())
        });
        if let Some(c) = &council {
            let (form, day) = PathwayForm::from_council(c);
            if let Some(k) = form.kind {
                self.kind.set(k);
            }
            if let Some(m) = form.mode {
                self.mode.set(m);
            }
            let grades = [
                (form.grade, self.grade),
                (form.help_and_protection, self.hp),
                (form.children_in_care, self.cic),
                (form.impact_of_leaders, self.lead),
            ];
            for (value, signal) in grades {
                if let Some(g) = value {
                    signal.set(g);
                }
            }
            if let Some(cl) = form.care_leavers {
                self.cl.set(cl);
            }
            if let Some(day) = day {
                self.last_parts.set(day);
            }
            self.apply(state);
        }
        let named = council.as_ref().map(|c| (c.la_code, c.name.as_str()));
        state.edit(|plan| mark_chosen(plan, named));
    }
}

#[component]
pub fn PathwayView() -> impl IntoView {
    let state = AppState::get();
    let answers = PathwayAnswers::from_plan(state);
    let on_choose = Callback::new(move |code: Option<u16>| answers.choose_council(state, code));
    view! {
        <super::council_choice::CouncilChoice on_choose=on_choose />
        <PathwayQuestions answers=answers />
        <PathwaySummaryPanel />
        <super::forecast_view::NextInspectionPanel />
        <AnnualCycle />
        <PlanSection section=Section::Pathway also=vec![Section::Monitoring] without_annual=true empty="Enter the date of your last inspection to see your pathway." />
    }
}

/// The questions: the last inspection, its outcome, and the engagement meeting.
#[component]
fn PathwayQuestions(answers: PathwayAnswers) -> impl IntoView {
    let state = AppState::get();
    let PathwayAnswers {
        kind,
        last_parts,
        meeting_parts,
        ..
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
        Err(crate::engine::dates::DateInputError::Empty) => None,
        Err(e) => submitted
            .get()
            .then(|| e.message("Annual engagement meeting date")),
        Ok(_) => engine_error(InputField::EngagementMeeting),
    });
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        submitted.set(true);
        let mut errors = Vec::new();
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
        {summary_errors.here()}
        <form novalidate on:submit=on_submit class="app-form" on:input=move |_| apply() on:change=move |_| apply() on:paste=move |_| apply()>
            <Radios
                name="last-kind"
                legend="What was your last judgement inspection?"
                choices=vec![
                    Choice { value: JudgementKind::Standard, label: "A standard inspection", hint: None },
                    Choice { value: JudgementKind::Short, label: "A short inspection", hint: None },
                    Choice { value: JudgementKind::Sif, label: "A single inspection framework (SIF) inspection", hint: Some("Before 2018.") },
                ]
                selected=kind.into()
                on_pick=Callback::new(move |k| kind.set(k))
            />
            <DateInput
                id=LAST_ID
                label="Date of the last inspection"
                hint="The first day inspectors were on site, for example 13 4 2015."
                parts=last_parts
                error=last_error
            />
            <OutcomeQuestions answers=answers />
            <DateInput
                id=MEETING_ID
                label="Annual engagement meeting (optional)"
                hint="A date of your annual engagement meeting, to show the yearly cycle."
                parts=meeting_parts
                error=meeting_error
            />
            <button type="submit" class="govuk-button">"Show dates"</button>
        </form>
    }
}

/// How the last inspection turned out: the overall grade, the sub-judgements or the pathway.
#[component]
fn OutcomeQuestions(answers: PathwayAnswers) -> impl IntoView {
    let PathwayAnswers {
        mode,
        grade,
        pathway: pathway_choice,
        hp,
        cic,
        cl,
        lead,
        ..
    } = answers;
    let sub_select = move |id: &'static str, label: &'static str, value: RwSignal<Grade>| {
        view! {
            <div class="govuk-form-group">
                <label class="govuk-label" for=id>{label}</label>
                <select
                    class="govuk-select"
                    id=id
                    on:change=move |e| {
                        if let Some(g) = grade_from_value(&event_target_value(&e)) {
                            value.set(g);
                        }
                    }
                    prop:value=move || grade_value(value.get())
                >
                    {grade_options()}
                </select>
            </div>
        }
    };

    view! {
        <Radios
            name="outcome-mode"
            legend="How do you want to set the pathway?"
            hint="From April 2026 Ofsted no longer gives an overall effectiveness grade."
            choices=vec![
                Choice { value: OutcomeMode::Grade, label: "From the overall effectiveness grade", hint: None },
                Choice { value: OutcomeMode::SubJudgements, label: "From the sub-judgements", hint: Some("Assumption: any inadequate gives pathway 3; all good or better gives pathway 1; otherwise pathway 2. Ofsted has not published this rule.") },
                Choice { value: OutcomeMode::Pathway, label: "I know the pathway", hint: None },
            ]
            selected=mode.into()
            on_pick=Callback::new(move |m| mode.set(m))
        />
        <Show when=move || mode.get() == OutcomeMode::Grade>
            <Radios
                name="overall-grade"
                legend="Overall effectiveness grade"
                choices=grade_choices()
                selected=grade.into()
                on_pick=Callback::new(move |g| grade.set(g))
            />
        </Show>
        <Show when=move || mode.get() == OutcomeMode::SubJudgements>
            <fieldset class="govuk-fieldset govuk-form-group">
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">"Sub-judgements"</legend>
                {sub_select("sub-help-protection", "The experiences and progress of children who need help and protection", hp)}
                {sub_select("sub-children-in-care", "The experiences and progress of children in care", cic)}
                <div class="govuk-form-group">
                    <label class="govuk-label" for="sub-care-leavers">"The experiences and progress of care leavers"</label>
                    <div class="govuk-hint" id="sub-care-leavers-hint">"A separate judgement since January 2023."</div>
                    <select
                        class="govuk-select"
                        id="sub-care-leavers"
                        aria-describedby="sub-care-leavers-hint"
                        on:change=move |e| cl.set(grade_from_value(&event_target_value(&e)))
                        prop:value=move || cl.get().map_or("none", grade_value)
                    >
                        <option value="none">"Not judged separately (before 2023)"</option>
                        {grade_options()}
                    </select>
                </div>
                {sub_select("sub-leaders", "The impact of leaders on social work practice with children and families", lead)}
            </fieldset>
        </Show>
        <Show when=move || mode.get() == OutcomeMode::Pathway>
            <Radios
                name="pathway-choice"
                legend="Pathway"
                choices=vec![
                    Choice { value: Pathway::One, label: "Pathway 1 (good or outstanding)", hint: None },
                    Choice { value: Pathway::Two, label: "Pathway 2 (requires improvement to be good)", hint: None },
                    Choice { value: Pathway::Three, label: "Pathway 3 (inadequate)", hint: None },
                ]
                selected=pathway_choice.into()
                on_pick=Callback::new(move |p| pathway_choice.set(p))
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
            let default = super::app_state::rule_set(&plan.rule_set_id, state.today).flagged.christmas_default.value;
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
                        <Timeline layout=l events=on_line />
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
