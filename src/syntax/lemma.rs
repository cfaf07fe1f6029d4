//! Lemmas as edit scripts, learned: each treebank word's lemma is written as "lower-case or
//! not, remove the ending E, append S" (`sent` -> `send`: remove "t", append "d"; `Russia` ->
//! itself: keep, remove nothing), and the parser head picks a script per word the way it picks a
//! tag, among the scripts whose ending the word has (so "sent" can never lose an "nt" it does
//! not end in). The scripts seen in training are the classes.

/// One edit script.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Script {
    pub lower: bool,
    /// The ending removed (after lower-casing when `lower`).
    pub strip: String,
    pub append: String,
}

impl Script {
    /// The script that turns `form` into `lemma`.
    pub fn between(form: &str, lemma: &str) -> Script {
        let lower = lemma != form && lemma == lemma.to_lowercase() && form != form.to_lowercase();
        let base: Vec<char> = if lower { form.to_lowercase().chars().collect() } else { form.chars().collect() };
        let target: Vec<char> = lemma.chars().collect();
        let common = base.iter().zip(&target).take_while(|(a, b)| a == b).count();
        Script { lower, strip: base[common..].iter().collect(), append: target[common..].iter().collect() }
    }

    fn base(&self, form: &str) -> String {
        if self.lower {
            form.to_lowercase()
        } else {
            form.to_string()
        }
    }

    /// Whether the script applies to `form`: it ends with the ending removed, and something is left.
    pub fn applies(&self, form: &str) -> bool {
        self.applies_to(form, &form.to_lowercase())
    }

    /// `applies`, given the form's lower case too (no allocation: called for every script).
    pub fn applies_to(&self, form: &str, lower: &str) -> bool {
        let base = if self.lower { lower } else { form };
        base.ends_with(&self.strip) && (base.len() > self.strip.len() || !self.append.is_empty())
    }

    /// The lemma this script makes of `form` (the form itself where it does not apply).
    pub fn apply(&self, form: &str) -> String {
        if !self.applies(form) {
            return form.to_string();
        }
        let base = self.base(form);
        let mut out = base[..base.len() - self.strip.len()].to_string();
        out.push_str(&self.append);
        out
    }

    /// Text form kept in the model file: `L|t|d` (lower-case, remove "t", append "d") or `K||`.
    pub fn encode(&self) -> String {
        format!("{}|{}|{}", if self.lower { 'L' } else { 'K' }, self.strip, self.append)
    }

    pub fn decode(s: &str) -> Option<Script> {
        let mut parts = s.splitn(3, '|');
        let lower = match parts.next()? {
            "L" => true,
            "K" => false,
            _ => return None,
        };
        let strip = parts.next()?.to_string();
        Some(Script { lower, strip, append: parts.next()?.to_string() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_english_and_accented_words() {
        for (form, lemma) in [("sent", "send"), ("Russia", "Russia"), ("Talks", "talk"), ("was", "be"), ("sancionó", "sancionar"), ("Óscar", "Óscar"), ("better", "good")] {
            let s = Script::between(form, lemma);
            assert_eq!(s.apply(form), lemma, "{form}");
            assert_eq!(Script::decode(&s.encode()), Some(s));
        }
    }

    #[test]
    fn generalises_to_unseen_words() {
        let s = Script::between("sanctioned", "sanction");
        assert_eq!(s.apply("condemned"), "condemn");
        let s = Script::between("Meetings", "meeting");
        assert_eq!(s.apply("Talks"), "talk");
    }

    #[test]
    fn a_script_that_cannot_apply_keeps_the_word() {
        let s = Script { lower: false, strip: "ing".into(), append: "e".into() };
        assert!(!s.applies("sent"));
        assert_eq!(s.apply("sent"), "sent");
        assert_eq!(s.apply("making"), "make");
        let s = Script::between("sent", "send");
        assert_eq!(s.apply("went"), "wend", "a script is blind to meaning, not to endings");
        assert!(!s.applies("sanctions"));
    }
}
