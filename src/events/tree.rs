//! The sentence as the rules over the parse see it: each word's form, lemma, part of speech,
//! head and relation (Universal Dependencies), and the actor covering it, if any. The events
//! stage fills one per sentence from the document's parse and its linked mentions; the verb
//! rules ([`super::verbal`]) and the noun rules ([`super::nominal`]) read nothing else, so they
//! are tested on trees built by hand, without a model.

/// One word of the sentence as the rules see it.
#[derive(Debug, Clone, Default)]
pub struct ViewWord {
    /// Lower-case form.
    pub form: String,
    pub lemma: String,
    pub upos: String,
    /// Sentence-local head (`None`: the root).
    pub head: Option<usize>,
    pub deprel: String,
    /// The actor covering the word: (actor id, CAMEO code, is a place).
    pub actor: Option<(String, String, bool)>,
    /// The actor is a person ("he" and "him" may stand for one).
    pub person: bool,
    /// The actor is a group ("the group" may stand for one).
    pub group: bool,
    /// The word is an agent noun ("minister", "troops", "representatives"): its "of" phrase
    /// names whose it is ("representatives of the Lima Group").
    pub agent: bool,
    /// Clean-text char range.
    pub span: std::ops::Range<usize>,
}

/// A parsed sentence with its actors.
#[derive(Debug, Clone, Default)]
pub struct SentenceView {
    pub words: Vec<ViewWord>,
}

impl SentenceView {
    pub fn children(&self, w: usize) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().filter(move |(_, x)| x.head == Some(w)).map(|(i, _)| i)
    }

    pub fn child_with(&self, w: usize, rels: &[&str]) -> Option<usize> {
        self.children(w).find(|&c| rels.contains(&self.rel(c)))
    }

    /// The relation of word `w` to its head ("" past the end).
    pub fn rel(&self, w: usize) -> &str {
        self.words.get(w).map_or("", |x| x.deprel.as_str())
    }

    /// The relation without its subtype ("nmod:poss" → "nmod").
    pub fn base_rel(&self, w: usize) -> &str {
        let r = self.rel(w);
        r.split_once(':').map_or(r, |(b, _)| b)
    }

    pub fn lemma(&self, w: usize) -> &str {
        self.words.get(w).map_or("", |x| x.lemma.as_str())
    }

    pub fn form(&self, w: usize) -> &str {
        self.words.get(w).map_or("", |x| x.form.as_str())
    }

    pub fn head(&self, w: usize) -> Option<usize> {
        self.words.get(w).and_then(|x| x.head)
    }

    /// "Hezbollah fired rockets at Israel, and Israeli jets struck the group's positions":
    /// "the group" (a noun of the kind `group-noun` after "the", naming no actor) is the one
    /// group named before it in its sentence, else the one group of the sentence before
    /// (`before`); nobody where several could be meant.
    pub fn with_group_references(mut self, words: &super::words::RuleWords, before: &[(String, String)]) -> SentenceView {
        for n in 0..self.words.len() {
            let Some(w) = self.words.get(n) else { continue };
            if w.actor.is_some() || !self.after_the(n) || !words.either("group-noun", &w.form, &w.lemma) {
                continue;
            }
            let mut named: Vec<(String, String)> = self.words.iter().take(n).filter(|x| x.group).filter_map(|x| x.actor.as_ref().map(|a| (a.0.clone(), a.1.clone()))).collect();
            named.sort();
            named.dedup();
            let antecedent = match (named.as_slice(), before) {
                ([one], _) | ([], [one]) => Some(one.clone()),
                _ => None,
            };
            if let (Some((id, cameo)), Some(w)) = (antecedent, self.words.get_mut(n)) {
                w.actor = Some((id, cameo, false));
                w.group = true;
            }
        }
        self
    }

    /// "China Development Bank has agreed ... The bank, which lent Venezuela ...": "the bank"
    /// (a noun after "the", naming no actor) is the one body named before it in its sentence
    /// in several words ending with that noun, else the one such body of the sentence before
    /// (`before`: last word, actor, code); nobody where several could be meant.
    pub fn with_head_references(mut self, before: &[(String, String, String)]) -> SentenceView {
        for n in 0..self.words.len() {
            let Some(w) = self.words.get(n).filter(|w| self.after_the(n) && w.actor.is_none() && w.upos == "NOUN") else { continue };
            let form = w.form.to_lowercase();
            // In its own sentence: a word of that form closing a name of several words.
            let own: Vec<(String, String, String)> = (1..n)
                .filter_map(|k| {
                    let (a, b) = (self.words.get(k - 1)?, self.words.get(k)?);
                    let named = b.form.to_lowercase() == form && b.actor.is_some() && a.actor == b.actor && !b.person && !b.actor.as_ref().is_some_and(|x| x.2);
                    let next_same = self.words.get(k + 1).is_some_and(|c| c.actor == b.actor);
                    (named && !next_same).then(|| b.actor.as_ref().map(|x| (form.clone(), x.0.clone(), x.1.clone()))).flatten()
                })
                .collect();
            let found = if own.is_empty() { one_named(before, &form) } else { one_named(&own, &form) };
            if let (Some((id, cameo)), Some(w)) = (found, self.words.get_mut(n)) {
                w.actor = Some((id, cameo, false));
            }
        }
        self
    }

    /// The view with the people of the sentence before (id, CAMEO code, whether it was that
    /// sentence's subject) as words of no place in it (relation `previous`, `previous:subject`
    /// for its subject, after the sentence's own words): a pronoun with no antecedent in its own
    /// sentence may stand for one of them, and nothing else reaches them.
    pub fn with_people_before(mut self, people: &[(String, String, bool)]) -> SentenceView {
        for (id, cameo, subject) in people {
            if self.words.iter().any(|w| w.deprel.starts_with("previous") && w.actor.as_ref().is_some_and(|a| &a.0 == id)) {
                continue;
            }
            let at = self.words.last().map_or(0, |w| w.span.end);
            self.words.push(ViewWord {
                form: String::new(),
                lemma: String::new(),
                upos: "X".into(),
                head: None,
                deprel: if *subject { "previous:subject" } else { "previous" }.into(),
                actor: Some((id.clone(), cameo.clone(), false)),
                person: true,
                group: false,
                agent: false,
                span: at..at,
            });
        }
        self
    }

    /// The view with the parse errors the rules cannot read past mended, once, so that every
    /// rule reads the same tree. Only errors of a known shape are mended:
    ///
    /// - a short clause read as one noun phrase, "Qatar mediated talks between Israel and
    ///   Hamas" as "(Qatar) (mediated) talks": a past-tense verb modifying the root noun, after a
    ///   name compounded onto that noun and nothing before the name, is the sentence's verb, the
    ///   name its subject and the noun its object;
    /// - a clause said "in a statement" hung on the statement: "announced in a video that he
    ///   would meet", where "that" is a subordinator (no relative pronoun), is the complement of
    ///   the reporting verb;
    /// - an adverbial clause with a subordinator and a subject of its own hung on a noun
    ///   ("for consultations after soldiers detained ...") is the noun's verb's
    ///   ([`Self::mend_adverbial_read_as_modifier`]);
    /// - a name joined by "and" right before a conjunct verb with no subject, read as a
    ///   conjunct of the noun before it, is that verb's subject
    ///   ([`Self::mend_subject_read_as_conjunct`]);
    /// - an infinitive read as the modifier of its object ("offered to host talks": "to host"
    ///   on "talks"), [`Self::mend_infinitive_read_as_modifier`];
    /// - a lone indirect object, which English has only beside a direct one, is the object
    ///   ([`Self::mend_lone_indirect_object`]), and the first of two objects right after the
    ///   verb is the indirect one: "ships Cuba 30,000 barrels" ([`Self::mend_double_object`]);
    /// - an object before the open complement it was hung on is the governing verb's: "helped
    ///   it build" ([`Self::mend_controlled_object`]);
    /// - a deed and a subject before a verb with no object: "..., a charge Cuban officials
    ///   deny" is a relative on the deed ([`Self::mend_deed_relative`]);
    /// - the subject coordinated into a fronted phrase: "Despite pressure from Washington,
    ///   Mexico and Argentina refused" ([`Self::mend_fronted_subject`]);
    /// - a name set off after the object read as a second subject: "would meet his Russian
    ///   counterpart, Sergei Shoigu," is the object's apposition; so is a deed summing up the
    ///   clause ("sent troops to Caracas, a move Washington denounced"), also where the parse made
    ///   it the subject of a participle before it ([`Self::mend_trailing_deed`]);
    /// - a name whose verb the parse hung on it: "Machado, who has lived in hiding, called on
    ///   the armed forces" read as a name with a participle, also where the name is the subject
    ///   of a report after the verb ("..., congratulated Maduro, his office said"),
    ///   [`Self::mend_name_clause`];
    /// - a report at the end with two subjects, the first the subject of the reported clause:
    ///   "Araghchi, who arrived on Monday, met Maduro, the ministry said"
    ///   ([`Self::mend_report_with_two_subjects`]);
    /// - a second subject after the verb carrying "as did": "attended the inauguration, as did
    ///   delegations from Cuba" ([`Self::mend_comparative_subject`]);
    /// - an object counted "at least" read as an oblique: "killed at least 20 fighters"
    ///   ([`Self::mend_counted_object`]);
    /// - a title read as the verb: "foreign ministry spokeswoman Maria Zakharova condemned"
    ///   ([`Self::mend_title_read_as_verb`]);
    /// - several subjects, the last a name set off: "Venezuela's attorney general, Tarek William
    ///   Saab, responded" ([`Self::mend_apposed_subjects`]);
    /// - an active subject read as a passive one: "Qatar and Egypt called on Israel" with no
    ///   auxiliary of a passive ([`Self::mend_passive_without_auxiliary`]);
    /// - the infinitive a verb of promise, intent, refusal or request governs read as an
    ///   adverbial: "agreed on Saturday to reopen" ([`Self::mend_infinitive_complement`]);
    /// - a fronted phrase of time read as the subject: "Following talks with Putin, Ortega
    ///   announced" ([`Self::mend_fronted_time`]);
    /// - a name right after its description read as a second dependent: "after a meeting with
    ///   his Chinese counterpart Wang Yi" ([`Self::mend_described_name`]);
    /// - a phrase of the noun hung on the name of its agent: "the visit by Iranian President
    ///   Pezeshkian to Caracas" ([`Self::mend_phrase_on_name`]);
    /// - a verb's second conjunct hung on a relative clause: "threatened to arrest any leader
    ///   who met with diplomats, and accused Colombia" ([`Self::mend_relative_conjunct`]), or on
    ///   a reported clause ([`Self::mend_reported_conjunct`]).
    pub fn mended(self, words: &super::words::RuleWords) -> SentenceView {
        self.mend_deed_noun(words)
            .mend_double_object(words)
            .mend_controlled_object()
            .mend_lone_indirect_object()
            .mend_infinitive_read_as_modifier()
            .mend_bare_oblique_subject()
            .mend_noun_phrase_clause()
            .mend_apposed_name_read_as_root()
            .mend_case_on_description()
            .mend_passive_without_auxiliary()
            .mend_infinitive_complement(words)
            .mend_fronted_time(words)
            .mend_described_name()
            .mend_phrase_on_name()
            .mend_name_clause(words)
            .mend_report_with_two_subjects(words)
            .mend_comparative_subject()
            .mend_counted_object()
            .mend_title_read_as_verb()
            .mend_said_in(words)
            .mend_apposed_subjects()
            .mend_second_subject(words)
            .mend_fronted_subject()
            .mend_relative_conjunct()
            .mend_reported_conjunct()
            .mend_deed_relative(words)
            .mend_trailing_deed(words)
            .mend_subject_read_as_conjunct()
            .mend_adverbial_read_as_modifier(words)
    }

    /// "said the bloc would not recognise the results, and called on the authorities to ..."
    /// read with "called" coordinated inside the reported clause: a past-tense conjunct (after a
    /// comma and a conjunction, or anywhere past a modal with no perfect), with no subject or
    /// auxiliary of its own, of a reported verb that has a modal auxiliary ("would", "will",
    /// "could") is coordinated with the reporting verb.
    fn mend_reported_conjunct(mut self) -> SentenceView {
        for c in 0..self.words.len() {
            let Some(r) = self.head(c).filter(|&r| self.rel(c) == "conj" && self.rel(r) == "ccomp" && r < c) else { continue };
            let after_comma = self.joined_after_comma(c);
            let bare = self.child_with(c, &["nsubj", "nsubj:pass", "aux", "aux:pass"]).is_none();
            let past = self.inflected_verb(c);
            let modal = self.children(r).any(|k| self.rel(k) == "aux" && matches!(self.form(k), "would" | "will" | "could" | "might" | "may"));
            // Without a comma too where the modal stands alone ("would not join any blockade and
            // called on": no "would called"); after "would have" a participle may be its
            // conjunct ("would have joined and called for").
            let perfect = self.children(r).any(|k| self.rel(k) == "aux" && matches!(self.form(k), "have" | "be" | "been"));
            if (after_comma || !perfect) && bare && past && modal {
                let reporting = self.head(r);
                self.reattach(c, reporting, "conj");
            }
        }
        self
    }

    /// The words whose head or relation the mends changed from `before`, one line each, for a
    /// trace: "mended: Cabello nsubj of threatened (was appos of Caracas)".
    pub fn mends_since(&self, before: &SentenceView) -> Vec<String> {
        let at = |v: &SentenceView, w: usize| match v.head(w) {
            Some(h) => format!("{} of {}", v.rel(w), v.form(h)),
            None => v.rel(w).to_string(),
        };
        (0..self.words.len())
            .filter(|&w| self.head(w) != before.head(w) || self.rel(w) != before.rel(w))
            .map(|w| format!("mended: {} {} (was {})", self.form(w), at(self, w), at(before, w)))
            .collect()
    }

    /// "María Corina Machado, who has lived in hiding, called on the armed forces" read as a
    /// name (the root) with a participle: a verb of its own form ("called", not "calling" or
    /// "call"), set off after the root noun, with no subject, no subordinator and no sign of a
    /// passive ("Hezbollah, backed by Iran, ..." stays a participle), is the sentence's verb and
    /// the noun its subject.
    fn mend_name_clause(mut self, words: &super::words::RuleWords) -> SentenceView {
        for n in 0..self.words.len() {
            if !matches!(self.upos(n), "NOUN" | "PROPN") || self.actor_of(n).is_none() {
                continue;
            }
            // "Erdoğan, whose government buys Venezuelan gold, congratulated Maduro, his office
            // said" read with the name as the subject of the report at the end and its verb hung
            // on it: the verb takes the name, and the report hangs on the verb.
            let report = self.head(n).filter(|&r| self.rel(n) == "nsubj" && r > n && words.either("reporting", self.form(r), self.lemma(r)));
            if self.head(n).is_some() && report.is_none() {
                continue;
            }
            let hung = |v: usize| v > n && report.is_none_or(|r| v < r) && matches!(self.rel(v), "acl" | "parataxis") && self.inflected_verb(v);
            let Some(v) = self.children(n).find(|&v| hung(v)) else { continue };
            // A "by" phrase is a passive's agent unless the verb has an object ("congratulated
            // Maduro by telephone").
            let object = self.child_with(v, &["obj"]).is_some();
            let bare = !self.children(v).any(|c| matches!(self.rel(c), "nsubj" | "nsubj:pass" | "mark" | "aux:pass" | "obl:agent") || (!object && self.has_case(c, &["by"])));
            if bare && self.set_off(v) {
                let (head, rel) = match report {
                    Some(r) => (self.head(r), self.rel(r).to_string()),
                    None => (None, "root".to_string()),
                };
                self.reattach(v, head, &rel);
                self.reattach(n, Some(v), "nsubj");
                if let Some(r) = report {
                    self.reattach(r, Some(v), "parataxis");
                }
            }
        }
        self
    }

    /// "Iranian Foreign Minister Abbas Araghchi, who arrived in Caracas on Monday, met Maduro
    /// and signed a memorandum, the Venezuelan foreign ministry said" read with both the name
    /// and the ministry as subjects of "said" and "met" its complement: a reporting verb with
    /// two subjects, the first before a complement verb of its own that has no subject and
    /// the second after that verb, is a report on the clause: the first subject is the
    /// complement's, the complement takes the report's place and the report hangs on it.
    fn mend_report_with_two_subjects(mut self, words: &super::words::RuleWords) -> SentenceView {
        for r in 0..self.words.len() {
            if !words.either("reporting", self.form(r), self.lemma(r)) {
                continue;
            }
            let subjects: Vec<usize> = self.children(r).filter(|&c| self.rel(c) == "nsubj").collect();
            let &[first, second] = subjects.as_slice() else { continue };
            let bare = |c: usize| self.child_with(c, &["nsubj", "nsubj:pass", "csubj", "mark"]).is_none();
            let clause = self.children(r).find(|&c| first < c && c < second && self.rel(c) == "ccomp" && self.inflected_verb(c) && bare(c));
            let Some(c) = clause.filter(|_| second < r && self.actor_of(first).is_some()) else { continue };
            let (head, rel) = (self.head(r), self.rel(r).to_string());
            self.reattach(c, head, &rel);
            self.reattach(first, Some(c), "nsubj");
            self.reattach(r, Some(c), "parataxis");
        }
        self
    }

    /// "Russia's foreign ministry spokeswoman Maria Zakharova condemned the strikes" read with the
    /// title as the verb (the name its object, "condemned" its complement): an agent noun read
    /// as a verb, with a name right after it as its object and a verb after the name, is the
    /// name's title; the name is that verb's subject, and the verb takes the title's place.
    fn mend_title_read_as_verb(mut self) -> SentenceView {
        for t in 0..self.words.len() {
            if self.upos(t) != "VERB" || !self.words.get(t).is_some_and(|w| w.agent) {
                continue;
            }
            let Some(name) = self.child_with(t, &["obj"]).filter(|&n| n == t + 1 && self.actor(n).is_some()) else { continue };
            let Some(verb) = self.children(t).find(|&c| c > name && self.upos(c) == "VERB" && matches!(self.rel(c), "ccomp" | "conj" | "parataxis" | "xcomp" | "advcl")) else { continue };
            let (head, rel) = (self.head(t), self.rel(t).to_string());
            for k in self.children(t).filter(|&k| k < t && self.rel(k) == "nsubj").collect::<Vec<_>>() {
                self.reattach(k, Some(t), "compound");
            }
            self.reattach(verb, head, &rel);
            self.reattach(name, Some(verb), "nsubj");
            self.reattach(t, Some(name), "compound");
            if let Some(w) = self.words.get_mut(t) {
                w.upos = "NOUN".into();
            }
        }
        self
    }

    /// "killed at least 20 Boko Haram fighters" read with the fighters as an oblique (the "at" of
    /// "at least" taken for theirs): a noun on a verb with no object, no case word of its own and
    /// a number counted "at least" or "at most", is the verb's object.
    fn mend_counted_object(mut self) -> SentenceView {
        for n in 0..self.words.len() {
            let Some(v) = self.head(n).filter(|&v| matches!(self.rel(n), "obl" | "obl:agent") && self.upos(v) == "VERB") else { continue };
            let counted = self
                .children(n)
                .filter(|&m| self.rel(m) == "nummod")
                .any(|m| self.subtree(m, &|_| false).into_iter().any(|l| matches!(self.form(l), "least" | "most") && self.has_case(l, &["at"])));
            if counted && self.case_of(n).is_none() && self.child_with(v, &["obj"]).is_none() {
                self.reattach(n, Some(v), "obj");
            }
        }
        self
    }

    /// "attended Maduro's inauguration, as did delegations from Cuba and Russia" read with the
    /// delegations as a second subject of the verb and "did" their modifier: a subject after
    /// its verb carrying "as did" is the subject of that "did", a clause of comparison on the
    /// verb (no argument of it).
    fn mend_comparative_subject(mut self) -> SentenceView {
        for s in 0..self.words.len() {
            let Some(v) = self.head(s).filter(|&v| v < s && self.rel(s) == "nsubj") else { continue };
            let did = self.children(s).find(|&d| d < s && self.lemma(d) == "do" && self.children(d).any(|m| self.rel(m) == "mark" && self.form(m) == "as"));
            if let Some(d) = did {
                self.reattach(d, Some(v), "advcl");
                self.reattach(s, Some(d), "nsubj");
            }
        }
        self
    }

    /// "Following talks in Moscow with Putin, Ortega announced" read with the talks as a subject
    /// ("Following" their modifier): a noun subject whose phrase opens the sentence with a word
    /// of time and is set off by a comma before the verb is an oblique of the verb, the word of
    /// time its case.
    fn mend_fronted_time(mut self, words: &super::words::RuleWords) -> SentenceView {
        for n in 0..self.words.len() {
            let Some(v) = self.head(n).filter(|&v| v > n && self.rel(n) == "nsubj" && self.upos(n) == "NOUN") else { continue };
            let phrase = self.subtree(n, &|_| false);
            let (Some(&first), Some(&last)) = (phrase.iter().min(), phrase.iter().filter(|&&k| self.upos(k) != "PUNCT").max()) else { continue };
            let fronted = first == 0 && self.head(first) == Some(n) && words.is("time", self.form(first));
            if fronted && self.form(last + 1) == "," && last + 1 < v {
                self.reattach(n, Some(v), "obl");
                self.reattach(first, Some(n), "case");
            }
        }
        self
    }

    /// "a meeting with his Chinese counterpart Wang Yi", "against the oil company PDVSA" read
    /// with the name as a second dependent of the description's head: a name right after a
    /// noun that names no one, both hung on the same word, is the noun's apposition (the noun
    /// keeps its case word, relation and conjuncts).
    fn mend_described_name(mut self) -> SentenceView {
        for n in 1..self.words.len() {
            let d = n - 1;
            let same_head = self.head(n).is_some() && self.head(n) == self.head(d);
            let described = self.upos(d) == "NOUN" && self.actor(d).is_none() && self.upos(n) == "PROPN" && self.actor(n).is_some();
            // (Subjects are mend_apposed_subjects's: there the name heads.)
            if same_head && described && !matches!(self.rel(n), "conj" | "appos" | "flat" | "compound" | "nsubj" | "nsubj:pass") {
                // The name's conjuncts are the description's ("welcomed Cuba's dictator Miguel
                // Díaz-Canel, and his Venezuelan counterpart").
                for c in self.children(n).filter(|&c| self.rel(c) == "conj").collect::<Vec<_>>() {
                    self.reattach(c, Some(d), "conj");
                }
                self.reattach(n, Some(d), "appos");
            }
        }
        self
    }

    /// "The visit by Iranian President Pezeshkian to Caracas" read with "to Caracas" on the
    /// name: a phrase of direction or of a partner ("to", "with", "on", "against", "into") on a
    /// name that is itself a phrase of a noun belongs to that noun (a name takes no such
    /// phrase; "of", "from" and "in" may tell whose or where a person is, and stay).
    fn mend_phrase_on_name(mut self) -> SentenceView {
        for w in 0..self.words.len() {
            let Some(name) = self.head(w).filter(|&h| self.rel(w) == "nmod" && self.upos(h) == "PROPN" && self.actor(h).is_some() && self.rel(h) == "nmod") else { continue };
            let Some(noun) = self.head(name).filter(|&n| self.upos(n) == "NOUN" && self.actor(n).is_none()) else { continue };
            if self.has_case(w, &["to", "with", "on", "against", "into", "toward", "towards"]) {
                self.reattach(w, Some(noun), "nmod");
            }
        }
        self
    }

    /// "Qatar and Egypt called on Israel and Hamas to return" read with Qatar as a passive
    /// subject: a passive subject of a clause's verb (the root, a conjunct or a complement)
    /// that has no passive auxiliary ("was", "were", "got") is its active subject. Reduced
    /// passives ("sanctions imposed by the US") are participles on a noun, not clauses.
    fn mend_passive_without_auxiliary(mut self) -> SentenceView {
        for w in 0..self.words.len() {
            let Some(v) = self.head(w).filter(|_| self.rel(w) == "nsubj:pass") else { continue };
            let clause = self.head(v).is_none() || matches!(self.rel(v), "conj" | "ccomp" | "parataxis");
            if clause && self.upos(v) == "VERB" && self.child_with(v, &["aux:pass"]).is_none() && !self.children(v).any(|c| self.rel(c) == "aux" && matches!(self.lemma(c), "be" | "get")) {
                self.reattach(w, Some(v), "nsubj");
            }
        }
        self
    }

    /// "Ethiopia and Eritrea agreed on Saturday to reopen their border crossings" read with the
    /// infinitive as an adverbial clause (of purpose): a "to" infinitive with no subject of its
    /// own on a verb that governs one (promise, threaten, refuse, intend, request, control
    /// words), which has no complement already, is that verb's complement.
    fn mend_infinitive_complement(mut self, words: &super::words::RuleWords) -> SentenceView {
        for c in 0..self.words.len() {
            let Some(v) = self.head(c).filter(|&v| self.rel(c) == "advcl" && self.upos(v) == "VERB") else { continue };
            let to = self.children(c).any(|m| self.rel(m) == "mark" && self.form(m) == "to");
            let bare = self.child_with(c, &["nsubj", "nsubj:pass"]).is_none();
            let (f, l) = (self.form(v), self.lemma(v));
            let governs = ["promise", "threaten", "refuse", "intend", "request"].iter().any(|k| words.either(k, f, l)) || words.is("control", l);
            if to && bare && governs && self.child_with(v, &["xcomp", "ccomp"]).is_none() {
                self.reattach(c, Some(v), "xcomp");
            }
        }
        self
    }

    /// "Venezuela's attorney general, Tarek William Saab, responded" read as three subjects: of
    /// several subjects before the verb, the last a name set off by a comma (or right after the
    /// others: "Russia's state oil company Rosneft sold") and the others no actors of their own
    /// (a title), the name is the subject and the others its apposition.
    fn mend_apposed_subjects(mut self) -> SentenceView {
        for v in 0..self.words.len() {
            let subjects: Vec<usize> = self.children(v).filter(|&c| c < v && self.rel(c) == "nsubj").collect();
            let Some((&name, others)) = subjects.split_last() else { continue };
            let titles = !others.is_empty() && others.iter().all(|&o| self.actor(o).is_none() && self.upos(o) == "NOUN");
            // Set off by a comma, or right after the title ("the state oil company Rosneft").
            let apposed = self.set_off(name) || (self.upos(name) == "PROPN" && others.last().is_some_and(|&o| o + 1 == name));
            if titles && self.actor(name).is_some() && apposed {
                for &o in others {
                    self.reattach(o, Some(name), "appos");
                }
            }
        }
        self
    }

    /// "threatened to arrest any opposition leader who met with American diplomats, and accused
    /// Colombia" read with "accused" coordinated inside the relative clause: a conjunct verb of a
    /// relative clause, after a comma and a conjunction and with no subject of its own, is
    /// coordinated with the clause above the relative's noun (the first verb up from it with a
    /// subject).
    fn mend_relative_conjunct(mut self) -> SentenceView {
        for c in 0..self.words.len() {
            let Some(r) = self.head(c).filter(|&r| self.rel(c) == "conj" && self.rel(r) == "acl:relcl" && r < c) else { continue };
            let after_comma = self.joined_after_comma(c);
            if !after_comma || self.child_with(c, &["nsubj", "nsubj:pass"]).is_some() {
                continue;
            }
            let mut up = self.head(r);
            let mut steps = 0;
            while let Some(a) = up.filter(|_| steps < 8) {
                if self.upos(a) == "VERB" && (self.head(a).is_none() || self.child_with(a, &["nsubj", "nsubj:pass"]).is_some()) {
                    self.reattach(c, Some(a), "conj");
                    break;
                }
                up = self.head(a);
                steps += 1;
            }
        }
        self
    }

    /// "accused Havana of propping up Maduro, a charge Cuban officials deny" read as a clause of
    /// two subjects: the deed set off before the other subject is what the clause's verb is done
    /// to, a relative on the deed, and the deed sums up the clause it follows.
    fn mend_deed_relative(mut self, words: &super::words::RuleWords) -> SentenceView {
        for v in 0..self.words.len() {
            let subjects: Vec<usize> = self.children(v).filter(|&c| self.rel(c) == "nsubj").collect();
            let &[deed, subject] = subjects.as_slice() else { continue };
            let set_off = self.set_off(deed);
            let Some(clause) = self.head(v) else { continue };
            if !(deed < subject && subject < v && set_off && words.is("deed", self.lemma(deed)) && self.child_with(v, &["obj"]).is_none()) {
                continue;
            }
            self.reattach(deed, Some(clause), "appos");
            self.reattach(v, Some(deed), "acl:relcl");
        }
        self
    }

    /// "extended its sanctions for another year, citing the lack of a credible process, a
    /// decision Caracas condemned" read with the deed as the subject of the participle before
    /// it: a deed word set off after its verb, with a relative clause of its own, sums up the
    /// clause it follows (the participle's own governor where the participle has no subject of
    /// its own before it).
    fn mend_trailing_deed(mut self, words: &super::words::RuleWords) -> SentenceView {
        for n in 0..self.words.len() {
            let Some(h) = self.head(n).filter(|&h| h < n && self.rel(n) == "nsubj") else { continue };
            let relative = self.children(n).any(|c| self.rel(c) == "acl:relcl");
            if !(relative && self.set_off(n) && words.is("deed", self.lemma(n))) {
                continue;
            }
            let participle = self.form(h).ends_with("ing") && matches!(self.rel(h), "advcl" | "xcomp" | "conj");
            let clause = if participle { self.head(h) } else { Some(h) };
            self.reattach(n, clause, "appos");
        }
        self
    }

    /// "Despite pressure from Washington, Mexico and Argentina refused": a verb with no subject
    /// after a fronted phrase whose last conjuncts, set off by a comma, run up to the verb: they
    /// are its subject (the parse coordinated them with the phrase's noun, or set the first in
    /// apposition to it: "after two days of talks in Moscow, Russia and Venezuela pledged"). So is a name the
    /// parse set in apposition at the end of a fronted phrase, with its own apposition between it
    /// and the verb: "Speaking at a rally in Caracas, Diosdado Cabello, the ruling party's
    /// second-in-command, threatened".
    fn mend_fronted_subject(mut self) -> SentenceView {
        for v in 0..self.words.len() {
            if self.upos(v) != "VERB" || self.child_with(v, &["nsubj", "nsubj:pass", "csubj"]).is_some() {
                continue;
            }
            // The fronted phrase nearest the verb ("Speaking in Beijing after a meeting with
            // Wang Yi, Venezuela thanked": the meeting's).
            let Some(fronted) = self.children(v).filter(|&c| c < v && matches!(self.rel(c), "obl" | "advcl")).last() else { continue };
            let inside = self.subtree(fronted, &|_| false);
            let Some(first) = inside.iter().copied().filter(|&k| matches!(self.rel(k), "conj" | "appos") && self.set_off(k) && self.actor_of(k).is_some()).min() else { continue };
            let Some(head) = self.head(first) else { continue };
            // Its conjuncts, hung on the phrase's noun beside it ("after talks in Moscow, Russia
            // and Venezuela pledged": Russia the apposition of Moscow, Venezuela its conjunct).
            let rest: Vec<usize> = self.children(head).filter(|&k| k > first && self.rel(k) == "conj" && matches!(self.rel(first), "conj" | "appos")).collect();
            let mut end = std::iter::once(first).chain(rest.iter().copied()).flat_map(|k| self.subtree(k, &|_| false)).max().unwrap_or(first);
            // The rest of the name, if the parse hung it elsewhere ("Diosdado" the apposition,
            // "Cabello" flat on the place).
            let mut tail = Vec::new();
            while self.actor(end + 1).is_some() && self.actor(end + 1) == self.actor(first) {
                end += 1;
                tail.push(end);
            }
            let last = inside.iter().copied().filter(|&k| self.upos(k) != "PUNCT").max().unwrap_or(fronted);
            // What stands between the name and the verb is the name's apposition, set off by
            // commas and hung on the verb.
            let between: Vec<usize> = self.children(v).filter(|&k| k > end && k < v && self.upos(k) != "PUNCT").collect();
            let covered = (end + 1..v).all(|k| self.upos(k) == "PUNCT" || between.iter().any(|&b| self.subtree(b, &|_| false).contains(&k)));
            let own_apposition = between.first().is_none_or(|&b| self.form(v - 1) == "," && self.set_off(b));
            let apposed = self.rel(first) == "appos" && end == last && covered && own_apposition;
            if !(end + 1 == v || apposed) {
                continue;
            }
            self.reattach(first, Some(v), "nsubj");
            for k in rest {
                self.reattach(k, Some(first), "conj");
            }
            for k in tail {
                self.reattach(k, Some(first), "flat");
            }
            for b in between {
                self.reattach(b, Some(first), "appos");
            }
        }
        self
    }

    fn mend_said_in(mut self, words: &super::words::RuleWords) -> SentenceView {
        for c in 0..self.words.len() {
            let subordinated = self.children(c).any(|m| self.rel(m) == "mark" && self.upos(m) == "SCONJ" && self.form(m) == "that");
            let Some(noun) = self.head(c).filter(|_| subordinated && matches!(self.rel(c), "acl" | "acl:relcl")) else { continue };
            let Some(verb) = self.head(noun).filter(|&v| self.rel(noun) == "obl" && (words.either("reporting", self.form(v), self.lemma(v)) || words.either("announce", self.form(v), self.lemma(v)))) else { continue };
            self.reattach(c, Some(verb), "ccomp");
        }
        self
    }

    fn mend_second_subject(mut self, words: &super::words::RuleWords) -> SentenceView {
        for v in 0..self.words.len() {
            let subjects: Vec<usize> = self.children(v).filter(|&c| self.rel(c) == "nsubj").collect();
            let Some(object) = self.child_with(v, &["obj"]) else { continue };
            let &[first, second] = subjects.as_slice() else { continue };
            let set_off = self.set_off(second);
            // A name, or a deed summing up the clause ("dispatched troops to Caracas, a move
            // Washington denounced").
            let beside = self.actor_of(second).is_some() || words.is("deed", self.lemma(second));
            if first < v && object < second && set_off && beside {
                self.reattach(second, Some(object), "appos");
            }
        }
        self
    }

    /// Whether word `v` is a verb in a form of its own, past or present, not its lemma nor a
    /// gerund ("called", "met", "says"; not "call", "calling"): a finite verb where the parse
    /// hung it as a participle or a conjunct.
    pub fn inflected_verb(&self, v: usize) -> bool {
        let form = self.form(v);
        self.upos(v) == "VERB" && form != self.lemma(v) && !form.ends_with("ing")
    }

    /// Whether conjunct `c` is joined by a conjunction right after a comma (", and accused").
    fn joined_after_comma(&self, c: usize) -> bool {
        self.children(c).any(|k| self.rel(k) == "cc" && k > 0 && self.form(k - 1) == ",")
    }

    /// Word `w` hung on `head` (`None`: the root) in relation `rel`.
    fn reattach(&mut self, w: usize, head: Option<usize>, rel: &str) {
        if let Some(x) = self.words.get_mut(w) {
            x.head = head;
            x.deprel = rel.into();
        }
    }

    /// Whether the phrase of word `w` is set off by a comma before it (the comma may be the
    /// phrase's own punctuation or stand right before it).
    pub fn set_off(&self, w: usize) -> bool {
        let start = self.subtree(w, &|_| false).into_iter().filter(|&k| self.upos(k) != "PUNCT").min().unwrap_or(w);
        start > 0 && self.form(start - 1) == ","
    }

    /// "..., a ruling the State Department called a sham" with "ruling" tagged a verb: a deed
    /// word with an article of its own, in a noun's place, is a noun (the rules that read a deed
    /// beside a clause ask for one).
    fn mend_deed_noun(mut self, words: &super::words::RuleWords) -> SentenceView {
        for n in 0..self.words.len() {
            let article = self.children(n).any(|c| self.rel(c) == "det" && matches!(self.form(c).to_lowercase().as_str(), "a" | "an" | "the" | "this" | "that"));
            let nouns_place = matches!(self.rel(n), "appos" | "conj" | "obj" | "nsubj" | "obl" | "nmod");
            if self.upos(n) == "VERB" && article && nouns_place && words.is("deed", &self.form(n).to_lowercase()) {
                if let Some(w) = self.words.get_mut(n) {
                    w.upos = "NOUN".into();
                    w.lemma = w.form.to_lowercase();
                }
            }
        }
        self
    }

    /// "Xi sent Maduro a message of congratulations and Pezeshkian invited him" read with
    /// Pezeshkian coordinated with "congratulations": a name (with an actor) joined by "and"
    /// right before a finite conjunct verb that has no subject of its own is that verb's subject.
    /// So is one whose phrase, set off by commas, ends right before such a verb hung on the
    /// clause as a side clause: "The Kremlin welcomed Maduro's re-election, and Dmitry Peskov,
    /// Putin's spokesman, said ..." ("said" a parataxis of "welcomed").
    fn mend_subject_read_as_conjunct(mut self) -> SentenceView {
        for n in 0..self.words.len() {
            let joined = self.children(n).any(|c| self.rel(c) == "cc" && matches!(self.form(c), "and" | "but"));
            if self.rel(n) != "conj" || !joined || self.actor_of(n).is_none() || !matches!(self.upos(n), "PROPN" | "NOUN") {
                continue;
            }
            // The first word after the name's phrase, past commas.
            let phrase = self.subtree(n, &|_| false);
            let Some(&end) = phrase.last() else { continue };
            let Some(v) = (end + 1..self.words.len()).find(|&k| self.form(k) != ",") else { continue };
            let side = self.rel(v) == "parataxis" && self.set_off(n) || self.rel(v) == "conj";
            let bare = self.child_with(v, &["nsubj", "nsubj:pass", "csubj"]).is_none();
            if side && bare && self.inflected_verb(v) && self.head(n) != Some(v) && !phrase.contains(&v) {
                self.reattach(n, Some(v), "nsubj");
            }
        }
        self
    }

    /// "recalled its ambassador for consultations after Venezuelan soldiers detained three
    /// farmers" with "detained" hung on "consultations": a clause on a noun opened by a
    /// subordinator of time or cause, with a subject of its own, is an adverbial clause of the
    /// noun's verb.
    fn mend_adverbial_read_as_modifier(mut self, words: &super::words::RuleWords) -> SentenceView {
        for v in 0..self.words.len() {
            let Some(noun) = self.head(v).filter(|_| matches!(self.rel(v), "acl" | "acl:relcl") && self.upos(v) == "VERB") else { continue };
            let subordinated = self.children(v).any(|m| m < v && self.rel(m) == "mark" && (words.is("time", self.form(m)) || words.is("adverbial", self.form(m))));
            let own_subject = self.child_with(v, &["nsubj", "nsubj:pass"]).is_some();
            let Some(verb) = self.head(noun).filter(|&g| self.upos(g) == "VERB") else { continue };
            if subordinated && own_subject {
                self.reattach(v, Some(verb), "advcl");
            }
        }
        self
    }

    /// "urged the International Criminal Court to open an investigation" with the court read as
    /// an indirect object: in English a verb has an indirect object only beside a direct one
    /// (UD), so a lone one is the object.
    fn mend_lone_indirect_object(mut self) -> SentenceView {
        for v in 0..self.words.len() {
            let Some(i) = self.child_with(v, &["iobj"]) else { continue };
            if self.child_with(v, &["obj"]).is_none() && self.children(v).filter(|&c| self.rel(c) == "iobj").count() == 1 {
                self.reattach(i, Some(v), "obj");
            }
        }
        self
    }

    /// "ships Cuba 30,000 barrels of oil" read with two objects: in English the first of two
    /// objects of a verb of giving (`give`) is its indirect object (UD), the one given to,
    /// where it is a name right after the verb and the second a common noun. Not so "called
    /// Maduro a dictator" (a name and what it is called), "accused the EU of waging a campaign"
    /// (the campaign read as a second object), nor a description and its name ("received his
    /// French counterpart Emmanuel Macron").
    fn mend_double_object(mut self, words: &super::words::RuleWords) -> SentenceView {
        for v in 0..self.words.len() {
            let objects: Vec<usize> = self.children(v).filter(|&c| self.rel(c) == "obj").collect();
            let &[first, second] = objects.as_slice() else { continue };
            let first_start = self.subtree(first, &|_| false).first().copied().unwrap_or(first);
            let name = self.upos(first) == "PROPN" && self.actor_of(first).is_some();
            let gives = words.either("give", self.form(v), self.lemma(v));
            if first_start == v + 1 && first < second && name && self.upos(second) == "NOUN" && gives && self.child_with(v, &["iobj"]).is_none() {
                self.reattach(first, Some(v), "iobj");
            }
        }
        self
    }

    /// "helped it build a factory" read with "it" the object of "build": an object before its
    /// verb, between that verb and the verb it completes (an open complement), is the
    /// governing verb's object (UD: "helped it" with "build" its complement).
    fn mend_controlled_object(mut self) -> SentenceView {
        for x in 0..self.words.len() {
            let Some(g) = self.head(x).filter(|&g| self.rel(x) == "xcomp" && g < x) else { continue };
            let Some(o) = self.children(x).find(|&o| self.rel(o) == "obj" && g < o && o < x) else { continue };
            if self.child_with(g, &["obj", "iobj"]).is_none() {
                self.reattach(o, Some(g), "obj");
            }
        }
        self
    }

    /// "had offered to host talks between Venezuela and Guyana" read as "offered (to host
    /// talks)", a noun with a verb for its modifier: a bare verb after "to", modifying a noun
    /// after it (right after it, or past the noun's own modifiers: "agreed to double bilateral
    /// trade"), is an infinitive, complement of the noun's verb, the noun its object.
    fn mend_infinitive_read_as_modifier(mut self) -> SentenceView {
        for v in 1..self.words.len() {
            let Some(noun) = self.head(v).filter(|&n| n > v && self.rel(v) == "amod" && self.upos(v) == "VERB") else { continue };
            let to = v - 1;
            let bare = self.form(v).to_lowercase() == self.lemma(v).to_lowercase();
            let between = (v + 1..noun).all(|k| self.head(k) == Some(noun) && matches!(self.rel(k), "amod" | "compound"));
            let Some(governor) = self.head(noun).filter(|&g| matches!(self.rel(noun), "obj" | "obl") && self.upos(g) == "VERB") else { continue };
            if bare && between && self.form(to).eq_ignore_ascii_case("to") && self.head(to) == Some(noun) {
                self.reattach(v, Some(governor), "xcomp");
                self.reattach(to, Some(v), "mark");
                self.reattach(noun, Some(v), "obj");
            }
        }
        self
    }

    /// "after American and British warplanes struck their positions" with the warplanes read as
    /// an oblique of "struck": a verb with a subordinator and no subject, whose oblique before it
    /// has no case word of its own, has that noun as its subject.
    fn mend_bare_oblique_subject(mut self) -> SentenceView {
        for v in 0..self.words.len() {
            let subordinated = self.children(v).any(|c| self.rel(c) == "mark" && c < v);
            if self.upos(v) != "VERB" || !subordinated || self.child_with(v, &["nsubj", "nsubj:pass", "csubj"]).is_some() {
                continue;
            }
            let bare = self.children(v).filter(|&c| c < v && self.rel(c) == "obl" && matches!(self.upos(c), "NOUN" | "PROPN")).find(|&c| !self.children(c).any(|k| self.rel(k) == "case"));
            if let Some(c) = bare {
                self.reattach(c, Some(v), "nsubj");
            }
        }
        self
    }

    /// "Spain, home to a large Venezuelan diaspora, granted asylum to ..." read with the name as
    /// the root and the verb as its modifier: a name opening the sentence, with a phrase set off
    /// after it, is the subject of a verb hung on it as a modifier, set off after that phrase,
    /// that has an object and no subject of its own.
    fn mend_apposed_name_read_as_root(mut self) -> SentenceView {
        let Some(name) = (0..self.words.len()).find(|&w| self.head(w).is_none()) else { return self };
        let opens = (0..name).all(|k| self.head(k) == Some(name));
        if !matches!(self.upos(name), "NOUN" | "PROPN") || self.actor_of(name).is_none() || !opens {
            return self;
        }
        let Some(apposed) = self.children(name).find(|&c| c > name && self.rel(c) == "appos" && self.set_off(c)) else { return self };
        // (The verb may also hang on the apposed phrase: "home ..., granted" as its adverbial.)
        let apposed_end = self.subtree(apposed, &|r| matches!(r, "acl" | "advcl" | "punct")).into_iter().max().unwrap_or(apposed);
        let verb = self.children(name).filter(|&v| self.rel(v) == "acl").chain(self.children(apposed).filter(|&v| matches!(self.rel(v), "acl" | "advcl"))).find(|&v| {
            v > apposed_end && self.upos(v) == "VERB" && self.set_off(v) && self.child_with(v, &["obj"]).is_some() && self.child_with(v, &["nsubj", "nsubj:pass"]).is_none() && !self.children(v).any(|c| self.rel(c) == "mark")
        });
        let Some(verb) = verb else { return self };
        let after: Vec<usize> = self.children(name).chain(self.children(apposed)).filter(|&c| c > verb && self.rel(c) == "punct").collect();
        self.reattach(verb, None, "root");
        self.reattach(name, Some(verb), "nsubj");
        for p in after {
            self.reattach(p, Some(verb), "punct");
        }
        self
    }

    /// "granted asylum to the opposition candidate Edmundo Gonzalez" with "to" hung on the
    /// description: the case word of a description before its name, where the name is an
    /// oblique or a noun's phrase with no case word of its own, is the name's.
    fn mend_case_on_description(mut self) -> SentenceView {
        for d in 0..self.words.len() {
            let Some(name) = self.head(d).filter(|&n| n > d && self.rel(d) == "nmod:desc") else { continue };
            if !matches!(self.rel(name), "obl" | "nmod") || self.case_of(name).is_some() {
                continue;
            }
            let cases: Vec<usize> = self.children(d).filter(|&c| c < d && self.rel(c) == "case").collect();
            for c in cases {
                self.reattach(c, Some(name), "case");
            }
        }
        self
    }

    fn mend_noun_phrase_clause(mut self) -> SentenceView {
        let verbs: Vec<usize> = (0..self.words.len()).filter(|&v| self.rel(v) == "amod" && self.upos(v) == "VERB" && self.form(v).ends_with("ed")).collect();
        for v in verbs {
            let Some(noun) = self.head(v).filter(|&h| self.head(h).is_none() && self.upos(h) == "NOUN") else { continue };
            let Some(subject) = self.children(noun).filter(|&c| c < v && self.rel(c) == "compound").max() else { continue };
            let own = self.subtree(subject, &|_| false);
            if self.actor(subject).is_none() || (0..subject).any(|k| !own.contains(&k)) {
                continue;
            }
            self.reattach(v, None, "root");
            self.reattach(subject, Some(v), "nsubj");
            self.reattach(noun, Some(v), "obj");
        }
        self
    }

    /// The actor word a possessive "whose" stands for: the noun its relative clause hangs on,
    /// else the word right before the clause (the parse may hang the clause on a verb: "to
    /// attend the swearing-in of Maduro, whose re-election has been rejected"), if it names an
    /// actor.
    pub fn whose_antecedent(&self, w: usize) -> Option<usize> {
        if self.form(w) != "whose" || self.rel(w) != "nmod:poss" {
            return None;
        }
        let mut r = self.head(w)?;
        for _ in 0..3 {
            if self.rel(r).ends_with("relcl") {
                break;
            }
            r = self.head(r)?;
        }
        if !self.rel(r).ends_with("relcl") {
            return None;
        }
        let start = self.subtree(r, &|_| false).into_iter().min()?;
        let before = (0..start).rev().find(|&k| self.upos(k) != "PUNCT");
        let antecedent = self.head(r).filter(|&h| matches!(self.upos(h), "NOUN" | "PROPN")).or(before)?;
        self.actor(antecedent).map(|_| antecedent)
    }

    /// The actor word a possessive "its" stands for when it sits in a clause of its own with
    /// another subject: the main clause's subject, if that names a body or country, not a
    /// person ("Rosneft sold its assets after Washington sanctioned two of its subsidiaries":
    /// Rosneft). In the main clause itself, or in a clause with no subject of its own ("for
    /// extending its sanctions"), "its" is left unread.
    ///
    /// "Their" likewise, where the main clause's subject is a group or several ("The Houthis
    /// vowed to retaliate after American warplanes struck their positions").
    pub fn its_antecedent(&self, w: usize) -> Option<usize> {
        let their = self.form(w) == "their";
        if !(self.form(w) == "its" || their) || self.rel(w) != "nmod:poss" {
            return None;
        }
        // Names only, read without [`Self::actor_of`] (which asks this of an "its" it meets).
        let named = |s: usize| std::iter::once(s).chain(self.children(s).filter(|&c| matches!(self.rel(c), "flat" | "compound" | "appos"))).find(|&k| self.actor(k).is_some());
        // "thanked Egypt for its support": in a "for" phrase of a verb with an object, the
        // object's.
        let for_phrase = self.head(w).filter(|&n| self.rel(n) == "obl" && self.has_case(n, &["for"]));
        if let Some(object) = for_phrase.and_then(|n| self.head(n)).and_then(|v| self.child_with(v, &["obj"])).and_then(named) {
            return self.words.get(object).is_some_and(|o| !o.person).then_some(object);
        }
        let mut clause = self.head(w)?;
        for _ in 0..4 {
            if self.upos(clause) == "VERB" {
                break;
            }
            clause = self.head(clause)?;
        }
        let root = (0..self.words.len()).find(|&k| self.head(k).is_none() && self.upos(k) == "VERB")?;
        let local = self.child_with(clause, &["nsubj"])?;
        let main = self.child_with(root, &["nsubj"]).and_then(named)?;
        let body = self.words.get(main).is_some_and(|m| !m.person && m.actor.as_ref().is_some_and(|a| !a.2));
        (clause != root && body && (!their || self.several(main)) && named(local).map(|l| self.actor(l)) != Some(self.actor(main))).then_some(main)
    }

    /// Whether actor word `w` names several, a "their" may stand for it: a group ("the Houthis")
    /// or a name with conjuncts ("Russia and China").
    pub fn several(&self, w: usize) -> bool {
        self.words.get(w).is_some_and(|m| m.group) || self.children(w).any(|c| self.rel(c) == "conj")
    }

    /// Whether word `n` has "the" for its determiner ("the group", "the bank").
    fn after_the(&self, n: usize) -> bool {
        self.children(n).any(|c| self.rel(c) == "det" && self.form(c) == "the")
    }

    /// Whether word `w` is one of the people of the sentence before ([`Self::with_people_before`]).
    pub fn is_previous(&self, w: usize) -> bool {
        self.base_rel(w) == "previous"
    }

    /// The person the sentence is about: the actor of its main verb's subject, when a person.
    pub fn subject_person(&self) -> Option<&str> {
        let root = (0..self.words.len()).find(|&w| self.head(w).is_none() && self.upos(w) == "VERB")?;
        let a = self.actor_of(self.child_with(root, &["nsubj", "nsubj:pass"])?)?;
        self.words.get(a).filter(|x| x.person).and_then(|x| x.actor.as_ref()).map(|x| x.0.as_str())
    }

    pub fn upos(&self, w: usize) -> &str {
        self.words.get(w).map_or("", |x| x.upos.as_str())
    }

    /// Whether word `w` is (part of) a person's name.
    pub fn is_person(&self, w: usize) -> bool {
        self.words.get(w).is_some_and(|x| x.person)
    }

    /// The actor of word `w` itself: (id, CAMEO code, whether it is a place).
    pub fn actor(&self, w: usize) -> Option<&(String, String, bool)> {
        self.words.get(w).and_then(|x| x.actor.as_ref())
    }

    /// The `case` word of a nominal ("with Maduro": "with"; "along with": the last), if it has one.
    pub fn case_of(&self, w: usize) -> Option<&str> {
        self.children(w).filter(|&c| self.rel(c) == "case").last().map(|c| self.form(c))
    }

    /// Whether `w` has a `case` dependent among `words` ("with Maduro": with).
    pub fn has_case(&self, w: usize, words: &[&str]) -> bool {
        self.children(w).any(|k| self.rel(k) == "case" && words.contains(&self.form(k)))
    }

    /// The words of `w`'s subtree in sentence order, leaving out the subtrees of children whose
    /// relation `skip` accepts.
    pub fn subtree(&self, w: usize, skip: &dyn Fn(&str) -> bool) -> Vec<usize> {
        let mut out = vec![w];
        let mut stack = vec![w];
        while let Some(x) = stack.pop() {
            for c in self.children(x) {
                if x == w && skip(self.rel(c)) {
                    continue;
                }
                // A cycle in a malformed tree is cut at the first repeat.
                if !out.contains(&c) {
                    out.push(c);
                    stack.push(c);
                }
            }
        }
        out.sort_unstable();
        out
    }

    /// Whether noun `x` is the subject of a relative clause on it ("a report that accused").
    fn relative_subject(&self, x: usize) -> bool {
        self.children(x).filter(|&r| self.rel(r) == "acl:relcl").any(|r| self.children(r).any(|p| self.rel(p) == "nsubj" && matches!(self.form(p), "that" | "which" | "who")))
    }

    /// The actor a phrase headed by `w` names: its head's, else one reached through modifiers
    /// that keep the phrase about it, a name before a modifier and a modifier before an owner:
    /// "the president of Venezuela's Constituent Assembly, Diosdado Cabello" (appos) is Cabello;
    /// "Venezuelan Foreign Minister Gil" (amod), "Venezuela's government" (nmod:poss), "the Lima
    /// Group" (compound, flat); "the representatives of the Lima Group" (an agent noun's "of").
    pub fn actor_of(&self, w: usize) -> Option<usize> {
        if self.words.get(w)?.actor.is_some() {
            return Some(w);
        }
        let rank = |x: usize, c: usize| -> Option<usize> {
            match self.rel(c) {
                "appos" | "flat" | "flat:name" | "compound" => Some(0),
                // "Chinese Premier Li Qiang": the title (nmod:desc) and its demonym.
                "amod" | "nmod:desc" => Some(1),
                "nmod:poss" => Some(2),
                // "representatives of the Lima Group", "most of the Lima Group".
                "nmod" if (self.words[x].agent || matches!(self.words[x].upos.as_str(), "PRON" | "NUM" | "ADJ" | "DET")) && self.has_case(c, &["of"]) => Some(3),
                // "senior representatives from Moscow", "a delegation from Iran".
                "nmod" if self.words[x].agent && self.has_case(c, &["from"]) => Some(4),
                // "An airstrike by Israel killed ...": a subject's doer; so is the doer of a
                // noun a relative clause takes for its subject ("a report by the Israeli
                // military that accused it").
                "nmod" if self.upos(x) == "NOUN" && (matches!(self.rel(x), "nsubj" | "nsubj:pass") || self.relative_subject(x)) && self.has_case(c, &["by"]) => Some(4),
                // "lawmakers in Cuba and Venezuela".
                "nmod" if self.words[x].agent && self.has_case(c, &["in"]) => Some(5),
                // "US Secretary of State Mike Pompeo" parsed with the name as a modifier of the
                // title: the person, as if the title were his compound.
                "nmod" if self.is_person(c) && self.case_of(c).is_none() => Some(0),
                _ => None,
            }
        };
        // (rank of the first step, not a person, depth, rank of the last step, word): least
        // wins; of a title's name and its country ("US Secretary of State Mike Pompeo") the
        // person is the actor.
        let mut best: Option<(usize, bool, usize, usize, usize)> = None;
        let mut stack: Vec<(usize, usize, usize)> = vec![(w, 0, 0)];
        while let Some((x, depth, first_rank)) = stack.pop() {
            for c in self.children(x) {
                let Some(r) = rank(x, c) else { continue };
                let r0 = if depth == 0 { r } else { first_rank };
                // "Maduro, whose re-election ...": the owner "whose" stands for.
                let named = if self.words[c].actor.is_some() { Some(c) } else { self.whose_antecedent(c).or_else(|| self.its_antecedent(c)) };
                if let Some(c) = named {
                    let key = (r0, !self.is_person(c), depth, r, c);
                    if best.is_none_or(|b| key < b) {
                        best = Some(key);
                    }
                } else if depth < 2 {
                    stack.push((c, depth + 1, r0));
                }
            }
        }
        best.map(|(_, _, _, _, c)| c)
    }
}

/// The one actor (id, code) of `named` (last word, actor, code) whose name ends with `head`;
/// none where none or several do.
pub fn one_named(named: &[(String, String, String)], head: &str) -> Option<(String, String)> {
    let mut ids = named.iter().filter(|(h, _, _)| h == head).map(|(_, id, cameo)| (id.clone(), cameo.clone()));
    let first = ids.next()?;
    ids.all(|x| x.0 == first.0).then_some(first)
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// (form, lemma, upos, head 1-based or 0, deprel, actor) of a word.
    pub type Row<'a> = (&'a str, &'a str, &'a str, usize, &'a str, Option<&'a str>);

    /// A sentence built by hand: an actor id with `:` is a person unless it is a `city:` (a
    /// place); every noun is an agent noun.
    /// Word `k` of a hand-built view with another form and lemma.
    pub fn reword(v: &mut SentenceView, k: usize, form: &str, lemma: &str) {
        if let Some(w) = v.words.get_mut(k) {
            w.form = form.into();
            w.lemma = lemma.into();
        }
    }

    pub fn view(rows: &[Row]) -> SentenceView {
        let mut at = 0;
        SentenceView {
            words: rows
                .iter()
                .map(|&(form, lemma, upos, head, deprel, actor)| {
                    let span = at..at + form.chars().count();
                    at = span.end + 1;
                    ViewWord {
                        form: form.to_lowercase(),
                        lemma: lemma.into(),
                        upos: upos.into(),
                        head: head.checked_sub(1),
                        deprel: deprel.into(),
                        actor: actor.map(|a| (a.to_string(), a.to_uppercase(), a.starts_with("city:"))),
                        person: actor.is_some_and(|a| a.contains(':') && !a.starts_with("city:") && !a.starts_with("grp:")),
                        group: actor.is_some_and(|a| a.starts_with("grp:")),
                        agent: upos == "NOUN",
                        span,
                    }
                })
                .collect(),
        }
    }

    #[test]
    fn a_clause_read_as_a_noun_phrase_is_mended_into_subject_verb_object() {
        // Qatar mediated talks (read as "(Qatar) (mediated) talks").
        let v = view(&[
            ("Qatar", "Qatar", "PROPN", 3, "compound", Some("QAT")),
            ("mediated", "mediate", "VERB", 3, "amod", None),
            ("talks", "talk", "NOUN", 0, "root", None),
        ]);
        let m = v.mended(&super::super::words::RuleWords::english());
        assert_eq!((m.head(0), m.rel(0)), (Some(1), "nsubj"));
        assert_eq!((m.head(1), m.rel(1)), (None, "root"));
        assert_eq!((m.head(2), m.rel(2)), (Some(1), "obj"));
        // Not after a determiner ("the Qatar-mediated talks" stays a noun phrase), nor with no
        // actor for a subject.
        let the = view(&[
            ("the", "the", "DET", 4, "det", None),
            ("Qatar", "Qatar", "PROPN", 4, "compound", Some("QAT")),
            ("mediated", "mediate", "VERB", 4, "amod", None),
            ("talks", "talk", "NOUN", 0, "root", None),
        ]);
        assert_eq!(the.mended(&super::super::words::RuleWords::english()).rel(2), "amod");
        let no_actor = view(&[("Peace", "peace", "NOUN", 3, "compound", None), ("mediated", "mediate", "VERB", 3, "amod", None), ("talks", "talk", "NOUN", 0, "root", None)]);
        assert_eq!(no_actor.mended(&super::super::words::RuleWords::english()).rel(1), "amod");
    }

    #[test]
    fn a_name_read_as_the_root_before_its_set_off_verb_is_its_subject() {
        // Spain, home to exiles, granted asylum to Gonzalez.
        let rows = [
            ("Spain", "Spain", "PROPN", 0, "root", Some("ESP")),
            (",", ",", "PUNCT", 3, "punct", None),
            ("home", "home", "ADV", 1, "appos", None),
            ("to", "to", "ADP", 5, "case", None),
            ("exiles", "exile", "NOUN", 3, "obl", None),
            (",", ",", "PUNCT", 7, "punct", None),
            ("granted", "grant", "VERB", 1, "acl", None),
            ("asylum", "asylum", "NOUN", 7, "obj", None),
            ("to", "to", "ADP", 10, "case", None),
            ("Gonzalez", "Gonzalez", "PROPN", 7, "obl", Some("ven:edmundo-gonzalez")),
            (".", ".", "PUNCT", 1, "punct", None),
        ];
        let m = view(&rows).mended(&super::super::words::RuleWords::english());
        assert_eq!((m.head(6), m.rel(6)), (None, "root"));
        assert_eq!((m.head(0), m.rel(0)), (Some(6), "nsubj"));
        assert_eq!(m.head(10), Some(6));
        // Hung on the apposed phrase as its adverbial.
        let mut on_phrase = view(&rows);
        if let Some(w) = on_phrase.words.get_mut(6) {
            (w.head, w.deprel) = (Some(2), "advcl".into());
        }
        let m = on_phrase.mended(&super::super::words::RuleWords::english());
        assert_eq!((m.head(6), m.rel(6), m.head(0), m.rel(0)), (None, "root", Some(6), "nsubj"));
        // Not where the verb has a subject of its own.
        let mut own = view(&rows);
        if let Some(w) = own.words.get_mut(4) {
            (w.head, w.deprel) = (Some(6), "nsubj".into());
        }
        assert_eq!(own.mended(&super::super::words::RuleWords::english()).rel(6), "acl");
    }

    #[test]
    fn a_case_word_on_a_description_is_its_names() {
        // granted asylum to the candidate Gonzalez ("to" hung on "candidate").
        let v = view(&[
            ("granted", "grant", "VERB", 0, "root", None),
            ("asylum", "asylum", "NOUN", 1, "obj", None),
            ("to", "to", "ADP", 5, "case", None),
            ("the", "the", "DET", 5, "det", None),
            ("candidate", "candidate", "NOUN", 6, "nmod:desc", None),
            ("Gonzalez", "Gonzalez", "PROPN", 1, "obl", Some("ven:edmundo-gonzalez")),
        ]);
        let m = v.mended(&super::super::words::RuleWords::english());
        assert_eq!(m.case_of(5), Some("to"));
        assert_eq!(m.head(2), Some(5));
        // The determiner stays on the description.
        assert_eq!(m.head(3), Some(4));
    }

    #[test]
    fn a_fronted_phrase_of_time_and_a_name_after_its_description_are_mended() {
        let words = super::super::words::RuleWords::english();
        // Following talks with Putin, Ortega announced (the talks read as a subject).
        let v = view(&[
            ("Following", "follow", "VERB", 2, "amod", None),
            ("talks", "talk", "NOUN", 7, "nsubj", None),
            ("with", "with", "ADP", 4, "case", None),
            ("Putin", "Putin", "PROPN", 2, "nmod", Some("rus:putin")),
            (",", ",", "PUNCT", 2, "punct", None),
            ("Ortega", "Ortega", "PROPN", 7, "nsubj", Some("nic:ortega")),
            ("announced", "announce", "VERB", 0, "root", None),
        ]);
        let m = v.clone().mended(&words);
        assert_eq!((m.head(1), m.rel(1)), (Some(6), "obl"));
        assert_eq!((m.head(0), m.rel(0)), (Some(1), "case"));
        assert_eq!((m.head(5), m.rel(5)), (Some(6), "nsubj"));
        // Not with a first word that tells no time ("Renewed talks with Putin, ..." stays).
        let mut renewed = v;
        reword(&mut renewed, 0, "renewed", "renew");
        assert_ne!(renewed.mended(&words).rel(1), "obl");
        // After a meeting with his counterpart Wang Yi and his deputy (the name hung on the
        // meeting beside the description): the description's apposition, its conjunct moved.
        let v = view(&[
            ("After", "after", "ADP", 3, "case", None),
            ("a", "a", "DET", 3, "det", None),
            ("meeting", "meeting", "NOUN", 0, "root", None),
            ("with", "with", "ADP", 6, "case", None),
            ("his", "his", "PRON", 6, "nmod:poss", None),
            ("counterpart", "counterpart", "NOUN", 3, "nmod", None),
            ("Wang", "Wang", "PROPN", 3, "nmod", Some("chn:wang-yi")),
            ("and", "and", "CCONJ", 10, "cc", None),
            ("his", "his", "PRON", 10, "nmod:poss", None),
            ("deputy", "deputy", "NOUN", 7, "conj", None),
        ]);
        let m = v.mended(&words);
        assert_eq!((m.head(6), m.rel(6)), (Some(5), "appos"));
        assert_eq!((m.head(9), m.rel(9)), (Some(5), "conj"));
        assert_eq!(m.actor_of(5), Some(6));
        // A name with a head of its own, or after a noun that names someone, is left alone.
        let v = view(&[
            ("Venezuela", "Venezuela", "PROPN", 2, "nsubj", Some("VEN")),
            ("told", "tell", "VERB", 0, "root", None),
            ("reporters", "reporter", "NOUN", 2, "obj", None),
            ("Cuba", "Cuba", "PROPN", 5, "nsubj", Some("CUB")),
            ("erred", "err", "VERB", 2, "ccomp", None),
        ]);
        assert_eq!(v.mended(&words).rel(3), "nsubj");
        // Speaking in Beijing after a meeting with Wang, Venezuela thanked China (the subject
        // hung in the second fronted phrase, the one nearest the verb).
        let v = view(&[
            ("Speaking", "speak", "VERB", 11, "advcl", None),
            ("in", "in", "ADP", 3, "case", None),
            ("Beijing", "Beijing", "PROPN", 1, "obl", Some("city:beijing")),
            ("after", "after", "ADP", 6, "case", None),
            ("a", "a", "DET", 6, "det", None),
            ("meeting", "meeting", "NOUN", 11, "obl", None),
            ("with", "with", "ADP", 8, "case", None),
            ("Wang", "Wang", "PROPN", 6, "nmod", Some("chn:wang-yi")),
            (",", ",", "PUNCT", 10, "punct", None),
            ("Venezuela", "Venezuela", "PROPN", 8, "appos", Some("VEN")),
            ("thanked", "thank", "VERB", 0, "root", None),
            ("China", "China", "PROPN", 11, "obj", Some("CHN")),
        ]);
        let m = v.mended(&words);
        assert_eq!((m.head(9), m.rel(9)), (Some(10), "nsubj"));
    }

    #[test]
    fn a_clause_said_in_a_statement_and_a_second_subject_after_the_object_are_mended() {
        let words = super::super::words::RuleWords::english();
        // Russia said in a statement that it would send troops.
        let v = view(&[
            ("Russia", "Russia", "PROPN", 2, "nsubj", Some("RUS")),
            ("said", "say", "VERB", 0, "root", None),
            ("in", "in", "ADP", 5, "case", None),
            ("a", "a", "DET", 5, "det", None),
            ("statement", "statement", "NOUN", 2, "obl", None),
            ("that", "that", "SCONJ", 9, "mark", None),
            ("it", "it", "PRON", 9, "nsubj", None),
            ("would", "would", "AUX", 9, "aux", None),
            ("send", "send", "VERB", 5, "acl", None),
            ("troops", "troop", "NOUN", 9, "obj", None),
        ]);
        let m = v.clone().mended(&words);
        assert_eq!((m.head(8), m.rel(8)), (Some(1), "ccomp"));
        // Not under a verb of no saying ("arrived in a city that ..." is left alone).
        let mut arrived = v;
        reword(&mut arrived, 1, "arrived", "arrive");
        assert_eq!(arrived.mended(&words).rel(8), "acl");
        // He would meet his counterpart, Sergei Shoigu, (read as a second subject).
        let v = view(&[
            ("he", "he", "PRON", 2, "nsubj", None),
            ("meet", "meet", "VERB", 0, "root", None),
            ("his", "his", "PRON", 4, "nmod:poss", None),
            ("counterpart", "counterpart", "NOUN", 2, "obj", None),
            (",", ",", "PUNCT", 6, "punct", None),
            ("Shoigu", "Shoigu", "PROPN", 2, "nsubj", Some("rus:shoigu")),
        ]);
        let m = v.mended(&words);
        assert_eq!((m.head(5), m.rel(5)), (Some(3), "appos"));
        // Moscow sent troops, a move Washington denounced (the move read as a second subject).
        let v = view(&[
            ("Moscow", "Moscow", "PROPN", 2, "nsubj", Some("RUS")),
            ("sent", "send", "VERB", 0, "root", None),
            ("troops", "troop", "NOUN", 2, "obj", None),
            (",", ",", "PUNCT", 6, "punct", None),
            ("a", "a", "DET", 6, "det", None),
            ("move", "move", "NOUN", 2, "nsubj", None),
            ("Washington", "Washington", "PROPN", 8, "nsubj", Some("USA")),
            ("denounced", "denounce", "VERB", 6, "acl:relcl", None),
        ]);
        let m = v.mended(&words);
        assert_eq!((m.head(5), m.rel(5)), (Some(2), "appos"));
        // Despite pressure from Washington, Mexico and Argentina refused.
        let v = view(&[
            ("Despite", "despite", "ADP", 2, "case", None),
            ("pressure", "pressure", "NOUN", 9, "obl", None),
            ("from", "from", "ADP", 4, "case", None),
            ("Washington", "Washington", "PROPN", 2, "nmod", Some("USA")),
            (",", ",", "PUNCT", 6, "punct", None),
            ("Mexico", "Mexico", "PROPN", 4, "conj", Some("MEX")),
            ("and", "and", "CCONJ", 8, "cc", None),
            ("Argentina", "Argentina", "PROPN", 4, "conj", Some("ARG")),
            ("refused", "refuse", "VERB", 0, "root", None),
        ]);
        let m = v.mended(&words);
        assert_eq!((m.head(5), m.rel(5)), (Some(8), "nsubj"));
        assert_eq!((m.head(7), m.rel(7)), (Some(5), "conj"));
        // Washington accused Havana, a charge officials deny (two subjects of "deny").
        let v = view(&[
            ("Washington", "Washington", "PROPN", 2, "nsubj", Some("USA")),
            ("accused", "accuse", "VERB", 0, "root", None),
            ("Havana", "Havana", "PROPN", 2, "obj", Some("CUB")),
            (",", ",", "PUNCT", 8, "punct", None),
            ("a", "a", "DET", 6, "det", None),
            ("charge", "charge", "NOUN", 8, "nsubj", None),
            ("officials", "official", "NOUN", 8, "nsubj", Some("CUB")),
            ("deny", "deny", "VERB", 2, "parataxis", None),
        ]);
        let m = v.mended(&words);
        assert_eq!((m.head(5), m.rel(5)), (Some(1), "appos"));
        assert_eq!((m.head(7), m.rel(7)), (Some(5), "acl:relcl"));
    }

    #[test]
    fn an_object_counted_at_least_and_a_comparison_by_as_did_are_mended() {
        let words = super::super::words::RuleWords::english();
        // Nigerian troops killed at least 20 fighters (the fighters read as an oblique).
        let v = view(&[
            ("troops", "troop", "NOUN", 2, "nsubj", Some("NGA")),
            ("killed", "kill", "VERB", 0, "root", None),
            ("at", "at", "ADP", 4, "case", None),
            ("least", "least", "ADJ", 5, "nmod", None),
            ("20", "20", "NUM", 6, "nummod", None),
            ("fighters", "fighter", "NOUN", 2, "obl", None),
        ]);
        let m = v.clone().mended(&words);
        assert_eq!((m.head(5), m.rel(5)), (Some(1), "obj"));
        // Not a number not counted "at least".
        let mut least = v.clone();
        reword(&mut least, 3, "some", "some");
        assert_eq!(least.mended(&words).rel(5), "obl");
        // The ministry spokeswoman Zakharova condemned the strikes (the title read as a verb).
        let v = view(&[
            ("ministry", "ministry", "NOUN", 2, "nsubj", None),
            ("spokeswoman", "spokeswoma", "VERB", 0, "root", None),
            ("Zakharova", "Zakharova", "PROPN", 2, "obj", Some("rus:zakharova")),
            ("condemned", "condemn", "VERB", 2, "ccomp", None),
            ("strikes", "strike", "NOUN", 4, "obj", None),
        ]);
        // (An agent noun, as the view built from the parse marks it.)
        let mut v = v;
        if let Some(w) = v.words.get_mut(1) {
            w.agent = true;
        }
        let m = v.clone().mended(&words);
        assert_eq!((m.head(3), m.rel(3)), (None, "root"));
        assert_eq!((m.head(2), m.rel(2)), (Some(3), "nsubj"));
        assert_eq!((m.head(1), m.rel(1), m.upos(1)), (Some(2), "compound", "NOUN"));
        // A verb that is no agent noun keeps its object.
        let mut met = v;
        reword(&mut met, 1, "met", "meet");
        if let Some(w) = met.words.get_mut(1) {
            w.agent = false;
        }
        assert_eq!(met.mended(&words).rel(2), "obj");
        // Arce attended the inauguration, as did delegations (read as a second subject).
        let v = view(&[
            ("Arce", "Arce", "PROPN", 2, "nsubj", Some("bol:arce")),
            ("attended", "attend", "VERB", 0, "root", None),
            ("the", "the", "DET", 4, "det", None),
            ("inauguration", "inauguration", "NOUN", 2, "obj", None),
            (",", ",", "PUNCT", 7, "punct", None),
            ("as", "as", "SCONJ", 7, "mark", None),
            ("did", "do", "AUX", 8, "acl", None),
            ("delegations", "delegation", "NOUN", 2, "nsubj", None),
        ]);
        let m = v.mended(&words);
        assert_eq!((m.head(6), m.rel(6)), (Some(1), "advcl"));
        assert_eq!((m.head(7), m.rel(7)), (Some(6), "nsubj"));
    }

    #[test]
    fn a_name_with_its_verb_hung_on_it_several_subjects_and_a_relatives_conjunct_are_mended() {
        let words = super::super::words::RuleWords::english();
        // Machado, who lived in hiding, called on the army (read as a name with a participle).
        let v = view(&[
            ("Machado", "Machado", "PROPN", 0, "root", Some("ven:machado")),
            (",", ",", "PUNCT", 4, "punct", None),
            ("who", "who", "PRON", 4, "nsubj", None),
            ("lived", "live", "VERB", 1, "acl:relcl", None),
            (",", ",", "PUNCT", 4, "punct", None),
            ("called", "call", "VERB", 1, "acl", None),
            ("on", "on", "ADP", 8, "case", None),
            ("army", "army", "NOUN", 6, "obl", None),
        ]);
        let m = v.clone().mended(&words);
        assert_eq!((m.head(5), m.rel(5)), (None, "root"));
        assert_eq!((m.head(0), m.rel(0)), (Some(5), "nsubj"));
        // Erdoğan, whose government buys gold, congratulated Maduro, his office said (the name
        // read as the report's subject, its verb as a parataxis on it).
        let said = view(&[
            ("Erdoğan", "Erdoğan", "PROPN", 11, "nsubj", Some("tur:erdogan")),
            (",", ",", "PUNCT", 5, "punct", None),
            ("whose", "whose", "PRON", 4, "nmod:poss", None),
            ("government", "government", "NOUN", 5, "nsubj", None),
            ("buys", "buy", "VERB", 1, "acl:relcl", None),
            (",", ",", "PUNCT", 5, "punct", None),
            ("congratulated", "congratulate", "VERB", 1, "parataxis", None),
            ("Maduro", "Maduro", "PROPN", 7, "obj", Some("ven:maduro")),
            (",", ",", "PUNCT", 1, "punct", None),
            ("office", "office", "NOUN", 11, "nsubj", None),
            ("said", "say", "VERB", 0, "root", None),
        ]);
        let m = said.clone().mended(&words);
        assert_eq!((m.head(6), m.rel(6)), (None, "root"));
        assert_eq!((m.head(0), m.rel(0)), (Some(6), "nsubj"));
        assert_eq!((m.head(10), m.rel(10)), (Some(6), "parataxis"));
        // Not where the verb the name is the subject of reports nothing.
        let mut signed = said;
        reword(&mut signed, 10, "signed", "sign");
        assert_eq!(signed.mended(&words).rel(6), "parataxis");
        // Not a passive participle ("Hezbollah, backed by Iran") nor one not set off.
        let mut by = v.clone();
        reword(&mut by, 6, "by", "by");
        assert_eq!(by.mended(&words).rel(5), "acl");
        let mut bare = v;
        reword(&mut bare, 4, "-", "-");
        assert_eq!(bare.mended(&words).rel(5), "acl");
        // Venezuela's attorney general, Saab, responded (three subjects).
        let v = view(&[
            ("attorney", "attorney", "NOUN", 6, "nsubj", None),
            ("general", "general", "NOUN", 6, "nsubj", None),
            (",", ",", "PUNCT", 4, "punct", None),
            ("Saab", "Saab", "PROPN", 6, "nsubj", Some("ven:saab")),
            (",", ",", "PUNCT", 4, "punct", None),
            ("responded", "respond", "VERB", 0, "root", None),
        ]);
        let m = v.mended(&words);
        assert_eq!((m.head(0), m.rel(0)), (Some(3), "appos"));
        assert_eq!((m.head(1), m.rel(1)), (Some(3), "appos"));
        assert_eq!((m.head(3), m.rel(3)), (Some(5), "nsubj"));
        // Cabello threatened to arrest leaders who met diplomats, and accused Colombia.
        let v = view(&[
            ("Cabello", "Cabello", "PROPN", 2, "nsubj", Some("ven:cabello")),
            ("threatened", "threaten", "VERB", 0, "root", None),
            ("to", "to", "PART", 4, "mark", None),
            ("arrest", "arrest", "VERB", 2, "xcomp", None),
            ("leaders", "leader", "NOUN", 4, "obj", None),
            ("who", "who", "PRON", 7, "nsubj", None),
            ("met", "meet", "VERB", 5, "acl:relcl", None),
            ("diplomats", "diplomat", "NOUN", 7, "obj", None),
            (",", ",", "PUNCT", 11, "punct", None),
            ("and", "and", "CCONJ", 11, "cc", None),
            ("accused", "accuse", "VERB", 7, "conj", None),
            ("Colombia", "Colombia", "PROPN", 11, "obj", Some("COL")),
        ]);
        let m = v.clone().mended(&words);
        assert_eq!((m.head(10), m.rel(10)), (Some(1), "conj"));
        // Without the comma it stays in the relative clause ("leaders who met and accused").
        let mut close = v;
        reword(&mut close, 8, "then", "then");
        assert_eq!(close.mended(&words).head(10), Some(6));
        // Speaking in Caracas, Cabello, the party's deputy, threatened (the name read as an
        // apposition of the place, the deputy as a modifier of the verb).
        let v = view(&[
            ("Speaking", "speak", "VERB", 11, "advcl", None),
            ("in", "in", "ADP", 3, "case", None),
            ("Caracas", "Caracas", "PROPN", 1, "obl", Some("city:caracas")),
            (",", ",", "PUNCT", 5, "punct", None),
            ("Cabello", "Cabello", "PROPN", 3, "appos", Some("ven:cabello")),
            (",", ",", "PUNCT", 9, "punct", None),
            ("the", "the", "DET", 8, "det", None),
            ("party", "party", "NOUN", 9, "nmod:poss", None),
            ("deputy", "deputy", "NOUN", 11, "advmod", None),
            (",", ",", "PUNCT", 9, "punct", None),
            ("threatened", "threaten", "VERB", 0, "root", None),
        ]);
        let m = v.clone().mended(&words);
        assert_eq!((m.head(4), m.rel(4)), (Some(10), "nsubj"));
        assert_eq!((m.head(8), m.rel(8)), (Some(4), "appos"));
        // A trace names each mend.
        let lines = m.mends_since(&v);
        assert!(lines.contains(&"mended: cabello nsubj of threatened (was appos of caracas)".to_string()), "{lines:?}");
        assert_eq!(lines.len(), 2, "{lines:?}");
        // The name's second word hung on the place ("Diosdado" apposition, "Cabello" flat on
        // "Caracas") comes along.
        let v = view(&[
            ("Speaking", "speak", "VERB", 8, "advcl", None),
            ("in", "in", "ADP", 3, "case", None),
            ("Caracas", "Caracas", "PROPN", 1, "obl", Some("city:caracas")),
            (",", ",", "PUNCT", 5, "punct", None),
            ("Diosdado", "Diosdado", "PROPN", 3, "appos", Some("ven:cabello")),
            ("Cabello", "Cabello", "PROPN", 3, "flat", Some("ven:cabello")),
            (",", ",", "PUNCT", 8, "punct", None),
            ("threatened", "threaten", "VERB", 0, "root", None),
        ]);
        let m = v.mended(&words);
        assert_eq!((m.head(4), m.rel(4)), (Some(7), "nsubj"));
        assert_eq!((m.head(5), m.rel(5)), (Some(4), "flat"));
    }

    #[test]
    fn its_in_a_clause_of_another_subject_is_the_main_clauses_body() {
        // the company Rosneft sold its stake after Washington sanctioned two of its units
        let v = view(&[
            ("company", "company", "NOUN", 3, "nsubj", None),
            ("Rosneft", "Rosneft", "PROPN", 3, "nsubj", Some("RSN")),
            ("sold", "sell", "VERB", 0, "root", None),
            ("its", "its", "PRON", 5, "nmod:poss", None),
            ("stake", "stake", "NOUN", 3, "obj", None),
            ("after", "after", "SCONJ", 8, "mark", None),
            ("Washington", "Washington", "PROPN", 8, "nsubj", Some("USA")),
            ("sanctioned", "sanction", "VERB", 3, "advcl", None),
            ("two", "two", "NUM", 8, "obj", None),
            ("of", "of", "ADP", 12, "case", None),
            ("its", "its", "PRON", 12, "nmod:poss", None),
            ("units", "unit", "NOUN", 9, "nmod", None),
        ]);
        let m = v.clone().mended(&super::super::words::RuleWords::english());
        // The title right before the name is its apposition.
        assert_eq!((m.head(0), m.rel(0)), (Some(1), "appos"));
        assert_eq!(m.its_antecedent(10), Some(1));
        assert_eq!(m.actor_of(8), Some(1));
        // In the main clause "its" is left unread; so is one in a clause with no subject.
        assert_eq!(m.its_antecedent(3), None);
        let mut bare = m;
        if let Some(w) = bare.words.get_mut(6) {
            w.deprel = "obl".into();
        }
        assert_eq!(bare.its_antecedent(10), None);
    }

    #[test]
    fn a_past_conjunct_of_a_modal_reported_clause_is_the_reporting_verbs() {
        let words = super::super::words::RuleWords::english();
        // The EU said the bloc would not recognise the results, and called on Caracas.
        let v = view(&[
            ("EU", "EU", "PROPN", 2, "nsubj", Some("int:eu")),
            ("said", "say", "VERB", 0, "root", None),
            ("bloc", "bloc", "NOUN", 6, "nsubj", None),
            ("would", "would", "AUX", 6, "aux", None),
            ("not", "not", "PART", 6, "advmod", None),
            ("recognise", "recognise", "VERB", 2, "ccomp", None),
            ("results", "result", "NOUN", 6, "obj", None),
            (",", ",", "PUNCT", 10, "punct", None),
            ("and", "and", "CCONJ", 10, "cc", None),
            ("called", "call", "VERB", 6, "conj", None),
            ("on", "on", "ADP", 12, "case", None),
            ("Caracas", "Caracas", "PROPN", 10, "obl", Some("VEN")),
        ]);
        let m = v.clone().mended(&words);
        assert_eq!((m.head(9), m.rel(9)), (Some(1), "conj"));
        // Not with a modal of its own to share ("would not recognise ..., and call on").
        let mut bare = v.clone();
        reword(&mut bare, 9, "call", "call");
        assert_eq!(bare.mended(&words).head(9), Some(5));
        // Without the comma too ("would not recognise the results and called on"), but not
        // past "would have", where a participle may be the conjunct.
        let mut no_comma = v;
        reword(&mut no_comma, 7, "the", "the");
        if let Some(w) = no_comma.words.get_mut(7) {
            w.upos = "DET".into();
            w.deprel = "det".into();
            w.head = Some(6);
        }
        assert_eq!(no_comma.clone().mended(&words).head(9), Some(1));
        let mut perfect = no_comma;
        reword(&mut perfect, 4, "have", "have");
        if let Some(w) = perfect.words.get_mut(4) {
            w.upos = "AUX".into();
            w.deprel = "aux".into();
        }
        assert_eq!(perfect.mended(&words).head(9), Some(5));
    }

    #[test]
    fn an_active_subject_read_as_passive_and_an_infinitive_read_as_an_adverbial_are_mended() {
        let words = super::super::words::RuleWords::english();
        // Qatar called on Israel to return (Qatar read as a passive subject).
        let v = view(&[
            ("Qatar", "Qatar", "PROPN", 2, "nsubj:pass", Some("QAT")),
            ("called", "call", "VERB", 0, "root", None),
            ("on", "on", "ADP", 4, "case", None),
            ("Israel", "Israel", "PROPN", 2, "obl", Some("ISR")),
            ("to", "to", "PART", 6, "mark", None),
            ("return", "return", "VERB", 2, "advcl", None),
        ]);
        let m = v.clone().mended(&words);
        assert_eq!(m.rel(0), "nsubj");
        // "called" controls its infinitive: the complement.
        assert_eq!((m.head(5), m.rel(5)), (Some(1), "xcomp"));
        // With a passive auxiliary the subject stays passive ("Qatar was called on").
        let mut was = v.clone();
        if let Some(w) = was.words.get_mut(2) {
            *w = ViewWord { form: "was".into(), lemma: "be".into(), upos: "AUX".into(), head: Some(1), deprel: "aux:pass".into(), ..w.clone() };
        }
        assert_eq!(was.mended(&words).rel(0), "nsubj:pass");
        // A verb that governs no infinitive keeps its adverbial ("arrived to sign").
        let mut arrived = v;
        reword(&mut arrived, 1, "arrived", "arrive");
        assert_eq!(arrived.mended(&words).rel(5), "advcl");
    }

    #[test]
    fn a_partners_phrase_hung_on_the_agents_name_is_the_nouns() {
        // The visit by Pezeshkian to Caracas (read with "to Caracas" on the name).
        let v = view(&[
            ("visit", "visit", "NOUN", 0, "root", None),
            ("by", "by", "ADP", 3, "case", None),
            ("Pezeshkian", "Pezeshkian", "PROPN", 1, "nmod", Some("irn:pezeshkian")),
            ("to", "to", "ADP", 5, "case", None),
            ("Caracas", "Caracas", "PROPN", 3, "nmod", Some("city:caracas")),
        ]);
        let words = super::super::words::RuleWords::english();
        assert_eq!(v.clone().mended(&words).head(4), Some(0));
        // "of" may tell whose a person is, and stays on the name.
        let mut of = v;
        reword(&mut of, 3, "of", "of");
        assert_eq!(of.mended(&words).head(4), Some(2));
    }

    #[test]
    fn whose_stands_for_the_name_before_its_clause_and_the_subject_is_who_the_sentence_is_about() {
        // ... the swearing-in of Maduro, whose re-election was rejected (the clause hung on a verb).
        let v = view(&[
            ("attend", "attend", "VERB", 0, "root", None),
            ("swearing-in", "swearing-in", "NOUN", 1, "obj", None),
            ("of", "of", "ADP", 4, "case", None),
            ("Maduro", "Maduro", "PROPN", 2, "nmod", Some("ven:maduro")),
            (",", ",", "PUNCT", 8, "punct", None),
            ("whose", "whose", "PRON", 7, "nmod:poss", None),
            ("re-election", "re-election", "NOUN", 8, "nsubj:pass", None),
            ("rejected", "reject", "VERB", 1, "advcl:relcl", None),
        ]);
        assert_eq!(v.actor_of(6), Some(3));
        assert_eq!(v.subject_person(), None);
        // Maduro met Putin: the sentence is about Maduro.
        let v = view(&[("Maduro", "Maduro", "PROPN", 2, "nsubj", Some("ven:maduro")), ("met", "meet", "VERB", 0, "root", None), ("Putin", "Putin", "PROPN", 2, "obj", Some("rus:putin"))]);
        assert_eq!(v.subject_person(), Some("ven:maduro"));
    }

    #[test]
    fn a_name_beats_a_modifier_and_an_owner_and_of_needs_an_agent_noun() {
        // the president of Venezuela's Assembly, Diosdado Cabello
        let v = view(&[
            ("the", "the", "DET", 2, "det", None),
            ("president", "president", "NOUN", 0, "root", None),
            ("of", "of", "ADP", 6, "case", None),
            ("Venezuela", "Venezuela", "PROPN", 6, "nmod:poss", Some("VEN")),
            ("'s", "'s", "PART", 4, "case", None),
            ("Assembly", "Assembly", "PROPN", 2, "nmod", None),
            (",", ",", "PUNCT", 8, "punct", None),
            ("Cabello", "Cabello", "PROPN", 2, "appos", Some("ven:cabello")),
        ]);
        assert_eq!(v.actor_of(1), Some(7));
        // on the sidelines of the UN: no agent noun, no owner
        let v = view(&[
            ("sidelines", "sideline", "X", 0, "root", None),
            ("of", "of", "ADP", 3, "case", None),
            ("UN", "UN", "PROPN", 1, "nmod", Some("int:un")),
        ]);
        assert_eq!(v.actor_of(0), None);
    }

    #[test]
    fn a_subtree_leaves_out_what_it_is_told_and_survives_a_cycle() {
        let mut v = view(&[("a", "a", "X", 0, "root", None), ("b", "b", "X", 1, "conj", None), ("c", "c", "X", 1, "obj", None)]);
        assert_eq!(v.subtree(0, &|r| r == "conj"), vec![0, 2]);
        v.words[0].head = Some(2);
        assert_eq!(v.subtree(0, &|_| false), vec![0, 1, 2]);
    }

    #[test]
    fn a_deed_word_with_an_article_in_a_nouns_place_is_a_noun() {
        let words = crate::events::words::RuleWords::english();
        let v = view(&[
            ("Venezuela", "Venezuela", "PROPN", 2, "nsubj", Some("VEN")),
            ("jailed", "jail", "VERB", 0, "root", None),
            ("Americans", "American", "PROPN", 2, "obj", Some("USA")),
            (",", ",", "PUNCT", 6, "punct", None),
            ("a", "a", "DET", 6, "det", None),
            ("ruling", "rule", "VERB", 2, "conj", None),
        ]);
        let m = v.clone().mended(&words);
        assert_eq!((m.upos(5), m.lemma(5)), ("NOUN", "ruling"));
        // Without the article it stays a verb ("..., ruling out talks").
        let mut bare = v;
        if let Some(w) = bare.words.get_mut(4) {
            w.deprel = "obj".into();
        }
        assert_eq!(bare.mended(&words).upos(5), "VERB");
    }

    #[test]
    fn the_group_is_the_one_group_named_before() {
        let words = crate::events::words::RuleWords::english();
        // Hezbollah fired at Israel, and Israel struck the group's positions.
        let v = view(&[
            ("Hezbollah", "Hezbollah", "PROPN", 2, "nsubj", Some("grp:hezbollah")),
            ("fired", "fire", "VERB", 0, "root", None),
            ("Israel", "Israel", "PROPN", 2, "obl", Some("ISR")),
            ("and", "and", "CCONJ", 6, "cc", None),
            ("Israel", "Israel", "PROPN", 6, "nsubj", Some("ISR")),
            ("struck", "strike", "VERB", 2, "conj", None),
            ("the", "the", "DET", 8, "det", None),
            ("group", "group", "NOUN", 9, "nmod:poss", None),
            ("positions", "position", "NOUN", 6, "obj", None),
        ]);
        let got = v.clone().with_group_references(&words, &[]);
        assert_eq!(got.actor(7).map(|a| a.0.as_str()), Some("grp:hezbollah"));
        // With no group in the sentence, the one group of the sentence before.
        let mut none = v.clone();
        if let Some(w) = none.words.get_mut(0) {
            w.actor = None;
            w.group = false;
        }
        let hamas = ("grp:hamas".to_string(), "PSEREB".to_string());
        let before = vec![hamas.clone()];
        assert_eq!(none.clone().with_group_references(&words, &before).actor(7).map(|a| a.0.as_str()), Some("grp:hamas"));
        // Nobody where two groups could be meant, or without "the" ("a group").
        let two = vec![hamas, ("grp:pij".to_string(), "PSEREB".to_string())];
        assert!(none.with_group_references(&words, &two).actor(7).is_none());
        let mut indefinite = v;
        reword(&mut indefinite, 6, "a", "a");
        assert!(indefinite.with_group_references(&words, &[]).actor(7).is_none());
    }

    #[test]
    fn a_bare_oblique_before_a_subordinated_verb_is_its_subject() {
        let words = crate::events::words::RuleWords::english();
        // ... after American warplanes struck their positions.
        let v = view(&[
            ("after", "after", "ADP", 4, "mark", None),
            ("American", "American", "ADJ", 3, "amod", Some("USA")),
            ("warplanes", "warplane", "NOUN", 4, "obl", None),
            ("struck", "strike", "VERB", 0, "root", None),
            ("positions", "position", "NOUN", 4, "obj", None),
        ]);
        let m = v.clone().mended(&words);
        assert_eq!((m.head(2), m.rel(2)), (Some(3), "nsubj"));
        // Not one with a case word ("after talks in Caracas, ... struck"), nor one after the verb.
        let mut cased = v;
        reword(&mut cased, 0, "in", "in");
        if let Some(w) = cased.words.get_mut(0) {
            w.deprel = "case".into();
            w.head = Some(2);
        }
        assert_eq!(cased.mended(&words).rel(2), "obl");
    }

    #[test]
    fn their_in_a_clause_of_another_subject_is_the_main_clauses_group() {
        // The Houthis vowed revenge after Americans struck their positions.
        let v = view(&[
            ("Houthis", "Houthis", "PROPN", 2, "nsubj", Some("grp:houthis")),
            ("vowed", "vow", "VERB", 0, "root", None),
            ("revenge", "revenge", "NOUN", 2, "obj", None),
            ("after", "after", "SCONJ", 6, "mark", None),
            ("Americans", "American", "PROPN", 6, "nsubj", Some("USA")),
            ("struck", "strike", "VERB", 2, "advcl", None),
            ("their", "their", "PRON", 8, "nmod:poss", None),
            ("positions", "position", "NOUN", 6, "obj", None),
        ]);
        assert_eq!(v.its_antecedent(6), Some(0));
        // Not where the main subject is one country ("Venezuela vowed revenge after Americans
        // struck their positions": their own, perhaps).
        let mut one = v;
        if let Some(w) = one.words.get_mut(0) {
            w.actor = Some(("VEN".into(), "VEN".into(), false));
            w.group = false;
        }
        assert_eq!(one.its_antecedent(6), None);
    }

    #[test]
    fn its_in_a_for_phrase_is_the_verbs_object() {
        // Sudan thanked Egypt for its support.
        let v = view(&[
            ("Sudan", "Sudan", "PROPN", 2, "nsubj", Some("SDN")),
            ("thanked", "thank", "VERB", 0, "root", None),
            ("Egypt", "Egypt", "PROPN", 2, "obj", Some("EGY")),
            ("for", "for", "ADP", 6, "case", None),
            ("its", "its", "PRON", 6, "nmod:poss", None),
            ("support", "support", "NOUN", 2, "obl", None),
        ]);
        assert_eq!(v.its_antecedent(4), Some(2));
        // Not in another phrase ("in its capital").
        let mut other = v;
        reword(&mut other, 3, "in", "in");
        assert_eq!(other.its_antecedent(4), None);
    }

    #[test]
    fn a_subjects_by_phrase_names_its_doer() {
        // A drone attack by the Houthis damaged a Saudi facility.
        let v = view(&[
            ("attack", "attack", "NOUN", 4, "nsubj", None),
            ("by", "by", "ADP", 3, "case", None),
            ("Houthis", "Houthis", "PROPN", 1, "nmod", Some("grp:houthis")),
            ("damaged", "damage", "VERB", 0, "root", None),
            ("facility", "facility", "NOUN", 4, "obj", None),
        ]);
        assert_eq!(v.actor_of(0), Some(2));
        // Not an object's ("expelled diplomats over a move by Chisinau" names no target).
        let mut object = v;
        if let Some(w) = object.words.get_mut(0) {
            w.deprel = "obj".into();
        }
        assert_eq!(object.actor_of(0), None);
        // Unless a relative clause takes the noun for its subject ("a report by X that
        // accused it": X accused).
        object.words.push(ViewWord { form: "that".into(), lemma: "that".into(), upos: "PRON".into(), head: Some(6), deprel: "nsubj".into(), ..object.words.get(1).cloned().expect("word") });
        object.words.push(ViewWord { form: "accused".into(), lemma: "accuse".into(), upos: "VERB".into(), head: Some(0), deprel: "acl:relcl".into(), ..object.words.get(1).cloned().expect("word") });
        assert_eq!(object.actor_of(0), Some(2));
    }

    #[test]
    fn a_lone_indirect_object_an_infinitive_read_as_a_modifier_and_a_trailing_deed_are_mended() {
        let words = super::super::words::RuleWords::english();
        // Russia urged the Court to act (the court read as an indirect object): the object.
        let v = view(&[
            ("Russia", "Russia", "PROPN", 2, "nsubj", Some("RUS")),
            ("urged", "urge", "VERB", 0, "root", None),
            ("the", "the", "DET", 4, "det", None),
            ("Court", "Court", "PROPN", 2, "iobj", Some("int:icc")),
            ("to", "to", "PART", 6, "mark", None),
            ("act", "act", "VERB", 2, "xcomp", None),
        ]);
        assert_eq!(v.clone().mended(&words).rel(3), "obj");
        // Beside a direct object it stays ("awarded her the prize").
        let v = view(&[
            ("Oslo", "Oslo", "PROPN", 2, "nsubj", Some("NOR")),
            ("awarded", "award", "VERB", 0, "root", None),
            ("her", "she", "PRON", 2, "iobj", None),
            ("the", "the", "DET", 5, "det", None),
            ("prize", "prize", "NOUN", 2, "obj", None),
        ]);
        assert_eq!(v.mended(&words).rel(2), "iobj");
        // Brazil offered to host talks (read as "offered (to host talks)").
        let v = view(&[
            ("Brazil", "Brazil", "PROPN", 2, "nsubj", Some("BRA")),
            ("offered", "offer", "VERB", 0, "root", None),
            ("to", "to", "PART", 5, "case", None),
            ("host", "host", "VERB", 5, "amod", None),
            ("talks", "talk", "NOUN", 2, "obj", None),
        ]);
        let m = v.mended(&words);
        assert_eq!((m.head(3), m.rel(3)), (Some(1), "xcomp"));
        assert_eq!((m.head(2), m.rel(2)), (Some(3), "mark"));
        assert_eq!((m.head(4), m.rel(4)), (Some(3), "obj"));
        // A participle that describes the noun stays ("offered to pay the agreed fee" is no
        // case: "agreed" is no bare verb after "to").
        let v = view(&[
            ("Brazil", "Brazil", "PROPN", 2, "nsubj", Some("BRA")),
            ("offered", "offer", "VERB", 0, "root", None),
            ("the", "the", "DET", 5, "det", None),
            ("agreed", "agree", "VERB", 5, "amod", None),
            ("fee", "fee", "NOUN", 2, "obj", None),
        ]);
        assert_eq!(v.mended(&words).rel(3), "amod");
        // The EU extended its sanctions, citing the lack of a process, a decision Caracas
        // condemned (the decision read as the participle's subject): the deed sums up the clause
        // the participle hangs on.
        let v = view(&[
            ("EU", "EU", "PROPN", 2, "nsubj", Some("int:eu")),
            ("extended", "extend", "VERB", 0, "root", None),
            ("sanctions", "sanction", "NOUN", 2, "obj", None),
            (",", ",", "PUNCT", 5, "punct", None),
            ("citing", "cite", "VERB", 2, "advcl", None),
            ("the", "the", "DET", 7, "det", None),
            ("lack", "lack", "NOUN", 5, "obj", None),
            (",", ",", "PUNCT", 10, "punct", None),
            ("a", "a", "DET", 10, "det", None),
            ("decision", "decision", "NOUN", 5, "nsubj", None),
            ("Caracas", "Caracas", "PROPN", 12, "nsubj", Some("VEN")),
            ("condemned", "condemn", "VERB", 10, "acl:relcl", None),
        ]);
        let m = v.clone().mended(&words);
        assert_eq!((m.head(9), m.rel(9)), (Some(1), "appos"));
        // Without a relative clause of its own the deed is left where the parse put it.
        let mut bare = v;
        reword(&mut bare, 11, "condemned", "condemn");
        if let Some(w) = bare.words.get_mut(11) {
            w.deprel = "conj".into();
            w.head = Some(1);
        }
        assert_eq!(bare.mended(&words).rel(9), "nsubj");
    }

    #[test]
    fn a_name_joined_before_a_bare_conjunct_verb_is_its_subject() {
        let words = super::super::words::RuleWords::english();
        // Xi sent a message of congratulations and Pezeshkian invited him.
        let v = view(&[
            ("Xi", "Xi", "PROPN", 2, "nsubj", Some("chn:xi")),
            ("sent", "send", "VERB", 0, "root", None),
            ("a", "a", "DET", 4, "det", None),
            ("message", "message", "NOUN", 2, "obj", None),
            ("of", "of", "ADP", 6, "case", None),
            ("congratulations", "congratulations", "NOUN", 4, "nmod", None),
            ("and", "and", "CCONJ", 8, "cc", None),
            ("Pezeshkian", "Pezeshkian", "PROPN", 6, "conj", Some("irn:pezeshkian")),
            ("invited", "invite", "VERB", 2, "conj", None),
            ("him", "he", "PRON", 9, "obj", None),
        ]);
        let m = v.clone().mended(&words);
        assert_eq!((m.head(7), m.rel(7)), (Some(8), "nsubj"));
        // A verb with a subject of its own, or one in its base form, is left alone.
        let mut base = v;
        reword(&mut base, 8, "invite", "invite");
        assert_eq!(base.mended(&words).rel(7), "conj");
    }

    #[test]
    fn a_name_set_off_before_a_side_clause_verb_is_its_subject() {
        let words = super::super::words::RuleWords::english();
        // The Kremlin welcomed the re-election, and Peskov, Putin's spokesman, said ...
        let v = view(&[
            ("Kremlin", "Kremlin", "PROPN", 2, "nsubj", Some("RUS")),
            ("welcomed", "welcome", "VERB", 0, "root", None),
            ("re-election", "re-election", "NOUN", 2, "obj", None),
            (",", ",", "PUNCT", 6, "punct", None),
            ("and", "and", "CCONJ", 6, "cc", None),
            ("Peskov", "Peskov", "PROPN", 3, "conj", Some("rus:peskov")),
            (",", ",", "PUNCT", 9, "punct", None),
            ("Putin", "Putin", "PROPN", 9, "nmod:poss", Some("rus:putin")),
            ("spokesman", "spokesman", "NOUN", 6, "appos", None),
            (",", ",", "PUNCT", 6, "punct", None),
            ("said", "say", "VERB", 2, "parataxis", None),
        ]);
        let m = v.clone().mended(&words);
        assert_eq!((m.head(5), m.rel(5)), (Some(10), "nsubj"));
        // Not before a verb in its base form ("..., and Peskov, Putin's spokesman, say").
        let mut own = v;
        reword(&mut own, 10, "say", "say");
        assert_eq!(own.mended(&words).rel(5), "conj");
    }

    #[test]
    fn a_report_with_two_subjects_takes_the_first_for_its_clause() {
        let words = super::super::words::RuleWords::english();
        // Araghchi, who arrived on Monday, met Maduro, the ministry said (both subjects of
        // "said", "met" its complement).
        let v = view(&[
            ("Araghchi", "Araghchi", "PROPN", 9, "nsubj", Some("irn:araghchi")),
            (",", ",", "PUNCT", 4, "punct", None),
            ("who", "who", "PRON", 4, "nsubj", None),
            ("arrived", "arrive", "VERB", 1, "acl:relcl", None),
            ("met", "meet", "VERB", 9, "ccomp", None),
            ("Maduro", "Maduro", "PROPN", 5, "obj", Some("ven:maduro")),
            (",", ",", "PUNCT", 9, "punct", None),
            ("ministry", "ministry", "NOUN", 9, "nsubj", None),
            ("said", "say", "VERB", 0, "root", None),
        ]);
        let m = v.clone().mended(&words);
        assert_eq!((m.head(0), m.rel(0)), (Some(4), "nsubj"));
        assert_eq!((m.head(4), m.rel(4)), (None, "root"));
        assert_eq!((m.head(8), m.rel(8)), (Some(4), "parataxis"));
        // One subject of the report: the clause stays reported.
        let mut one = v;
        if let Some(w) = one.words.get_mut(7) {
            (w.head, w.deprel) = (Some(5), "obj".into());
        }
        assert_eq!(one.mended(&words).rel(4), "ccomp");
    }

    #[test]
    fn an_infinitive_before_its_objects_modifiers_is_the_verbs_complement() {
        let words = super::super::words::RuleWords::english();
        // The leaders agreed to double bilateral trade ("double" read as the noun's modifier,
        // "trade" an oblique).
        let v = view(&[
            ("leaders", "leader", "NOUN", 2, "nsubj", None),
            ("agreed", "agree", "VERB", 0, "root", None),
            ("to", "to", "PART", 6, "case", None),
            ("double", "double", "VERB", 6, "amod", None),
            ("bilateral", "bilateral", "ADJ", 6, "amod", None),
            ("trade", "trade", "NOUN", 2, "obl", None),
        ]);
        let m = v.clone().mended(&words);
        assert_eq!((m.head(3), m.rel(3)), (Some(1), "xcomp"));
        assert_eq!((m.head(5), m.rel(5)), (Some(3), "obj"));
        // A word between that is no modifier of the noun leaves it alone.
        let mut apart = v;
        if let Some(w) = apart.words.get_mut(4) {
            (w.head, w.deprel) = (Some(2), "advmod".into());
        }
        assert_eq!(apart.mended(&words).rel(3), "amod");
    }

    #[test]
    fn the_first_of_two_objects_of_giving_and_an_object_before_a_complement_are_mended() {
        let words = super::super::words::RuleWords::english();
        // Venezuela ships Cuba barrels of oil (two objects).
        let v = view(&[
            ("Venezuela", "Venezuela", "PROPN", 2, "nsubj", Some("VEN")),
            ("ships", "ship", "VERB", 0, "root", None),
            ("Cuba", "Cuba", "PROPN", 2, "obj", Some("CUB")),
            ("barrels", "barrel", "NOUN", 2, "obj", None),
            ("of", "of", "ADP", 6, "case", None),
            ("oil", "oil", "NOUN", 4, "nmod", None),
        ]);
        assert_eq!(v.clone().mended(&words).rel(2), "iobj");
        // Not a verb that gives nothing ("accused the EU of a campaign": the campaign is no
        // second object).
        let mut accused = v;
        reword(&mut accused, 1, "accused", "accuse");
        assert_eq!(accused.mended(&words).rel(2), "obj");
        // Iran helped it build a factory ("it" hung on "build").
        let v = view(&[
            ("Iran", "Iran", "PROPN", 2, "nsubj", Some("IRN")),
            ("helped", "help", "VERB", 0, "root", None),
            ("it", "it", "PRON", 4, "obj", None),
            ("build", "build", "VERB", 2, "xcomp", None),
            ("factory", "factory", "NOUN", 4, "obj", None),
        ]);
        let m = v.mended(&words);
        assert_eq!((m.head(2), m.rel(2)), (Some(1), "obj"));
        assert_eq!((m.head(4), m.rel(4)), (Some(3), "obj"));
    }

    #[test]
    fn the_noun_closing_a_bodys_name_stands_for_that_body() {
        // The bank lent Venezuela $60 billion (after "China Development Bank" in the sentence
        // before).
        let v = view(&[
            ("the", "the", "DET", 2, "det", None),
            ("bank", "bank", "NOUN", 3, "nsubj", None),
            ("lent", "lend", "VERB", 0, "root", None),
            ("Venezuela", "Venezuela", "PROPN", 3, "obj", Some("VEN")),
        ]);
        let before = vec![("bank".to_string(), "CHN".to_string(), "CHNBUS".to_string())];
        assert_eq!(v.clone().with_head_references(&before).actor(1).map(|a| a.0.as_str()), Some("CHN"));
        // Nobody where two banks were named, or none.
        let mut two = before.clone();
        two.push(("bank".to_string(), "RUS".to_string(), "RUSBUS".to_string()));
        assert!(v.clone().with_head_references(&two).actor(1).is_none());
        assert!(v.with_head_references(&[]).actor(1).is_none());
    }

    #[test]
    fn an_adverbial_clause_hung_on_a_noun_is_the_nouns_verbs() {
        let words = super::super::words::RuleWords::english();
        // Colombia recalled its ambassador for consultations after soldiers detained farmers.
        let v = view(&[
            ("Colombia", "Colombia", "PROPN", 2, "nsubj", Some("COL")),
            ("recalled", "recall", "VERB", 0, "root", None),
            ("ambassador", "ambassador", "NOUN", 2, "obj", None),
            ("for", "for", "ADP", 5, "case", None),
            ("consultations", "consultation", "NOUN", 2, "obl", None),
            ("after", "after", "SCONJ", 8, "mark", None),
            ("soldiers", "soldier", "NOUN", 8, "nsubj", None),
            ("detained", "detain", "VERB", 5, "acl", None),
            ("farmers", "farmer", "NOUN", 8, "obj", None),
        ]);
        let m = v.clone().mended(&words);
        assert_eq!((m.head(7), m.rel(7)), (Some(1), "advcl"));
        // Without a subordinator it stays on its noun ("consultations soldiers demanded").
        let mut relative = v;
        if let Some(w) = relative.words.get_mut(5) {
            w.deprel = "advmod".into();
        }
        assert_eq!(relative.mended(&words).rel(7), "acl");
    }
}

