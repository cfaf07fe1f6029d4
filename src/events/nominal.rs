//! Events told by a noun, read over the dependency parse: "after a phone call with Maduro",
//! "reiterated China's support for Maduro", "during a visit to Caracas", "imposed sanctions on
//! Rosneft". The shallow coder finds events from verbs; these nouns carry events of their own
//! that it never sees. The rules are data (`lang/en/nominal-events.csv`: noun lemma, the case
//! words that mark the target, the CAMEO code); arguments come from relations, not word order:
//!
//! - target: a `nmod` dependent of the noun whose `case` word is one of the row's;
//! - source: the noun's possessor (`nmod:poss`), else the subject of the verb the noun depends on
//!   (`obj`/`obl`), through `conj`/`xcomp`/`advcl` chains, the `obl:agent` of a passive;
//! - modality and governor from the verb the noun depends on, as the verb rules read them
//!   (negation, auxiliaries, "urged X to", "refused to", a complement of a reporting verb), the
//!   code recoded as theirs is ("threatened to impose sanctions on": a threat); a noun of purpose ("pushed for talks with Maduro") is an intent, not an
//!   event, unless one went or was sent for it ("arrived in Caracas for talks with Maduro").
//!
//! It works on a sentence-local view ([`SentenceView`]) that the coder fills: the parse of the
//! sentence and which actor covers each word, so it never reaches into the coder's internals.

use super::tree::SentenceView;
use super::verbal::Governor;
use super::verbs::CodeSpec;
use super::words::RuleWords;
use super::{CameoCode, Event, Modality};

/// One rule of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NominalRule {
    pub lemma: String,
    pub case: Vec<String>,
    pub code: CameoCode,
    /// A place (a capital) may be the target (visits).
    pub place: bool,
    /// Case words naming the sides where a third holds the event for them ("talks between the
    /// junta and the opposition"): targets of that third's verb, not of the noun.
    pub parties: Vec<String>,
    /// Only a "by" phrase names the source ("the release of ten prisoners by Caracas"): the
    /// possessor may be the one it was done to, and the governing verb's subject did not do it.
    pub by_only: bool,
}

/// The rules, from the shipped table, with the language's words for negation and modality.
#[derive(Debug, Clone, Default)]
pub struct NominalRules {
    pub rules: Vec<NominalRule>,
    pub words: RuleWords,
}

const SHIPPED: &str = include_str!("../../lang/en/nominal-events.csv");

impl NominalRules {
    /// The table shipped with the binary (`lang/en/nominal-events.csv`).
    pub fn shipped() -> NominalRules {
        let mut rules = Self::parse(SHIPPED).unwrap_or_default();
        rules.words = RuleWords::english();
        rules
    }

    /// Rules from CSV text (`#` lines are comments); an error names the line and the reason.
    pub fn parse(text: &str) -> Result<NominalRules, (usize, String)> {
        let mut rules = Vec::new();
        let body: String = text.lines().map(|l| if l.trim_start().starts_with('#') { "" } else { l }).collect::<Vec<_>>().join("\n");
        let mut rdr = csv::ReaderBuilder::new().has_headers(true).flexible(false).from_reader(body.as_bytes());
        for rec in rdr.records() {
            let rec = rec.map_err(|e| (e.position().map_or(0, |p| p.line() as usize), e.to_string()))?;
            let line = rec.position().map_or(0, |p| p.line() as usize);
            let field = |i: usize| rec.get(i).unwrap_or("").trim();
            let code = CameoCode::parse(field(2)).filter(CameoCode::is_cameo).ok_or((line, format!("bad CAMEO code {:?}", field(2))))?;
            if field(0).is_empty() || field(1).is_empty() {
                return Err((line, "a rule needs a noun lemma and at least one case word".into()));
            }
            let place = match field(3) {
                "yes" => true,
                "no" | "" => false,
                other => return Err((line, format!("place is yes or no, not {other:?}"))),
            };
            let by_only = match field(5) {
                "by" => true,
                "" => false,
                other => return Err((line, format!("source is by or empty, not {other:?}"))),
            };
            let words = |i: usize| field(i).split('|').map(|c| c.trim().to_lowercase()).filter(|c| !c.is_empty()).collect();
            rules.push(NominalRule { lemma: field(0).to_lowercase(), case: words(1), code, place, parties: words(4), by_only });
        }
        Ok(NominalRules { rules, words: RuleWords::default() })
    }

    fn rule_for(&self, lemma: &str) -> Option<&NominalRule> {
        self.rules.iter().find(|r| r.lemma == lemma)
    }

    /// Who did what a noun of the table tells ("in a show of support for Maduro": whoever
    /// landed in that show), for a clause about the noun ("... that the Pentagon described as
    /// provocative"); `None` for a noun not in the table.
    pub fn doer(&self, view: &SentenceView, n: usize) -> Option<usize> {
        if self.rule_for(view.lemma(n))?.by_only {
            return by_phrase(view, n);
        }
        view.source_of(n, &self.words)
    }

    /// The doer a noun of a `by` row names ("the arrest of two journalists by Venezuelan
    /// police": the police); `None` for other nouns or without a "by" phrase.
    pub fn named_doer(&self, view: &SentenceView, n: usize) -> Option<usize> {
        self.rule_for(view.lemma(n)).filter(|r| r.by_only && view.upos(n) == "NOUN")?;
        by_phrase(view, n)
    }

    /// The phrases naming the other side of the event a noun of the table tells, where the noun
    /// is what a verb takes (`c`, its object or oblique) or that phrase's "in"/"of" phrase:
    /// "pledged support for Maduro", "eased sanctions on Venezuela", "pledged euros in aid to
    /// Ukraine", "hosted talks between the junta and the opposition". The verb's reader takes
    /// them as its targets.
    /// Each phrase comes with its noun. The sides of talks ("between") only for a verb by which
    /// a third holds them (`convene`: "hosted talks between ..."), not "endorsed the talks
    /// between Maduro and the opposition".
    pub fn target_phrases(&self, view: &SentenceView, c: usize, convenes: bool) -> Vec<(usize, usize)> {
        let nouns = std::iter::once(c).chain(view.children(c).filter(|&n| view.rel(n) == "nmod" && view.has_case(n, &["in", "of"])));
        let mut out = Vec::new();
        for n in nouns.collect::<Vec<_>>() {
            if view.upos(n) != "NOUN" || view.actor(n).is_some() {
                continue;
            }
            let Some(rule) = self.rule_for(view.lemma(n)) else { continue };
            // "condemned the arrest of two journalists by Venezuelan police": a deed with a doer
            // of its own is no part of the verb's event ("ordered the arrest of" is).
            if rule.by_only && by_phrase(view, n).is_some() {
                continue;
            }
            let parties = rule.parties.iter().filter(|_| convenes);
            let cases: Vec<&str> = rule.case.iter().chain(parties).map(String::as_str).collect();
            out.extend(view.children(n).filter(|&k| view.rel(k) == "nmod" && view.has_case(k, &cases)).map(|k| (n, k)));
        }
        out
    }
}


/// The noun rules' questions of a sentence.
trait NounQuestions {
    fn source_of(&self, n: usize, words: &RuleWords) -> Option<usize>;
    fn modality_of(&self, n: usize, words: &RuleWords) -> Option<(bool, Modality, Option<Governor>)>;
    fn sent_for(&self, n: usize, words: &RuleWords) -> Option<usize>;
    fn of_purpose(&self, n: usize, words: &RuleWords) -> bool;
}

impl NounQuestions for SentenceView {
    /// The word whose actor did what the noun `n` tells: its possessor, else the subject of the
    /// verb it depends on (through chains of coordinated and controlled verbs).
    fn source_of(&self, n: usize, words: &RuleWords) -> Option<usize> {
        // "sent Rodríguez to Moscow for talks with Lavrov": whom one sends holds the talks.
        if let Some(sent) = self.sent_for(n, words) {
            return self.actor_of(sent);
        }
        // "sanctions by the US on Rosneft", "an attack by Israel on Hezbollah": the agent.
        if let Some(a) = self.children(n).filter(|&c| self.words[c].deprel == "nmod" && self.has_case(c, &["by"])).find_map(|c| self.actor_of(c)) {
            return Some(a);
        }
        let possessor = self.child_with(n, &["nmod:poss"]);
        if let Some(a) = possessor.and_then(|p| self.actor_of(p)) {
            return Some(a);
        }
        // Else whoever did what the verb it depends on tells, as the verb rules read it: its
        // subject or a passive's agent, through coordinated and controlled verbs ("Doubling down
        // on its support ..., Moscow signed": Moscow; "criticised the EU for imposing sanctions":
        // the EU). A subject that is no actor stops the question ("when protests posed a threat
        // to the regime": the protests).
        let mut v = self.head(n)?;
        // "landed in a show of support for Maduro", "sent a message of solidarity with Cuba":
        // the noun the event noun is "of" stands in its place.
        if self.upos(v) == "NOUN" && self.has_case(n, &["of"]) && matches!(self.rel(v), "obl" | "obj") && self.actor(v).is_none() {
            v = self.head(v)?;
        }
        if self.words[v].upos != "VERB" {
            return None;
        }
        let subject = super::verbal::sources(self, v, words).first().copied()?;
        // "imposed sanctions on Belarus and Iran over their support for Russia": an unread
        // "their" is not one body's that is the subject.
        (possessor.is_none_or(|p| self.form(p) != "their") || self.several(subject)).then_some(subject)
    }

    /// Whom a verb of sending sent for the noun `n` ("for talks"): its object, or its passive
    /// subject ("troops were deployed for exercises with Cuba").
    fn sent_for(&self, n: usize, words: &RuleWords) -> Option<usize> {
        let v = self.words[n].head?;
        (self.of_purpose(n, words) && words.is("send", self.lemma(v))).then(|| self.child_with(v, &["obj", "nsubj:pass"])).flatten()
    }

    /// Whether the noun `n` is an oblique of purpose ("for talks").
    fn of_purpose(&self, n: usize, words: &RuleWords) -> bool {
        self.rel(n).starts_with("obl") && self.children(n).any(|c| self.rel(c) == "case" && words.is("purpose", self.form(c)))
    }

    /// Negation, modality and governor of the noun `n`'s event: those of the verb it depends on
    /// (through a noun it is a phrase of), as the verb rules read them ("called on the EU to
    /// tighten sanctions on Maduro": asked for, not done; "refused to hold talks with": refused;
    /// "did not attend the meeting with"), with what the noun itself says.
    fn modality_of(&self, n: usize, words: &RuleWords) -> Option<(bool, Modality, Option<Governor>)> {
        if self.children(n).any(|c| self.words[c].deprel == "det" && self.words[c].lemma == "no") {
            return Some((true, Modality::Asserted, None));
        }
        // A noun of purpose is a plan, unless someone was sent for it (then it happened, as the
        // verb rules read "sent a delegation to talk with").
        // So is one gone for: "arrived in Caracas for talks with Maduro" (the talks were held).
        let went = self.head(n).is_some_and(|v| words.either("travel", self.form(v), self.lemma(v)));
        if self.sent_for(n, words).is_none() && !went && self.of_purpose(n, words) {
            return None;
        }
        let mut modality = Modality::Asserted;
        // "pledged military aid to Ukraine", "promised investment in Venezuela": promised, not
        // given.
        if matches!(self.rel(n), "obj" | "obl") && self.head(n).is_some_and(|v| words.either("promise", self.form(v), self.lemma(v))) {
            modality = Modality::Future;
        }
        let mut v = self.head(n);
        for _ in 0..2 {
            match v {
                Some(x) if self.upos(x) == "NOUN" && !matches!(self.rel(x), "root" | "ccomp" | "xcomp" | "conj") => v = self.head(x),
                _ => break,
            }
        }
        let Some(v) = v.filter(|&v| self.upos(v) == "VERB") else { return Some((false, modality, None)) };
        let (negated, of_verb, governor) = super::verbal::modality(self, v, words);
        // "avoided criticism of Washington": left undone.
        // "blocked new sanctions on Russia": never imposed.
        let negated = negated || words.either("avoid", self.form(v), self.lemma(v)) || words.either("block", self.form(v), self.lemma(v));
        let modality = modality.max(of_verb);
        Some((negated, modality, governor))
    }
}

/// The events the rules find in one sentence, in word order; `si` is the sentence's index.
/// Nouns in `verbs_own` tell a verb's event ("pledged support for Maduro") and are left alone.
pub fn code_sentence(view: &SentenceView, rules: &NominalRules, si: usize, verbs_own: &[usize]) -> Vec<Event> {
    let mut out = Vec::new();
    for (n, w) in view.words.iter().enumerate() {
        if w.upos != "NOUN" || w.actor.is_some() || verbs_own.contains(&n) {
            continue;
        }
        let Some(rule) = rules.rule_for(&w.lemma) else { continue };
        let cases: Vec<&str> = rule.case.iter().map(String::as_str).collect();
        let mut targets: Vec<usize> = view
            .children(n)
            .filter(|&c| view.words[c].deprel.starts_with("nmod") && view.words[c].deprel != "nmod:poss")
            .filter(|&c| view.has_case(c, &cases))
            .filter_map(|c| view.actor_of(c))
            .collect();
        // "carried out airstrikes on Hezbollah positions" with the phrase hung on the verb: the
        // object noun's phrase all the same (a verb that codes the noun's event itself has
        // already claimed it).
        // Not for a noun that names whose it is ("condemned the American sanctions on
        // Venezuela": the sanctions are no deed of the one who condemned them).
        // So for a noun of the means ("responded with artillery fire on villages in southern
        // Lebanon").
        let means = view.rel(n) == "obl" && view.has_case(n, &["with"]);
        if targets.is_empty() && view.actor_of(n).is_none() {
            if let Some(v) = view.head(n).filter(|&v| view.upos(v) == "VERB" && (view.rel(n) == "obj" || means)) {
                targets = view.children(v).filter(|&c| c > n && view.rel(c) == "obl" && view.has_case(c, &cases)).filter_map(|c| view.actor_of(c)).collect();
            }
        }
        let givers = if rule.by_only { Vec::new() } else { givers_of(view, n, &rules.words) };
        if targets.is_empty() && !givers.is_empty() {
            // "Maduro drew criticism from Brazil": the one the noun comes to is its target.
            if let Some(v) = view.head(n).filter(|&v| view.upos(v) == "VERB" && view.rel(n) == "obj") {
                targets = super::verbal::sources(view, v, &rules.words);
            }
        }
        if targets.is_empty() {
            continue;
        }
        let sources = if rule.by_only {
            by_phrase(view, n).into_iter().collect()
        } else if givers.is_empty() {
            view.source_of(n, &rules.words).into_iter().collect()
        } else {
            givers
        };
        for src in sources {
            out.extend(noun_events(view, rules, rule, n, src, &targets, si));
        }
    }
    out
}

/// The actor of noun `n`'s "by" phrase ("the release of ten prisoners by Caracas"), also where
/// the parse hung it on the noun's "of" phrase ("the arrest of two journalists by Venezuelan
/// police": the journalists did not arrest).
fn by_phrase(view: &SentenceView, n: usize) -> Option<usize> {
    let by = |x: usize| view.children(x).filter(|&c| view.rel(c) == "nmod" && view.has_case(c, &["by"])).find_map(|c| view.actor_of(c));
    by(n).or_else(|| view.children(n).filter(|&c| view.rel(c) == "nmod" && view.has_case(c, &["of"])).find_map(by))
}

/// Who a noun comes from ("criticism from Uruguay's president and from Chile's Boric", "drew
/// condemnation from the EU"): a "from" phrase on the noun, or on the verb the noun is the object
/// of; none where the noun has a possessor of its own.
fn givers_of(view: &SentenceView, n: usize, words: &RuleWords) -> Vec<usize> {
    if view.child_with(n, &["nmod:poss"]).is_some() {
        return Vec::new();
    }
    let on_verb = view.head(n).filter(|_| view.rel(n) == "obj").into_iter().flat_map(|v| view.children(v).filter(|&c| view.rel(c) == "obl").collect::<Vec<_>>());
    let from: Vec<usize> = view.children(n).filter(|&c| view.rel(c) == "nmod").chain(on_verb).filter(|&c| view.has_case(c, &["from"])).collect();
    from.into_iter().flat_map(|c| super::verbal::actors_of(view, c, words, &[])).collect()
}

/// The events of a noun `n` of `rule` done by the actor of word `src` to the actors of `targets`.
fn noun_events(view: &SentenceView, rules: &NominalRules, rule: &NominalRule, n: usize, src: usize, targets: &[usize], si: usize) -> Vec<Event> {
    let Some((negated, modality, governor)) = view.modality_of(n, &rules.words) else { return Vec::new() };
    // "promised to hold talks with": an intent; "refused to hold talks with": a rejection.
    let spec = super::verbal::govern(CodeSpec { forward: Some(rule.code), reverse: None }, governor);
    let Some(code) = spec.forward else { return Vec::new() };
    let Some((source, source_cameo, source_place)) = view.actor(src).cloned() else { return Vec::new() };
    if source_place {
        return Vec::new();
    }
    let mut out = Vec::new();
    for &t in targets {
        let Some((target, target_cameo, place)) = view.actor(t).cloned() else { continue };
        // Nor toward the source's own country ("Ortega praised ... during a visit to Managua").
        if target == source || (place && !rule.place) || super::verbal::own_country(view, src, t) {
            continue;
        }
        out.push(Event {
            sentence: si,
            source: source.clone(),
            target,
            source_cameo: source_cameo.clone(),
            target_cameo,
            code,
            trigger: view.words.get(n).map(|w| w.span.clone()).unwrap_or_default(),
            negated,
            modality,
            pattern: Some(format!("{} {} (noun)", rule.lemma, rule.case.join("|"))),
            reader: super::Reader::Noun,
            confidence: 0.0,
            location: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::super::tree::tests::{reword, view};

    fn triples(events: &[Event]) -> Vec<(String, String, String, Modality, bool)> {
        events.iter().map(|e| (e.source.clone(), e.target.clone(), e.code.as_str().to_string(), e.modality, e.negated)).collect()
    }

    #[test]
    fn the_shipped_table_parses() {
        let r = NominalRules::shipped();
        assert!(r.rules.len() > 20);
        assert!(r.rule_for("meeting").is_some_and(|m| m.case == ["with"]));
    }

    #[test]
    fn a_bad_row_names_its_line() {
        let err = NominalRules::parse("lemma,case,code,place\nmeeting,with,04X,no\n").unwrap_err();
        assert_eq!(err.0, 2);
        assert!(err.1.contains("CAMEO"));
        let err = NominalRules::parse("lemma,case,code,place,parties,source\nrelease,of,084,no,,from\n").unwrap_err();
        assert_eq!(err.0, 2);
        assert!(err.1.contains("source"));
    }

    #[test]
    fn a_noun_in_an_oblique_of_the_verb_takes_its_subject() {
        // Putin spoke after a call with Maduro.
        let v = view(&[
            ("Putin", "Putin", "PROPN", 2, "nsubj", Some("rus:putin")),
            ("spoke", "speak", "VERB", 0, "root", None),
            ("after", "after", "ADP", 5, "case", None),
            ("a", "a", "DET", 5, "det", None),
            ("call", "call", "NOUN", 2, "obl", None),
            ("with", "with", "ADP", 7, "case", None),
            ("Maduro", "Maduro", "PROPN", 5, "nmod", Some("ven:maduro")),
        ]);
        assert_eq!(triples(&code_sentence(&v, &NominalRules::shipped(), 0, &[])), vec![("rus:putin".into(), "ven:maduro".into(), "040".into(), Modality::Asserted, false)]);
    }

    #[test]
    fn a_noun_of_the_means_takes_the_phrase_hung_on_its_verb() {
        // Israel responded with fire on villages in Lebanon ("on" hung on the verb).
        let v = view(&[
            ("Israel", "Israel", "PROPN", 2, "nsubj", Some("ISR")),
            ("responded", "respond", "VERB", 0, "root", None),
            ("with", "with", "ADP", 4, "case", None),
            ("fire", "fire", "NOUN", 2, "obl", None),
            ("on", "on", "ADP", 6, "case", None),
            ("villages", "village", "NOUN", 2, "obl", None),
            ("in", "in", "ADP", 8, "case", None),
            ("Lebanon", "Lebanon", "PROPN", 6, "nmod", Some("LBN")),
        ]);
        assert_eq!(triples(&code_sentence(&v, &NominalRules::shipped(), 0, &[])), vec![("ISR".into(), "LBN".into(), "190".into(), Modality::Asserted, false)]);
        // Not a noun of another case ("after fire on villages": no means of the verb's).
        let mut after = v;
        reword(&mut after, 2, "after", "after");
        assert!(code_sentence(&after, &NominalRules::shipped(), 0, &[]).is_empty());
    }

    #[test]
    fn an_unread_their_is_not_one_subjects() {
        // The EU imposed sanctions on Belarus and Iran over their support for Russia.
        let rows = vec![
            ("The EU", "EU", "PROPN", 2, "nsubj", Some("int:eu")),
            ("imposed", "impose", "VERB", 0, "root", None),
            ("sanctions", "sanction", "NOUN", 2, "obj", None),
            ("on", "on", "ADP", 5, "case", None),
            ("Belarus", "Belarus", "PROPN", 3, "nmod", Some("BLR")),
            ("and", "and", "CCONJ", 7, "cc", None),
            ("Iran", "Iran", "PROPN", 5, "conj", Some("IRN")),
            ("over", "over", "ADP", 10, "case", None),
            ("their", "their", "PRON", 10, "nmod:poss", None),
            ("support", "support", "NOUN", 2, "obl", None),
            ("for", "for", "ADP", 12, "case", None),
            ("Russia", "Russia", "PROPN", 10, "nmod", Some("RUS")),
        ];
        // (The sanctions are the verb's, left to it.)
        let mut v = view(&rows);
        assert!(code_sentence(&v, &NominalRules::shipped(), 0, &[2]).is_empty());
        // "its" is the one subject's, as before.
        reword(&mut v, 8, "its", "its");
        assert_eq!(triples(&code_sentence(&v, &NominalRules::shipped(), 0, &[2])), vec![("int:eu".into(), "RUS".into(), "050".into(), Modality::Asserted, false)]);
    }

    #[test]
    fn a_noun_told_before_a_closing_report_is_told_as_done() {
        // The United States carried out a strike against ISIS, Central Command said.
        let v = view(&[
            ("The United States", "United States", "PROPN", 2, "nsubj", Some("USA")),
            ("carried", "carry", "VERB", 9, "ccomp", None),
            ("out", "out", "ADP", 2, "compound:prt", None),
            ("a", "a", "DET", 5, "det", None),
            ("strike", "strike", "NOUN", 2, "obj", None),
            ("against", "against", "ADP", 7, "case", None),
            ("ISIS", "ISIS", "PROPN", 5, "nmod", Some("cameo:isis")),
            (",", ",", "PUNCT", 2, "punct", None),
            ("Central Command", "Command", "PROPN", 9, "nsubj", None),
            ("said", "say", "VERB", 0, "root", None),
        ]);
        assert_eq!(triples(&code_sentence(&v, &NominalRules::shipped(), 0, &[])), vec![("USA".into(), "cameo:isis".into(), "190".into(), Modality::Asserted, false)]);
    }

    #[test]
    fn an_object_nouns_phrase_hung_on_its_verb_is_the_nouns() {
        // Israel carried out airstrikes on Hezbollah positions ("on" hung on the verb).
        let v = view(&[
            ("Israel", "Israel", "PROPN", 2, "nsubj", Some("ISR")),
            ("carried", "carry", "VERB", 0, "root", None),
            ("out", "out", "ADP", 2, "compound:prt", None),
            ("airstrikes", "airstrike", "NOUN", 2, "obj", None),
            ("on", "on", "ADP", 7, "case", None),
            ("Hezbollah", "Hezbollah", "PROPN", 7, "compound", Some("lbn:hezbollah")),
            ("positions", "position", "NOUN", 2, "obl", None),
        ]);
        assert_eq!(triples(&code_sentence(&v, &NominalRules::shipped(), 0, &[])), vec![("ISR".into(), "lbn:hezbollah".into(), "195".into(), Modality::Asserted, false)]);
        // Not a noun that names whose it is: "condemned the American strikes on Hezbollah".
        let mut american = v;
        if let Some(w) = american.words.get_mut(2) {
            *w = view(&[("American", "American", "ADJ", 4, "amod", Some("USA"))]).words.remove(0);
            w.head = Some(3);
        }
        assert!(triples(&code_sentence(&american, &NominalRules::shipped(), 0, &[])).is_empty());
    }

    #[test]
    fn a_noun_that_comes_from_someone_is_theirs_toward_whom_it_came() {
        // Maduro drew criticism from Uruguay and from Chile.
        let v = view(&[
            ("Maduro", "Maduro", "PROPN", 2, "nsubj", Some("ven:maduro")),
            ("drew", "draw", "VERB", 0, "root", None),
            ("criticism", "criticism", "NOUN", 2, "obj", None),
            ("from", "from", "ADP", 5, "case", None),
            ("Uruguay", "Uruguay", "PROPN", 2, "obl", Some("URY")),
            ("and", "and", "CCONJ", 8, "cc", None),
            ("from", "from", "ADP", 8, "case", None),
            ("Chile", "Chile", "PROPN", 5, "conj", Some("CHL")),
        ]);
        let asserted = |s: &str| (s.to_string(), "ven:maduro".to_string(), "111".to_string(), Modality::Asserted, false);
        assert_eq!(triples(&code_sentence(&v, &NominalRules::shipped(), 0, &[])), vec![asserted("URY"), asserted("CHL")]);
    }

    #[test]
    fn a_possessor_is_the_source_and_a_place_only_for_visits() {
        // China's support for Maduro during a visit to Caracas (the visit's source: China, by
        // the possessor of nothing: the subject).
        let v = view(&[
            ("Wang", "Wang", "PROPN", 2, "nsubj", Some("chn:wang-yi")),
            ("reiterated", "reiterate", "VERB", 0, "root", None),
            ("China", "China", "PROPN", 5, "nmod:poss", Some("CHN")),
            ("'s", "'s", "PART", 3, "case", None),
            ("support", "support", "NOUN", 2, "obj", None),
            ("for", "for", "ADP", 7, "case", None),
            ("Maduro", "Maduro", "PROPN", 5, "nmod", Some("ven:maduro")),
            ("during", "during", "ADP", 10, "case", None),
            ("a", "a", "DET", 10, "det", None),
            ("visit", "visit", "NOUN", 2, "obl", None),
            ("to", "to", "ADP", 12, "case", None),
            ("Caracas", "Caracas", "PROPN", 10, "nmod", Some("city:caracas")),
        ]);
        let got = triples(&code_sentence(&v, &NominalRules::shipped(), 0, &[]));
        assert_eq!(got, vec![("CHN".into(), "ven:maduro".into(), "050".into(), Modality::Asserted, false), ("chn:wang-yi".into(), "city:caracas".into(), "042".into(), Modality::Asserted, false)]);
    }

    #[test]
    fn a_noun_promised_is_no_event_done_and_a_verbs_own_noun_is_left_alone() {
        // France pledged aid to Ukraine.
        let v = view(&[
            ("France", "France", "PROPN", 2, "nsubj", Some("FRA")),
            ("pledged", "pledge", "VERB", 0, "root", None),
            ("aid", "aid", "NOUN", 2, "obj", None),
            ("to", "to", "ADP", 5, "case", None),
            ("Ukraine", "Ukraine", "PROPN", 3, "nmod", Some("UKR")),
        ]);
        assert_eq!(triples(&code_sentence(&v, &NominalRules::shipped(), 0, &[])), vec![("FRA".into(), "UKR".into(), "070".into(), Modality::Future, false)]);
        assert!(code_sentence(&v, &NominalRules::shipped(), 0, &[2]).is_empty());
        assert_eq!(NominalRules::shipped().target_phrases(&v, 2, false), vec![(2, 4)]);
        // The EU blocked aid to Ukraine: never given.
        let mut blocked = v;
        reword(&mut blocked, 1, "blocked", "block");
        assert_eq!(triples(&code_sentence(&blocked, &NominalRules::shipped(), 0, &[])), vec![("FRA".into(), "UKR".into(), "070".into(), Modality::Asserted, true)]);
    }

    #[test]
    fn a_noun_of_an_event_in_a_show_of_it_is_the_verbs_subjects() {
        // Russian bombers landed in a show of support for Maduro.
        let v = view(&[
            ("Russian", "Russian", "ADJ", 2, "amod", Some("RUS")),
            ("bombers", "bomber", "NOUN", 3, "nsubj", None),
            ("landed", "land", "VERB", 0, "root", None),
            ("in", "in", "ADP", 6, "case", None),
            ("a", "a", "DET", 6, "det", None),
            ("show", "show", "NOUN", 3, "obl", None),
            ("of", "of", "ADP", 8, "case", None),
            ("support", "support", "NOUN", 6, "nmod", None),
            ("for", "for", "ADP", 10, "case", None),
            ("Maduro", "Maduro", "PROPN", 8, "nmod", Some("ven:maduro")),
        ]);
        assert_eq!(triples(&code_sentence(&v, &NominalRules::shipped(), 0, &[])), vec![("RUS".into(), "ven:maduro".into(), "050".into(), Modality::Asserted, false)]);
    }

    #[test]
    fn a_subject_that_is_no_actor_stops_the_climb() {
        // Maduro visited Moscow when protests posed a threat to the regime.
        let v = view(&[
            ("Maduro", "Maduro", "PROPN", 2, "nsubj", Some("ven:maduro")),
            ("visited", "visit", "VERB", 0, "root", None),
            ("Moscow", "Moscow", "PROPN", 2, "obj", Some("RUS")),
            ("when", "when", "ADV", 6, "advmod", None),
            ("protests", "protest", "NOUN", 6, "nsubj", None),
            ("posed", "pose", "VERB", 2, "advcl", None),
            ("a", "a", "DET", 8, "det", None),
            ("threat", "threat", "NOUN", 6, "obj", None),
            ("to", "to", "ADP", 11, "case", None),
            ("the", "the", "DET", 11, "det", None),
            ("regime", "regime", "NOUN", 8, "nmod", Some("VEN")),
        ]);
        assert!(code_sentence(&v, &NominalRules::shipped(), 0, &[]).is_empty());
        // Doubling down on its support for Ortega, Moscow signed an agreement.
        let v = view(&[
            ("Doubling", "double", "VERB", 9, "advcl", None),
            ("down", "down", "ADP", 1, "compound:prt", None),
            ("on", "on", "ADP", 5, "case", None),
            ("its", "its", "PRON", 5, "nmod:poss", None),
            ("support", "support", "NOUN", 1, "obl", None),
            ("for", "for", "ADP", 7, "case", None),
            ("Ortega", "Ortega", "PROPN", 5, "nmod", Some("nic:ortega")),
            (",", ",", "PUNCT", 9, "punct", None),
            ("Moscow", "Moscow", "PROPN", 9, "nsubj", Some("RUS")),
            ("signed", "sign", "VERB", 0, "root", None),
        ]);
        assert_eq!(triples(&code_sentence(&v, &NominalRules::shipped(), 0, &[])), vec![("RUS".into(), "nic:ortega".into(), "050".into(), Modality::Asserted, false)]);
    }

    #[test]
    fn an_agent_after_by_is_the_source() {
        // Moscow condemned the sanctions by Washington on Rosneft.
        let v = view(&[
            ("Moscow", "Moscow", "PROPN", 2, "nsubj", Some("RUS")),
            ("condemned", "condemn", "VERB", 0, "root", None),
            ("the", "the", "DET", 4, "det", None),
            ("sanctions", "sanction", "NOUN", 2, "obj", None),
            ("by", "by", "ADP", 6, "case", None),
            ("Washington", "Washington", "PROPN", 4, "nmod", Some("USA")),
            ("on", "on", "ADP", 8, "case", None),
            ("Rosneft", "Rosneft", "PROPN", 4, "nmod", Some("rus:rosneft")),
        ]);
        assert_eq!(triples(&code_sentence(&v, &NominalRules::shipped(), 0, &[])), vec![("USA".into(), "rus:rosneft".into(), "163".into(), Modality::Asserted, false)]);
    }

    #[test]
    fn purpose_negation_and_future() {
        // Díaz-Canel came for talks with Maduro: held; Díaz-Canel wants (verb of no travel)
        // talks with Maduro: a plan, no event.
        let mut v = view(&[
            ("Díaz-Canel", "Díaz-Canel", "PROPN", 2, "nsubj", Some("cub:diaz-canel")),
            ("arrived", "arrive", "VERB", 0, "root", None),
            ("for", "for", "ADP", 4, "case", None),
            ("talks", "talk", "NOUN", 2, "obl", None),
            ("with", "with", "ADP", 6, "case", None),
            ("Maduro", "Maduro", "PROPN", 4, "nmod", Some("ven:maduro")),
        ]);
        assert_eq!(triples(&code_sentence(&v, &NominalRules::shipped(), 0, &[])), vec![("cub:diaz-canel".into(), "ven:maduro".into(), "046".into(), Modality::Asserted, false)]);
        super::super::tree::tests::reword(&mut v, 1, "pushed", "push");
        assert!(code_sentence(&v, &NominalRules::shipped(), 0, &[]).is_empty());
        // Russia will not give support to Maduro.
        let v = view(&[
            ("Russia", "Russia", "PROPN", 4, "nsubj", Some("RUS")),
            ("will", "will", "AUX", 4, "aux", None),
            ("not", "not", "PART", 4, "advmod", None),
            ("give", "give", "VERB", 0, "root", None),
            ("support", "support", "NOUN", 4, "obj", None),
            ("to", "to", "ADP", 7, "case", None),
            ("Maduro", "Maduro", "PROPN", 5, "nmod", Some("ven:maduro")),
        ]);
        assert_eq!(triples(&code_sentence(&v, &NominalRules::shipped(), 0, &[])), vec![("RUS".into(), "ven:maduro".into(), "050".into(), Modality::Future, true)]);
        // Russia avoided support to Maduro: left undone.
        let avoided = view(&[
            ("Russia", "Russia", "PROPN", 2, "nsubj", Some("RUS")),
            ("avoided", "avoid", "VERB", 0, "root", None),
            ("support", "support", "NOUN", 2, "obj", None),
            ("to", "to", "ADP", 5, "case", None),
            ("Maduro", "Maduro", "PROPN", 3, "nmod", Some("ven:maduro")),
        ]);
        assert_eq!(triples(&code_sentence(&avoided, &NominalRules::shipped(), 0, &[])), vec![("RUS".into(), "ven:maduro".into(), "050".into(), Modality::Asserted, true)]);
        // Machado called on the EU to tighten sanctions on Maduro: asked for, not done.
        let mut v = view(&[
            ("Machado", "Machado", "PROPN", 2, "nsubj", Some("ven:machado")),
            ("called", "call", "VERB", 0, "root", None),
            ("on", "on", "ADP", 4, "case", None),
            ("EU", "EU", "PROPN", 2, "obl", Some("int:eu")),
            ("to", "to", "PART", 6, "mark", None),
            ("tighten", "tighten", "VERB", 2, "xcomp", None),
            ("sanctions", "sanction", "NOUN", 6, "obj", None),
            ("on", "on", "ADP", 9, "case", None),
            ("Maduro", "Maduro", "PROPN", 7, "nmod", Some("ven:maduro")),
        ]);
        let coded = triples(&code_sentence(&v, &NominalRules::shipped(), 0, &[]));
        assert!(coded.iter().all(|t| t.3 == Modality::Possible) && !coded.is_empty(), "{coded:?}");
        // Russia threatened to impose sanctions on ...: a threat (13x), told as done.
        super::super::tree::tests::reword(&mut v, 1, "threatened", "threaten");
        let coded = triples(&code_sentence(&v, &NominalRules::shipped(), 0, &[]));
        assert!(coded.iter().any(|t| t.2.starts_with("13") && t.3 == Modality::Asserted), "{coded:?}");
    }

    #[test]
    fn a_passive_takes_its_agent_and_a_modified_target_its_country() {
        // Sanctions on the Venezuelan oil minister were imposed by Washington.
        let v = view(&[
            ("Sanctions", "sanction", "NOUN", 7, "nsubj:pass", None),
            ("on", "on", "ADP", 5, "case", None),
            ("the", "the", "DET", 5, "det", None),
            ("Venezuelan", "Venezuelan", "ADJ", 5, "amod", Some("VEN")),
            ("minister", "minister", "NOUN", 1, "nmod", None),
            ("were", "be", "AUX", 7, "aux:pass", None),
            ("imposed", "impose", "VERB", 0, "root", None),
            ("by", "by", "ADP", 9, "case", None),
            ("Washington", "Washington", "PROPN", 7, "obl:agent", Some("USA")),
        ]);
        // The noun is the passive's subject: its agent did it.
        assert_eq!(triples(&code_sentence(&v, &NominalRules::shipped(), 0, &[])), vec![("USA".into(), "VEN".into(), "163".into(), Modality::Asserted, false)]);
        let v = view(&[
            ("Washington", "Washington", "PROPN", 2, "nsubj", Some("USA")),
            ("imposed", "impose", "VERB", 0, "root", None),
            ("sanctions", "sanction", "NOUN", 2, "obj", None),
            ("on", "on", "ADP", 7, "case", None),
            ("the", "the", "DET", 7, "det", None),
            ("Venezuelan", "Venezuelan", "ADJ", 7, "amod", Some("VEN")),
            ("minister", "minister", "NOUN", 3, "nmod", None),
        ]);
        assert_eq!(triples(&code_sentence(&v, &NominalRules::shipped(), 0, &[])), vec![("USA".into(), "VEN".into(), "163".into(), Modality::Asserted, false)]);
    }

    #[test]
    fn whom_a_verb_of_sending_sends_holds_the_talks_it_was_sent_for() {
        // Maduro sent Rodríguez to Moscow for talks with Lavrov.
        let v = view(&[
            ("Maduro", "Maduro", "PROPN", 2, "nsubj", Some("ven:maduro")),
            ("sent", "send", "VERB", 0, "root", None),
            ("Rodríguez", "Rodríguez", "PROPN", 2, "obj", Some("ven:delcy-rodriguez")),
            ("to", "to", "ADP", 5, "case", None),
            ("Moscow", "Moscow", "PROPN", 2, "obl", Some("RUS")),
            ("for", "for", "ADP", 7, "case", None),
            ("talks", "talk", "NOUN", 2, "obl", None),
            ("with", "with", "ADP", 9, "case", None),
            ("Lavrov", "Lavrov", "PROPN", 7, "nmod", Some("rus:lavrov")),
        ]);
        assert_eq!(triples(&code_sentence(&v, &NominalRules::shipped(), 0, &[])), vec![("ven:delcy-rodriguez".into(), "rus:lavrov".into(), "046".into(), Modality::Asserted, false)]);
    }

    #[test]
    fn a_deed_named_with_its_doer_after_by_is_the_doers() {
        // Colombia condemned the arrest of two Colombian journalists by Venezuelan police.
        let v = view(&[
            ("Colombia", "Colombia", "PROPN", 2, "nsubj", Some("COL")),
            ("condemned", "condemn", "VERB", 0, "root", None),
            ("the", "the", "DET", 4, "det", None),
            ("arrest", "arrest", "NOUN", 2, "obj", None),
            ("of", "of", "ADP", 7, "case", None),
            ("Colombian", "Colombian", "ADJ", 7, "amod", Some("COL")),
            ("journalists", "journalist", "NOUN", 4, "nmod", None),
            ("by", "by", "ADP", 10, "case", None),
            ("Venezuelan", "Venezuelan", "ADJ", 10, "amod", Some("VEN")),
            ("police", "police", "NOUN", 4, "nmod", None),
        ]);
        assert_eq!(triples(&code_sentence(&v, &NominalRules::shipped(), 0, &[])), vec![("VEN".into(), "COL".into(), "173".into(), Modality::Asserted, false)]);
        // Not the phrase of the verb's own event, as "ordered the arrest of" is.
        assert!(NominalRules::shipped().target_phrases(&v, 3, false).is_empty());
        // With no "by" phrase, nobody did it here ("condemned the arrest of two journalists").
        let mut unsaid = v;
        unsaid.words.truncate(7);
        assert!(code_sentence(&unsaid, &NominalRules::shipped(), 0, &[]).is_empty());
        assert_eq!(NominalRules::shipped().target_phrases(&unsaid, 3, false), vec![(3, 6)]);
    }
}
