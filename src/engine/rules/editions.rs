//! The editions of the rules, as data.
//!
//! To add an edition: write a new `RuleSet` constant (reuse the parts that have not changed) and
//! add it to [`all`] in date order. No code elsewhere changes.

use chrono::{NaiveDate, Weekday};

use super::{
    ActionPlanRules, AnnexADeadlines, AnnexARules, CitationKind, CycleRules, EventKind,
    FlaggedPeriod, FlaggedRules, GradingRules, InadequateRules, Milestone, PathwayRules,
    ReportKind, ReportRules, ReportTimetable, RuleSet, Source, Sourced, TimeOfDay, VisitKind,
    VisitPattern,
};

use CitationKind::{Assumption, Framework, PlannerConvention, PublicSource};

/// A date in rule data (checked at compile time).
const fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => panic!("invalid date in rule data"),
    }
}

const fn f(label: &'static str, text: &'static str) -> Source {
    Source::new(label, text, Framework)
}

// ---------------------------------------------------------------------------------------------
// Citations used more than once
// ---------------------------------------------------------------------------------------------

const F13: Source = f(
    "F§13",
    "ILACS framework, paragraph 13: standard and short inspections usually within six months before or after the three-year anniversary",
);
const F14: Source = f(
    "F§14",
    "ILACS framework, paragraph 14: no inspections usually begin over Christmas and New Year; in August only planned monitoring visits, and focused visits by agreement or if concerns arise",
);
const F52_TABLE: Source = f(
    "F§52–53",
    "ILACS framework, paragraphs 52–53 and the standard inspection timetable",
);
const F54_TABLE: Source = f(
    "F§54–55",
    "ILACS framework, paragraphs 54–55 and the short inspection timetable",
);
const F73: Source = f(
    "F§73",
    "ILACS framework, paragraph 73 (footnote 18): notification by telephone by 9.30am five working days before fieldwork; a bank-holiday Monday moves it to the previous working day, Friday, and at Easter to the Thursday",
);
const F92_94: Source = f(
    "F§92–94",
    "ILACS framework, paragraphs 92–94: the schools HMI works off site on the first Monday and on site on the Tuesday",
);
const F103_TABLE: Source = f(
    "F§103",
    "ILACS framework, paragraph 103 and the focused visit timetable (footnote 20: a Wednesday–Thursday visit moves every milestone one day later)",
);
const F128_TABLE: Source = f(
    "F§128–131",
    "ILACS framework, paragraphs 128–131 and the monitoring visit timetable (footnote 22: a Wednesday–Thursday visit moves every milestone one day later)",
);
const ANNEX_A: Source = f(
    "F Annex A",
    "ILACS framework, Annex A (paragraph 242): milestones for sharing information",
);
const F216: Source = f(
    "F§216",
    "ILACS framework, paragraph 216 table: report timetable in working days after fieldwork ends",
);
const JTAI_GUIDANCE: Source = Source::new(
    "JTAI guidance",
    "Joint targeted area inspection guidance (public, not in the seed documents): 10 working days' notice, fieldwork in the third week",
    PublicSource,
);
/// The seeds name HMI Probation among the JTAI inspectorates and JTAIs since 2022 have included it
/// where the theme needs it; the rule book shows nothing about JTAIs more precise than is published.
const JTAI_PARTNERS: Source = Source::new(
    "F§26 (fn 5); JTAI guidance",
    "ILACS framework, paragraph 26 footnote 5 (the four JTAI inspectorates: Ofsted, CQC, HMICFRS and HMI Probation), Leicestershire scrutiny report (2018) paragraph 19 and Kent County Council paper (2017) section 4; public JTAI guidance: HMI Probation takes part where the theme needs it (for example serious youth violence)",
    PublicSource,
);
/// F§22 footnote 4 allowed a re-inspection under the single inspection framework; the
/// framework's September 2018 update ended that.
const REINSPECTION_2018: Source = Source::new(
    "Ofsted, September 2018",
    "ILACS framework as updated in September 2018 (reported by CYP Now, 17 September 2018, and Community Care, 19 September 2018): inadequate authorities are re-inspected with a standard inspection under ILACS, no longer the single inspection framework that paragraph 22 (footnote 4) allowed",
    PublicSource,
);
const COMMENTS_2020: Source = Source::new(
    "Ofsted 2020",
    "Ofsted consultation outcome (2020): local authorities have 5 working days to comment on a draft report",
    PublicSource,
);

// ---------------------------------------------------------------------------------------------
// Visit patterns (notice period and fieldwork)
// ---------------------------------------------------------------------------------------------

const NOTIFICATION_CALL: Milestone = Milestone {
    id: "notification",
    offset: 0,
    kind: EventKind::Notification,
    time: Some(TimeOfDay::NineThirty),
    title: "Notification call to the DCS",
    detail: "The lead inspector telephones the director of children's services by 9.30am to announce the inspection, arranges to meet on arrival, then emails to confirm and asks for the Annex A information.",
    who: "Lead inspector; director of children's services (DCS)",
    source: F73,
    estimate: false,
};

const SET_UP_CALL_JUDGEMENT: Milestone = Milestone {
    id: "set-up-call",
    offset: 0,
    kind: EventKind::Call,
    time: Some(TimeOfDay::Afternoon),
    title: "Set-up call",
    detail: "Afternoon telephone conference to set up the inspection; the DCS names a link person.",
    who: "Lead inspector; DCS",
    source: F52_TABLE,
    estimate: false,
};

/// The notice week of standard and short inspections (identical in the framework).
macro_rules! judgement_notice_week {
    ($table:expr) => {
        [
            NOTIFICATION_CALL,
            SET_UP_CALL_JUDGEMENT,
            Milestone {
                id: "child-level-data-due",
                offset: 1,
                kind: EventKind::Deadline,
                time: Some(TimeOfDay::EndOfDay),
                title: "Child-level data and audit information due",
                detail: "The local authority shares its child-level data lists and information about the audits it completed in the six months before the inspection.",
                who: "Local authority (link person, data team)",
                source: ANNEX_A,
                estimate: false,
            },
            Milestone {
                id: "management-information-due",
                offset: 2,
                kind: EventKind::Deadline,
                time: Some(TimeOfDay::EndOfDay),
                title: "Performance and management information due",
                detail: "The local authority shares the information it uses to manage services for children and young people.",
                who: "Local authority (link person, performance team)",
                source: ANNEX_A,
                estimate: false,
            },
            Milestone {
                id: "case-information-due",
                offset: 3,
                kind: EventKind::Deadline,
                time: Some(TimeOfDay::EndOfDay),
                title: "Specific children's case information due",
                detail: "The local authority shares the information about specific children's cases that the lead inspector asked for.",
                who: "Local authority (link person)",
                source: ANNEX_A,
                estimate: false,
            },
            Milestone {
                id: "team-off-site-evaluation",
                offset: 3,
                kind: EventKind::OffSiteEvaluation,
                time: None,
                title: "Team evaluates evidence off site",
                detail: "The full inspection team evaluates the information shared so far, off site.",
                who: "Inspection team",
                source: $table,
                estimate: false,
            },
            Milestone {
                id: "team-call",
                offset: 4,
                kind: EventKind::Call,
                time: None,
                title: "Team telephone conference",
                detail: "The inspection team meets by telephone, with an Ofsted analytical officer. During this week the analytical officer will ask to speak to a local authority analyst (framework paragraph 77).",
                who: "Inspection team; Ofsted analytical officer",
                source: $table,
                estimate: false,
            },
        ]
    };
}

const fn onsite(id: &'static str, offset: i32, source: Source) -> Milestone {
    Milestone {
        id,
        offset,
        kind: EventKind::OnSite,
        time: None,
        title: "On site: gathering evidence",
        detail: "The full team is on site gathering evidence: case discussions with social workers and managers, meetings, observation of practice.",
        who: "Inspection team; local authority staff",
        source,
        estimate: false,
    }
}

const fn arrival(source: Source) -> Milestone {
    Milestone {
        id: "onsite-1",
        offset: 5,
        kind: EventKind::OnSite,
        time: Some(TimeOfDay::Afternoon),
        title: "Inspectors arrive on site",
        detail: "The lead inspector arrives in the afternoon to meet the DCS and set up the inspection; the full team is on site in the afternoon.",
        who: "Lead inspector; inspection team; DCS",
        source,
        estimate: false,
    }
}

const SCHOOLS_HMI_OFF_SITE: Milestone = Milestone {
    id: "schools-hmi-off-site",
    offset: 5,
    kind: EventKind::OffSiteEvaluation,
    time: None,
    title: "Schools HMI evaluates off site",
    detail: "The schools inspector analyses data and information off site and may phone the virtual school head.",
    who: "Schools HMI; virtual school head",
    source: F92_94,
    estimate: false,
};

const SCHOOLS_HMI_ON_SITE: Milestone = Milestone {
    id: "schools-hmi-on-site",
    offset: 6,
    kind: EventKind::OnSite,
    time: None,
    title: "Schools HMI on site",
    detail: "The schools inspector interviews the virtual school head (and data staff where appropriate) and looks at the progress of some children in care and care leavers.",
    who: "Schools HMI; virtual school head",
    source: F92_94,
    estimate: false,
};

const STANDARD_MILESTONES: [Milestone; 17] = {
    let w = judgement_notice_week!(F52_TABLE);
    [
        w[0],
        w[1],
        w[2],
        w[3],
        w[4],
        w[5],
        w[6],
        arrival(F52_TABLE),
        SCHOOLS_HMI_OFF_SITE,
        onsite("onsite-2", 6, F52_TABLE),
        SCHOOLS_HMI_ON_SITE,
        onsite("onsite-3", 7, F52_TABLE),
        onsite("onsite-4", 8, F52_TABLE),
        Milestone {
            id: "week-1-off-site-evaluation",
            offset: 9,
            kind: EventKind::OffSiteEvaluation,
            time: None,
            title: "Team evaluates evidence off site",
            detail: "End of the first week: the full team evaluates the evidence off site.",
            who: "Inspection team",
            source: F52_TABLE,
            estimate: false,
        },
        Milestone {
            id: "onsite-5",
            offset: 10,
            kind: EventKind::OnSite,
            time: Some(TimeOfDay::Lunchtime),
            title: "Team back on site from lunchtime",
            detail: "Second week: the full team is on site from lunchtime gathering evidence.",
            who: "Inspection team; local authority staff",
            source: F52_TABLE,
            estimate: false,
        },
        onsite("onsite-6", 11, F52_TABLE),
        onsite("onsite-7", 12, F52_TABLE),
    ]
};

/// Standard inspection: everything up to the last on-site day, then feedback (offset 14).
const STANDARD_ALL: [Milestone; 19] = {
    let m = STANDARD_MILESTONES;
    [
        m[0],
        m[1],
        m[2],
        m[3],
        m[4],
        m[5],
        m[6],
        m[7],
        m[8],
        m[9],
        m[10],
        m[11],
        m[12],
        m[13],
        m[14],
        m[15],
        m[16],
        onsite("onsite-8", 13, F52_TABLE),
        feedback(14, F52_TABLE, true),
    ]
};

const fn feedback(offset: i32, source: Source, judgement: bool) -> Milestone {
    Milestone {
        id: "feedback",
        offset,
        kind: EventKind::Feedback,
        time: None,
        title: if judgement {
            "Feedback of findings (last day of fieldwork)"
        } else {
            "On site and feedback (last day of fieldwork)"
        },
        detail: if judgement {
            "The team feeds back its findings and judgements to the DCS and senior leaders (usually no more than an hour) and leaves the site by early afternoon. The lead inspector explains how the draft report will be shared."
        } else {
            "The inspectors are on site, then feed back their findings to the DCS and senior leaders. The lead inspector explains how the draft letter will be shared."
        },
        who: "Inspectors; DCS; senior leaders",
        source,
        estimate: false,
    }
}

const SHORT_ALL: [Milestone; 12] = {
    let w = judgement_notice_week!(F54_TABLE);
    [
        w[0],
        w[1],
        w[2],
        w[3],
        w[4],
        w[5],
        w[6],
        arrival(F54_TABLE),
        SCHOOLS_HMI_OFF_SITE,
        onsite("onsite-2", 6, F54_TABLE),
        SCHOOLS_HMI_ON_SITE,
        onsite("onsite-3", 7, F54_TABLE),
    ]
};

const SHORT_WITH_END: [Milestone; 14] = {
    let m = SHORT_ALL;
    [
        m[0],
        m[1],
        m[2],
        m[3],
        m[4],
        m[5],
        m[6],
        m[7],
        m[8],
        m[9],
        m[10],
        m[11],
        onsite("onsite-4", 8, F54_TABLE),
        feedback(9, F54_TABLE, true),
    ]
};

const FOCUSED_ALL: [Milestone; 11] = [
    Milestone {
        id: "lead-off-site-evaluation",
        offset: -1,
        kind: EventKind::OffSiteEvaluation,
        time: None,
        title: "Lead inspector evaluates evidence off site",
        detail: "The day before notification the lead inspector evaluates the evidence Ofsted already holds, off site. The local authority does not know yet.",
        who: "Lead inspector",
        source: F103_TABLE,
        estimate: false,
    },
    Milestone {
        id: "notification",
        offset: 0,
        kind: EventKind::Notification,
        time: None,
        title: "Notification call to the DCS",
        detail: "The lead inspector telephones the director of children's services to announce the focused visit and asks for the Annex A information relevant to the visit.",
        who: "Lead inspector; director of children's services (DCS)",
        source: F103_TABLE,
        estimate: false,
    },
    Milestone {
        id: "set-up-call",
        offset: 0,
        kind: EventKind::Call,
        time: Some(TimeOfDay::Afternoon),
        title: "Set-up call",
        detail: "Afternoon telephone conference to set up the visit.",
        who: "Lead inspector; DCS",
        source: F103_TABLE,
        estimate: false,
    },
    Milestone {
        id: "child-level-data-due",
        offset: 1,
        kind: EventKind::Deadline,
        time: Some(TimeOfDay::Midday),
        title: "Child-level data and audit information due",
        detail: "The local authority shares the child-level data and information about audits relevant to the visit, usually by midday.",
        who: "Local authority (link person, data team)",
        source: ANNEX_A,
        estimate: false,
    },
    Milestone {
        id: "management-information-due",
        offset: 1,
        kind: EventKind::Deadline,
        time: Some(TimeOfDay::EndOfDay),
        title: "Performance and management information due",
        detail: "The local authority shares the management information relevant to the visit, usually by the end of the day.",
        who: "Local authority (link person, performance team)",
        source: ANNEX_A,
        estimate: false,
    },
    Milestone {
        id: "case-information-due",
        offset: 2,
        kind: EventKind::Deadline,
        time: Some(TimeOfDay::EndOfDay),
        title: "Specific children's case information due",
        detail: "The local authority shares the information about specific children's cases, usually by the end of the day.",
        who: "Local authority (link person)",
        source: ANNEX_A,
        estimate: false,
    },
    Milestone {
        id: "team-off-site-evaluation",
        offset: 2,
        kind: EventKind::OffSiteEvaluation,
        time: None,
        title: "Team evaluates evidence off site",
        detail: "Both inspectors evaluate the information shared, off site.",
        who: "Inspectors",
        source: F103_TABLE,
        estimate: false,
    },
    Milestone {
        id: "team-call",
        offset: 3,
        kind: EventKind::Call,
        time: None,
        title: "Team telephone conference",
        detail: "The inspectors meet by telephone to plan the visit.",
        who: "Inspectors",
        source: F103_TABLE,
        estimate: false,
    },
    Milestone {
        id: "off-site-evaluation",
        offset: 4,
        kind: EventKind::OffSiteEvaluation,
        time: None,
        title: "Off-site evaluation before fieldwork",
        detail: "The day before the inspectors arrive, they evaluate the evidence off site.",
        who: "Inspectors",
        source: F103_TABLE,
        estimate: false,
    },
    Milestone {
        id: "onsite-1",
        offset: 5,
        kind: EventKind::OnSite,
        time: None,
        title: "Inspectors on site",
        detail: "Two inspectors are on site gathering evidence on the visit's topic.",
        who: "Two inspectors; local authority staff",
        source: F103_TABLE,
        estimate: false,
    },
    feedback(6, F103_TABLE, false),
];

const MONITORING_ALL: [Milestone; 9] = [
    Milestone {
        id: "notification",
        offset: 0,
        kind: EventKind::Notification,
        time: None,
        title: "Lead inspector requests child-level data",
        detail: "About two weeks before the visit the lead inspector asks for up-to-date child-level data and may ask the local authority to audit cases.",
        who: "Lead inspector; local authority",
        source: F128_TABLE,
        estimate: false,
    },
    Milestone {
        id: "child-level-data-due",
        offset: 1,
        kind: EventKind::Deadline,
        time: None,
        title: "Child-level data due, marking audited cases",
        detail: "The local authority provides the data and shows which cases it has audited since the last monitoring visit.",
        who: "Local authority (data team)",
        source: ANNEX_A,
        estimate: false,
    },
    Milestone {
        id: "audited-cases-named",
        offset: 2,
        kind: EventKind::Notification,
        time: None,
        title: "Inspector names the audited cases to share",
        detail: "The lead inspector tells the local authority which audited cases (usually up to six) to share.",
        who: "Lead inspector; local authority",
        source: F128_TABLE,
        estimate: false,
    },
    Milestone {
        id: "audited-cases-due",
        offset: 7,
        kind: EventKind::Deadline,
        time: None,
        title: "Audited cases and management information due",
        detail: "The local authority shares the completed audits (at least three working days before the visit, framework paragraph 131) and the management information requested.",
        who: "Local authority",
        source: ANNEX_A,
        estimate: false,
    },
    Milestone {
        id: "team-off-site-evaluation",
        offset: 8,
        kind: EventKind::OffSiteEvaluation,
        time: None,
        title: "Team evaluates evidence off site",
        detail: "The inspectors evaluate the evidence shared, off site.",
        who: "Inspectors",
        source: F128_TABLE,
        estimate: false,
    },
    Milestone {
        id: "team-call",
        offset: 9,
        kind: EventKind::Call,
        time: None,
        title: "Team telephone conference",
        detail: "The inspectors meet by telephone to plan the visit.",
        who: "Inspectors",
        source: F128_TABLE,
        estimate: false,
    },
    Milestone {
        id: "off-site-evaluation",
        offset: 10,
        kind: EventKind::OffSiteEvaluation,
        time: None,
        title: "Off-site evaluation before fieldwork",
        detail: "The day before the inspectors arrive, they evaluate the evidence off site.",
        who: "Inspectors",
        source: F128_TABLE,
        estimate: false,
    },
    Milestone {
        id: "onsite-1",
        offset: 11,
        kind: EventKind::OnSite,
        time: None,
        title: "Inspectors on site",
        detail: "Two inspectors are on site, usually looking at the experiences of up to six children and the local authority's audits (framework paragraph 134).",
        who: "Two inspectors; local authority staff",
        source: F128_TABLE,
        estimate: false,
    },
    feedback(12, F128_TABLE, false),
];

const JTAI_ALL: [Milestone; 2] = [
    Milestone {
        id: "notification",
        offset: 0,
        kind: EventKind::Notification,
        time: None,
        title: "JTAI notification",
        detail: "The inspectorates notify the local area of a joint targeted area inspection with 10 working days' notice.",
        who: "Ofsted, CQC and HMICFRS, with HMI Probation where the theme needs it; local partners",
        source: JTAI_GUIDANCE,
        estimate: false,
    },
    Milestone {
        id: "fieldwork-week",
        offset: 10,
        kind: EventKind::OnSite,
        time: None,
        title: "JTAI fieldwork week begins",
        detail: "Fieldwork takes place in the third week after notification. The sources used here give no more detail about the days.",
        who: "Joint inspection team; local partners",
        source: JTAI_GUIDANCE,
        estimate: true,
    },
];

const STANDARD: VisitPattern = VisitPattern {
    kind: VisitKind::Standard,
    notice_working_days: Sourced::new(5, F73),
    usual_notification_weekday: Some(Sourced::new(Weekday::Mon, ANNEX_A)),
    later_variant: None,
    fieldwork_working_days: Some(Sourced::new(10, F52_TABLE)),
    report: Some(ReportKind::Judgement),
    team: Sourced::new(
        "Usually four social care inspectors, a regulatory inspector on site for up to two days and a schools HMI on site for one day (allocated two days, framework paragraph 92; fewer inspectors for some smaller authorities).",
        F52_TABLE,
    ),
    milestones: &STANDARD_ALL,
};

const SHORT: VisitPattern = VisitPattern {
    kind: VisitKind::Short,
    notice_working_days: Sourced::new(5, F73),
    usual_notification_weekday: Some(Sourced::new(Weekday::Mon, ANNEX_A)),
    later_variant: None,
    fieldwork_working_days: Some(Sourced::new(5, F54_TABLE)),
    report: Some(ReportKind::Judgement),
    team: Sourced::new(
        "Usually four social care inspectors, a regulatory inspector on site for up to two days and a schools HMI on site for one day (allocated two days, framework paragraph 92).",
        F54_TABLE,
    ),
    milestones: &SHORT_WITH_END,
};

const FOCUSED: VisitPattern = VisitPattern {
    kind: VisitKind::Focused,
    notice_working_days: Sourced::new(5, F103_TABLE),
    usual_notification_weekday: Some(Sourced::new(Weekday::Tue, ANNEX_A)),
    later_variant: Some(F103_TABLE),
    fieldwork_working_days: Some(Sourced::new(2, F103_TABLE)),
    report: Some(ReportKind::Letter),
    team: Sourced::new("Usually two inspectors.", F103_TABLE),
    milestones: &FOCUSED_ALL,
};

const MONITORING: VisitPattern = VisitPattern {
    kind: VisitKind::Monitoring,
    notice_working_days: Sourced::new(11, F128_TABLE),
    usual_notification_weekday: Some(Sourced::new(Weekday::Mon, ANNEX_A)),
    later_variant: Some(F128_TABLE),
    fieldwork_working_days: Some(Sourced::new(2, F128_TABLE)),
    report: Some(ReportKind::Letter),
    team: Sourced::new(
        "Usually two inspectors, ideally the same lead inspector for every monitoring visit (framework paragraph 129).",
        F128_TABLE,
    ),
    milestones: &MONITORING_ALL,
};

const JTAI: VisitPattern = VisitPattern {
    kind: VisitKind::Jtai,
    notice_working_days: Sourced::new(10, JTAI_GUIDANCE),
    usual_notification_weekday: None,
    later_variant: None,
    fieldwork_working_days: None,
    report: None,
    team: Sourced::new(
        "Ofsted, the Care Quality Commission and HMICFRS, with HMI Probation where the theme needs it.",
        JTAI_PARTNERS,
    ),
    milestones: &JTAI_ALL,
};

// ---------------------------------------------------------------------------------------------
// After fieldwork
// ---------------------------------------------------------------------------------------------

const JUDGEMENT_2017: ReportTimetable = ReportTimetable {
    draft: Sourced::new(10, F216),
    comments: Sourced::new(3, F216),
    final_report: Sourced::new(18, F216),
    publication: Sourced::new(21, F216),
    observed_publication: &[],
};

const LETTER_2017: ReportTimetable = ReportTimetable {
    draft: Sourced::new(5, F216),
    comments: Sourced::new(2, F216),
    final_report: Sourced::new(14, F216),
    publication: Sourced::new(16, F216),
    observed_publication: &[],
};

const REPORTS_2017: ReportRules = ReportRules {
    judgement: JUDGEMENT_2017,
    letter: LETTER_2017,
    first_monitoring_letter_published: Sourced::new(
        false,
        f(
            "F§202",
            "ILACS framework, paragraph 202 table (footnote 28): no letter is usually published after the first monitoring visit, unless it is a second set of monitoring visits",
        ),
    ),
};

const REPORTS_CURRENT: ReportRules = ReportRules {
    judgement: ReportTimetable {
        comments: Sourced::new(5, COMMENTS_2020),
        observed_publication: &super::forecast::OBSERVED_JUDGEMENT,
        ..JUDGEMENT_2017
    },
    letter: ReportTimetable {
        comments: Sourced::new(5, COMMENTS_2020),
        ..LETTER_2017
    },
    ..REPORTS_2017
};

const ACTION_PLANS: ActionPlanRules = ActionPlanRules {
    after_inspection: Sourced::new(
        70,
        f(
            "F§219",
            "ILACS framework, paragraph 219: action plan within 70 working days of receiving the final report",
        ),
    ),
    priority_draft: Sourced::new(
        20,
        Source::new(
            "Ofsted 2018 (CYP Now)",
            "Ofsted, 2018, reported by CYP Now: where a focused visit letter names areas for priority action, a draft plan within 20 working days of receiving the letter",
            PublicSource,
        ),
    ),
    priority_final: Sourced::new(
        70,
        Source::new(
            "Ofsted 2018 (CYP Now)",
            "Ofsted, 2018, reported by CYP Now: where a focused visit letter names areas for priority action, a final plan within 70 working days of receiving the letter",
            PublicSource,
        ),
    ),
    focused_update: f(
        "F§220",
        "ILACS framework, paragraph 220: after a focused visit, update the existing action plan and send it with the next self-evaluation",
    ),
    none_after_monitoring: f(
        "F§221",
        "ILACS framework, paragraph 221: no action plan is needed after a monitoring visit",
    ),
};

// ---------------------------------------------------------------------------------------------
// Inadequate authorities, cycle, pathways, grading, flagged periods
// ---------------------------------------------------------------------------------------------

const INADEQUATE: InadequateRules = InadequateRules {
    action_planning_visit: Sourced::new(
        30,
        f(
            "F§116",
            "ILACS framework, paragraph 116: at the feedback meeting the lead inspector asks the DCS to arrange an action planning visit, about 30 working days after the local authority receives its report",
        ),
    ),
    agenda_before_visit: Sourced::new(
        5,
        f(
            "F§121",
            "ILACS framework, paragraph 121: final agenda circulated five working days before the action planning visit",
        ),
    ),
    first_monitoring_within_weeks: Sourced::new(
        4,
        f(
            "F§128",
            "ILACS framework, paragraph 128: first monitoring visit usually within four weeks of the action plan deadline",
        ),
    ),
    monitoring_interval_months: Sourced::new(
        3,
        f(
            "F§112, F§24 table",
            "ILACS framework, paragraph 112 and the table after paragraph 24: quarterly monitoring visits",
        ),
    ),
    monitoring_visits: Sourced::new(
        (4, 6),
        f(
            "F§22, F§128",
            "ILACS framework, paragraphs 22 and 128: usually four to six monitoring visits before re-inspection",
        ),
    ),
    reinspection_after_last_visit_months: Sourced::new(
        3,
        Source::new(
            "assumption",
            "Planner assumption: the re-inspection follows the last monitoring visit after one more quarter; the framework gives no interval",
            Assumption,
        ),
    ),
    self_evaluation_pause_months: Sourced::new(
        12,
        f(
            "F§30",
            "ILACS framework, paragraph 30: inadequate authorities are not asked for a self-evaluation until the first 12 months of monitoring visits are complete",
        ),
    ),
    reinspection: Sourced::new(
        "re-inspection (a standard inspection since September 2018)",
        REINSPECTION_2018,
    ),
};

const CYCLE: CycleRules = CycleRules {
    anniversary_years: Sourced::new(3, F13),
    anniversary_anchor: Source::new(
        "F§13 (anchor: assumption)",
        "The framework speaks of the three-year anniversary of the previous inspection; anchoring it on that inspection's first on-site day is a planner assumption",
        Assumption,
    ),
    window_months_before: Sourced::new(6, F13),
    window_months_after: Sourced::new(6, F13),
    episode_gap_months: Sourced::new(
        6,
        Source::new(
            "Peterborough 2018, §4.4",
            "Peterborough City Council briefing (2018), section 4.4: every effort is made to leave at least six months between episodes of inspection activity",
            PublicSource,
        ),
    ),
    engagement_interval_months: Sourced::new(
        12,
        f(
            "F§27",
            "ILACS framework, paragraphs 27 and 43: a self-evaluation and an engagement meeting each year (not at exactly the same point every year)",
        ),
    ),
    engagement_meetings_shown: Sourced::new(
        3,
        Source::new(
            "planner convention",
            "Planner convention: the given meeting and the two following years are shown, as estimates",
            PlannerConvention,
        ),
    ),
    self_evaluation_before_meeting_months: Sourced::new(
        1,
        Source::new(
            "Leicestershire 2018, §15",
            "Leicestershire County Council scrutiny report (January 2018), paragraph 15: self-evaluation submitted one month before the meeting (the framework says only 'before', framework paragraph 34)",
            PublicSource,
        ),
    ),
    engagement_letter_within_months: Sourced::new(
        1,
        f(
            "F§48",
            "ILACS framework, paragraph 48: letter to the DCS within a month of the meeting",
        ),
    ),
};

const PATHWAY_1: PathwayRules = PathwayRules {
    next_inspection: Sourced::new(
        "short inspection",
        f(
            "F§17",
            "ILACS framework, paragraph 17: good or outstanding authorities usually receive a short inspection about three years later",
        ),
    ),
    between: Sourced::new(
        (1, 2),
        f(
            "F§18, F§24",
            "ILACS framework, paragraph 18 (usually one focused visit or a JTAI) and the table after paragraph 24 (up to two focused visits)",
        ),
    ),
    between_text: "usually one focused visit or a JTAI (the framework's summary table says up to two focused visits)",
    source: f(
        "F§17–19",
        "ILACS framework, paragraphs 17–19: pathway 1",
    ),
};

const PATHWAY_2: PathwayRules = PathwayRules {
    next_inspection: Sourced::new(
        "standard inspection",
        f(
            "F§20",
            "ILACS framework, paragraph 20: requires improvement authorities receive a standard inspection about three years later",
        ),
    ),
    between: Sourced::new(
        (0, 2),
        f(
            "F§21",
            "ILACS framework, paragraph 21: up to two focused visits; a JTAI may replace one",
        ),
    ),
    between_text: "up to two focused visits; a JTAI may replace one",
    source: f(
        "F§20–21",
        "ILACS framework, paragraphs 20–21: pathway 2",
    ),
};

const PATHWAY_3: PathwayRules = PathwayRules {
    next_inspection: Sourced::new(
        "re-inspection after monitoring visits (a standard inspection since September 2018)",
        REINSPECTION_2018,
    ),
    between: Sourced::new(
        (0, 0),
        f(
            "F§112, F§24 table",
            "ILACS framework, paragraph 112 and the table after paragraph 24: quarterly monitoring visits instead of focused visits",
        ),
    ),
    between_text: "an action planning visit, then quarterly monitoring visits (usually four to six) instead of focused visits",
    source: f(
        "F§22–23",
        "ILACS framework, paragraphs 22–23: pathway 3",
    ),
};

const GRADING_2017: GradingRules = GradingRules {
    no_overall_grade_from: None,
    care_leavers_separate_from: Sourced::new(
        ymd(2023, 1, 1),
        Source::new(
            "Ofsted 2023",
            "Ofsted: care leavers judged separately from children in care since January 2023",
            PublicSource,
        ),
    ),
    sub_judgement_derivation: Source::new(
        "assumption",
        "Planner assumption: any inadequate sub-judgement gives pathway 3, all good or better gives pathway 1, otherwise pathway 2 (Ofsted has not published how the pathway is chosen without an overall grade)",
        Assumption,
    ),
    overall_grade: f(
        "F§17, F§20, F§22",
        "ILACS framework, paragraphs 17, 20 and 22: the pathway follows the overall effectiveness grade of the most recent inspection",
    ),
};

const GRADING_CURRENT: GradingRules = GradingRules {
    no_overall_grade_from: Some(Sourced::new(
        ymd(2026, 4, 1),
        Source::new(
            "Ofsted 27 Nov 2025",
            "Ofsted announcement, 27 November 2025: no overall effectiveness grade from April 2026; sub-judgements stay graded",
            PublicSource,
        ),
    )),
    ..GRADING_2017
};

const FLAGGED: FlaggedRules = FlaggedRules {
    august_month: Sourced::new(8, F14),
    christmas_default: Sourced::new(
        FlaggedPeriod {
            start_month: 12,
            start_day: 24,
            end_month: 1,
            end_day: 1,
        },
        Source::new(
            "F§14 (dates: planner convention)",
            "ILACS framework, paragraph 14 gives no dates for the Christmas and New Year period; 24 December to 1 January is this planner's default and can be changed",
            PlannerConvention,
        ),
    ),
};

// ---------------------------------------------------------------------------------------------
// Annex A: which milestone each information deadline falls on
// ---------------------------------------------------------------------------------------------

const JUDGEMENT_ANNEX_A: AnnexADeadlines = AnnexADeadlines {
    child_level_data: "child-level-data-due",
    audits: "child-level-data-due",
    management_information: "management-information-due",
    case_information: "case-information-due",
    all_information: true,
};

const ANNEX_A_RULES: AnnexARules = AnnexARules {
    table: ANNEX_A,
    relevant_only: f(
        "F§242, F§132",
        "ILACS framework, Annex A table (paragraph 242): at focused and monitoring visits the local authority provides only the information relevant to the visit, agreed with the lead inspector; paragraph 132: monitoring visit requests are an extract of Annex A",
    ),
    standard: JUDGEMENT_ANNEX_A,
    short: JUDGEMENT_ANNEX_A,
    focused: AnnexADeadlines {
        all_information: false,
        ..JUDGEMENT_ANNEX_A
    },
    monitoring: AnnexADeadlines {
        child_level_data: "child-level-data-due",
        audits: "child-level-data-due",
        management_information: "audited-cases-due",
        case_information: "audited-cases-due",
        all_information: false,
    },
};

// ---------------------------------------------------------------------------------------------
// The editions
// ---------------------------------------------------------------------------------------------

/// The ILACS framework as published in November 2017 (the seed text), in force from January 2018.
pub const ILACS_2017: RuleSet = RuleSet {
    id: "ilacs-2017",
    name: "ILACS framework 2017, as written",
    summary: "The numbers in Ofsted's ILACS framework of November 2017 as written, with no later observations.",
    applies_from: Sourced::new(
        ymd(2018, 1, 1),
        Source::new(
            "Peterborough 2018",
            "ILACS inspections began in January 2018 (Peterborough City Council briefing, 2018; Kent County Council paper, 2017)",
            PublicSource,
        ),
    ),
    standard: STANDARD,
    short: SHORT,
    focused: FOCUSED,
    monitoring: MONITORING,
    jtai: JTAI,
    reports: REPORTS_2017,
    action_plans: ACTION_PLANS,
    inadequate: INADEQUATE,
    cycle: CYCLE,
    pathway_1: PATHWAY_1,
    pathway_2: PATHWAY_2,
    pathway_3: PATHWAY_3,
    grading: GRADING_2017,
    flagged: FLAGGED,
    annex_a: ANNEX_A_RULES,
    council_steps: super::council_steps::COUNCIL_STEPS,
    forecast: super::forecast::FORECAST,
};

/// The 2017 rules plus current practice: five working days to comment on a draft, the observed
/// publication estimate, the separate care-leavers judgement and no overall grade from April 2026.
pub const CURRENT_PRACTICE: RuleSet = RuleSet {
    id: "current-practice",
    name: "Current practice",
    summary: "The 2017 framework's timetable plus what has changed or been observed since: five working days to comment on a draft report, the observed publication estimate, care leavers judged separately (2023) and no overall grade from April 2026.",
    applies_from: Sourced::new(
        ymd(2024, 4, 1),
        Source::new(
            "planner convention",
            "Planner convention: current practice is the default for plans from April 2024, the start of the observed publication period",
            PlannerConvention,
        ),
    ),
    reports: REPORTS_CURRENT,
    grading: GRADING_CURRENT,
    forecast: super::forecast::FORECAST_CURRENT,
    ..ILACS_2017
};

static ALL: [RuleSet; 2] = [ILACS_2017, CURRENT_PRACTICE];

/// Every edition, oldest first.
pub fn all() -> &'static [RuleSet] {
    &ALL
}
