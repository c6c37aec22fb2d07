//! Reading a link query. Never fails: whatever cannot be used is left at its default and named
//! in a plain-English note for the page to show.

use super::percent::percent_decode;
use super::*;

/// Every parameter the schema knows, in the order [`encode_query`] writes them.
const KNOWN: [&str; 24] = [
    "v", "view", "rs", "vk", "vd", "va", "vdate", "mv", "pa", "li", "lid", "lo", "sj", "em", "ep",
    "xp", "lp", "ge", "la", "rd", "embed", "sc", "sd", "st",
];

/// Why a value of a parameter with a fixed list of values was left out.
const UNKNOWN: &str = "is not one the planner knows";

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

    /// The parameter `key`, read with `parse`: a value it cannot use is left out and noted,
    /// saying `why` (which may depend on the value, as for dates); a missing one is `None`.
    fn read<T>(
        &self,
        notes: &mut Notes,
        key: &str,
        parse: impl FnOnce(&str) -> Option<T>,
        why: fn(&str) -> &'static str,
    ) -> Option<T> {
        let value = self.get(key)?;
        let read = parse(value);
        if read.is_none() {
            notes.bad(key, value, why(value));
        }
        read
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
/// use ilacs_planner::app::link::{decode_query, Page};
/// let d = decode_query("?v=1&view=visit&vdate=2026-02-31&colour=blue");
/// assert_eq!(d.state.page, Page::Visit);
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

    if let Some(page) = params.read(&mut notes, "view", Page::from_slug, |_| {
        "is not one of the planner's pages"
    }) {
        state.page = page;
    }
    if let Some(set) = params.read(&mut notes, "rs", rules::by_id, |_| UNKNOWN) {
        state.input.rule_set = set.id.to_string();
    }

    state.input.visit = decode_visit(&params, &mut notes);
    state.input.last_inspection = decode_last_inspection(&params, &mut notes);

    state.input.engagement_meeting = params.read(&mut notes, "em", parse_iso, date_problem);

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

    state.input.christmas_period = params.read(&mut notes, "xp", parse_period, |_| {
        "is not a pair of real days"
    });
    // "none" is the person's answer that there are no elections coming, not a bad date.
    if params.get("lp") == Some(NO_ELECTIONS) {
        state.input.no_local_elections = true;
    } else {
        state.input.local_polling_day = params.read(&mut notes, "lp", parse_iso, date_problem);
    }
    state.input.general_election = params.read(&mut notes, "ge", parse_iso, date_problem);
    state.input.council = params.read(
        &mut notes,
        "la",
        |v| {
            v.parse::<u16>()
                .ok()
                .filter(|n| councils::built_in(*n).is_some())
        },
        |_| "is not the DfE number of a council the planner knows",
    );

    if let Some(v) = params.get("rd") {
        decode_recorded(v, &mut state.input.recorded, &mut notes);
    }

    if let Some(v) = params.get("embed") {
        match v {
            "1" => state.embed = Embed::App,
            "card" => state.embed = Embed::Card,
            "0" => {}
            other => notes.bad("embed", other, UNKNOWN),
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
    let kind = params.read(notes, "vk", |v| from_word(&VISIT_KINDS, v), |_| UNKNOWN);
    let on_site_days = params.read(
        notes,
        "vd",
        |v| from_word(&ON_SITE_DAYS, v),
        |_| "is not Tuesday and Wednesday or Wednesday and Thursday",
    );
    let from_first_day = params.read(
        notes,
        "va",
        |v| match v {
            "n" => Some(false),
            "s" => Some(true),
            _ => None,
        },
        |_| UNKNOWN,
    );
    let date = params.read(notes, "vdate", parse_iso, date_problem);
    let number = params.read(
        notes,
        "mv",
        |v| v.parse::<u8>().ok(),
        |_| "is not a number the planner can use",
    );
    let priority = params.read(
        notes,
        "pa",
        |v| match v {
            "1" => Some(true),
            "0" => Some(false),
            _ => None,
        },
        |_| "is not yes or no",
    );
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
    let scenario = params.read(notes, "sc", ScenarioId::from_id, |_| {
        "is not one the planner has"
    });
    let start = params.read(notes, "sd", parse_iso, date_problem);
    let step = params.read(
        notes,
        "st",
        |v| v.parse::<u16>().ok().filter(|n| *n >= 1),
        |_| "is not a step number the planner can use",
    );
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
    let kind = params.read(notes, "li", |v| from_word(&JUDGEMENT_KINDS, v), |_| UNKNOWN);
    let date = params.read(notes, "lid", parse_iso, date_problem);
    let overall = params.read(
        notes,
        "lo",
        |v| {
            from_word(&GRADES, v)
                .map(Outcome::Overall)
                .or_else(|| from_word(&PATHWAYS, v).map(Outcome::Pathway))
        },
        |_| "is not a grade or pathway the planner knows",
    );
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
