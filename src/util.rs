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

/// A document date as YYYY-MM-DD, from any text that starts with one ("2019-03-27",
/// "2019-03-27T10:00:00Z") or with the compact form PETRARCH's and GDELT's records use
/// ("20190327", "20190327T1000"); `None` for anything else.
pub fn iso_day(s: &str) -> Option<String> {
    let s = s.trim();
    let digits = |t: &str| t.chars().all(|c| c.is_ascii_digit());
    let (y, m, d) = match (s.get(..10), s.get(..8)) {
        (Some(t), _) if t.as_bytes()[4] == b'-' && t.as_bytes()[7] == b'-' => (t.get(..4)?, t.get(5..7)?, t.get(8..10)?),
        (_, Some(t)) if digits(t) && !s[8..].starts_with(|c: char| c.is_ascii_digit()) => (t.get(..4)?, t.get(4..6)?, t.get(6..8)?),
        _ => return None,
    };
    if !(digits(y) && digits(m) && digits(d)) {
        return None;
    }
    // A day that exists in that month of that year ("2019-02-30" does not).
    let month = time::Month::try_from(m.parse::<u8>().ok()?).ok()?;
    time::Date::from_calendar_date(y.parse().ok()?, month, d.parse().ok()?).ok()?;
    Some(format!("{y}-{m}-{d}"))
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
        assert_eq!(iso_day("27/03/2019"), None);
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
