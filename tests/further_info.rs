#![cfg(not(target_arch = "wasm32"))]
//! The record of requests for further information (framework Annex B; F§167, F§245): validation
//! and working days remaining.

mod support;

use chrono::NaiveDate;
use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::engine::records::further_info::{
    next_id, open_counts, status, validate, InfoRequest, InfoRequestError, RequestField,
    RequestType,
};
use support::d;

fn request(requested: NaiveDate, required: NaiveDate) -> InfoRequest {
    InfoRequest {
        id: "r1".into(),
        requested_by: "Lead inspector".into(),
        date_requested: Some(requested),
        response_required_by: Some(required),
        kind: RequestType::Document,
        case_id: "C123".into(),
        reason: "Latest chronology".into(),
        ..InfoRequest::default()
    }
}

/// Annex B: an open request due Wednesday 11 March 2026 counted in working days.
#[test]
fn annex_b_working_days_remaining() {
    let cal = Calendar::england_and_wales();
    let r = request(d(2026, 3, 9), d(2026, 3, 11));
    let on = |today| status(&cal, &r, today).unwrap();
    assert_eq!(on(d(2026, 3, 9)).working_days_remaining, 2);
    assert_eq!(on(d(2026, 3, 9)).message, "2 working days left");
    assert!(!on(d(2026, 3, 9)).highlight);
    assert_eq!(on(d(2026, 3, 10)).message, "1 working day left");
    assert!(on(d(2026, 3, 10)).highlight);
    assert_eq!(on(d(2026, 3, 11)).message, "Due today");
    assert_eq!(on(d(2026, 3, 11)).working_days_remaining, 0);
    assert_eq!(on(d(2026, 3, 12)).message, "1 working day overdue");
    assert_eq!(on(d(2026, 3, 12)).working_days_remaining, -1);
    // The weekend does not count: Monday 16 March is 3 working days late.
    assert_eq!(on(d(2026, 3, 16)).message, "3 working days overdue");
    assert!(on(d(2026, 3, 16)).open);
    // Required by Saturday 14 March: due on the Friday, overdue on the Monday.
    let weekend = request(d(2026, 3, 9), d(2026, 3, 14));
    let on = |today| status(&cal, &weekend, today).unwrap().message;
    assert_eq!(on(d(2026, 3, 13)), "Due today");
    assert_eq!(on(d(2026, 3, 16)), "1 working day overdue");
}

/// Annex B with a bank holiday: due Tuesday 7 April 2026, asked on Thursday 2 April; Good Friday
/// and Easter Monday do not count.
#[test]
fn annex_b_counts_skip_bank_holidays() {
    let cal = Calendar::england_and_wales();
    let r = request(d(2026, 4, 2), d(2026, 4, 7));
    assert_eq!(
        status(&cal, &r, d(2026, 4, 2))
            .unwrap()
            .working_days_remaining,
        1
    );
    // Checked on Easter Monday itself: Tuesday is 1 working day away.
    assert_eq!(
        status(&cal, &r, d(2026, 4, 6)).unwrap().message,
        "1 working day left"
    );
}

/// Annex B: recording the response and the date received closes the request.
#[test]
fn annex_b_answered_requests_are_closed() {
    let cal = Calendar::england_and_wales();
    let mut r = request(d(2026, 2, 24), d(2026, 2, 27));
    r.response = "Sent through the secure site".into();
    r.date_received = Some(d(2026, 3, 2));
    let s = status(&cal, &r, d(2026, 3, 20)).unwrap();
    assert!(!s.open);
    assert_eq!(
        s.message,
        "Answered on Monday 2 March 2026 (1 working day late)"
    );
    assert_eq!(s.working_days_remaining, -1);
    r.date_received = Some(d(2026, 2, 26));
    let s = status(&cal, &r, d(2026, 3, 20)).unwrap();
    assert_eq!(s.message, "Answered on Thursday 26 February 2026");
    assert_eq!(s.working_days_remaining, 1);
    let (open, overdue) = open_counts(
        &cal,
        &[r, request(d(2026, 3, 2), d(2026, 3, 3))],
        d(2026, 3, 4),
    );
    assert_eq!((open, overdue), (1, 1));
}

/// Annex B's required columns: who asked, when, by when and why; the response cannot be needed
/// (or received) before the request.
#[test]
fn annex_b_validation_messages() {
    let errors = validate(&InfoRequest::default());
    let fields: Vec<RequestField> = errors.iter().map(|e| e.field()).collect();
    assert_eq!(
        fields,
        vec![
            RequestField::RequestedBy,
            RequestField::DateRequested,
            RequestField::ResponseRequiredBy,
            RequestField::Reason
        ]
    );
    assert!(validate(&request(d(2026, 3, 9), d(2026, 3, 9))).is_empty());
    let backwards = validate(&request(d(2026, 3, 9), d(2026, 3, 6)));
    assert_eq!(
        backwards,
        vec![InfoRequestError::RequiredBeforeRequested {
            requested: d(2026, 3, 9),
            required: d(2026, 3, 6)
        }]
    );
    assert_eq!(
        backwards[0].to_string(),
        "The date the response is required by (Friday 6 March 2026) must be on or after the date requested (Monday 9 March 2026)."
    );
    let mut early = request(d(2026, 3, 9), d(2026, 3, 11));
    early.date_received = Some(d(2026, 3, 6));
    assert_eq!(validate(&early)[0].field(), RequestField::DateReceived);
    assert!(status(&Calendar::england_and_wales(), &early, d(2026, 3, 9)).is_err());
    let missing = InfoRequest::default();
    assert_eq!(
        status(&Calendar::england_and_wales(), &missing, d(2026, 3, 9)),
        Err(InfoRequestError::MissingResponseRequiredBy)
    );
    // Out of the calendar's range: a plain message, not a panic.
    let far = request(d(2101, 1, 3), d(2101, 1, 4));
    let e = status(&Calendar::england_and_wales(), &far, d(2101, 1, 3)).unwrap_err();
    assert!(!e.to_string().is_empty());
}

/// Saved records load with missing fields.
#[test]
fn saved_requests_are_tolerant() {
    let r: InfoRequest =
        serde_json::from_str(r#"{"requested_by":"HMI","kind":"information"}"#).unwrap();
    assert_eq!(r.kind, RequestType::Information);
    assert_eq!(r.date_requested, None);
    let back: InfoRequest = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
    assert_eq!(back, r);
}

fn with_id(id: &str) -> InfoRequest {
    InfoRequest {
        id: id.into(),
        ..InfoRequest::default()
    }
}

/// Ids are derived from the record itself (the engine has no randomness): one more than the
/// highest "R" number in use, so an id is never reused while its request is in the record.
#[test]
fn request_ids_follow_the_record() {
    assert_eq!(next_id(&[]), "R1");
    assert_eq!(next_id(&[with_id("R1"), with_id("R2")]), "R3");
    // A deleted request in the middle leaves a gap that is not filled.
    assert_eq!(next_id(&[with_id("R1"), with_id("R5")]), "R6");
    // Ids written by something else are kept and skipped over.
    assert_eq!(
        next_id(&[with_id("imported"), with_id("R"), with_id("")]),
        "R1"
    );
    assert_eq!(next_id(&[with_id("R99999999999999999999")]), "R1");
    assert_eq!(next_id(&[with_id("R4294967295")]), "R4294967296");
}

proptest::proptest! {
    /// Whatever ids are already there, the next one is new.
    #[test]
    fn next_id_is_never_in_use(ids in proptest::collection::vec("(R[0-9]{0,3}|[a-z]{0,3})", 0..12)) {
        let record: Vec<InfoRequest> = ids.iter().map(|id| with_id(id)).collect();
        let id = next_id(&record);
        proptest::prop_assert!(!ids.contains(&id));
        proptest::prop_assert!(id.starts_with('R'));
    }
}
