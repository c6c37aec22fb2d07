//! Reading a link query. Never fails: whatever cannot be used is left at its default and named
//! in a plain-English note for the page to show.

use super::percent::percent_decode;
use super::*;

/// Every parameter the schema knows, in the order [`encode_query`] writes them.
const KNOWN: [&str; 24] = [
    "v", "view", "rs", "vk", "vd", "va", "vdate", "mv", "pa", "li", "lid", "lo", "sj", "em", "ep",
    "xp", "lp", "ge", "la", "rd", "embed", "sc", "sd", "st",
];

/// The first value of each known parameter.
#[derive(Default)]
struct Params {
    values: Vec<(&'static str, String)>,
}

impl Params {
    fn get(&self, key: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_str())
    }

    fn any(&self, keys: &[&str]) -> bool {
        keys.iter().any(|k| self.get(k).is_some())
    }
}

/// Collects notes, keeping the list short enough to show.
#[derive(Default)]
struct Notes {
    list: Vec<String>,
    dropped: usize,
}

impl Notes {
    fn add(&mut self, note: String) {
        if self.list.len() < MAX_NOTES {
            self.list.push(note);
        } else {
            self.dropped += 1;
        }
    }

    /// Puts the most important note first (the link's version explains the others).
    fn first(&mut self, note: String) {
        self.list.insert(0, note);
        if self.list.len() > MAX_NOTES {
            self.list.truncate(MAX_NOTES);
            self.dropped += 1;
        }
    }

    /// "Part of the link was left out: the kind of visit “inspection” is not one the planner
    /// knows." Written for the person who opened the link, not its author: the setting is named
    /// in words, and the value is quoted so whoever made the link can mend it.
    fn bad(&mut self, key: &str, value: &str, why: &str) {
        self.add(format!(
            "Part of the link was left out: the {} \u{201c}{}\u{201d} {why}.",
            setting_name(key),
            quote(value)
        ));
    }

    fn finish(mut self) -> Vec<String> {
        if self.dropped > 0 {
            let s = if self.dropped == 1 { "" } else { "s" };
            self.list.push(format!(
                "{} more problem{s} with the link were ignored too.",
                self.dropped
            ));
        }
        self.list
    }
}

/// What a link's setting is, in words.
fn setting_name(key: &str) -> &'static str {
    match key {
        "view" => "page",
        "rs" => "rule set",
        "vk" => "kind of visit",
        "vd" => "days on site",
        "va" => "choice of which date is known",
        "vdate" => "visit date",
        "mv" => "monitoring visit number",
        "pa" => "answer about areas for priority action",
        "li" => "kind of last inspection",
        "lid" => "date of the last inspection",
        "lo" => "last inspection's grade or pathway",
        "em" => "annual engagement meeting date",
        "xp" => "Christmas and New Year period",
        "lp" => "local elections polling day",
        "ge" => "general election polling day",
        "embed" => "intranet layout setting",
        "sc" => "training scenario",
        "sd" => "training scenario's start date",
        "st" => "training step",
        "la" => "local authority number",
        _ => "setting",
    }
}

/// A value shortened for a note.
fn quote(value: &str) -> String {
    let mut chars = value.chars();
    let short: String = chars.by_ref().take(NOTE_VALUE_CHARS).collect();
    if chars.next().is_some() {
        format!("{short}…")
    } else {
        short
    }
}

/// Why a date value is not usable, for a note.
fn date_problem(text: &str) -> &'static str {
    let b = text.as_bytes();
    let shaped = b.len() == 10 && b.get(4) == Some(&b'-') && b.get(7) == Some(&b'-');
    if shaped {
        "is not a real date"
    } else {
        "is not a date the planner can read"
    }
}

/// A month-day pair `MM-DD` (29 February allowed).
pub(super) fn parse_month_day(text: &str) -> Option<(u32, u32)> {
    let b = text.as_bytes();
    if b.len() != 5 || b.get(2) != Some(&b'-') {
        return None;
    }
    let m: u32 = text.get(0..2)?.parse().ok()?;
    let d: u32 = text.get(3..5)?.parse().ok()?;
    let all_digits = b
        .iter()
        .enumerate()
        .all(|(i, c)| i == 2 || c.is_ascii_digit());
    (all_digits && NaiveDate::from_ymd_opt(2000, m, d).is_some()).then_some((m, d))
}

fn parse_period(text: &str) -> Option<FlaggedPeriod> {
    let (start, end) = text.split_once("..")?;
    let (start_month, start_day) = parse_month_day(start)?;
    let (end_month, end_day) = parse_month_day(end)?;
    Some(FlaggedPeriod {
        start_month,
        start_day,
        end_month,
        end_day,
    })
}

fn parse_sub_judgements(text: &str, notes: &mut Notes) -> Option<SubJudgements> {
    let mut hp = None;
    let mut cic = None;
    let mut cl = None;
    let mut lead = None;
    for part in text.split(',') {
        let parsed = part.split_once(':').and_then(|(name, grade)| {
            let g = from_word(&GRADES, grade)?;
            let slot = match name {
                "hp" => &mut hp,
                "cic" => &mut cic,
                "cl" => &mut cl,
                "lead" => &mut lead,
                _ => return None,
            };
            slot.get_or_insert(g);
            Some(())
        });
        if parsed.is_none() {
            notes.add(format!(
                "Part of the link was left out: the sub-judgement \u{201c}{}\u{201d} is not one the planner can read.",
                quote(part)
            ));
        }
    }
    match (hp, cic, lead) {
        (Some(help_and_protection), Some(children_in_care), Some(impact_of_leaders)) => {
            Some(SubJudgements {
                help_and_protection,
                children_in_care,
                care_leavers: cl,
                impact_of_leaders,
            })
        }
        _ => {
            notes.add(
                "The link's sub-judgements were left out: they need at least help and protection, children in care and the impact of leaders."
                    .to_string(),
            );
            None
        }
    }
}

/// The first value of each known parameter; every unknown or repeated one gets a note.
fn read_params(query: &str, notes: &mut Notes) -> Params {
    let mut params = Params::default();
    for piece in query.split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = piece.split_once('=').unwrap_or((piece, ""));
        let key = percent_decode(raw_key);
        let value = percent_decode(raw_value);
        let known = KNOWN.into_iter().find(|k| *k == key.as_str());
        match known {
            None => notes.add(format!(
                "Part of the link was left out: \u{201c}{}\u{201d} is not something the planner uses.",
                quote(&key)
            )),
            Some(k) if params.get(k).is_some() => notes.add(format!(
                "The link gives the {} more than once; the first was used.",
                setting_name(k)
            )),
            Some(k) => params.values.push((k, value)),
        }
    }

    params
}

/// Notes a link made by another version of the schema.
fn check_version(params: &Params, notes: &mut Notes) {
    match params.get("v") {
        None => {}
        Some(v) => match v.parse::<u32>() {
            Ok(SCHEMA_VERSION) => {}
            Ok(n) if n > SCHEMA_VERSION => notes.first(format!(
                "This link was made by a newer version of the planner (link version {n}; this planner reads version {SCHEMA_VERSION}). It has been read as far as possible: check the dates."
            )),
            _ => notes.first(format!(
                "The link's version \u{201c}{}\u{201d} is not one the planner knows; it was read as far as possible: check the dates.",
                quote(v)
            )),
        },
    }
}

/// Reads a query string (with or without its leading `?`). Never fails and never panics: unknown
/// parameters and unusable values are ignored, each with a note.
///
/// ```
/// use ilacs_planner::app::link::{decode_query, View};
/// let d = decode_query("?v=1&view=visit&vdate=2026-02-31&colour=blue");
/// assert_eq!(d.state.view, View::Visit);
/// assert_eq!(d.state.input.visit, None);
/// assert_eq!(
///     d.notes,
///     [
///         "Part of the link was left out: “colour” is not something the planner uses.",
///         "Part of the link was left out: the visit date “2026-02-31” is not a real date.",
///     ]
/// );
/// ```
pub fn decode_query(query: &str) -> Decoded {
    let query = query
        .strip_prefix('?')
        .or_else(|| query.strip_prefix('#'))
        .unwrap_or(query);
    let mut notes = Notes::default();

    let params = read_params(query, &mut notes);
    check_version(&params, &mut notes);

    let mut state = SharedState::default();

    if let Some(v) = params.get("view") {
        match View::from_slug(v) {
            Some(view) => state.view = view,
            None => notes.bad("view", v, "is not one of the planner's pages"),
        }
    }

    if let Some(v) = params.get("rs") {
        match rules::by_id(v) {
            Some(set) => state.input.rule_set = set.id.to_string(),
            None => notes.bad("rs", v, "is not one the planner knows"),
        }
    }

    state.input.visit = decode_visit(&params, &mut notes);
    state.input.last_inspection = decode_last_inspection(&params, &mut notes);

    if let Some(v) = params.get("em") {
        match parse_iso(v) {
            Some(d) => state.input.engagement_meeting = Some(d),
            None => notes.bad("em", v, date_problem(v)),
        }
    }

    if let Some(v) = params.get("ep") {
        let items: Vec<&str> = v.split(',').collect();
        if items.len() > MAX_EPISODES {
            notes.add(format!(
                "The link lists {} other inspections or visits; a plan holds at most {MAX_EPISODES}, so only the first {MAX_EPISODES} were used.",
                items.len()
            ));
        }
        for item in items.into_iter().take(MAX_EPISODES) {
            let episode = item.split_once(':').and_then(|(k, d)| {
                Some(Episode {
                    kind: from_word(&VISIT_KINDS, k)?,
                    first_day: parse_iso(d)?,
                })
            });
            match episode {
                Some(e) => state.input.other_episodes.push(e),
                None => notes.add(format!(
                    "Part of the link was left out: the other inspection or visit \u{201c}{}\u{201d} is not a kind of visit and a real date.",
                    quote(item)
                )),
            }
        }
    }

    if let Some(v) = params.get("xp") {
        match parse_period(v) {
            Some(p) => state.input.christmas_period = Some(p),
            None => notes.bad("xp", v, "is not a pair of real days"),
        }
    }

    if let Some(v) = params.get("lp") {
        match parse_iso(v) {
            Some(d) => state.input.local_polling_day = Some(d),
            None => notes.bad("lp", v, date_problem(v)),
        }
    }
    if let Some(v) = params.get("ge") {
        match parse_iso(v) {
            Some(d) => state.input.general_election = Some(d),
            None => notes.bad("ge", v, date_problem(v)),
        }
    }
    if let Some(v) = params.get("la") {
        match v
            .parse::<u16>()
            .ok()
            .filter(|n| councils::built_in(*n).is_some())
        {
            Some(code) => state.input.council = Some(code),
            None => notes.bad(
                "la",
                v,
                "is not the DfE number of a council the planner knows",
            ),
        }
    }

    if let Some(v) = params.get("rd") {
        decode_recorded(v, &mut state.input.recorded, &mut notes);
    }

    if let Some(v) = params.get("embed") {
        match v {
            "1" => state.embed = Embed::App,
            "card" => state.embed = Embed::Card,
            "0" => {}
            other => notes.bad("embed", other, "is not one the planner knows"),
        }
    }

    state.training = decode_training(&params, &mut notes);

    Decoded {
        state,
        notes: notes.finish(),
    }
}

/// `rd`: recorded dates, `step:date` pairs. A step given twice keeps its first date, like a
/// parameter given twice.
fn decode_recorded(v: &str, recorded: &mut RecordedDates, notes: &mut Notes) {
    for item in v.split(',') {
        let pair = item
            .split_once(':')
            .and_then(|(s, d)| Some((step_from_word(s)?, parse_iso(d)?)));
        match pair {
            Some((step, date)) if recorded.get(step).is_none() => recorded.set(step, date),
            Some(_) => {}
            None => notes.add(format!(
                "Part of the link was left out: the recorded date \u{201c}{}\u{201d} is not a step of a plan and a real date.",
                quote(item)
            )),
        }
    }
}

fn decode_visit(params: &Params, notes: &mut Notes) -> Option<VisitInput> {
    let kind = match params.get("vk") {
        None => None,
        Some(v) => {
            let k = from_word(&VISIT_KINDS, v);
            if k.is_none() {
                notes.bad("vk", v, "is not one the planner knows");
            }
            k
        }
    };
    let on_site_days = params.get("vd").and_then(|v| {
        let d = from_word(&ON_SITE_DAYS, v);
        if d.is_none() {
            notes.bad(
                "vd",
                v,
                "is not Tuesday and Wednesday or Wednesday and Thursday",
            );
        }
        d
    });
    let from_first_day = params.get("va").and_then(|v| match v {
        "n" => Some(false),
        "s" => Some(true),
        _ => {
            notes.bad("va", v, "is not one the planner knows");
            None
        }
    });
    let date = params.get("vdate").and_then(|v| {
        let d = parse_iso(v);
        if d.is_none() {
            notes.bad("vdate", v, date_problem(v));
        }
        d
    });
    let number = params.get("mv").and_then(|v| {
        let n = v.parse::<u8>().ok();
        if n.is_none() {
            notes.bad("mv", v, "is not a number the planner can use");
        }
        n
    });
    let priority = params.get("pa").and_then(|v| match v {
        "1" => Some(true),
        "0" => Some(false),
        _ => {
            notes.bad("pa", v, "is not yes or no");
            None
        }
    });
    let mentioned = params.any(&["vk", "vd", "va", "mv", "pa"]);
    let Some(date) = date else {
        if mentioned && params.get("vdate").is_none() {
            notes.add(
                "The link describes a visit but gives no date for it, so the visit was left out."
                    .to_string(),
            );
        }
        return None;
    };
    let kind = match (kind, params.get("vk")) {
        (Some(k), _) => k,
        // An unknown kind must not silently become a standard inspection.
        (None, Some(_)) => return None,
        (None, None) => VisitKind::Standard,
    };
    let anchor = if from_first_day.unwrap_or(false) {
        Anchor::FirstOnSiteDay(date)
    } else {
        Anchor::Notification(date)
    };
    Some(VisitInput {
        kind,
        on_site_days: on_site_days.unwrap_or_default(),
        anchor,
        monitoring_visit_number: number.unwrap_or(1),
        priority_actions: priority.unwrap_or(false),
    })
}

fn decode_training(params: &Params, notes: &mut Notes) -> Option<TrainingPosition> {
    let scenario = params.get("sc").and_then(|v| {
        let s = ScenarioId::from_id(v);
        if s.is_none() {
            notes.bad("sc", v, "is not one the planner has");
        }
        s
    });
    let start = params.get("sd").and_then(|v| {
        let d = parse_iso(v);
        if d.is_none() {
            notes.bad("sd", v, date_problem(v));
        }
        d
    });
    let step = params.get("st").and_then(|v| {
        let n = v.parse::<u16>().ok().filter(|n| *n >= 1);
        if n.is_none() {
            notes.bad("st", v, "is not a step number the planner can use");
        }
        n
    });
    match (scenario, start) {
        (Some(scenario), Some(start)) => Some(TrainingPosition {
            step: step.unwrap_or(1),
            ..TrainingPosition::new(scenario, start)
        }),
        _ => {
            if params.get("sc").is_none() && params.any(&["sd", "st"]) {
                notes.add(
                    "The link gives a start date or step for presenter mode but no training scenario, so presenter mode was left out."
                        .to_string(),
                );
            } else if scenario.is_some() && params.get("sd").is_none() {
                notes.add(
                    "The link names a training scenario but not its start date, so presenter mode was left out."
                        .to_string(),
                );
            }
            None
        }
    }
}

fn decode_last_inspection(params: &Params, notes: &mut Notes) -> Option<LastInspection> {
    let kind = params.get("li").and_then(|v| {
        let k = from_word(&JUDGEMENT_KINDS, v);
        if k.is_none() {
            notes.bad("li", v, "is not one the planner knows");
        }
        k
    });
    let date = params.get("lid").and_then(|v| {
        let d = parse_iso(v);
        if d.is_none() {
            notes.bad("lid", v, date_problem(v));
        }
        d
    });
    let overall = params.get("lo").and_then(|v| {
        let o = from_word(&GRADES, v)
            .map(Outcome::Overall)
            .or_else(|| from_word(&PATHWAYS, v).map(Outcome::Pathway));
        if o.is_none() {
            notes.bad("lo", v, "is not a grade or pathway the planner knows");
        }
        o
    });
    let subs = params
        .get("sj")
        .and_then(|v| parse_sub_judgements(v, notes))
        .map(Outcome::SubJudgements);
    if overall.is_some() && subs.is_some() {
        notes.add(
            "The link gives both an overall grade and sub-judgements for the last inspection; the overall grade was used."
                .to_string(),
        );
    }
    let outcome = overall.or(subs);
    let mentioned = params.any(&["li", "lid", "lo", "sj"]);
    match (date, outcome) {
        (Some(first_onsite_day), Some(outcome)) => Some(LastInspection {
            kind: kind.unwrap_or_default(),
            first_onsite_day,
            outcome,
        }),
        _ => {
            if mentioned {
                let missing = if params.get("lid").is_none() {
                    Some("its date")
                } else if params.get("lo").is_none() && params.get("sj").is_none() {
                    Some("how it turned out (a grade, sub-judgements or a pathway)")
                } else {
                    None
                };
                if let Some(missing) = missing {
                    notes.add(format!(
                        "The link describes the last inspection but not {missing}, so the last inspection was left out."
                    ));
                }
            }
            None
        }
    }
}
