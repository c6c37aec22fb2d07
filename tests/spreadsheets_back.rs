#![cfg(not(target_arch = "wasm32"))]
//! Issue 28, item 2: the checklist and requests spreadsheets the planner exports come back in
//! after a team edits them in Excel: matched by item id and request id, previewed, then applied
//! whole. Rows that cannot be read are named with their line and left out. Excel's own re-save
//! (UTF-8 with a byte order mark, semicolons in some locales, CRLF, quoted line breaks, UK dates)
//! must read.

mod support;

use ilacs_planner::app::spreadsheet::{
    read_checklist_csv, read_records, read_requests_csv, SheetError,
};
use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::engine::export::{checklist_csv, requests_csv};
use ilacs_planner::engine::plan::visit_schedule::Anchor;
use ilacs_planner::engine::records::annex_a::{checklist, ChecklistState};
use ilacs_planner::engine::records::further_info::{InfoRequest, RequestType};
use ilacs_planner::engine::rules::VisitKind;
use support::{d, framework, plan_on, visit_only};

fn rows_for(state: &ChecklistState) -> String {
    let input = visit_only(VisitKind::Standard, Anchor::Notification(d(2027, 2, 1)));
    let visit = plan_on(framework(), &input, d(2027, 2, 1)).visit.unwrap();
    let cal = Calendar::england_and_wales();
    let rows = checklist(framework(), &cal, &visit, state, d(2027, 2, 1)).expect("a checklist");
    checklist_csv(&rows)
}

#[test]
fn records_read_with_excel_variants() {
    let text = "\u{feff}a;b;c\r\n1;\"two\r\nlines\";\"say \"\"hi\"\"\"\r\n";
    let records = read_records(text).unwrap();
    assert_eq!(records.len(), 2);
    assert_eq!(records[1].line, 2);
    assert_eq!(records[1].cells, ["1", "two\r\nlines", "say \"hi\""]);
    let comma = read_records("a,b\n1,2\n").unwrap();
    assert_eq!(comma[1].cells, ["1", "2"]);
    let bad = read_records("a,b\n1,\"open\n").unwrap_err();
    assert_eq!(bad, SheetError::UnclosedQuote { line: 2 });
    assert!(bad.to_string().starts_with("Line 2: a quote"));
}

/// The exported checklist, edited as a team would in Excel (ticks, owners, notes), re-saved
/// with semicolons and CRLF, reads back: only what changed is previewed.
#[test]
fn an_edited_checklist_comes_back_with_a_preview_of_what_changes() {
    let mut state = ChecklistState::default();
    state.entry("list-2").owner = "Sam".into();
    let exported = rows_for(&state);
    let mut records = read_records(&exported).unwrap();
    let header = records[0].cells.clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    for r in records.iter_mut().skip(1) {
        match r.cells[col("Item id")].as_str() {
            "list-1" => r.cells[col("Done")] = "Yes".into(),
            "list-3" => {
                r.cells[col("Owner")] = "Jo; QA".into();
                r.cells[col("Note")] = "Two parts:\nfirst, then second".into();
            }
            _ => {}
        }
    }
    // Excel in a semicolon locale: quoted where needed, CRLF, a byte order mark.
    let mut excel = String::from("\u{feff}");
    for r in &records {
        let cells: Vec<String> = r
            .cells
            .iter()
            .map(|c| {
                if c.contains([';', '"', '\n']) {
                    format!("\"{}\"", c.replace('"', "\"\""))
                } else {
                    c.clone()
                }
            })
            .collect();
        excel.push_str(&cells.join(";"));
        excel.push_str("\r\n");
    }
    let import = read_checklist_csv(&excel, &state).unwrap();
    assert!(import.skipped.is_empty(), "{:?}", import.skipped);
    let changes: Vec<String> = import.changes.iter().map(|c| c.to_string()).collect();
    assert_eq!(
        changes,
        [
            "List 1: ticked as done",
            "List 3: owner set to \u{201c}Jo; QA\u{201d}",
            "List 3: note set to \u{201c}Two parts:\nfirst, then second\u{201d}",
        ]
    );
    let mut after = state.clone();
    import.apply(&mut after);
    assert!(after.get("list-1").ticked);
    assert_eq!(
        after.get("list-2").owner,
        "Sam",
        "untouched rows change nothing"
    );
    assert_eq!(after.get("list-3").owner, "Jo; QA");
}

/// Rows it cannot read are named with their line and left out; the rest still previews.
#[test]
fn unreadable_checklist_rows_are_named_and_left_out() {
    let text = "Number,Item,Done,Owner,Note,Item id\n\
        List 1,Contacts,Yes,,,list-1\n\
        List 99,Nothing,Yes,,,list-99\n\
        List 2,Early help,Perhaps,,,list-2\n";
    let import = read_checklist_csv(text, &ChecklistState::default()).unwrap();
    let skipped: Vec<String> = import.skipped.iter().map(|s| s.to_string()).collect();
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert!(skipped[0].starts_with("Line 3:") && skipped[0].contains("list-99"));
    assert!(skipped[1].starts_with("Line 4:") && skipped[1].contains("Perhaps"));
    assert_eq!(import.changes.len(), 1);
    // Not a checklist at all: refused whole.
    assert!(read_checklist_csv("a,b\n1,2\n", &ChecklistState::default()).is_err());
}

fn request(id: &str) -> InfoRequest {
    InfoRequest {
        id: id.into(),
        requested_by: "Lead inspector".into(),
        date_requested: Some(d(2027, 2, 8)),
        response_required_by: Some(d(2027, 2, 10)),
        kind: RequestType::Document,
        reason: "Chronology".into(),
        ..InfoRequest::default()
    }
}

/// The requests record edited in Excel: a response and its date filled in (a UK date, as
/// Excel writes it back), and a new row added at the bottom.
#[test]
fn an_edited_requests_record_comes_back() {
    let cal = Calendar::england_and_wales();
    let mine = vec![request("R1"), request("R2")];
    let exported = requests_csv(&cal, &mine, d(2027, 2, 9));
    let mut lines: Vec<String> = exported
        .trim_end()
        .split("\r\n")
        .map(String::from)
        .collect();
    lines[1] = "R1,Lead inspector,08/02/2027,10/02/2027,09/02/2027,Document,,Chronology,\"Sent, with the addendum\",Open".into();
    lines.push(
        ",Regulatory inspector,2027-02-09,2027-02-11,,Information,C123,Panel minutes,,".into(),
    );
    let text = lines.join("\r\n");
    let import = read_requests_csv(&text, &mine).unwrap();
    assert!(import.skipped.is_empty(), "{:?}", import.skipped);
    let changes: Vec<String> = import.changes.iter().map(|c| c.to_string()).collect();
    assert_eq!(
        changes,
        [
            "R1: date received set to Tuesday 9 February 2027",
            "R1: response set to \u{201c}Sent, with the addendum\u{201d}",
            "New request R3: Panel minutes",
        ]
    );
    let mut after = mine.clone();
    import.apply(&mut after);
    assert_eq!(after[0].response, "Sent, with the addendum");
    assert_eq!(after[0].date_received, Some(d(2027, 2, 9)));
    assert_eq!(after[2].id, "R3");
    assert_eq!(after[2].kind, RequestType::Information);
    assert_eq!(after[1], mine[1]);
}

/// A row that would not make a valid request is named and left out (nothing half-applied); a
/// formula the export neutralised with an apostrophe reads back as typed.
#[test]
fn invalid_request_rows_are_named_and_left_out() {
    let mine = vec![request("R1")];
    let text = "Request,Requested by,Date requested,Date response required,Date received from the local authority,Type of request,Case ID,Reason for request,Response from the local authority,Status\n\
        R1,Lead inspector,2027-02-08,2027-02-10,,Document,,Chronology,'=SUM(A1),Open\n\
        R2,,2027-02-08,2027-02-10,,Document,,No one asked,,\n\
        R3,Lead inspector,not a date,2027-02-10,,Document,,Bad date,,\n";
    let import = read_requests_csv(text, &mine).unwrap();
    let skipped: Vec<String> = import.skipped.iter().map(|s| s.to_string()).collect();
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert!(skipped[0].starts_with("Line 3:") && skipped[0].contains("who asked"));
    assert!(skipped[1].starts_with("Line 4:") && skipped[1].contains("not a date"));
    let mut after = mine.clone();
    import.apply(&mut after);
    assert_eq!(after.len(), 1);
    assert_eq!(after[0].response, "=SUM(A1)");
}
