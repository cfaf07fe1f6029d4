//! Shallow syntax for event coding: enough structure to say who did what to whom in news
//! sentences without a parser.
//!
//! For each dictionary verb in a sentence (not in noun position: "the attack", "new sanctions on"):
//! - the auxiliary chain before it gives negation ("did not meet"), voice ("was sanctioned by"),
//!   and modality ("will visit": future; "could impose": possible; "reportedly": reported);
//!   "refused to" negates the verb it governs, "promised to" + cooperation codes an intent (03x),
//!   "threatened to" + force codes a threat (13x), as PETRARCH's verb combinations do;
//! - the subject is the nearest eligible actor leftwards inside the clause (clause boundaries:
//!   subordinators such as "after", relative pronouns, semicolons), skipping an apposition or a
//!   relative clause between commas ("Lavrov, Russia's foreign minister, visited"), taking the
//!   antecedent of "who"/"which", and a possessor or "of" phrase ("Russia's foreign minister
//!   met") only when nothing better stands before it; a coordinated verb ("and sent") shares the
//!   previous verb's subject;
//! - the object is the first eligible actor rightwards inside the clause, never one in a place
//!   phrase ("in Caracas", "flights to" a place actor) and never the subject of a following verb;
//! - coordinated actors ("Russia, China and Turkey") each make an event; two subjects without an
//!   object ("Russia and Iran signed an accord") make the event in both directions.
//!
//! Which mentions are actors: registry actors (provisional ones only when asked), places only
//! when a capital or seat stands for its government (link method `metonym`), demonyms only before
//! an agent noun ("Russian troops", not "Belarusian boats").

use std::collections::BTreeSet;
use std::ops::Range;

use super::cameo::CameoCode;
use super::verbs::{CodeSpec, VerbHit, VerbTable};
use super::words::RuleWords;
use super::verbal::{govern, Governor};
use super::{Event, EventOptions, Modality, PairedCodes};
use crate::document::{Document, LinkMethod};
use crate::link::registry::AgentCode;
use crate::link::Registry;
use crate::pos::PosTagger;
use crate::text::fold;

/// How far the subject and the object are looked for, in words.
const MAX_LEFT: usize = 25;
const MAX_RIGHT: usize = 18;

/// Directions that modify a place name: "in south Lebanon", "in eastern Ukraine".
const COMPASS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest", "southeast", "southwest",
    "northeastern", "northwestern", "southeastern", "southwestern", "central",
];
const QUOTES: &[&str] = &["‘", "’", "'", "\"", "“", "”"];
/// Marks that close or open a quotation ("“…,” Piñera insisted"), as the tokenizer writes them.
const CLOSING_QUOTES: &[&str] = &["”", "\"", "''"];
const OPENING_QUOTES: &[&str] = &["“", "\"", "``"];
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten", "isn't", "aren't", "wasn't", "weren't"];
const AUX: &[&str] = &[
    "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
    "'ll", "n't", "wo", "ca", "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "didn't", "doesn't", "don't", "hasn't", "haven't",
    "hadn't", "mustn't", "not", "never", "also", "already", "reportedly", "allegedly", "still", "just", "recently", "then", "now",
    "later", "again", "once", "jointly", "rarely", "seldom", "hardly", "publicly", "officially", "formally", "repeatedly", "quickly", "swiftly", "directly",
    "openly", "secretly", "apparently", "further", "even", "ever", "only", "first", "finally", "soon", "yet", "long", "since", "often", "almost", "nearly", "thus",
    "to", "both", "all",
];
const FUTURE: &[&str] = &["will", "shall", "'ll", "wo", "won't"];
const POSSIBLE: &[&str] = &["would", "could", "may", "might", "should", "can", "ca", "must", "cannot", "can't", "couldn't", "wouldn't", "shouldn't", "mustn't"];
/// Pronouns that stand as a clause's subject.
const SUBJECT_PRONOUNS: &[&str] = &["it", "they", "he", "she", "we", "i"];
/// Verbs that take an object and a participle after it ("had it repaired", "found them gone").
const TAKES_OBJECT_AND_PARTICIPLE: &[&str] = &[
    "have", "has", "had", "having", "get", "gets", "got", "make", "makes", "made", "see", "saw", "seen", "find", "found", "keep", "kept",
    "want", "wanted", "need", "needed",
];
const REPORTED: &[&str] = &["reportedly", "allegedly", "purportedly", "supposedly", "rumored", "rumoured"];
/// Words before "to" that make the governed verb an announcement or intention.
const INTEND: &[&str] = &[
    "plans", "plan", "planned", "planning", "intends", "intend", "intended", "aims", "aim", "aimed", "seeks", "seek", "sought",
    "expected", "set", "scheduled", "going", "wants", "want", "wanted", "hopes", "hope", "hoped", "ready", "prepared", "preparing",
    "likely", "due", "able", "trying", "tried", "try", "attempt", "attempted", "attempting", "decided", "decides", "asked", "urged",
    "called", "calls", "pressed", "looking", "seeking", "hoping", "moving", "bid", "effort", "efforts", "attempts", "proposal",
    "intention", "push", "plotting", "plotted", "plot", "plots", "conspiring", "conspired", "scheming",
];
/// Passive report verbs: "was said to have flown" is second-hand.
const REPORT: &[&str] = &["said", "reported", "believed", "alleged", "rumored", "rumoured", "thought", "understood", "claimed", "suspected"];
/// Words before "to" that promise the governed verb: cooperation becomes an intent code (03x).
const PROMISE: &[&str] = &["promised", "promises", "pledged", "pledges", "vowed", "vows", "offered", "offers", "agreed", "agrees", "committed", "undertook", "announced", "promise", "pledge", "commitment", "offer"];
/// Words before "to" that threaten the governed verb: conflict becomes a threat code (13x).
const THREATEN: &[&str] = &["threatened", "threatens", "threatening", "warned", "warns", "threat", "threats"];
/// Words before "to" that deny the governed verb.
const REFUSE: &[&str] = &["refused", "refuses", "refusing", "declined", "declines", "failed", "fails", "rejected", "unwilling", "reluctant", "refusal"];
/// Words of accusing: what they say was done ("accused X of attacking", "charged with") is
/// alleged.
const ACCUSING: &[&str] = &[
    "accused", "accuses", "accusing", "accuse", "charged", "charges", "charging", "suspected", "suspects", "blamed", "blames", "blaming",
    "alleged", "alleges", "indicted", "convicted", "accusations", "accusation", "allegations",
];
/// Nouns of a decision taken: what it decides on is told as done ("Washington's decision to
/// recognize Guaidó").
const DECISIONS: &[&str] = &["decision", "decisions", "move", "choice"];
/// Hedges before "to": "seemed to favour", "appears to back".
const SEEM: &[&str] = &["seem", "seems", "seemed", "appear", "appears", "appeared"];
/// Words before "to" that carry out or go on with the governed verb ("managed to meet",
/// "continued to arm"): the governed verb's event is the one, as it happened.
const CARRY: &[&str] = &["managed", "manages", "continued", "continues", "continue", "began", "begins", "started", "starts"];
const NEGATION: &[&str] = &["not", "never", "cannot", "n't", "rarely", "seldom", "hardly", "no", "neither", "nor"];

/// Subordinators and relative pronouns: a clause starts after them.
const SUBORDINATE: &[&str] = &[
    "after", "before", "because", "although", "though", "while", "whereas", "when", "whenever", "unless", "until", "if", "since",
    "whether", "where", "as", "so",
];
const RELATIVE: &[&str] = &["who", "whom", "whose", "which", "that"];
/// Dashes that open and close an aside.
const DASH: &[&str] = &["—", "–"];
const HARD_STOP: &[&str] = &[";", ":", "—", "–", "(", ")", "\"", "“", "”", "?", "!"];

/// Prepositions after which an actor is a place or a circumstance, not the object.
const LOCATIVE: &[&str] = &[
    "in", "at", "near", "inside", "outside", "across", "throughout", "within", "during", "into", "around", "via", "through", "onto", "beyond",
    "along", "amid", "among", "since", "until", "despite", "like", "about", "than", "per", "after", "before", "under",
    "without", "except", "beside", "besides", "unlike",
];
/// Determiners and possessives that make the next word a noun's ("the attack", "Russia's support").
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "our", "'s"];
/// Nouns of time: "Russia on Tuesday condemned", "Venezuela last week expelled" are adverbials,
/// not a subject's head noun.
const TEMPORAL: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "week", "weekend", "month", "year", "day", "today",
    "yesterday", "tonight", "morning", "afternoon", "evening", "night", "weeks", "months", "years", "days",
];
/// Verbs that report what their subject says: a pronoun after them is that subject.
const REPORTING: &[&str] = &[
    "said", "says", "stated", "states", "announced", "announces", "added", "warned", "warns", "insisted", "insists", "claimed",
    "claims", "declared", "declares", "noted", "argued", "confirmed", "confirms", "denied", "denies", "vowed", "vows", "promised",
    "stressed", "affirmed", "reiterated", "indicated", "acknowledged", "admitted", "explained", "replied", "responded",
];
/// Nouns of a place: a demonym before one ("the Ukrainian city of Kharkiv", "a Colombian border
/// town") names its country as a place, where a strike lands or a visit goes.
const PLACE_NOUNS: &[&str] = &[
    "city", "cities", "town", "towns", "village", "villages", "port", "ports", "capital", "province", "region", "district", "border",
    "frontier", "coast", "island", "islands", "territory", "airport", "airspace", "waters", "base", "bases", "soil", "enclave",
];
/// Bodies of water named "X of Y" after a country: "the Sea of Japan", "the Gulf of Oman".
const WATERS: &[&str] = &["sea", "gulf", "bay", "strait", "straits", "isthmus"];
/// Nouns whose "that" clause is a claim, not a deed: "reports that Russian troops landed".
const CLAIM_NOUNS: &[&str] = &[
    "report", "reports", "claim", "claims", "allegation", "allegations", "rumor", "rumors", "rumour", "rumours", "speculation",
    "accusation", "accusations", "suggestion", "suggestions", "suspicion", "suspicions", "assertion", "assertions",
];
/// Verbs that dispute the clause they take: "denied that its troops were in Venezuela".
const DENY: &[&str] = &["denied", "denies", "deny", "denying", "dismissed", "dismisses", "disputed", "disputes", "refuted", "refutes"];
/// Verbs of knowing and believing, which take a clause as object ("knew the army moved in").
const THINK: &[&str] = &[
    "think", "thinks", "thought", "believe", "believes", "believed", "know", "knows", "knew", "hope", "hopes", "hoped", "expect",
    "expects", "expected", "fear", "fears", "feared", "suspect", "suspects", "saw", "see", "sees", "learned", "found", "showed",
];
/// Verbs that end what follows them as a gerund: "stop supporting".
const STOP: &[&str] = &["stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased", "halt", "halts", "halted", "quit", "quits"];
/// Object-control verbs that ask: the infinitive after them has not happened ("urged Russia to
/// withdraw", "called on Cuba to release").
const REQUEST: &[&str] = &[
    "urge", "urges", "urged", "ask", "asks", "asked", "call", "called", "calls", "press", "pressed", "presses", "push", "pushed", "pushes",
    "encourage", "encourages", "encouraged", "invite", "invites", "invited", "pressure", "pressured", "want", "wants", "wanted", "expect",
    "expects", "expected", "warn", "warns", "warned", "demand", "demands", "demanded", "request", "requests", "requested", "implore",
    "implored", "appeal", "appealed", "begged",
];
/// Verbs whose object is the subject of the infinitive that follows: "urged Russia to withdraw".
const OBJECT_CONTROL: &[&str] = &[
    "urge", "urges", "urged", "ask", "asks", "asked", "allow", "allows", "allowed", "permit", "permits", "permitted", "encourage",
    "encourages", "encouraged", "force", "forces", "forced", "persuade", "persuaded", "invite", "invites", "invited", "help", "helps",
    "helped", "tell", "tells", "told", "order", "orders", "ordered", "pressure", "pressured", "pressed", "push", "pushed", "enable",
    "enabled", "authorize", "authorized", "authorise", "authorised", "require", "required", "call", "called", "want", "wants", "wanted",
    "expect", "expects", "expected", "convince", "convinced", "instruct", "instructed", "warn", "warned", "prompt", "prompts", "prompted", "prompting", "lead", "led", "leading", "cause", "caused", "causing", "drive", "drove", "driving", "compel", "compelled", "pushing", "forcing", "urging",
];
/// Words that open an adverbial phrase after a comma: the verb's object is not beyond them.
const ADVERBIAL: &[&str] = &[
    "without", "despite", "amid", "after", "before", "during", "while", "since", "although", "though", "unlike", "as", "because",
    "whereas", "when", "where", "following", "according",
];
/// Words that open a clause with subject-auxiliary inversion and negate it: "Rarely do they meet".
const NEGATIVE_OPENERS: &[&str] = &["rarely", "never", "seldom", "hardly", "nor", "neither", "scarcely"];
const PREPOSITIONS: &[&str] = &["of", "to", "with", "against", "on", "for", "from", "by", "toward", "towards", "over", "between", "upon", "behind"];

/// CAMEO agent codes of common agent nouns, as PETRARCH's agents dictionary gives them; an
/// imported agents file (registry rows of kind `agent`) adds to and overrides these.
const AGENT_CODES: &[(&str, &str)] = &[
    ("government", "GOV"), ("administration", "GOV"), ("authority", "GOV"), ("official", "GOV"), ("president", "GOV"),
    ("minister", "GOV"), ("ministry", "GOV"), ("department", "GOV"), ("agency", "GOV"), ("diplomat", "GOV"), ("envoy", "GOV"), ("ambassador", "GOV"), ("embassy", "GOV"),
    ("spokesman", "GOV"), ("spokeswoman", "GOV"), ("leader", "GOV"), ("regime", "GOV"), ("delegation", "GOV"), ("cabinet", "GOV"),
    ("troop", "MIL"), ("soldier", "MIL"), ("army", "MIL"), ("military", "MIL"), ("navy", "MIL"), ("force", "MIL"), ("warship", "MIL"),
    ("jet", "MIL"), ("drone", "MIL"), ("officer", "MIL"), ("general", "MIL"), ("commander", "MIL"), ("police", "COP"),
    ("intelligence", "SPY"), ("rebel", "REB"), ("insurgent", "REB"), ("guerrilla", "REB"), ("militant", "UAF"),
    ("mercenary", "UAF"), ("gunman", "UAF"), ("protester", "OPP"), ("protestor", "OPP"), ("demonstrator", "OPP"),
    ("activist", "OPP"), ("dissident", "OPP"), ("opposition", "OPP"), ("journalist", "MED"), ("court", "JUD"), ("judge", "JUD"),
    ("prosecutor", "JUD"), ("parliament", "LEG"), ("congress", "LEG"), ("senate", "LEG"), ("lawmaker", "LEG"), ("legislator", "LEG"),
    ("company", "BUS"), ("firm", "BUS"), ("business", "BUS"), ("businessman", "BUS"), ("bank", "BUS"), ("investor", "BUS"), ("executive", "BUS"),
    ("refugee", "REF"), ("migrant", "REF"), ("civilian", "CVL"), ("citizen", "CVL"), ("people", "CVL"), ("resident", "CVL"),
    ("student", "EDU"), ("doctor", "HLH"), ("farmer", "AGR"), ("worker", "LAB"),
];

/// Whether a word is an agent noun (rule-word kind `agent`), singular or plural ("ambassadors",
/// "authorities").
fn agent_noun(word: &str) -> bool {
    let words = RuleWords::english_shared();
    agent_forms(word).any(|w| words.is("agent", &w))
}

/// Whether a verb of the table (its lemma, upper case as the table writes it) is one of sending
/// (rule-word kind `send`): whom it sends goes to the destination and does what a purpose
/// infinitive says. The whole lemma: `+SEND_WORD` (notify) sends no one.
fn sends(lemma: &str) -> bool {
    RuleWords::english_shared().is("send", &lemma.to_lowercase())
}

/// Whether a verb of the table is one of receiving (rule-word kind `receive`) by its first word
/// (`+GET_FROM`): with "from Y", Y gave what the verb's code says.
fn receives(lemma: &str) -> bool {
    RuleWords::english_shared().is("receive", &lemma.trim_start_matches('+').split('_').next().unwrap_or("").to_lowercase())
}

/// A word and the singulars it may be the plural of ("authorities" → "authority", "policemen"
/// → "policeman", "herders" → "herder"): agent words are listed in the singular.
fn agent_forms(word: &str) -> impl Iterator<Item = String> {
    let singular = [
        word.strip_suffix("ies").map(|w| format!("{w}y")),
        word.strip_suffix("men").map(|w| format!("{w}man")),
        word.strip_suffix('s').map(str::to_string),
        word.strip_suffix("es").filter(|w| w.ends_with(['s', 'x', 'z']) || w.ends_with("ch") || w.ends_with("sh")).map(str::to_string),
    ];
    std::iter::once(Some(word.to_string())).chain(singular).flatten()
}

/// The CAMEO agent code of a word ("police" → COP, "troops" → MIL), from the registry's agents
/// first, then the built-in table; plurals are read as their singular.
fn agent_code(word: &str, registry: &Registry) -> Option<AgentCode> {
    agent_forms(word).find_map(|w| {
        registry.agents.get(&w).cloned().or_else(|| AGENT_CODES.iter().find(|(a, _)| *a == w).map(|(_, c)| AgentCode { code: c.to_string(), before: false }))
    })
}

/// The longest agent phrase of the registry's agents starting at `from` ("human rights
/// activists", "attorney general": PETRARCH's agents are often several words), its last word
/// read as a plural too; else the first agent word of up to three nouns and adjectives.
fn agent_phrase_code(s: &Sent, from: usize, registry: &Registry) -> Option<AgentCode> {
    let noun_like = |k: usize| k < s.words.len() && (s.tag(k).starts_with("NN") || s.tag(k) == "JJ");
    // The last word of a phrase the registry lists is its noun whatever its tag ("central
    // bank" with "bank" tagged a past verb).
    let longest = (2..=4).rev().filter(|&n| from + n <= s.words.len() && (from..from + n - 1).all(noun_like)).find_map(|n| {
        let head = s.words[from..from + n - 1].join(" ");
        agent_forms(s.word(from + n - 1)).find_map(|last| registry.agents.get(&format!("{head} {last}")).cloned())
    });
    longest.or_else(|| (from..(from + 3).min(s.words.len())).take_while(|&k| noun_like(k)).find_map(|k| agent_code(s.word(k), registry)))
}

/// The title right before a name ("Bree Prime Minister Romendacil", "Dagolath's first Deputy
/// Prime Minister Telemar"): an agent phrase of up to three words that ends where the name
/// starts, as PETRARCH composes the noun phrase's agent with its actor's country code.
fn title_before(s: &Sent, first: usize, registry: &Registry) -> Option<AgentCode> {
    (1..=3.min(first)).rev().find_map(|n| {
        let from = first - n;
        if s.actor_at[from..first].iter().any(Option::is_some) || !(from..first).all(|k| s.tag(k).starts_with("NN")) {
            return None;
        }
        let phrase = s.words[from..first].join(" ");
        registry.agents.get(&phrase).cloned().or_else(|| if n == 1 { agent_code(s.word(from), registry) } else { None })
    })
}

/// The agents of an "in", "from" or "of" phrase the actor starting at `first` stands in, also as
/// a later member of a list: "lawmakers in Fornost and Gondor" → LEG for both, "the ambassadors
/// of Arnor, Osgiliath and Gondor" → GOV for each, "soldiers from Gondor" → MIL; a list of agent
/// nouns gives each ("lawmakers and officials in Fornost" → LEG and GOV, as PETRARCH codes it).
fn agents_before(s: &Sent, first: usize, registry: &Registry) -> Vec<AgentCode> {
    let Some(prep) = s.names_list_start(first).checked_sub(1) else { return Vec::new() };
    if !matches!(s.word(prep), "in" | "from" | "of") {
        return Vec::new();
    }
    let noun_agent = |k: usize| (s.actor_at[k].is_none() && s.tag(k).starts_with("NN")).then(|| agent_code(s.word(k), registry)).flatten();
    let mut out = Vec::new();
    let mut k = prep;
    while let Some(agent) = k.checked_sub(1).and_then(noun_agent) {
        out.insert(0, agent);
        k -= 1;
        if !(k >= 2 && matches!(s.word(k - 1), "and" | ",")) {
            break;
        }
        k -= 1;
    }
    out
}

fn is(word: &str, set: &[&str]) -> bool {
    set.contains(&word)
}

/// A noun of what a state did, said or stands for (`deed` in `lang/en/rule-words.csv`, any
/// regular inflection): a demonym before it names the state ("condemned the Israeli strikes",
/// "criticised the Venezuelan election"), as its possessor does.
fn deed(word: &str) -> bool {
    super::words::RuleWords::english_shared().either("deed", word, word)
}

/// A reporting verb, or "told"/"tells" (which report to someone: "told reporters that he ...").
fn reports_speech(verb: &str) -> bool {
    is(verb, REPORTING) || matches!(verb, "told" | "tells")
}

/// Whether a verb takes a clause as its object ("said Iran sends", "knew the army moved in"),
/// so the names after it may be that clause's subject.
fn takes_clause(verb: &str) -> bool {
    is(verb, REPORTING) || is(verb, REPORT) || is(verb, THINK)
}

fn negates(word: &str) -> bool {
    is(word, NEGATION) || word.ends_with("n't")
}

/// An eligible actor span in a sentence (word range, actor, and how strong a subject/object it is).
#[derive(Debug, Clone)]
struct ActorSpan {
    words: Range<usize>,
    actor: String,
    /// A capital or seat standing for its government: an actor only where it acts.
    metonym: bool,
    /// A place (a capital as a place), standing for its country only as where a visit goes.
    place: bool,
    /// A demonym before an agent noun ("Russian troops", "Russian President Vladimir Putin").
    demonym: bool,
    /// The actor's CAMEO code in the registry.
    cameo: String,
    /// A person ("he" and "she" may stand for one).
    person: bool,
    /// A group ("the group" may stand for one).
    group: bool,
}

/// One sentence seen by the coder.
struct Sent {
    words: Vec<String>,
    /// Penn Treebank tags of the words.
    tags: Vec<String>,
    spans: Vec<Range<usize>>,
    /// `actor_at[i]`: index into `actors` of the actor covering word `i`.
    actor_at: Vec<Option<usize>>,
    actors: Vec<ActorSpan>,
}

impl Sent {
    fn actor_ending_at(&self, end: usize) -> Option<usize> {
        end.checked_sub(1).and_then(|i| self.actor_at[i]).filter(|&a| self.actors[a].words.end == end)
    }

    fn actor_starting_at(&self, start: usize) -> Option<usize> {
        self.actor_at.get(start).copied().flatten().filter(|&a| self.actors[a].words.start == start)
    }

    /// A demonym whose noun phrase names its own actor ("Russian President Vladimir Putin"):
    /// the named actor stands for the phrase.
    fn superseded(&self, a: usize) -> bool {
        let sp = &self.actors[a].words;
        self.actors[a].demonym
            && (sp.end..(sp.end + 4).min(self.words.len())).take_while(|&k| self.actor_at[k].is_some() || self.tag(k).starts_with("NN")).any(|k| self.actor_at[k].is_some_and(|b| b != a))
    }

    /// The word governing the noun phrase that holds the actor starting at `start`, with its
    /// index: the word before the phrase's determiners and modifiers ("of the Lima Group",
    /// "against the state-owned oil company PDVSA", "by National Assembly President Jorge
    /// Rodríguez"), a preposition, a verb or nothing.
    fn governing(&self, start: usize) -> (Option<usize>, &str) {
        let mut k = start;
        while k > 0 && start - k < 6 {
            let i = k - 1;
            let modifier = match self.actor_at[i] {
                Some(a) => self.actors[a].demonym,
                // A compass word is a modifier whatever its tag ("in south/RB Ithilen").
                None => (matches!(self.tag(i), "DT" | "PRP$" | "JJ" | "JJR" | "JJS" | "CD" | "NN" | "NNS" | "NNP" | "NNPS" | "HYPH") || is(self.word(i), COMPASS))
                    && !is(self.word(i), PREPOSITIONS)
                    && !is(self.word(i), LOCATIVE),
            };
            if !modifier {
                break;
            }
            k -= 1;
        }
        match k.checked_sub(1) {
            Some(i) => (Some(i), self.word(i)),
            None => (None, ""),
        }
    }

    /// The word after a list of adjectives that starts at `at` with "and", "or" or a comma: the
    /// noun the list shares ("the Russian and Iranian governments").
    fn after_adjective_list(&self, at: usize) -> usize {
        let mut k = at;
        while k + 1 < self.words.len() && matches!(self.word(k), "and" | "," | "or") && matches!(self.tag(k + 1), "JJ" | "NNP") {
            k += 2;
        }
        k
    }

    /// The modality a modal at `k` gives ("will": future, "could": possible); a word that is
    /// also a noun counts only when tagged a modal ("in May", "the will of the people").
    fn modal_at(&self, k: usize) -> Option<Modality> {
        let w = self.word(k);
        if self.tag(k) != "MD" && matches!(w, "may" | "will" | "can" | "must" | "might") {
            return None;
        }
        if is(w, FUTURE) || (w == "would" && self.reported_in_past(k)) {
            Some(Modality::Future)
        } else if is(w, POSSIBLE) {
            Some(Modality::Possible)
        } else {
            None
        }
    }

    /// Whether the clause holding position `k` is reported by a verb in the past tense ("said
    /// on Monday that it would send", "announced he would meet"): its "would" is the future of
    /// that past, not a condition.
    fn reported_in_past(&self, k: usize) -> bool {
        (k.saturating_sub(10)..k)
            .rev()
            .take_while(|&p| (self.word(p) == "that" || !self.boundary(p)) && self.word(p) != ",")
            .find(|&p| self.finite(p))
            .is_some_and(|p| self.tag(p) == "VBD" && reports_speech(self.word(p)))
    }

    /// Whether two actors belong to one country, by their CAMEO codes ("USAGOV" and "USA").
    fn same_country(&self, a: usize, b: usize) -> bool {
        super::same_country(&self.actors[a].cameo, &self.actors[b].cameo)
    }

    /// Whether the actor `a` is a passive's agent (its phrase follows "by").
    fn is_passive_agent(&self, a: usize) -> bool {
        self.governing(self.actors[a].words.start).1 == "by"
    }

    fn word(&self, i: usize) -> &str {
        self.words.get(i).map(String::as_str).unwrap_or("")
    }

    fn tag(&self, i: usize) -> &str {
        self.tags.get(i).map(String::as_str).unwrap_or("")
    }

    /// Whether word `i` is a finite verb (or a modal): a clause of its own.
    fn finite(&self, i: usize) -> bool {
        matches!(self.tag(i), "VBD" | "VBZ" | "VBP" | "MD")
    }

    /// First word of a list of actors (as `with_coordinated_left` gives it).
    fn list_start(&self, list: &[usize]) -> Option<usize> {
        list.iter().map(|&x| self.actors[x].words.start).min()
    }

    /// Word after a list of actors (as `with_coordinated_right` gives it).
    fn list_end(&self, list: &[usize]) -> Option<usize> {
        list.iter().map(|&x| self.actors[x].words.end).max()
    }

    fn is_verb(&self, i: usize) -> bool {
        self.tag(i).starts_with("VB")
    }

    fn is_noun(&self, i: usize) -> bool {
        self.tag(i).starts_with("NN") || self.tag(i) == "PRP"
    }

    /// Whether word `i` stops a scan: a clause boundary.
    fn boundary(&self, i: usize) -> bool {
        let w = self.word(i);
        is(w, HARD_STOP) || is(w, SUBORDINATE) || is(w, RELATIVE)
    }

    /// Where a run of names (and "and", commas, "the") that ends at or after `i` begins: the
    /// start of "Arnor, Osgiliath and the Gondor" from any of its words.
    fn names_list_start(&self, i: usize) -> usize {
        let mut k = i;
        while k > 0 && (self.actor_at[k - 1].is_some() || matches!(self.word(k - 1), "and" | "," | "the")) {
            k -= 1;
        }
        k
    }

    /// Whether a run of words starting at `k` opens the sentence (or a part after a hard stop).
    fn opens_sentence(&self, k: usize) -> bool {
        k == 0 || is(self.word(k - 1), HARD_STOP)
    }

    /// The first comma or clause boundary at or after `from` (the sentence's end if none).
    fn segment_end(&self, from: usize) -> usize {
        (from..self.words.len()).find(|&j| self.word(j) == "," || self.boundary(j)).unwrap_or(self.words.len())
    }

    /// Where a run of names (and "and", commas) that starts at `i` ends.
    fn names_end(&self, i: usize) -> usize {
        let mut k = i;
        while k < self.words.len() && (self.actor_at[k].is_some() || matches!(self.word(k), "and" | ",")) {
            k += 1;
        }
        k
    }

    /// Whether "to" at `i` marks an infinitive: a base-form verb follows, quotation marks
    /// passed over ("agreed to ‘counteract’ US sanctions").
    fn infinitive_to(&self, i: usize) -> bool {
        if self.word(i) != "to" {
            return false;
        }
        let mut k = i + 1;
        while k < self.words.len() && is(self.word(k), QUOTES) {
            k += 1;
        }
        self.tag(k) == "VB"
    }

    /// Whether the words before `at` end a noun phrase with a determiner that an earlier verb
    /// takes as its object ("to attend the annual summit of the Bolivarian Alliance or “ALBA”"):
    /// a participle right after it modifies that phrase ("... hosted in Caracas"), it is not a
    /// verb of the phrase's actors. A bare name after a verb ("said Russia intervened") is no
    /// such phrase: it may be the subject of a complement clause.
    fn object_phrase_before(&self, at: usize) -> bool {
        let mut k = at;
        let mut determiner = false;
        while k > 0 && at - k < 12 {
            let i = k - 1;
            let w = self.word(i);
            let np_word = self.actor_at[i].is_some()
                || is(w, QUOTES)
                || matches!(w, "of" | "or" | "and")
                || matches!(self.tag(i), "DT" | "PRP$" | "JJ" | "JJR" | "JJS" | "CD" | "NN" | "NNS" | "NNP" | "NNPS" | "POS" | "HYPH");
            if !np_word {
                break;
            }
            determiner |= matches!(self.tag(i), "DT" | "CD" | "PRP$");
            k -= 1;
        }
        let verb = k.checked_sub(1).map(|v| self.word(v)).unwrap_or("");
        // A verb that takes a clause ("said the Lima Group met in Caracas") has a subject there.
        // With no determiner, only after a gerund or an infinitive, which take no subject clause
        // ("sending tankers loaded with gasoline to Venezuela"), or before the participle's own
        // preposition ("sent tankers loaded with gasoline").
        let nonfinite = k > 0 && matches!(self.tag(k - 1), "VBG" | "VB");
        let participle_prep = matches!(self.word(at + 1), "with" | "by" | "of" | "from" | "for");
        (determiner || nonfinite || participle_prep) && k < at && k > 0 && self.is_verb(k - 1) && !is(verb, BE) && !is(verb, AUX) && !takes_clause(verb)
    }

    /// Whether a comma at `i` opens a trailing report of who told it (", US officials said.",
    /// ", said Lavrov on Tuesday"): not part of the verb's object, and no event of its own. The
    /// report must close the sentence (what follows is its end or a time or place), so "By
    /// launching missiles, Trump announced to Putin that ..." is no attribution.
    fn reporting_clause_at(&self, i: usize) -> bool {
        if self.word(i) != "," {
            return false;
        }
        let closes = |k: usize| k >= self.words.len() || matches!(self.word(k), "." | "!" | "?" | "," | ";" | "in" | "on" | "at" | "during" | "last" | "late" | "earlier" | "yesterday" | "today");
        if is(self.word(i + 1), REPORTING) {
            // ", said Lavrov": the reporter after the verb.
            return self.actor_starting_at(i + 2).is_some_and(|a| closes(self.actors[a].words.end));
        }
        let mut k = i + 1;
        while k < self.words.len() && k - i <= 6 {
            if is(self.word(k), REPORTING) && self.is_verb(k) && self.actor_at[k].is_none() {
                return k > i + 1 && closes(k + 1);
            }
            let np = self.actor_at[k].is_some() || matches!(self.tag(k), "DT" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "PRP" | "POS" | "PRP$" | "CD");
            if !np {
                return false;
            }
            k += 1;
        }
        false
    }

    /// Whether a verb whose chain starts at `start` is the verb of a trailing report: the comma
    /// that opens one is right before it (", said Lavrov") or before its subject with no verb
    /// between (", US officials said").
    fn in_trailing_report(&self, start: usize) -> bool {
        (1..=6).take_while(|&d| d <= start).any(|d| {
            let comma = start - d;
            self.reporting_clause_at(comma) && (comma + 1..start).all(|k| !self.is_verb(k))
        })
    }

    /// The words of the noun phrase (no actor in it) that a passive chain starting at `chain`
    /// is said of: "the humanitarian aid (that/which) was sent", "sanctions imposed".
    fn patient_phrase(&self, chain: usize) -> Range<usize> {
        let mut end = chain;
        if end > 0 && matches!(self.word(end - 1), "which" | "that") {
            end -= 1;
        }
        if end > 0 && self.word(end - 1) == "," {
            end -= 1;
        }
        // "the negotiations in Mexico, facilitated by Norway": a place after "in" or "at"
        // qualifies the noun before it, which is what the verb acts on.
        if let Some(place) = self.actor_ending_at(end) {
            let p = self.actors[place].words.start;
            if p > 1 && matches!(self.word(p - 1), "in" | "at") && matches!(self.tag(p - 2), "NN" | "NNS") {
                end = p - 1;
            }
        }
        let mut k = end;
        while k > 0
            && end - k < 6
            && self.actor_at[k - 1].is_none()
            && matches!(self.tag(k - 1), "NN" | "NNS" | "JJ" | "DT" | "CD" | "HYPH" | "VBN" | "VBG")
        {
            k -= 1;
        }
        k..end
    }

    /// Whether ", and", "and" or "but" at `i` joins a new clause with a subject and a finite
    /// verb of its own ("accused Cuba of propping up Maduro, and Washington added Cuba to its
    /// list"): the verb before it takes nothing from it.
    fn opens_coordinated_clause(&self, i: usize) -> bool {
        let mut k = i;
        if self.word(k) == "," {
            k += 1;
        }
        if !matches!(self.word(k), "and" | "but") {
            return false;
        }
        k += 1;
        let subject = k;
        while k < self.words.len() && k - subject < 5 && (self.actor_at[k].is_some() || matches!(self.tag(k), "DT" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "PRP" | "POS" | "PRP$")) {
            k += 1;
        }
        k > subject && self.finite(k) && self.actor_at[k].is_none()
    }

    /// Whether "and" or "but" at `i` (a comma before it or not) joins a second verb with the
    /// first one's subject ("met Pompeo in Bogota and asked the US to increase pressure"): the
    /// first verb's patterns do not reach into it. Right after a verb, "and" joins two verbs
    /// with one object instead ("signed and ratified the treaty"): callers look past the verb.
    fn opens_coordinated_verb(&self, i: usize) -> bool {
        let k = if self.word(i) == "," { i + 1 } else { i };
        // A participle too: "has opposed US sanctions and called/VBN for dialogue".
        matches!(self.word(k), "and" | "but") && matches!(self.tag(k + 1), "VBD" | "VBZ" | "VBN") && self.actor_at[k + 1].is_none()
    }

    /// The actor whose noun ends right before `to` (an infinitive's "to"): its possessor
    /// ("Washington's decision to recognize") or a name modifying it ("the US plan to seize"),
    /// one adjective allowed between. Not a place.
    fn noun_owner_before(&self, to: usize) -> Option<usize> {
        let noun = to.checked_sub(1)?;
        if !matches!(self.tag(noun), "NN" | "NNS") || self.actor_at[noun].is_some() {
            return None;
        }
        let mut k = noun;
        if k > 0 && self.tag(k - 1) == "JJ" && self.actor_at[k - 1].is_none() {
            k -= 1;
        }
        let end = if k > 0 && self.word(k - 1) == "'s" { k - 1 } else { k };
        self.actor_ending_at(end).filter(|&a| !self.actors[a].place)
    }

    /// Whether a comma at `i` opens a participle phrase ("..., ranging from experts to drone
    /// operators", "..., casting Moscow as the aggressor"): a phrase with its own words, which
    /// the verb before the comma neither takes as object nor matches a pattern in. "including"
    /// opens a list of the object's members instead.
    fn participle_phrase_at(&self, i: usize) -> bool {
        self.word(i) == "," && self.tag(i + 1) == "VBG" && self.word(i + 1) != "including"
    }

    /// Whom "him" or "her" before `at` can only be: the one person named before it who is not
    /// in `subject` ("Maduro met Putin, thanking him"); `None` if none or several could be.
    fn one_other_person_before(&self, at: usize, subject: &[usize]) -> Option<usize> {
        let subject_ids: BTreeSet<&str> = subject.iter().map(|&a| self.actors[a].actor.as_str()).collect();
        let persons: BTreeSet<&str> = (0..at)
            .filter_map(|k| self.actor_starting_at(k))
            .filter(|&a| self.actors[a].person && !subject.contains(&a))
            .map(|a| self.actors[a].actor.as_str())
            .collect();
        let [id] = persons.into_iter().collect::<Vec<_>>()[..] else { return None };
        if subject_ids.contains(id) {
            return None;
        }
        (0..at).rev().filter_map(|k| self.actor_starting_at(k)).find(|&a| self.actors[a].actor == id)
    }

    /// Whether a comma at `i` opens a noun with a relative clause of its own that comments on
    /// what came before ("..., an idea Washington quickly dismissed", "..., a move the Pentagon
    /// called provocative"): its actor is that clause's subject, no object of the verb before.
    fn comment_clause_at(&self, i: usize) -> bool {
        if self.word(i) != "," || !matches!(self.word(i + 1), "a" | "an" | "the" | "which" | "something") {
            return false;
        }
        let mut k = i + 2;
        while k < self.words.len() && k - i < 5 && self.actor_at[k].is_none() && matches!(self.tag(k), "NN" | "JJ" | "NNS") {
            k += 1;
        }
        let Some(a) = self.actor_starting_at(k) else { return false };
        let mut v = self.actors[a].words.end;
        if self.tag(v) == "RB" {
            v += 1;
        }
        k > i + 2 && matches!(self.tag(v), "VBD" | "VBZ" | "VBP")
    }
}

/// The bodies a sentence names in several words, by their last word when it is a noun ("China
/// Development Bank": ("bank", its actor, its code)): not people nor places.
fn named_heads(s: &Sent) -> Vec<(String, String, String)> {
    let mut out: Vec<(String, String, String)> = s
        .actors
        .iter()
        .filter(|a| a.words.len() >= 2 && !a.person && !a.place && !a.metonym && !a.demonym)
        .filter_map(|a| {
            let last = a.words.end.checked_sub(1)?;
            s.tag(last).starts_with("NN").then(|| (s.word(last).to_string(), a.actor.clone(), a.cameo.clone()))
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The actors of a sentence's mentions, as the events stage reads them: a registry actor, a
/// place standing for its country, a demonym before an agent or a place noun, a country and an
/// agent composed as PETRARCH composes them.
fn add_actor_spans(s: &mut Sent, doc: &Document, mentions: &[usize], registry: &Registry, opts: &EventOptions, date: &str) {
    for &mi in mentions {
        let (m, l) = (&doc.mentions[mi], &doc.links[mi]);
        let Range { start: first, end: last } = super::words_of(&s.spans, &m.clean);
        if first >= last || s.actor_at[first..last].iter().any(Option::is_some) {
            continue;
        }
        let mut actor = registry.get(&l.actor_id);
        // A name no actor claims that opens with a country and ends with an agent ("the
        // Peruvian Congress", "the Venezuelan Defense Ministry", "the Calenardhon Ministry of
        // Silly Walks") is that country's agent, as PETRARCH composes it; the mention keeps
        // its provisional link in mentions.csv.
        // Also one that ends with a country after an agent ("MSF Arnor", PETRARCH's
        // prefixed agent: NGOARN).
        let mut opening_agent = None;
        if actor.is_none() && l.method == LinkMethod::Provisional {
            if let Some((country, n)) = registry.country_opening(&s.words[first..last]).filter(|&(_, n)| first + n < last) {
                if let Some(agent) = (first + n..last).find_map(|k| agent_phrase_code(&s, k, registry)) {
                    actor = Some(country);
                    opening_agent = Some(agent);
                }
            } else if let Some((country, n)) = registry.country_closing(&s.words[first..last]).filter(|&(_, n)| first + n < last) {
                if let Some(agent) = title_before(&s, last - n, registry) {
                    actor = Some(country);
                    opening_agent = Some(agent);
                }
            }
        }
        // A place (a capital written as one: "traveled to Caracas") is only ever where a
        // visit goes, and then stands for its country.
        let place_of = actor.filter(|a| a.kind == "place" && !a.country.is_empty()).and_then(|a| registry.get(&a.country));
        // "the Ukrainian city of Kharkiv", "a Colombian border town": the country, as a place;
        // not "the Philippine coast guard", "Venezuelan border police" (agents).
        let place_noun = l.method == LinkMethod::Demonym && {
            let noun = s.after_adjective_list(last);
            let place_at = |k: usize| is(s.word(k), PLACE_NOUNS) && !agent_noun(s.word(k + 1));
            place_at(noun) || (s.tag(noun).starts_with("NN") && !is(s.word(noun), PLACE_NOUNS) && place_at(noun + 1))
        };
        let eligible = place_noun || match actor {
            None => opts.provisional && l.method == LinkMethod::Provisional && matches!(m.label.as_str(), "PER" | "ORG"),
            Some(_) if opening_agent.is_some() => true,
            Some(a) => match l.method {
                LinkMethod::Metonym => true,
                // "Russian troops", or a people: "Venezuelans".
                LinkMethod::Demonym => {
                    let noun = s.after_adjective_list(last);
                    // Also past a compound's first nouns: "American oil executives".
                    agent_noun(s.word(noun))
                        || agent_phrase_code(&s, noun, registry).is_some()
                        || agent_forms(s.word(noun)).any(|w| registry.agents.contains_key(&w))
                        || (m.text.ends_with('s') && !s.tag(last).starts_with("NN"))
                        // "condemned the Israeli strikes": a state's deeds are the state's.
                        || deed(s.word(noun))
                        // Past one adjective: "Venezuelan sovereign debt".
                        || (matches!(s.tag(noun), "JJ" | "NN") && (agent_noun(s.word(noun + 1)) || deed(s.word(noun + 1))))
                }
                _ => a.kind != "place" || place_of.is_some(),
            },
        };
        if !eligible {
            continue;
        }
        let idx = s.actors.len();
        let stands_for = place_of.or(actor);
        let mut cameo = stands_for.map(|a| a.cameo_on(date).to_string()).unwrap_or_default();
        // TABARI's null code: an actor coded `[---]` (on this date) is linked (its mention
        // stays in mentions.csv) but takes part in no event.
        if !cameo.is_empty() && cameo.chars().all(|ch| ch == '-') {
            continue;
        }
        // A country with an agent noun after it, as PETRARCH composes codes: "Gondorian
        // police" → GONCOP, "the Russian military" → RUSMIL.
        if let Some(agent) = &opening_agent {
            // A prefixed agent with an agent after the name too: "An MSF Arnor diplomat" →
            // NGOARNGOV.
            if let Some(after) = agent_phrase_code(&s, s.after_adjective_list(last), registry).filter(|_| agent.before) {
                cameo = after.compose(&cameo);
            }
            cameo = agent.compose(&cameo);
        } else if cameo.len() == 3 && place_of.is_none() {
            let from = if s.word(last) == "'s" { last + 1 } else { s.after_adjective_list(last) };
            if let Some(agent) = agent_phrase_code(&s, from, registry) {
                cameo = agent.compose(&cameo);
            } else {
                let before = agents_before(&s, first, registry);
                if !before.is_empty() {
                    // Several agents make a code of several actors, one event each (as
                    // `FRO/BIL/SAM`).
                    cameo = before.iter().map(|a| a.compose(&cameo)).collect::<Vec<_>>().join("/");
                } else if let Some(agent) = title_before(&s, first, registry) {
                    cameo = agent.compose(&cameo);
                }
            }
        }
        s.actors.push(ActorSpan {
            words: first..last,
            actor: stands_for.map(|a| a.id.clone()).unwrap_or_else(|| l.actor_id.clone()),
            place: place_of.is_some() || place_noun,
            metonym: l.method == LinkMethod::Metonym,
            demonym: l.method == LinkMethod::Demonym,
            cameo,
            person: stands_for.map_or(m.label == "PER", |a| a.kind == "person"),
            group: stands_for.is_some_and(|a| a.kind == "group"),
        });
        for k in first..last {
            s.actor_at[k] = Some(idx);
        }
    }
}

/// Code a linked document.
pub fn code_document(
    doc: &Document,
    verbs: &VerbTable,
    pos: &PosTagger,
    nominal: &super::nominal::NominalRules,
    registry: &Registry,
    opts: &EventOptions,
    trace: Option<&dyn Fn(&str)>,
) -> Vec<Event> {
    let text = doc.text();
    let layer = doc.tokens();
    let (date, by_sentence) = super::sentence_mentions(doc);
    let date = date.as_str();
    let mut out: Vec<Event> = Vec::new();
    let mut people: Vec<(usize, (String, String, bool))> = Vec::new();
    // The groups of the sentence before (its index, each group's id and code), whom "the group"
    // of this one may stand for.
    let mut groups: (usize, Vec<(String, String)>) = (usize::MAX, Vec::new());
    // The bodies of the sentence before named in several words, by their last word ("China
    // Development Bank": "bank"), whom "the bank" of this one may stand for.
    let mut heads: (usize, Vec<(String, String, String)>) = (usize::MAX, Vec::new());
    for (si, mentions) in by_sentence.iter().enumerate() {
        let groups_before = if groups.0.checked_add(1) == Some(si) { std::mem::take(&mut groups.1) } else { Vec::new() };
        let heads_before = if heads.0.checked_add(1) == Some(si) { std::mem::take(&mut heads.1) } else { Vec::new() };
        // A sentence naming no one may still speak of the people or the group of the one before
        // ("The two leaders signed an accord", "The group called the measures illegal").
        if mentions.is_empty() && !people.iter().any(|(at, _)| *at + 1 == si) && groups_before.len() != 1 && heads_before.is_empty() {
            continue;
        }
        let words = layer.sentence(si);
        let written: Vec<&str> = words.iter().map(|w| text.slice(w.start..w.end)).collect();
        let mut s = Sent {
            words: written.iter().map(|w| fold_token(w)).collect(),
            tags: tag_words(pos, &written),
            spans: words.iter().map(|w| w.start..w.end).collect(),
            actor_at: vec![None; words.len()],
            actors: Vec::new(),
        };
        add_actor_spans(&mut s, doc, mentions, registry, opts, date);
        // The people of the sentence before, whom a "he" or "his" of this one may stand for
        // ("Saab accused him of ...", after a sentence about El Aissami).
        let before = std::mem::take(&mut people).into_iter().filter(|(at, _)| *at + 1 == si).map(|(_, p)| p).collect::<Vec<_>>();
        people = s.actors.iter().filter(|a| a.person).map(|a| (si, (a.actor.clone(), a.cameo.clone(), false))).collect();
        let mut named_groups: Vec<(String, String)> = s.actors.iter().filter(|a| a.group).map(|a| (a.actor.clone(), a.cameo.clone())).collect();
        named_groups.sort();
        named_groups.dedup();
        groups = (si, named_groups);
        heads = (si, named_heads(&s));
        // "the group" of this sentence standing for the one group of the sentence before, or
        // "the bank" for the one body named before in words ending with it.
        let named_before = |n: &String| (groups_before.len() == 1 && nominal.words.is("group-noun", n)) || super::tree::one_named(&heads_before, n).is_some();
        let body_before = s.words.windows(2).any(|w| w.first().is_some_and(|t| t == "the") && w.get(1).is_some_and(named_before));
        // Also "the two leaders" ([`super::verbal`]'s pair nouns).
        // Also "the Russian leader", a leader word after "the" and a demonym (not a title before
        // a name: "Russian President Vladimir Putin").
        let actor_at = |k: usize| s.actor_at.get(k).copied().flatten().is_some();
        let leader = (2..s.words.len()).any(|k| nominal.words.is("leader", s.word(k)) && actor_at(k - 1) && s.word(k - 2) == "the" && !actor_at(k + 1));
        let pronoun = leader || s.words.iter().any(|w| nominal.words.is("person-pronoun", w) || matches!(w.as_str(), "two" | "both"));
        let before = if pronoun { before } else { Vec::new() };
        let actors = s.actors.iter().map(|a| (&a.actor, &a.cameo)).collect::<BTreeSet<_>>().len();
        // One actor may answer a deed the sentence before told ("Caracas denied the allegations").
        let told_before = out.iter().any(|e| e.sentence + 1 == si);
        let actors = actors + usize::from(body_before);
        if actors + before.len().min(2) < 2 && !(actors == 1 && told_before) {
            continue;
        }
        fix_tags(&mut s);
        fix_verb_forms(&mut s, verbs);
        if let Some(trace) = trace {
            trace(&explain(&s));
        }
        // The parse as the model gave it is kept for a trace only (each mend is printed).
        let view = parse_view(doc, si, &s, registry, verbs).map(|v| {
            let mended = match trace {
                Some(trace) => {
                    let mended = v.clone().mended(&nominal.words);
                    mended.mends_since(&v).iter().for_each(|line| trace(line));
                    mended
                }
                None => v.mended(&nominal.words),
            };
            mended.with_people_before(&before).with_group_references(&nominal.words, &groups_before).with_head_references(&heads_before)
        });
        let subject = view.as_ref().and_then(|v| v.subject_person().map(str::to_string));
        for (_, p) in people.iter_mut() {
            p.2 = subject.as_deref() == Some(p.0.as_str());
        }
        // The sentence before's events, which a deed named again may refer to.
        let before: Vec<Event> = out.iter().filter(|e| si.checked_sub(1) == Some(e.sentence)).cloned().collect();
        out.extend(read_sentence(&s, view.as_ref(), si, verbs, nominal, opts, &before));
    }
    out
}

/// The events of one sentence, read by the reader the options choose (the shallow rules where
/// the sentence has no parse), then the events told by nouns over the parse, each adding a pair
/// the verbs did not give.
fn read_sentence(s: &Sent, view: Option<&super::tree::SentenceView>, si: usize, verbs: &VerbTable, nominal: &super::nominal::NominalRules, opts: &EventOptions, before: &[Event]) -> Vec<Event> {
    let mut out = Vec::new();
    let mut verbs_nouns = Vec::new();
    match view {
        Some(view) if opts.engine == super::Engine::Hybrid => {
            let mut shallow = Vec::new();
            code_sentence(s, si, verbs, opts.paired, &mut shallow);
            let coded = super::verbal::code_sentence_after(view, verbs, nominal, opts.paired, si, before);
            verbs_nouns = coded.nouns.clone();
            out.extend(coded.with_fallback(shallow));
        }
        Some(view) if opts.engine == super::Engine::Parse => {
            let coded = super::verbal::code_sentence_after(view, verbs, nominal, opts.paired, si, before);
            verbs_nouns = coded.nouns;
            out.extend(coded.events);
        }
        _ => code_sentence(s, si, verbs, opts.paired, &mut out),
    }
    for e in view.map(|v| super::nominal::code_sentence(v, nominal, si, &verbs_nouns)).unwrap_or_default() {
        if !out.iter().any(|o| o.source == e.source && o.target == e.target) {
            out.push(e);
        }
    }
    out
}

/// The sentence-local view of the parse the nominal rules read, with the actor of each word;
/// `None` when the document has no parse.
fn parse_view(doc: &Document, si: usize, s: &Sent, registry: &Registry, verbs: &VerbTable) -> Option<super::tree::SentenceView> {
    let parse = doc.parse.as_ref()?;
    let range = doc.tokens().sentences.get(si)?.clone();
    let words = parse.words.get(range.clone())?;
    Some(super::tree::SentenceView {
        words: words
            .iter()
            .enumerate()
            .map(|(k, w)| (k, w, s.actor_at.get(k).copied().flatten().and_then(|a| s.actors.get(a))))
            .map(|(k, w, span)| super::tree::ViewWord {
                form: s.word(k).to_string(),
                // A verb of the table has its dictionary lemma.
                lemma: Some(w.upos.as_str()).filter(|u| *u == "VERB").and_then(|_| verbs.lemma_of(s.word(k))).unwrap_or_else(|| w.lemma.to_lowercase()),
                upos: w.upos.clone(),
                head: w.head.and_then(|h| h.checked_sub(range.start)),
                deprel: w.deprel.clone(),
                actor: span.map(|a| (a.actor.clone(), a.cameo.clone(), a.place)),
                person: span.is_some_and(|a| a.person),
                group: span.is_some_and(|a| a.group),
                // A place noun's "of" phrase names it as an agent noun's names whose it is:
                // "the port of La Guaira", "the city of Aleppo".
                agent: agent_noun(s.word(k)) || agent_forms(s.word(k)).any(|f| registry.agents.contains_key(&f)) || is(s.word(k), PLACE_NOUNS),
                span: s.spans.get(k).cloned().unwrap_or_default(),
            })
            .collect(),
    })
}

/// Part-of-speech tags of a sentence's words. A headline in title case ("Venezuela's Defense
/// Minister Arrives in Moscow") is tagged as if written in lower case after its first word, or
/// every capitalised verb reads as a name.
fn tag_words(pos: &PosTagger, written: &[&str]) -> Vec<String> {
    let alphabetic: Vec<&&str> = written.iter().filter(|w| w.chars().next().is_some_and(char::is_alphabetic)).collect();
    let capitalised = alphabetic.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    let title_case = alphabetic.len() >= 4 && capitalised * 10 >= alphabetic.len() * 8;
    if !title_case {
        return pos.tag_names(written).into_iter().map(String::from).collect();
    }
    let lowered: Vec<String> = written.iter().enumerate().map(|(i, w)| if i == 0 { w.to_string() } else { w.to_lowercase() }).collect();
    let refs: Vec<&str> = lowered.iter().map(String::as_str).collect();
    pos.tag_names(&refs).into_iter().map(String::from).collect()
}

/// Mend tagger errors that cost events: a name tagged as a verb ("Moscow/VB agreed"), a verb
/// after an inverted auxiliary tagged as a noun ("do Russia and Iran criticize/NN"), a noun after
/// a determiner or possessive tagged as a present-tense verb ("his Venezuelan counterpart/VBP"),
/// and the list, complement-clause and coordinated-infinitive cases below.
fn fix_tags(s: &mut Sent) {
    for i in 0..s.words.len() {
        if s.actor_at[i].is_some() && s.tags[i].starts_with("VB") {
            s.tags[i] = "NNP".into();
        }
        // "Hezbollah secretary-general/VBD Hassan Nasrallah": a hyphenated title is a noun.
        if s.tags[i].starts_with("VB") && s.word(i).contains('-') && s.word(i).rsplit('-').next().is_some_and(|last| matches!(last, "general" | "elect" | "chief" | "designate")) {
            s.tags[i] = "NN".into();
        }
    }
    // "Rarely do Russia and Iran criticize": after an inverted auxiliary and its subject, a
    // base-form verb, not a noun.
    for i in 1..s.words.len() {
        if s.tags[i] != "NN" || s.actor_at[i - 1].is_none() {
            continue;
        }
        let mut k = i;
        while k > 0 && (s.actor_at[k - 1].is_some() || matches!(s.word(k - 1), "and" | "," | "or")) {
            k -= 1;
        }
        if k > 0 && matches!(s.word(k - 1), "do" | "does" | "did") {
            s.tags[i] = "VB".into();
        }
    }
    // "gasoline, food and spare/VB parts": a list of nouns goes on past "and".
    for i in 3..s.words.len().saturating_sub(1) {
        if s.tags[i] == "VB" && s.word(i - 1) == "and" && matches!(s.tags[i - 2].as_str(), "NN" | "NNS") && s.word(i - 3) == "," && matches!(s.tags[i + 1].as_str(), "NN" | "NNS") {
            s.tags[i] = "JJ".into();
        }
    }
    // "warned that Hezbollah uses/NNS Venezuela": after "that" and a name, a word read as a
    // plural noun before another name or a determiner is the clause's verb.
    for i in 2..s.words.len().saturating_sub(1) {
        let Some(a) = s.actor_at[i - 1] else { continue };
        let start = s.actors[a].words.start;
        let object_next = s.actor_at[i + 1].is_some() || matches!(s.word(i + 1), "the" | "a" | "an" | "its" | "their");
        if s.tags[i] == "NNS" && s.actor_at[i].is_none() && start > 0 && s.word(start - 1) == "that" && object_next {
            s.tags[i] = "VBZ".into();
        }
    }
    // "vowed to track and sanction/NN Maduro": after "to", a verb and "and", a verb.
    for i in 3..s.words.len() {
        if s.tags[i] == "NN" && s.actor_at[i].is_none() && matches!(s.word(i - 1), "and" | "or") && s.tags[i - 2] == "VB" && s.word(i - 3) == "to" {
            s.tags[i] = "VB".into();
        }
    }
    for i in 1..s.words.len() {
        if !matches!(s.tags[i].as_str(), "VBP" | "VB") {
            continue;
        }
        let mut k = i;
        while k > 0 && i - k < 3 && (matches!(s.tags[k - 1].as_str(), "JJ" | "NNP" | "NNPS" | "CD") || s.actor_at[k - 1].is_some()) {
            k -= 1;
        }
        let det = k.checked_sub(1).map(|p| s.word(p)).unwrap_or("");
        if is(det, DETERMINERS) || matches!(det, "my" | "your") {
            s.tags[i] = if s.word(i).ends_with('s') { "NNS" } else { "NN" }.into();
        }
    }
}

/// Irregular past tenses, for [`fix_verb_forms`]; regular ones end in "-ed".
const IRREGULAR_PAST: &[&str] = &[
    "met", "sent", "led", "took", "gave", "held", "made", "told", "fought", "sold", "bought", "struck", "brought", "left", "won",
    "lost", "paid", "built", "kept", "began", "broke", "chose", "drove", "flew", "froze", "knew", "ran", "saw", "shot", "spoke",
    "stood", "threw", "wrote", "withdrew", "overthrew", "sought", "caught", "dealt", "fled", "found", "hit", "cut", "put", "set",
    "beat", "bound", "forbade", "forgave", "lent", "rang", "rose", "shook", "slew", "spent", "stole", "swore", "tore", "upheld",
];

/// Whether a word has the form of a regular or listed irregular past, which a past participle
/// shares ("hosted", "signed", "met").
fn past_form(w: &str) -> bool {
    w.ends_with("ed") || is(w, IRREGULAR_PAST)
}

/// Whether a verb of the verb table has its verb word at `i`.
fn verb_head_at(s: &Sent, verbs: &VerbTable, i: usize) -> bool {
    verbs.verbs_at(&s.words, i).iter().any(|h| h.head == i)
}

/// A name tagged as a noun-modifier before a past tense ("Aragorn met/NN with Theoden"): a
/// dictionary verb in its past form right after an actor, before what an object starts with, is
/// the verb.
fn fix_verb_forms(s: &mut Sent, verbs: &VerbTable) {
    // "Venezuela's Defense Minister Arrives/NNS in Moscow": in a sentence, or a part of one
    // before a colon or dash, with no finite verb (a headline), a present form of a known verb
    // between a noun and its complement is the verb.
    let first_stop = (0..s.words.len()).find(|&i| is(s.word(i), HARD_STOP)).unwrap_or(s.words.len());
    if !(0..first_stop).any(|i| s.finite(i)) {
        for i in 1..first_stop {
            let noun_before = s.actor_at[i - 1].is_some() || s.tags[i - 1].starts_with("NN");
            let complement_after = matches!(s.tag(i + 1), "IN" | "TO" | "DT" | "NNP") || s.actor_at.get(i + 1).is_some_and(Option::is_some);
            if matches!(s.tags[i].as_str(), "NNS" | "NN" | "NNP")
                && s.actor_at[i].is_none()
                && s.word(i).ends_with('s')
                && noun_before
                && complement_after
                && verb_head_at(s, verbs, i)
            {
                s.tags[i] = "VBZ".into();
                break;
            }
        }
    }
    for i in 1..s.words.len() {
        if !matches!(s.tags[i].as_str(), "NN" | "NNS" | "JJ") || s.actor_at[i].is_some() || s.actor_at[i - 1].is_none() {
            continue;
        }
        let w = s.word(i);
        let past = (w.ends_with("ed") && w.len() > 4) || is(w, IRREGULAR_PAST);
        // "The US imposed/JJ sanctions": a name (not a demonym: "Russian trained forces") before
        // a past form and a noun acts on the noun.
        let name_before = s.actor_at[i - 1].is_some_and(|a| !s.actors[a].demonym);
        let object_next = matches!(s.tag(i + 1), "DT" | "IN" | "PRP$" | "CD" | "NNP" | "TO")
            || s.actor_at.get(i + 1).is_some_and(Option::is_some)
            || (name_before
                && matches!(s.tag(i + 1), "NNS" | "NN" | "JJ")
                // Unless the noun is the subject of a verb right after ("the Iran backed
                // militias attacked": an adjective).
                && !(i + 2..(i + 5).min(s.words.len())).any(|k| s.finite(k) || s.tag(k) == "VBN"));
        if past && object_next && verb_head_at(s, verbs, i) {
            s.tags[i] = "VBD".into();
        }
    }
    // "Brazil and Colombia, which both recognize/NN Guaidó": a known verb read as a noun right
    // after a relative pronoun (and "both", "all", "also") is the relative clause's verb.
    for i in 1..s.words.len() {
        let mut k = i - 1;
        if matches!(s.word(k), "both" | "all" | "also") && k > 0 {
            k -= 1;
        }
        if matches!(s.tags[i].as_str(), "NN" | "NNS") && matches!(s.word(k), "which" | "who") && s.actor_at[i].is_none() && verb_head_at(s, verbs, i) {
            s.tags[i] = if s.word(i).ends_with('s') { "VBZ" } else { "VBP" }.into();
        }
    }
    // "the US plan to sanction/NN Maduro": a known verb read as a noun after "to", with a name
    // or a determiner right after it, is an infinitive (the base form a noun shares).
    for i in 1..s.words.len() {
        let object_next = s.actor_at.get(i + 1).is_some_and(Option::is_some) || matches!(s.word(i + 1), "the" | "a" | "an" | "its" | "their");
        if s.tags[i] == "NN" && s.word(i - 1) == "to" && s.actor_at[i].is_none() && object_next && verb_head_at(s, verbs, i) {
            s.tags[i] = "VB".into();
            s.tags[i - 1] = "TO".into();
        }
    }
    // "Ethiopia departs/NNS from Libya", "The Philippines and France agree/NN that ...": a present
    // form of a known verb read as a noun right after the names that open the sentence, before a
    // complement and with no finite verb in its clause, is the sentence's verb.
    for i in 1..s.words.len() {
        if !matches!(s.tags[i].as_str(), "NN" | "NNS") || s.actor_at[i].is_some() || s.actor_at[i - 1].is_none() {
            continue;
        }
        let k = s.names_list_start(i - 1);
        let k = if k > 0 && s.word(k - 1) == "the" { k - 1 } else { k };
        let opens = s.opens_sentence(k);
        let complement_after = matches!(s.tag(i + 1), "IN" | "TO" | "DT") || s.actor_at.get(i + 1).is_some_and(Option::is_some);
        let segment_end = s.segment_end(i + 1);
        let verb_later = (i + 1..segment_end).any(|j| s.finite(j));
        let present = !s.word(i).ends_with("ed");
        if opens && complement_after && !verb_later && present && verb_head_at(s, verbs, i) {
            s.tags[i] = if s.word(i).ends_with('s') { "VBZ" } else { "VBP" }.into();
        }
    }
    // "Ethiopia indicated it deplored/VBN Libya": a participle right after a subject pronoun is
    // its verb (unless a causative or perception verb takes the pronoun: "had it repaired").
    for i in 1..s.words.len() {
        let takes_pronoun = i >= 2 && is(s.word(i - 2), TAKES_OBJECT_AND_PARTICIPLE);
        if s.tags[i] == "VBN" && is(s.word(i - 1), SUBJECT_PRONOUNS) && !takes_pronoun && verb_head_at(s, verbs, i) {
            s.tags[i] = "VBD".into();
        }
    }
    // "Fornost welcomed/VBN a resumption of ties": a participle right after the names that open
    // the sentence, before an object and with no finite verb of its own clause after it, is the
    // sentence's verb (a reduced relative, "the troops Russia sent/VBN arrived", has a noun
    // before the names or a verb after).
    for i in 1..s.words.len() {
        if s.tags[i] != "VBN" || s.actor_at[i - 1].is_none() || s.actor_at[i].is_some() {
            continue;
        }
        let k = s.names_list_start(i - 1);
        let opens = s.opens_sentence(k);
        // "“…,” Piñera insisted/VBN at the meeting": a reporting verb after a quotation.
        let after_quote = k > 0 && is(s.word(k - 1), CLOSING_QUOTES);
        // A particle of a phrasal verb is passed over ("Ethiopia broken/VBN down a treaty").
        let next = if s.tag(i + 1) == "RP" { i + 2 } else { i + 1 };
        let object_next = matches!(s.tag(next), "DT" | "PRP$" | "CD" | "NNP") || s.actor_at.get(next).is_some_and(Option::is_some);
        let segment_end = s.segment_end(i + 1);
        // A verb after names right after the participle is their clause's ("insisted Maduro is
        // part of the problem"), not the participle's.
        let after_names = if s.actor_at[i + 1..].first().is_some_and(Option::is_some) { s.names_end(i + 1) } else { i + 1 };
        let later_verb = (i + 1..segment_end).any(|j| s.finite(j) && j != after_names);
        if opens && (object_next || after_quote) && !later_verb && verb_head_at(s, verbs, i) {
            s.tags[i] = "VBD".into();
        }
    }
    // "The Iran backed/VBD militias attacked/VBN Israel": of two past forms around one noun
    // after a name, the first modifies the noun and the second is the clause's verb.
    for i in 1..s.words.len().saturating_sub(2) {
        let second = i + 2;
        if s.tags[i] == "VBD" && s.actor_at[i - 1].is_some() && s.tags[i + 1].starts_with("NN") && s.actor_at[i + 1].is_none() && s.tags[second] == "VBN" {
            let object_next = matches!(s.tag(second + 1), "DT" | "PRP$" | "CD" | "NNP") || s.actor_at.get(second + 1).is_some_and(Option::is_some);
            if object_next {
                s.tags[i] = "VBN".into();
                s.tags[second] = "VBD".into();
            }
        }
    }
    // "Israel struck Hezbollah targets/VBZ": a present form right after names that are a verb's
    // object is a noun of theirs (not after a verb that takes a clause: "said Iran sends").
    for i in 1..s.words.len() {
        if !matches!(s.tags[i].as_str(), "VBZ" | "VBP") || s.actor_at[i].is_some() || s.actor_at[i - 1].is_none() {
            continue;
        }
        let k = s.names_list_start(i - 1);
        let verb = k.checked_sub(1).map(|p| s.word(p)).unwrap_or("");
        let object_of_verb = k > 0 && s.finite(k - 1) && s.actor_at[k - 1].is_none() && !is(verb, BE) && !is(verb, AUX) && !takes_clause(verb);
        if object_of_verb {
            s.tags[i] = if s.word(i).ends_with('s') { "NNS" } else { "NN" }.into();
        }
    }
}

/// One line per word: the word, its tag, and the actor it belongs to.
fn explain(s: &Sent) -> String {
    s.words
        .iter()
        .enumerate()
        .map(|(i, w)| match s.actor_at[i] {
            Some(a) => format!("{w}/{}[{}]", s.tag(i), s.actors[a].actor),
            None => format!("{w}/{}", s.tag(i)),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Fold a word for matching; keeps punctuation words as they are.
pub(super) fn fold_token(w: &str) -> String {
    if w == "'s" || w == "’s" {
        return "'s".into();
    }
    let f = fold(w);
    if f.is_empty() {
        w.to_string()
    } else {
        f
    }
}

/// A verb occurrence with its auxiliary chain read.
#[derive(Clone)]
struct Clause {
    /// The verb word.
    head: usize,
    /// First word of the auxiliary chain.
    chain_start: usize,
    negated: bool,
    passive: bool,
    modality: Modality,
    /// "promised to", "threatened to": how the governing word changes the code, and where the
    /// governing word is (its own event gives way to the combined one).
    governor: Option<Governor>,
    governor_at: Option<usize>,
    /// The chain starts right after "and"/"but"/",": the verb shares the previous subject.
    coordinated: bool,
    /// "to" + the verb.
    infinitive: bool,
}

/// How certain the sentence tells a verb's event: its chain's own modality, then what the
/// sentence around it adds: "reportedly" (unless it hedges only a fronted clause), a question, a
/// participle as certain as the verb before it, an if-clause, a claim reported or denied ("denied
/// reports that"), what is warned against, what an accusation says was done, what is asked of an
/// actor and what an actor's noun is for.
#[allow(clippy::too_many_arguments)]
fn clause_modality(s: &Sent, c: &Clause, hit: VerbHit, cs: usize, opener: &str, gerund_adjunct: bool, reported_sentence: bool, question: bool) -> Modality {
    let mut modality = c.modality;
    // "When troops were reportedly flown into Venezuela, Trump declared ...": a hedge inside
    // a fronted subordinate clause, closed by a comma before the verb, hedges that clause only.
    let hedged = reported_sentence
        && (0..s.words.len()).filter(|&r| is(s.word(r), REPORTED)).any(|r| {
            let fronted = r < c.chain_start
                && (0..r).any(|j| is(s.word(j), SUBORDINATE) && (j == 0 || s.word(j - 1) == ","))
                && (r + 1..c.chain_start).any(|m| s.word(m) == ",");
            !fronted
        });
    if hedged && modality == Modality::Asserted {
        modality = Modality::Reported;
    }
    if question && modality == Modality::Asserted {
        modality = Modality::Possible;
    }
    // A participle with no auxiliary of its own ("could involve US forces battling ...")
    // is as certain as the verb before it in its clause.
    if s.tag(hit.head) == "VBG" && c.chain_start == hit.start && modality == Modality::Asserted {
        if (cs..hit.start).any(|k| s.modal_at(k) == Some(Modality::Future)) {
            modality = Modality::Future;
        } else if (cs..hit.start).any(|k| s.modal_at(k) == Some(Modality::Possible)) {
            modality = Modality::Possible;
        }
    }
    if matches!(opener, "if" | "unless" | "whether") && modality == Modality::Asserted {
        modality = Modality::Possible;
    }
    // "denied reports that Russian soldiers were fighting", "dismissed claims that": a
    // claim told second-hand or disputed, not a deed.
    // Also a clause inside one ("denied reports that it had told the US that it was pulling
    // out").
    let claimed = opener == "that"
        && (1..cs)
            .rev()
            .take_while(|&j| !is(s.word(j), HARD_STOP))
            .any(|j| s.word(j) == "that" && (is(s.word(j - 1), CLAIM_NOUNS) || is(s.word(j - 1), DENY)));
    if claimed && modality == Modality::Asserted {
        modality = Modality::Reported;
    }
    // "warned Russia against interfering": what is warned against has not happened.
    if gerund_adjunct && s.word(c.chain_start - 1) == "against" && modality == Modality::Asserted {
        modality = Modality::Possible;
    }
    // "accused Colombia of attacking Venezuela", "citizens charged with plotting": what an
    // accusation says was done is alleged.
    let alleged = s.tag(hit.head) == "VBG"
        && c.chain_start > 0
        && matches!(s.word(c.chain_start - 1), "of" | "with" | "for")
        && (c.chain_start.saturating_sub(8)..c.chain_start - 1).rev().take_while(|&j| !s.finite(j) || is(s.word(j), ACCUSING)).any(|j| is(s.word(j), ACCUSING));
    if alleged && modality == Modality::Asserted {
        modality = Modality::Reported;
    }
    // "urged Russia to withdraw": what is asked of an actor has not happened.
    let requested = c.infinitive && (cs..c.chain_start).rev().find(|&k| s.is_verb(k) && s.actor_at[k].is_none()).is_some_and(|v| is(s.word(v), REQUEST));
    // "the DEA's operation to shut down Hezbollah's networks": what an actor's noun is for has
    // not happened, unless the noun is a decision taken ("Washington's decision to recognize
    // Guaidó").
    let purpose = c.infinitive && s.noun_owner_before(c.chain_start).is_some() && !is(s.word(c.chain_start - 1), DECISIONS);
    if (requested || purpose) && modality == Modality::Asserted {
        modality = Modality::Possible;
    }
    modality
}

/// Source and target as the verb's meaning reads them, after the clause gave subject and
/// objects: a receiver of material aid names its giver as source, a deed's possessor of the
/// speaker's own country is no target, an envoy sent by their own government visits where they
/// are sent (returned: the envoys), support is not given to whom it stands against, and several
/// subjects meeting in one of them met each other.
#[allow(clippy::too_many_arguments)]
fn reread_pair(s: &Sent, c: &Clause, hit: VerbHit, spec: &CodeSpec, verbs: &VerbTable, sending: bool, sources: &mut Vec<usize>, targets: &mut Vec<usize>) -> Vec<usize> {
    // "Venezuela received military aid from Russia": the giver is the source of aid (CAMEO
    // 06-08), though the receiver is the subject.
    let receiving = receives(&verbs.verbs[hit.verb].lemma);
    let material = spec.forward.and_then(|c| c.root()).is_some_and(|r| (6..=8).contains(&r));
    if receiving && material && !c.passive && !targets.is_empty() && targets.iter().all(|&t| s.governing(s.actors[t].words.start).1 == "from") {
        std::mem::swap(sources, targets);
    }
    // "Lavrov ... to confirm the Russian Federation's support of the Maduro regime": the
    // possessor of a deed does it; of the speaker's own country it is no target, and what
    // the deed is of or for is.
    if !c.passive {
        *targets = std::mem::take(targets)
            .into_iter()
            .flat_map(|t| {
                let end = s.actors[t].words.end;
                let deed = matches!(s.word(end), "'s" | "’" | "'") && deed(s.word(end + 1));
                if !(deed && sources.iter().all(|&a| s.same_country(a, t))) {
                    return vec![t];
                }
                let k = end + 2;
                if !matches!(s.word(k), "of" | "for" | "to") {
                    return Vec::new();
                }
                (k + 1..(k + 4).min(s.words.len())).find_map(|j| s.actor_starting_at(j)).into_iter().collect()
            })
            .collect();
    }
    // "Maduro sent Rodriguez to Russia": whom a government sends of its own is its envoy, and
    // where it sends them is the target, as SEND's `* ENVOY` codes a visit there.
    let mut envoys: Vec<usize> = Vec::new();
    if !c.passive && !targets.is_empty() && sending {
        let own = targets.iter().all(|&t| s.actors[t].person && sources.iter().all(|&a| s.same_country(a, t)));
        let last = targets.iter().map(|&t| s.actors[t].words.end).max().unwrap_or(0);
        if own && s.word(last) == "to" {
            if let Some(d) = s.actor_starting_at(last + 1) {
                envoys = std::mem::replace(targets, vec![d]);
            }
        }
    }
    // "reiterated his support in the face of US sanctions", "his backing against
    // Washington's sanctions": support is not given to whom it stands against.
    let cooperative = spec.forward.and_then(|c| c.root()).is_some_and(|r| (3..=8).contains(&r));
    if cooperative {
        targets.retain(|&t| {
            let (g, word) = s.governing(s.actors[t].words.start);
            let face_of = word == "of" && g.is_some_and(|g| g > 0 && s.word(g - 1) == "face");
            // Not "favour sanctions against Venezuela": there "against" names the target
            // of the sanctions, the thing supported.
            let support_against = word == "against"
                && g.is_some_and(|g| g > 0 && (g == hit.end || matches!(s.word(g - 1), "support" | "backing" | "solidarity" | "help" | "aid" | "assistance")));
            !(support_against || word == "despite" || face_of)
        });
    }
    // "Venezuela and Colombia held talks in Caracas": a target that is one of several
    // subjects is where they met, not whom they met; they met each other.
    let subject_ids: BTreeSet<&str> = sources.iter().map(|&a| s.actors[a].actor.as_str()).collect();
    if subject_ids.len() >= 2 && targets.iter().all(|&t| subject_ids.contains(s.actors[t].actor.as_str())) {
        targets.clear();
    }
    envoys
}

/// The code of a verb: the most specific pattern of its block around it (the words before it
/// with its auxiliaries; after it, a passive's patient and up to the end of what it says),
/// governed by the verb above it; a demand (100) where one says another must do something; and
/// hosting (043) where a verb of receiving with no code of its own names a person. Also the
/// pattern that chose it.
#[allow(clippy::too_many_arguments)]
fn verb_code<'v>(s: &Sent, verbs: &'v VerbTable, c: &Clause, hit: VerbHit, cs: usize, stop: usize, grammatical_subject: &[usize]) -> (CodeSpec, Option<&'v super::verbs::Pattern>) {
    // The code: the most specific pattern around the verb. Words before the verb include its
    // auxiliaries, as TABARI's patterns spell them ("% HAVE *", "WILL NOT *").
    let before: Vec<String> = s.words[cs..hit.start].to_vec();
    // A complement clause right after the verb is part of what the verb says, as in
    // PETRARCH's tree ("allowed that Mordor isn't a really pleasant place": `* REALLY_PLEASANT`),
    // up to the clause's own verb, whose objects are its own ("announced that the US would
    // revise its support" is no `* SUPPORT` of "announced").
    // The clause a verb of saying or thinking may take, for its patterns' end and demands.
    let complement = complement_clause(s, hit.end);
    let pattern_end = if s.word(hit.end) == "that" {
        let end = clause_end(s, hit.end + 1);
        // A copula passes ("isn't a really pleasant place"); "get" is a verb of its own
        // ("demanded that Russia get out") unless a passive participle follows it.
        let copula = |k: usize| is(s.word(k), BE) && (!s.word(k).starts_with('g') || s.tag(k + 1) == "VBN");
        (hit.end + 1..end).find(|&k| s.is_verb(k) && !copula(k)).unwrap_or(end)
    } else if let Some(v) = complement.as_ref().map(|&(_, v)| v).filter(|&v| takes_clause(s.word(hit.head)) && !is(s.word(v), BE) && v < stop) {
        // "said Maduro will release prisoners": the same without "that".
        v
    } else {
        stop
    };
    // A passive verb's subject is what it acts on: "aid was sent by Russia", "the sanctions
    // imposed by the US" match `* AID`, `* SANCTIONS` as the active verb's object would.
    let patient = if c.passive { s.patient_phrase(c.chain_start) } else { c.chain_start..c.chain_start };
    let after: Vec<String> = s.words[patient.clone()].iter().chain(&s.words[hit.end..pattern_end]).cloned().collect();
    let infinitive_after: Vec<bool> = patient.map(|_| false).chain((hit.end..pattern_end).map(|k| s.infinitive_to(k))).collect();
    let compound_subject = grammatical_subject.iter().map(|&a| s.actors[a].actor.as_str()).collect::<BTreeSet<_>>().len() >= 2;
    let (spec, pattern) = verbs.code_for(hit.verb, &before, &after, &infinitive_after, compound_subject);
    let spec = govern(spec, c.governor);
    // "Pompeo said Maduro must step down": what one says another must do is a demand (10),
    // of the complement's subject (the verb judges, below).
    let says = reports_speech(s.word(hit.head)) || matches!(s.word(hit.head), "say" | "declare" | "state" | "insist" | "announce" | "stress");
    let demands = says && complement.as_ref().is_some_and(|&(_, v)| obliges(s, v));
    let (spec, pattern) = if demands { (CodeSpec::parse("100").unwrap_or(spec), None) } else { (spec, pattern) };
    // "Putin received Maduro in the Kremlin": a verb of receiving with no code of its own
    // (RECEIVE's block is `[---]`) hosts the person right after it, as its `* LEADER`,
    // `* ENVOY` patterns code the titles, and as the Spanish table codes "recibió a".
    // Passive too: "Maduro was received by Xi Jinping" (the agent hosts the subject).
    let received = if c.passive { grammatical_subject.first().copied() } else { s.actor_starting_at(hit.end) };
    let receives_person = spec.is_null()
        && pattern.is_none()
        && verbs.verbs[hit.verb].lemma == "RECEIVE"
        && received.is_some_and(|a| s.actors[a].person);
    let spec = if receives_person { CodeSpec::parse("043:042").unwrap_or(spec) } else { spec };
    (spec, pattern)
}

/// Code one sentence's verbs, left to right: each verb's clause gives its subject (carried from
/// the clause before where it has none of its own), its certainty and its code; the voice and
/// the verb's meaning give source and targets; the events are emitted, and a governing verb's
/// own event gives way to the combined one ("threatened to attack").
fn code_sentence(s: &Sent, si: usize, verbs: &VerbTable, paired: PairedCodes, out: &mut Vec<Event>) {
    let n = s.words.len();
    // "Reportedly" anywhere puts the sentence's events in doubt; a source named ("according to
    // government sources") does not: news attributes most of what it tells, and PETRARCH and the
    // seed gold code such sentences as events.
    let reported_sentence = s.words.iter().any(|w| is(w, REPORTED));
    let question = s.words.last().is_some_and(|w| w == "?");
    let mut i = 0;
    let mut prev_sources: Vec<usize> = Vec::new();
    // The previous verb's targets: whom "them" or "him" before a gerund's "of" names
    // ("accusing them of helping Hezbollah").
    let mut prev_targets: Vec<usize> = Vec::new();
    let first_event = out.len();
    let mut absorbed: Vec<usize> = Vec::new();
    while i < n {
        if s.actor_at[i].is_some() {
            i += 1;
            continue;
        }
        let hits = verbs.verbs_at(&s.words, i);
        let Some(&hit) = hits.first() else {
            i += 1;
            continue;
        };
        // "according to US prosecutors" names a source; it is no verb of ACCORD.
        let attribution = s.word(hit.head) == "according" && s.word(hit.head + 1) == "to";
        if is(&s.words[hit.head], BE) || is(&s.words[hit.head], AUX) || nominal(s, hit) || attribution {
            i += 1;
            continue;
        }
        let c = read_chain(s, hit);
        i = hit.end;
        // A trailing attribution (", said Lavrov", ", US officials said") tells who reported
        // the sentence; it is no event between the reporter and what came before.
        if is(s.word(hit.head), REPORTING) && s.in_trailing_report(c.chain_start) {
            continue;
        }
        let cs = clause_start(s, c.chain_start);
        let stop = clause_end(s, hit.end);
        // "Colombia, which shares a border with Venezuela, expressed concern": a relative clause
        // set off by commas ends at the closing comma; what follows is the main clause's.
        let stop = if cs >= 2 && is(s.word(cs - 1), RELATIVE) && s.word(cs - 2) == "," {
            (hit.end..stop).find(|&k| s.word(k) == ",").unwrap_or(stop)
        } else {
            stop
        };
        // Who acts on whom. Passive: "X was sanctioned by Y", Y acts on X.
        let opener = cs.checked_sub(1).map(|p| s.word(p)).unwrap_or("");
        let gerund_adjunct = s.tag(hit.head) == "VBG" && c.chain_start > 0 && matches!(s.word(c.chain_start - 1), "by" | "in" | "while" | "after" | "before" | "for" | "without" | "when" | "of" | "against");
        let modality = clause_modality(s, &c, hit, cs, opener, gerund_adjunct, reported_sentence, question);
        let subject = read_subject(s, verbs, &c, hit, gerund_adjunct, &prev_sources, &prev_targets);
        let (negated, neither_nor) = clause_negation(s, &c, hit, cs, &subject.actors);
        prev_sources = subject.actors.clone();
        let (spec, pattern) = verb_code(s, verbs, &c, hit, cs, stop, &subject.actors);
        // A pattern that spells out the negation has already coded what the negated verb does.
        let negated = negated && !pattern.is_some_and(|p| p.negates());
        let sending = sends(&verbs.verbs[hit.verb].lemma);
        let to_places = match PlaceRole::of(spec, verbs.own_code(hit.verb)) {
            PlaceRole::Visited | PlaceRole::Delivered if sending => PlaceRole::Sent,
            role => role,
        };
        let reverses = pattern.is_some_and(|p| p.reverses());
        let place = Place { stop, to_places, reverses };
        let (mut sources, mut targets) = pair_by_voice(s, &c, hit, spec, place, subject);
        // Talks the clause tells of ("sent Rodriguez to Russia for talks with Lavrov") are an
        // event though the verb itself codes none.
        let talks = if c.passive { None } else { talks_with(s, hit.end, stop) };
        if (spec.is_null() && talks.is_none()) || sources.is_empty() {
            continue;
        }
        let envoys = reread_pair(s, &c, hit, &spec, verbs, sending, &mut sources, &mut targets);
        prev_targets = targets.clone();
        let emitter = Emitter {
            s,
            si,
            negated,
            modality,
            // A promise, or a threat, is itself the event.
            governed: c.governor.is_some_and(|g| g != Governor::Carry),
            pattern: pattern.map(|p| p.text.clone()),
            absorbs: c.governor_at.map(|g| s.spans[g].start),
            trigger: s.spans[hit.start].start..s.spans[hit.end - 1].end,
        };
        let mut emitted = Emitted { out: &mut *out, absorbed: &mut absorbed };
        // "sent Rodriguez to Russia for talks with Lavrov", "proclaimed shared values in a
        // meeting with the ALBA Secretary-General": talks the clause tells of are held by its
        // subject (or the envoy it sends) with whom they name.
        if let Some((noun, code, partners)) = talks {
            let talkers = if envoys.is_empty() { &sources } else { &envoys };
            let noun = s.spans[noun].clone();
            for &a in talkers {
                for &b in &partners {
                    emitter.emit(&mut emitted, a, b, code, &noun);
                }
            }
        }
        if targets.is_empty() {
            // "Russia and Iran signed an accord": each toward the other; not when they are listed
            // as each not doing it ("Neither Galadriel nor Gollum boycotted the parade").
            if neither_nor || !done_together(s, &c, spec, stop) {
                continue;
            }
            if let Some(code) = spec.forward {
                for &a in &sources {
                    for &b in &sources {
                        emitter.emit(&mut emitted, a, b, code, &emitter.trigger);
                    }
                }
            }
            continue;
        }
        for &a in &sources {
            for &b in &targets {
                match (spec.forward, spec.reverse) {
                    (Some(f), Some(r)) if paired == PairedCodes::Both => {
                        emitter.emit(&mut emitted, a, b, f, &emitter.trigger);
                        emitter.emit(&mut emitted, b, a, r, &emitter.trigger);
                    }
                    (Some(f), _) => emitter.emit(&mut emitted, a, b, f, &emitter.trigger),
                    (None, Some(r)) => emitter.emit(&mut emitted, b, a, r, &emitter.trigger),
                    (None, None) => {}
                }
            }
        }
    }
    if !absorbed.is_empty() {
        let coded = out.split_off(first_event);
        out.extend(coded.into_iter().filter(|e| !absorbed.contains(&e.trigger.start)));
    }
}

/// Only what two parties do together is done to each other: meeting, agreeing, cooperating
/// (03-08), or anything the clause marks as mutual ("delayed their meeting", "each other");
/// "Colombia and Brazil expressed concern" or "criticized the decision" is each on its own, at
/// no one named.
fn done_together(s: &Sent, c: &Clause, spec: CodeSpec, stop: usize) -> bool {
    let cooperative = spec.forward.and_then(|c| c.root()).is_some_and(|r| (3..=8).contains(&r));
    let marked = (c.chain_start..stop).any(|k| {
        matches!(s.word(k), "their" | "each" | "jointly" | "together" | "bilateral" | "mutual") || (s.word(k) == "one" && s.word(k + 1) == "another")
    });
    cooperative || marked
}

/// What the events of one verb share: how certain and whether denied, the pattern that coded
/// them, the governing verb whose own event they replace, and the verb's words.
struct Emitter<'a> {
    s: &'a Sent,
    si: usize,
    negated: bool,
    modality: Modality,
    /// Governed by a promise or a threat ("promised to send"): the combined event is asserted.
    governed: bool,
    pattern: Option<String>,
    absorbs: Option<usize>,
    trigger: Range<usize>,
}

/// Where a sentence's events go, and the governing verbs whose own events gave way.
struct Emitted<'o> {
    out: &'o mut Vec<Event>,
    absorbed: &'o mut Vec<usize>,
}

impl Emitter<'_> {
    fn emit(&self, to: &mut Emitted<'_>, src: usize, tgt: usize, code: CameoCode, trigger: &Range<usize>) {
        let s = self.s;
        let (a, b) = (&s.actors[src].actor, &s.actors[tgt].actor);
        // An actor does nothing to itself; but a country's agents may act on each other, as
        // PETRARCH codes them: "Gondorian police arrested Gondorian protesters" is GONCOP →
        // GONOPP.
        // Only agents, though: "China's spokesman said Beijing opposes ..." is no event of
        // China's government toward China.
        let (sc, tc) = (&s.actors[src].cameo, &s.actors[tgt].cameo);
        if a == b && (sc == tc || sc.len() <= 3 || tc.len() <= 3) {
            return;
        }
        // A promise, or an intent told in the future ("announced he would meet his counterpart
        // at a conference": 036), is itself the event.
        let modality = if self.governed || (code.root() == Some(3) && self.modality == Modality::Future) { Modality::Asserted } else { self.modality };
        // A code of several actors ("THE_SHIRE [FRO/BIL/SAM]") stands for each of them: one
        // event each, as PETRARCH codes it.
        for source_cameo in split_codes(&s.actors[src].cameo) {
            for target_cameo in split_codes(&s.actors[tgt].cameo) {
                let e = Event {
                    sentence: self.si,
                    source: a.clone(),
                    target: b.clone(),
                    source_cameo: source_cameo.to_string(),
                    target_cameo: target_cameo.to_string(),
                    code,
                    trigger: trigger.clone(),
                    negated: self.negated,
                    modality,
                    pattern: self.pattern.clone(),
                    reader: super::Reader::Shallow,
                    confidence: 0.0,
                    location: None,
                };
                if !to.out.contains(&e) {
                    to.out.push(e);
                    // "threatened to attack": the combined event replaces the governing verb's own.
                    to.absorbed.extend(self.absorbs);
                }
            }
        }
    }
}

/// A verb's subject as its clause gives it, with what the subject reading found on the way: the
/// object of the verb before a trailing participle ("Cuba praised Venezuela, calling Maduro a
/// hero") and a relative clause's subject and antecedent ("received Maduro, with whom he signed").
struct Subject {
    actors: Vec<usize>,
    object_before: Vec<usize>,
    relative_with: Option<(Option<Vec<usize>>, Vec<usize>, bool)>,
}

/// Who does what a verb tells: a gerund after an object's preposition is the object's deed
/// ("accused Venezuela of supporting"), a gerund adjunct the main clause's subject's, an
/// infinitive its controller's, a relative clause its own subject's, else the subject before the
/// verb; then what coordination and trailing participles carry over from the clause before.
fn read_subject(s: &Sent, verbs: &VerbTable, c: &Clause, hit: VerbHit, gerund_adjunct: bool, prev_sources: &[usize], prev_targets: &[usize]) -> Subject {
    // "accused Venezuela of supporting", "thanked Putin for supporting", "warned Russia
    // against interfering": the gerund after "of"/"for"/"against" belongs to the object right
    // before the preposition.
    let after_object = gerund_adjunct && c.chain_start >= 2 && matches!(s.word(c.chain_start - 1), "of" | "for" | "against");
    // Also past the object's own noun: "sanctioned two Venezuelan officials for helping".
    let object_of_previous = after_object
        .then(|| {
            let p = c.chain_start - 1;
            s.actor_ending_at(p).or_else(|| {
                (p >= 2 && matches!(s.tag(p - 1), "NN" | "NNS") && s.actor_at[p - 1].is_none())
                    .then(|| s.actor_ending_at(p - 1))
                    .flatten()
                    .filter(|&a| s.actors[a].demonym)
            })
        })
        .flatten();
    // "them of", "him of", and "which it accused of helping": the previous verb's object.
    let pronoun_of_previous = after_object
        && (matches!(s.word(c.chain_start - 2), "them" | "him" | "her") || (object_of_previous.is_none() && s.is_verb(c.chain_start - 2) && s.tag(c.chain_start - 2) != "VBN"));
    // "received Maduro, with whom he signed": the relative's own subject and its antecedent.
    let relative_with = with_whom(s, c.chain_start);
    // "Venezuela was sanctioned by the US for supporting Hezbollah": not the agent's deed
    // but the patient's.
    let agent_before = object_of_previous.is_some_and(|a| s.is_passive_agent(a));
    let mut subject = if agent_before && !prev_targets.is_empty() {
        prev_targets.to_vec()
    } else if let Some(a) = object_of_previous.filter(|_| !agent_before) {
        with_coordinated_left(s, a)
    } else if pronoun_of_previous {
        prev_targets.to_vec()
    } else if gerund_adjunct && prev_sources.is_empty() {
        // "By launching missiles against a Syrian airbase, Trump announced": the subject
        // of the main clause after the comma.
        main_subject_after(s, hit.end)
    } else if gerund_adjunct {
        prev_sources.to_vec()
    } else if c.infinitive {
        infinitive_subject(s, verbs, c, prev_sources)
    } else if let Some((subject, _, _)) = &relative_with {
        // A pronoun subject is the previous clause's.
        subject.clone().unwrap_or_else(|| prev_sources.to_vec())
    } else {
        subject_before(s, c, prev_sources)
    };
    // "Cuba praised Venezuela, calling Maduro a hero": the previous verb's subject's act.
    let object_before = trailing_participle_object(s, c, hit, &subject, prev_sources);
    if !object_before.is_empty() {
        subject = prev_sources.to_vec();
    }
    // "wrote a letter to Hassan Nasrallah thanking him": an -ing form right after a noun's
    // "to" phrase tells what the noun (the letter) does, which is its writer's act.
    let after_to_phrase = s.tag(hit.head) == "VBG" && c.chain_start == hit.start && s.actor_ending_at(c.chain_start).is_some();
    if after_to_phrase && !prev_sources.is_empty() {
        let start = s.list_start(&subject).unwrap_or(c.chain_start);
        let first = (start.saturating_sub(6)..start)
            .rev()
            .take_while(|&k| s.actor_at[k].is_some() || matches!(s.tag(k), "DT" | "JJ" | "NN" | "NNP" | "NNPS" | "HYPH" | "POS"))
            .last()
            .unwrap_or(start);
        if first >= 2 && s.word(first - 1) == "to" && matches!(s.tag(first - 2), "NN" | "NNS") && s.actor_at[first - 2].is_none() {
            subject = prev_sources.to_vec();
        }
    }
    // "Maduro was received by Putin and criticized by Guaidó": a passive after "and" is about
    // the previous passive's subject, not its agent.
    if c.passive && c.coordinated && !prev_targets.is_empty() {
        let agent_before = c.chain_start >= 2
            && matches!(s.word(c.chain_start - 1), "and" | "or")
            && s.actor_ending_at(c.chain_start - 1).is_some_and(|a| s.is_passive_agent(a));
        if agent_before || subject.is_empty() {
            subject = prev_targets.to_vec();
        }
    }
    if subject.is_empty() && c.coordinated {
        // "indicted by the Justice Department, sanctioned by the Treasury": a coordinated
        // verb with no subject of its own shares the previous verb's.
        subject = prev_sources.to_vec();
    }
    Subject { actors: subject, object_before, relative_with }
}

/// Whether a verb's event is denied, and whether its subjects are listed as each not doing it:
/// the chain's own negation, "neither ... nor", a gerund after "stop" ("urged Russia to stop
/// supporting Maduro"), a negative opener with inversion ("Rarely do Maduro and Cabello leave").
fn clause_negation(s: &Sent, c: &Clause, hit: VerbHit, cs: usize, subject: &[usize]) -> (bool, bool) {
    let neither_nor = s.list_start(subject).is_some_and(|first| {
        let last = s.list_end(subject).unwrap_or(first);
        first.checked_sub(1).is_some_and(|p| s.word(p) == "neither") || (first..last).any(|k| s.word(k) == "nor")
    });
    let stopped = s.tag(hit.head) == "VBG" && c.chain_start == hit.start && hit.start > 0 && is(s.word(hit.start - 1), STOP);
    let negated = c.negated
        || neither_nor
        || stopped
        || (is(s.word(cs), NEGATIVE_OPENERS) && (is(s.word(cs + 1), AUX) || is(s.word(cs + 1), BE) || is(s.word(cs + 2), AUX) || is(s.word(cs + 2), BE)));
    (negated, neither_nor)
}

/// Where a verb's objects may be looked for: up to the clause's end, which places count as
/// targets for its code, and whether its pattern reverses the pair (`+ * FROM $`).
#[derive(Clone, Copy)]
struct Place {
    stop: usize,
    to_places: PlaceRole,
    reverses: bool,
}

/// Sources and targets by the verb's voice: a reversing pattern makes the subject the target, a
/// passive's agent acts on its subject (or on whom a reduced relative's phrase is aimed at), an
/// active verb's subject on its objects.
fn pair_by_voice(s: &Sent, c: &Clause, hit: VerbHit, spec: CodeSpec, place: Place, subject: Subject) -> (Vec<usize>, Vec<usize>) {
    let stop = place.stop;
    if place.reverses && !subject.actors.is_empty() {
        // `+ * FROM $`: the subject is the target, the actor after the verb the source.
        let (objects, places) = objects_after(s, hit.end, stop, place.to_places);
        return (if objects.is_empty() { places } else { objects }, subject.actors);
    }
    if !c.passive {
        let objects = active_objects(s, c, hit, spec, place, &subject);
        return (subject.actors, objects);
    }
    let agents = agent_after(s, hit.end);
    let patients = if subject.actors.is_empty() {
        // "sanctions imposed by the US against PDVSA": whom the reduced relative's phrase is
        // aimed at, though the sentence's own verb follows it ("... against PDVSA have made
        // Maduro move"): an actor inside a prepositional phrase opens no clause.
        (hit.end..stop)
            .filter_map(|k| s.actor_starting_at(k))
            .filter(|a| !agents.contains(a) && !s.actors[*a].place)
            .find(|&a| matches!(s.governing(s.actors[a].words.start).1, "against" | "on" | "upon" | "to"))
            .map(|a| with_coordinated_right(s, a, stop))
            .unwrap_or_default()
    } else {
        // "US sanctions imposed by Trump": the agent's own country owns what was done, it is
        // not done to.
        subject.actors.into_iter().filter(|&p| !agents.iter().any(|&a| s.same_country(a, p))).collect()
    };
    (agents, patients)
}

/// An active verb's objects: the actors after it (a place where its code takes one and the
/// subject is one actor), a relative clause's antecedent, nothing for a fronted "what", a
/// pronoun's antecedent, and for a verb that judges the subject of the clause it takes.
fn active_objects(s: &Sent, c: &Clause, hit: VerbHit, spec: CodeSpec, place: Place, subject: &Subject) -> Vec<usize> {
    let grammatical_subject = &subject.actors;
    let (objects, places) = objects_after(s, hit.end, place.stop, place.to_places);
    let objects = if objects.is_empty() && grammatical_subject.len() == 1 { places } else { objects };
    // "..., with whom he signed agreements": with the relative's antecedent.
    // "Rosneft, which it accused of ...": the antecedent is the object.
    let objects = match &subject.relative_with {
        Some((_, antecedent, true)) => antecedent.clone(),
        Some((_, partner, false)) if objects.is_empty() => partner.clone(),
        _ => objects,
    };
    // "what he called illegal US sanctions", "what Moscow describes as aid": the object is
    // "what", fronted; the words after the verb say what it was called.
    let fronted_what = (c.chain_start.saturating_sub(5)..c.chain_start).rev().find(|&k| s.word(k) == "what").is_some_and(|w| {
        (w + 1..c.chain_start).all(|k| s.actor_at[k].is_some() || matches!(s.tag(k), "PRP" | "DT" | "NNP" | "NNPS" | "NN" | "NNS" | "MD" | "RB") || is(s.word(k), AUX))
            && w + 1 < c.chain_start
    });
    let objects = if fronted_what { Vec::new() } else { objects };
    // "wrote to Hassan Nasrallah thanking him": "him" or "her" right after the verb is its
    // object: the one person named before it who is not the subject, if there is just one
    // ("thanking him for Russia's support" is not about Russia).
    let objects = if s.word(hit.end) == "them" {
        // "sanctioned two Venezuelan officials, accusing them": the object before.
        subject.object_before.clone()
    } else if matches!(s.word(hit.end), "him" | "her") {
        // Whom "him" is if we cannot tell: no one (not whoever comes after it either).
        s.one_other_person_before(hit.start, grammatical_subject).into_iter().collect()
    } else {
        objects
    };
    // "Pinera insisted Maduro is part of the problem", "Gollum allowed that Mordor isn't a
    // pleasant place": a verb that judges (not one that only reports: "said") is about the
    // subject of the clause it takes, as PETRARCH and the seed gold code it.
    let judges = spec.forward.and_then(|c| c.root()).is_some_and(|r| r != 1);
    // Its object list when that list is the clause's subject list ("Arnor believes Dagolath and
    // Osgiliath can cope"), and past the noun it judges with ("expressed hopes on Thursday that
    // Osgiliath could be drawn in").
    // Not the speaker's own country: "Pompeo warned that Washington would hold Moscow
    // responsible" is no warning to the US (the clause's own verb codes Washington's act).
    let others = |list: Vec<usize>| -> Vec<usize> { list.into_iter().filter(|&a| !grammatical_subject.iter().any(|&g| s.same_country(a, g))).collect() };
    let clause_subject = if judges { complement_subject(s, hit.end) } else { Vec::new() };
    let objects = if !clause_subject.is_empty() && objects.iter().all(|o| clause_subject.contains(o)) {
        others(clause_subject)
    } else if objects.is_empty() && judges {
        others(that_after_noun(s, hit.end).map(|at| complement_subject(s, at)).unwrap_or_default())
    } else {
        objects
    };
    // "“Maduro is part of the problem,” Piñera insisted": the quotation before the subject is
    // what the verb takes.
    match quotation_before(s, grammatical_subject) {
        Some(open) if objects.is_empty() && judges => others(complement_subject(s, open + 1)),
        _ => objects,
    }
}

/// The actor codes a registry code stands for: `FRO/BIL/SAM` is three actors; an empty code is
/// one actor without a code.
fn split_codes(code: &str) -> impl Iterator<Item = &str> {
    let mut parts = code.split('/').map(str::trim).filter(|p| !p.is_empty()).peekable();
    let empty = parts.peek().is_none();
    parts.chain(empty.then_some(""))
}


/// Whether a verb form stands where a noun or an adjective would: the tagger says it is not a
/// verb ("Russia's support", "held talks", "sanctions on"), or a determiner precedes it.
fn nominal(s: &Sent, hit: VerbHit) -> bool {
    let prev = hit.start.checked_sub(1).map(|p| s.word(p)).unwrap_or("");
    let prev_tag = hit.start.checked_sub(1).map(|p| s.tag(p)).unwrap_or("");
    // "a terrorist training camp": a gerund between nouns is part of a compound.
    let compound = s.tag(hit.head) == "VBG" && (prev_tag.starts_with("NN") || prev_tag == "JJ") && s.tag(hit.end).starts_with("NN");
    // "the initially successful but ultimately failed coup": a participle inside a noun phrase
    // (a determiner before it, only modifiers between) before its noun.
    let before_noun = matches!(s.tag(hit.head), "VBN" | "VBD") && s.tag(hit.end).starts_with("NN") && s.actor_at[hit.end].is_none();
    let mut k = hit.start;
    while k > 0 && s.actor_at[k - 1].is_none() && matches!(s.tag(k - 1), "RB" | "JJ" | "CC" | "," | "VBN") {
        k -= 1;
    }
    let det = k.checked_sub(1).map(|p| s.word(p)).unwrap_or("");
    let in_noun_phrase = before_noun && k < hit.start && is(det, DETERMINERS);
    // "expanding US and EU targeted sanctions": actors, then the participle, then its noun, all
    // the object of a verb before them.
    let modified_list = before_noun && k == hit.start && s.actor_ending_at(k).is_some_and(|a| {
        let start = s.list_start(&with_coordinated_left(s, a)).unwrap_or(0);
        start > 0 && matches!(s.tag(start - 1), "VBG" | "VB")
    });
    !s.is_verb(hit.head) || compound || in_noun_phrase || modified_list || is(prev, DETERMINERS)
}

/// Read the auxiliary chain before a verb.
fn read_chain(s: &Sent, hit: VerbHit) -> Clause {
    let mut k = hit.start;
    let mut negated = false;
    let mut be = false;
    let mut modality = Modality::Asserted;
    let mut governor = None;
    let mut governor_at = None;
    let mut infinitive = false;
    // "vowed to find and punish Maduro": the second of two coordinated infinitives shares the
    // first one's "to" and what governs it.
    if k >= 3 && matches!(s.word(k - 1), "and" | "or") && s.tag(k - 2) == "VB" && s.actor_at[k - 2].is_none() && s.word(k - 3) == "to" {
        k -= 2;
    }
    while k > 0 {
        let w = s.word(k - 1);
        if is(w, QUOTES) {
            k -= 1;
            continue;
        }
        if is(w, BE) {
            be = true;
            if w.ends_with("n't") {
                negated = true;
            }
        } else if is(w, AUX) || w.ends_with("ly") && w.len() > 4 && s.actor_at[k - 1].is_none() {
            if negates(w) {
                negated = true;
            }
            let modal = s.modal_at(k - 1);
            if modal == Some(Modality::Future) {
                modality = Modality::Future;
            } else if modal == Some(Modality::Possible) && modality == Modality::Asserted {
                modality = Modality::Possible;
            } else if is(w, REPORTED) && modality == Modality::Asserted {
                modality = Modality::Reported;
            }
            if w == "to" {
                infinitive = true;
                // "warned Washington not to interfere": a negated infinitive; the word governing
                // it is the one before the negation.
                let not_before = k >= 2 && negates(s.word(k - 2)) && s.word(k - 2) != "to";
                if not_before {
                    negated = true;
                    k -= 1;
                }
                // The word governing the infinitive.
                let g = k.checked_sub(2).map(|p| s.word(p)).unwrap_or("");
                let g_at = k.checked_sub(2);
                if is(g, REFUSE) {
                    governor = Some(Governor::Refuse);
                } else if is(g, PROMISE) {
                    governor = Some(Governor::Promise);
                } else if is(g, THREATEN) {
                    governor = Some(Governor::Threaten);
                } else if is(g, CARRY) {
                    governor = Some(Governor::Carry);
                }
                if governor.is_some() {
                    governor_at = g_at;
                } else if is(g, BE) && k >= 3 && matches!(s.word(k - 3), "response" | "reaction" | "answer" | "reply") {
                    // "Trump's response was to declare": what the response was, done.
                } else if (is(g, INTEND) || is(g, BE)) && modality == Modality::Asserted {
                    // "plans to visit", "is to visit".
                    modality = Modality::Future;
                } else if is(g, REPORT) && k >= 3 && is(s.word(k - 3), BE) && modality == Modality::Asserted {
                    // "was said to have flown".
                    modality = Modality::Reported;
                } else if is(g, SEEM) && modality == Modality::Asserted {
                    // "seemed to favour intervention": a hedge, not a deed.
                    modality = Modality::Possible;
                }
                // The governing verb's own auxiliaries ("will continue to invest", "did not
                // agree to send") hold for the infinitive too.
                if let Some(gi) = k.checked_sub(2) {
                    for p in gi.saturating_sub(3)..gi {
                        let w = s.word(p);
                        let modal = s.modal_at(p);
                        if modal == Some(Modality::Future) {
                            modality = Modality::Future;
                        } else if modal == Some(Modality::Possible) && modality == Modality::Asserted {
                            modality = Modality::Possible;
                        }
                        if negates(w) {
                            negated = true;
                        }
                    }
                }
                k -= 1;
                break;
            }
        } else {
            break;
        }
        k -= 1;
    }
    // "X was sanctioned by Y"; a participle with no auxiliary after a noun or a comma is a
    // reduced relative, passive too ("sanctions imposed by the US", "troops deployed to").
    // The tagger may call a past participle a past tense ("the summit hosted/VBD in Caracas"):
    // the forms are one for regular verbs, so the phrase before decides (`modifies_object`).
    let participle = s.tag(hit.head) == "VBN";
    let participle_form = participle || (s.tag(hit.head) == "VBD" && past_form(s.word(hit.head)));
    let by_follows = s.word(hit.end) == "by" || (s.word(hit.end).ends_with("ly") && s.word(hit.end + 1) == "by");
    // A participle after a noun is a reduced relative only if the sentence goes on to its own
    // finite verb ("the troops deployed to Venezuela aren't...") or names an agent; otherwise the
    // tagger has mistaken a past tense ("Israeli police arrested activists").
    // A verb coordinated by "and" is no main verb of its own ("Duque, a close US ally,
    // called/VBN on Maduro to step down and welcomed the sanctions").
    // Nor is a trailing report's ("..., Interior Minister Cabello said on Monday").
    let main_verb_later = (hit.end..s.words.len()).any(|i| s.finite(i) && s.actor_at[i].is_none() && !matches!(s.word(i - 1), "and" | "or" | "but") && !s.in_trailing_report(i));
    // Or if the phrase before it is the object of an earlier verb and no object follows the
    // participle ("attend the summit of ALBA hosted in Caracas").
    let modifies_object = participle_form && s.object_phrase_before(k) && !(s.tag(hit.end).starts_with("NN") || matches!(s.tag(hit.end), "DT" | "PRP$" | "JJ" | "CD"));
    let reduced_relative = (k..hit.start).all(|j| is(s.word(j), QUOTES))
        && k > 0
        && (s.is_noun(k - 1) || s.word(k - 1) == "," || s.actor_at[k - 1].is_some())
        && (by_follows || main_verb_later || modifies_object);
    let before = k.checked_sub(1).map(|p| s.word(p)).unwrap_or("");
    // "was arrested in Colombia and extradited/VBD to the United States": a participle after
    // "and" shares the passive before it.
    let shares_passive = participle_form
        && matches!(before, "and" | "or")
        && s.actor_starting_at(hit.end).is_none()
        && !matches!(s.tag(hit.end), "DT" | "PRP$" | "PRP" | "NN" | "NNS" | "NNP" | "NNPS" | "JJ" | "CD")
        && (k.saturating_sub(12)..k - 1).rev().take_while(|&j| !s.boundary(j)).find(|&j| s.is_verb(j) && s.actor_at[j].is_none()).is_some_and(|j| {
            s.tag(j) == "VBN" && j > 0 && (is(s.word(j - 1), BE) || (j > 1 && s.tag(j - 1) == "RB" && is(s.word(j - 2), BE)))
        });
    let passive = !infinitive && ((participle && (be || by_follows || reduced_relative)) || (participle_form && modifies_object && reduced_relative) || shares_passive);
    let coordinated = matches!(before, "and" | "but" | "," | "or") && !infinitive;
    Clause { head: hit.head, chain_start: k, negated, passive, modality, governor, governor_at, coordinated, infinitive }
}

/// Word index where the clause holding position `from` starts.
fn clause_start(s: &Sent, from: usize) -> usize {
    let mut k = from;
    while k > 0 && !s.boundary(k - 1) && from - k < MAX_LEFT {
        k -= 1;
    }
    k
}

/// Word index where the clause after position `from` ends.
fn clause_end(s: &Sent, from: usize) -> usize {
    let mut k = from;
    while k < s.words.len() && k - from < MAX_RIGHT {
        if s.word(k) == "(" {
            match close_paren(s, k) {
                Some(close) => {
                    k = close + 1;
                    continue;
                }
                None => break,
            }
        }
        // A trailing report (", Interior Minister Cabello said") is no part of the clause either.
        if s.boundary(k) || (k > from && (s.participle_phrase_at(k) || s.opens_coordinated_clause(k) || s.opens_coordinated_verb(k) || s.reporting_clause_at(k))) {
            break;
        }
        k += 1;
    }
    k
}

/// Whether the noun phrase whose head is at `head` follows a verb, as its object: the words
/// before the head are modifiers back to a verb.
fn noun_phrase_is_object(s: &Sent, head: usize) -> bool {
    let mut k = head;
    while k > 0 && head - k < 5 && matches!(s.tag(k - 1), "DT" | "PRP$" | "JJ" | "JJS" | "CD" | "NN" | "NNS") && s.actor_at[k - 1].is_none() {
        k -= 1;
    }
    k > 0 && s.is_verb(k - 1) && !is(s.word(k - 1), BE)
}

/// The actor and the actors coordinated with it ("Russia, China and Turkey"), leftwards from
/// the actor `a`.
fn with_coordinated_left(s: &Sent, a: usize) -> Vec<usize> {
    let mut out = vec![a];
    let mut start = s.actors[a].words.start;
    let mut saw_conjunction = false;
    loop {
        let mut k = start;
        // "Fornost and the evil awful Gondor": a determiner and adjectives before a conjunct.
        // (The tagger reads some adjectives as nouns, "evil/NN": after a determiner they pass.)
        while k > 0 && start - k < 4 && matches!(s.tag(k - 1), "DT" | "JJ" | "JJS" | "NN" | "VBN") && s.actor_at[k - 1].is_none() {
            k -= 1;
        }
        let mut premodified = k < start && (s.tag(k) == "DT" || (k..start).all(|x| matches!(s.tag(x), "JJ" | "JJS")));
        // "Ithilen and the government of Gondor": an agent noun's "of"/"from"/"in" phrase as a
        // conjunct.
        if k == start && start >= 2 && matches!(s.word(start - 1), "of" | "from" | "in") && agent_noun(s.word(start - 2)) && s.actor_at[start - 2].is_none() {
            k = start - 2;
            if k > 0 && s.tag(k - 1) == "DT" {
                k -= 1;
            }
            premodified = true;
        }
        // "Nicaragua's Daniel Ortega and Cuba's Miguel Díaz-Canel": a possessor before a conjunct
        // is part of it.
        if k == start && start >= 2 && s.word(start - 1) == "'s" {
            if let Some(p) = s.actor_ending_at(start - 1) {
                k = s.actors[p].words.start;
                premodified = true;
            }
        }
        if !premodified || k == 0 || !matches!(s.word(k - 1), "," | "and" | "or" | "nor" | "&") {
            k = start;
        }
        let mut sep = Vec::new();
        while k > 0 && matches!(s.word(k - 1), "," | "and" | "or" | "nor" | "&") && sep.len() < 2 {
            sep.push(s.word(k - 1).to_string());
            k -= 1;
        }
        if sep.is_empty() {
            break;
        }
        let conj = sep.iter().any(|w| w != ",");
        if !(conj || saw_conjunction) {
            break;
        }
        // "accused Cuba of propping up Maduro, and Washington added Cuba": ", and" after a
        // verb's object joins two clauses, not two subjects.
        let clause_join = sep.iter().any(|w| w == ",") && conj;
        let object_of_verb = |b: usize| s.governing(s.actors[b].words.start).0.is_some_and(|g| (s.is_verb(g) || s.tag(g) == "RP") && s.actor_at[g].is_none());
        match s.actor_ending_at(k) {
            Some(b) if clause_join && object_of_verb(b) => break,
            Some(b) if !s.actors[b].metonym || s.actors[a].metonym => {
                saw_conjunction |= conj;
                out.push(b);
                start = s.actors[b].words.start;
            }
            _ => break,
        }
    }
    out
}

/// The actor and the actors listed after it ("Maduro, Cabello and Rodríguez", "over 100
/// Venezuelans, including Maduro", "Cuba, along with Nicaragua"), rightwards up to `end`.
fn with_coordinated_right(s: &Sent, a: usize, end: usize) -> Vec<usize> {
    let mut out = vec![a];
    let mut at = s.actors[a].words.end;
    loop {
        let mut k = at;
        while k < end && matches!(s.word(k), "," | "and" | "or" | "&" | "as" | "well" | "along" | "with" | "including") {
            k += 1;
        }
        // "with" coordinates only as "along with" ("met Putin with Xi" is no list).
        let lone_with = (at..k).any(|x| s.word(x) == "with") && !(at..k).any(|x| s.word(x) == "along");
        // ", US officials said": who told it, not one more of the list.
        if k == at || k >= end || lone_with || s.reporting_clause_at(at) {
            break;
        }
        // "José Vicente Rangel, Chávez's vice-president": a possessor after a bare comma opens
        // an apposition, not one more of the list.
        let bare_comma = (at..k).all(|x| s.word(x) == ",");
        if bare_comma && s.actor_starting_at(k).is_some_and(|b| matches!(s.word(s.actors[b].words.end), "'s" | "’s")) {
            break;
        }
        // "..., and his Venezuelan counterpart, Nicolás Maduro": a description, then the name
        // in apposition.
        // (Only after a conjunction: "recognized Guaidó as interim president, Moscow has ..." is
        // a new clause's subject.)
        let conjunction = (at..k).any(|x| matches!(s.word(x), "and" | "or"));
        let named = s.actor_starting_at(k).or_else(|| {
            if !conjunction {
                return None;
            }
            let mut d = k;
            while d < end && d - k < 5 && (matches!(s.tag(d), "PRP$" | "DT" | "JJ" | "NN" | "NNS" | "NNP") || s.actor_at[d].is_some_and(|a| s.actors[a].demonym)) {
                d += 1;
            }
            (d > k && s.word(d) == ",").then(|| s.actor_starting_at(d + 1)).flatten()
        });
        match named {
            Some(b) => {
                out.push(b);
                at = s.actors[b].words.end;
            }
            None => break,
        }
    }
    out
}

/// The subject of the main clause that follows an opening adverbial phrase: the first actor
/// after the phrase's comma, when a finite verb follows it.
fn main_subject_after(s: &Sent, from: usize) -> Vec<usize> {
    let Some(comma) = (from..clause_end(s, from).min(s.words.len())).find(|&k| s.word(k) == ",") else {
        return Vec::new();
    };
    let Some(a) = s.actor_starting_at(comma + 1) else {
        return Vec::new();
    };
    let list = with_coordinated_right(s, a, s.words.len());
    let end = s.list_end(&list).unwrap_or(comma + 1);
    let mut k = end;
    while is(s.word(k), AUX) {
        k += 1;
    }
    if matches!(s.tag(k), "VBD" | "VBZ" | "VBP") {
        list
    } else {
        Vec::new()
    }
}

/// The subject(s) of an infinitive. After an object-control verb ("urged Russia to withdraw") it
/// is that verb's object; a purpose or complement infinitive ("welcomed Arreaza in Moscow to
/// confirm", "travelled to Caracas to meet") shares the previous verb's subject; an infinitive
/// that completes a noun has the noun's owner ("Washington's decision to recognize", "the DEA's
/// operation to track": the caller tells what is only planned) or none we can name.
fn infinitive_subject(s: &Sent, verbs: &VerbTable, c: &Clause, prev_sources: &[usize]) -> Vec<usize> {
    let to = c.chain_start;
    let start = clause_start(s, to);
    // A noun's own agent: "the decision by Arnor to withdraw".
    if let Some(a) = s.actor_ending_at(to) {
        let (g, word) = s.governing(s.actors[a].words.start);
        if matches!(word, "by" | "of") && g.and_then(|g| g.checked_sub(1)).is_some_and(|n| s.tag(n).starts_with("NN")) {
            return with_coordinated_left(s, a);
        }
    }
    // "Washington's decision to recognize Guaidó", "the US plan to seize the tankers": the
    // possessor or modifier of the noun the infinitive hangs on.
    if let Some(a) = s.noun_owner_before(to) {
        return with_coordinated_left(s, a);
    }
    let verb_before = (start..to).rev().find(|&i| s.is_verb(i) && s.actor_at[i].is_none());
    let Some(v) = verb_before else {
        return Vec::new();
    };
    // "projects there, including a shared intelligence station to block US broadcasts": the
    // infinitive belongs to a noun of an example list, with no subject we can name.
    if let Some(inc) = (start..to).rev().find(|&i| s.word(i) == "including" || (s.word(i) == "as" && i > 0 && s.word(i - 1) == "such")) {
        if !(inc..to).any(|i| s.word(i) == "," || s.finite(i)) {
            return Vec::new();
        }
    }
    // Not a participle's agent: "a delegation led by Rodríguez, to talk with" (the delegation
    // talks).
    if is(s.word(v), OBJECT_CONTROL) && s.word(v + 1) != "by" {
        let object = (v + 1..to).find_map(|i| s.actor_starting_at(i).filter(|&a| !s.superseded(a) && !s.actors[a].place));
        if let Some(a) = object {
            return with_coordinated_right(s, a, to);
        }
        // "called on the military to abandon Maduro": the object that is no actor is the
        // infinitive's subject, so it has none we can name (not the caller).
        if (v + 1..to).any(|i| matches!(s.tag(i), "NN" | "NNS" | "PRP") && s.actor_at[i].is_none() && !is(s.word(i), TEMPORAL)) {
            return Vec::new();
        }
    }
    // "sent Delcy Rodríguez to Moscow to meet Lavrov", "deployed Wagner mercenaries to protect
    // Maduro": whom a verb of sending sends (its direct object) does what the purpose
    // infinitive says; "sent aid to Venezuela to help Maduro" has no such actor.
    if verbs.verbs_at(&s.words, v).first().is_some_and(|h| sends(&verbs.verbs[h.verb].lemma)) {
        let object = (v + 1..to).find_map(|i| s.actor_starting_at(i)).filter(|&a| !s.actors[a].place && s.governing(s.actors[a].words.start).0 == Some(v));
        if let Some(a) = object {
            return with_coordinated_right(s, a, to);
        }
    }
    if !prev_sources.is_empty() {
        return prev_sources.to_vec();
    }
    // The governing verb is no dictionary verb ("hopes to send"): its own subject.
    subject_of_verb(s, c, v, prev_sources)
}

/// The previous verb's object when the "-ing" verb `hit` follows the comma that closes it and
/// `subject` (found leftwards) is that object: "Cuba praised Venezuela, calling Maduro a hero",
/// "sanctioned two Venezuelan officials, accusing them", "phoned Maduro hours later, urging
/// him" (past the object's own noun and a time). The "-ing" clause is then the previous verb's
/// subject's act. Empty otherwise.
fn trailing_participle_object(s: &Sent, c: &Clause, hit: VerbHit, subject: &[usize], prev_sources: &[usize]) -> Vec<usize> {
    let trailing = s.tag(hit.head) == "VBG" && c.chain_start == hit.start && c.chain_start > 0 && s.word(c.chain_start - 1) == ",";
    if !trailing || prev_sources.is_empty() || subject.is_empty() || subject.iter().any(|a| prev_sources.contains(a)) {
        return Vec::new();
    }
    let comma = c.chain_start - 1;
    let ends_at_comma = s.list_end(subject).is_some_and(|end| {
        end <= comma && comma - end <= 3 && (end..comma).all(|k| s.actor_at[k].is_none() && !s.is_verb(k) && !is(s.word(k), PREPOSITIONS))
    });
    let start = s.list_start(subject).unwrap_or(0);
    let mut np = start;
    while np > 0 && start - np < 3 && matches!(s.tag(np - 1), "DT" | "PRP$" | "JJ" | "CD") && s.actor_at[np - 1].is_none() {
        np -= 1;
    }
    let object = np > 0 && s.is_verb(np - 1) && s.actor_at[np - 1].is_none() && !is(s.word(np - 1), BE) && !is(s.word(np - 1), AUX);
    if ends_at_comma && object {
        subject.to_vec()
    } else {
        Vec::new()
    }
}

/// The subject of the verb at `v` (another verb than the clause's own), read the same way.
fn subject_of_verb(s: &Sent, c: &Clause, v: usize, prev_sources: &[usize]) -> Vec<usize> {
    let mut chain = v;
    while chain > 0 && (is(s.word(chain - 1), AUX) || is(s.word(chain - 1), BE)) {
        chain -= 1;
    }
    subject_before(s, &Clause { head: v, chain_start: chain, coordinated: false, infinitive: false, ..c.clone() }, prev_sources)
}

/// A relative clause "with whom" / "with which" right before the verb chain at `chain` ("Putin
/// received Maduro, with whom he signed ..."), or an object relative "whom"/"which" with a
/// subject of its own ("Rosneft, which it accused of ...", "Lavrov, whom he thanked"): the
/// relative's own subject if it names an actor (`None` for a pronoun), the antecedent, and
/// whether the antecedent is the verb's object (else the partner it acts with).
fn with_whom(s: &Sent, chain: usize) -> Option<(Option<Vec<usize>>, Vec<usize>, bool)> {
    let mut k = chain;
    let mut subject = None;
    let mut own_subject = true;
    if k > 0 && s.tag(k - 1) == "PRP" {
        k -= 1;
    } else if let Some(a) = k.checked_sub(1).and_then(|p| s.actor_ending_at(p + 1)) {
        subject = Some(with_coordinated_left(s, a));
        k = s.actors[a].words.start;
    } else {
        own_subject = false;
    }
    if k == 0 || !matches!(s.word(k - 1), "whom" | "which") {
        return None;
    }
    let with = k >= 2 && s.word(k - 2) == "with";
    // "which" with no subject of its own is the subject ("Russia, which backs Maduro").
    if !with && !own_subject {
        return None;
    }
    let mut q = if with { k - 2 } else { k - 1 };
    if q > 0 && s.word(q - 1) == "," {
        q -= 1;
    }
    let a = s.actor_ending_at(q).filter(|&a| !s.actors[a].place)?;
    Some((subject, with_coordinated_left(s, a), !with))
}

/// The subject(s) of a verb: leftwards inside the clause.
fn subject_before(s: &Sent, c: &Clause, prev_sources: &[usize]) -> Vec<usize> {
    let start = clause_opening(s, c.chain_start);
    if let Some(list) = apposed_subject(s, start) {
        return list;
    }
    if let Some(list) = coordinated_subject(s, c, start, prev_sources) {
        return list;
    }
    scanned_subject(s, c, start, prev_sources)
}

/// Where the words before a verb start to count for its subject: a parenthesis or a dash pair
/// right before the verb is passed over.
fn clause_opening(s: &Sent, chain_start: usize) -> usize {
    let mut start = chain_start;
    // "The Central African Republic (CAR) met": skip a parenthesis right before the verb.
    if start > 0 && s.word(start - 1) == ")" {
        if let Some(open) = (0..start - 1).rev().find(|&k| s.word(k) == "(") {
            start = open;
        }
    }
    // A dash pair is a parenthesis too: "mercenaries from the Wagner group — a front with a
    // presence in Syria — had been deployed".
    if start > 0 && is(s.word(start - 1), DASH) {
        if let Some(open) = (0..start - 1).rev().find(|&k| is(s.word(k), DASH)) {
            start = open;
        }
    }
    start
}

/// The subject before an apposition or a relative clause between commas right before the verb.
fn apposed_subject(s: &Sent, start: usize) -> Option<Vec<usize>> {
    // Apposition or relative clause between commas right before the verb: the subject is the
    // actor before the opening comma. Appositions may nest ("Lilian Tintori, wife of Leopoldo
    // López, Venezuela's best-known political prisoner, managed"): each comma-bounded segment
    // with no clause of its own is passed over, and the subject is the actor before the first.
    if !(start > 0 && s.word(start - 1) == ",") {
        return None;
    }
    let mut close = start - 1;
    let mut found = None;
    // The name a segment is ("the Quds Force"), for a subject whose head is no actor.
    let mut apposed_name = None;
    for _ in 0..3 {
        let mut k = close;
        while k > 0 && s.word(k - 1) != "," && !is(s.word(k - 1), HARD_STOP) {
            k -= 1;
        }
        if !(k > 0 && s.word(k - 1) == "," && k < close) {
            break;
        }
        if found.is_some() && (k..close).all(|i| s.actor_at[i].is_some()) {
            // "In Moscow, Putin, Russia's president, met": the name is the head, not
            // another apposition.
            break;
        }
        let inner = &s.words[k..close];
        // An apposition or relative clause, not a clause of its own (no finite verb outside
        // a relative clause).
        let relative = inner.first().is_some_and(|w| is(w, RELATIVE));
        let finite = (k..close).any(|i| s.finite(i));
        if inner.iter().any(|w| w == "and" || w == "or") || !(relative || !finite) {
            break;
        }
        if apposed_name.is_none() {
            apposed_name = s.actor_ending_at(close).filter(|&a| {
                let start = s.actors[a].words.start;
                !s.actors[a].place && (k..start).all(|i| matches!(s.tag(i), "DT" | "JJ"))
            });
        }
        if let Some(a) = s.actor_ending_at(k - 1).filter(|&a| !s.actors[a].place) {
            found = Some(a);
        }
        close = k - 1;
    }
    if let Some(a) = found {
        // "The expeditionary wing of Iran's IRGC, the Quds Force, worked": the apposition
        // names the subject's head noun ("wing"), of which the actor before it is a part.
        let start = s.list_start(&with_coordinated_left(s, a)).unwrap_or(0);
        let mut of = start;
        while of > 0 && (matches!(s.tag(of - 1), "POS" | "DT") || s.actor_at[of - 1].is_some()) {
            of -= 1;
        }
        let part_of = of > 1 && s.word(of - 1) == "of" && matches!(s.tag(of - 2), "NN" | "NNS") && !agent_noun(s.word(of - 2));
        if let Some(name) = apposed_name.filter(|_| part_of) {
            return Some(with_coordinated_left(s, name));
        }
        return Some(with_coordinated_left(s, a));
    }
    None
}

/// The subject of a verb coordinated with an earlier one ("... and sent troops").
fn coordinated_subject(s: &Sent, c: &Clause, start: usize, prev_sources: &[usize]) -> Option<Vec<usize>> {
    if !c.coordinated {
        return None;
    }
    if let Some(b) = start.checked_sub(1) {
        // "... and sent troops": the previous verb's subject (none we know of if it had
        // none), unless an actor stands right before "and" as its own subject list
        // ("Russia and Iran sent").
        // An actor before "and" that is itself a verb's object ("welcomed Tintori and
        // demanded") starts no subject list either.
        // Nor one inside a prepositional phrase ("backed Russia's position on Ukraine and
        // voted").
        let object_before = s.actor_ending_at(b).is_some_and(|a| {
            let start = s.list_start(&with_coordinated_left(s, a)).unwrap_or(0);
            let verb_object = start > 0 && s.is_verb(start - 1) && !is(s.word(start - 1), BE) && !is(s.word(start - 1), AUX);
            verb_object || matches!(s.governing(start).1, "on" | "of" | "in" | "to" | "with" | "against" | "for" | "from" | "about" | "over")
        });
        if matches!(s.word(b), "and" | "but" | "or") && (s.actor_ending_at(b).is_none() || object_before) {
            // "after Venezuelan troops crossed the border and detained ...": the subject of the
            // verb before "and" in this clause (the last coded verb may be another clause's,
            // or the first verb may have coded nothing).
            if let Some(v) = (clause_start(s, b)..b).rev().find(|&i| s.is_verb(i) && s.actor_at[i].is_none() && !is(s.word(i), AUX) && !is(s.word(i), BE)) {
                let own = subject_of_verb(s, c, v, &[]);
                if !own.is_empty() {
                    return Some(own);
                }
            }
            return Some(prev_sources.to_vec());
        }
    }
    None
}

/// The subject found scanning leftwards from `start` inside the clause.
fn scanned_subject(s: &Sent, c: &Clause, start: usize, prev_sources: &[usize]) -> Vec<usize> {
    // Scan leftwards. Once a common noun is seen ("the troops sent", "Cuba's security services
    // helped"), the subject is that noun's phrase: an actor counts only as its possessor
    // ("Cuba's"), a modifier ("the Wagner contingent") or an "of"/"from" complement
    // ("representatives from Moscow"); anything else means a subject that is no actor.
    let mut head_noun: Option<usize> = None;
    let mut fallback: Option<Vec<usize>> = None;
    let mut k = start;
    while k > 0 && start - k < MAX_LEFT {
        let w = s.word(k - 1);
        if is(w, RELATIVE) {
            // Inside a relative clause: its antecedent is the subject ("Russia, which backs").
            let mut p = k - 1;
            if p > 0 && s.word(p - 1) == "," {
                p -= 1;
            }
            // "Padrino, Maduro's Defense Minister, who announced": an apposition between the
            // antecedent and the relative pronoun is passed over.
            let antecedent = s.actor_ending_at(p).or_else(|| {
                if s.word(p) != "," || !matches!(w, "who" | "which") {
                    return None;
                }
                let open = (p.saturating_sub(8)..p).rev().take_while(|&q| !s.boundary(q) && !s.tag(q).starts_with("VB")).find(|&q| s.word(q) == ",")?;
                s.actor_ending_at(open).filter(|&a| !s.actors[a].place)
            });
            return antecedent.map(|a| with_coordinated_left(s, a)).or(fallback).unwrap_or_default();
        }
        if s.boundary(k - 1) {
            break;
        }
        if let Some(a) = s.actor_ending_at(k).filter(|&a| !s.actors[a].place) {
            let list = with_coordinated_left(s, a);
            let list_start = s.list_start(&list).unwrap_or(k);
            let end = s.actors[a].words.end;
            // The word before the actor's noun phrase: "by the US", "against the new regime".
            let mut np_start = list_start;
            while np_start > 0 && list_start - np_start < 3 && matches!(s.tag(np_start - 1), "DT" | "PRP$" | "JJ" | "JJS" | "CD") && s.actor_at[np_start - 1].is_none() {
                np_start -= 1;
            }
            let before_np = np_start.checked_sub(1).map(|p| s.word(p)).unwrap_or("");
            let before = list_start.checked_sub(1).map(|p| s.word(p)).unwrap_or("");
            let after = s.word(end);
            let possessor = after == "'s";
            let modifier = end < start && (s.is_noun(end) || s.tag(end) == "JJ") && s.actor_at[end].is_none();
            // "representatives from Moscow": the complement of the subject's own head noun.
            // ("the president of Venezuela", not "an alliance consisting of Russia").
            // "Police in Venezuela arrested", "human rights activists in Arnor criticized": an
            // agent noun's "in" names whose agents they are, as PETRARCH codes them.
            // The agent noun must open its phrase, not be a verb's object ("met officials in
            // Moscow and praised Cuba": Moscow is no subject).
            let complement = matches!(before, "of" | "from" | "in")
                && list_start.checked_sub(2).is_some_and(|h| agent_noun(s.word(h)))
                && (head_noun.is_none() || list_start.checked_sub(2) == head_noun)
                && (before != "in" || !noun_phrase_is_object(s, list_start - 2));
            // "with Russia and Turkey aiding the regime": the subject of an absolute clause.
            let absolute = before == "with" && s.tag(c.head) == "VBG" && end == start;
            // "a day after Russia and Iran discussed": "after" opens the clause, it is no
            // preposition.
            let subordinate = end == start && is(before, SUBORDINATE);
            let prepositional = |w: &str| is(w, LOCATIVE) || matches!(w, "to" | "with" | "against" | "by" | "on" | "for" | "toward" | "towards" | "between" | "among");
            if !absolute && !subordinate && !complement && (prepositional(before) || (np_start < list_start && prepositional(before_np) && !is(before_np, SUBORDINATE))) {
                // A place, a circumstance or a noun's complement ("in Caracas", "with Iran",
                // "between Russia and Peru", "the sanctions imposed by the US hurt"), not the
                // subject.
                k = if prepositional(before) { list_start } else { np_start };
                continue;
            }
            if head_noun.is_some() && !(possessor || modifier || complement) {
                break;
            }
            if matches!(before, "of" | "from") && !complement {
                // "an alliance consisting of Russia, Cuba and Iran is": part of a noun phrase
                // whose head is no agent.
                k = list_start;
                continue;
            }
            if complement && !absolute {
                // "the president of Venezuela met": the subject unless something better is
                // further left.
                fallback.get_or_insert(list);
                k = list_start;
                continue;
            }
            return list;
        }
        let i = k - 1;
        if s.actor_at[i].is_none() {
            if matches!(s.tag(i), "PRP" | "EX") && head_noun.is_none() {
                return pronoun_subject(s, c, i, prev_sources, fallback);
            }
            if s.tag(i).starts_with("NN") && head_noun.is_none() && !is(s.word(i), TEMPORAL) {
                head_noun = Some(i);
            } else if s.finite(i) || (head_noun.is_some() && s.tag(i) == "VB") {
                // Another clause's verb: what stands before it is not this verb's subject.
                break;
            }
        }
        k -= 1;
    }
    fallback.unwrap_or_default()
}


/// The subject a pronoun before the verb stands for: a reporting verb's subject ("Rohan said it
/// would send"), the one person named before "he"/"she", else none we can name ("they met").
fn pronoun_subject(s: &Sent, c: &Clause, i: usize, prev_sources: &[usize], fallback: Option<Vec<usize>>) -> Vec<usize> {
    // "Rohan said it would send troops": a pronoun opening what a reporting verb
    // reports stands for that verb's subject, as PETRARCH reads it.
    // "announced in a video that he", "said on Monday that he", "told reporters that
    // he": a short adjunct or addressee may stand between the verb and "that".
    let reports = |p: usize| reports_speech(s.word(p));
    let reporter = match i.checked_sub(1).filter(|&p| s.word(p) == "that") {
        Some(that) => (that.saturating_sub(5)..that)
            .rev()
            .take_while(|&p| !s.boundary(p) && s.word(p) != "," && (p + 1 == that || !s.finite(p) || reports(p)))
            .find(|&p| reports(p)),
        None => i.checked_sub(1).filter(|&p| is(s.word(p), REPORTING)),
    };
    if let (Some(r), true) = (reporter, is(s.word(i), SUBJECT_PRONOUNS)) {
        return subject_of_verb(s, c, r, prev_sources);
    }
    // "Maduro is focused on ..., as evident when he skipped ...": "he" or "she" with
    // one person named before it in the sentence is that person, as PETRARCH reads
    // it ("Sam Gamgee has begun to question whether he ...").
    if matches!(s.word(i), "he" | "she") {
        let named: Vec<usize> = (0..s.actors.len()).filter(|&a| s.actors[a].person && s.actors[a].words.end <= i).collect();
        let ids: BTreeSet<&str> = named.iter().map(|&a| s.actors[a].actor.as_str()).collect();
        if let (1, Some(&a)) = (ids.len(), named.last()) {
            return vec![a];
        }
    }
    // "he sent", "they met", "there are": a subject that is no actor we can name.
    return fallback.unwrap_or_default();
}

/// What a place named after a verb is to the event: where a visit goes, where force is used,
/// or only where something happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PlaceRole {
    None,
    /// Visits and travel (CAMEO 04): "traveled to Caracas" is toward Venezuela.
    Visited,
    /// Force (CAMEO 18-20): "fired shells at Seoul" is at South Korea.
    Attacked,
    /// A diplomatic mission opened, closed or recalled (CAMEO 054, 161): "opened its first
    /// embassy in Pyongyang" is toward North Korea, "recalled its ambassador from Madrid" toward
    /// Spain.
    Mission,
    /// Material cooperation and aid (CAMEO 06-08) sent somewhere: "flew weapons to Caracas" is
    /// to Venezuela.
    Delivered,
    /// Where a verb of sending sends its object, however far after the verb: "will send a
    /// delegation to Caracas" is to Venezuela.
    Sent,
}

impl PlaceRole {
    /// Whether a place after the case word `gov` (`close`: right after the verb, nothing but
    /// modifiers between; `first`: the verb's first word after it) is where the event goes.
    fn takes(self, gov: &str, close: bool, first: bool) -> bool {
        match self {
            PlaceRole::Visited => close && (matches!(gov, "to" | "in" | "into") || first),
            PlaceRole::Attacked => matches!(gov, "at" | "on" | "upon" | "against" | "in" | "near" | "into") || first,
            // "recalled its ambassador from Madrid": the mission's host country.
            PlaceRole::Mission => matches!(gov, "in" | "to" | "from") || first,
            PlaceRole::Delivered | PlaceRole::Sent => matches!(gov, "to" | "into"),
            PlaceRole::None => false,
        }
    }

    /// What a capital after the verb stands for, from the event's code (`spec`) and the verb's
    /// own code (`own`, before any pattern).
    fn of(spec: CodeSpec, own: CodeSpec) -> PlaceRole {
        let coded = [spec.forward, spec.reverse];
        let any = |codes: &[Option<CameoCode>], f: &dyn Fn(&CameoCode) -> bool| codes.iter().flatten().any(f);
        if any(&coded, &|c| c.is_mission()) {
            // An embassy opened or closed there ("opened its first embassy in Pyongyang": 054
            // toward North Korea; "closed its embassy in Caracas": 161).
            PlaceRole::Mission
        } else if any(&[spec.forward, spec.reverse, own.forward, own.reverse], &|c| c.root() == Some(4) || c.as_str() == "036") {
            // A visit, a meeting or travel goes to a place: "traveled to Caracas" is toward
            // Venezuela; also when a pattern gave a verb of travel another code ("Russian troops
            // arrived in Cuba": 072) or coded it as the intent to meet ("flew to Ankara": 036).
            PlaceRole::Visited
        } else if any(&coded, &|c| matches!(c.root(), Some(6..=8))) {
            PlaceRole::Delivered
        } else if any(&coded, &|c| matches!(c.root(), Some(18..=20))) {
            // "fired two artillery shells at Seoul", "shelled Kyiv": force used on a city is
            // used on its country.
            PlaceRole::Attacked
        } else {
            PlaceRole::None
        }
    }
}

/// The first actors (not places) in the participle phrase that starts at `k`, up to its comma
/// or clause boundary.
fn participle_phrase_actors(s: &Sent, k: usize, end: usize) -> Vec<usize> {
    let seg = s.segment_end(k).min(end);
    (k + 1..seg)
        .find_map(|j| s.actor_starting_at(j).filter(|&a| !s.actors[a].place))
        .map(|a| until_next_clause(s, with_coordinated_right(s, a, seg)))
        .unwrap_or_default()
}

/// The object(s) of a verb: rightwards inside the clause. Actors in place phrases ("in
/// Caracas") are skipped unless the place is visited and the phrase follows the verb closely
/// ("traveled to Caracas", "arrived today in Moscow", not "the crisis in Venezuela"), or
/// attacked ("fired shells at Seoul", "struck targets in Kyiv"). The subject of a following verb
/// ("and Russia sent") ends the search.
///
/// Also, apart, an actor a place phrase names ("the closure of guest houses in Bree"):
/// PETRARCH's target when the verb has no other and one subject (two subjects with no object act
/// on each other: "Russia and Iran discussed the crisis in Venezuela").
fn objects_after(s: &Sent, from: usize, end: usize, to_places: PlaceRole) -> (Vec<usize>, Vec<usize>) {
    // Possessors and "of" complements ("leaders of Venezuela's interim government, along with
    // representatives of the Lima Group"): the object unless a direct one comes.
    let mut fallback: Vec<usize> = Vec::new();
    let mut place_fallback: Vec<usize> = Vec::new();
    let mut k = from;
    while k < end {
        // VBP is left out: the tagger gives it to plural nouns after names ("his Venezuelan
        // counterpart").
        if k > from && matches!(s.tag(k), "VBD" | "VBZ" | "MD") && s.actor_at[k].is_none() {
            // "praised the agreement signed/VBD with Venezuela": a participle of the object's
            // phrase (tagged as a past tense), whose phrase names what the verb concerns when
            // nothing else does, as with "-ing" participles below.
            let participle = s.tag(k) == "VBD" && past_form(s.word(k)) && s.object_phrase_before(k);
            if participle && fallback.is_empty() {
                fallback = participle_phrase_actors(s, k, end);
            }
            break;
        }
        if s.word(k) == "by" && s.tag(k + 1) == "VBG" {
            // "by denouncing Castro": a means clause with its own object.
            break;
        }
        if let Some(next) = past_participle_agent(s, from, k, end) {
            k = next;
            continue;
        }
        if s.word(k) == "with" && absolute_clause_at(s, k, end) {
            break;
        }
        if matches!(s.word(k), "and" | "or" | "but") && s.is_verb(k + 1) && s.actor_at[k + 1].is_none() {
            // "maintain sanctions and wait out Maduro's regime": the next verb's object.
            break;
        }
        let compound_noun = matches!(s.tag(k + 1), "NN" | "NNS") && s.actor_at[k + 1].is_none();
        if k > from && s.tag(k) == "VBG" && s.tag(k - 1).starts_with("NN") && s.actor_at[k - 1].is_none() && !compound_noun {
            // "a disinformation campaign casting Moscow as the aggressor": a participle phrase
            // of the noun, with its own object ("his mushroom hunting trip" is one noun). With
            // no other object, an actor in that phrase is what the verb concerns, as PETRARCH
            // codes it ("cordoned off the roads leading into Mordor", "boycotted the parade
            // supporting Gondor").
            if fallback.is_empty() {
                fallback = participle_phrase_actors(s, k, end);
            }
            break;
        }
        if s.infinitive_to(k) {
            // "sent troops to protect Maduro": the infinitive has its own object.
            break;
        }
        if k > from && matches!(s.word(k), "be" | "been" | "being") {
            // "Syria went from being an asset to Russia": what follows a copula describes the
            // subject; it is not the verb's object.
            break;
        }
        if k > from && s.word(k) == "," && (is(s.word(k + 1), ADVERBIAL) || s.participle_phrase_at(k) || s.reporting_clause_at(k) || s.comment_clause_at(k)) {
            // "needs new leadership, without Maduro", "..., casting Moscow as": another phrase.
            break;
        }
        if s.word(k) == "(" {
            // A parenthesis is an aside: "extended €1 billion (A$1.61 billion) in loans to Cuba".
            k = close_paren(s, k).unwrap_or(k) + 1;
            continue;
        }
        if let Some(a) = s.actor_starting_at(k) {
            let sp = s.actors[a].words.clone();
            let (gov_at, gov) = s.governing(sp.start);
            let after = s.word(sp.end);
            // "led by X": X is a participle's agent; "the proposal by Spain": the noun's, which
            // the verb acts on as on a possessor ("rejected Spain's proposal").
            let participle_agent = gov == "by" && gov_at.and_then(|g| g.checked_sub(1)).is_none_or(|p| !s.tag(p).starts_with("NN"));
            // "during a visit by Rodríguez", "amid protests by ...": an adjunct of time or
            // circumstance holds no object of the verb.
            if (from..sp.start).any(|x| matches!(s.word(x), "during" | "amid" | "amidst" | "despite")) {
                break;
            }
            if s.superseded(a) || participle_agent {
                k = sp.end;
                continue;
            }
            if s.finite(sp.end) && s.actor_at[sp.end].is_none() {
                // "... and Russia sent": the next clause's subject.
                break;
            }
            let close = sp.start.saturating_sub(1) <= from + 2 && !(from..sp.start).any(|x| matches!(s.tag(x), "DT" | "PRP$" | "CD" | "POS"));
            // "lashed out at Russia", "shouted at Cuba": "at" right after the verb is its object's.
            let at_object = gov == "at" && gov_at == Some(from);
            // "warned their populations about the Prince": what the verb is about is no place.
            let place_phrase = s.actors[a].place || (is(gov, LOCATIVE) && !at_object && gov != "about") || (s.actors[a].metonym && matches!(gov, "to" | "from" | "into"));
            let visit_goes_there = to_places.takes(gov, close, sp.start == from);
            if place_phrase && !visit_goes_there {
                // "criticized the closure of guest houses in Bree", "warned their populations
                // about the Prince": what the verb is about when no other actor is, as PETRARCH
                // codes it; never a capital or a place ("met Maduro in Caracas").
                let about = matches!(gov, "in" | "into" | "inside" | "within" | "across" | "throughout");
                if about && !s.actors[a].place && !s.actors[a].metonym && place_fallback.is_empty() {
                    place_fallback = until_next_clause(s, with_coordinated_right(s, a, end));
                }
                k = sp.end;
                continue;
            }
            let of_agent = gov == "of" && gov_at.and_then(|g| g.checked_sub(1)).is_some_and(|h| agent_noun(s.word(h)));
            // "drills in the Sea of Japan", "a tanker in the Gulf of Oman": a body of water named
            // after a country is a place, not the country ("the vicinity of Cirith Ungol" still
            // names whom the verb concerns, as PETRARCH codes it).
            let of_place = gov == "of" && gov_at.and_then(|g| g.checked_sub(1)).is_some_and(|h| is(s.word(h), WATERS));
            if of_place {
                k = sp.end;
                continue;
            }
            if matches!(gov, "between" | "among" | "about") || (gov == "of" && !of_agent) {
                // "welcomed a resumption of ties between Gondor and Osgiliath", "warned the
                // population of Gondor": the phrase (the whole list) belongs to a noun, but its
                // members are what the verb is about when nothing closer is (PETRARCH codes
                // Fornost → Gondor and Fornost → Osgiliath).
                let list = until_next_clause(s, with_coordinated_right(s, a, end));
                k = s.list_end(&list).unwrap_or(sp.end);
                if fallback.is_empty() {
                    fallback = list;
                }
                continue;
            }
            if after == "'s" || gov == "of" || gov == "by" {
                let joined = match fallback.last() {
                    None => true,
                    // "..., along with representatives of the Lima Group": a second one only
                    // when coordinated with the first.
                    Some(&prev) => (s.actors[prev].words.end..sp.start).any(|x| matches!(s.word(x), "and" | "along" | "including" | "well")),
                };
                if joined {
                    fallback.push(a);
                }
                k = sp.end;
                continue;
            }
            // "praised Venezuela's resistance against U.S. sanctions": a phrase that hangs on the
            // possessed noun leaves its possessor the object.
            let possessor_first = fallback.last().is_some_and(|&p| s.word(s.actors[p].words.end) == "'s") && is(gov, PREPOSITIONS) && gov != "by";
            if possessor_first {
                break;
            }
            return (until_next_clause(s, with_coordinated_right(s, a, end)), place_fallback);
        }
        k += 1;
    }
    (fallback, place_fallback)
}

/// "sent a delegation led by Jorge Rodríguez to Mexico": where "by" at `k` follows a participle
/// on the object's noun, its agent leads the object and is not what the verb is done to. Returns
/// the word after the agent's whole name, titles and all ("National Assembly President Jorge
/// Rodríguez").
fn past_participle_agent(s: &Sent, from: usize, k: usize, end: usize) -> Option<usize> {
    let actor_at = |i: usize| s.actor_at.get(i).copied().flatten();
    let agent = k >= from + 2 && s.word(k) == "by" && s.tag(k - 1) == "VBN" && s.is_noun(k - 2) && actor_at(k - 2).is_none() && s.actor_starting_at(k + 1).is_some();
    agent.then(|| (k + 1..end).find(|&i| actor_at(i).is_none() && !matches!(s.tag(i), "NNP" | "NNPS")).unwrap_or(end))
}

/// Whether "with" at `k` opens an absolute clause ("condemned the agreements, with Secretary of
/// State Pompeo warning that ..."), whose actor is its subject, not the verb's object: an actor,
/// past a title, then an -ing form (which the tagger may call a noun: "warning/NN").
fn absolute_clause_at(s: &Sent, k: usize, end: usize) -> bool {
    let actor = (k + 1..end.min(k + 8))
        .take_while(|&j| s.actor_at[j].is_some() || matches!(s.tag(j), "NNP" | "NNPS" | "DT" | "JJ") || s.word(j) == "of")
        .find_map(|j| s.actor_starting_at(j));
    let after = actor.map(|a| s.actors[a].words.end).unwrap_or(end);
    actor.is_some() && after < end && (s.tag(after) == "VBG" || (s.word(after).ends_with("ing") && s.tag(after) == "NN"))
}

/// Where the quotation that ends right before a subject list opens ("“…,” Piñera insisted").
fn quotation_before(s: &Sent, subjects: &[usize]) -> Option<usize> {
    let start = s.list_start(subjects)?;
    let mut k = start;
    while k > 0 && (s.word(k - 1) == "," || is(s.word(k - 1), CLOSING_QUOTES)) {
        k -= 1;
    }
    if k == start || !(k..start).any(|i| is(s.word(i), CLOSING_QUOTES)) {
        return None;
    }
    (0..k).rev().find(|&i| is(s.word(i), OPENING_QUOTES))
}

/// The subject of a clause that a verb takes as its complement: right after the verb (past
/// "that", adverbs and determiners), a list of actors that a finite verb or a modal follows.
fn complement_subject(s: &Sent, from: usize) -> Vec<usize> {
    complement_clause(s, from).map(|(list, _)| list).unwrap_or_default()
}

/// Whether the complement verb at `v` says what its subject must do ("must step down", "should
/// release", "has to get out", "needs to leave").
fn obliges(s: &Sent, v: usize) -> bool {
    matches!(s.word(v), "must" | "should" | "ought") || (matches!(s.word(v), "has" | "have" | "needs" | "need") && s.word(v + 1) == "to")
}

/// The subject list of a complement clause starting at `from` and the index of its verb.
fn complement_clause(s: &Sent, from: usize) -> Option<(Vec<usize>, usize)> {
    let mut k = from;
    // Past "that", an adverb, a determiner or an opening quote ("declare that 'Russia has to").
    while k < s.words.len() && (s.word(k) == "that" || matches!(s.tag(k), "RB" | "DT" | "``") || is(s.word(k), QUOTES)) && s.actor_at[k].is_none() && k - from < 4 {
        k += 1;
    }
    let a = s.actor_starting_at(k)?;
    let list = with_coordinated_right(s, a, s.words.len());
    let mut end = s.list_end(&list).unwrap_or(k);
    // "that Osgiliath, the state's fiercest foe, could be drawn": past an apposition.
    if s.word(end) == "," {
        if let Some(close) = (end + 1..(end + 9).min(s.words.len())).find(|&j| s.word(j) == ",") {
            if (end + 1..close).all(|j| !s.is_verb(j) && s.actor_at[j].is_none()) {
                end = close + 1;
            }
        }
    }
    // "demanded that Russia get/VB out": a subjunctive after "that".
    let subjunctive = s.tag(end) == "VB" && s.word(from) == "that";
    ((s.finite(end) || subjunctive) && s.actor_at[end].is_none()).then_some((list, end))
}

/// The "that" opening a complement clause after the noun a verb judges with and its modifiers
/// ("expressed hopes on Thursday that ..."): no actor or verb between.
fn that_after_noun(s: &Sent, from: usize) -> Option<usize> {
    let limit = (from + 7).min(s.words.len());
    let at = (from..limit).find(|&k| s.word(k) == "that")?;
    let plain = (from..at).all(|k| s.actor_at[k].is_none() && !s.is_verb(k) && s.word(k) != ",");
    (plain && at > from).then_some(at)
}

/// Nouns of talks a clause may tell of in a purpose or circumstance phrase ("for talks with",
/// "in a meeting with"), with the code of holding them.
const TALK_NOUNS: &[(&str, &str)] = &[("talks", "040"), ("meeting", "040"), ("meetings", "040"), ("consultations", "040"), ("negotiations", "046")];

/// Talks named in a phrase between `from` and `end` ("for talks with Foreign Minister Sergei
/// Lavrov", "in a meeting with the ALBA Secretary-General"): the noun's index, the code of
/// holding them, and the actors they are held with (places excluded).
fn talks_with(s: &Sent, from: usize, end: usize) -> Option<(usize, CameoCode, Vec<usize>)> {
    // In the verb's own phrase: no comma or other finite verb between.
    let end = s.segment_end(from).min(end);
    for k in from..end {
        if s.finite(k) && s.actor_at[k].is_none() {
            return None;
        }
        if !matches!(s.word(k), "for" | "in" | "during" | "at") {
            continue;
        }
        let mut j = k + 1;
        while j < end && j - k <= 3 && matches!(s.tag(j), "DT" | "JJ" | "PRP$" | "CD") && s.actor_at[j].is_none() {
            j += 1;
        }
        let Some(&(_, code)) = TALK_NOUNS.iter().find(|(n, _)| *n == s.word(j)) else {
            continue;
        };
        if s.word(j + 1) != "with" {
            continue;
        }
        let partner = (j + 2..end.min(j + 8))
            .take_while(|&x| s.actor_at[x].is_some() || matches!(s.tag(x), "DT" | "JJ" | "NNP" | "NN" | "HYPH"))
            .find_map(|x| s.actor_starting_at(x).filter(|&a| !s.superseded(a)))
            .filter(|&a| !s.actors[a].place)?;
        let partners = until_next_clause(s, with_coordinated_right(s, partner, end));
        return Some((j, CameoCode::parse(code)?, partners));
    }
    None
}

/// A list of objects or agents up to the member that a finite verb follows: "sent specialists to
/// Venezuela and China offered support" — China opens the next clause, it is no second object.
fn until_next_clause(s: &Sent, mut list: Vec<usize>) -> Vec<usize> {
    let opens_clause = |&b: &usize| {
        let after = s.actors[b].words.end;
        s.finite(after) && s.actor_at[after].is_none()
    };
    if let Some(i) = list.iter().skip(1).position(opens_clause) {
        list.truncate(i + 1);
    }
    list
}

/// The index of the ")" closing the "(" at `open`, if it closes within the sentence.
fn close_paren(s: &Sent, open: usize) -> Option<usize> {
    (open + 1..s.words.len().min(open + 16)).find(|&k| s.word(k) == ")")
}

/// The agent(s) of a passive verb: the actor after "by".
fn agent_after(s: &Sent, from: usize) -> Vec<usize> {
    let end = clause_end(s, from);
    let by = (from..end).find(|&k| s.word(k) == "by");
    match by {
        Some(b) => {
            let mut k = b + 1;
            // The agent's noun phrase ends at a comma or a verb ("controlled by the opposition,
            // declared Maduro": the opposition, no actor).
            while k < end && s.actor_starting_at(k).is_none() && !is(s.word(k), PREPOSITIONS) && s.word(k) != "," && !s.is_verb(k) && k - b < 6 {
                k += 1;
            }
            s.actor_starting_at(k).map(|a| until_next_clause(s, with_coordinated_right(s, a, end))).unwrap_or_default()
        }
        None => Vec::new(),
    }
}
