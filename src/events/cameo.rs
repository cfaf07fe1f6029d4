//! CAMEO event codes as a type: a code is two to four digits whose first two are the root
//! (01 to 20). From the code follow its name (CAMEO 1.1b3 codebook), its quad class (GDELT's
//! grouping of roots: 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict,
//! 14-20 material conflict) and its Goldstein score (the weights GDELT publishes in
//! `CAMEO.goldsteinscale.txt`; a four-digit code without its own weight takes its parent's).
//!
//! A verb dictionary may also use codes outside CAMEO (PETRARCH's validation dictionary keeps
//! WEIS codes such as `223` and `1010`, and local ones such as `075A`); PETRARCH passes them
//! through, and so does this type: they are coded and written as they are, with no name, quad
//! class or Goldstein score.

use std::fmt;

/// An event code ("042", "0211", "19"; or a code outside CAMEO, "223", "075A").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CameoCode {
    digits: [u8; 4],
    len: u8,
}

impl CameoCode {
    /// Parse two to four letters or digits ("042", "0211", "19", "075A"; letters are read upper
    /// case). Anything else is refused.
    pub fn parse(s: &str) -> Option<CameoCode> {
        let s = s.trim();
        if !(2..=4).contains(&s.len()) || !s.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
        let mut digits = [0u8; 4];
        for (d, b) in digits.iter_mut().zip(s.bytes()) {
            *d = b.to_ascii_uppercase();
        }
        Some(CameoCode { digits, len: s.len() as u8 })
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII letters and digits are ever stored.
        std::str::from_utf8(&self.digits[..self.len as usize]).unwrap_or("")
    }

    /// Whether the code is CAMEO's: digits only, under one of the 20 roots.
    pub fn is_cameo(&self) -> bool {
        self.digits[..self.len as usize].iter().all(u8::is_ascii_digit) && (1..=20).contains(&self.root_number())
    }

    fn root_number(&self) -> u8 {
        (self.digits[0].wrapping_sub(b'0')).wrapping_mul(10).wrapping_add(self.digits[1].wrapping_sub(b'0'))
    }

    /// The CAMEO root (1..=20); `None` for a code outside CAMEO.
    pub fn root(&self) -> Option<u8> {
        self.is_cameo().then(|| self.root_number())
    }

    /// Whether the code opens or breaks off a diplomatic mission (054 "grant diplomatic
    /// recognition", 161 "reduce or break diplomatic relations"): an embassy or an envoy in a
    /// capital is the event's target there ("closed its embassy in Kyiv", "recalled its
    /// ambassador from Madrid").
    pub fn is_mission(&self) -> bool {
        self.as_str() == "054" || self.as_str().starts_with("161")
    }

    /// The first two characters, the root as written ("04"; "22" for a code outside CAMEO).
    pub fn root_code(&self) -> CameoCode {
        CameoCode { digits: [self.digits[0], self.digits[1], 0, 0], len: 2 }
    }

    /// The three-digit base of a four-digit code (itself otherwise).
    fn base(&self) -> CameoCode {
        if self.len == 4 {
            CameoCode { digits: [self.digits[0], self.digits[1], self.digits[2], 0], len: 3 }
        } else {
            *self
        }
    }

    pub fn quad_class(&self) -> Option<QuadClass> {
        self.root().map(QuadClass::of_root)
    }

    /// Goldstein score (-10 conflict .. +10 cooperation); `None` outside CAMEO.
    pub fn goldstein(&self) -> Option<f32> {
        if !self.is_cameo() {
            return None;
        }
        let lookup = |c: &CameoCode| GOLDSTEIN.iter().find(|(k, _)| *k == c.as_str()).map(|(_, v)| *v);
        Some(lookup(self).or_else(|| lookup(&self.base())).or_else(|| lookup(&self.root_code())).unwrap_or(0.0))
    }

    /// The codebook name of the code, or of its nearest parent that has one ("" outside CAMEO).
    pub fn name(&self) -> &'static str {
        if !self.is_cameo() {
            return "";
        }
        let lookup = |c: &CameoCode| NAMES.iter().find(|(k, _)| *k == c.as_str()).map(|(_, v)| *v);
        lookup(self).or_else(|| lookup(&self.base())).or_else(|| lookup(&self.root_code())).unwrap_or("")
    }
}

impl TryFrom<String> for CameoCode {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        CameoCode::parse(&s).ok_or_else(|| format!("'{s}' is not an event code (two to four letters or digits, e.g. 042)"))
    }
}

impl From<CameoCode> for String {
    fn from(c: CameoCode) -> String {
        c.as_str().to_string()
    }
}

impl fmt::Display for CameoCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// GDELT's quad classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub enum QuadClass {
    VerbalCooperation = 1,
    MaterialCooperation = 2,
    VerbalConflict = 3,
    MaterialConflict = 4,
}

impl QuadClass {
    pub fn of_root(root: u8) -> QuadClass {
        match root {
            0..=5 => QuadClass::VerbalCooperation,
            6..=8 => QuadClass::MaterialCooperation,
            9..=13 => QuadClass::VerbalConflict,
            _ => QuadClass::MaterialConflict,
        }
    }

    /// 1..=4, as GDELT writes it.
    pub fn number(self) -> u8 {
        self as u8
    }

    pub fn from_number(n: u8) -> Option<QuadClass> {
        match n {
            1 => Some(QuadClass::VerbalCooperation),
            2 => Some(QuadClass::MaterialCooperation),
            3 => Some(QuadClass::VerbalConflict),
            4 => Some(QuadClass::MaterialConflict),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            QuadClass::VerbalCooperation => "verbal cooperation",
            QuadClass::MaterialCooperation => "material cooperation",
            QuadClass::VerbalConflict => "verbal conflict",
            QuadClass::MaterialConflict => "material conflict",
        }
    }

    pub fn is_cooperation(self) -> bool {
        matches!(self, QuadClass::VerbalCooperation | QuadClass::MaterialCooperation)
    }
}

impl TryFrom<u8> for QuadClass {
    type Error = String;
    fn try_from(n: u8) -> Result<Self, Self::Error> {
        QuadClass::from_number(n).ok_or_else(|| format!("quad class {n} is not 1, 2, 3 or 4"))
    }
}

impl From<QuadClass> for u8 {
    fn from(q: QuadClass) -> u8 {
        q.number()
    }
}

/// Goldstein weights by code (GDELT `CAMEO.goldsteinscale.txt`); four-digit codes not listed
/// take their three-digit parent's weight.
const GOLDSTEIN: &[(&str, f32)] = &[
    ("01", 0.0), ("010", 0.0), ("011", -0.1), ("012", -0.4), ("013", 0.4), ("014", 0.0), ("015", 0.0), ("016", 3.4), ("017", 0.0),
    ("018", 3.4), ("019", 3.4),
    ("02", 3.0), ("020", 3.0), ("021", 3.4), ("022", 3.2), ("023", 3.4), ("024", -0.3), ("025", -0.3), ("026", 4.0), ("027", 4.0),
    ("028", 4.0),
    ("03", 4.0), ("030", 4.0), ("031", 5.2), ("032", 4.5), ("033", 5.2), ("0334", 6.0), ("034", 7.0), ("035", 7.0), ("036", 4.0),
    ("037", 5.0), ("038", 7.0), ("039", 5.0),
    ("04", 1.0), ("040", 1.0), ("041", 1.0), ("042", 1.9), ("043", 2.8), ("044", 2.5), ("045", 5.0), ("046", 7.0),
    ("05", 3.5), ("050", 3.5), ("051", 3.4), ("052", 3.5), ("053", 3.8), ("054", 6.0), ("055", 7.0), ("056", 7.0), ("057", 8.0),
    ("06", 6.0), ("060", 6.0), ("061", 6.4), ("062", 7.4), ("063", 7.4), ("064", 7.0),
    ("07", 7.0), ("070", 7.0), ("071", 7.4), ("072", 8.3), ("073", 7.4), ("074", 8.5), ("075", 7.0),
    ("08", 5.0), ("080", 5.0), ("081", 5.0), ("082", 5.0), ("083", 5.0), ("084", 7.0), ("085", 7.0), ("086", 9.0), ("087", 9.0),
    ("0874", 10.0),
    ("09", -2.0), ("090", -2.0), ("091", -2.0), ("092", -2.0), ("093", -2.0), ("094", -2.0),
    ("10", -5.0), ("100", -5.0), ("101", -5.0), ("102", -5.0), ("103", -5.0), ("104", -5.0), ("105", -5.0), ("106", -5.0),
    ("107", -5.0), ("108", -5.0),
    ("11", -2.0), ("110", -2.0), ("111", -2.0), ("112", -2.0), ("113", -2.0), ("114", -2.0), ("115", -2.0), ("116", -2.0),
    ("12", -4.0), ("120", -4.0), ("121", -4.0), ("122", -4.0), ("123", -4.0), ("124", -4.0), ("125", -5.0), ("126", -5.0),
    ("127", -5.0), ("128", -5.0), ("129", -5.0),
    ("13", -6.0), ("130", -4.4), ("131", -5.8), ("132", -5.8), ("133", -5.8), ("134", -5.8), ("135", -5.8), ("136", -7.0),
    ("137", -7.0), ("138", -7.0), ("139", -7.0),
    ("14", -6.5), ("140", -6.5), ("141", -6.5), ("142", -6.5), ("143", -6.5), ("144", -7.5), ("145", -7.5),
    ("15", -7.2), ("150", -7.2), ("151", -7.2), ("152", -7.2), ("153", -7.2), ("154", -7.2), ("155", -7.2),
    ("16", -4.0), ("160", -4.0), ("161", -4.0), ("162", -5.6), ("163", -8.0), ("164", -7.0), ("165", -6.5), ("166", -7.0),
    ("17", -7.0), ("170", -7.0), ("171", -9.2), ("172", -5.0), ("173", -5.0), ("174", -5.0), ("175", -9.0), ("176", -7.0),
    ("18", -9.0), ("180", -9.0), ("181", -9.0), ("182", -9.5), ("1821", -9.0), ("1822", -9.0), ("1823", -10.0), ("183", -10.0),
    ("184", -8.0), ("185", -8.0), ("186", -10.0),
    ("19", -10.0), ("190", -10.0), ("191", -9.5), ("192", -9.5), ("193", -10.0), ("194", -10.0), ("195", -10.0), ("196", -9.5),
    ("20", -10.0), ("200", -10.0), ("201", -9.5), ("202", -10.0), ("203", -10.0), ("204", -10.0),
];

/// Codebook names of the roots and three-digit codes (and the four-digit codes the shipped verb
/// table uses most).
const NAMES: &[(&str, &str)] = &[
    ("01", "Make public statement"), ("010", "Make statement"), ("011", "Decline comment"), ("012", "Make pessimistic comment"),
    ("013", "Make optimistic comment"), ("014", "Consider policy option"), ("015", "Acknowledge or claim responsibility"),
    ("016", "Deny responsibility"), ("017", "Engage in symbolic act"), ("018", "Make empathetic comment"), ("019", "Express accord"),
    ("02", "Appeal"), ("020", "Make an appeal or request"), ("021", "Appeal for material cooperation"),
    ("022", "Appeal for diplomatic cooperation"), ("023", "Appeal for aid"), ("024", "Appeal for political reform"),
    ("025", "Appeal to yield"), ("026", "Appeal to others to meet or negotiate"), ("027", "Appeal to others to settle dispute"),
    ("028", "Appeal to engage in or accept mediation"),
    ("03", "Express intent to cooperate"), ("030", "Express intent to cooperate"), ("031", "Express intent to engage in material cooperation"),
    ("032", "Express intent to provide diplomatic cooperation"), ("033", "Express intent to provide material aid"),
    ("034", "Express intent to institute political reform"), ("035", "Express intent to yield"),
    ("036", "Express intent to meet or negotiate"), ("037", "Express intent to settle dispute"),
    ("038", "Express intent to accept mediation"), ("039", "Express intent to mediate"),
    ("04", "Consult"), ("040", "Consult"), ("041", "Discuss by telephone"), ("042", "Make a visit"), ("043", "Host a visit"),
    ("044", "Meet at a third location"), ("045", "Mediate"), ("046", "Engage in negotiation"),
    ("05", "Engage in diplomatic cooperation"), ("050", "Engage in diplomatic cooperation"), ("051", "Praise or endorse"),
    ("052", "Defend verbally"), ("053", "Rally support on behalf of"), ("054", "Grant diplomatic recognition"),
    ("055", "Apologize"), ("056", "Forgive"), ("057", "Sign formal agreement"),
    ("06", "Engage in material cooperation"), ("060", "Engage in material cooperation"), ("061", "Cooperate economically"),
    ("062", "Cooperate militarily"), ("063", "Engage in judicial cooperation"), ("064", "Share intelligence or information"),
    ("07", "Provide aid"), ("070", "Provide aid"), ("071", "Provide economic aid"), ("072", "Provide military aid"),
    ("073", "Provide humanitarian aid"), ("074", "Provide military protection or peacekeeping"), ("075", "Grant asylum"),
    ("08", "Yield"), ("080", "Yield"), ("081", "Ease administrative sanctions"), ("082", "Ease political dissent"),
    ("083", "Accede to requests or demands for political reform"), ("084", "Return, release"), ("085", "Ease economic sanctions, boycott, embargo"),
    ("086", "Allow international involvement"), ("087", "De-escalate military engagement"),
    ("09", "Investigate"), ("090", "Investigate"), ("091", "Investigate crime, corruption"), ("092", "Investigate human rights abuses"),
    ("093", "Investigate military action"), ("094", "Investigate war crimes"),
    ("10", "Demand"), ("100", "Demand"), ("101", "Demand material cooperation"), ("102", "Demand diplomatic cooperation"),
    ("103", "Demand material aid"), ("104", "Demand political reform"), ("105", "Demand that target yields"),
    ("106", "Demand meeting, negotiation"), ("107", "Demand settling of dispute"), ("108", "Demand mediation"),
    ("11", "Disapprove"), ("110", "Disapprove"), ("111", "Criticize or denounce"), ("112", "Accuse"),
    ("113", "Rally opposition against"), ("114", "Complain officially"), ("115", "Bring lawsuit against"),
    ("116", "Find guilty or liable (legally)"),
    ("12", "Reject"), ("120", "Reject"), ("121", "Reject material cooperation"), ("122", "Reject request or demand for material aid"),
    ("123", "Reject request or demand for political reform"), ("124", "Refuse to yield"), ("125", "Reject proposal to meet, discuss, or negotiate"),
    ("126", "Reject mediation"), ("127", "Reject plan, agreement to settle dispute"), ("128", "Defy norms, law"), ("129", "Veto"),
    ("13", "Threaten"), ("130", "Threaten"), ("131", "Threaten non-force"), ("132", "Threaten with administrative sanctions"),
    ("133", "Threaten political dissent, protest"), ("134", "Threaten to halt negotiations"), ("135", "Threaten to halt mediation"),
    ("136", "Threaten to halt international involvement"), ("137", "Threaten with violent repression"),
    ("138", "Threaten to use military force"), ("139", "Give ultimatum"),
    ("14", "Protest"), ("140", "Engage in political dissent"), ("141", "Demonstrate or rally"), ("142", "Conduct hunger strike"),
    ("143", "Conduct strike or boycott"), ("144", "Obstruct passage, block"), ("145", "Protest violently, riot"),
    ("15", "Exhibit force posture"), ("150", "Demonstrate military or police power"), ("151", "Increase police alert status"),
    ("152", "Increase military alert status"), ("153", "Mobilize or increase police power"), ("154", "Mobilize or increase armed forces"),
    ("155", "Mobilize or increase cyber-forces"),
    ("16", "Reduce relations"), ("160", "Reduce relations"), ("161", "Reduce or break diplomatic relations"),
    ("162", "Reduce or stop material aid"), ("163", "Impose embargo, boycott, or sanctions"), ("164", "Halt negotiations"),
    ("165", "Halt mediation"), ("166", "Expel or withdraw"),
    ("17", "Coerce"), ("170", "Coerce"), ("171", "Seize or damage property"), ("172", "Impose administrative sanctions"),
    ("173", "Arrest, detain, or charge with legal action"), ("174", "Expel or deport individuals"),
    ("175", "Use tactics of violent repression"), ("176", "Attack cybernetically"),
    ("18", "Assault"), ("180", "Use unconventional violence"), ("181", "Abduct, hijack, or take hostage"),
    ("182", "Physically assault"), ("183", "Conduct suicide, car, or other non-military bombing"), ("184", "Use as human shield"),
    ("185", "Attempt to assassinate"), ("186", "Assassinate"),
    ("19", "Fight"), ("190", "Use conventional military force"), ("191", "Impose blockade, restrict movement"),
    ("192", "Occupy territory"), ("193", "Fight with small arms and light weapons"), ("194", "Fight with artillery and tanks"),
    ("195", "Employ aerial weapons"), ("196", "Violate ceasefire"),
    ("20", "Use unconventional mass violence"), ("200", "Use unconventional mass violence"), ("201", "Engage in mass expulsion"),
    ("202", "Engage in mass killings"), ("203", "Engage in ethnic cleansing"), ("204", "Use weapons of mass destruction"),
    ("0211", "Appeal for economic cooperation"), ("0212", "Appeal for military cooperation"), ("0213", "Appeal for judicial cooperation"),
    ("0231", "Appeal for economic aid"), ("0232", "Appeal for military aid"), ("0233", "Appeal for humanitarian aid"),
    ("0311", "Express intent to cooperate economically"), ("0312", "Express intent to cooperate militarily"),
    ("0331", "Express intent to provide economic aid"), ("0332", "Express intent to provide military aid"),
    ("1011", "Demand economic cooperation"), ("1031", "Demand economic aid"), ("1121", "Accuse of crime, corruption"),
    ("1122", "Accuse of human rights abuses"), ("1123", "Accuse of aggression"), ("1124", "Accuse of war crimes"),
    ("1125", "Accuse of espionage, treason"), ("1211", "Reject economic cooperation"), ("1212", "Reject military cooperation"),
    ("1311", "Threaten to reduce or stop aid"), ("1312", "Threaten with sanctions, boycott, embargo"),
    ("1313", "Threaten to reduce or break relations"), ("1621", "Reduce or stop economic assistance"),
    ("1622", "Reduce or stop humanitarian assistance"), ("1623", "Reduce or stop military assistance"),
    ("1661", "Expel or withdraw peacekeepers"), ("1662", "Expel or withdraw inspectors, observers"),
    ("1663", "Expel or withdraw aid agencies"), ("1711", "Confiscate property"), ("1712", "Destroy property"),
    ("1821", "Sexually assault"), ("1822", "Torture"), ("1823", "Kill by physical assault"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_and_carry_class_score_and_name() {
        let c = CameoCode::parse("042").unwrap();
        assert_eq!((c.root(), c.quad_class(), c.goldstein(), c.name()), (Some(4), Some(QuadClass::VerbalCooperation), Some(1.9), "Make a visit"));
        let c = CameoCode::parse("1823").unwrap();
        assert_eq!((c.quad_class(), c.goldstein()), (Some(QuadClass::MaterialConflict), Some(-10.0)));
        // A four-digit code without its own weight or name takes its parent's.
        let c = CameoCode::parse("0256").unwrap();
        assert_eq!((c.goldstein(), c.name()), (Some(-0.3), "Appeal to yield"));
        assert_eq!(CameoCode::parse("163").unwrap().quad_class(), Some(QuadClass::MaterialConflict));
        assert_eq!(CameoCode::parse("111").unwrap().quad_class(), Some(QuadClass::VerbalConflict));
        assert_eq!(CameoCode::parse("073").unwrap().quad_class(), Some(QuadClass::MaterialCooperation));
        for bad in ["", "0", "---", "+++", "04 1", "12345"] {
            assert!(CameoCode::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn codes_outside_cameo_pass_through_without_class_or_score() {
        // WEIS and local codes of PETRARCH's validation dictionary: kept as written.
        for (text, shown) in [("223", "223"), ("21", "21"), ("00", "00"), ("075A", "075A"), ("210a", "210A"), ("def", "DEF")] {
            let c = CameoCode::parse(text).unwrap();
            assert_eq!(c.as_str(), shown);
            assert!(!c.is_cameo(), "{text}");
            assert_eq!((c.root(), c.quad_class(), c.goldstein(), c.name()), (None, None, None, ""), "{text}");
        }
        assert_eq!(CameoCode::parse("223").unwrap().root_code().as_str(), "22");
        assert!(CameoCode::parse("1010").unwrap().is_cameo());
    }

    #[test]
    fn every_three_digit_code_has_a_weight_and_a_name() {
        for (k, _) in NAMES {
            let c = CameoCode::parse(k).unwrap();
            assert!(GOLDSTEIN.iter().any(|(g, _)| *g == c.base().as_str()), "{k} has no weight");
        }
    }
}
