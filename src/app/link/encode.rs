//! Writing a plan as a link query: `v` first, then only what differs from the default, in a
//! fixed order, so equal plans give equal links.

use super::percent::percent_encode_into;
use super::*;

/// The query string for `state`, without the leading `?`.
///
/// ```
/// use chrono::NaiveDate;
/// use ilacs_planner::app::link::{encode_query, decode_query, SharedState, Page};
/// use ilacs_planner::engine::plan::visit_schedule::{Anchor, VisitInput};
/// use ilacs_planner::engine::rules::VisitKind;
///
/// let mut state = SharedState { page: Page::Visit, ..SharedState::default() };
/// let n = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
/// state.input.visit = Some(VisitInput::new(VisitKind::Standard, Anchor::Notification(n)));
/// let query = encode_query(&state);
/// assert_eq!(query, "v=1&view=visit&vk=standard&vdate=2026-03-02");
/// assert_eq!(decode_query(&query).state, state);
/// ```
pub fn encode_query(state: &SharedState) -> String {
    let mut q = Query::default();
    q.push_number("v", SCHEMA_VERSION);
    if state.page != Page::Home {
        q.push("view", state.page.slug());
    }
    let input = &state.input;
    if input.rule_set != PlanInput::default().rule_set {
        q.push("rs", &input.rule_set);
    }
    if let Some(visit) = &input.visit {
        q.push("vk", word(&VISIT_KINDS, visit.kind));
        if visit.on_site_days != OnSiteDays::TueWed {
            q.push("vd", word(&ON_SITE_DAYS, visit.on_site_days));
        }
        if let Anchor::FirstOnSiteDay(_) = visit.anchor {
            q.push("va", "s");
        }
        q.push("vdate", &iso(visit.anchor.date()));
        if visit.monitoring_visit_number != 1 {
            q.push_number("mv", u32::from(visit.monitoring_visit_number));
        }
        if visit.priority_actions {
            q.push("pa", "1");
        }
    }
    if let Some(last) = &input.last_inspection {
        if last.kind != JudgementKind::Standard {
            q.push("li", word(&JUDGEMENT_KINDS, last.kind));
        }
        q.push("lid", &iso(last.first_onsite_day));
        match last.outcome {
            Outcome::Overall(g) => q.push("lo", word(&GRADES, g)),
            Outcome::Pathway(p) => q.push("lo", word(&PATHWAYS, p)),
            Outcome::SubJudgements(s) => q.push("sj", &encode_sub_judgements(&s)),
        }
    }
    if let Some(meeting) = input.engagement_meeting {
        q.push("em", &iso(meeting));
    }
    if !input.other_episodes.is_empty() {
        let list: Vec<String> = input
            .other_episodes
            .iter()
            .map(|e| format!("{}:{}", word(&VISIT_KINDS, e.kind), iso(e.first_day)))
            .collect();
        q.push("ep", &list.join(","));
    }
    if let Some(p) = input.christmas_period {
        q.push(
            "xp",
            &format!(
                "{:02}-{:02}..{:02}-{:02}",
                p.start_month, p.start_day, p.end_month, p.end_day
            ),
        );
    }
    if let Some(day) = input.local_polling_day {
        q.push("lp", &iso(day));
    } else if input.no_local_elections {
        q.push("lp", NO_ELECTIONS);
    }
    if let Some(day) = input.general_election {
        q.push("ge", &iso(day));
    }
    if let Some(code) = input.council {
        q.push_number("la", u32::from(code));
    }
    if !input.recorded.is_empty() {
        let list: Vec<String> = input
            .recorded
            .iter()
            .map(|r| format!("{}:{}", step_word(r.step), iso(r.date)))
            .collect();
        q.push("rd", &list.join(","));
    }
    match state.embed {
        Embed::No => {}
        Embed::App => q.push("embed", "1"),
        Embed::Card => q.push("embed", "card"),
    }
    if let Some(t) = &state.training {
        q.push("sc", t.scenario.as_str());
        q.push("sd", &iso(t.start));
        if t.step != 1 {
            q.push_number("st", u32::from(t.step));
        }
    }
    q.text
}

fn encode_sub_judgements(s: &SubJudgements) -> String {
    let mut parts = vec![
        format!("hp:{}", word(&GRADES, s.help_and_protection)),
        format!("cic:{}", word(&GRADES, s.children_in_care)),
    ];
    if let Some(cl) = s.care_leavers {
        parts.push(format!("cl:{}", word(&GRADES, cl)));
    }
    parts.push(format!("lead:{}", word(&GRADES, s.impact_of_leaders)));
    parts.join(",")
}

#[derive(Default)]
struct Query {
    text: String,
}

impl Query {
    /// Every number in a link is written by this one function (one compiled conversion).
    fn push_number(&mut self, key: &str, value: u32) {
        self.push(key, &value.to_string());
    }

    fn push(&mut self, key: &str, value: &str) {
        if !self.text.is_empty() {
            self.text.push('&');
        }
        self.text.push_str(key);
        self.text.push('=');
        percent_encode_into(value, &mut self.text);
    }
}
