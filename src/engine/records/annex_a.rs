//! The Annex A checklist: what the local authority shares at the start of an inspection or visit
//! (F§242–262), each item with its deadline for the visit kind, and the officer's own progress.
//!
//! Item titles are short paraphrases; the framework's paragraph is cited on every item. The
//! deadlines are not stored here: each item names the row of the Annex A table it belongs to
//! ([`AnnexADue`]), the rule set says on which milestone that row falls for each visit kind, and
//! the milestone gives the working-day offset and time of day. So the checklist and the plan's
//! events can never disagree.
//!
//! Decisions (see DESIGN.md, "Annex A checklist"):
//! - Standard and short inspections: every item is asked for (F§242), so every item is selected
//!   and a saved `selected: false` is ignored.
//! - Focused and monitoring visits: only the relevant information is asked for. Nothing is
//!   pre-selected for a focused visit (the topic decides); for a monitoring visit the audit list
//!   and the audited cases' papers are pre-selected, because F§130–131 ask for them at every
//!   visit. The user selects the rest.
//! - The framework numbers two documents 3.04; they keep that number on screen and get the ids
//!   `doc-3.04` and `doc-3.04b`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::engine::calendar::Calendar;
use crate::engine::event::{Citation, CitationKind, TimeOfDay};
use crate::engine::plan::council_steps::{item_period, DataPeriod, ItemPeriod, UndatedPeriod};
use crate::engine::plan::plan_error::PlanError;
use crate::engine::plan::VisitSummary;
use crate::engine::rules::{AnnexADue, RuleSet, Source, VisitKind};

/// The parts of Annex A, in the framework's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnnexAGroup {
    /// Lists 1 to 11 (F§249).
    ChildLevelData,
    /// The list of recent audits (F§257).
    Audits,
    /// Case file documents for the audited cases the lead inspector names (F§258).
    CaseFiles,
    /// Documents 1.01 to 1.13.
    Leadership,
    /// Documents 2.01 to 2.05.
    HelpAndProtection,
    /// Documents 3.01 to 3.11.
    ChildrenInCare,
}

impl AnnexAGroup {
    pub const ALL: [AnnexAGroup; 6] = [
        AnnexAGroup::ChildLevelData,
        AnnexAGroup::Audits,
        AnnexAGroup::CaseFiles,
        AnnexAGroup::Leadership,
        AnnexAGroup::HelpAndProtection,
        AnnexAGroup::ChildrenInCare,
    ];

    /// Heading for the screen.
    pub fn title(self) -> &'static str {
        match self {
            AnnexAGroup::ChildLevelData => "Child-level data lists",
            AnnexAGroup::Audits => "Local authority audits",
            AnnexAGroup::CaseFiles => "Case file documents",
            AnnexAGroup::Leadership => "Impact of leadership on social work practice",
            AnnexAGroup::HelpAndProtection => {
                "Children in need of help and protection, including early help"
            }
            AnnexAGroup::ChildrenInCare => "Children in care and care leavers",
        }
    }
}

/// The visit kinds Annex A is used for (JTAIs have their own guidance).
pub const ANNEX_A_KINDS: [VisitKind; 4] = [
    VisitKind::Standard,
    VisitKind::Short,
    VisitKind::Focused,
    VisitKind::Monitoring,
];

/// One thing to share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnnexAItem {
    /// Stable id used in saved state: `list-1` … `list-11`, `audit-list`, `case-files`,
    /// `doc-1.01` … `doc-3.11` (and `doc-3.04b`).
    pub id: &'static str,
    /// The number the framework gives ("List 1", "1.01"); local authorities prefix document
    /// names with it (F§262).
    pub number: &'static str,
    pub group: AnnexAGroup,
    /// Short paraphrase of the framework's description.
    pub title: &'static str,
    pub source: Source,
    /// Visit kinds that can ask for this item.
    pub applies_to: &'static [VisitKind],
    /// Which row of the Annex A table sets its deadline.
    pub due: AnnexADue,
}

impl AnnexAItem {
    pub fn applies_to(&self, kind: VisitKind) -> bool {
        self.applies_to.contains(&kind)
    }

    pub fn citation(&self) -> Citation {
        self.source.citation()
    }
}

const fn f(label: &'static str, text: &'static str) -> Source {
    Source::new(label, text, CitationKind::Framework)
}

const F249: Source = f(
    "F§249",
    "ILACS framework, Annex A, paragraph 249: the child-level data lists",
);
const F253: Source = f(
    "F§249, F§253",
    "ILACS framework, Annex A, paragraphs 249 and 253: list 8, with the number of brothers and sisters of each child",
);
const F257: Source = f(
    "F§257",
    "ILACS framework, Annex A, paragraph 257: list of audits from the six months before the inspection or visit",
);
const F258: Source = f(
    "F§258, F§131",
    "ILACS framework, Annex A, paragraph 258 (six to 12 audited cases named by the lead inspector) and paragraph 131 (monitoring visits: up to six)",
);
const F262_1: Source = f(
    "F§260–262 (1)",
    "ILACS framework, Annex A, paragraphs 260–262: information used to manage services; impact of leadership (1.01–1.13)",
);
const F262_2: Source = f(
    "F§260–262 (2)",
    "ILACS framework, Annex A, paragraphs 260–262: information used to manage services; help and protection, including early help (2.01–2.05)",
);
const F262_3: Source = f(
    "F§260–262 (3)",
    "ILACS framework, Annex A, paragraphs 260–262: information used to manage services; children in care and care leavers (3.01–3.11)",
);

const ALL_KINDS: &[VisitKind] = &ANNEX_A_KINDS;

const fn list(id: &'static str, number: &'static str, title: &'static str) -> AnnexAItem {
    AnnexAItem {
        id,
        number,
        group: AnnexAGroup::ChildLevelData,
        title,
        source: F249,
        applies_to: ALL_KINDS,
        due: AnnexADue::ChildLevelData,
    }
}

const fn doc(
    id: &'static str,
    number: &'static str,
    group: AnnexAGroup,
    title: &'static str,
) -> AnnexAItem {
    AnnexAItem {
        id,
        number,
        group,
        title,
        source: match group {
            AnnexAGroup::HelpAndProtection => F262_2,
            AnnexAGroup::ChildrenInCare => F262_3,
            _ => F262_1,
        },
        applies_to: ALL_KINDS,
        due: AnnexADue::ManagementInformation,
    }
}

use AnnexAGroup::{ChildrenInCare as CIC, HelpAndProtection as HP, Leadership as L};

static ITEMS: [AnnexAItem; 43] = [
    list("list-1", "List 1", "Contacts in the last three months"),
    list(
        "list-2",
        "List 2",
        "Early help assessments, common assessments or targeted interventions in the last six months",
    ),
    list("list-3", "List 3", "Referrals in the last three months"),
    list(
        "list-4",
        "List 4",
        "Statutory assessments (section 17 or 47) in the last six months",
    ),
    list("list-5", "List 5", "Section 47 enquiries in the last six months"),
    list(
        "list-6",
        "List 6",
        "Children in need now, and those whose services ended in the last three months",
    ),
    list(
        "list-7",
        "List 7",
        "Children on a child protection plan now, and plans ended in the last three months",
    ),
    AnnexAItem {
        source: F253,
        ..list(
            "list-8",
            "List 8",
            "Children in care now, and those who left care in the last six months, with each child's number of brothers and sisters",
        )
    },
    list(
        "list-9",
        "List 9",
        "Care leavers receiving leaving care services now",
    ),
    list(
        "list-10",
        "List 10",
        "Children adopted in the last 12 months, awaiting adoption after a placement decision, or whose decision was reversed",
    ),
    list(
        "list-11",
        "List 11",
        "Prospective adopters in contact with the adoption agency in the last 12 months (enquiries, approvals, placements)",
    ),
    AnnexAItem {
        id: "audit-list",
        number: "Audits",
        group: AnnexAGroup::Audits,
        title: "Audits completed in the last six months (child ID, theme, date), with any overview report or action plan",
        source: F257,
        applies_to: ALL_KINDS,
        due: AnnexADue::Audits,
    },
    AnnexAItem {
        id: "case-files",
        number: "Cases",
        group: AnnexAGroup::CaseFiles,
        title: "Audit documents (and other case papers asked for) for the audited cases the lead inspector names",
        source: F258,
        applies_to: ALL_KINDS,
        due: AnnexADue::CaseInformation,
    },
    doc("doc-1.01", "1.01", L, "Organisational structure and lines of accountability"),
    doc(
        "doc-1.02",
        "1.02",
        L,
        "Scheme of delegation, case transfer policy and workflow charts",
    ),
    doc(
        "doc-1.03",
        "1.03",
        L,
        "Performance management reports: latest monthly or quarterly and last annual overview",
    ),
    doc(
        "doc-1.04",
        "1.04",
        L,
        "Feedback from children and families, complaints and serious case reviews, and the response",
    ),
    doc(
        "doc-1.05",
        "1.05",
        L,
        "Latest self-evaluation and any peer review from the last 12 months",
    ),
    doc(
        "doc-1.06",
        "1.06",
        L,
        "Sample of single and multi-agency practice audits from the last six months, with improvement plans",
    ),
    doc(
        "doc-1.07",
        "1.07",
        L,
        "Social care workforce profile: qualified staff, vacancies, agency staff, turnover, sickness, caseloads",
    ),
    doc(
        "doc-1.08",
        "1.08",
        L,
        "Workforce development strategy and training offer, with any evaluation",
    ),
    doc("doc-1.09", "1.09", L, "Caseload and supervision policy"),
    doc(
        "doc-1.10",
        "1.10",
        L,
        "Thresholds for services at different levels of need",
    ),
    doc(
        "doc-1.11",
        "1.11",
        L,
        "Local safeguarding partners' annual report",
    ),
    doc(
        "doc-1.12",
        "1.12",
        L,
        "Safeguarding arrangements agreed by the local safeguarding partners",
    ),
    doc(
        "doc-1.13",
        "1.13",
        L,
        "Minutes of the local safeguarding partners' meetings in the last 12 months",
    ),
    doc(
        "doc-2.01",
        "2.01",
        HP,
        "Early help strategy, action plan and management information, with the early help assessments completed in the last 12 months",
    ),
    doc(
        "doc-2.02",
        "2.02",
        HP,
        "Children missing or at risk of sexual exploitation: list, strategies and performance information",
    ),
    doc("doc-2.03", "2.03", HP, "Children currently privately fostered"),
    doc(
        "doc-2.04",
        "2.04",
        HP,
        "Number of children electively home educated",
    ),
    doc(
        "doc-2.05",
        "2.05",
        HP,
        "School-age children not in full-time education",
    ),
    doc(
        "doc-3.01",
        "3.01",
        CIC,
        "Children in care strategy, corporate parenting plan and the last three board minutes",
    ),
    doc(
        "doc-3.02",
        "3.02",
        CIC,
        "Sufficiency strategy and commissioning plans",
    ),
    doc(
        "doc-3.03",
        "3.03",
        CIC,
        "Permanence planning arrangements and management information",
    ),
    doc(
        "doc-3.04",
        "3.04",
        CIC,
        "Latest adoption and fostering panel reports",
    ),
    doc(
        "doc-3.04b",
        "3.04",
        CIC,
        "Child and adolescent mental health services (CAMHS) strategy, action plan and management information (the framework numbers two items 3.04)",
    ),
    doc(
        "doc-3.05",
        "3.05",
        CIC,
        "Independent reviewing officer service management report",
    ),
    doc(
        "doc-3.06",
        "3.06",
        CIC,
        "Virtual school head's annual report",
    ),
    doc(
        "doc-3.07",
        "3.07",
        CIC,
        "Virtual school data: attainment, progress, attendance, exclusion, employment and training",
    ),
    doc(
        "doc-3.08",
        "3.08",
        CIC,
        "Health of children in care: health assessments and dental checks",
    ),
    doc(
        "doc-3.09",
        "3.09",
        CIC,
        "Young people placed under secure accommodation welfare orders",
    ),
    doc(
        "doc-3.10",
        "3.10",
        CIC,
        "Care leavers strategy, action plan and management information (in touch, pathway plans)",
    ),
    doc(
        "doc-3.11",
        "3.11",
        CIC,
        "Tracking of cases in the public law outline (PLO)",
    ),
];

/// Every Annex A item, in the framework's order.
pub fn items() -> &'static [AnnexAItem] {
    &ITEMS
}

/// The item with this id.
pub fn item(id: &str) -> Option<&'static AnnexAItem> {
    ITEMS.iter().find(|i| i.id == id)
}

/// Whether an item is selected when the user has not said: everything for standard and short
/// inspections; the audit list and the audited cases' papers for monitoring visits (F§130–131);
/// nothing for focused visits (the topic decides).
pub fn selected_by_default(rules: &RuleSet, item: &AnnexAItem, kind: VisitKind) -> bool {
    item.applies_to(kind) && row_selected_by_default(rules, kind, item.due)
}

/// Whether the items of `row` of the Annex A table are selected when the user has not said (see
/// [`selected_by_default`]): every row for standard and short inspections; at a monitoring visit
/// the audits row (the audit list) and the case information row (the audited cases' papers),
/// F§130–131; none for a focused visit. Known from the rule set alone, without the item table.
pub fn row_selected_by_default(rules: &RuleSet, kind: VisitKind, row: AnnexADue) -> bool {
    match rules.annex_a.deadlines(kind) {
        None => false,
        Some(d) if d.all_information => true,
        Some(_) => {
            kind == VisitKind::Monitoring
                && matches!(row, AnnexADue::Audits | AnnexADue::CaseInformation)
        }
    }
}

/// Whether an Annex A item falls due, with the checklist as nobody has touched it (the items
/// selected by default, none ticked), on the day of one of the plan events `event_ids`. Each row
/// of the Annex A table falls on a milestone of the visit (`child-level-data-due` …, the same
/// event the checklist dates it by), so the day's own events say it: no item table and no date
/// arithmetic. What's due asks this in the first load and fetches the part that lists the items,
/// with their titles, only when there are some (issue 26).
pub fn untouched_items_due<'a>(
    rules: &RuleSet,
    kind: VisitKind,
    mut event_ids: impl Iterator<Item = &'a str>,
) -> bool {
    let Some(table) = rules.annex_a.deadlines(kind) else {
        return false;
    };
    event_ids.any(|id| {
        AnnexADue::ALL
            .into_iter()
            .any(|row| table.milestone(row) == id && row_selected_by_default(rules, kind, row))
    })
}

/// The user's progress on one item. Every field is optional in saved data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ItemState {
    pub ticked: bool,
    /// Who is responsible (free text).
    pub owner: String,
    pub note: String,
    /// `None`: the default for the visit kind (see [`selected_by_default`]). Ignored for
    /// standard and short inspections, which ask for everything.
    pub selected: Option<bool>,
}

/// The checklist's saved state, keyed by item id. Unknown ids are kept (and ignored), so a state
/// saved by a newer version survives a round trip.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ChecklistState {
    pub items: ItemMap,
}

impl ChecklistState {
    /// The state of one item (default when never touched).
    pub fn get(&self, id: &str) -> ItemState {
        self.items.get(id).cloned().unwrap_or_default()
    }

    /// Mutable state of one item, created when missing.
    pub fn entry(&mut self, id: &str) -> &mut ItemState {
        self.items.entry(id)
    }
}

/// Items' states by id, in id order: a JSON object in saved plans and files. A sorted list, not a
/// `BTreeMap`: at most a few dozen entries, and the B-tree's code was 1.5 KB brotli of the first
/// load (issue 23). As with a map, a repeated id in a file keeps its last value.
///
/// ```
/// use ilacs_planner::engine::records::annex_a::ChecklistState;
/// let mut state: ChecklistState = serde_json::from_str(r#"{"items":{"list-2":{"ticked":true},"list-1":{"owner":"Sam"},"list-2":{"owner":"Jo"}}}"#).unwrap();
/// assert_eq!(state.items.len(), 2);
/// assert_eq!(state.get("list-2").owner, "Jo");
/// state.entry("audit-list").ticked = true;
/// let ids: Vec<&str> = state.items.iter().map(|(id, _)| id.as_str()).collect();
/// assert_eq!(ids, ["audit-list", "list-1", "list-2"]);
/// assert_eq!(serde_json::to_string(&state).unwrap(), r#"{"items":{"audit-list":{"ticked":true,"owner":"","note":"","selected":null},"list-1":{"ticked":false,"owner":"Sam","note":"","selected":null},"list-2":{"ticked":false,"owner":"Jo","note":"","selected":null}}}"#);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ItemMap(Vec<(String, ItemState)>);

impl ItemMap {
    fn find(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(key, _)| key.as_str().cmp(id))
    }

    pub fn get(&self, id: &str) -> Option<&ItemState> {
        self.find(id).ok().map(|i| &self.0[i].1)
    }

    pub fn contains_key(&self, id: &str) -> bool {
        self.find(id).is_ok()
    }

    /// The item's state, created (as the default) when missing.
    pub fn entry(&mut self, id: &str) -> &mut ItemState {
        let i = match self.find(id) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (id.to_string(), ItemState::default()));
                i
            }
        };
        &mut self.0[i].1
    }

    /// Sets the item's state, replacing any it had.
    pub fn insert(&mut self, id: String, state: ItemState) {
        match self.find(&id) {
            Ok(i) => self.0[i].1 = state,
            Err(i) => self.0.insert(i, (id, state)),
        }
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every item with a state, in id order.
    pub fn iter(&self) -> <&ItemMap as IntoIterator>::IntoIter {
        self.into_iter()
    }
}

impl<'a> IntoIterator for &'a ItemMap {
    type Item = (&'a String, &'a ItemState);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, ItemState)>,
        fn(&'a (String, ItemState)) -> (&'a String, &'a ItemState),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(id, state)| (id, state))
    }
}

impl Serialize for ItemMap {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for ItemMap {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Items;
        impl<'de> serde::de::Visitor<'de> for Items {
            type Value = ItemMap;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("the checklist's items by id")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ItemMap, A::Error> {
                let mut items = ItemMap::default();
                while let Some((id, state)) = map.next_entry::<String, ItemState>()? {
                    items.insert(id, state);
                }
                Ok(items)
            }
        }
        deserializer.deserialize_map(Items)
    }
}

/// Where an item stands against "today".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemStatus {
    Done,
    Overdue,
    DueToday,
    DueNextWorkingDay,
    Later,
    /// Not asked for at this focused or monitoring visit.
    NotSelected,
}

impl ItemStatus {
    /// Shown highlighted: overdue, or due today or on the next working day.
    pub fn highlight(self) -> bool {
        matches!(
            self,
            ItemStatus::Overdue | ItemStatus::DueToday | ItemStatus::DueNextWorkingDay
        )
    }

    pub fn label(self) -> &'static str {
        match self {
            ItemStatus::Done => "Done",
            ItemStatus::Overdue => "Overdue",
            ItemStatus::DueToday => "Due today",
            ItemStatus::DueNextWorkingDay => "Due next working day",
            ItemStatus::Later => "Not yet due",
            ItemStatus::NotSelected => "Not asked for",
        }
    }
}

/// One line of the checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChecklistRow {
    pub item: &'static AnnexAItem,
    pub due_date: NaiveDate,
    pub due_time: Option<TimeOfDay>,
    /// The plan event the deadline falls on (e.g. `child-level-data-due`).
    pub due_event_id: &'static str,
    /// Where the deadline comes from (the Annex A table).
    pub due_citation: Citation,
    pub selected: bool,
    pub status: ItemStatus,
    pub owner: String,
    pub note: String,
    /// The period the item covers, counted back from the notification day (F§249, F§257,
    /// F§260–262) or, for the audit list at a monitoring visit, from the last monitoring visit
    /// (F§130); `None` for items with no period or one the plan cannot date.
    pub data_period: Option<DataPeriod>,
    /// A period the framework gives that the plan cannot date (the audits since a last
    /// monitoring visit whose date it does not have), in words.
    pub undated_period: Option<UndatedPeriod>,
}

/// When one row of the Annex A table is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deadline {
    pub date: NaiveDate,
    pub time: Option<TimeOfDay>,
    /// The plan event (milestone) it falls on, e.g. `child-level-data-due`.
    pub event_id: &'static str,
}

/// The deadline of `row` of the Annex A table for a visit of `kind` notified on `notification`.
/// `None` for a JTAI.
///
/// ```
/// use chrono::NaiveDate;
/// use ilacs_planner::engine::records::annex_a::deadline;
/// use ilacs_planner::engine::calendar::Calendar;
/// use ilacs_planner::engine::event::TimeOfDay;
/// use ilacs_planner::engine::rules::{self, AnnexADue, VisitKind};
/// let rules = rules::by_id("ilacs-2017").unwrap();
/// let cal = Calendar::england_and_wales();
/// let tuesday = NaiveDate::from_ymd_opt(2026, 3, 3).unwrap();
/// // A focused visit notified on Tuesday 3 March 2026: lists due by midday Wednesday.
/// let due = deadline(rules, &cal, VisitKind::Focused, tuesday, AnnexADue::ChildLevelData)?;
/// let due = due.unwrap();
/// assert_eq!(due.date, NaiveDate::from_ymd_opt(2026, 3, 4).unwrap());
/// assert_eq!(due.time, Some(TimeOfDay::Midday));
/// # Ok::<(), ilacs_planner::engine::plan::plan_error::PlanError>(())
/// ```
pub fn deadline(
    rules: &RuleSet,
    calendar: &Calendar,
    kind: VisitKind,
    notification: NaiveDate,
    row: AnnexADue,
) -> Result<Option<Deadline>, PlanError> {
    let Some(table) = rules.annex_a.deadlines(kind) else {
        return Ok(None);
    };
    let id = table.milestone(row);
    let Some(m) = rules.visit(kind).milestones.iter().find(|m| m.id == id) else {
        return Ok(None);
    };
    Ok(Some(Deadline {
        date: calendar.add_working_days(notification, m.offset)?,
        time: m.time,
        event_id: m.id,
    }))
}

/// One deadline of the Annex A table for a visit, with the table's rows that fall on it (for
/// standard and short inspections the lists and the audit information share the first one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeadlineGroup {
    pub deadline: Deadline,
    /// The rows of the table due then, in the table's order.
    pub rows: Vec<AnnexADue>,
}

/// The visit's Annex A deadlines, each once, in date order. Empty for a JTAI.
///
/// ```
/// use chrono::NaiveDate;
/// use ilacs_planner::engine::records::annex_a::deadline_groups;
/// use ilacs_planner::engine::calendar::Calendar;
/// use ilacs_planner::engine::plan::VisitSummary;
/// use ilacs_planner::engine::rules::{self, VisitKind};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let visit = VisitSummary {
///     kind: VisitKind::Standard,
///     notification: d(2026, 3, 2),
///     first_onsite_day: d(2026, 3, 9),
///     last_fieldwork_day: Some(d(2026, 3, 20)),
///     previous_monitoring_visit: None,
/// };
/// let groups = deadline_groups(rules::by_id("ilacs-2017").unwrap(), &Calendar::england_and_wales(), &visit)?;
/// assert_eq!(groups.len(), 3);
/// assert_eq!(groups[0].deadline.event_id, "child-level-data-due");
/// # Ok::<(), ilacs_planner::engine::plan::plan_error::PlanError>(())
/// ```
pub fn deadline_groups(
    rules: &RuleSet,
    calendar: &Calendar,
    visit: &VisitSummary,
) -> Result<Vec<DeadlineGroup>, PlanError> {
    let mut groups: Vec<DeadlineGroup> = Vec::with_capacity(AnnexADue::ALL.len());
    for row in AnnexADue::ALL {
        let Some(d) = deadline(rules, calendar, visit.kind, visit.notification, row)? else {
            continue;
        };
        match groups
            .iter_mut()
            .find(|g| g.deadline.event_id == d.event_id)
        {
            Some(g) => g.rows.push(row),
            None => {
                // Kept in date order as they come (four at most): no sort in the bundle.
                let at = groups
                    .iter()
                    .position(|g| g.deadline.date > d.date)
                    .unwrap_or(groups.len());
                groups.insert(
                    at,
                    DeadlineGroup {
                        deadline: d,
                        rows: vec![row],
                    },
                );
            }
        }
    }
    Ok(groups)
}

fn status_on(
    calendar: &Calendar,
    due: NaiveDate,
    today: NaiveDate,
) -> Result<ItemStatus, PlanError> {
    Ok(if today > due {
        ItemStatus::Overdue
    } else if today == due {
        ItemStatus::DueToday
    } else if calendar.next_working_day(today)? == due {
        ItemStatus::DueNextWorkingDay
    } else {
        ItemStatus::Later
    })
}

/// The checklist for `visit`, with each item's deadline and status on `today`. Empty for a JTAI.
///
/// ```
/// use chrono::NaiveDate;
/// use ilacs_planner::engine::records::annex_a::{checklist, ChecklistState, ItemStatus};
/// use ilacs_planner::engine::calendar::Calendar;
/// use ilacs_planner::engine::plan::VisitSummary;
/// use ilacs_planner::engine::rules::{self, VisitKind};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let visit = VisitSummary {
///     kind: VisitKind::Standard,
///     notification: d(2026, 3, 2),
///     first_onsite_day: d(2026, 3, 9),
///     last_fieldwork_day: Some(d(2026, 3, 20)),
///     previous_monitoring_visit: None,
/// };
/// let rows = checklist(
///     rules::by_id("ilacs-2017").unwrap(),
///     &Calendar::england_and_wales(),
///     &visit,
///     &ChecklistState::default(),
///     d(2026, 3, 2),
/// )?;
/// let list_1 = rows.iter().find(|r| r.item.id == "list-1").unwrap();
/// assert_eq!(list_1.due_date, d(2026, 3, 3));
/// assert_eq!(list_1.status, ItemStatus::DueNextWorkingDay);
/// # Ok::<(), ilacs_planner::engine::plan::plan_error::PlanError>(())
/// ```
pub fn checklist(
    rules: &RuleSet,
    calendar: &Calendar,
    visit: &VisitSummary,
    state: &ChecklistState,
    today: NaiveDate,
) -> Result<Vec<ChecklistRow>, PlanError> {
    let kind = visit.kind;
    let Some(table) = rules.annex_a.deadlines(kind) else {
        return Ok(Vec::new());
    };
    // Four rows in the table: compute each deadline once, not once per item.
    let mut due = Vec::with_capacity(AnnexADue::ALL.len());
    for row in AnnexADue::ALL {
        if let Some(d) = deadline(rules, calendar, kind, visit.notification, row)? {
            due.push((row, d));
        }
    }
    let mut rows = Vec::with_capacity(ITEMS.len());
    for item in ITEMS.iter().filter(|i| i.applies_to(kind)) {
        let Some((_, d)) = due.iter().find(|(row, _)| *row == item.due) else {
            continue;
        };
        let s = state.items.get(item.id);
        let selected = if table.all_information {
            true
        } else {
            s.and_then(|s| s.selected)
                .unwrap_or_else(|| selected_by_default(rules, item, kind))
        };
        let status = if !selected {
            ItemStatus::NotSelected
        } else if s.is_some_and(|s| s.ticked) {
            ItemStatus::Done
        } else {
            status_on(calendar, d.date, today)?
        };
        let (data_period, undated_period) = match item_period(
            rules,
            item.id,
            kind,
            visit.notification,
            visit.previous_monitoring_visit,
        )? {
            ItemPeriod::None => (None, None),
            ItemPeriod::Dated(p) => (Some(p), None),
            ItemPeriod::Undated(u) => (None, Some(u)),
        };
        rows.push(ChecklistRow {
            item,
            due_date: d.date,
            due_time: d.time,
            due_event_id: d.event_id,
            due_citation: rules.annex_a.table.citation(),
            selected,
            status,
            owner: s.map(|s| s.owner.clone()).unwrap_or_default(),
            note: s.map(|s| s.note.clone()).unwrap_or_default(),
            data_period,
            undated_period,
        });
    }
    Ok(rows)
}

/// Counts for a heading such as "12 of 43 done, 3 overdue".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistSummary {
    pub selected: usize,
    pub done: usize,
    pub overdue: usize,
    /// Due today or on the next working day, not done.
    pub due_soon: usize,
}

/// Counts the rows by status.
pub fn summary(rows: &[ChecklistRow]) -> ChecklistSummary {
    let mut s = ChecklistSummary::default();
    for r in rows.iter().filter(|r| r.selected) {
        s.selected += 1;
        match r.status {
            ItemStatus::Done => s.done += 1,
            ItemStatus::Overdue => s.overdue += 1,
            ItemStatus::DueToday | ItemStatus::DueNextWorkingDay => s.due_soon += 1,
            ItemStatus::Later | ItemStatus::NotSelected => {}
        }
    }
    s
}

/// The Annex A items whose deadline falls on plan event `event_id` for a visit of `kind` (for the
/// presenter's "what to have ready").
pub fn items_due_on_event(
    rules: &RuleSet,
    kind: VisitKind,
    event_id: &str,
) -> Vec<&'static AnnexAItem> {
    let Some(table) = rules.annex_a.deadlines(kind) else {
        return Vec::new();
    };
    ITEMS
        .iter()
        .filter(|i| i.applies_to(kind) && table.milestone(i.due) == event_id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_groups_have_the_framework_counts() {
        let mut ids: Vec<_> = ITEMS.iter().map(|i| i.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), ITEMS.len());
        let count = |g| ITEMS.iter().filter(|i| i.group == g).count();
        assert_eq!(count(AnnexAGroup::ChildLevelData), 11);
        assert_eq!(count(AnnexAGroup::Audits), 1);
        assert_eq!(count(AnnexAGroup::CaseFiles), 1);
        assert_eq!(count(AnnexAGroup::Leadership), 13);
        assert_eq!(count(AnnexAGroup::HelpAndProtection), 5);
        // 3.01 to 3.11 plus the second 3.04.
        assert_eq!(count(AnnexAGroup::ChildrenInCare), 12);
    }
}
