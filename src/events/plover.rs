//! PLOVER, the event ontology that succeeds CAMEO (POLECAT codes it): each CAMEO code's PLOVER
//! event type, mode and context, from the public CAMEO-to-PLOVER table
//! (`ontology/CAMEO2PLOVER-2021.txt`, CC BY-SA 4.0, built in). A code the table does not list
//! takes its nearest listed parent's row ("0874" → "087"). Two additions of this project: CAMEO
//! 02 (appeals) is REQUEST, the type PLOVER folds appeals and demands into; CAMEO 01 (public
//! statements) has none, as PLOVER codes no statements.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::CameoCode;

/// One row of the table.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plover {
    pub event_type: String,
    pub mode: String,
    pub context: String,
}

const TABLE: &str = include_str!("../../ontology/CAMEO2PLOVER-2021.txt");

/// `CODE: TYPE, MODE, CONTEXT # description` lines; comments, blanks and root headings
/// (`04: CONSULT`, which carry no mode or context) are read too.
pub fn parse(text: &str) -> HashMap<String, Plover> {
    let mut out = HashMap::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        let Some((code, rest)) = line.split_once(':') else { continue };
        let code = code.trim();
        if code.is_empty() || !code.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let mut cells = rest.split(',').map(str::trim);
        let event_type = cells.next().unwrap_or("").to_string();
        if event_type.is_empty() {
            continue;
        }
        let row = Plover { event_type, mode: cells.next().unwrap_or("").to_string(), context: cells.next().unwrap_or("").to_string() };
        out.entry(code.to_string()).or_insert(row);
    }
    out
}

fn table() -> &'static HashMap<String, Plover> {
    static T: OnceLock<HashMap<String, Plover>> = OnceLock::new();
    T.get_or_init(|| parse(TABLE))
}

/// The PLOVER row of a CAMEO code, `None` for statements (01) and codes outside CAMEO.
pub fn of(code: &CameoCode) -> Option<&'static Plover> {
    static REQUEST: OnceLock<Plover> = OnceLock::new();
    let s = code.as_str();
    if s.starts_with("02") {
        return Some(REQUEST.get_or_init(|| Plover { event_type: "REQUEST".into(), ..Default::default() }));
    }
    (2..=s.len()).rev().find_map(|n| s.get(..n).and_then(|p| table().get(p)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_take_their_row_or_their_nearest_parents() {
        let p = |c: &str| of(&CameoCode::parse(c).unwrap()).cloned();
        assert_eq!(p("042").unwrap(), Plover { event_type: "CONSULT".into(), mode: "visit".into(), context: String::new() });
        assert_eq!(p("0332").unwrap().context, "military");
        // Sanctions are coercion in PLOVER (its SANCTION is reducing relations: 161, 166).
        assert_eq!((p("163").unwrap().event_type, p("163").unwrap().mode), ("COERCE".to_string(), "restrict".to_string()));
        assert_eq!(p("1661").unwrap().mode, "expel");
        assert_eq!(p("190").unwrap().event_type, "ASSAULT");
        assert_eq!(p("020").unwrap().event_type, "REQUEST");
        assert!(p("010").is_none(), "statements are no PLOVER events");
    }

    #[test]
    fn the_table_reads_every_root_from_three_to_twenty() {
        for root in 3..=20 {
            assert!(table().contains_key(&format!("{root:02}")), "root {root:02}");
        }
    }
}
