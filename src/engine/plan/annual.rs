//! The annual cycle outside inspection (F§27–48): the self-evaluation, the engagement meeting and
//! Ofsted's letter. The dates are computed in [`pathway::annual_engagement`](crate::engine::plan::pathway);
//! this module holds the words.

use crate::engine::event::{Citation, CitationKind, Event};

/// The three questions a self-evaluation should answer (F§33), paraphrased.
pub const SELF_EVALUATION_QUESTIONS: [&str; 3] = [
    "What do you know about the quality and impact of social work practice in your authority?",
    "How do you know it?",
    "What do you plan to do in the next 12 months to keep practice good or improve it?",
];

/// Where the questions come from.
pub const SELF_EVALUATION_SOURCE: Citation = Citation::new(
    "F§33",
    "ILACS framework, paragraph 33: the three questions a self-evaluation should answer (paragraph 36 also asks for the main themes and learning, in a succinct stand-alone document)",
    CitationKind::Framework,
);

/// One step of the annual cycle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnnualStep {
    /// The plan event id prefix (`self-evaluation`, `engagement-meeting`, `engagement-letter`).
    pub event_prefix: &'static str,
    pub title: &'static str,
    pub what_happens: &'static str,
    pub who: &'static str,
    pub citation: Citation,
}

/// The annual cycle, in order.
///
/// ```
/// use ilacs_planner::engine::plan::annual::annual_cycle;
/// let steps = annual_cycle();
/// assert_eq!(steps.len(), 3);
/// assert_eq!(steps[0].event_prefix, "self-evaluation");
/// ```
pub fn annual_cycle() -> [AnnualStep; 3] {
    [
        AnnualStep {
            event_prefix: "self-evaluation",
            title: "Share the self-evaluation",
            what_happens: "The local authority shares its self-evaluation of social work practice, drawn from existing documents, early enough for Ofsted to analyse it before the meeting. It answers the three questions. Inadequate authorities are not asked for one until the first 12 months of monitoring visits are done.",
            who: "DCS; local authority",
            citation: Citation::new(
                "F§29–37",
                "ILACS framework, paragraphs 29–37: the annual self-evaluation (framework paragraph 30: not asked of inadequate authorities in the first 12 months of monitoring)",
                CitationKind::Framework,
            ),
        },
        AnnualStep {
            event_prefix: "engagement-meeting",
            title: "Annual engagement meeting",
            what_happens: "Ofsted's regional representatives meet the DCS to discuss the self-evaluation, actions since the last inspection, the local context, the possible scope of a focused visit and the timing of the next cycle.",
            who: "DCS; Ofsted regional director or social care senior HMI",
            citation: Citation::new(
                "F§39–47",
                "ILACS framework, paragraphs 39–47: the annual engagement meeting",
                CitationKind::Framework,
            ),
        },
        AnnualStep {
            event_prefix: "engagement-letter",
            title: "Ofsted's letter",
            what_happens: "Ofsted writes to the DCS within a month of the meeting; the letter makes no judgements about practice and is not published.",
            who: "Ofsted; DCS",
            citation: Citation::new(
                "F§48",
                "ILACS framework, paragraph 48: letter to the DCS within a month of the meeting",
                CitationKind::Framework,
            ),
        },
    ]
}

/// One year of the cycle as the plan computes it: the events `self-evaluation-n`,
/// `engagement-meeting-n` and `engagement-letter-n` (see `docs/event-ids.md`). An event is
/// missing when the plan leaves it out (an inadequate authority's first 12 months: no
/// self-evaluation, F§30).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnnualRound {
    /// 1 for the meeting given, 2 and 3 for the estimated ones after it.
    pub number: u32,
    pub self_evaluation: Option<Event>,
    pub meeting: Option<Event>,
    pub letter: Option<Event>,
}

/// The plan's annual-cycle events grouped by year, in order of `n`; empty when there are none
/// (no meeting date given).
///
/// ```
/// use ilacs_planner::engine::plan::annual::annual_rounds;
/// assert!(annual_rounds(&[]).is_empty());
/// ```
pub fn annual_rounds(events: &[Event]) -> Vec<AnnualRound> {
    let mut rounds: Vec<AnnualRound> = Vec::new();
    for event in events {
        let Some((slot, number)) = annual_cycle().iter().enumerate().find_map(|(i, step)| {
            let rest = event
                .id
                .strip_prefix(step.event_prefix)?
                .strip_prefix('-')?;
            Some((i, rest.parse::<u32>().ok()?))
        }) else {
            continue;
        };
        // Kept in order of `n` as they are added (no sort: one less generic in the bundle).
        let position = match rounds.iter().position(|r| r.number >= number) {
            Some(p) if rounds.get(p).is_some_and(|r| r.number == number) => p,
            found => {
                let p = found.unwrap_or(rounds.len());
                rounds.insert(
                    p,
                    AnnualRound {
                        number,
                        self_evaluation: None,
                        meeting: None,
                        letter: None,
                    },
                );
                p
            }
        };
        if let Some(round) = rounds.get_mut(position) {
            let field = match slot {
                0 => &mut round.self_evaluation,
                1 => &mut round.meeting,
                _ => &mut round.letter,
            };
            *field = Some(event.clone());
        }
    }
    rounds
}
