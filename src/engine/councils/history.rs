//! Reads the public inspection history (`data/ilacs-inspection-history.tsv`) into the gaps
//! between one judgement inspection and the next. Used twice: by `build.rs`, which turns the
//! file into rule data at build time (so the app never parses it and the numbers are never
//! copied by hand), and by the host tests.
//!
//! Plain `std` only, no chrono: the build script includes this file as a module of its own.

/// A date as (year, month, day), enough to count calendar months.
pub type Ymd = (i32, u32, u32);

/// One inspection: the authority's code and its first on-site day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inspection {
    pub la_code: String,
    pub first_day: Ymd,
}

fn ymd(text: &str) -> Option<Ymd> {
    let mut parts = text.trim().splitn(3, '-');
    let y = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = parts.next()?.parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

/// The inspections in the file: `#` lines are the header's provenance, the first other line
/// names the columns (`la_code` and `fieldwork_start` are looked up by name). A row that cannot
/// be read is an error naming its line, so a damaged file fails the build rather than skewing
/// the figures silently.
pub fn parse(tsv: &str) -> Result<Vec<Inspection>, String> {
    let mut lines = tsv
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty());
    let (_, header) = lines.next().ok_or("the file has no column names")?;
    let columns: Vec<&str> = header.split('\t').map(str::trim).collect();
    let col = |name: &str| {
        columns
            .iter()
            .position(|c| *c == name)
            .ok_or(format!("the file has no '{name}' column"))
    };
    let (code_at, start_at) = (col("la_code")?, col("fieldwork_start")?);
    let mut out = Vec::new();
    for (i, line) in lines {
        let cells: Vec<&str> = line.split('\t').collect();
        let code = cells.get(code_at).map(|c| c.trim()).unwrap_or("");
        let first_day = cells.get(start_at).and_then(|c| ymd(c));
        match first_day {
            Some(first_day) if !code.is_empty() => out.push(Inspection {
                la_code: code.to_string(),
                first_day,
            }),
            _ => return Err(format!("line {} cannot be read: {line}", i + 1)),
        }
    }
    Ok(out)
}

/// Whole calendar months from one date's month to another's (June 2023 to October 2026 is 40).
pub fn months_between(from: Ymd, to: Ymd) -> i32 {
    (to.0 - from.0) * 12 + (to.1 as i32 - from.1 as i32)
}

/// For every authority inspected in `cohort_year`, the calendar months from that inspection's
/// first on-site day to its next one, sorted; authorities not yet inspected again are left out.
pub fn gaps_after(inspections: &[Inspection], cohort_year: i32) -> Vec<i32> {
    let mut gaps = Vec::new();
    for a in inspections.iter().filter(|a| a.first_day.0 == cohort_year) {
        let next = inspections
            .iter()
            .filter(|b| b.la_code == a.la_code && b.first_day > a.first_day)
            .map(|b| b.first_day)
            .min();
        if let Some(next) = next {
            gaps.push(months_between(a.first_day, next));
        }
    }
    gaps.sort_unstable();
    gaps
}

/// The shortest range of whole months `(low, high)` that holds at least `num/den` of the
/// sorted `gaps` (the earliest such range on a tie), or `None` when there are none.
pub fn shortest_range(gaps: &[i32], num: usize, den: usize) -> Option<(i32, i32)> {
    if gaps.is_empty() || den == 0 {
        return None;
    }
    let need = (gaps.len() * num).div_ceil(den).clamp(1, gaps.len());
    gaps.iter()
        .zip(gaps.iter().skip(need - 1))
        .map(|(lo, hi)| (*lo, *hi))
        .min_by_key(|(lo, hi)| (hi - lo, *lo))
}

/// The median of sorted `gaps` (the lower middle value for an even count).
pub fn median(gaps: &[i32]) -> Option<i32> {
    gaps.get(gaps.len().checked_sub(1)? / 2).copied()
}
