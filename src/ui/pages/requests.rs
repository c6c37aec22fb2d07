//! "Further information requests": the local authority's copy of the framework's Annex B record
//! (what inspectors asked for during the inspection, by when, and the response). Checks, working
//! days remaining and ids all come from `engine::records::further_info`; the page keeps the record in
//! `AppState::requests`.

use leptos::html;
use leptos::prelude::*;

use crate::engine::calendar::dates::DateInputError;
use crate::engine::export::requests_csv;
use crate::engine::records::further_info::{
    next_id, open_counts, request_limit_message, status, validate, InfoRequest, RequestField,
    RequestStatus, RequestType, MAX_REQUESTS, SOURCE,
};
use crate::ui::pages::nav::PageLink;
use crate::ui::platform;
use crate::ui::sections::sheet_back::{Sheet, SheetBack};
use crate::ui::sections::take_away::SpreadsheetAndPrint;
use crate::ui::state::app_state::{AppState, Page};
use crate::ui::state::drafts::{kept_choice, kept_date, kept_text};
use crate::ui::widgets::date_input::{first_box_id, DateInput, DateParts};
use crate::ui::widgets::error_summary::{page_errors, FieldError};
use crate::ui::widgets::form::{Choice, Radios, SubmitButton, TextArea, TextInput};
use crate::ui::widgets::time::DateTime;

const BY_ID: &str = "request-by";
const DATE_ID: &str = "request-date";
const DUE_ID: &str = "request-due";
const KIND_FIRST_ID: &str = "request-kind-1";
const CASE_ID: &str = "request-case";
const REASON_ID: &str = "request-reason";
const RESPONSE_ID: &str = "response-text";
const RECEIVED_ID: &str = "response-date";

/// The labels of the date fields, used in the GOV.UK date messages.
const DATE_LABEL: &str = "Date requested";
const DUE_LABEL: &str = "Response required by";
const RECEIVED_LABEL: &str = "Date received";

/// The form control an error summary link moves focus to.
fn field_id(field: RequestField) -> String {
    match field {
        RequestField::RequestedBy => BY_ID.to_string(),
        RequestField::DateRequested => first_box_id(DATE_ID),
        RequestField::ResponseRequiredBy => first_box_id(DUE_ID),
        RequestField::Kind => KIND_FIRST_ID.to_string(),
        RequestField::Reason => REASON_ID.to_string(),
        RequestField::DateReceived => first_box_id(RECEIVED_ID),
    }
}

/// The message for one field: the GOV.UK date message when a date was typed but is not a date,
/// otherwise the engine's.
fn date_or_engine_message(
    parsed: &Result<chrono::NaiveDate, DateInputError>,
    label: &str,
    engine: String,
) -> String {
    match parsed {
        Err(e) if *e != DateInputError::Empty => e.message(label),
        _ => engine,
    }
}

/// Every problem with a new request, in form order, each with its field. Empty when it can be
/// added.
pub fn check_new_request(
    request: &InfoRequest,
    requested: &Result<chrono::NaiveDate, DateInputError>,
    required: &Result<chrono::NaiveDate, DateInputError>,
    calendar: &crate::engine::calendar::Calendar,
    today: chrono::NaiveDate,
) -> Vec<(RequestField, String)> {
    let mut errors: Vec<(RequestField, String)> = validate(request)
        .into_iter()
        .map(|e| {
            let field = e.field();
            let message = match field {
                RequestField::DateRequested => {
                    date_or_engine_message(requested, DATE_LABEL, e.to_string())
                }
                RequestField::ResponseRequiredBy => {
                    date_or_engine_message(required, DUE_LABEL, e.to_string())
                }
                _ => e.to_string(),
            };
            (field, message)
        })
        .collect();
    // A date the engine can check but not count (outside the calendar's years).
    if errors.is_empty() {
        if let Err(e) = status(calendar, request, today) {
            errors.push((e.field(), e.to_string()));
        }
    }
    errors
}

/// "2 open requests, 1 overdue".
pub fn counts_text(open: usize, overdue: usize) -> String {
    let mut text = match open {
        0 => "No open requests".to_string(),
        1 => "1 open request".to_string(),
        n => format!("{n} open requests"),
    };
    if overdue > 0 {
        text.push_str(&format!(", {overdue} overdue"));
    }
    text
}

/// The tag's class for a request's status: highlighted (with its words) when open and overdue,
/// due today or due on the next working day.
pub fn status_class(s: &RequestStatus) -> &'static str {
    if !s.open {
        "app-tag app-tag--done"
    } else if s.highlight {
        "app-tag app-tag--urgent"
    } else {
        "app-tag app-tag--grey"
    }
}

#[component]
pub fn RequestsView() -> impl IntoView {
    let state = AppState::get();
    let has_visit = Memo::new(move |_| {
        state
            .plan
            .with(|p| p.as_ref().is_ok_and(|p| p.visit.is_some()))
    });
    let has_requests = Memo::new(move |_| state.requests.with(|r| !r.is_empty()));
    let summary_errors = page_errors();
    // The request whose response form is open (one at a time), and the response being written:
    // made here, outside the list, so a redrawn list loses nothing typed.
    let scope = format!("response/{}", state.open_plan_id());
    let responding = kept_choice(&scope, "open");
    let draft = ResponseDraft::kept(&scope);
    let message = RwSignal::new(None::<String>);
    // The request just added, for the success banner at the top of the list (issue 25 item 8).
    let added = RwSignal::new(None::<String>);
    let list_heading = NodeRef::<html::H2>::new();
    let counts = Memo::new(move |_| {
        state.calendar.with(|calendar| {
            state
                .requests
                .with(|r| open_counts(calendar, r, state.today))
        })
    });
    let on_deleted = Callback::new(move |id: String| {
        added.set(None);
        message.set(Some(format!("Request {id} deleted.")));
        if let Some(h) = list_heading.get() {
            let _ = h.focus();
        }
    });

    view! {
        {summary_errors.here()}
        <p class="govuk-body">
            "During an inspection the lead inspector keeps a record of requests for further information and of the local authority's responses, and shares it with the director of children's services. Keep your own copy here, with how many working days each open request has left."
            <span class="app-citation">" (" {SOURCE.plain_label()} "; paragraphs 167 and 245)"</span>
        </p>
        {move || (!has_visit.get()).then(|| view! {
            <div class="govuk-inset-text">
                <p class="govuk-body">
                    "There is no visit in this plan yet. Requests for further information are made during an inspection or visit: enter its date on the "
                    <PageLink page=Page::Visit>"Visit schedule"</PageLink>
                    " page first."
                </p>
            </div>
        }.into_any())}
        {move || (has_visit.get() || has_requests.get()).then(|| view! {
            <section class="app-section" aria-labelledby="requests-heading">
                <h2 class="govuk-heading-m" id="requests-heading" tabindex="-1" node_ref=list_heading>"Requests"</h2>
                <p class="govuk-body-l app-requests-summary">
                    {move || { let (open, overdue) = counts.get(); counts_text(open, overdue) }}
                </p>
                {move || added.get().map(|id| view! { <AddedBanner id=id /> })}
                <p class="govuk-body-s" role="status">{move || message.get()}</p>
                {request_list(responding, draft, summary_errors.list, message, added, on_deleted)}
            </section>
        }.into_any())}
        {move || has_visit.get().then(|| view! { <AddRequest errors=summary_errors.list message=message added=added /> })}
    }
}

const ADDED_BANNER: &str = "request-added";

/// GOV.UK's success notification banner at the top of the list once a request is added; focus
/// moves to it, so the person hears and sees what happened however far down the form was.
#[component]
fn AddedBanner(id: String) -> impl IntoView {
    let link = format!("#request-{id}");
    view! {
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert"
            aria-labelledby="request-added-title" tabindex="-1" id=ADDED_BANNER>
            <h2 class="govuk-notification-banner__title" id="request-added-title">"Success"</h2>
            <p class="govuk-notification-banner__heading">
                {format!("Request {id} added. ")}
                <a class="govuk-notification-banner__link" href=link>{format!("See request {id}")}</a>
            </p>
        </div>
    }
}

/// The record, each request with its countdown, and the ways to take it away.
fn request_list(
    responding: RwSignal<Option<String>>,
    draft: ResponseDraft,
    errors: RwSignal<Vec<FieldError>>,
    message: RwSignal<Option<String>>,
    added: RwSignal<Option<String>>,
    on_deleted: Callback<String>,
) -> impl IntoView {
    let state = AppState::get();
    let csv = Callback::new(move |()| {
        Some(state.calendar.with_untracked(|calendar| {
            state
                .requests
                .with_untracked(|r| requests_csv(calendar, r, state.today))
        }))
    });
    let said = Callback::new(move |text: &'static str| message.set(Some(text.to_string())));
    // The whole list is redrawn when the record changes (a request added, answered or deleted):
    // simpler and smaller than a keyed list, and nothing typed lives inside it (the response
    // being written is kept in `draft`, outside the list).
    let list = move || {
        let requests = state.requests.get();
        if requests.is_empty() {
            return view! { <p class="govuk-body">"No requests recorded yet. Add the first one below."</p> }
                .into_any();
        }
        let statuses: Vec<Result<RequestStatus, String>> = state.calendar.with(|calendar| {
            requests
                .iter()
                .map(|r| status(calendar, r, state.today).map_err(|e| e.to_string()))
                .collect()
        });
        view! {
            <ol class="app-requests">
                {requests
                    .into_iter()
                    .zip(statuses)
                    .enumerate()
                    .map(|(index, (request, current))| view! {
                        <RequestItem
                            index=index
                            request=request
                            current=current
                            responding=responding
                            draft=draft
                            errors=errors
                            added=added
                            on_deleted=on_deleted
                        />
                    })
                    .collect_view()}
            </ol>
            <SpreadsheetAndPrint
                what="the requests"
                file_what="Further information requests"
                class="app-button-group"
                csv=csv
                said=said
            />
        }
        .into_any()
    };
    // Inside `view!`, so it shares the renderer of every other reactive block that gives an AnyView.
    // Outside the list, so what it says survives the list being drawn again.
    view! { {move || list()} <SheetBack sheet=Sheet::Requests /> }
}

/// The form that adds a request to the record.
#[component]
fn AddRequest(
    errors: RwSignal<Vec<FieldError>>,
    message: RwSignal<Option<String>>,
    added: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = AppState::get();
    // Kept for this tab, per plan, until the request is added.
    let scope = format!("request/{}", state.open_plan_id());
    let requested_by = kept_text(&scope, "by", String::new);
    let date = kept_date(&scope, "date");
    if date.parse_untracked().is_err() && date.day.with_untracked(String::is_empty) {
        date.set(state.today);
    }
    let due = kept_date(&scope, "due");
    // Not pre-selected (GOV.UK): a request whose type was not chosen is flagged, not guessed.
    let kind = RwSignal::new(None::<RequestType>);
    let case_id = kept_text(&scope, "case", String::new);
    let reason = kept_text(&scope, "reason", String::new);
    let field_errors = RwSignal::new(Vec::<(RequestField, String)>::new());
    let error_for = move |field: RequestField| {
        Signal::derive(move || {
            field_errors.with(|e| e.iter().find(|(f, _)| *f == field).map(|(_, m)| m.clone()))
        })
    };

    let on_add = move |()| {
        if state.requests.with_untracked(Vec::len) >= MAX_REQUESTS {
            errors.set(vec![FieldError {
                field_id: BY_ID.to_string(),
                message: request_limit_message(),
            }]);
            return;
        }
        let (requested, required) = (date.parse(), due.parse());
        let request = state.requests.with_untracked(|existing| InfoRequest {
            id: next_id(existing),
            requested_by: requested_by.get_untracked().trim().to_string(),
            date_requested: requested.clone().ok(),
            response_required_by: required.clone().ok(),
            kind: kind.get_untracked().unwrap_or_default(),
            case_id: case_id.get_untracked().trim().to_string(),
            reason: reason.get_untracked().trim().to_string(),
            ..InfoRequest::default()
        });
        let mut problems = state.calendar.with_untracked(|calendar| {
            check_new_request(&request, &requested, &required, calendar, state.today)
        });
        if kind.get_untracked().is_none() {
            problems.push((
                RequestField::Kind,
                "Select the type of request.".to_string(),
            ));
            problems.sort_by_key(|(field, _)| *field);
        }
        errors.set(
            problems
                .iter()
                .map(|(field, message)| FieldError {
                    field_id: field_id(*field),
                    message: message.clone(),
                })
                .collect(),
        );
        field_errors.set(problems);
        if !field_errors.with_untracked(Vec::is_empty) {
            added.set(None);
            return;
        }
        // Said in the success banner at the top of the list, which takes focus.
        message.set(None);
        added.set(Some(request.id.clone()));
        platform::focus_after_render(ADDED_BANNER);
        state.edit_requests(|r| r.push(request));
        requested_by.set(String::new());
        case_id.set(String::new());
        reason.set(String::new());
        kind.set(None);
        due.day.set(String::new());
        due.month.set(String::new());
        due.year.set(String::new());
    };

    view! {
        <section class="app-section app-add-request" aria-labelledby="add-request-heading">
            <h2 class="govuk-heading-m" id="add-request-heading">"Add a request"</h2>
            <form novalidate class="app-form">
                <TextInput id=BY_ID label="Requested by" hint="The inspector who asked." value=requested_by on_input=move |v: String| requested_by.set(v) error=error_for(RequestField::RequestedBy) />
                <DateInput
                    id=DATE_ID
                    label=DATE_LABEL
                    hint="Today's date is filled in. For example, 9 3 2026."
                    parts=date
                    error=error_for(RequestField::DateRequested)
                />
                <DateInput
                    id=DUE_ID
                    label=DUE_LABEL
                    hint="The date the inspector needs the response by. For example, 11 3 2026."
                    parts=due
                    error=error_for(RequestField::ResponseRequiredBy)
                />
                <Radios
                    name="request-kind"
                    legend="Type of request"
                    choices=vec![
                        Choice { value: Some(RequestType::Document), label: RequestType::Document.label(), hint: None },
                        Choice { value: Some(RequestType::Information), label: RequestType::Information.label(), hint: None },
                    ]
                    selected=kind.into()
                    on_pick=Callback::new(move |k| kind.set(k))
                    inline=true
                    error=error_for(RequestField::Kind)
                />
                <TextInput id=CASE_ID label="Case ID (optional)" hint="If the request is about one child's case." value=case_id on_input=move |v: String| case_id.set(v) />
                <TextArea id=REASON_ID label="Reason for request" hint="What was asked for, and why." value=reason on_input=move |v: String| reason.set(v) error=error_for(RequestField::Reason) />
                <SubmitButton on_press=Callback::new(on_add)>"Add request"</SubmitButton>
            </form>
        </section>
    }
}

/// What a request shows under its details.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Buttons,
    Confirming,
    Responding,
}

/// The response being written, kept outside the list so a redrawn list loses nothing typed.
#[derive(Clone, Copy)]
struct ResponseDraft {
    text: RwSignal<String>,
    received: DateParts,
    error: RwSignal<Option<String>>,
}

impl ResponseDraft {
    /// Kept for this tab until the response is saved.
    fn kept(scope: &str) -> Self {
        ResponseDraft {
            text: kept_text(scope, "text", String::new),
            received: kept_date(scope, "received"),
            error: RwSignal::new(None),
        }
    }
}

/// One request in the record, with its countdown and the ways to answer or delete it.
#[component]
fn RequestItem(
    index: usize,
    request: InfoRequest,
    current: Result<RequestStatus, String>,
    responding: RwSignal<Option<String>>,
    draft: ResponseDraft,
    errors: RwSignal<Vec<FieldError>>,
    /// The "added" banner, which goes once the person moves on to another request.
    added: RwSignal<Option<String>>,
    on_deleted: Callback<String>,
) -> impl IntoView {
    let state = AppState::get();
    let id = request.id.clone();
    let confirming = RwSignal::new(false);
    let mode = {
        let id = id.clone();
        Memo::new(move |_| {
            if responding.with(|r| r.as_deref() == Some(id.as_str())) {
                Mode::Responding
            } else if confirming.get() {
                Mode::Confirming
            } else {
                Mode::Buttons
            }
        })
    };
    let heading_id = format!("request-heading-{index}");
    let (class, tag_class, status_text) = status_look(current);
    let answered = request.date_received.is_some();
    let open_form = {
        let request = request.clone();
        Callback::new(move |()| {
            draft.text.set(request.response.clone());
            draft
                .received
                .set(request.date_received.unwrap_or(state.today));
            draft.error.set(None);
            added.set(None);
            responding.set(Some(request.id.clone()));
            platform::focus_after_render(RESPONSE_ID);
        })
    };
    let delete = {
        let id = id.clone();
        Callback::new(move |()| {
            state.edit_requests(|r| {
                if r.get(index).is_some_and(|r| r.id == id) {
                    r.remove(index);
                }
            });
            if responding.get_untracked().as_deref() == Some(id.as_str()) {
                responding.set(None);
            }
            on_deleted.run(id.clone());
        })
    };
    let details = request_details(&request);
    let focus_target = heading_id.clone();
    let (data_request, labelled_by, title) = (id.clone(), heading_id.clone(), id.clone());

    view! {
        <li class=class id=format!("request-{data_request}") data-request=data_request.clone() aria-labelledby=labelled_by>
            <h3 class="govuk-heading-s app-request__title" id=heading_id tabindex="-1">
                "Request " {title}
            </h3>
            <p class="app-request__status">
                <strong class=tag_class>{status_text}</strong>
            </p>
            {details}
            {move || match mode.get() {
                Mode::Responding => view! {
                    <ResponseForm
                        index=index
                        request=request.clone()
                        responding=responding
                        draft=draft
                        errors=errors
                        heading_id=focus_target.clone()
                    />
                }
                .into_any(),
                Mode::Confirming => confirm_delete(id.clone(), index, confirming, delete).into_any(),
                Mode::Buttons => {
                    request_buttons(id.clone(), index, answered, confirming, open_form).into_any()
                }
            }}
        </li>
    }
}

/// The item's class, its status tag's class and the status in words; the engine's reason when
/// it cannot count the days.
fn status_look(current: Result<RequestStatus, String>) -> (&'static str, &'static str, String) {
    match current {
        Ok(s) => (
            if s.highlight {
                "app-request app-request--urgent"
            } else {
                "app-request"
            },
            status_class(&s),
            s.message,
        ),
        Err(message) => ("app-request", "app-tag app-tag--grey", message),
    }
}

/// What was asked for, and the response once there is one.
fn request_details(request: &InfoRequest) -> impl IntoView {
    let date_or = |date: Option<chrono::NaiveDate>| match date {
        Some(d) => view! { <DateTime date=d /> }.into_any(),
        None => view! { "Not given" }.into_any(),
    };
    let or_none = |text: &str, none: &'static str| {
        if text.is_empty() {
            none.to_string()
        } else {
            text.to_string()
        }
    };
    let row = |term: &'static str, value: AnyView| {
        view! { <div class="app-summary-list__row"><dt>{term}</dt><dd class="app-preserve-lines">{value}</dd></div> }
    };
    let details = vec![
        row(
            "Requested by",
            or_none(&request.requested_by, "Not given").into_any(),
        ),
        row("Date requested", date_or(request.date_requested)),
        row(
            "Response required by",
            date_or(request.response_required_by),
        ),
        row("Type of request", request.kind.label().into_any()),
        row(
            "Case ID",
            or_none(&request.case_id, "None given").into_any(),
        ),
        row(
            "Reason for request",
            or_none(&request.reason, "Not given").into_any(),
        ),
    ];
    let response = request.date_received.is_some().then(|| {
        vec![
            row("Date received", date_or(request.date_received)),
            row(
                "Response",
                or_none(&request.response, "None recorded").into_any(),
            ),
        ]
    });
    view! { <dl class="app-summary-list">{details} {response}</dl> }
}

/// "Delete request 3?", with the button that does it and "Cancel".
fn confirm_delete(
    id: String,
    index: usize,
    confirming: RwSignal<bool>,
    delete: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="app-confirm">
            <p class="govuk-body"><strong>"Delete request " {id.clone()} "?"</strong> " This cannot be undone."</p>
            <div class="app-button-group">
                <button type="button" class="govuk-button govuk-button--warning" id=format!("confirm-delete-{index}") on:click=move |_| delete.run(())>
                    "Yes, delete request " {id}
                </button>
                <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| confirming.set(false)>"Cancel"</button>
            </div>
        </div>
    }
}

/// "Record the response" (or change it) and "Delete", each naming the request for screen readers.
fn request_buttons(
    id: String,
    index: usize,
    answered: bool,
    confirming: RwSignal<bool>,
    open_form: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="app-button-group">
            <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| open_form.run(())>
                {if answered { "Change the response" } else { "Record the response" }}
                <span class="govuk-visually-hidden">" to request " {id.clone()}</span>
            </button>
            <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| {
                confirming.set(true);
                platform::focus_after_render(format!("confirm-delete-{index}"));
            }>
                "Delete"
                <span class="govuk-visually-hidden">" request " {id}</span>
            </button>
        </div>
    }
}

/// Records the local authority's response and the date it was received.
#[component]
fn ResponseForm(
    index: usize,
    request: InfoRequest,
    responding: RwSignal<Option<String>>,
    draft: ResponseDraft,
    errors: RwSignal<Vec<FieldError>>,
    /// Where focus goes when the form closes.
    heading_id: String,
) -> impl IntoView {
    let state = AppState::get();
    let close = Callback::new(move |()| {
        responding.set(None);
        errors.set(Vec::new());
        platform::focus_after_render(heading_id.clone());
    });
    let on_save = move |()| {
        let mut updated = request.clone();
        let problem = match draft.received.parse() {
            Err(e) => Some(e.message(RECEIVED_LABEL)),
            Ok(date) => {
                updated.date_received = Some(date);
                updated.response = draft.text.get_untracked().trim().to_string();
                validate(&updated)
                    .into_iter()
                    .find(|e| e.field() == RequestField::DateReceived)
                    .map(|e| e.to_string())
                    .or_else(|| {
                        state.calendar.with_untracked(|calendar| {
                            status(calendar, &updated, state.today)
                                .err()
                                .map(|e| e.to_string())
                        })
                    })
            }
        };
        draft.error.set(problem.clone());
        if let Some(message) = problem {
            errors.set(vec![FieldError {
                field_id: first_box_id(RECEIVED_ID),
                message,
            }]);
            return;
        }
        let id = updated.id.clone();
        state.edit_requests(|r| {
            if let Some(slot) = r.get_mut(index).filter(|r| r.id == id) {
                *slot = updated;
            }
        });
        close.run(());
    };
    view! {
        <form novalidate class="app-response-form">
            <TextArea
                id=RESPONSE_ID
                label="Response from the local authority"
                hint="What was sent or said, and where it is."
                value=draft.text
                on_input=move |v: String| draft.text.set(v)
            />
            <DateInput
                id=RECEIVED_ID
                label=RECEIVED_LABEL
                hint="Today's date is filled in. For example, 10 3 2026."
                parts=draft.received
                error=draft.error
            />
            <div class="app-button-group">
                <SubmitButton on_press=Callback::new(on_save)>"Save the response"</SubmitButton>
                <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| close.run(())>"Cancel"</button>
            </div>
        </form>
    }
}
