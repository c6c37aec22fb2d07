//! The national picture (issue 15, page "Councils"): one row per local authority with its last
//! inspection, judgement, pathway and window, sorted and filtered as the person asks, the
//! "inside their window today" sentence and the table as CSV. Pure: "today" is passed in.

use chrono::NaiveDate;

use crate::engine::calendar::dates::{day_month_year, iso, long_date};
use crate::engine::calendar::Calendar;
use crate::engine::councils::{self, Council, Councils, Status, REGIONS};
use crate::engine::export::csv_row;
use crate::engine::plan::pathway::{JudgementKind, LastInspection, Pathway};
use crate::engine::rules::RuleSet;

/// One authority's row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableRow {
    pub la_code: u16,
    pub name: String,
    pub ons_code: String,
    /// Index into [`REGIONS`].
    pub region: Option<u8>,
    pub last: Option<NaiveDate>,
    pub kind: Option<JudgementKind>,
    /// "Good", "No overall grade", or "Not given".
    pub judgement: &'static str,
    pub status: Status,
    pub open_today: bool,
    /// The window closed before `today` with no later inspection in the data ("Window passed").
    pub window_passed: bool,
}

impl TableRow {
    /// The region's name, or "Not given".
    pub fn region_name(&self) -> &'static str {
        self.region
            .and_then(|r| REGIONS.get(usize::from(r)))
            .map_or("Not given", |r| r.2)
    }

    /// "1", "2 (assumption)" or "Not known".
    pub fn pathway_words(&self) -> String {
        match (self.status.pathway, self.status.assumption) {
            (Some(p), false) => p.number().to_string(),
            (Some(p), true) => format!("{} (assumption)", p.number()),
            (None, _) => "Not known".to_string(),
        }
    }
}

/// The overall judgement in a word or two.
pub fn judgement_words(c: &Council) -> &'static str {
    match c.overall {
        Some(councils::Level::Outstanding) => "Outstanding",
        Some(councils::Level::Good) => "Good",
        Some(councils::Level::RequiresImprovement) => "Requires improvement",
        Some(councils::Level::Inadequate) => "Inadequate",
        None if councils::sub_judgements(c).is_some() => "No overall grade",
        None => "Not given",
    }
}

/// Every authority's row, in name order, as things stand on `today`.
pub fn table(
    all: &Councils,
    rules: &RuleSet,
    calendar: &Calendar,
    today: NaiveDate,
) -> Vec<TableRow> {
    all.list
        .iter()
        .map(|c| {
            let status = councils::status(c, rules, calendar);
            TableRow {
                la_code: c.la_code,
                name: c.name.clone(),
                ons_code: c.ons_code.clone(),
                region: c.region,
                last: councils::first_day(c),
                kind: councils::kind(c),
                judgement: judgement_words(c),
                status,
                open_today: status.open_on(today),
                window_passed: status.window.is_some_and(|w| w.latest < today),
            }
        })
        .collect()
}

/// The columns the table sorts by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortBy {
    #[default]
    Name,
    Region,
    Last,
    Pathway,
    Opens,
    Closes,
}

/// Which pathway the table shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PathwayFilter {
    #[default]
    All,
    Only(Pathway),
    NotKnown,
}

/// What the person has asked of the table.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct TableQuery {
    /// Index into [`REGIONS`]; `None` for every region.
    pub region: Option<u8>,
    pub pathway: PathwayFilter,
    pub sort: SortBy,
    pub descending: bool,
    /// Part of a name or a DfE number typed in "Find a local authority"; empty for all.
    pub name: String,
}

/// Whether `r` is one the person is looking for: `typed` (trimmed, any case) is part of its name
/// or its DfE number; nothing typed matches every row.
///
/// ```
/// use ilacs_planner::app::councils::{select, table, TableQuery};
/// use ilacs_planner::engine::{calendar::Calendar, councils::Councils, rules};
/// let rows = table(&Councils::built_in(), rules::by_id("current-practice").unwrap(), &Calendar::england_and_wales(), chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap());
/// let found = select(&rows, &TableQuery { name: " barn ".into(), ..TableQuery::default() });
/// assert_eq!(found.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["Barnet", "Barnsley"]);
/// assert_eq!(select(&rows, &TableQuery { name: "302".into(), ..TableQuery::default() })[0].name, "Barnet");
/// ```
pub fn name_matches(r: &TableRow, typed: &str) -> bool {
    let typed = typed.trim().to_lowercase();
    typed.is_empty() || r.name.to_lowercase().contains(&typed) || r.la_code.to_string() == typed
}

/// The rows `query` asks for, in its order (name order among equals; rows without a value
/// last whichever way the sort goes).
pub fn select(rows: &[TableRow], query: &TableQuery) -> Vec<TableRow> {
    let mut out: Vec<TableRow> = rows
        .iter()
        .filter(|r| query.region.is_none_or(|want| r.region == Some(want)))
        .filter(|r| name_matches(r, &query.name))
        .filter(|r| match query.pathway {
            PathwayFilter::All => true,
            PathwayFilter::Only(p) => r.status.pathway == Some(p),
            PathwayFilter::NotKnown => r.status.pathway.is_none(),
        })
        .cloned()
        .collect();
    let key = |r: &TableRow| -> Option<(u32, String)> {
        let date = |d: Option<NaiveDate>| d.map(|d| (d.num_days_from_ce() as u32, String::new()));
        match query.sort {
            SortBy::Name => Some((0, r.name.to_lowercase())),
            SortBy::Region => r.region.map(|_| (0, r.region_name().to_string())),
            SortBy::Last => date(r.last),
            SortBy::Pathway => r
                .status
                .pathway
                .map(|p| (u32::from(p.number()), String::new())),
            SortBy::Opens => date(r.status.window.map(|w| w.earliest)),
            SortBy::Closes => date(r.status.window.map(|w| w.latest)),
        }
    };
    out.sort_by(|a, b| {
        let order = match (key(a), key(b)) {
            (Some(x), Some(y)) if query.descending => y.cmp(&x),
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        };
        order.then_with(|| a.name.cmp(&b.name))
    });
    out
}

use chrono::Datelike;

/// "41 of 153 authorities are inside their window today." ("1 of 153 authorities is inside
/// its window today.").
pub fn count_sentence(open: usize, total: usize) -> String {
    if open == 1 {
        format!("1 of {total} authorities is inside its window today.")
    } else {
        format!("{open} of {total} authorities are inside their window today.")
    }
}

/// The header of the table's CSV download.
pub const TABLE_CSV_HEADER: [&str; 14] = [
    "Local authority",
    "DfE number",
    "ONS code",
    "Region",
    "Last inspection began",
    "Last inspection began (ISO)",
    "Type",
    "Judgement",
    "Pathway",
    "Window opens",
    "Window opens (ISO)",
    "Window closes",
    "Window closes (ISO)",
    "Inside window today",
];

/// The rows as CSV for Excel (byte order mark, CRLF, RFC 4180 quoting, formulas neutralised).
pub fn table_csv(rows: &[TableRow]) -> String {
    let mut out = String::from("\u{feff}");
    csv_row(&mut out, TABLE_CSV_HEADER.iter().copied());
    for r in rows {
        let window = r.status.window;
        let both =
            |d: Option<NaiveDate>| [d.map(long_date), d.map(iso)].map(Option::unwrap_or_default);
        let [last, last_iso] = both(r.last);
        let [opens, opens_iso] = both(window.map(|w| w.earliest));
        let [closes, closes_iso] = both(window.map(|w| w.latest));
        let kind = match r.kind {
            Some(JudgementKind::Short) => "Short",
            Some(_) => "Standard",
            None => "",
        };
        let open = if window.is_none() {
            ""
        } else if r.open_today {
            "Yes"
        } else {
            "No"
        };
        let fields = [
            r.name.clone(),
            r.la_code.to_string(),
            r.ons_code.clone(),
            r.region_name().to_string(),
            last,
            last_iso,
            kind.to_string(),
            r.judgement.to_string(),
            r.pathway_words(),
            opens,
            opens_iso,
            closes,
            closes_iso,
            open.to_string(),
        ];
        csv_row(&mut out, fields.iter().map(String::as_str));
    }
    out
}

/// What the pathway page says about a council's data: where it is from, and what is missing.
pub fn provenance(c: &Council, snapshot_date: Option<NaiveDate>) -> String {
    let when = snapshot_date.map_or("date not given".to_string(), |d| {
        format!("data as of {}", day_month_year(d))
    });
    let missing = councils::missing(c);
    let mut text = format!(
        "From Ofsted's published report ({when}) — change it if you have had an inspection since."
    );
    if !missing.is_empty() {
        text.push_str(&format!(
            " The data for {} does not give {}: enter {} yourself.",
            c.name,
            missing.join(" or "),
            if missing.len() == 1 { "it" } else { "them" }
        ));
    }
    text
}

/// Whether `name` is one the planner gave, not the person: a plan so named takes its council's
/// name when one is chosen.
pub fn is_default_name(name: &str) -> bool {
    use crate::app::saved::{FIRST_PLAN_NAME, LINK_PLAN_NAME, UNTITLED};
    let name = name.trim();
    name.is_empty() || [UNTITLED, FIRST_PLAN_NAME, LINK_PLAN_NAME].contains(&name)
}

/// Records the chosen council in the open plan (`None`: none chosen), and names the plan after
/// it unless the person has named the plan themselves.
///
/// ```
/// use ilacs_planner::app::councils::mark_chosen;
/// use ilacs_planner::app::saved::SavedPlan;
/// let mut plan = SavedPlan::default();
/// mark_chosen(&mut plan, Some((302, "Barnet")));
/// assert_eq!((plan.name.as_str(), plan.state.input.council), ("Barnet", Some(302)));
/// plan.name = "Spring visit".into();
/// mark_chosen(&mut plan, Some((303, "Bexley")));
/// assert_eq!(plan.name, "Spring visit");
/// ```
pub fn mark_chosen(plan: &mut crate::app::saved::SavedPlan, council: Option<(u16, &str)>) {
    // A plan named after the council chosen before takes the new one's name too.
    let previous = plan
        .state
        .input
        .council
        .and_then(councils::built_in)
        .map(|c| c.name);
    plan.state.input.council = council.map(|(code, _)| code);
    if let Some((_, name)) = council {
        if is_default_name(&plan.name) || previous == Some(plan.name.as_str()) {
            plan.name = name.to_string();
        }
    }
}

/// The authorities whose name contains `text` (any case) or whose DfE number starts with it,
/// in list order; all of them for empty text.
///
/// ```
/// use ilacs_planner::app::councils::matching;
/// use ilacs_planner::engine::councils::Councils;
/// let all = Councils::built_in();
/// let names = |t: &str| matching(&all.list, t).iter().map(|c| c.name.clone()).collect::<Vec<_>>();
/// assert_eq!(names("302"), ["Barnet"]);
/// assert_eq!(names(" barnet "), ["Barnet"]);
/// assert!(names("").len() == 153);
/// ```
pub fn matching<'a>(list: &'a [Council], text: &str) -> Vec<&'a Council> {
    let want = text.trim().to_lowercase();
    let digits = !want.is_empty() && want.bytes().all(|b| b.is_ascii_digit());
    list.iter()
        .filter(|c| {
            want.is_empty()
                || (digits && c.la_code.to_string().starts_with(&want))
                || c.name.to_lowercase().contains(&want)
        })
        .collect()
}

/// The options of the "Local authority" list: `(DfE number, name)` of the authorities matching
/// `text`, and the chosen one (`chosen`) even when it does not match, so the list can show it.
pub fn choice_options(all: &Councils, text: &str, chosen: Option<u16>) -> Vec<(u16, String)> {
    let matches = matching(&all.list, text);
    let missing = chosen.filter(|code| !matches.iter().any(|c| c.la_code == *code));
    let extra = missing.and_then(|code| all.find(code));
    matches
        .into_iter()
        .chain(extra)
        .map(|c| (c.la_code, c.name.clone()))
        .collect()
}

/// What the finder says about `text`: how many authorities match, and what Enter does.
pub fn match_status(list: &[Council], text: &str) -> String {
    if text.trim().is_empty() {
        return String::new();
    }
    match matching(list, text).len() {
        0 => "No local authority matches. Try fewer letters, or its DfE number.".to_string(),
        1 => "1 local authority matches: it is first in the list below. Press Enter to choose it."
            .to_string(),
        n => format!(
            "{n} local authorities match: choose one from the list below, or press Enter for the first."
        ),
    }
}

/// The note under the chosen council: where its data comes from and what it lacks, and whether
/// the person has since changed the last inspection (`last`, the plan's).
pub fn council_note(all: &Councils, code: u16, last: Option<LastInspection>) -> String {
    match all.find(code) {
        Some(c) => {
            let mut text = provenance(c, all.date);
            if councils::last_inspection(c).is_some_and(|from_data| Some(from_data) != last) {
                text.push_str(
                    " You have changed the last inspection below from the published data.",
                );
            }
            text
        }
        None => format!(
            "{} is not in the data in use, so fill in the last inspection yourself.",
            councils::label(code)
        ),
    }
}

/// "Built-in data (data as of 29 June 2026), from …" or "Loaded from new.csv (…), kept in this
/// browser." A file without a snapshot date gives the end of the latest inspection in it.
pub fn data_source(c: &Councils) -> String {
    let latest = c
        .list
        .iter()
        .filter_map(|r| r.fieldwork_end.or(r.fieldwork_start))
        .max();
    let when = match (c.date, latest.and_then(councils::ymd_date)) {
        (Some(d), _) => format!("data as of {}", day_month_year(d)),
        (None, Some(d)) => format!(
            "no snapshot date given; its latest inspection ended {}",
            day_month_year(d)
        ),
        (None, None) => "no snapshot date given".to_string(),
    };
    match &c.file {
        None => format!("Built-in data ({when}), from {}.", councils::SOURCE),
        Some(file) => format!("Loaded from {file} ({when}), kept in this browser."),
    }
}
