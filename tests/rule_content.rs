#![cfg(not(target_arch = "wasm32"))]
//! The rule texts shown on screen, checked against the framework (seed 004, cited F§n) and the
//! public record, after the review in issue 14 ("content fixes").

use ilacs_planner::engine::rules::{self, VisitKind};

/// F§52 and F§54: the schools inspector is on site for one day (F§92: allocated two days).
#[test]
fn schools_hmi_is_on_site_for_one_day() {
    for set in rules::all() {
        for kind in [VisitKind::Standard, VisitKind::Short] {
            let team = set.visit(kind).team.value;
            assert!(team.contains("schools HMI on site for one day"), "{team}");
            assert!(!team.contains("schools HMI for two days"), "{team}");
        }
    }
}

/// Issue 14: "quarterly" is F§112 and the table after F§24, not F§22; the re-inspection being a
/// standard inspection since September 2018 is the framework's 2018 update, not F§22–23, whose
/// footnote 4 still allowed the single inspection framework.
#[test]
fn monitoring_and_reinspection_cite_the_right_sources() {
    for set in rules::all() {
        let q = set.inadequate.monitoring_interval_months.source;
        assert!(
            q.label.contains("F§112") && q.text.contains("paragraph 24"),
            "{q:?}"
        );
        assert!(!q.label.contains("F§22"));
        let r = set.inadequate.reinspection.source;
        assert!(r.text.contains("September 2018"), "{r:?}");
        assert_eq!(r.kind, rules::CitationKind::PublicSource);
        assert_eq!(set.pathway_3.next_inspection.source, r);
        assert!(!set.pathway_3.between.source.label.contains("F§22"));
    }
}

/// F§73 footnote 18: a bank-holiday Monday moves the call to Friday and, at Easter, to Thursday;
/// the source text shown on screen says both.
#[test]
fn f73_source_mentions_the_easter_thursday() {
    for set in rules::all() {
        let s = set.visit(VisitKind::Standard).notice_working_days.source;
        assert!(
            s.text.contains("Easter") && s.text.contains("Thursday"),
            "{}",
            s.text
        );
    }
}
