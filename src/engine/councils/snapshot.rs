//! Reads a snapshot of each local authority's latest ILACS judgement inspection: the file in
//! `data/ilacs-latest-inspections.tsv` (tab-separated, `#` provenance lines first), the same
//! columns as CSV, or data-to-insight's ILACS overview exported as CSV (its own column names,
//! dates as 31/01/2024).
//!
//! Used twice: by `build.rs`, which turns the file into a compact table at build time (so the
//! app never parses it on start and nothing is copied by hand), and by the app, to check and read
//! a newer snapshot a person loads. Plain `std` only, no chrono: the build script includes this
//! file as a module of its own. [`crate::engine::councils`] turns rows into plan input.

use std::fmt;

/// A date as (year, month, day).
pub type Ymd = (i32, u32, u32);

/// Most problems listed for one file; the rest are counted.
pub const MAX_PROBLEMS: usize = 20;

/// Largest snapshot file read (the real one is about 20 KB).
pub const MAX_SNAPSHOT_BYTES: usize = 2_000_000;

/// A grade, in Ofsted's order (best first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Outstanding,
    Good,
    RequiresImprovement,
    Inadequate,
}

/// England's nine regions: the letters the snapshot uses, the ONS code and the name.
pub const REGIONS: [(&str, &str, &str); 9] = [
    ("NE", "E12000001", "North East"),
    ("NW", "E12000002", "North West"),
    ("YH", "E12000003", "Yorkshire and The Humber"),
    ("EM", "E12000004", "East Midlands"),
    ("WM", "E12000005", "West Midlands"),
    ("E", "E12000006", "East of England"),
    ("GL", "E12000007", "London"),
    ("SE", "E12000008", "South East"),
    ("SW", "E12000009", "South West"),
];

/// Puts councils in the order every list of them is shown in: by name, then DfE number. Used for
/// a snapshot read from a file and by `build.rs` for the built-in one.
pub fn sort_by_name(councils: &mut [Council]) {
    councils.sort_by(|a, b| a.name.cmp(&b.name).then(a.la_code.cmp(&b.la_code)));
}

/// The latest judgement inspection of one local authority. A field the file leaves empty is
/// `None`, for the person to fill in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Council {
    /// The DfE local authority number (302 is Barnet).
    pub la_code: u16,
    /// The ONS area code (E09000003); may be empty.
    pub ons_code: String,
    pub name: String,
    /// Index into [`REGIONS`].
    pub region: Option<u8>,
    pub fieldwork_start: Option<Ymd>,
    pub fieldwork_end: Option<Ymd>,
    /// `Some(true)` for a short inspection, `Some(false)` for a standard one.
    pub short: Option<bool>,
    /// Empty for inspections from April 2026, which have no overall grade.
    pub overall: Option<Level>,
    pub help_and_protection: Option<Level>,
    pub in_care: Option<Level>,
    /// `Some(None)`: the inspection came before care leavers were judged apart (January 2023).
    pub care_leavers: Option<Option<Level>>,
    pub impact_of_leaders: Option<Level>,
}

impl Council {
    /// The region's name, or `None` when the file does not give one.
    pub fn region_name(&self) -> Option<&'static str> {
        REGIONS.get(usize::from(self.region?)).map(|r| r.2)
    }
}

/// A whole snapshot: its date (from a `# Snapshot of 29 June 2026.` line, when there is one)
/// and its rows in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snapshot {
    pub date: Option<Ymd>,
    pub rows: Vec<Council>,
}

/// One thing wrong with a file, with where it is, in words for the person who chose it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The line of the file (1 for the first); 0 for the file as a whole.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            f.write_str(&self.message)
        } else {
            write!(f, "Line {}: {}", self.line, self.message)
        }
    }
}

/// The columns read, each with the names it goes by: the snapshot's own, then data-to-insight's.
const COLUMNS: [(&str, &[&str]); 12] = [
    ("la_code", &["la_code", "la code", "la_number"]),
    ("ons_code", &["ons_code", "ltla23cd", "utla23cd"]),
    ("name", &["name", "local_authority", "la_name"]),
    ("region", &["region", "region_code"]),
    (
        "fieldwork_start",
        &["fieldwork_start", "inspection_start_date"],
    ),
    ("fieldwork_end", &["fieldwork_end", "inspection_end_date"]),
    ("type", &["type", "inspection_framework"]),
    ("overall", &["overall", "overall_effectiveness_grade"]),
    (
        "help_and_protection",
        &["help_and_protection", "help_and_protection_grade"],
    ),
    ("in_care", &["in_care", "in_care_grade"]),
    ("care_leavers", &["care_leavers", "care_leavers_grade"]),
    (
        "impact_of_leaders",
        &["impact_of_leaders", "impact_of_leaders_grade"],
    ),
];

/// Columns a file must have; the others may be missing (their fields are then left empty).
const REQUIRED: [&str; 3] = ["la_code", "name", "fieldwork_start"];

/// A quote opened and not closed on the line: its columns cannot be told apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnclosedQuote;

impl fmt::Display for UnclosedQuote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("A quote (\") is opened and not closed, so the columns cannot be told apart: check the line in a text editor")
    }
}

/// Splits one line into cells: on tabs for the tab-separated file, else as CSV (double quotes
/// around a cell that holds a comma; `""` inside is one quote). A quote left open would swallow
/// the rest of the line into one cell, so it is an error.
pub fn cells(line: &str, tabs: bool) -> Result<Vec<String>, UnclosedQuote> {
    if tabs {
        return Ok(line.split('\t').map(|c| c.trim().to_string()).collect());
    }
    let mut out = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cell).trim().to_string()),
            _ => cell.push(c),
        }
    }
    if quoted {
        return Err(UnclosedQuote);
    }
    out.push(cell.trim().to_string());
    Ok(out)
}

/// An ISO date (2024-06-10) or a UK one (10/06/2024), checked to be a real day.
pub fn read_date(text: &str) -> Option<Ymd> {
    let t = text.trim();
    let (y, m, d) = if let Some((d, rest)) = t.split_once('/') {
        let (m, y) = rest.split_once('/')?;
        let y = y.split_whitespace().next()?; // "10/06/2024 00:00"
        (y, m, d)
    } else {
        let t = t.get(..10).unwrap_or(t); // "2024-06-10T00:00:00"
        let mut parts = t.splitn(3, '-');
        (parts.next()?, parts.next()?, parts.next()?)
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !(all_digits(y) && all_digits(m) && all_digits(d)) || y.len() != 4 {
        return None;
    }
    let (y, m, d): (i32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    (1900..=2200).contains(&y).then_some(())?;
    (d >= 1 && d <= days_in_month(y, m)?).then_some((y, m, d))
}

fn days_in_month(y: i32, m: u32) -> Option<u32> {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    Some(match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    })
}

/// A grade in words, as the snapshot or Ofsted's reports write it.
pub fn read_level(text: &str) -> Option<Level> {
    let t = text.trim().to_ascii_lowercase().replace(['_', '-'], " ");
    match t.as_str() {
        "outstanding" | "1" => Some(Level::Outstanding),
        "good" | "2" => Some(Level::Good),
        "inadequate" | "4" => Some(Level::Inadequate),
        _ if t.starts_with("requires improvement") || t == "3" => Some(Level::RequiresImprovement),
        _ => None,
    }
}

/// The English month with this name (full or first three letters).
fn month_number(name: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let n = name.trim().to_ascii_lowercase();
    (n.len() >= 3)
        .then(|| MONTHS.iter().position(|m| m.starts_with(&n)))
        .flatten()
        .map(|i| i as u32 + 1)
}

/// The date of a `# Snapshot of 29 June 2026.` line.
pub fn snapshot_date(line: &str) -> Option<Ymd> {
    let rest = line.split_once("Snapshot of ")?.1;
    let text = rest.split('.').next()?;
    let mut words = text.split_whitespace();
    let d: u32 = words.next()?.parse().ok()?;
    let m = month_number(words.next()?)?;
    let y: i32 = words.next()?.parse().ok()?;
    (d >= 1 && d <= days_in_month(y, m)?).then_some((y, m, d))
}

/// Where each column is in the file's header, or what is missing.
fn header_positions(header: &[String]) -> Result<[Option<usize>; 12], String> {
    let lower: Vec<String> = header
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase())
        .collect();
    let mut at = [None; 12];
    for (slot, (_, names)) in at.iter_mut().zip(COLUMNS.iter()) {
        *slot = lower.iter().position(|h| names.contains(&h.as_str()));
    }
    let missing: Vec<&str> = COLUMNS
        .iter()
        .zip(at.iter())
        .filter(|((name, _), pos)| pos.is_none() && REQUIRED.contains(name))
        .map(|((name, _), _)| *name)
        .collect();
    if missing.is_empty() {
        Ok(at)
    } else {
        Err(format!(
            "The first row must name the columns, and it has no {} column. Use the columns of the planner's own file (la_code, ons_code, name, region, fieldwork_start, fieldwork_end, type, overall, help_and_protection, in_care, care_leavers, impact_of_leaders) or of data-to-insight's ILACS overview.",
            missing.join(", ")
        ))
    }
}

fn note(problems: &mut Vec<String>, column: &str, value: &str, what: &str) {
    problems.push(format!("the {column} '{value}' {what}"));
}

fn date_cell(problems: &mut Vec<String>, column: &str, text: &str) -> Option<Ymd> {
    if text.is_empty() {
        return None;
    }
    let d = read_date(text);
    if d.is_none() {
        note(
            problems,
            column,
            text,
            "is not a date in the form 2024-06-10 or 10/06/2024",
        );
    }
    d
}

fn grade_cell(problems: &mut Vec<String>, column: &str, text: &str) -> Option<Level> {
    let lower = text.to_ascii_lowercase();
    if text.is_empty() || lower == "none" || lower == "n/a" {
        return None;
    }
    let g = read_level(text);
    if g.is_none() {
        let what = "is not a grade (outstanding, good, requires improvement or inadequate)";
        note(problems, column, text, what);
    }
    g
}

/// Reads one data row; every problem in it is added to `problems`.
fn read_row(cells: &[String], at: &[Option<usize>; 12], problems: &mut Vec<String>) -> Council {
    let cell = |i: usize| {
        at.get(i)
            .copied()
            .flatten()
            .and_then(|p| cells.get(p))
            .map(|s| s.trim())
            .unwrap_or("")
    };
    let code_text = cell(0);
    let la_code = match code_text.parse::<u16>() {
        Ok(n) if (100..=999).contains(&n) => n,
        _ => {
            let what = "is not a DfE local authority number (three digits, such as 302)";
            note(problems, "la_code", code_text, what);
            0
        }
    };
    let name = cell(2).to_string();
    if name.is_empty() {
        problems.push("the name is empty".to_string());
    }
    let region_text = cell(3);
    let region = REGIONS
        .iter()
        .position(|(letters, ons, full)| {
            region_text.eq_ignore_ascii_case(letters)
                || region_text.eq_ignore_ascii_case(ons)
                || region_text.eq_ignore_ascii_case(full)
        })
        .map(|i| i as u8);
    if region.is_none() && !region_text.is_empty() {
        note(
            problems,
            "region",
            region_text,
            "is not one of England's nine regions",
        );
    }
    let fieldwork_start = date_cell(problems, "fieldwork_start", cell(4));
    let fieldwork_end = date_cell(problems, "fieldwork_end", cell(5));
    let type_text = cell(6).to_ascii_lowercase();
    let short = if type_text.contains("short") {
        Some(true)
    } else if type_text.contains("standard") {
        Some(false)
    } else {
        if !type_text.is_empty() {
            note(problems, "type", cell(6), "is neither short nor standard");
        }
        None
    };
    let cl_text = cell(10).to_ascii_lowercase();
    let care_leavers = if cl_text.contains("pre_dates") || cl_text.contains("not judged") {
        Some(None)
    } else {
        grade_cell(problems, "care leavers grade", cell(10)).map(Some)
    };
    Council {
        la_code,
        ons_code: cell(1).to_string(),
        name,
        region,
        fieldwork_start,
        fieldwork_end,
        short,
        overall: grade_cell(problems, "overall grade", cell(7)),
        help_and_protection: grade_cell(problems, "help and protection grade", cell(8)),
        in_care: grade_cell(problems, "in care grade", cell(9)),
        care_leavers,
        impact_of_leaders: grade_cell(problems, "impact of leaders grade", cell(11)),
    }
}

/// Every problem found, in words; the list is cut at [`MAX_PROBLEMS`] with a count of the rest.
fn finish(mut problems: Vec<Problem>) -> Vec<Problem> {
    if problems.len() > MAX_PROBLEMS {
        let more = problems.len() - MAX_PROBLEMS;
        problems.truncate(MAX_PROBLEMS);
        problems.push(Problem {
            line: 0,
            message: format!("{more} more problems were found too."),
        });
    }
    problems
}

/// Reads a whole snapshot. Nothing is returned unless every row is good: otherwise every
/// problem, each naming its line, so the person can fix the file and load it again.
pub fn parse(text: &str) -> Result<Snapshot, Vec<Problem>> {
    let whole = |message: String| vec![Problem { line: 0, message }];
    let mut date = None;
    let mut lines = text.lines().enumerate().filter(|(_, l)| {
        if l.starts_with('#') {
            date = date.or_else(|| snapshot_date(l));
        }
        !l.starts_with('#') && !l.trim().trim_matches(',').is_empty()
    });
    let Some((header_at, header_line)) = lines.next() else {
        return Err(whole("The file is empty.".into()));
    };
    let tabs = header_line.contains('\t');
    let header = cells(header_line, tabs).map_err(|e| {
        vec![Problem {
            line: header_at + 1,
            message: format!("The line of column names is not as expected. {e}."),
        }]
    })?;
    let at = header_positions(&header).map_err(whole)?;
    let mut rows: Vec<Council> = Vec::new();
    let mut problems = Vec::new();
    for (i, line) in lines {
        let mut found = Vec::new();
        let line_cells = match cells(line, tabs) {
            Ok(cells) => cells,
            Err(e) => {
                problems.push(Problem {
                    line: i + 1,
                    message: format!("{e}."),
                });
                continue;
            }
        };
        let row = read_row(&line_cells, &at, &mut found);
        if row.la_code != 0 {
            if let Some(first) = rows.iter().position(|r| r.la_code == row.la_code) {
                found.push(format!(
                    "local authority {} is in the file twice (also as {})",
                    row.la_code, rows[first].name
                ));
            }
        }
        let label = if row.name.is_empty() {
            String::new()
        } else {
            format!("{}: ", row.name)
        };
        for p in found {
            problems.push(Problem {
                line: i + 1,
                message: format!("{label}{p}."),
            });
        }
        rows.push(row);
    }
    if rows.is_empty() && problems.is_empty() {
        problems.push(Problem {
            line: 0,
            message: "The file names its columns but has no local authorities.".into(),
        });
    }
    if problems.is_empty() {
        Ok(Snapshot { date, rows })
    } else {
        Err(finish(problems))
    }
}

/// A date packed as `yyyymmdd` (0 when there is none), for the compact built-in table.
pub fn pack_date(d: Option<Ymd>) -> u32 {
    d.map_or(0, |(y, m, d)| (y.max(0) as u32) * 10_000 + m * 100 + d)
}

/// The date packed by [`pack_date`].
pub fn unpack_date(n: u32) -> Option<Ymd> {
    (n != 0).then_some(((n / 10_000) as i32, n / 100 % 100, n % 100))
}

/// A grade packed as a digit: 0 none, 1 to 4 the grades best first, 5 "not judged apart".
pub fn pack_level(g: Option<Option<Level>>) -> u8 {
    match g {
        None => 0,
        Some(None) => 5,
        Some(Some(l)) => l as u8 + 1,
    }
}

/// The grade packed by [`pack_level`].
pub fn unpack_level(n: u8) -> Option<Option<Level>> {
    const ALL: [Level; 4] = [
        Level::Outstanding,
        Level::Good,
        Level::RequiresImprovement,
        Level::Inadequate,
    ];
    match n {
        0 => None,
        5 => Some(None),
        n => ALL.get(usize::from(n - 1)).map(|l| Some(*l)),
    }
}

/// One row of the built-in table, as `build.rs` writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Packed {
    pub la_code: u16,
    pub ons_code: &'static str,
    pub name: &'static str,
    /// Region index + 1 (0: none).
    pub region: u8,
    pub start: u32,
    pub end: u32,
    /// 0 unknown, 1 standard, 2 short.
    pub kind: u8,
    /// Overall, help and protection, in care, care leavers, impact of leaders ([`pack_level`]).
    pub grades: [u8; 5],
}

impl Packed {
    /// The row this packs.
    pub fn unpack(&self) -> Council {
        let g = |i: usize| unpack_level(self.grades.get(i).copied().unwrap_or(0));
        Council {
            la_code: self.la_code,
            ons_code: self.ons_code.to_string(),
            name: self.name.to_string(),
            region: self.region.checked_sub(1),
            fieldwork_start: unpack_date(self.start),
            fieldwork_end: unpack_date(self.end),
            short: match self.kind {
                1 => Some(false),
                2 => Some(true),
                _ => None,
            },
            overall: g(0).flatten(),
            help_and_protection: g(1).flatten(),
            in_care: g(2).flatten(),
            care_leavers: g(3),
            impact_of_leaders: g(4).flatten(),
        }
    }
}

/// The Rust source of `row` packed, for `build.rs`.
pub fn packed_source(row: &Council) -> String {
    let kind = match row.short {
        None => 0,
        Some(false) => 1,
        Some(true) => 2,
    };
    let grades = [
        pack_level(row.overall.map(Some)),
        pack_level(row.help_and_protection.map(Some)),
        pack_level(row.in_care.map(Some)),
        pack_level(row.care_leavers),
        pack_level(row.impact_of_leaders.map(Some)),
    ];
    format!(
        "Packed {{ la_code: {}, ons_code: {:?}, name: {:?}, region: {}, start: {}, end: {}, kind: {kind}, grades: {grades:?} }}",
        row.la_code,
        row.ons_code,
        row.name,
        row.region.map_or(0, |r| r + 1),
        pack_date(row.fieldwork_start),
        pack_date(row.fieldwork_end),
    )
}
