//! "Annex A checklist": what the local authority shares at the start of an inspection or visit,
//! each item with its deadline for the visit kind, its status today, and the officer's tick,
//! owner and note. Deadlines, statuses and counts all come from `engine::records::annex_a`; the page only
//! shows them and records what the officer types in `AppState::checklist`.

use leptos::prelude::*;

use crate::engine::export::checklist_csv;
use crate::engine::plan::council_steps::monitoring_sample_period;
use crate::engine::records::annex_a::{
    self, checklist, deadline_groups, summary, AnnexAGroup, AnnexAItem, ChecklistRow,
    ChecklistSummary, DeadlineGroup, ItemState, ItemStatus,
};
use crate::engine::rules::{Source, VisitKind};
use crate::ui::pages::nav::PageLink;
use crate::ui::sections::sheet_back::{Sheet, SheetBack};
use crate::ui::sections::take_away::SpreadsheetAndPrint;
use crate::ui::state::app_state::{rule_set, AppState, Page};
use crate::ui::widgets::form::{Checkbox, TextInput};
use crate::ui::widgets::time::DateTime;

/// What the page can show for the plan as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Shape {
    NoVisit,
    Problem(String),
    Jtai,
    Visit { all_information: bool },
}

/// The rows, or the engine's reason there are none (a date outside the calendar's range).
type Rows = Result<Vec<ChecklistRow>, String>;

#[component]
pub fn ChecklistView() -> impl IntoView {
    let state = AppState::get();
    let shape = Memo::new(move |_| {
        state.plan.with(|p| match p {
            Err(e) => Shape::Problem(e.to_string()),
            Ok(plan) => match plan.visit {
                None => Shape::NoVisit,
                Some(v) if v.kind == VisitKind::Jtai => Shape::Jtai,
                Some(v) => Shape::Visit {
                    all_information: rule_set(&plan.rule_set_id, state.today)
                        .annex_a
                        .deadlines(v.kind)
                        .is_some_and(|d| d.all_information),
                },
            },
        })
    });
    let rows = Memo::new(move |_| -> Rows {
        state.plan.with(|p| {
            let Some((plan, visit)) = p.as_ref().ok().and_then(|p| Some((p, p.visit?))) else {
                return Ok(Vec::new());
            };
            let rules = rule_set(&plan.rule_set_id, state.today);
            state.calendar.with(|calendar| {
                state.checklist.with(|saved| {
                    checklist(rules, calendar, &visit, saved, state.today)
                        .map_err(|e| e.to_string())
                })
            })
        })
    });
    let page = move || {
        let (before, after) = match shape.get() {
            Shape::Visit { all_information } => {
                return view! { <ChecklistBody rows=rows all_information=all_information /> }
                    .into_any();
            }
            Shape::NoVisit => (
                "There is no visit in this plan yet, so there are no Annex A deadlines to show. Enter the notification date or the first on-site day on the ".to_string(),
                " page, then come back here.",
            ),
            Shape::Problem(message) => (
                format!("The checklist needs the plan's dates, and the plan has a problem: {message} Correct it on the "),
                " page.",
            ),
            Shape::Jtai => (
                "A joint targeted area inspection (JTAI) has its own guidance on what to share; Annex A of the ILACS framework is for standard and short inspections, focused visits and monitoring visits. Choose one of those on the ".to_string(),
                " page to see the checklist.",
            ),
        };
        // One sentence with a link to the Visit schedule, whatever the reason.
        view! {
            <div class="govuk-inset-text">
                <p class="govuk-body">
                    {before}
                    <PageLink page=Page::Visit>"Visit schedule"</PageLink>
                    {after}
                </p>
            </div>
        }
        .into_any()
    };
    // Inside `view!`, so it shares the renderer of every other reactive block that gives an AnyView.
    view! { {move || page()} }
}

#[component]
fn ChecklistBody(rows: Memo<Rows>, all_information: bool) -> impl IntoView {
    let state = AppState::get();
    let groups = Memo::new(move |_| {
        state.plan.with(|p| {
            let Some((plan, visit)) = p.as_ref().ok().and_then(|p| Some((p, p.visit?))) else {
                return Vec::new();
            };
            let rules = rule_set(&plan.rule_set_id, state.today);
            state
                .calendar
                .with(|calendar| deadline_groups(rules, calendar, &visit))
                .unwrap_or_default()
                .into_iter()
                .map(|g| {
                    let title = plan
                        .event(g.deadline.event_id)
                        .map(|e| e.title.clone())
                        .unwrap_or_default();
                    (title, rules.annex_a.table.plain_label(), g)
                })
                .collect::<Vec<_>>()
        })
    });
    let counts = Memo::new(move |_| rows.with(|r| r.as_deref().map(summary).unwrap_or_default()));
    let problem = move || rows.with(|r| r.as_ref().err().cloned());
    let relevant_only = state
        .plan
        .with_untracked(|p| p.as_ref().ok().map(|p| p.rule_set_id.clone()))
        .map(|id| rule_set(&id, state.today).annex_a.relevant_only);
    // Monitoring visits: the months inspectors usually sample other cases from (F§135).
    let sample = Memo::new(move |_| {
        state.plan.with(|p| {
            let plan = p.as_ref().ok()?;
            let visit = plan.visit.filter(|v| v.kind == VisitKind::Monitoring)?;
            let rules = rule_set(&plan.rule_set_id, state.today);
            monitoring_sample_period(rules, visit.notification).ok()
        })
    });
    let message = RwSignal::new(None::<&'static str>);
    let csv =
        Callback::new(move |()| rows.with_untracked(|r| r.as_deref().ok().map(checklist_csv)));
    // "Show only what is still to do": done items, and those not asked for, are hidden.
    let todo_only = RwSignal::new(false);

    view! {
        <p class="govuk-body">
            {if all_information {
                "At a standard or short inspection the local authority shares everything in Annex A of the framework. Tick each item when it has been shared; the owner and note are for your team."
            } else {
                "At a focused or monitoring visit only the information relevant to the visit is asked for, as agreed with the lead inspector. Tick \u{201c}Asked for at this visit\u{201d} for each item the lead inspector asks for, then tick the item when it has been shared."
            }}
            {(!all_information).then_some(relevant_only).flatten().map(|s| view! { <span class="app-citation">" (" {s.plain_label()} ")"</span> })}
        </p>
        {move || problem().map(|m| view! { <p class="govuk-body app-problem">{m}</p> })}
        {move || sample.get().map(|p| view! {
            <p class="govuk-body" data-period="monitoring-sample">
                "Inspectors usually sample other cases from "
                <DateTime date=p.from />
                " to "
                <DateTime date=p.to />
                {format!(": {}.", p.words)}
                <span class="app-citation">" (" {p.citation.plain_label()} ")"</span>
            </p>
        })}
        <p class="govuk-body-l app-checklist-summary" id="checklist-summary" aria-live="polite">
            {move || summary_text(counts.get())}
        </p>
        <section class="app-section" aria-labelledby="checklist-deadlines-heading">
            <h2 class="govuk-heading-m" id="checklist-deadlines-heading">"Deadlines for this visit"</h2>
            <ul class="govuk-list app-checklist-deadlines">
                {move || {
                    groups
                        .get()
                        .into_iter()
                        .map(|(title, source, g)| view! { <DeadlineLine title=title source=source group=g /> })
                        .collect_view()
                        .into_any()
                }}
            </ul>
        </section>
        <SpreadsheetAndPrint
            what="the checklist"
            file_what="Annex A checklist"
            class="app-button-group app-checklist-actions"
            csv=csv
            said=Callback::new(move |text| message.set(Some(text)))
        />
        <p class="govuk-body-s" role="status">{move || message.get()}</p>
        <SheetBack sheet=Sheet::Checklist />
        <div class="govuk-form-group app-checklist-filter">
            <Checkbox
                id="checklist-todo-only"
                class="govuk-checkboxes govuk-checkboxes--small"
                label_class="govuk-label govuk-checkboxes__label"
                checked=todo_only
                on_change=Callback::new(move |on| todo_only.set(on))
            >
                "Show only what is still to do"
            </Checkbox>
        </div>
        {AnnexAGroup::ALL
            .into_iter()
            .map(|group| view! { <GroupSection group=group rows=rows selectable=!all_information todo_only=todo_only /> })
            .collect_view()}
        <Sources />
    }
}

/// "12 of 43 done, 3 overdue, 5 due today or next working day".
pub fn summary_text(s: ChecklistSummary) -> String {
    if s.selected == 0 {
        return "No items are marked as asked for yet.".to_string();
    }
    let mut text = format!("{} of {} done", s.done, s.selected);
    if s.overdue > 0 {
        text.push_str(&format!(", {} overdue", s.overdue));
    }
    if s.due_soon > 0 {
        text.push_str(&format!(", {} due today or next working day", s.due_soon));
    }
    text
}

/// ", by end of day" / ", by midday"; nothing when the table gives no time.
fn by_time(time: Option<crate::engine::event::TimeOfDay>) -> Option<String> {
    time.map(|t| format!(", by {}", t.label()))
}

/// One deadline of the Annex A table: the plan event it falls on owns the `data-event` id here.
#[component]
fn DeadlineLine(title: String, source: String, group: DeadlineGroup) -> impl IntoView {
    let what = group
        .rows
        .iter()
        .map(|r| r.name())
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <li class="app-checklist-deadline" data-event=group.deadline.event_id>
            <strong>{title}</strong>
            ": "
            <DateTime date=group.deadline.date />
            {by_time(group.deadline.time)}
            " ("
            {what}
            ") "
            <span class="app-citation">"Source: " {source} "."</span>
        </li>
    }
}

/// DOM ids cannot hold the dots of "doc-1.01" comfortably in CSS selectors.
fn dom_id(prefix: &str, item: &AnnexAItem) -> String {
    format!("{prefix}-{}", item.id.replace('.', "-"))
}

/// One group of Annex A as a GOV.UK task list: its heading, how many of its items are done (in
/// words), its sources once (issue 25 item 10: not on each of 43 items), then its items.
#[component]
fn GroupSection(
    group: AnnexAGroup,
    rows: Memo<Rows>,
    selectable: bool,
    todo_only: RwSignal<bool>,
) -> impl IntoView {
    let slug = group_slug(group);
    let heading_id = format!("checklist-group-{slug}");
    let labelled_by = heading_id.clone();
    let progress = Memo::new(move |_| {
        rows.with(|r| {
            let r = r.as_deref().unwrap_or_default();
            let mine = || r.iter().filter(|r| r.item.group == group && r.selected);
            let asked = mine().count();
            let done = mine().filter(|r| r.status == ItemStatus::Done).count();
            match (asked, done) {
                (0, _) => "Nothing asked for yet".to_string(),
                (a, d) if a == d => format!("All {a} done"),
                (a, d) => format!("{d} of {a} done"),
            }
        })
    });
    // Each source once: what the items are, the periods they cover, and when they are due.
    let sources = Memo::new(move |_| {
        rows.with(|r| {
            let mut what: Vec<String> = Vec::new();
            let mut due: Vec<String> = Vec::new();
            for row in r
                .as_deref()
                .unwrap_or_default()
                .iter()
                .filter(|r| r.item.group == group)
            {
                let period = row.data_period.as_ref().map(|p| &p.citation);
                let undated = row.undated_period.as_ref().map(|u| &u.citation);
                let labels = std::iter::once(row.item.source.plain_label())
                    .chain(period.or(undated).map(|c| c.plain_label()));
                for label in labels {
                    if !what.contains(&label) {
                        what.push(label);
                    }
                }
                let label = row.due_citation.plain_label();
                if !due.contains(&label) {
                    due.push(label);
                }
            }
            format!("Source: {}; deadline: {}.", what.join("; "), due.join("; "))
        })
    });
    // Print leaves out a group with nothing asked for (focused and monitoring visits).
    let any_asked = Memo::new(move |_| {
        rows.with(|r| {
            r.as_ref()
                .is_ok_and(|r| r.iter().any(|r| r.item.group == group && r.selected))
        })
    });
    let class = move || {
        if any_asked.get() {
            "app-section app-checklist-group"
        } else {
            "app-section app-checklist-group app-checklist-group--none-asked"
        }
    };
    view! {
        <section class=class aria-labelledby=labelled_by>
            <h2 class="govuk-heading-m" id=heading_id>{group.title()}</h2>
            <p class="govuk-body app-checklist-group__progress" data-group-progress=slug>
                <strong>{move || progress.get()}</strong>
            </p>
            <p class="govuk-body-s app-citation" data-group-source=slug>{move || sources.get()}</p>
            <ul class="govuk-task-list app-checklist">
                {annex_a::items()
                    .iter()
                    .filter(|i| i.group == group)
                    .map(|item| view! { <ItemRow item=item rows=rows selectable=selectable todo_only=todo_only /> })
                    .collect_view()}
            </ul>
        </section>
    }
}

fn group_slug(group: AnnexAGroup) -> &'static str {
    match group {
        AnnexAGroup::ChildLevelData => "lists",
        AnnexAGroup::Audits => "audits",
        AnnexAGroup::CaseFiles => "cases",
        AnnexAGroup::Leadership => "leadership",
        AnnexAGroup::HelpAndProtection => "help",
        AnnexAGroup::ChildrenInCare => "care",
    }
}

/// The status as words in a tag; the highlight is a class as well, never colour alone.
pub fn status_class(status: ItemStatus) -> &'static str {
    match status {
        ItemStatus::Done => "app-tag app-tag--done",
        ItemStatus::Overdue | ItemStatus::DueToday | ItemStatus::DueNextWorkingDay => {
            "app-tag app-tag--urgent"
        }
        ItemStatus::Later | ItemStatus::NotSelected => "app-tag app-tag--grey",
    }
}

#[component]
fn ItemRow(
    item: &'static AnnexAItem,
    rows: Memo<Rows>,
    selectable: bool,
    todo_only: RwSignal<bool>,
) -> impl IntoView {
    // This item's row only: a change to another item does not touch this one's DOM.
    let row = Memo::new(move |_| {
        rows.with(|r| {
            r.as_ref()
                .ok()
                .and_then(|r| r.iter().find(|r| r.item.id == item.id).cloned())
        })
    });
    let selected = Memo::new(move |_| row.with(|r| r.as_ref().is_some_and(|r| r.selected)));
    let status = move || row.with(|r| r.as_ref().map_or(ItemStatus::NotSelected, |r| r.status));
    let status_id = dom_id("status", item);
    let name = format!("{} {}", item.number, item.title);
    let item_class = move || match status() {
        ItemStatus::NotSelected => {
            "govuk-task-list__item app-checklist__item app-checklist__item--not-asked"
        }
        s if s.highlight() => {
            "govuk-task-list__item app-checklist__item app-checklist__item--urgent"
        }
        _ => "govuk-task-list__item app-checklist__item",
    };
    let hidden =
        move || todo_only.get() && matches!(status(), ItemStatus::Done | ItemStatus::NotSelected);
    let title = {
        let status_id = status_id.clone();
        move || item_title(item, row, selected.get(), status_id.clone()).into_any()
    };
    let fields = {
        let name = name.clone();
        move || selected.get().then(|| item_fields(item, row, name.clone()))
    };
    view! {
        <li class=item_class data-item=item.id hidden=hidden>
            {move || title()}
            <p class="app-checklist__status govuk-task-list__status">
                <strong class=move || status_class(status()) id=status_id>{move || status().label()}</strong>
                {item_due(row)}
            </p>
            {item_covers(item, row)}
            {selectable.then(|| asked_for(item, selected, name))}
            {move || fields()}
        </li>
    }
}

/// The item's title: the tick box's label when the item is asked for, plain text otherwise.
fn item_title(
    item: &'static AnnexAItem,
    row: Memo<Option<ChecklistRow>>,
    selected: bool,
    // The status tag, which describes the tick box.
    status_id: String,
) -> impl IntoView {
    let state = AppState::get();
    if !selected {
        return view! {
            <p class="govuk-body app-checklist__title app-checklist__title--plain">
                <span class="app-checklist__number">{item.number}</span>
                " "
                {item.title}
            </p>
        }
        .into_any();
    }
    let checked = move || row.with(|r| r.as_ref().is_some_and(|r| r.status == ItemStatus::Done));
    view! {
        <Checkbox
            id=dom_id("done", item)
            class="govuk-checkboxes"
            label_class="govuk-label govuk-checkboxes__label app-checklist__title"
            described_by=status_id
            checked=Signal::derive(checked)
            on_change=Callback::new(move |ticked| state.edit_checklist(|c| c.entry(item.id).ticked = ticked))
        >
            <span class="app-checklist__number">{item.number}</span>
            " "
            {item.title}
        </Checkbox>
    }
    .into_any()
}

/// The period the item covers (F§249, F§257, F§260–262; F§130 for a monitoring visit's audits):
/// fixed by the notification day, like the deadline. One the plan cannot date is said in words.
fn item_covers(item: &'static AnnexAItem, row: Memo<Option<ChecklistRow>>) -> impl IntoView {
    let period = Memo::new(move |_| {
        row.with(|r| {
            let r = r.as_ref()?;
            match (&r.data_period, &r.undated_period) {
                (Some(p), _) => Some((Some((p.from, p.to)), p.words.clone())),
                (None, Some(u)) => Some((None, u.words.clone())),
                (None, None) => None,
            }
        })
    });
    move || {
        period.get().map(|(dates, words)| {
            let text = match dates {
                Some((from, to)) => view! {
                    "Covers "
                    <DateTime date=from />
                    " to "
                    <DateTime date=to />
                    {format!(" ({words}).")}
                }
                .into_any(),
                None => words.into_any(),
            };
            view! {
                <p class="govuk-body-s app-checklist__period" data-period=item.id>
                    {text}
                </p>
            }
        })
    }
}

/// " Due 3 March 2026, by midday."; it changes with the visit, not with what is typed. Its
/// sources are the group's, said once above the group.
fn item_due(row: Memo<Option<ChecklistRow>>) -> impl IntoView {
    let deadline = Memo::new(move |_| {
        row.with(|r| r.as_ref().map(|r| (r.due_date, r.due_time, r.due_event_id)))
    });
    move || {
        deadline.get().map(|(date, time, event_id)| {
            view! {
                " Due "
                <span data-due-event=event_id><DateTime date=date /></span>
                {by_time(time)}
                "."
            }
        })
    }
}

/// "Asked for at this visit", for focused and monitoring visits.
fn asked_for(item: &'static AnnexAItem, selected: Memo<bool>, name: String) -> impl IntoView {
    let state = AppState::get();
    view! {
        <Checkbox
            id=dom_id("asked", item)
            class="govuk-checkboxes app-checklist__asked"
            label_class="govuk-label govuk-checkboxes__label"
            checked=selected
            on_change=Callback::new(move |asked| state.edit_checklist(|c| c.entry(item.id).selected = Some(asked)))
        >
            "Asked for at this visit"
            <span class="govuk-visually-hidden">": " {name}</span>
        </Checkbox>
    }
}

/// The owner and note of an item asked for, saved as they are typed.
fn item_fields(
    item: &'static AnnexAItem,
    row: Memo<Option<ChecklistRow>>,
    name: String,
) -> impl IntoView {
    let owner = ItemText {
        slug: "owner",
        label: "Owner",
        joiner: " of ",
        read: |r| r.owner.clone(),
        write: |s, v| s.owner = v,
    };
    let note = ItemText {
        slug: "note",
        label: "Note",
        joiner: " on ",
        read: |r| r.note.clone(),
        write: |s, v| s.note = v,
    };
    view! {
        <div class="app-checklist__fields">
            {item_text(item, row, &name, owner)}
            {item_text(item, row, &name, note)}
        </div>
    }
}

/// One of the officer's own words on an item: its field, and where it is read and written.
struct ItemText {
    slug: &'static str,
    label: &'static str,
    /// The word between the label and the item's name, for screen readers.
    joiner: &'static str,
    read: fn(&ChecklistRow) -> String,
    write: fn(&mut ItemState, String),
}

fn item_text(
    item: &'static AnnexAItem,
    row: Memo<Option<ChecklistRow>>,
    name: &str,
    text: ItemText,
) -> impl IntoView {
    let state = AppState::get();
    let ItemText {
        slug,
        label,
        joiner,
        read,
        write,
    } = text;
    view! {
        <TextInput
            id=dom_id(slug, item)
            label=label
            hidden_label=format!("{joiner}{name}")
            row_class="app-checklist__field"
            value=Signal::derive(move || row.with(|r| r.as_ref().map(read).unwrap_or_default()))
            on_input=move |v: String| state.edit_checklist(|c| write(c.entry(item.id), v))
        />
    }
}

/// The full text of every source the page cites, once each.
#[component]
fn Sources() -> impl IntoView {
    let state = AppState::get();
    let mut sources: Vec<Source> = Vec::new();
    let rules = state
        .plan
        .with_untracked(|p| p.as_ref().ok().map(|p| p.rule_set_id.clone()))
        .map(|id| rule_set(&id, state.today));
    if let Some(rules) = rules {
        sources.push(rules.annex_a.table);
        sources.push(rules.annex_a.relevant_only);
        let periods = &rules.council_steps.data_windows;
        sources.push(periods.counting);
        sources.push(periods.monitoring_sample_months.source);
        for w in periods.windows {
            if !sources.iter().any(|s| s.label == w.source.label) {
                sources.push(w.source);
            }
        }
    }
    for item in annex_a::items() {
        if !sources.iter().any(|s| s.label == item.source.label) {
            sources.push(item.source);
        }
    }
    view! {
        <details class="govuk-details app-checklist-sources">
            <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">"Where these items and deadlines come from"</span>
            </summary>
            <div class="govuk-details__text">
                <ul class="govuk-list">
                    {sources
                        .into_iter()
                        .map(|s| view! { <li class="govuk-body-s"><strong>{s.plain_label()}</strong>": " {s.text}</li> })
                        .collect_view()}
                </ul>
            </div>
        </details>
    }
}
