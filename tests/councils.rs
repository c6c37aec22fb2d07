#![cfg(not(target_arch = "wasm32"))]
//! The built-in councils (issue 15): the table `build.rs` generates from
//! `data/ilacs-latest-inspections.tsv` holds every row of the file, each date and grade as the
//! file gives it; the parser's checks on a newer snapshot; and the pathway and window each
//! authority's data gives.

mod support;

use ilacs_planner::app::councils::{
    choice_options, council_note, count_sentence, data_source, mark_chosen, match_status, select,
    table, table_csv, PathwayFilter, SortBy, TableQuery, TABLE_CSV_HEADER,
};
use ilacs_planner::engine::calendar::Calendar;
use ilacs_planner::engine::councils::snapshot::{parse, read_date, Council, Level};
use ilacs_planner::engine::councils::{
    self, built_in, built_in_date, inside_window, last_inspection, missing, status,
    windows_opening, Councils, BUILT_IN,
};
use ilacs_planner::engine::plan::pathway::{Grade, JudgementKind, Outcome, Pathway};
use ilacs_planner::engine::rules;
use support::d;

const TSV: &str = include_str!("../data/ilacs-latest-inspections.tsv");

/// The file read the simplest way, independently of the parser: one `Vec` of cells per row.
fn plain_rows() -> Vec<Vec<&'static str>> {
    TSV.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').collect())
        .collect()
}

fn level_word(l: Option<Level>) -> &'static str {
    match l {
        None => "",
        Some(Level::Outstanding) => "outstanding",
        Some(Level::Good) => "good",
        Some(Level::RequiresImprovement) => "requires improvement",
        Some(Level::Inadequate) => "inadequate",
    }
}

fn iso(d: Option<(i32, u32, u32)>) -> String {
    d.map_or(String::new(), |(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

/// Every row of the file is in the generated table, in file order, with every field.
#[test]
fn generated_table_matches_the_file_cell_by_cell() {
    let rows = plain_rows();
    assert_eq!(
        rows.len(),
        153,
        "the file's header says 153 local authorities"
    );
    assert_eq!(BUILT_IN.len(), 153);
    for (cells, packed) in rows.iter().zip(BUILT_IN.iter()) {
        let r: Council = packed.unpack();
        let region = r.region.map_or("", |i| councils::REGIONS[usize::from(i)].0);
        let kind = match r.short {
            Some(true) => "short",
            Some(false) => "standard",
            None => "",
        };
        let care_leavers = match r.care_leavers {
            Some(None) => "inspection_pre_dates_judgement",
            Some(l) => level_word(l),
            None => "",
        };
        let ours = [
            r.la_code.to_string(),
            r.ons_code.clone(),
            r.name.clone(),
            region.to_string(),
            iso(r.fieldwork_start),
            iso(r.fieldwork_end),
            kind.to_string(),
            level_word(r.overall).to_string(),
            level_word(r.help_and_protection).to_string(),
            level_word(r.in_care).to_string(),
            care_leavers.to_string(),
            level_word(r.impact_of_leaders).to_string(),
        ];
        let theirs: Vec<String> = cells.iter().map(|c| c.trim().to_string()).collect();
        assert_eq!(ours.to_vec(), theirs, "row of {}", r.name);
    }
}

/// The generated table equals a fresh parse of the file, and its date is the header's.
#[test]
fn generated_table_equals_a_fresh_parse() {
    let snapshot = parse(TSV).expect("the shipped file is good");
    assert_eq!(
        snapshot.date,
        Some((2026, 6, 29)),
        "header: 'Snapshot of 29 June 2026.'"
    );
    assert_eq!(built_in_date(), Some(d(2026, 6, 29)));
    let generated: Vec<Council> = BUILT_IN.iter().map(|p| p.unpack()).collect();
    assert_eq!(snapshot.rows, generated);
    let mut codes: Vec<u16> = generated.iter().map(|r| r.la_code).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), 153, "one row per authority");
    assert!(generated
        .iter()
        .all(|r| r.fieldwork_start.is_some() && r.fieldwork_end.is_some()));
}

/// Spot checks against the file: Barnet (302, line 15: short, 10 to 14 June 2024, good);
/// Brent (304: short, from 27 April 2026, no overall grade, every sub-judgement good);
/// Medway (887: no region given).
#[test]
fn spot_checks() {
    let barnet = built_in(302).unwrap().unpack();
    assert_eq!(barnet.name, "Barnet");
    assert_eq!(barnet.ons_code, "E09000003");
    assert_eq!(barnet.region_name(), Some("London"));
    let last = last_inspection(&barnet).unwrap();
    assert_eq!(last.kind, JudgementKind::Short);
    assert_eq!(last.first_onsite_day, d(2024, 6, 10));
    assert_eq!(last.outcome, Outcome::Overall(Grade::Good));
    assert_eq!(barnet.fieldwork_end, Some((2024, 6, 14)));

    let brent = built_in(304).unwrap().unpack();
    assert_eq!(brent.overall, None);
    let last = last_inspection(&brent).unwrap();
    assert!(matches!(last.outcome, Outcome::SubJudgements(_)));
    assert_eq!(last.first_onsite_day, d(2026, 4, 27));

    let medway = built_in(887).unwrap().unpack();
    assert_eq!(medway.region, None);
    assert!(
        missing(&medway).is_empty(),
        "the region is not a plan field"
    );
}

/// No overall grade (from April 2026): the pathway is the rule book's labelled assumption.
/// Brent: every sub-judgement good → pathway 1; Somerset (933): some requires improvement → 2.
#[test]
fn no_overall_grade_gives_the_labelled_assumption() {
    let rules = rules::by_id("current-practice").unwrap();
    let cal = Calendar::england_and_wales();
    let brent = status(&built_in(304).unwrap().unpack(), rules, &cal);
    assert_eq!(brent.pathway, Some(Pathway::One));
    assert!(brent.assumption);
    let somerset = status(&built_in(933).unwrap().unpack(), rules, &cal);
    assert_eq!(somerset.pathway, Some(Pathway::Two));
    assert!(somerset.assumption);
    let barnet = status(&built_in(302).unwrap().unpack(), rules, &cal);
    assert_eq!(barnet.pathway, Some(Pathway::One));
    assert!(!barnet.assumption);
    // F§13: six months either side of the anniversary of 10 June 2024.
    let w = barnet.window.unwrap();
    assert_eq!((w.earliest, w.latest), (d(2026, 12, 10), d(2027, 12, 10)));
    assert!(barnet.open_on(d(2026, 12, 10)) && !barnet.open_on(d(2026, 12, 9)));
}

/// The national picture on a fixed day: every authority has a pathway, the count of windows
/// open equals those whose window holds the day, and the months add up.
#[test]
fn national_picture_on_a_fixed_day() {
    let rules = rules::by_id("current-practice").unwrap();
    let cal = Calendar::england_and_wales();
    let all = Councils::built_in();
    assert_eq!(all.list.len(), 153);
    assert!(
        all.list.windows(2).all(|w| w[0].name <= w[1].name),
        "sorted by name"
    );
    let statuses: Vec<_> = all.list.iter().map(|c| status(c, rules, &cal)).collect();
    assert!(statuses.iter().all(|s| s.pathway.is_some()));
    let today = d(2026, 6, 29);
    let open = inside_window(&statuses, today);
    let by_hand = statuses
        .iter()
        .filter(|s| {
            s.window
                .is_some_and(|w| w.earliest <= today && today <= w.latest)
        })
        .count();
    assert_eq!(open, by_hand);
    assert!(open > 10 && open < 153, "{open}");
    let months = windows_opening(&statuses, today, 36);
    assert_eq!(months.len(), 36);
    assert_eq!(months[0].month, d(2026, 6, 1));
    let later = statuses
        .iter()
        .filter_map(|s| s.window)
        .filter(|w| w.earliest >= d(2026, 6, 1) && w.earliest < d(2029, 6, 1))
        .count();
    assert_eq!(months.iter().map(|m| m.opening).sum::<usize>(), later);
}

/// A newer snapshot as data-to-insight's overview CSV: its column names, UK dates, quoted names.
#[test]
fn reads_the_overview_csv() {
    let csv = "urn,la_code,region_code,ltla23cd,local_authority,inspection_link,overall_effectiveness_grade,inspection_framework,inspector_name,inspection_start_date,inspection_end_date,impact_of_leaders_grade,help_and_protection_grade,in_care_grade,care_leavers_grade\n\
        80420,302,GL,E09000003,Barnet,https://example.invalid,good,short,x,10/06/2024,14/06/2024,good,good,outstanding,good\n\
        80421,839,SW,E06000058,\"Bournemouth, Christchurch and Poole\",,requires improvement,Standard inspection,y,13/01/2025,24/01/2025,good,requires improvement,good,good\n";
    let s = parse(csv).unwrap();
    assert_eq!(s.date, None);
    assert_eq!(s.rows.len(), 2);
    assert_eq!(s.rows[0], built_in(302).unwrap().unpack());
    assert_eq!(s.rows[1].name, "Bournemouth, Christchurch and Poole");
    assert_eq!(s.rows[1].short, Some(false));
    assert_eq!(s.rows[1].fieldwork_start, Some((2025, 1, 13)));
}

/// A bad file gives one message per problem, each naming its line, and no data.
#[test]
fn bad_rows_are_each_reported_and_nothing_is_read() {
    let csv = "la_code,name,fieldwork_start,overall\n\
        302,Barnet,2024-06-10,good\n\
        30x,Nowhere,2024-06-10,good\n\
        303,Bexley,2023-02-31,great\n\
        302,Barnet again,2024-06-10,good\n";
    let problems = parse(csv).unwrap_err();
    let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(text.len(), 4, "{text:?}");
    assert!(
        text[0].starts_with("Line 3: Nowhere: the la_code '30x'"),
        "{}",
        text[0]
    );
    assert!(text[1].contains("Line 4") && text[1].contains("'2023-02-31' is not a date"));
    assert!(text[2].contains("'great' is not a grade"));
    assert!(text[3].contains("Line 5") && text[3].contains("in the file twice"));
    let no_columns = parse("a,b\n1,2\n").unwrap_err();
    assert!(no_columns[0]
        .message
        .contains("no la_code, name, fieldwork_start column"));
    assert!(parse("").is_err());
    assert!(parse("la_code,name,fieldwork_start\n").is_err(), "no rows");
}

/// Issue 22: a row with a quote that is never closed swallowed the rest of the line into the
/// name (one council called `Barnet,London,2024-06-10` with no dates) and the file replaced
/// all 153 built-in councils. The file is refused, naming the line.
#[test]
fn a_row_with_an_unclosed_quote_is_refused_naming_its_line() {
    let csv = "la_code,name,region,fieldwork_start\n\
        302,\"Barnet,London,2024-06-10\n\
        303,Bexley,London,2023-02-06\n";
    let problems = parse(csv).unwrap_err();
    let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(text.len(), 1, "{text:?}");
    assert!(
        text[0].starts_with("Line 2:") && text[0].contains("quote"),
        "{}",
        text[0]
    );
    // A quote closed properly, with a doubled quote inside, still reads.
    let good = "la_code,name,fieldwork_start\n302,\"Barnet \"\"North\"\", London\",2024-06-10\n";
    assert_eq!(
        parse(good).unwrap().rows[0].name,
        "Barnet \"North\", London"
    );
}

/// A council whose data lacks a field says which, and gives no last inspection.
#[test]
fn missing_fields_are_named() {
    let s = parse("la_code,name,fieldwork_start,type\n302,Barnet,,short\n").unwrap();
    let barnet = &s.rows[0];
    assert_eq!(
        missing(barnet),
        vec!["the first on-site day", "the judgements"]
    );
    assert_eq!(last_inspection(barnet), None);
}

#[test]
fn dates_are_strict() {
    assert_eq!(read_date("2024-02-29"), Some((2024, 2, 29)));
    assert_eq!(read_date("29/02/2024"), Some((2024, 2, 29)));
    for bad in [
        "2023-02-29",
        "31/04/2024",
        "2024-6-1x",
        "",
        "1/1/24",
        "2024-13-01",
    ] {
        assert_eq!(read_date(bad), None, "{bad}");
    }
}

/// The Councils page's table: every authority, filters by region and pathway, sorts with rows
/// lacking a value last, and the CSV holds what the table shows.
#[test]
fn councils_table_filters_sorts_and_downloads() {
    let rules = rules::by_id("current-practice").unwrap();
    let cal = Calendar::england_and_wales();
    let today = d(2026, 12, 2);
    let rows = table(&Councils::built_in(), rules, &cal, today);
    assert_eq!(rows.len(), 153);
    let open = rows.iter().filter(|r| r.open_today).count();
    assert_eq!(
        count_sentence(open, 153),
        format!("{open} of 153 authorities are inside their window today.")
    );
    assert_eq!(
        count_sentence(1, 153),
        "1 of 153 authorities is inside its window today."
    );

    let london = select(
        &rows,
        &TableQuery {
            region: Some(6),
            ..TableQuery::default()
        },
    );
    assert_eq!(
        london.len(),
        33,
        "33 London boroughs and the City in the file"
    );
    let p3 = select(
        &rows,
        &TableQuery {
            pathway: PathwayFilter::Only(Pathway::Three),
            ..TableQuery::default()
        },
    );
    assert!(!p3.is_empty() && p3.iter().all(|r| r.status.window.is_none()));
    let unknown = select(
        &rows,
        &TableQuery {
            pathway: PathwayFilter::NotKnown,
            ..TableQuery::default()
        },
    );
    assert!(
        unknown.is_empty(),
        "the shipped file gives every authority a pathway"
    );

    for descending in [false, true] {
        let q = TableQuery {
            sort: SortBy::Opens,
            descending,
            ..TableQuery::default()
        };
        let sorted = select(&rows, &q);
        assert_eq!(sorted.len(), 153);
        let opens: Vec<_> = sorted
            .iter()
            .map(|r| r.status.window.map(|w| w.earliest))
            .collect();
        let dated = opens.iter().take_while(|o| o.is_some()).count();
        assert!(
            opens[dated..].iter().all(Option::is_none),
            "rows without a window last"
        );
        let ok = opens[..dated].windows(2).all(|w| {
            if descending {
                w[0] >= w[1]
            } else {
                w[0] <= w[1]
            }
        });
        assert!(ok);
    }

    let text = table_csv(&rows);
    let body = text.strip_prefix('\u{feff}').unwrap();
    let mut reader = ::csv::ReaderBuilder::new().from_reader(body.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header, TABLE_CSV_HEADER);
    let records: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    assert_eq!(records.len(), 153);
    let barnet = records.iter().find(|r| r[1] == "302").unwrap();
    assert_eq!(
        barnet[..10],
        [
            "Barnet",
            "302",
            "E09000003",
            "London",
            "Monday 10 June 2024",
            "2024-06-10",
            "Short",
            "Good",
            "1",
            "Thursday 10 December 2026"
        ]
    );
    assert_eq!(
        barnet[13], "No",
        "Barnet's window opens on 10 December 2026, after 2 December"
    );
}

/// The pathway page's finder and list, the note under the chosen council, and the plan's name.
#[test]
fn choosing_on_the_pathway_page() {
    let all = Councils::built_in();
    assert_eq!(
        choice_options(&all, "302", None),
        [(302, "Barnet".to_string())]
    );
    // The chosen council stays in the list when the finder no longer matches it.
    assert_eq!(
        choice_options(&all, "brent", Some(302)),
        [(304, "Brent".to_string()), (302, "Barnet".to_string())]
    );
    assert_eq!(choice_options(&all, "", Some(302)).len(), 153);
    assert_eq!(match_status(&all.list, " "), "");
    assert!(match_status(&all.list, "bar").starts_with("3 local authorities match"));
    assert!(match_status(&all.list, "zzz").starts_with("No local authority matches"));

    let barnet = last_inspection(&built_in(302).unwrap().unpack());
    assert_eq!(
        council_note(&all, 302, barnet),
        "From Ofsted's published report (data as of 29 June 2026) — change it if you have had an inspection since."
    );
    assert!(council_note(&all, 302, None)
        .ends_with("You have changed the last inspection below from the published data."));
    assert!(council_note(&all, 999, None).starts_with("DfE 999 is not in the data in use"));

    // A council whose data lacks a field says so.
    let partial = Councils::from_snapshot(
        parse("# Snapshot of 1 December 2026.\nla_code,name,fieldwork_start,type\n302,Barnet,,short\n").unwrap(),
        "new.csv",
    );
    assert_eq!(partial.date, Some(d(2026, 12, 1)));
    assert_eq!(
        data_source(&partial),
        "Loaded from new.csv (data as of 1 December 2026), kept in this browser."
    );
    assert!(data_source(&all).starts_with(
        "Built-in data (data as of 29 June 2026), from Ofsted's published inspection reports"
    ));
    let undated = Councils::from_snapshot(
        parse("la_code,name,fieldwork_start,fieldwork_end\n302,Barnet,2026-09-07,2026-09-11\n")
            .unwrap(),
        "overview.csv",
    );
    assert_eq!(
        data_source(&undated),
        "Loaded from overview.csv (no snapshot date given; its latest inspection ended 11 September 2026), kept in this browser."
    );
    assert_eq!(
        council_note(&partial, 302, None),
        "From Ofsted's published report (data as of 1 December 2026) — change it if you have had an inspection since. The data for Barnet does not give the first on-site day or the judgements: enter them yourself."
    );

    let mut plan = ilacs_planner::app::saved::SavedPlan::default();
    mark_chosen(&mut plan, Some((302, "Barnet")));
    assert_eq!(
        (plan.name.as_str(), plan.state.input.council),
        ("Barnet", Some(302))
    );
    mark_chosen(&mut plan, Some((304, "Brent")));
    assert_eq!(
        plan.name, "Brent",
        "a plan named after the previous council follows the new one"
    );
    mark_chosen(&mut plan, None);
    assert_eq!(
        (plan.name.as_str(), plan.state.input.council),
        ("Brent", None)
    );
}

/// The built-in list is used as it is, without sorting when the planner starts: build.rs must
/// write it in the order every snapshot is shown in (by name, then DfE number).
#[test]
fn the_built_in_list_is_in_the_order_a_snapshot_is_shown() {
    let list = Councils::built_in().list;
    assert!(list.len() > 100);
    assert!(list
        .windows(2)
        .all(|w| (&w[0].name, w[0].la_code) < (&w[1].name, w[1].la_code)));
}
