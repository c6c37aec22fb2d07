#![cfg(not(target_arch = "wasm32"))]
//! The URL schema: every field survives encode → decode, any text decodes without panicking, and
//! what cannot be used is named in a note.

mod support;

use chrono::NaiveDate;
use ilacs_planner::app::link::{
    decode_query, encode_query, Embed, Page, SharedState, TrainingPosition,
};
use ilacs_planner::engine::plan::pathway::{
    Grade, JudgementKind, LastInspection, Outcome, Pathway, SubJudgements,
};
use ilacs_planner::engine::plan::recorded::{Recorded, RecordedDates, Step};
use ilacs_planner::engine::plan::visit_schedule::{Anchor, OnSiteDays, VisitInput};
use ilacs_planner::engine::plan::{Episode, PlanInput};
use ilacs_planner::engine::rules::{self, FlaggedPeriod, VisitKind};
use ilacs_planner::engine::training::ScenarioId;
use proptest::prelude::*;
use support::{d, visit_kind};

fn date() -> impl Strategy<Value = NaiveDate> {
    // 1900 to 2199: wider than the calendar's range, since links may hold any real date.
    (0i64..109_572).prop_map(|n| d(1900, 1, 1) + chrono::Duration::days(n))
}

fn page() -> impl Strategy<Value = Page> {
    proptest::sample::select(Page::ALL.to_vec())
}

fn grade() -> impl Strategy<Value = Grade> {
    proptest::sample::select(vec![
        Grade::Outstanding,
        Grade::Good,
        Grade::RequiresImprovement,
        Grade::Inadequate,
    ])
}

fn outcome() -> impl Strategy<Value = Outcome> {
    prop_oneof![
        grade().prop_map(Outcome::Overall),
        proptest::sample::select(vec![Pathway::One, Pathway::Two, Pathway::Three])
            .prop_map(Outcome::Pathway),
        (grade(), grade(), proptest::option::of(grade()), grade()).prop_map(
            |(help_and_protection, children_in_care, care_leavers, impact_of_leaders)| {
                Outcome::SubJudgements(SubJudgements {
                    help_and_protection,
                    children_in_care,
                    care_leavers,
                    impact_of_leaders,
                })
            }
        ),
    ]
}

fn last_inspection() -> impl Strategy<Value = LastInspection> {
    (
        proptest::sample::select(vec![
            JudgementKind::Sif,
            JudgementKind::Standard,
            JudgementKind::Short,
        ]),
        date(),
        outcome(),
    )
        .prop_map(|(kind, first_onsite_day, outcome)| LastInspection {
            kind,
            first_onsite_day,
            outcome,
        })
}

fn visit() -> impl Strategy<Value = VisitInput> {
    (
        visit_kind(),
        proptest::sample::select(vec![OnSiteDays::TueWed, OnSiteDays::WedThu]),
        any::<bool>(),
        date(),
        any::<u8>(),
        any::<bool>(),
    )
        .prop_map(
            |(kind, on_site_days, from_first, date, number, priority)| VisitInput {
                kind,
                on_site_days,
                anchor: if from_first {
                    Anchor::FirstOnSiteDay(date)
                } else {
                    Anchor::Notification(date)
                },
                monitoring_visit_number: number,
                priority_actions: priority,
            },
        )
}

fn month_day() -> impl Strategy<Value = (u32, u32)> {
    // Days of 2000, a leap year, so 29 February is included.
    (0i64..366).prop_map(|n| {
        let day = d(2000, 1, 1) + chrono::Duration::days(n);
        use chrono::Datelike;
        (day.month(), day.day())
    })
}

fn period() -> impl Strategy<Value = FlaggedPeriod> {
    (month_day(), month_day()).prop_map(|((sm, sd), (em, ed))| FlaggedPeriod {
        start_month: sm,
        start_day: sd,
        end_month: em,
        end_day: ed,
    })
}

fn training() -> impl Strategy<Value = TrainingPosition> {
    (
        proptest::sample::select(ScenarioId::all().to_vec()),
        date(),
        1u16..=u16::MAX,
    )
        .prop_map(|(scenario, start, step)| TrainingPosition {
            scenario,
            start,
            step,
        })
}

fn state() -> impl Strategy<Value = SharedState> {
    let rule_sets: Vec<String> = rules::all().iter().map(|r| r.id.to_string()).collect();
    (
        (page(), proptest::option::of(training())),
        proptest::sample::select(rule_sets),
        proptest::option::of(last_inspection()),
        proptest::option::of(visit()),
        proptest::option::of(date()),
        proptest::collection::vec(
            (visit_kind(), date()).prop_map(|(kind, first_day)| Episode { kind, first_day }),
            0..4,
        ),
        proptest::option::of(period()),
        proptest::sample::select(vec![Embed::No, Embed::App, Embed::Card]),
        (
            // Local elections: not answered, "no" (`lp=none`), or a polling day.
            proptest::option::of(proptest::option::of(date())),
            proptest::option::of(date()),
            proptest::option::of(proptest::sample::select(vec![302u16, 304, 887, 933])),
            recorded(),
        ),
    )
        .prop_map(
            |(
                (page, training),
                rule_set,
                last_inspection,
                visit,
                engagement_meeting,
                other_episodes,
                christmas_period,
                embed,
                (local_elections, general_election, council, recorded),
            )| {
                SharedState {
                    page,
                    embed,
                    training,
                    input: PlanInput {
                        rule_set,
                        last_inspection,
                        visit,
                        engagement_meeting,
                        other_episodes,
                        christmas_period,
                        local_polling_day: local_elections.flatten(),
                        no_local_elections: local_elections == Some(None),
                        general_election,
                        council,
                        recorded,
                    },
                }
            },
        )
}

/// Issue 26: any recorded dates, of any step (the link carries them whether or not the plan shows
/// the step).
fn recorded() -> impl Strategy<Value = RecordedDates> {
    let step = prop_oneof![
        proptest::sample::select(vec![
            Step::Notification,
            Step::FirstOnSiteDay,
            Step::Feedback,
            Step::DraftReport,
            Step::CommentsSent,
            Step::FinalReport,
            Step::Publication,
            Step::ActionPlan,
            Step::ActionPlanningVisit,
            Step::InadequateActionPlan,
        ]),
        (1u8..=6).prop_map(Step::MonitoringVisit),
        (1u8..=3).prop_map(Step::EngagementMeeting),
    ];
    proptest::collection::vec(
        (step, date()).prop_map(|(step, date)| Recorded { step, date }),
        0..5,
    )
    .prop_map(|v| v.into_iter().collect())
}

/// Text made of the schema's own keys and separators, so the decoder's paths are exercised more
/// than by uniform random text.
fn query_like() -> impl Strategy<Value = String> {
    let key = proptest::sample::select(vec![
        "v", "view", "rs", "vk", "vd", "va", "vdate", "mv", "pa", "li", "lid", "lo", "sj", "em",
        "ep", "xp", "lp", "ge", "la", "rd", "sc", "sd", "st", "zz", "", "%", "v%3D",
    ]);
    let value = prop_oneof![
        Just(String::new()),
        "[0-9a-z:,.%+-]{0,24}",
        date().prop_map(|d| d.to_string()),
        Just("hp:good,cic:ri,lead:inadequate".to_string()),
        Just("focused:2025-06-10,jtai:2025-11-3".to_string()),
        Just("12-24..01-01".to_string()),
        Just("notification-at-easter".to_string()),
        any::<String>(),
    ];
    proptest::collection::vec((key, value), 0..12).prop_map(|pairs| {
        pairs
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn encode_then_decode_gives_the_same_state(s in state()) {
        let query = encode_query(&s);
        let decoded = decode_query(&query);
        prop_assert_eq!(&decoded.state, &s, "{}", query);
        prop_assert!(decoded.notes.is_empty(), "{:?}", decoded.notes);
        // With a leading '?' too, as read from `location.search`.
        prop_assert_eq!(decode_query(&format!("?{query}")).state, s);
        // Links stay plain: no characters a mail program would break.
        prop_assert!(query.bytes().all(|b| b.is_ascii_graphic()), "{}", query);
    }

    #[test]
    fn any_text_decodes_without_panicking(text in any::<String>()) {
        let decoded = decode_query(&text);
        prop_assert!(decoded.notes.len() <= 11);
    }

    #[test]
    fn whatever_decodes_re_encodes_cleanly(text in query_like()) {
        let first = decode_query(&text);
        prop_assert!(first.notes.len() <= 11);
        let again = decode_query(&encode_query(&first.state));
        prop_assert_eq!(again.state, first.state);
        prop_assert!(again.notes.is_empty(), "{:?}", again.notes);
    }
}

fn full_state() -> SharedState {
    SharedState {
        page: Page::Visit,
        embed: Embed::App,
        training: Some(TrainingPosition {
            scenario: ScenarioId::NotificationAtEaster,
            start: d(2027, 4, 5),
            step: 3,
        }),
        input: PlanInput {
            rule_set: "ilacs-2017".into(),
            last_inspection: Some(LastInspection {
                kind: JudgementKind::Short,
                first_onsite_day: d(2023, 1, 16),
                outcome: Outcome::SubJudgements(SubJudgements {
                    help_and_protection: Grade::Good,
                    children_in_care: Grade::RequiresImprovement,
                    care_leavers: Some(Grade::Good),
                    impact_of_leaders: Grade::Inadequate,
                }),
            }),
            visit: Some(VisitInput {
                kind: VisitKind::Monitoring,
                on_site_days: OnSiteDays::WedThu,
                anchor: Anchor::FirstOnSiteDay(d(2026, 3, 10)),
                monitoring_visit_number: 2,
                priority_actions: true,
            }),
            engagement_meeting: Some(d(2026, 5, 12)),
            other_episodes: vec![
                Episode {
                    kind: VisitKind::Focused,
                    first_day: d(2025, 6, 10),
                },
                Episode {
                    kind: VisitKind::Jtai,
                    first_day: d(2025, 11, 3),
                },
            ],
            christmas_period: Some(FlaggedPeriod {
                start_month: 12,
                start_day: 20,
                end_month: 1,
                end_day: 3,
            }),
            local_polling_day: Some(d(2026, 5, 7)),
            no_local_elections: false,
            general_election: Some(d(2029, 5, 17)),
            council: Some(302),
            recorded: [
                Recorded {
                    step: Step::DraftReport,
                    date: d(2026, 4, 1),
                },
                Recorded {
                    step: Step::MonitoringVisit(1),
                    date: d(2026, 6, 2),
                },
            ]
            .into_iter()
            .collect(),
        },
    }
}

#[test]
fn every_field_has_a_readable_parameter() {
    assert_eq!(
        encode_query(&full_state()),
        "v=1&view=visit&rs=ilacs-2017&vk=monitoring&vd=wed-thu&va=s&vdate=2026-03-10&mv=2&pa=1\
         &li=short&lid=2023-01-16&sj=hp:good,cic:ri,cl:good,lead:inadequate&em=2026-05-12\
         &ep=focused:2025-06-10,jtai:2025-11-03&xp=12-20..01-03&lp=2026-05-07&ge=2029-05-17&la=302\
         &rd=draft:2026-04-01,mv-1:2026-06-02&embed=1\
         &sc=notification-at-easter&sd=2027-04-05&st=3"
    );
}

/// Presenter mode: the scenario, its start date and the step on show are in the link, so a
/// reload or a shared link opens the same screen; the first step is the default and left out.
#[test]
fn training_position_is_in_the_link() {
    let mut s = SharedState {
        page: Page::Training,
        ..SharedState::default()
    };
    s.training = Some(TrainingPosition {
        scenario: ScenarioId::FocusedWedThu,
        start: d(2026, 12, 2),
        step: 1,
    });
    let query = encode_query(&s);
    assert_eq!(query, "v=1&view=training&sc=focused-wed-thu&sd=2026-12-02");
    let decoded = decode_query(&query);
    assert_eq!(decoded.state, s);
    assert!(decoded.notes.is_empty());
    s.training = Some(TrainingPosition {
        step: 12,
        ..TrainingPosition::new(ScenarioId::FocusedWedThu, d(2026, 12, 2))
    });
    assert_eq!(
        encode_query(&s),
        "v=1&view=training&sc=focused-wed-thu&sd=2026-12-02&st=12"
    );
    assert_eq!(decode_query(&encode_query(&s)).state, s);
}

#[test]
fn unusable_training_values_are_noted() {
    let decoded = decode_query("v=1&view=training&sc=fire-drill&sd=2026-12-02");
    assert_eq!(decoded.state.training, None);
    assert_eq!(
        decoded.notes,
        ["Part of the link was left out: the training scenario “fire-drill” is not one the planner has."]
    );
    let decoded = decode_query("v=1&view=training&sc=monitoring");
    assert_eq!(decoded.state.training, None);
    assert_eq!(
        decoded.notes,
        ["The link names a training scenario but not its start date, so presenter mode was left out."]
    );
    let decoded = decode_query("v=1&view=training&sc=monitoring&sd=2026-13-01");
    assert_eq!(decoded.state.training, None);
    assert!(
        decoded.notes[0]
            .contains("the training scenario's start date “2026-13-01” is not a real date"),
        "{:?}",
        decoded.notes
    );
    for bad in ["0", "x", "-2", "70000"] {
        let decoded = decode_query(&format!("v=1&sc=monitoring&sd=2026-11-30&st={bad}"));
        assert_eq!(
            decoded.state.training,
            Some(TrainingPosition::new(
                ScenarioId::Monitoring,
                d(2026, 11, 30)
            )),
            "{bad}"
        );
        assert_eq!(
            decoded.notes,
            [format!("Part of the link was left out: the training step “{bad}” is not a step number the planner can use.")]
        );
    }
    let decoded = decode_query("v=1&sd=2026-11-30&st=2");
    assert_eq!(decoded.state.training, None);
    assert_eq!(
        decoded.notes,
        ["The link gives a start date or step for presenter mode but no training scenario, so presenter mode was left out."]
    );
}

#[test]
fn embed_is_read_and_a_bad_value_is_noted() {
    assert_eq!(decode_query("v=1&embed=1").state.embed, Embed::App);
    assert_eq!(decode_query("v=1&embed=card").state.embed, Embed::Card);
    assert_eq!(decode_query("v=1&embed=0").state.embed, Embed::No);
    let bad = decode_query("v=1&embed=yes");
    assert_eq!(bad.state.embed, Embed::No);
    assert_eq!(bad.notes.len(), 1, "{:?}", bad.notes);
    assert!(
        bad.notes[0].contains("intranet layout setting “yes”"),
        "{:?}",
        bad.notes
    );
}

#[test]
fn defaults_are_left_out() {
    assert_eq!(encode_query(&SharedState::default()), "v=1");
    let d0 = decode_query("");
    assert_eq!(d0.state, SharedState::default());
    assert!(d0.notes.is_empty());
    assert_eq!(decode_query("?").state, SharedState::default());
    let mut s = SharedState::default();
    s.input.last_inspection = Some(LastInspection {
        kind: JudgementKind::Standard,
        first_onsite_day: d(2023, 1, 16),
        outcome: Outcome::Overall(Grade::Good),
    });
    assert_eq!(encode_query(&s), "v=1&lid=2023-01-16&lo=good");
    s.input.last_inspection = Some(LastInspection {
        kind: JudgementKind::Sif,
        first_onsite_day: d(2017, 5, 8),
        outcome: Outcome::Pathway(Pathway::Three),
    });
    assert_eq!(encode_query(&s), "v=1&li=sif&lid=2017-05-08&lo=p3");
}

#[test]
fn hand_written_links_are_read() {
    // No version, a visit without its kind, percent-encoding and '+' for spaces in ignored parts.
    let decoded = decode_query("vdate=2026-03-02&view=%63alendar&utm_source=mail+merge");
    assert_eq!(decoded.state.page, Page::AllDates);
    assert_eq!(
        decoded.state.input.visit,
        Some(VisitInput::new(
            VisitKind::Standard,
            Anchor::Notification(d(2026, 3, 2))
        ))
    );
    assert_eq!(
        decoded.notes,
        ["Part of the link was left out: “utm_source” is not something the planner uses."]
    );
}

/// Issue 25 item 2: "no elections in the next few months" is an answer of its own, kept in the
/// polling day's parameter; no `lp` is not answered, which is not "no".
#[test]
fn no_local_elections_is_an_answer_kept_in_lp() {
    let decoded = decode_query("v=1&view=visit&lp=none");
    assert!(decoded.notes.is_empty(), "{:?}", decoded.notes);
    assert!(decoded.state.input.no_local_elections);
    assert_eq!(decoded.state.input.local_polling_day, None);
    assert_eq!(encode_query(&decoded.state), "v=1&view=visit&lp=none");
    let unanswered = decode_query("v=1&view=visit").state.input;
    assert!(!unanswered.no_local_elections);
    assert_eq!(unanswered.local_polling_day, None);
    // A polling day is a "yes", and wins over an earlier "no".
    let yes = decode_query("v=1&lp=2027-05-06").state.input;
    assert_eq!(
        (yes.local_polling_day, yes.no_local_elections),
        (Some(d(2027, 5, 6)), false)
    );
}

#[test]
fn malformed_values_are_ignored_with_a_note_each() {
    let decoded = decode_query(
        "v=1&view=settings&rs=2099-rules&vk=inspection&vdate=2026-03-02&em=12/05/2026\
         &ep=focused:2025-06-10,visit:2025-01-01&xp=12-24..02-30&mv=-1&pa=yes\
         &lp=2026-05-32&ge=next-year",
    );
    let s = decoded.state;
    assert_eq!(s.page, Page::Home);
    assert_eq!(s.input.rule_set, "current-practice");
    assert_eq!(
        s.input.visit, None,
        "an unknown kind must not become standard"
    );
    assert_eq!(s.input.engagement_meeting, None);
    assert_eq!(
        s.input.other_episodes,
        [Episode {
            kind: VisitKind::Focused,
            first_day: d(2025, 6, 10)
        }]
    );
    assert_eq!(s.input.christmas_period, None);
    assert_eq!(s.input.local_polling_day, None);
    assert_eq!(s.input.general_election, None);
    let notes = decoded.notes.join("\n");
    for expected in [
        "Part of the link was left out: the page “settings” is not one of the planner's pages.",
        "Part of the link was left out: the rule set “2099-rules” is not one the planner knows.",
        "Part of the link was left out: the kind of visit “inspection” is not one the planner knows.",
        "Part of the link was left out: the annual engagement meeting date “12/05/2026” is not a date the planner can read.",
        "Part of the link was left out: the other inspection or visit “visit:2025-01-01” is not a kind of visit and a real date.",
        "Part of the link was left out: the Christmas and New Year period “12-24..02-30” is not a pair of real days.",
        "Part of the link was left out: the monitoring visit number “-1” is not a number the planner can use.",
        "Part of the link was left out: the answer about areas for priority action “yes” is not yes or no.",
        "Part of the link was left out: the local elections polling day “2026-05-32” is not a real date.",
        "Part of the link was left out: the general election polling day “next-year” is not a date the planner can read.",
    ] {
        assert!(notes.contains(expected), "missing {expected:?} in\n{notes}");
    }
    // Issue 13 item 6: written for a council officer, with no parameter names or formats.
    for shorthand in ["'vk'", "'em'", "YYYY", "MM-DD", "ignored"] {
        assert!(!notes.contains(shorthand), "{shorthand:?} in\n{notes}");
    }
}

#[test]
fn half_described_parts_are_left_out_and_said_so() {
    let decoded = decode_query("v=1&lo=good&vk=focused");
    assert_eq!(decoded.state.input.last_inspection, None);
    assert_eq!(decoded.state.input.visit, None);
    assert_eq!(
        decoded.notes,
        [
            "The link describes a visit but gives no date for it, so the visit was left out.",
            "The link describes the last inspection but not its date, so the last inspection was left out.",
        ]
    );
    let decoded = decode_query("lid=2023-01-16&sj=hp:good,cic:good");
    assert_eq!(decoded.state.input.last_inspection, None);
    assert!(decoded.notes[0]
        .contains("need at least help and protection, children in care and the impact of leaders"));
}

#[test]
fn newer_versions_are_read_as_far_as_possible() {
    let decoded = decode_query("v=2&view=pathway&newthing=1");
    assert_eq!(decoded.state.page, Page::Pathway);
    assert!(decoded.notes[0].starts_with("This link was made by a newer version of the planner"));
    assert_eq!(decode_query("v=abc").notes.len(), 1);
}

#[test]
fn repeated_parameters_keep_the_first_value() {
    let decoded = decode_query("view=visit&view=calendar");
    assert_eq!(decoded.state.page, Page::Visit);
    assert_eq!(
        decoded.notes,
        ["The link gives the page more than once; the first was used."]
    );
}

#[test]
fn notes_quote_long_values_briefly() {
    let long = "x".repeat(5000);
    let decoded = decode_query(&format!("view={long}"));
    assert!(decoded.notes[0].len() < 150, "{}", decoded.notes[0]);
    assert!(decoded.notes[0].contains('…'));
}

/// Issue 15: the chosen council is in the link as its DfE number; a number the planner does not
/// know is named in the link notice and ignored, and the rest of the link still opens.
#[test]
fn council_is_in_the_link_and_an_unknown_one_is_reported() {
    let mut s = SharedState::default();
    s.input.council = Some(302);
    let query = encode_query(&s);
    assert_eq!(query, "v=1&la=302");
    assert_eq!(decode_query(&query).state, s);
    for bad in ["999", "barnet", "", "3020"] {
        let decoded = decode_query(&format!("v=1&view=pathway&la={bad}"));
        assert_eq!(decoded.state.input.council, None);
        assert_eq!(decoded.state.page, Page::Pathway);
        assert_eq!(
            decoded.notes,
            [format!("Part of the link was left out: the local authority number “{bad}” is not the DfE number of a council the planner knows.")]
        );
    }
}

/// Issue 26: recorded dates travel in `rd`, in step order; an unknown step or a damaged date is
/// left out with a note, and a step given twice keeps its first date.
#[test]
fn recorded_dates_are_in_the_link() {
    let d0 = decode_query("v=1&vk=standard&vdate=2027-02-01&rd=final:2027-03-19,draft:2027-03-09");
    assert!(d0.notes.is_empty(), "{:?}", d0.notes);
    assert_eq!(
        d0.state.input.recorded.get(Step::DraftReport),
        Some(d(2027, 3, 9))
    );
    assert_eq!(
        encode_query(&d0.state),
        "v=1&vk=standard&vdate=2027-02-01&rd=draft:2027-03-09,final:2027-03-19"
    );
    let d1 =
        decode_query("v=1&rd=draft:2027-03-09,draft:2027-03-10,mv-7:2027-01-05,final:2027-02-30");
    assert_eq!(
        d1.state.input.recorded.get(Step::DraftReport),
        Some(d(2027, 3, 9))
    );
    assert_eq!(d1.state.input.recorded.len(), 1);
    assert_eq!(
        d1.notes,
        [
            "Part of the link was left out: the recorded date “mv-7:2027-01-05” is not a step of a plan and a real date.",
            "Part of the link was left out: the recorded date “final:2027-02-30” is not a step of a plan and a real date."
        ]
    );
}
