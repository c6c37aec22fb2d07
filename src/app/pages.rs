//! The planner's pages: which page is showing, its URL form, its heading and the navigation.
//!
//! Pages are an app concern, not a domain one: the engine knows nothing of them.

use serde::{Deserialize, Serialize};

/// Which page of the planner is showing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Page {
    #[default]
    Home,
    Pathway,
    Visit,
    AfterFieldwork,
    /// Every date of the plan in one calendar. Its URL slug (and serde name) stays `calendar`,
    /// so links made before the rename open the same page.
    #[serde(rename = "calendar")]
    AllDates,
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

impl Page {
    /// Every view, in the order the planner shows them.
    pub const ALL: [Page; 12] = [
        Page::Home,
        Page::Pathway,
        Page::Visit,
        Page::AfterFieldwork,
        Page::AllDates,
        Page::Checklist,
        Page::Requests,
        Page::Training,
        Page::Plans,
        Page::Print,
        Page::Briefing,
        Page::Councils,
    ];

    /// The pages listed in the navigation bar. Presenter mode and the print layout are reached
    /// from links on the pages they belong to, so the bar stays short enough to read.
    pub const NAV: [Page; 9] = [
        Page::Home,
        Page::Pathway,
        Page::Visit,
        Page::AfterFieldwork,
        Page::AllDates,
        Page::Checklist,
        Page::Requests,
        Page::Councils,
        Page::Plans,
    ];

    /// The URL form (also the serde form).
    ///
    /// ```
    /// use ilacs_planner::app::pages::Page;
    /// assert_eq!(Page::AfterFieldwork.slug(), "after-fieldwork");
    /// assert_eq!(Page::from_slug("calendar"), Some(Page::AllDates));
    /// assert_eq!(Page::from_slug("nope"), None);
    /// ```
    pub fn slug(self) -> &'static str {
        match self {
            Page::Home => "home",
            Page::Pathway => "pathway",
            Page::Visit => "visit",
            Page::AfterFieldwork => "after-fieldwork",
            Page::AllDates => "calendar",
            Page::Checklist => "checklist",
            Page::Requests => "requests",
            Page::Training => "training",
            Page::Plans => "plans",
            Page::Print => "print",
            Page::Briefing => "briefing",
            Page::Councils => "councils",
        }
    }

    /// The view with this URL form.
    pub fn from_slug(slug: &str) -> Option<Page> {
        Page::ALL.into_iter().find(|v| v.slug() == slug)
    }
}

/// The page's heading and navigation label.
pub fn page_heading(page: Page) -> &'static str {
    match page {
        Page::Home => "Start",
        Page::Pathway => "Your pathway",
        Page::Visit => "Visit schedule",
        Page::AfterFieldwork => "After fieldwork",
        Page::AllDates => "All dates",
        Page::Checklist => "Annex A checklist",
        Page::Requests => "Further information requests",
        Page::Training => "Training scenarios",
        Page::Plans => "Saved plans",
        Page::Print => "Print the plan",
        Page::Briefing => "Print a briefing",
        Page::Councils => "Councils",
    }
}

/// The events a page's "Key dates" summary lists, in this order, when the plan has them: the
/// answer to the question the page is opened with. The visit page answers "the phone has rung:
/// what happens when?"; the pathway page "when is our next inspection?".
pub fn key_events(page: Page) -> &'static [&'static str] {
    match page {
        Page::Visit => &[
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
        Page::Pathway => &[
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
        Page::AfterFieldwork => &[
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
/// use ilacs_planner::app::pages::{page_title, Page};
/// assert_eq!(page_title(Page::Visit, false), "Visit schedule \u{2013} ILACS Planner");
/// assert_eq!(page_title(Page::Home, true), "Error: Start \u{2013} ILACS Planner");
/// ```
pub fn page_title(page: Page, has_errors: bool) -> String {
    let error = if has_errors { "Error: " } else { "" };
    format!("{error}{} \u{2013} ILACS Planner", page_heading(page))
}
