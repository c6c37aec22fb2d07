//! The checklist and requests spreadsheets coming back in (issue 28): a team edits the CSV files
//! the planner exports in Excel (owners, notes, ticks, responses) and loads them back.
//!
//! Reading is in three steps, so nothing is applied half-way: [`read_records`] splits the text
//! (Excel's re-saves included: a byte order mark, semicolons in some locales, CRLF, line breaks
//! inside quoted cells); `read_checklist_csv` / `read_requests_csv` match each row to its item
//! or request by id and list what would change (a preview) and the rows left out with their
//! line; `apply` then makes every listed change at once.

use std::fmt;

use crate::engine::calendar::dates::long_date;
use crate::engine::councils::snapshot::read_date;
use crate::engine::records::annex_a::{self, AnnexAItem, ChecklistState};
use crate::engine::records::further_info::{
    next_id, validate, InfoRequest, RequestType, MAX_REQUESTS,
};

/// One record of a CSV file and its row number as a spreadsheet shows it (1 for the first; a
/// line break inside a quoted cell does not start a new row).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub cells: Vec<String>,
}

/// Why a spreadsheet cannot be read at all. Messages are for the person who chose the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetError {
    /// A quote opened and never closed: the rest of the file would be one cell.
    UnclosedQuote { line: usize },
    /// The columns are not the checklist's.
    NotChecklist,
    /// The columns are not the requests record's.
    NotRequests,
}

impl fmt::Display for SheetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SheetError::UnclosedQuote { line } => write!(f, "Line {line}: a quote (\") is opened and not closed, so the rest of the file cannot be read. Check that line in Excel or a text editor, save the file again and load it."),
            SheetError::NotChecklist => f.write_str("This is not the checklist spreadsheet: it has no Done column, or no Item id or Number column. Load the file the checklist page saved (after editing it, if you like)."),
            SheetError::NotRequests => f.write_str("This is not the further-information spreadsheet: it has no Request or Reason for request column. Load the file the requests page saved (after editing it, if you like)."),
        }
    }
}

impl std::error::Error for SheetError {}

/// A row left out, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Line {}: {}", self.line, self.reason)
    }
}

/// One change a loaded spreadsheet would make, in words for the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change(String);

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Splits `text` into records: comma-, semicolon- or tab-separated (whichever the first line
/// uses most), with quoted cells that may hold the separator, `""` and line breaks.
///
/// ```
/// use ilacs_planner::app::spreadsheet::read_records;
/// let r = read_records("Owner;Note\r\nSam;\"a; b\"\r\n").unwrap();
/// assert_eq!(r[1].cells, ["Sam", "a; b"]);
/// ```
pub fn read_records(text: &str) -> Result<Vec<Record>, SheetError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let separator = separator(text);
    let mut records = Vec::new();
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut row = 1;
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            '\n' if quoted => cell.push('\n'),
            '\r' if !quoted && chars.peek() == Some(&'\n') => {}
            '\n' => {
                cells.push(std::mem::take(&mut cell));
                push_record(&mut records, row, std::mem::take(&mut cells));
                row += 1;
            }
            c if c == separator && !quoted => cells.push(std::mem::take(&mut cell)),
            c => cell.push(c),
        }
    }
    if quoted {
        return Err(SheetError::UnclosedQuote { line: row });
    }
    if !cell.is_empty() || !cells.is_empty() {
        cells.push(cell);
        push_record(&mut records, row, cells);
    }
    Ok(records)
}

/// Keeps a record unless every cell is empty (Excel adds rows of bare separators).
fn push_record(records: &mut Vec<Record>, line: usize, cells: Vec<String>) {
    if cells.iter().any(|c| !c.trim().is_empty()) {
        let cells = cells.into_iter().map(|c| as_typed(c.trim())).collect();
        records.push(Record { line, cells });
    }
}

/// A cell as it was typed: the export put an apostrophe before anything a spreadsheet would run
/// as a formula; it comes off again here.
fn as_typed(cell: &str) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest.to_string(),
        _ => cell.to_string(),
    }
}

fn separator(text: &str) -> char {
    let first = text.lines().next().unwrap_or("");
    let mut quoted = false;
    let mut counts = [0usize; 3];
    for c in first.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3)
        .max_by_key(|&i| (counts[i], std::cmp::Reverse(i)))
        .unwrap_or(0);
    [',', ';', '\t'][best]
}

/// The columns of a header row, found by name whatever their order.
struct Columns(Vec<String>);

impl Columns {
    fn at(&self, name: &str) -> Option<usize> {
        self.0.iter().position(|h| h.eq_ignore_ascii_case(name))
    }
}

fn cell(record: &Record, at: Option<usize>) -> Option<&str> {
    at.map(|i| record.cells.get(i).map_or("", String::as_str))
}

/// What a loaded checklist spreadsheet would change.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChecklistImport {
    pub changes: Vec<Change>,
    pub skipped: Vec<Skipped>,
    edits: Vec<(String, ItemEdit)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ItemEdit {
    Ticked(bool),
    Owner(String),
    Note(String),
}

impl ChecklistImport {
    /// Makes every change in the preview.
    pub fn apply(&self, state: &mut ChecklistState) {
        for (id, edit) in &self.edits {
            let item = state.entry(id);
            match edit {
                ItemEdit::Ticked(t) => item.ticked = *t,
                ItemEdit::Owner(o) => item.owner.clone_from(o),
                ItemEdit::Note(n) => item.note.clone_from(n),
            }
        }
    }
}

fn yes_no(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "yes" | "y" | "true" | "x" | "1" | "\u{2713}" | "done" => Some(true),
        "no" | "n" | "false" | "0" | "" => Some(false),
        _ => None,
    }
}

fn find_item(
    id: Option<&str>,
    number: Option<&str>,
    title: Option<&str>,
) -> Option<&'static AnnexAItem> {
    if let Some(id) = id.filter(|id| !id.is_empty()) {
        return annex_a::item(id);
    }
    let number = number?;
    let mut matches = annex_a::items().iter().filter(|i| i.number == number);
    let first = matches.next()?;
    match matches.next() {
        // The framework numbers two documents 3.04: the title tells them apart.
        Some(second) => [first, second]
            .into_iter()
            .find(|i| title.is_some_and(|t| t == i.title)),
        None => Some(first),
    }
}

/// Reads an edited checklist spreadsheet against the plan's `state`: what it would change
/// (ticks, owners, notes), and the rows left out. The whole file is refused only when it is not
/// a checklist or cannot be split into rows.
pub fn read_checklist_csv(
    text: &str,
    state: &ChecklistState,
) -> Result<ChecklistImport, SheetError> {
    let records = read_records(text)?;
    let Some((header, rows)) = records.split_first() else {
        return Err(SheetError::NotChecklist);
    };
    let cols = Columns(header.cells.clone());
    let (id_at, number_at, title_at) = (cols.at("Item id"), cols.at("Number"), cols.at("Item"));
    let done_at = cols.at("Done").ok_or(SheetError::NotChecklist)?;
    if id_at.is_none() && number_at.is_none() {
        return Err(SheetError::NotChecklist);
    }
    let (owner_at, note_at) = (cols.at("Owner"), cols.at("Note"));
    let mut out = ChecklistImport::default();
    for record in rows {
        let skip = |reason: String| Skipped {
            line: record.line,
            reason,
        };
        let Some(item) = find_item(
            cell(record, id_at),
            cell(record, number_at),
            cell(record, title_at),
        ) else {
            let named = cell(record, id_at)
                .filter(|s| !s.is_empty())
                .or(cell(record, number_at))
                .unwrap_or("");
            out.skipped.push(skip(format!(
                "\u{2018}{named}\u{2019} is not an Annex A item, so the row was left out."
            )));
            continue;
        };
        let done_text = record.cells.get(done_at).map_or("", String::as_str);
        let Some(done) = yes_no(done_text) else {
            out.skipped.push(skip(format!(
                "\u{2018}{done_text}\u{2019} under Done is not Yes or No, so the row was left out."
            )));
            continue;
        };
        let now = state.get(item.id);
        let label = item.number;
        if done != now.ticked {
            let words = if done {
                "ticked as done"
            } else {
                "tick taken off"
            };
            out.changes.push(Change(format!("{label}: {words}")));
            out.edits
                .push((item.id.to_string(), ItemEdit::Ticked(done)));
        }
        for (at, was, what, edit) in [
            (
                owner_at,
                &now.owner,
                "owner",
                ItemEdit::Owner as fn(String) -> ItemEdit,
            ),
            (note_at, &now.note, "note", ItemEdit::Note),
        ] {
            let Some(text) = cell(record, at) else {
                continue;
            };
            if text != was.as_str() {
                let words = if text.is_empty() {
                    format!("{label}: {what} cleared")
                } else {
                    format!("{label}: {what} set to \u{201c}{text}\u{201d}")
                };
                out.changes.push(Change(words));
                out.edits
                    .push((item.id.to_string(), edit(text.to_string())));
            }
        }
    }
    Ok(out)
}

/// What a loaded requests spreadsheet would change.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RequestsImport {
    pub changes: Vec<Change>,
    pub skipped: Vec<Skipped>,
    /// Requests as they will be: changed ones (by id) and new ones.
    updated: Vec<InfoRequest>,
    added: Vec<InfoRequest>,
}

impl RequestsImport {
    /// Makes every change in the preview.
    pub fn apply(&self, requests: &mut Vec<InfoRequest>) {
        for new in &self.updated {
            if let Some(r) = requests.iter_mut().find(|r| r.id == new.id) {
                *r = new.clone();
            }
        }
        requests.extend(self.added.iter().cloned());
    }
}

/// The requests record's columns, as the export names them.
const REQUEST_COLUMNS: [&str; 8] = [
    "Requested by",
    "Date requested",
    "Date response required",
    "Date received from the local authority",
    "Type of request",
    "Case ID",
    "Reason for request",
    "Response from the local authority",
];

/// Puts the cells a row has into `r`; `Err` names the cell that does not read.
fn fill_request(r: &mut InfoRequest, cells: &[Option<&str>; 8]) -> Result<(), String> {
    let date = |i: usize| -> Result<Option<Option<chrono::NaiveDate>>, String> {
        let Some(text) = cells[i] else {
            return Ok(None);
        };
        if text.is_empty() {
            return Ok(Some(None));
        }
        read_date(text)
            .and_then(|(y, m, d)| chrono::NaiveDate::from_ymd_opt(y, m, d))
            .map(|d| Some(Some(d)))
            .ok_or_else(|| {
                format!(
                    "\u{2018}{text}\u{2019} under {} is not a date, so the row was left out.",
                    REQUEST_COLUMNS[i]
                )
            })
    };
    let (requested, required, received) = (date(1)?, date(2)?, date(3)?);
    if let Some(kind) = cells[4].filter(|k| !k.is_empty()) {
        r.kind = match kind.to_lowercase().as_str() {
            "document" => RequestType::Document,
            "information" => RequestType::Information,
            _ => return Err(format!("\u{2018}{kind}\u{2019} under Type of request is not Document or Information, so the row was left out.")),
        };
    }
    for (value, at) in [
        (&mut r.requested_by, 0),
        (&mut r.case_id, 5),
        (&mut r.reason, 6),
        (&mut r.response, 7),
    ] {
        if let Some(text) = cells[at] {
            *value = text.to_string();
        }
    }
    for (value, new) in [
        (&mut r.date_requested, requested),
        (&mut r.response_required_by, required),
        (&mut r.date_received, received),
    ] {
        if let Some(new) = new {
            *value = new;
        }
    }
    Ok(())
}

/// What changed between two versions of one request, in words.
fn request_changes(was: &InfoRequest, now: &InfoRequest, out: &mut Vec<Change>) {
    let id = &now.id;
    let text = |what: &str, a: &str, b: &str, out: &mut Vec<Change>| {
        if a != b {
            out.push(Change(if b.is_empty() {
                format!("{id}: {what} cleared")
            } else {
                format!("{id}: {what} set to \u{201c}{b}\u{201d}")
            }));
        }
    };
    let date = |what: &str,
                a: Option<chrono::NaiveDate>,
                b: Option<chrono::NaiveDate>,
                out: &mut Vec<Change>| {
        if a != b {
            out.push(Change(match b {
                Some(d) => format!("{id}: {what} set to {}", long_date(d)),
                None => format!("{id}: {what} cleared"),
            }));
        }
    };
    text("requested by", &was.requested_by, &now.requested_by, out);
    date(
        "date requested",
        was.date_requested,
        now.date_requested,
        out,
    );
    date(
        "response required by",
        was.response_required_by,
        now.response_required_by,
        out,
    );
    date("date received", was.date_received, now.date_received, out);
    text("type", was.kind.label(), now.kind.label(), out);
    text("case ID", &was.case_id, &now.case_id, out);
    text("reason", &was.reason, &now.reason, out);
    text("response", &was.response, &now.response, out);
}

/// Reads an edited requests spreadsheet against the plan's `requests`: changes to requests it
/// has (by the Request column's id), new requests (rows with no id or a new one), and the rows
/// left out. A row that would not make a valid request is left out, named.
pub fn read_requests_csv(
    text: &str,
    requests: &[InfoRequest],
) -> Result<RequestsImport, SheetError> {
    let records = read_records(text)?;
    let Some((header, rows)) = records.split_first() else {
        return Err(SheetError::NotRequests);
    };
    let cols = Columns(header.cells.clone());
    let id_at = cols.at("Request").ok_or(SheetError::NotRequests)?;
    cols.at("Reason for request")
        .ok_or(SheetError::NotRequests)?;
    let at: Vec<Option<usize>> = REQUEST_COLUMNS.iter().map(|c| cols.at(c)).collect();
    let mut out = RequestsImport::default();
    let mut all: Vec<InfoRequest> = requests.to_vec();
    for record in rows {
        let skip = |reason: String| Skipped {
            line: record.line,
            reason,
        };
        let cells: [Option<&str>; 8] = std::array::from_fn(|i| cell(record, at[i]));
        let id = record.cells.get(id_at).map_or("", String::as_str);
        let existing = requests.iter().find(|r| r.id == id && !id.is_empty());
        let mut now = existing.cloned().unwrap_or_default();
        if let Err(reason) = fill_request(&mut now, &cells) {
            out.skipped.push(skip(reason));
            continue;
        }
        if let Some(problem) = validate(&now).first() {
            out.skipped
                .push(skip(format!("{problem} The row was left out.")));
            continue;
        }
        match existing {
            Some(was) if *was == now => {}
            Some(was) => {
                request_changes(was, &now, &mut out.changes);
                out.updated.push(now);
            }
            None if all.len() >= MAX_REQUESTS => {
                out.skipped.push(skip(format!(
                    "a plan holds at most {MAX_REQUESTS} requests, so the row was left out."
                )));
            }
            None => {
                let taken = id.is_empty() || all.iter().any(|r| r.id == id);
                now.id = if taken { next_id(&all) } else { id.to_string() };
                out.changes
                    .push(Change(format!("New request {}: {}", now.id, now.reason)));
                all.push(now.clone());
                out.added.push(now);
            }
        }
    }
    Ok(out)
}
