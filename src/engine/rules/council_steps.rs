//! The steps the framework asks of a council around a visit that the visit tables do not date:
//! the periods the Annex A lists cover, the link person's and analyst's work in the notice week,
//! the meetings and calls during fieldwork, the inadequate authority's improvement cycle, and the
//! text about who receives the report, how to complain and when a visit can be deferred.
//!
//! Data only, like the rest of `rules`: `engine::plan::council_steps` turns it into dated events and
//! checklist periods. Where the framework gives a period and no day, a step says so in `words`
//! ("during fieldwork") and is dated as a span over that period; nothing here invents a day.

use super::{CitationKind, EventKind, Source, Sourced, VisitKind};

use CitationKind::{Framework, PlannerConvention};

const fn f(label: &'static str, text: &'static str) -> Source {
    Source::new(label, text, Framework)
}

// ---------------------------------------------------------------------------------------------
// Annex A: the periods the lists cover (F§249, F§257) and the monitoring sample (F§135)
// ---------------------------------------------------------------------------------------------

/// How far back one Annex A item reaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DataWindow {
    /// The Annex A item id (`list-1`, `audit-list`, …).
    pub item: &'static str,
    /// Calendar months before the inspection.
    pub months: u32,
    /// What the period covers, in a few words ("contacts", "children who left care").
    pub covers: &'static str,
    pub source: Source,
}

const F249: Source = f(
    "F§249",
    "ILACS framework, Annex A, paragraph 249: each child-level list covers a set period before the inspection (three, six or 12 months)",
);

const fn list(item: &'static str, months: u32, covers: &'static str) -> DataWindow {
    DataWindow {
        item,
        months,
        covers,
        source: F249,
    }
}

const fn document(
    item: &'static str,
    months: u32,
    covers: &'static str,
    source: Source,
) -> DataWindow {
    DataWindow {
        item,
        months,
        covers,
        source,
    }
}

/// List 9 (care leavers now) has no period: it is as at the inspection. Of the documents, only
/// those whose description gives a period have one.
static DATA_WINDOWS: [DataWindow; 15] = [
    list("list-1", 3, "contacts"),
    list(
        "list-2",
        6,
        "early help assessments and targeted interventions",
    ),
    list("list-3", 3, "referrals"),
    list("list-4", 6, "statutory assessments"),
    list("list-5", 6, "section 47 enquiries"),
    list("list-6", 3, "children whose child in need services ended"),
    list("list-7", 3, "children whose child protection plan ended"),
    list("list-8", 6, "children who left care"),
    list(
        "list-10",
        12,
        "adoptions, placement decisions and reversed decisions",
    ),
    list("list-11", 12, "prospective adopters' contact with the agency"),
    DataWindow {
        item: "audit-list",
        months: 6,
        covers: "audits completed",
        source: f(
            "F§257",
            "ILACS framework, Annex A, paragraph 257: the audits the local authority completed in the six months before the inspection or visit",
        ),
    },
    document(
        "doc-1.05",
        12,
        "peer reviews and other external evaluations of practice",
        f(
            "F§262 (1.05)",
            "ILACS framework, Annex A, document 1.05 (paragraphs 260–262): the latest self-evaluation and any peer review or similar external evaluation of practice undertaken in the last 12 months",
        ),
    ),
    document(
        "doc-1.06",
        6,
        "practice audits",
        f(
            "F§262 (1.06)",
            "ILACS framework, Annex A, document 1.06 (paragraphs 260–262): a sample of single and multi-agency practice audits undertaken in the six months before inspection",
        ),
    ),
    document(
        "doc-1.13",
        12,
        "meetings of the local safeguarding partners",
        f(
            "F§262 (1.13)",
            "ILACS framework, Annex A, document 1.13 (paragraphs 260–262): minutes from the last 12 months of meetings of the local safeguarding partners",
        ),
    ),
    document(
        "doc-2.01",
        12,
        "early help assessments completed",
        f(
            "F§262 (2.01)",
            "ILACS framework, Annex A, document 2.01 (paragraphs 260–262): the early help strategy and management information, including the number of early help assessments completed in the last 12 months",
        ),
    ),
];

/// The Annex A periods and how they are counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DataWindowRules {
    pub windows: &'static [DataWindow],
    /// How "the N months before inspection" is turned into dates.
    pub counting: Source,
    /// Monitoring visits: inspectors usually sample cases from the previous three months.
    pub monitoring_sample_months: Sourced<u32>,
    /// Monitoring visits: how the sample period is counted, in words (it ends on the request
    /// for data, not on the visit).
    pub monitoring_sample_words: &'static str,
    /// Monitoring visits: the audit list covers the time since the last monitoring visit, not
    /// F§257's six months.
    pub monitoring_audits: Source,
    /// Monitoring visits: what the audit list covers when the plan has no date for the last
    /// monitoring visit.
    pub monitoring_audits_undated: &'static str,
}

impl DataWindowRules {
    /// The period of one Annex A item, if it has one.
    pub fn for_item(&self, item: &str) -> Option<&DataWindow> {
        self.windows.iter().find(|w| w.item == item)
    }
}

pub const DATA_WINDOW_RULES: DataWindowRules = DataWindowRules {
    windows: &DATA_WINDOWS,
    counting: Source::new(
        "planner convention",
        "Planner convention: the framework says \"in the N months before inspection\"; the planner counts N calendar months back from the notification day (the day the lists are asked for) and includes both ends, so nothing on the boundary is left out",
        PlannerConvention,
    ),
    monitoring_sample_months: Sourced::new(
        3,
        f(
            "F§135",
            "ILACS framework, paragraph 135: at monitoring visits inspectors usually sample cases only from the previous three months",
        ),
    ),
    monitoring_sample_words: "counted back from the request for child-level data, so the period ends on the request day, not on the visit",
    monitoring_audits: f(
        "F§130",
        "ILACS framework, paragraph 130: with the child-level data, the local authority marks the cases it has audited since the last monitoring visit",
    ),
    monitoring_audits_undated: "Covers the audits since the last monitoring visit (framework paragraph 130). The plan has no date for that visit, so no dates are shown.",
};

// ---------------------------------------------------------------------------------------------
// Steps with a period but no day
// ---------------------------------------------------------------------------------------------

/// A day a step is counted from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepPoint {
    /// The visit's notification (request) day.
    Notification,
    /// The visit's first on-site day.
    FirstOnSiteDay,
    /// The visit's last day of fieldwork.
    LastFieldworkDay,
    /// Pathway 3: the day the inadequate inspection's report is received (estimate).
    InadequateReport,
    /// Pathway 3: the action planning visit (estimate).
    ActionPlanningVisit,
    /// Pathway 3: the action plan deadline.
    InadequateActionPlanDue,
}

/// Which plans show a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepScope {
    /// A scheduled visit of one of these kinds.
    Visit(&'static [VisitKind]),
    /// An inadequate authority's improvement cycle (pathway 3).
    Inadequate,
}

/// One step the framework asks of the council (or does with it), placed in a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepRule {
    /// Stable event id (see `docs/event-ids.md`).
    pub id: &'static str,
    pub scope: StepScope,
    /// The first day the step can fall on: a point plus working days.
    pub from: (StepPoint, i32),
    /// The last day it can fall on; `None` when the framework gives no end ("after the visit").
    pub until: Option<(StepPoint, i32)>,
    /// The period in words, shown instead of a day ("during fieldwork").
    pub words: &'static str,
    pub kind: EventKind,
    pub title: &'static str,
    pub detail: &'static str,
    pub who: &'static str,
    pub have_ready: &'static str,
    pub source: Source,
}

const JUDGEMENT: &[VisitKind] = &[VisitKind::Standard, VisitKind::Short];
const FOCUSED: &[VisitKind] = &[VisitKind::Focused];
const WITH_FIELDWORK: &[VisitKind] = &[
    VisitKind::Standard,
    VisitKind::Short,
    VisitKind::Focused,
    VisitKind::Monitoring,
];
const MONITORING: &[VisitKind] = &[VisitKind::Monitoring];

use StepPoint::{
    ActionPlanningVisit, FirstOnSiteDay, InadequateActionPlanDue, InadequateReport,
    LastFieldworkDay, Notification,
};

static STEPS: [StepRule; 14] = [
    StepRule {
        id: "link-person-preparation",
        scope: StepScope::Visit(JUDGEMENT),
        from: (Notification, 0),
        until: Some((FirstOnSiteDay, -1)),
        words: "in the notice week",
        kind: EventKind::Meeting,
        title: "Link person prepares the on-site weeks with the lead inspector",
        detail: "The DCS names a link person with ready access to senior leaders. Before inspectors arrive, the lead inspector works with the link person and/or the DCS: the scope and method of the inspection, how inspectors will hear from children and families (your social work staff ask children, young people and families for their agreement for inspectors to observe meetings and speak with them), practical arrangements, keep-in-touch and feedback meetings, contact details, local context, and any serious incidents.",
        who: "Link person and/or DCS; lead inspector",
        have_ready: "Families' agreement, asked by their social workers, for inspectors to observe meetings or speak with them; work space, access to case files and IT systems with staff to help, dates for keep-in-touch meetings and the feedback meeting with the DCS and senior leaders, the framework summary for affected staff, how local services are structured, your context, strengths and challenges, and any serious incidents awaiting or recently notified to Ofsted (including investigations, learning reviews and local issues of high media interest).",
        source: f(
            "F§76",
            "ILACS framework, paragraph 76: in the week before inspectors are on site the lead inspector works with the link person and/or DCS on the listed preparations, including social work staff asking families for their agreement to be observed and to speak to inspectors",
        ),
    },
    StepRule {
        id: "analyst-call",
        scope: StepScope::Visit(JUDGEMENT),
        from: (Notification, 1),
        until: Some((FirstOnSiteDay, -1)),
        words: "in the notice week, after the Annex A data is shared, before inspectors arrive",
        kind: EventKind::Call,
        title: "Ofsted analyst asks to speak with your analyst",
        detail: "During the week before inspectors arrive, an Ofsted analytical officer will ask to speak with an analyst at the local authority about data quality, performance documents, the performance reporting process and the management information produced, and the layout of your information systems.",
        who: "Ofsted analytical officer; local authority analyst",
        have_ready: "An analyst who knows your data and systems, free for a short call, with notes on any data quality issues in the lists you shared.",
        source: f(
            "F§77, F§255",
            "ILACS framework, paragraph 77: during the week before inspectors arrive on site an Ofsted analytical officer will ask to speak with a local authority analyst (paragraph 255: after Annex A is shared)",
        ),
    },
    // F§77 is written for standard and short inspections; at other visits only F§255's "may"
    // applies. Same id: it is the same step, asked more or less firmly.
    StepRule {
        id: "analyst-call",
        scope: StepScope::Visit(FOCUSED),
        from: (Notification, 1),
        until: Some((FirstOnSiteDay, -1)),
        words: "after the Annex A data is shared, before inspectors arrive",
        kind: EventKind::Call,
        title: "Ofsted analyst may call your analyst",
        detail: "After the local authority shares the Annex A information, Ofsted may arrange a brief call between an Ofsted analytical officer and an analyst at the local authority about the information shared and the layout of your management information systems.",
        who: "Ofsted analytical officer; local authority analyst",
        have_ready: "An analyst who knows your data and systems, free for a short call, with notes on any data quality issues in the information you shared.",
        source: f(
            "F§255",
            "ILACS framework, Annex A, paragraph 255: after the local authority shares Annex A, Ofsted may arrange a brief telephone conversation between an Ofsted analytical officer and a local authority analyst",
        ),
    },
    StepRule {
        id: "lead-member-call",
        scope: StepScope::Visit(JUDGEMENT),
        from: (Notification, 0),
        until: Some((FirstOnSiteDay, -1)),
        words: "possibly, in the notice week",
        kind: EventKind::Call,
        title: "Possible call with the lead member or chief executive",
        detail: "The lead inspector may ask for a phone conversation with the lead member for children's services and/or the chief executive.",
        who: "Lead inspector; lead member for children's services and/or chief executive",
        have_ready: "The lead member's and chief executive's availability in the notice week.",
        source: f(
            "F§78",
            "ILACS framework, paragraph 78: the lead inspector may ask for a phone conversation with the lead member and/or the chief executive",
        ),
    },
    StepRule {
        id: "keep-in-touch-meetings",
        scope: StepScope::Visit(JUDGEMENT),
        from: (FirstOnSiteDay, 0),
        until: Some((LastFieldworkDay, -1)),
        words: "during fieldwork, as agreed",
        kind: EventKind::Meeting,
        title: "Keep-in-touch meetings",
        detail: "Regular keep-in-touch meetings between the lead inspector and the DCS and senior leadership team, arranged in the notice week. On arrival the lead inspector checks the practical arrangements are in place (framework paragraph 80).",
        who: "Lead inspector; DCS and senior leadership team",
        have_ready: "Senior leaders' diaries with the agreed meeting times kept free, and answers to questions raised at the last meeting.",
        source: f(
            "F§76, F§80",
            "ILACS framework, paragraphs 76 and 80: regular keep-in-touch meetings with the DCS and senior leadership team",
        ),
    },
    StepRule {
        id: "carer-calls",
        scope: StepScope::Visit(JUDGEMENT),
        from: (FirstOnSiteDay, 0),
        until: Some((LastFieldworkDay, 0)),
        words: "on up to two days during fieldwork",
        kind: EventKind::Call,
        title: "Regulatory inspector's calls with foster carers and adopters",
        detail: "The social care regulatory inspector is on site for up to two days, evaluating the experiences of up to four foster carer households and up to four adopter households (each including a recent carer assessment), and speaks to carers, supporting staff and managers, and the panel chairs, usually by telephone. The local authority helps arrange the calls. Where adoption is run through a regional adoption agency, inspectors also speak to the local authority's link officer for the regional adoption agency and the independent chair of the adoption panel (framework paragraph 91).",
        who: "Social care regulatory inspector; foster carers and adopters; supporting staff and managers; fostering and adoption panel chairs; the link officer for the regional adoption agency",
        have_ready: "Calls booked with up to four foster carer households and up to four adopter households (each including a recent carer assessment), the staff and managers who support them, and the panel chairs, with the carers' agreement and phone numbers. If you work with a regional adoption agency, time with your link officer for the regional adoption agency and the independent chair of the adoption panel (framework paragraph 91).",
        source: f(
            "F§84–87, F§91",
            "ILACS framework, paragraphs 84–87: the regulatory inspector is on site for up to two days; up to four foster and four adopter households; calls usually by telephone, arranged with the local authority's help; paragraph 91: inspectors speak to the local authority's link officer for the regional adoption agency and the independent chair of the adoption panel",
        ),
    },
    StepRule {
        id: "no-evening-work",
        scope: StepScope::Visit(JUDGEMENT),
        from: (FirstOnSiteDay, 0),
        until: Some((LastFieldworkDay, 0)),
        words: "every fieldwork day",
        kind: EventKind::Note,
        title: "On-site work ends by 6pm",
        detail: "On-site inspection activity does not normally continue after 6pm on any fieldwork day.",
        who: "Inspection team; local authority staff",
        have_ready: "Meetings and visits with staff and families booked to finish by 6pm.",
        source: f(
            "F§83",
            "ILACS framework, paragraph 83: on-site inspection activity does not normally continue after 6pm",
        ),
    },
    StepRule {
        id: "raise-concerns",
        scope: StepScope::Visit(WITH_FIELDWORK),
        from: (FirstOnSiteDay, 0),
        until: Some((LastFieldworkDay, 0)),
        words: "during fieldwork, as soon as a concern arises",
        kind: EventKind::Note,
        title: "Raise any concern during the visit",
        detail: "If a concern arises during the inspection or visit, raise it with the lead inspector or quality assurance manager as soon as possible, so it can be resolved before it ends. Concerns about the factual accuracy of the findings can also be raised afterwards, with the draft. If a concern cannot be resolved this way, a formal complaint can be made under Ofsted's complaints procedure (framework paragraph 223).",
        who: "DCS and senior leaders; lead inspector; quality assurance manager",
        have_ready: "Who in the council raises a concern, and the contact details of the lead inspector and the senior HMI responsible for quality assurance (given in the notice week, framework paragraph 76).",
        source: f(
            "F§222–223",
            "ILACS framework, paragraphs 222–223: concerns are raised with the lead inspector or quality assurance manager as soon as possible during the inspection visit, so they can be resolved before it ends; then Ofsted's formal complaints procedure",
        ),
    },
    StepRule {
        id: "next-visit-milestones",
        scope: StepScope::Visit(MONITORING),
        from: (LastFieldworkDay, 0),
        until: None,
        words: "at the end of the visit",
        kind: EventKind::Meeting,
        title: "Next monitoring visit discussed",
        detail: "The lead inspector and the local authority discuss what the next monitoring visit will look at. If its date is known, the lead inspector confirms when information is due and whether cases must be audited.",
        who: "Lead inspector; DCS and senior managers",
        have_ready: "Your view of the areas for the next visit and any dates to avoid.",
        source: f(
            "F§139",
            "ILACS framework, paragraph 139: the areas for the next monitoring visit are discussed and, if its date is known, the milestones confirmed",
        ),
    },
    StepRule {
        id: "action-planning-letter",
        scope: StepScope::Inadequate,
        from: (InadequateReport, 0),
        until: Some((ActionPlanningVisit, -1)),
        words: "once the report is received, before the visit",
        kind: EventKind::Report,
        title: "Regional director's letter confirming the action planning visit",
        detail: "Once the local authority has its inspection report, Ofsted's regional director writes to the DCS confirming the action planning visit, copied to the DfE inspections and interventions team.",
        who: "Ofsted regional director; DCS; DfE inspections and interventions team (copy)",
        have_ready: "Who will attend: the DCS decides, usually senior managers and key partners; elected councillors do not normally attend (framework paragraph 120).",
        source: f(
            "F§118",
            "ILACS framework, paragraph 118: the regional director writes to the DCS confirming the action planning visit, copied to the DfE",
        ),
    },
    StepRule {
        id: "draft-action-plan-shared",
        scope: StepScope::Inadequate,
        from: (InadequateReport, 0),
        until: Some((ActionPlanningVisit, -1)),
        words: "before the action planning visit, if you have a draft",
        kind: EventKind::Deadline,
        title: "Share your draft action plan (if you have one)",
        detail: "If the local authority has a draft action plan, the DCS shares it with the lead inspector before the action planning visit. Early drafts are accepted as work in progress and are not formally reviewed.",
        who: "DCS; lead inspector",
        have_ready: "The draft action plan, however early.",
        source: f(
            "F§122",
            "ILACS framework, paragraph 122: the DCS shares any draft action plan with the lead inspector before the action planning visit",
        ),
    },
    StepRule {
        id: "monitoring-dates-agreed",
        scope: StepScope::Inadequate,
        from: (ActionPlanningVisit, 0),
        until: None,
        words: "at the action planning visit",
        kind: EventKind::Meeting,
        title: "Monitoring visit dates and focus agreed",
        detail: "At the action planning visit the senior HMI, lead inspector and DCS confirm the date of the first monitoring visit, the pattern of quarterly visits (not always equally spaced) and the focus of the first visit and, where possible, later ones. The lead inspector confirms visit dates in advance.",
        who: "Senior HMI; lead inspector; DCS",
        have_ready: "Dates to avoid over the next year, and what you would like the first monitoring visit to look at.",
        source: f(
            "F§117, F§128",
            "ILACS framework, paragraphs 117 and 128: the action planning visit confirms the first monitoring visit's date and focus and agrees the arrangements for quarterly visits",
        ),
    },
    StepRule {
        id: "action-planning-record",
        scope: StepScope::Inadequate,
        from: (ActionPlanningVisit, 1),
        until: None,
        words: "after the action planning visit (no day given)",
        kind: EventKind::Report,
        title: "Record of the action planning visit sent",
        detail: "The lead inspector records the outcome of the discussions; the senior HMI sends the record to the DCS, the regional director and the national director (social care).",
        who: "Lead inspector; senior HMI; DCS; Ofsted regional director; national director (social care)",
        have_ready: "Your own notes of the visit, to check the record against (monitoring dates and focus agreed).",
        source: f(
            "F§123",
            "ILACS framework, paragraph 123: the outcome of the action planning visit is recorded and sent to the DCS, regional director and national director",
        ),
    },
    StepRule {
        id: "action-plan-review-letter",
        scope: StepScope::Inadequate,
        from: (InadequateActionPlanDue, 1),
        until: None,
        words: "as soon as possible after the action plan is received",
        kind: EventKind::Report,
        title: "Ofsted's letter on whether the action plan reflects the findings",
        detail: "The lead inspector reviews the action plan as soon as possible; the regional director writes to the DCS saying whether it reflects the inspection findings (the DCS, not Ofsted, signs the plan off). The letter is shared with the DfE inspections and interventions unit. If Ofsted and the council disagree, the regional director sets out the differences and the Secretary of State is asked to consider any action.",
        who: "Lead inspector; Ofsted regional director; DCS; DfE inspections and interventions unit",
        have_ready: "Someone to discuss the plan with the lead inspector or senior HMI if Ofsted thinks it does not respond to the recommendations.",
        source: f(
            "F§124–126",
            "ILACS framework, paragraphs 124–126: review of the action plan, the regional director's letter to the DCS and the copy to the DfE",
        ),
    },
];

/// The feedback meeting at the end of fieldwork (the `feedback` event of every visit). The
/// event's own citation is the visit's table, so each text here names its paragraph inline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FeedbackRules {
    /// Who attends after a standard or short inspection.
    pub who_inspection: &'static str,
    /// Who attends after a monitoring visit (F§138).
    pub who_visit: &'static str,
    /// Standard and short inspections only: the findings and provisional judgements the DCS
    /// hears before the meeting, added to the event's description.
    pub before_inspection: Sourced<&'static str>,
    /// Every visit: what to have ready, with the meeting's usual length.
    pub have_ready: Sourced<&'static str>,
    /// Monitoring visits only: a disagreement about the findings must be recorded.
    pub disagreement_monitoring: Sourced<&'static str>,
}

/// After a focused visit: the updated action plan goes with the next self-evaluation (F§220).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UpdatedActionPlanRules {
    pub title: &'static str,
    pub detail: &'static str,
    /// When no engagement meeting has been entered, so no self-evaluation is dated.
    pub words_undated: &'static str,
    pub have_ready: &'static str,
    pub source: Source,
}

/// What a council needs to know about deferral (F§16).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeferralRules {
    pub summary: &'static str,
    pub not_grounds: &'static [&'static str],
    pub grounds: &'static [&'static str],
    pub source: Source,
}

/// Every council step of the framework that the visit tables do not date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CouncilStepRules {
    pub data_windows: DataWindowRules,
    pub steps: &'static [StepRule],
    pub feedback: FeedbackRules,
    pub updated_action_plan: UpdatedActionPlanRules,
    /// After a first monitoring visit: the letter is published if this is a second set of
    /// monitoring visits.
    pub second_set_letter: Source,
    /// Who receives the final report, beside the report events.
    pub report_recipients: Sourced<&'static str>,
    /// How to raise a concern or complain, beside the draft report (the fieldwork days have
    /// their own step, `raise-concerns`).
    pub complaints: Sourced<&'static str>,
    pub deferral: DeferralRules,
}

pub const COUNCIL_STEPS: CouncilStepRules = CouncilStepRules {
    data_windows: DATA_WINDOW_RULES,
    steps: &STEPS,
    feedback: FeedbackRules {
        who_inspection: "Inspection team; DCS and senior leadership team",
        who_visit: "Lead inspector; DCS; chief executive; commissioner (where one is appointed); the Ofsted regional director and/or quality assurance manager may attend",
        before_inspection: Sourced::new(
            "Before the meeting the lead inspector and quality assurance manager usually discuss the main findings with the DCS, and the lead inspector tells the DCS the provisional judgements (framework paragraphs 196 to 197).",
            f(
                "F§196–197",
                "ILACS framework, paragraphs 196–197: before formal feedback at a standard or short inspection the main findings are discussed with the DCS, who is told the provisional judgements before the meeting",
            ),
        ),
        have_ready: Sourced::new(
            "Senior leaders free for up to 60 minutes (framework paragraph 199). Inspectors share their summary evidence, not a finished report or letter, and invite discussion of it.",
            f(
                "F§199",
                "ILACS framework, paragraph 199: inspectors share their summary evidence; the meeting should usually last no longer than 60 minutes",
            ),
        ),
        disagreement_monitoring: Sourced::new(
            "If the council and the inspectors disagree about the findings, it must be recorded (framework paragraph 138): say so at the meeting.",
            f(
                "F§138",
                "ILACS framework, paragraph 138: at the end of each monitoring visit, if the authority and inspectors disagree about the findings, this must be recorded",
            ),
        ),
    },
    updated_action_plan: UpdatedActionPlanRules {
        title: "Updated action plan goes with the self-evaluation",
        detail: "After a focused visit, updating the existing action plan from the previous inspection is enough for Ofsted and the DfE. Send the updated plan with the self-evaluation you share before the next annual engagement meeting.",
        words_undated: "with your next self-evaluation (enter the annual engagement meeting to date it)",
        have_ready: "The existing action plan, updated for the focused visit's findings.",
        source: f(
            "F§220",
            "ILACS framework, paragraph 220: after a focused visit, send the updated action plan with the self-evaluation before the next annual engagement meeting",
        ),
    },
    second_set_letter: f(
        "F§202 (fn 28)",
        "ILACS framework, paragraph 202 table, footnote 28: the letter after a first monitoring visit is published when it is a second set of monitoring visits",
    ),
    report_recipients: Sourced::new(
        "Ofsted also sends the final version to any third party running delegated statutory functions, to the Chair of the Children in Care Council and/or the worker who supports the council, and to the DfE (framework paragraph 216).",
        f(
            "F§216",
            "ILACS framework, paragraph 216: the final report goes to the local authority, a third party where functions are delegated, the Chair of the Children in Care Council and/or its support worker, and the DfE",
        ),
    ),
    complaints: Sourced::new(
        "Concerns during the inspection go to the lead inspector or quality assurance manager as soon as possible; concerns about factual accuracy are considered in quality assurance; if they cannot be resolved, use Ofsted's complaints procedure (framework paragraphs 222 to 223).",
        f(
            "F§222–223",
            "ILACS framework, paragraphs 222–223: raise concerns with the lead inspector or quality assurance manager during the inspection; then Ofsted's formal complaints procedure",
        ),
    ),
    deferral: DeferralRules {
        summary: "Ofsted does not usually defer inspections or visits. It defers only where going ahead might put staff at risk or where inspectors would be severely restricted in gathering secure evidence.",
        not_grounds: &[
            "Staff absence, including the absence of the director of children's services (DCS)",
        ],
        grounds: &[
            "Serious weather that makes getting to sites difficult or dangerous for inspectors and staff",
            "A power failure that stops inspectors reaching electronic records for a long time",
            "An unexpected and serious incident, such as a terrorist attack",
        ],
        source: f(
            "F§16",
            "ILACS framework, paragraph 16: inspections and visits are not usually deferred; staff absence, including the DCS's, is not a reason",
        ),
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_ids_are_unique_per_visit_and_cite_a_paragraph() {
        let kinds = VisitKind::ALL;
        for kind in kinds {
            let mut ids: Vec<_> = STEPS
                .iter()
                .filter(|s| matches!(s.scope, StepScope::Visit(k) if k.contains(&kind)))
                .map(|s| s.id)
                .collect();
            let n = ids.len();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), n, "{kind:?}");
        }
        let mut inadequate: Vec<_> = STEPS
            .iter()
            .filter(|s| s.scope == StepScope::Inadequate)
            .map(|s| s.id)
            .collect();
        let n = inadequate.len();
        inadequate.sort_unstable();
        inadequate.dedup();
        assert_eq!(inadequate.len(), n);
        for s in &STEPS {
            assert!(s.source.label.starts_with("F§"), "{}", s.id);
            assert!(!s.have_ready.is_empty() && !s.words.is_empty(), "{}", s.id);
        }
    }
}
