//! Small helpers shared by several stages.

use sha2::{Digest, Sha256};

/// Lower-case hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// Make `id` unique among `seen` by appending `~2`, `~3`, ... and record it.
pub fn make_unique(seen: &mut std::collections::HashSet<String>, id: &mut String) {
    if seen.insert(id.clone()) {
        return;
    }
    let mut k = 2;
    while !seen.insert(format!("{id}~{k}")) {
        k += 1;
    }
    *id = format!("{id}~{k}");
}

/// Blank out the `<!-- ... -->` comments of a TABARI/PETRARCH dictionary (also written
/// `<! -- ... -->`, and spanning lines), keeping line breaks so line numbers still count.
/// An unclosed comment runs to the end of its line. The validation dictionaries of PETRARCH
/// open with such headers; read as entries they became actors named "<!-- Version: 0.9 -->".
pub fn blank_markup_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("<!") {
        let after = &rest[start + 2..];
        let opener = after.len() - after.trim_start_matches(' ').len();
        if !after[opener..].starts_with("--") {
            out.push_str(&rest[..start + 2]);
            rest = after;
            continue;
        }
        out.push_str(&rest[..start]);
        let body_from = start + 2 + opener + 2;
        let end = match rest[body_from..].find("-->") {
            Some(e) => body_from + e + 3,
            None => body_from + rest[body_from..].find('\n').unwrap_or(rest.len() - body_from),
        };
        out.extend(rest[start..end].chars().map(|c| if c == '\n' { '\n' } else { ' ' }));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// SplitMix64: a tiny seeded generator for shuffling (no dependency, same order everywhere).
pub struct Rng(pub u64);
impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E3779B97F4A7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
        z ^ (z >> 31)
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_comments_are_blanked_and_lines_kept() {
        let t = "<!-- HEADER -->\nA [X]\n<!--\n# note\n-->\n<! -- B -->\nC [Y] <!-- tail\nD";
        let b = blank_markup_comments(t);
        assert_eq!(b.lines().count(), t.lines().count());
        let kept: Vec<&str> = b.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        assert_eq!(kept, vec!["A [X]", "C [Y]", "D"]);
        // Not a comment: "<!" without dashes stays.
        assert_eq!(blank_markup_comments("a <!b"), "a <!b");
    }
}

/// A document date as YYYY-MM-DD (a day that exists), from the forms dumps carry:
/// ISO ("2019-03-27", "2019-03-27T10:00:00Z"), the compact form of PETRARCH's and GDELT's
/// records ("20190327", "20190327T1000"), "2019/03/27", day-month-year with digits when only one
/// reading is possible ("27/03/2019", "27.03.2019"; "03/04/2019" is ambiguous and not read),
/// and month names in English or Spanish ("27 March 2019", "March 27, 2019",
/// "Wed, 27 Mar 2019 10:00:00 +0000", "27 de marzo de 2019"). `None` for anything else,
/// including a month without a day ("March 2021").
pub fn iso_day(s: &str) -> Option<String> {
    let s = s.trim();
    let (y, m, d) = numeric_date(s).or_else(|| named_month_date(s))?;
    // A day that exists in that month of that year ("2019-02-30" does not).
    let month = time::Month::try_from(u8::try_from(m).ok()?).ok()?;
    time::Date::from_calendar_date(y, month, u8::try_from(d).ok()?).ok()?;
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

fn all_digits(t: &str) -> bool {
    !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())
}

/// Year, month, day of an all-digit date.
fn numeric_date(s: &str) -> Option<(i32, u32, u32)> {
    let num = |t: &str| -> Option<u32> { all_digits(t).then(|| t.parse().ok()).flatten() };
    // ISO, or year/month/day with another separator, at the start of the text.
    if let Some(t) = s.get(..10) {
        let b = t.as_bytes();
        if t.get(..4).is_some_and(all_digits) && matches!(b.get(4), Some(b'-' | b'/' | b'.')) && b.get(7) == b.get(4) {
            return Some((num(t.get(..4)?)? as i32, num(t.get(5..7)?)?, num(t.get(8..10)?)?));
        }
    }
    if let Some(t) = s.get(..8) {
        if all_digits(t) && !s[8..].starts_with(|c: char| c.is_ascii_digit()) {
            return Some((num(&t[..4])? as i32, num(&t[4..6])?, num(&t[6..8])?));
        }
    }
    // Day and month in either order, then a four-digit year: read only when one order is possible.
    let date = s.split(|c: char| c.is_whitespace() || c == 'T').next()?;
    let parts: Vec<&str> = date.split(['/', '.', '-']).collect();
    let [a, b, y] = parts.as_slice() else { return None };
    if y.len() != 4 || a.len() > 2 || b.len() > 2 {
        return None;
    }
    let (a, b, y) = (num(a)?, num(b)?, num(y)? as i32);
    match (a > 12, b > 12) {
        (true, false) => Some((y, b, a)),
        (false, true) => Some((y, a, b)),
        (false, false) if a == b => Some((y, a, a)),
        _ => None,
    }
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7), ("august", 8),
    ("september", 9), ("sept", 9), ("october", 10), ("november", 11), ("december", 12),
    ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6), ("julio", 7), ("agosto", 8),
    ("septiembre", 9), ("setiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12),
    ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ("ene", 1), ("abr", 4), ("ago", 8), ("dic", 12),
];

/// Year, month, day of a date with a month name: the day is the number right before the month
/// (Spanish "de" between them) or right after it; the year the first four-digit number.
fn named_month_date(s: &str) -> Option<(i32, u32, u32)> {
    let lower = s.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let (i, month) = words.iter().enumerate().find_map(|(i, w)| MONTHS.iter().find(|(n, _)| n == w).map(|(_, m)| (i, *m)))?;
    let day_at = |j: usize| words.get(j).filter(|w| w.len() <= 2 && all_digits(w)).and_then(|w| w.parse::<u32>().ok());
    let before = i.checked_sub(1).and_then(|j| if words.get(j) == Some(&"de") { j.checked_sub(1) } else { Some(j) });
    let day = before.and_then(day_at).or_else(|| day_at(i + 1))?;
    let year = words.iter().find(|w| w.len() == 4 && all_digits(w))?.parse().ok()?;
    Some((year, month, day))
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// Days since 1970-01-01 of a date [`iso_day`] reads.
pub fn day_number(s: &str) -> Option<i64> {
    let d = iso_day(s)?;
    Some(days_from_civil(d[..4].parse().ok()?, d[5..7].parse().ok()?, d[8..10].parse().ok()?))
}

#[cfg(test)]
mod date_tests {
    use super::iso_day;

    #[test]
    fn iso_day_reads_iso_and_compact_dates() {
        assert_eq!(iso_day("2019-03-27T10:00:00Z").as_deref(), Some("2019-03-27"));
        assert_eq!(iso_day("19950104").as_deref(), Some("1995-01-04"));
        assert_eq!(iso_day(" 20100109T1200").as_deref(), Some("2010-01-09"));
        assert_eq!(iso_day("27/03/2019").as_deref(), Some("2019-03-27"));
        assert_eq!(iso_day("03/27/2019").as_deref(), Some("2019-03-27"), "month first when the second number is the day");
        assert_eq!(iso_day("03/04/2019"), None, "ambiguous");
        assert_eq!(iso_day("2019/03/27").as_deref(), Some("2019-03-27"));
        assert_eq!(iso_day("24 November 2019").as_deref(), Some("2019-11-24"));
        assert_eq!(iso_day("November 24, 2019").as_deref(), Some("2019-11-24"));
        assert_eq!(iso_day("Sun, 24 Nov 2019 10:00:00 +0000").as_deref(), Some("2019-11-24"));
        assert_eq!(iso_day("24 de noviembre de 2019").as_deref(), Some("2019-11-24"));
        assert_eq!(iso_day("Mar. 5, 2020").as_deref(), Some("2020-03-05"));
        assert_eq!(iso_day("March 2021"), None, "a month is not a day");
        assert_eq!(iso_day("30 February 2019"), None);
        assert_eq!(iso_day("2021-13-45"), None);
        assert_eq!(iso_day("2019-13-01"), None);
        assert_eq!(iso_day("2019-02-30"), None);
        assert_eq!(iso_day("2019-02-29"), None);
        assert_eq!(iso_day("2020-02-29").as_deref(), Some("2020-02-29"));
        assert_eq!(iso_day("2019-04-31"), None);
        assert_eq!(iso_day("2019-00-10"), None);
        assert_eq!(iso_day("199501041"), None);
        assert_eq!(iso_day("2019"), None);
        assert_eq!(super::day_number("1970-01-02"), Some(1));
        assert_eq!(super::day_number("20000301").zip(super::day_number("2000-02-28")).map(|(a, b)| a - b), Some(2));
    }
}
