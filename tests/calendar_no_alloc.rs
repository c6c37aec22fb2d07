#![cfg(not(target_arch = "wasm32"))]
//! The arithmetic must not allocate per call: the planner calls it thousands of times per plan.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use chrono::NaiveDate;
use ilacs_planner::engine::calendar::Calendar;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // `try_with`: the thread-local may already be gone while a thread shuts down.
        let _ = ALLOCATIONS.try_with(|c| c.set(c.get() + 1));
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

#[test]
fn arithmetic_does_not_allocate() {
    let cal = Calendar::england_and_wales();
    let start = NaiveDate::from_ymd_opt(2025, 4, 17).unwrap_or_default();
    let end = NaiveDate::from_ymd_opt(2026, 4, 17).unwrap_or_default();
    let before = allocations();
    let mut sink = 0i64;
    for n in [-70, -21, -5, 0, 5, 21, 70] {
        if let Ok(d) = cal.add_working_days(start, n) {
            sink += i64::from(chrono::Datelike::ordinal(&d));
        }
    }
    sink += i64::from(cal.working_days_between(start, end).unwrap_or(0));
    sink += i64::from(cal.is_working_day(start) == Ok(true));
    sink += cal.holidays_between(start, end).len() as i64;
    sink += i64::from(cal.holiday_on(start).is_some());
    sink += i64::from(cal.next_working_day(start).is_ok());
    sink += i64::from(cal.working_day_on_or_before(start).is_ok());
    assert_eq!(allocations(), before, "allocated during arithmetic");
    assert!(sink > 0);
    // The counter works: an owned list does allocate.
    let list = cal.holidays_in_year(2025);
    assert!(allocations() > before && list.is_ok());
}
