//! The planner's pages: which page is showing, its URL form, its heading and the navigation.
//!
//! Pages are an app concern, not a domain one: the engine knows nothing of them.

use serde::{Deserialize, Serialize};

/// Which page of the planner is showing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum View {
    #[default]
    Home,
    Pathway,
    Visit,
    AfterFieldwork,
    Calendar,
    /// The Annex A checklist of the current visit.
    Checklist,
    /// The record of inspectors' requests for further information (Annex B).
    Requests,
    /// Presenter mode for training sessions.
    Training,
    /// The plans saved in this browser, and plan files.
    Plans,
    /// The whole plan laid out for paper.
    Print,
    /// One A4 page for the director and councillors (issue 28).
    Briefing,
    /// The national picture: every local authority's last inspection, pathway and window.
    Councils,
}

impl View {
    /// Every view, in the order the planner shows them.
    pub const ALL: [View; 12] = [
        View::Home,
        View::Pathway,
        View::Visit,
        View::AfterFieldwork,
        View::Calendar,
        View::Checklist,
        View::Requests,
        View::Training,
        View::Plans,
        View::Print,
        View::Briefing,
        View::Councils,
    ];

    /// The pages listed in the navigation bar. Presenter mode and the print layout are reached
    /// from links on the pages they belong to, so the bar stays short enough to read.
    pub const NAV: [View; 9] = [
        View::Home,
        View::Pathway,
        View::Visit,
        View::AfterFieldwork,
        View::Calendar,
        View::Checklist,
        View::Requests,
        View::Councils,
        View::Plans,
    ];

    /// The URL form (also the serde form).
    ///
    /// ```
    /// use ilacs_planner::app::pages::View;
    /// assert_eq!(View::AfterFieldwork.slug(), "after-fieldwork");
    /// assert_eq!(View::from_slug("calendar"), Some(View::Calendar));
    /// assert_eq!(View::from_slug("nope"), None);
    /// ```
    pub fn slug(self) -> &'static str {
        match self {
            View::Home => "home",
            View::Pathway => "pathway",
            View::Visit => "visit",
            View::AfterFieldwork => "after-fieldwork",
            View::Calendar => "calendar",
            View::Checklist => "checklist",
            View::Requests => "requests",
            View::Training => "training",
            View::Plans => "plans",
            View::Print => "print",
            View::Briefing => "briefing",
            View::Councils => "councils",
        }
    }

    /// The view with this URL form.
    pub fn from_slug(slug: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.slug() == slug)
    }
}

/// The page's heading and navigation label.
pub fn view_title(view: View) -> &'static str {
    match view {
        View::Home => "Start",
        View::Pathway => "Your pathway",
        View::Visit => "Visit schedule",
        View::AfterFieldwork => "After fieldwork",
        View::Calendar => "All dates",
        View::Checklist => "Annex A checklist",
        View::Requests => "Further information requests",
        View::Training => "Training scenarios",
        View::Plans => "Saved plans",
        View::Print => "Print the plan",
        View::Briefing => "Print a briefing",
        View::Councils => "Councils",
    }
}

/// The events a page's "Key dates" summary lists, in this order, when the plan has them: the
/// answer to the question the page is opened with. The visit page answers "the phone has rung:
/// what happens when?"; the pathway page "when is our next inspection?".
pub fn key_events(view: View) -> &'static [&'static str] {
    match view {
        View::Visit => &[
            "notification",
            "child-level-data-due",
            "management-information-due",
            "case-information-due",
            "audited-cases-due",
            "onsite-1",
            "fieldwork-week",
            "feedback",
            "final-report",
            "publication",
            "publication-observed",
            "publication-observed-by",
        ],
        View::Pathway => &[
            "window-opens",
            "anniversary",
            "window-closes",
            "next-inspection-likely-from",
            "next-inspection-likely-to",
            "action-planning-visit",
            "inadequate-action-plan-due",
            "monitoring-visit-1",
            "reinspection-earliest",
            "reinspection-latest",
        ],
        View::AfterFieldwork => &[
            "draft-report",
            "la-comments-due",
            "final-report",
            "publication",
            "publication-observed",
            "publication-observed-by",
            "action-plan-due",
        ],
        _ => &[],
    }
}

/// The browser tab's title for a page: "Visit schedule – ILACS Planner", with "Error: " in front
/// while the page shows errors (as GOV.UK services do).
///
/// ```
/// use ilacs_planner::app::pages::{page_title, View};
/// assert_eq!(page_title(View::Visit, false), "Visit schedule \u{2013} ILACS Planner");
/// assert_eq!(page_title(View::Home, true), "Error: Start \u{2013} ILACS Planner");
/// ```
pub fn page_title(view: View, has_errors: bool) -> String {
    let error = if has_errors { "Error: " } else { "" };
    format!("{error}{} \u{2013} ILACS Planner", view_title(view))
}
