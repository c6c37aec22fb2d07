//! Calendar benchmarks (criterion): working-day additions and a full year's holiday list.
//!
//! Run with `cargo bench --bench calendar -- --warm-up-time 1 --measurement-time 2`.
//! Target: under 1 microsecond per addition on the host, with no allocation per call.
use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use ilacs_planner::engine::calendar::{bank_holidays::computed_for_year, Calendar};

fn additions(c: &mut Criterion) {
    let cal = Calendar::england_and_wales();
    // A Thursday before Easter, so the span crosses bank holidays.
    let start = NaiveDate::from_ymd_opt(2025, 4, 17).unwrap_or_default();
    let mut group = c.benchmark_group("add_working_days");
    for n in [5, 21, 70] {
        group.bench_function(format!("+{n}"), |b| {
            b.iter(|| cal.add_working_days(black_box(start), black_box(n)))
        });
        group.bench_function(format!("-{n}"), |b| {
            b.iter(|| cal.add_working_days(black_box(start), black_box(-n)))
        });
    }
    group.finish();

    let end = NaiveDate::from_ymd_opt(2026, 4, 17).unwrap_or_default();
    c.bench_function("working_days_between (one year)", |b| {
        b.iter(|| cal.working_days_between(black_box(start), black_box(end)))
    });
    c.bench_function("is_working_day", |b| {
        b.iter(|| cal.is_working_day(black_box(start)))
    });
}

fn year_lists(c: &mut Criterion) {
    let cal = Calendar::england_and_wales();
    c.bench_function("holidays_in_year(2027)", |b| {
        b.iter(|| cal.holidays_in_year(black_box(2027)))
    });
    c.bench_function("computed_for_year(2027)", |b| {
        b.iter(|| computed_for_year(black_box(2027)))
    });
    c.bench_function("Calendar::england_and_wales()", |b| {
        b.iter(Calendar::england_and_wales)
    });
}

criterion_group!(benches, additions, year_lists);
criterion_main!(benches);
