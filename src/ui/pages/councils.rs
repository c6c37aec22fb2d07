//! "Councils": the national picture (issue 15). Every local authority's last inspection,
//! judgement, pathway and window in a sortable, filterable table, how many are inside their
//! window today, a chart of windows opening each month, the table as CSV, and loading a newer
//! snapshot of the data. The data in use is shared with the pathway page through [`CouncilData`].

use leptos::prelude::*;

use crate::app::councils::{
    count_sentence, data_source, select, table, table_csv, PathwayFilter, SortBy, TableQuery,
    TableRow,
};
use crate::engine::calendar::dates::{day_month_year, month_name};
use crate::engine::councils::snapshot::{parse, MAX_SNAPSHOT_BYTES};
use crate::engine::councils::{windows_opening, Councils, REGIONS};
use crate::engine::plan::pathway::Pathway;
use crate::ui::platform;
use crate::ui::state::app_state::AppState;
use crate::ui::widgets::file_pick::{read_chosen_file, FilePick};
use crate::ui::widgets::time::DateTime;

/// Where a loaded snapshot is kept between visits: its file name, a line break, its text.
pub const SNAPSHOT_KEY: &str = "ilacs-planner/councils";

/// Months the chart shows, from this month.
const CHART_MONTHS: u32 = 24;

/// The councils data in use: built in, or a newer snapshot the person loaded.
#[derive(Clone, Copy)]
pub struct CouncilData {
    pub councils: RwSignal<Councils>,
    /// Whether a snapshot kept from an earlier visit has been looked for yet.
    kept_read: StoredValue<bool>,
}

impl CouncilData {
    /// The data for the app: the built-in snapshot until a page that shows councils asks for
    /// them ([`CouncilData::get`]), which reads a snapshot kept from an earlier visit. Reading it
    /// then, not on opening, keeps the snapshot reader in the parts fetched on demand (issue 23).
    pub fn provide() -> Self {
        let data = Self::built_in();
        provide_context(data);
        data
    }

    /// The built-in snapshot, a kept one not looked for yet.
    fn built_in() -> Self {
        CouncilData {
            councils: RwSignal::new(Councils::built_in()),
            kept_read: StoredValue::new(false),
        }
    }

    /// The data in use, with a snapshot kept from an earlier visit read the first time.
    pub fn get() -> Self {
        let data = use_context::<CouncilData>().unwrap_or_else(Self::built_in);
        if !data.kept_read.get_value() {
            data.kept_read.set_value(true);
            let kept = platform::stored(SNAPSHOT_KEY).and_then(|record| {
                let (name, text) = record.split_once('\n')?;
                Some(Councils::from_snapshot(parse(text).ok()?, name))
            });
            if let Some(kept) = kept {
                data.councils.set(kept);
            }
        }
        data
    }
}

#[component]
pub fn CouncilsView() -> impl IntoView {
    let state = AppState::get();
    let data = CouncilData::get();
    let today = state.today;
    let rows = Memo::new(move |_| {
        // The open plan's rule set ("Rules in use"), as every other page follows it.
        let rules = state
            .input
            .with(|i| crate::ui::state::app_state::rule_set(&i.rule_set, today));
        data.councils
            .with(|c| state.calendar.with(|cal| table(c, rules, cal, today)))
    });
    let query = RwSignal::new(TableQuery::default());
    let yours = Signal::derive(move || state.input.with(|i| i.council));
    let shown = Memo::new(move |_| rows.with(|r| query.with(|q| select(r, q))));
    let download = move |_| {
        let text = shown.with_untracked(|r| table_csv(r));
        platform::download("ILACS councils.csv", "text/csv;charset=utf-8", &text);
    };
    view! {
        <p class="govuk-body" id="councils-source">{move || data.councils.with(data_source)}</p>
        <p class="govuk-body-l" id="councils-count">
            {move || rows.with(|r| count_sentence(r.iter().filter(|r| r.open_today).count(), r.len()))}
        </p>
        <p class="govuk-body">
            "Windows follow the framework: six months either side of the three-year anniversary of the last inspection's first on-site day (framework paragraph 13). "
            "Where there is no overall grade (inspections from April 2026) the pathway is the planner's assumption from the sub-judgements, and says so."
        </p>
        <WindowsChart rows=rows today=today />
        <Filters query=query />
        <p class="govuk-body" role="status" id="councils-shown">
            {move || shown.with(|s| format!("Showing {} of {} authorities.", s.len(), rows.with(Vec::len)))}
        </p>
        <button type="button" class="govuk-button govuk-button--secondary" id="councils-csv" on:click=download>
            "Download as CSV"
        </button>
        <CouncilTable shown=shown query=query yours=yours />
        <LoadSnapshot />
    }
}

/// How many windows open in each of the next months, as bars. The table is the text
/// alternative (sort it by "Window opens"), so the drawing is hidden from screen readers.
#[component]
fn WindowsChart(rows: Memo<Vec<TableRow>>, today: chrono::NaiveDate) -> impl IntoView {
    let months = Memo::new(move |_| {
        rows.with(|r| {
            let statuses: Vec<_> = r.iter().map(|r| r.status).collect();
            windows_opening(&statuses, today, CHART_MONTHS)
        })
    });
    let chart = move || {
        let months = months.get();
        let most = months.iter().map(|m| m.opening).max().unwrap_or(0).max(1);
        let (bar, gap, high) = (30usize, 6usize, 120usize);
        let width = months.len() * (bar + gap);
        let bars = months
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let h = m.opening * high / most;
                let x = i * (bar + gap);
                let month = chrono::Datelike::month(&m.month);
                let name = month_name(month);
                let label = name.get(..3).unwrap_or(name);
                // The year under the first month and under each January, so "Jan" is never
                // ambiguous in a chart that spans three calendar years.
                let year = (i == 0 || month == 1).then(|| {
                    view! {
                        <text class="app-chart__year" x=(x + bar / 2).to_string() y=(high + 56).to_string()>{chrono::Datelike::year(&m.month).to_string()}</text>
                    }
                });
                view! {
                    <g>
                        <rect class="app-chart__bar" x=x.to_string() y=(20 + high - h).to_string() width=bar.to_string() height=h.to_string() />
                        <text class="app-chart__count" x=(x + bar / 2).to_string() y=(14 + high - h).to_string()>{m.opening.to_string()}</text>
                        <text class="app-chart__month" x=(x + bar / 2).to_string() y=(high + 38).to_string()>{label.to_string()}</text>
                        {year}
                    </g>
                }
            })
            .collect_view();
        view! {
            <svg class="app-chart__svg" viewBox=format!("0 0 {width} {}", high + 62) aria-hidden="true" focusable="false">
                {bars}
            </svg>
        }
        .into_any()
    };
    let first = move || months.with(|m| m.first().map(|m| m.month));
    let last = move || months.with(|m| m.last().map(|m| m.month));
    view! {
        <figure class="app-chart">
            <figcaption class="govuk-body">
                <strong>"Windows opening each month"</strong>
                {move || match (first(), last()) {
                    (Some(a), Some(b)) => format!(
                        ", {} {} to {} {}: how busy each month is likely to be. ",
                        month_name(chrono::Datelike::month(&a)), chrono::Datelike::year(&a),
                        month_name(chrono::Datelike::month(&b)), chrono::Datelike::year(&b)
                    ),
                    _ => ". ".to_string(),
                }}
                "The table below gives the same dates in words: sort it by “Window opens”."
            </figcaption>
            // On a phone the chart keeps a readable size and scrolls sideways in its own region.
            <div class="app-chart__scroll" role="region" aria-label="Chart of windows opening each month (scrolls sideways)" tabindex="0">
                {chart}
            </div>
        </figure>
    }
}

#[component]
fn Filters(query: RwSignal<TableQuery>) -> impl IntoView {
    let on_region = move |e: leptos::ev::Event| {
        let v = event_target_value(&e);
        let region = REGIONS.iter().position(|r| r.0 == v).map(|i| i as u8);
        query.update(|q| q.region = region);
    };
    let on_pathway = move |e: leptos::ev::Event| {
        let pathway = match event_target_value(&e).as_str() {
            "1" => PathwayFilter::Only(Pathway::One),
            "2" => PathwayFilter::Only(Pathway::Two),
            "3" => PathwayFilter::Only(Pathway::Three),
            "unknown" => PathwayFilter::NotKnown,
            _ => PathwayFilter::All,
        };
        query.update(|q| q.pathway = pathway);
    };
    // Issue 25 item 6: find a council by name (or DfE number) on the page; the count of
    // matches is announced by the "Showing …" status under the filters.
    let on_name = move |e: leptos::ev::Event| {
        let typed = event_target_value(&e);
        query.update(|q| q.name = typed);
    };
    view! {
        <div class="govuk-form-group">
            <label class="govuk-label" for="councils-name">"Find a local authority"</label>
            <div class="govuk-hint" id="councils-name-hint">"Type part of its name or its DfE number, for example Barnet or 302."</div>
            <input class="govuk-input app-input--name" id="councils-name" type="search" autocomplete="off" spellcheck="false"
                aria-describedby="councils-name-hint councils-shown" on:input=on_name />
        </div>
        <div class="app-filters">
            <div class="govuk-form-group">
                <label class="govuk-label" for="councils-region">"Region"</label>
                <select class="govuk-select" id="councils-region" on:change=on_region>
                    <option value="">"All regions"</option>
                    {REGIONS.iter().map(|r| view! { <option value=r.0>{r.2}</option> }).collect_view()}
                </select>
            </div>
            <div class="govuk-form-group">
                <label class="govuk-label" for="councils-pathway">"Pathway"</label>
                <select class="govuk-select" id="councils-pathway" on:change=on_pathway>
                    <option value="">"All pathways"</option>
                    <option value="1">"Pathway 1"</option>
                    <option value="2">"Pathway 2"</option>
                    <option value="3">"Pathway 3"</option>
                    <option value="unknown">"Not known"</option>
                </select>
            </div>
        </div>
    }
}

const COLUMNS: [(SortBy, &str); 6] = [
    (SortBy::Name, "Local authority"),
    (SortBy::Region, "Region"),
    (SortBy::Last, "Last inspection began"),
    (SortBy::Pathway, "Pathway"),
    (SortBy::Opens, "Window opens"),
    (SortBy::Closes, "Window closes"),
];

/// A column header that sorts the table: a button inside `<th aria-sort>`.
fn sort_header(query: RwSignal<TableQuery>, by: SortBy, label: &'static str) -> impl IntoView {
    let sort = move || {
        query.with(|q| match (q.sort == by, q.descending) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        })
    };
    let click = move |_| {
        query.update(|q| {
            q.descending = q.sort == by && !q.descending;
            q.sort = by;
        })
    };
    view! {
        <th scope="col" class="govuk-table__header" aria-sort=sort>
            <button type="button" class="app-sort" on:click=click>{label}</button>
        </th>
    }
}

#[component]
fn CouncilTable(
    shown: Memo<Vec<TableRow>>,
    query: RwSignal<TableQuery>,
    yours: Signal<Option<u16>>,
) -> impl IntoView {
    let body = move || {
        let mine = yours.get();
        shown.with(|rows| {
            rows.iter()
                .map(|r| council_row(r, mine == Some(r.la_code)))
                .collect_view()
        })
    };
    view! {
        <div class="app-table-scroller" role="region" aria-labelledby="councils-caption" tabindex="0">
            <table class="govuk-table app-councils">
                <caption class="govuk-table__caption govuk-table__caption--m" id="councils-caption">
                    "Every local authority's last inspection and next window"
                </caption>
                <thead class="govuk-table__head">
                    <tr class="govuk-table__row">
                        {COLUMNS[..4].iter().map(|(by, label)| sort_header(query, *by, label)).collect_view()}
                        <th scope="col" class="govuk-table__header">"Judgement"</th>
                        {COLUMNS[4..].iter().map(|(by, label)| sort_header(query, *by, label)).collect_view()}
                        <th scope="col" class="govuk-table__header">"Inside window today"</th>
                    </tr>
                </thead>
                <tbody class="govuk-table__body">{body}</tbody>
            </table>
        </div>
    }
}

fn council_row(r: &TableRow, yours: bool) -> impl IntoView {
    let date = |d: Option<chrono::NaiveDate>, none: &'static str| match d {
        Some(d) => view! { <DateTime date=d text=day_month_year(d) /> }.into_any(),
        None => none.into_any(),
    };
    let window = r.status.window;
    let no_window = if r.status.pathway == Some(Pathway::Three) {
        "Monitoring first"
    } else {
        "Not known"
    };
    let open = match (window, r.open_today) {
        (None, _) => "No window",
        (Some(_), true) => "Yes",
        (Some(_), false) => "No",
    };
    // A window that closed with no later inspection in the data: said in words, not colour.
    let passed = r.window_passed.then(|| {
        view! { " " <strong class="app-tag app-tag--grey app-councils__passed">"Window passed"</strong> }
    });
    view! {
        <tr class=if yours { "govuk-table__row app-councils__yours" } else { "govuk-table__row" } data-la=r.la_code.to_string()>
            <th scope="row" class="govuk-table__header">
                {r.name.clone()} " (" {r.la_code.to_string()} ")"
                {yours.then(|| view! { <strong class="app-councils__tag">" (your council)"</strong> })}
            </th>
            // `data-label`: each cell's heading, shown beside it when a row is a card (phones).
            <td class="govuk-table__cell" data-label="Region">{r.region_name()}</td>
            <td class="govuk-table__cell" data-label="Last inspection began">{date(r.last, "Not given")}</td>
            <td class="govuk-table__cell" data-label="Pathway">{r.pathway_words()}</td>
            <td class="govuk-table__cell" data-label="Judgement">{r.judgement}</td>
            <td class="govuk-table__cell" data-label="Window opens">{date(window.map(|w| w.earliest), no_window)}</td>
            <td class="govuk-table__cell" data-label="Window closes">{date(window.map(|w| w.latest), no_window)}</td>
            <td class="govuk-table__cell" data-label="Inside window today">{open}{passed}</td>
        </tr>
    }
}

/// Loads a newer snapshot (the same columns as CSV, or data-to-insight's overview as CSV). It
/// replaces the data in use only when every row is good, and is kept in this browser.
#[component]
fn LoadSnapshot() -> impl IntoView {
    let data = CouncilData::get();
    let error = RwSignal::new(None::<String>);
    let problems = RwSignal::new(Vec::<String>::new());
    let done = RwSignal::new(None::<String>);
    let load = move |file: web_sys::File| {
        let expected = "A snapshot of every local authority is about 20 KB.";
        // The rows' problems are listed one by one, so the parse's own result travels with the
        // text (kept in this browser once the whole file is good).
        let read = |text: String| Ok((parse(&text), text));
        read_chosen_file(
            file,
            MAX_SNAPSHOT_BYTES,
            expected,
            read,
            move |name, read| {
                let name = name.replace('\n', " ");
                match read {
                    Err(message) => {
                        done.set(None);
                        problems.set(Vec::new());
                        error.set(Some(message));
                    }
                    Ok((Ok(snapshot), text)) => {
                        let councils = Councils::from_snapshot(snapshot, &name);
                        let count = councils.list.len();
                        data.councils.set(councils);
                        error.set(None);
                        problems.set(Vec::new());
                        let kept = match platform::store(SNAPSHOT_KEY, &format!("{name}\n{text}")) {
                            Ok(()) => " It is kept in this browser for your next visit.",
                            Err(_) => {
                                " It could not be kept in this browser, so load it again next time."
                            }
                        };
                        done.set(Some(format!(
                            "Loaded {name}: {count} local authorities.{kept}"
                        )));
                    }
                    Ok((Err(list), _)) => {
                        done.set(None);
                        error.set(Some(format!(
                        "{name} was not loaded: nothing has changed. Correct the file and choose it again."
                    )));
                        problems.set(list.iter().map(ToString::to_string).collect());
                    }
                }
            },
        );
    };
    let built_in = move |_| {
        platform::forget(SNAPSHOT_KEY);
        data.councils.set(Councils::built_in());
        done.set(Some("The built-in data is in use again.".to_string()));
    };
    view! {
        <section class="app-section" aria-labelledby="snapshot-heading">
            <h2 class="govuk-heading-m" id="snapshot-heading">"Newer data"</h2>
            <FilePick
                id="councils-file"
                label="Load a newer snapshot (CSV)"
                hint="The same columns as the planner's own data (la_code, ons_code, name, region, fieldwork_start, fieldwork_end, type, overall, help_and_protection, in_care, care_leavers, impact_of_leaders), or data-to-insight's ILACS overview saved as CSV. Nothing is replaced unless every row is good."
                accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
                error=error
                on_file=Callback::new(load)
            >
                <p class="govuk-body" aria-live="polite">{move || data.councils.with(data_source)}</p>
            </FilePick>
            {move || (!problems.with(Vec::is_empty)).then(|| view! {
                <ul class="govuk-list govuk-list--bullet govuk-error-message" id="councils-file-problems">
                    {problems.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                </ul>
            }.into_any())}
            {move || data.councils.with(|c| c.file.is_some()).then(|| view! {
                <button type="button" class="govuk-button govuk-button--secondary" id="councils-built-in" on:click=built_in>
                    "Use the built-in data instead"
                </button>
            }.into_any())}
            {move || done.get().map(|message| view! { <p class="govuk-body app-success" role="status">{message}</p> }.into_any())}
        </section>
    }
}
