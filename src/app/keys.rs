//! Which key does what. The moves themselves are pure date and step arithmetic (in the engine's
//! month grid and the training scenarios); which key asks for which move is an app decision.

use crate::engine::calendar::month_grid::GridMove;
use crate::engine::training::StepMove;

/// The calendar move for a `KeyboardEvent.key` value, e.g. `"ArrowRight"`; `None` for other keys.
/// The keys are those of the WAI-ARIA date-picker grid pattern.
///
/// ```
/// use ilacs_planner::app::keys::grid_move;
/// use ilacs_planner::engine::calendar::month_grid::GridMove;
/// assert_eq!(grid_move("PageDown"), Some(GridMove::NextMonth));
/// assert_eq!(grid_move("a"), None);
/// ```
pub fn grid_move(key: &str) -> Option<GridMove> {
    Some(match key {
        "ArrowLeft" | "Left" => GridMove::PreviousDay,
        "ArrowRight" | "Right" => GridMove::NextDay,
        "ArrowUp" | "Up" => GridMove::PreviousWeek,
        "ArrowDown" | "Down" => GridMove::NextWeek,
        "PageUp" => GridMove::PreviousMonth,
        "PageDown" => GridMove::NextMonth,
        "Home" => GridMove::StartOfWeek,
        "End" => GridMove::EndOfWeek,
        _ => return None,
    })
}

/// The presenter-mode move for a `KeyboardEvent.key` value; `None` for other keys. Right and Page
/// Down are what a presentation clicker sends.
///
/// ```
/// use ilacs_planner::app::keys::step_move;
/// use ilacs_planner::engine::training::StepMove;
/// assert_eq!(step_move("PageDown"), Some(StepMove::Next));
/// assert_eq!(step_move("Enter"), None);
/// ```
pub fn step_move(key: &str) -> Option<StepMove> {
    match key {
        "ArrowLeft" | "PageUp" => Some(StepMove::Previous),
        "ArrowRight" | "PageDown" => Some(StepMove::Next),
        "Home" => Some(StepMove::First),
        "End" => Some(StepMove::Last),
        _ => None,
    }
}
