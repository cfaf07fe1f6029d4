//! A language's closed word lists for the rules over the parse (`lang/en/rule-words.csv`): the
//! words that negate, mark the future or a possibility, report, control an infinitive, mark a
//! place, and so on. They are data, one `kind,word` row each, so a political scientist can read
//! and extend them and a language is a data file, not code. Words are matched on the lower-case
//! form or the lemma.

use std::collections::{BTreeMap, BTreeSet};

/// The kinds a row may have, with what each does.
pub const KINDS: &[(&str, &str)] = &[
    ("negation", "an adverb or determiner that negates its verb or noun (not, never)"),
    ("future", "an auxiliary of the future (will)"),
    ("possible", "an auxiliary of possibility (could, may)"),
    ("reporting", "a verb whose complement clause is second-hand (say, claim)"),
    ("purpose", "a case word that makes a noun a plan (arrived for talks)"),
    ("reported", "an adverb that makes its clause second-hand (reportedly)"),
    ("promise", "a verb whose infinitive is promised: cooperation becomes an intent, 03x (pledge to)"),
    ("threaten", "a verb whose infinitive is threatened: conflict becomes a threat, 13x (threaten to)"),
    ("refuse", "a verb whose infinitive is refused: cooperation becomes a rejection, 12x (refuse to)"),
    ("intend", "a verb whose infinitive has not happened yet (plan to, seek to)"),
    ("request", "a verb whose object is asked to do the infinitive, which has not happened (urge, ask)"),
    ("avoid", "a verb whose gerund, infinitive or object noun is left undone: negated (avoided meeting X, refrained from criticizing X, avoided criticism of X)"),
    ("stop", "a verb that ends the gerund or infinitive it governs: cooperation stopped is a cut, 16x (stopped extending loans); under another verb, negated"),
    ("seem", "a hedge over the infinitive: possible (seem to, appear to)"),
    ("think", "a verb whose complement clause is a belief: possible (think, expect)"),
    ("deny", "a verb whose complement clause is disputed: second-hand, reported (deny that)"),
    ("accuse", "a verb whose 'of' clause is alleged (accuse X of)"),
    ("punish", "a verb whose 'for' clause gives the reason of a punishment or rebuke, alleged, not told (sanctioned Rosneft for helping PDVSA)"),
    ("receive", "a verb whose subject receives: with 'from Y', Y gave (receive, buy)"),
    ("send", "a verb whose object is sent, not a target: the destination is (send, deploy)"),
    ("travel", "a verb of going somewhere: what it is done for happens at its 'to' place (travel to X to meet)"),
    ("announce", "a verb under which 'will' or 'would' cooperate is an intent, 03x (announced he would meet)"),
    ("control", "a verb whose object is the subject of its infinitive (urge X to, help X to)"),
    ("relative", "a relative pronoun: the antecedent stands in its place (who, which)"),
    ("locative", "a case word after which an actor is where, not whom (in, at, near)"),
    ("object-case", "a case word on the object that names a target too (sent troops to X, signed a deal with X)"),
    ("circumstance", "a case word after which an actor is never whom (despite, like, between)"),
    ("claim", "a noun whose clause is second-hand (reports that, claims that)"),
    ("leader", "a noun for a country's leader: 'the Venezuelan leader' is the one Venezuelan person named before it"),
    ("person-pronoun", "a pronoun that stands for the person named before it (he, him)"),
    ("naming", "a verb that names what a free relative stands for ('condemned what it called an act of aggression'): no event of its own; what it names is the main verb's target"),
    ("time", "a subordinator of time before a gerund ('after meeting Putin, Maduro said'): the gerund does what the main clause's subject does"),
    ("adverbial", "a subordinator of cause or concession ('because', 'although'): with those of time, it opens an adverbial clause, which the parse may hang on a noun ('for consultations after soldiers detained ...')"),
    ("deed", "a noun that sums up what someone did or said, set beside the clause that tells it ('..., a move that the OAS condemned'): the object of its relative clause stands for whoever did it"),
    ("order", "a noun of ordering: 'on the orders of X', 'at the behest of X' names who did what a passive verb tells"),
    ("convene", "a verb by which a third holds talks for two sides (host, mediate, broker): the sides named by the noun's parties words ('talks between A and B') are its targets"),
    ("bond", "an object noun that is a tie between the subjects: cooperation of two subjects over it goes both ways (Colombia and Venezuela restored relations)"),
    ("reciprocal", "a verb of fighting two subjects do to each other with no object (clash, fight): each to the other"),
    ("container", "a noun that holds what is compounded onto it: 'drone shipments' are drones, a 'drone factory' is no drone"),
    ("group-pronoun", "a pronoun that stands for the country or body that said the clause it opens (said it would, said they had)"),
    ("pair", "a noun that, counted as two ('the two leaders', 'both governments'), stands for the two actors named before it"),
    ("group-noun", "a noun that, after 'the', stands for the one group named before it ('Hezbollah fired rockets, and Israeli jets struck the group's positions')"),
    ("plan", "a noun whose infinitive is planned, not done ('signed an agreement to fight the PKK', 'a plan to sanction Maduro'; not 'a decision to expel', which tells the expulsion)"),
    ("told-agreement", "a noun that names again an agreement told before ('condemned the deal'): both parties are the target"),
    ("told-accusation", "a noun that names again an accusation or threat told before ('denied the allegations'): whoever made it is the target"),
    ("told-attack", "a noun that names again an attack told before ('condemned the strike'): whoever made it is the target"),
    ("told-expulsion", "a noun that names again an expulsion or arrest told before ('called the expulsion arbitrary'): whoever did it is the target"),
    ("told-sanction", "a noun that names again sanctions told before ('rejected the measures'): whoever imposed them is the target"),
    ("told-decision", "a noun that names again any act told before, of help, ties, sanctions, expulsion or force ('called the decision a violation'): whoever did it is the target"),
    ("agent", "a noun that makes a demonym or a country before it an actor ('Russian troops', 'Iranian officials', 'Venezuela's government'), or what a state holds ('Ukrainian positions'); plurals are also read as their singular"),
    ("block", "a verb that keeps a text or a measure from being issued: what the text says and the measure it names are not done ('blocked a statement criticising X', 'vetoed a resolution condemning X', 'blocked sanctions on X')"),
    ("give", "a verb of giving whose first of two objects is the one given to ('ships Cuba oil', 'sent Maduro a message')"),
    ("document", "a noun for a text one issues: an -ing verb on it is done by whoever issued it ('adopted a resolution condemning X', 'issued a statement praising Y')"),
];

/// The rows of one of a language's small data files (`lang/en/*.csv`): each non-blank line that
/// is neither a `#` comment nor the `header`, trimmed, with its 1-based line number.
pub fn data_rows<'a>(text: &'a str, header: &'a str) -> impl Iterator<Item = (usize, &'a str)> + 'a {
    text.lines().enumerate().map(|(i, l)| (i + 1, l.trim())).filter(move |(_, l)| !l.is_empty() && !l.starts_with('#') && *l != header)
}

/// The words of a language, by kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleWords {
    by_kind: BTreeMap<String, BTreeSet<String>>,
}

impl RuleWords {
    /// Words from `kind,word` CSV text (`#` lines are comments); an unknown kind names its line.
    pub fn parse(text: &str) -> Result<RuleWords, (usize, String)> {
        let mut out = RuleWords::default();
        for (n, line) in data_rows(text, "kind,word") {
            let (kind, word) = line.split_once(',').ok_or((n, "expected kind,word".to_string()))?;
            let kind = kind.trim();
            if !KINDS.iter().any(|(k, _)| *k == kind) {
                let known: Vec<&str> = KINDS.iter().map(|(k, _)| *k).collect();
                return Err((n, format!("unknown kind {kind:?} (one of {})", known.join(", "))));
            }
            out.by_kind.entry(kind.to_string()).or_default().insert(word.trim().to_lowercase());
        }
        Ok(out)
    }

    /// Whether `word` (a lower-case form or lemma) is of `kind`.
    pub fn is(&self, kind: &str, word: &str) -> bool {
        self.by_kind.get(kind).is_some_and(|v| v.contains(word))
    }

    /// Whether the form or the lemma of a word is of `kind`; the form also as a regular
    /// inflection of a listed word ("denied" of "deny", "stopped" of "stop"), where the learned
    /// lemma missed it ("deni").
    pub fn either(&self, kind: &str, form: &str, lemma: &str) -> bool {
        self.is(kind, form) || self.is(kind, lemma) || self.by_kind.get(kind).is_some_and(|v| v.iter().any(|w| inflects(form, w)))
    }

    /// The English words shipped with the binary.
    pub fn english() -> RuleWords {
        Self::parse(include_str!("../../lang/en/rule-words.csv")).unwrap_or_default()
    }

    /// The English words shipped with the binary, read once (for the rules over part-of-speech
    /// tags, which have no rule table passed to them).
    pub fn english_shared() -> &'static RuleWords {
        static WORDS: std::sync::OnceLock<RuleWords> = std::sync::OnceLock::new();
        WORDS.get_or_init(Self::english)
    }
}

/// Whether `form` is a regular English inflection of `base`: -s, -es, -ed, -d, -ing, a final y
/// as -ied/-ies, a final e dropped before -ing, a final consonant doubled before -ed/-ing.
fn inflects(form: &str, base: &str) -> bool {
    // Closed-class words ("in", "on", "to") have no inflections: "ones" is not "on".
    if base.chars().count() < 3 {
        return false;
    }
    let Some(rest) = form.strip_prefix(base) else {
        let stem = |suffix: char| base.strip_suffix(suffix).filter(|s| !s.is_empty());
        return stem('y').is_some_and(|s| form.strip_prefix(s).is_some_and(|r| matches!(r, "ied" | "ies")))
            || stem('e').filter(|s| !s.ends_with('e')).is_some_and(|s| form.strip_prefix(s).is_some_and(|r| r == "ing"));
    };
    let sibilant = ["s", "x", "z", "ch", "sh", "o"].iter().any(|e| base.ends_with(e));
    let silent_e = base.ends_with('e') && !base.ends_with("ee");
    match rest {
        "s" => true,
        "es" => sibilant,
        "d" => base.ends_with('e'),
        "ed" => !base.ends_with('e'),
        "ing" => !silent_e,
        _ => {
            let last = base.chars().last().filter(|c| !"aeiouwxy".contains(*c));
            last.is_some_and(|c| rest.strip_prefix(c).is_some_and(|r| matches!(r, "ed" | "ing")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_words_parse_and_an_unknown_kind_names_its_line() {
        let w = RuleWords::english();
        assert!(w.is("negation", "not") && w.is("future", "will") && w.is("purpose", "for"));
        assert!(w.is("promise", "pledge") && w.is("locative", "in") && w.is("relative", "who"));
        assert!(!w.is("negation", "will"));
        assert_eq!(RuleWords::parse("kind,word\nmaybe,perhaps\n").unwrap_err().0, 2);
        assert!(RuleWords::parse("kind,word\nnegation\n").is_err());
    }

    #[test]
    fn a_listed_word_is_known_in_its_regular_forms_whatever_the_learned_lemma() {
        let w = RuleWords::english();
        assert!(w.either("deny", "denied", "deni") && w.either("deny", "denies", "deni"));
        assert!(w.either("stop", "stopped", "stopp") && w.either("stop", "stopping", "stopp"));
        assert!(w.either("think", "hoped", "hop") && w.either("think", "hoping", "hop"));
        assert!(!w.either("think", "hopeless", "hopeless"));
        // Closed-class words have no inflections.
        assert!(!w.either("locative", "ones", "one"));
        assert!(inflects("agreed", "agree") && inflects("agreeing", "agree") && !inflects("agreing", "agree"));
        assert!(!inflects("ford", "for") && !inflects("endorse", "end"));
    }

    #[test]
    fn every_kind_has_shipped_words() {
        let w = RuleWords::english();
        for (kind, _) in KINDS {
            assert!(w.by_kind.get(*kind).is_some_and(|v| !v.is_empty()), "no shipped words of kind {kind}");
        }
    }
}
