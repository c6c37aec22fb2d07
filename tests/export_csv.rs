#![cfg(not(target_arch = "wasm32"))]
//! The CSV export read back with the `csv` crate: byte order mark, header, one row per event with
//! both date forms, RFC 4180 quoting and CRLF record ends.

mod support;

use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::engine::export::{
    csv, csv_filtered, csv_for_council, EventFilter, COUNCIL_COLUMNS, CSV_HEADER,
};
use ilacs_planner::engine::plan::visit_schedule::{Anchor, VisitInput};
use ilacs_planner::engine::plan::{plan, Plan, PlanInput};
use ilacs_planner::engine::rules::VisitKind;
use support::{current_practice, d, export_plan, framework, standard_with_meeting};

fn plan_from(anchor: Anchor) -> Plan {
    export_plan(standard_with_meeting(anchor))
}

fn spring_plan() -> Plan {
    plan_from(Anchor::Notification(d(2026, 3, 2)))
}

/// Rows read back by the `csv` crate, after checking and removing the byte order mark.
fn read(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let body = text.strip_prefix('\u{feff}').expect("starts with a BOM");
    let mut reader = ::csv::ReaderBuilder::new().from_reader(body.as_bytes());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

/// Line breaks outside quoted fields are all CRLF.
fn record_ends_are_crlf(text: &str) -> bool {
    let mut quoted = false;
    let mut prev = '\0';
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted && prev != '\r' => return false,
            '\r' if !quoted => {}
            _ => {}
        }
        prev = c;
    }
    !quoted && text.ends_with("\r\n")
}

#[test]
fn rows_round_trip_through_the_csv_crate() {
    let p = spring_plan();
    let text = csv(&p);
    assert!(record_ends_are_crlf(&text));
    let (header, rows) = read(&text);
    assert_eq!(header, CSV_HEADER);
    assert_eq!(rows.len(), p.events.len());
    for (row, e) in rows.iter().zip(&p.events) {
        assert_eq!(row.len(), CSV_HEADER.len());
        assert_eq!(row[1], e.date.format("%Y-%m-%d").to_string());
        assert_eq!(row[3], e.title);
        assert_eq!(row[4], e.id);
        assert_eq!(row[5], e.detail);
        assert_eq!(row[6], e.who);
        assert_eq!(
            row[7],
            format!("{} ({})", e.citation.in_words(), e.citation.kind.label())
        );
        assert!(!row[7].contains('§'), "{}", row[7]);
        // Issue 13 item 4: an estimate's column says so and gives its range.
        assert_eq!(
            row[9].starts_with("Yes: any day from "),
            e.estimate,
            "{}",
            row[9]
        );
        assert_eq!(row[9] == "No", !e.estimate);
        assert_eq!(row[12], e.have_ready);
        assert_eq!(row[13], e.actual_words().unwrap_or_default());
    }
    let notification = rows.iter().find(|r| r[4] == "notification").unwrap();
    assert_eq!(notification[0], "Monday 2 March 2026");
    assert_eq!(notification[1], "2026-03-02");
    assert_eq!(notification[2], "9.30am");
    assert!(notification[7].starts_with("Ofsted ILACS framework, paragraph 73: "));
    assert_eq!(
        (notification[10].as_str(), notification[11].as_str()),
        ("", "")
    );
    // F§84–87: a step with no day shows its period in words and its last day.
    let calls = rows.iter().find(|r| r[4] == "carer-calls").unwrap();
    assert_eq!(calls[1], "2026-03-09");
    assert_eq!(calls[2], "on up to two days during fieldwork");
    assert_eq!(calls[10], "Friday 20 March 2026");
    assert_eq!(calls[11], "2026-03-20");
    assert!(calls[12].contains("up to four foster carer households"));
}

#[test]
fn quoting_survives_commas_quotes_and_line_breaks() {
    let mut p = spring_plan();
    p.events[0].title = "Say \"hello\", then leave".into();
    p.events[0].detail = "Line one\r\nLine two\nthree".into();
    p.events[1].who = "\"".into();
    let text = csv(&p);
    assert!(record_ends_are_crlf(&text));
    let (_, rows) = read(&text);
    assert_eq!(rows.len(), p.events.len());
    assert_eq!(rows[0][3], "Say \"hello\", then leave");
    assert_eq!(rows[0][5], "Line one\r\nLine two\nthree");
    assert_eq!(rows[1][6], "\"");
}

#[test]
fn warnings_are_listed_one_per_line() {
    // Fieldwork over the May bank holiday (warning) and a notification moved by it.
    let p = plan_from(Anchor::FirstOnSiteDay(d(2026, 4, 27)));
    let (_, rows) = read(&csv(&p));
    let mut seen = 0;
    for (row, e) in rows.iter().zip(&p.events) {
        let expected: Vec<&str> = p
            .warnings
            .iter()
            .filter(|w| w.events.contains(&e.id))
            .map(|w| w.message.as_str())
            .collect();
        assert_eq!(row[8], expected.join("\n"));
        seen += expected.len();
    }
    assert!(seen > 0);
}

#[test]
fn filtered_exports_hold_only_the_chosen_events() {
    let p = spring_plan();
    for filter in EventFilter::PRESETS {
        let (_, rows) = read(&csv_filtered(&p, &filter));
        let expected: Vec<&str> = p
            .events
            .iter()
            .filter(|e| filter.matches(e))
            .map(|e| e.id.as_str())
            .collect();
        let got: Vec<&str> = rows.iter().map(|r| r[4].as_str()).collect();
        assert_eq!(got, expected, "{filter:?}");
    }
}

// ---- The Annex A checklist and the Annex B request record as spreadsheets ----

use ilacs_planner::engine::export::{
    checklist_csv, requests_csv, CHECKLIST_CSV_HEADER, REQUESTS_CSV_HEADER,
};
use ilacs_planner::engine::records::annex_a::{checklist, ChecklistState};
use ilacs_planner::engine::records::further_info::{InfoRequest, RequestType};

/// Annex A table (F§242), standard inspection notified Monday 2 March 2026, looked at on
/// Wednesday 4 March: one row per item in the framework's order, with its deadline, status,
/// owner and note; quoting survives what officers type.
#[test]
fn checklist_rows_round_trip_through_the_csv_crate() {
    let p = spring_plan();
    let rules = current_practice();
    let cal = Calendar::england_and_wales();
    let mut state = ChecklistState::default();
    state.entry("list-1").ticked = true;
    state.entry("list-1").owner = "Data team, performance".into();
    state.entry("list-1").note = "Sent at 3pm\nby \"secure\" email".into();
    let rows = checklist(rules, &cal, &p.visit.unwrap(), &state, d(2026, 3, 4)).unwrap();
    let text = checklist_csv(&rows);
    assert!(record_ends_are_crlf(&text));
    let (header, read_rows) = read(&text);
    assert_eq!(header, CHECKLIST_CSV_HEADER);
    assert_eq!(read_rows.len(), 43);
    for (got, row) in read_rows.iter().zip(&rows) {
        assert_eq!(got.len(), CHECKLIST_CSV_HEADER.len());
        assert_eq!(got[0], row.item.number);
        assert_eq!(got[1], row.item.title);
        assert_eq!(got[2], row.item.group.title());
        assert_eq!(got[4], row.due_date.format("%Y-%m-%d").to_string());
        assert_eq!(got[6], row.status.label());
        assert_eq!(got[19], row.item.id, "the item id, to load the file back");
    }
    let list_1 = &read_rows[0];
    assert_eq!(
        list_1,
        &vec![
            "List 1".to_string(),
            "Contacts in the last three months".into(),
            "Child-level data lists".into(),
            "Tuesday 3 March 2026".into(),
            "2026-03-03".into(),
            "end of day".into(),
            "Done".into(),
            "Yes".into(),
            "Yes".into(),
            "Data team, performance".into(),
            "Sent at 3pm\nby \"secure\" email".into(),
            // Issue 25 item 11: sources in the words the screen uses.
            "Ofsted ILACS framework, paragraph 249".into(),
            "Ofsted ILACS framework, Annex A".into(),
            "child-level-data-due".into(),
            // F§249: contacts in the three months before the notification day.
            "Tuesday 2 December 2025".into(),
            "2025-12-02".into(),
            "Monday 2 March 2026".into(),
            "2026-03-02".into(),
            "the 3 months before the notification day".into(),
            "list-1".into(),
        ]
    );
    let list_2 = &read_rows[1];
    assert_eq!((list_2[6].as_str(), list_2[8].as_str()), ("Overdue", "No"));
    let doc = read_rows.iter().find(|r| r[0] == "1.01").unwrap();
    assert_eq!(
        (doc[3].as_str(), doc[6].as_str()),
        ("Wednesday 4 March 2026", "Due today")
    );
    // Document 1.01 has no period; list 10 reaches back 12 months (F§249), the audits six (F§257).
    assert_eq!(&doc[14..19], &["", "", "", "", ""]);
    let list_10 = read_rows.iter().find(|r| r[0] == "List 10").unwrap();
    assert_eq!(
        (list_10[15].as_str(), list_10[17].as_str()),
        ("2025-03-02", "2026-03-02")
    );
    let audits = read_rows.iter().find(|r| r[0] == "Audits").unwrap();
    assert_eq!(audits[15], "2025-09-02");
    assert_eq!(text.matches('§').count(), 0, "no section-sign shorthand");
}

/// Focused visit (F§242: only what is relevant is asked for): items not asked for are still
/// listed, marked "No" in "Asked for", so the sheet can be filtered.
#[test]
fn checklist_csv_marks_items_not_asked_for() {
    let input = PlanInput {
        visit: Some(VisitInput::new(
            VisitKind::Focused,
            Anchor::Notification(d(2026, 3, 3)),
        )),
        ..PlanInput::default()
    };
    let rules = framework();
    let cal = Calendar::england_and_wales();
    let p = plan(rules, &cal, &input, d(2026, 3, 3)).unwrap();
    let mut state = ChecklistState::default();
    state.entry("list-8").selected = Some(true);
    let rows = checklist(rules, &cal, &p.visit.unwrap(), &state, d(2026, 3, 3)).unwrap();
    let (_, read_rows) = read(&checklist_csv(&rows));
    let asked: Vec<&str> = read_rows
        .iter()
        .filter(|r| r[7] == "Yes")
        .map(|r| r[0].as_str())
        .collect();
    assert_eq!(asked, vec!["List 8"]);
    let list_8 = read_rows.iter().find(|r| r[0] == "List 8").unwrap();
    assert_eq!(
        (list_8[5].as_str(), list_8[6].as_str()),
        ("midday", "Due next working day")
    );
    assert!(read_rows
        .iter()
        .filter(|r| r[7] == "No")
        .all(|r| r[6] == "Not asked for"));
}

/// Annex B's columns in its order, then the status on the day of export; dates in ISO form so
/// Excel reads them as dates.
#[test]
fn request_record_round_trips_through_the_csv_crate() {
    let cal = Calendar::england_and_wales();
    let open = InfoRequest {
        id: "R1".into(),
        requested_by: "Lead inspector".into(),
        date_requested: Some(d(2026, 3, 9)),
        response_required_by: Some(d(2026, 3, 11)),
        kind: RequestType::Document,
        case_id: "C123".into(),
        reason: "Latest chronology, \"full\" version".into(),
        ..InfoRequest::default()
    };
    let answered = InfoRequest {
        id: "R2".into(),
        requested_by: "Team inspector".into(),
        date_requested: Some(d(2026, 3, 9)),
        response_required_by: Some(d(2026, 3, 10)),
        kind: RequestType::Information,
        case_id: String::new(),
        reason: "Number of children missing education".into(),
        response: "42, from the\r\nMarch return".into(),
        date_received: Some(d(2026, 3, 10)),
    };
    // A record saved half-filled still exports, with the reason it has no status.
    let partial = InfoRequest {
        id: "R3".into(),
        requested_by: "HMI".into(),
        ..InfoRequest::default()
    };
    let text = requests_csv(&cal, &[open, answered, partial], d(2026, 3, 9));
    assert!(record_ends_are_crlf(&text));
    let (header, rows) = read(&text);
    assert_eq!(header, REQUESTS_CSV_HEADER);
    assert_eq!(
        header,
        vec![
            "Request",
            "Requested by",
            "Date requested",
            "Date response required",
            "Date received from the local authority",
            "Type of request",
            "Case ID",
            "Reason for request",
            "Response from the local authority",
            "Status",
        ]
    );
    assert_eq!(
        rows[0],
        vec![
            "R1",
            "Lead inspector",
            "2026-03-09",
            "2026-03-11",
            "",
            "Document",
            "C123",
            "Latest chronology, \"full\" version",
            "",
            "2 working days left",
        ]
    );
    assert_eq!(rows[1][4], "2026-03-10");
    assert_eq!(rows[1][5], "Information");
    assert_eq!(rows[1][8], "42, from the\r\nMarch return");
    assert_eq!(rows[1][9], "Answered on Tuesday 10 March 2026");
    assert_eq!(rows[2][2], "");
    assert_eq!(rows[2][9], "Enter the date the response is required by.");
    assert_eq!(rows.len(), 3);
}

/// Issue 15: with a council chosen, every row also names it, with its DfE number and ONS code.
#[test]
fn rows_name_the_council_when_one_is_chosen() {
    let plan = spring_plan();
    let (header, rows) = read(&csv_for_council(&plan, &EventFilter::All, Some(302)));
    assert_eq!(header.len(), CSV_HEADER.len() + 3);
    assert_eq!(header[CSV_HEADER.len()..], COUNCIL_COLUMNS);
    assert!(!rows.is_empty());
    for r in &rows {
        assert_eq!(r[CSV_HEADER.len()..], ["Barnet", "302", "E09000003"]);
    }
    assert_eq!(
        csv_for_council(&plan, &EventFilter::All, None),
        csv(&plan),
        "no council: the same file as before"
    );
}

/// Issue 26: the "Recorded" column says when a step actually happened, and what a moved date now
/// follows; computed dates leave it empty.
#[test]
fn the_recorded_column() {
    use ilacs_planner::engine::plan::recorded::Step;
    let mut input = support::visit_only(VisitKind::Standard, Anchor::Notification(d(2027, 2, 1)));
    input.recorded.set(Step::DraftReport, d(2027, 3, 9));
    let text = csv(&export_plan(input));
    let (_, rows) = read(&text);
    let col = CSV_HEADER.iter().position(|h| *h == "Recorded").unwrap();
    let cell = |id: &str| rows.iter().find(|r| r[4] == id).unwrap()[col].clone();
    assert_eq!(
        cell("draft-report"),
        "Recorded: arrived on Tuesday 9 March 2027"
    );
    assert_eq!(
        cell("la-comments-due"),
        "Moved: 5 working days after the draft report arrived on Tuesday 9 March 2027"
    );
    assert_eq!(cell("feedback"), "");
}
