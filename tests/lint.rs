//! A ratchet on unchecked indexing in the event code: `x[i]` on token, word or mention positions
//! panics on input nobody foresaw (the pipeline then drops that document). The engine and the
//! newer modules index with `.get()`; the shallow coders (`clause.rs`, `spanish.rs`), to be
//! retired by the engine, still hold many. Each file may hold at most the count it holds today, a
//! file not listed none: a change that adds one fails here and says where.

use std::collections::BTreeMap;

/// Index expressions (`name[`, `)[`, `][`) outside comments, attributes and string literals.
fn index_expressions(source: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in source.lines().enumerate() {
        let t = line.trim();
        if t.starts_with("//") || t.starts_with("#[") || t.starts_with("#![") {
            continue;
        }
        // Blank out string literals.
        let mut code = String::with_capacity(t.len());
        let mut in_str = false;
        let mut escaped = false;
        for c in t.chars() {
            match (in_str, c) {
                (true, '\\') if !escaped => escaped = true,
                (true, '"') if !escaped => in_str = false,
                (true, _) => escaped = false,
                (false, '"') => in_str = true,
                (false, _) => code.push(c),
            }
        }
        let b: Vec<char> = code.chars().collect();
        for w in b.windows(2) {
            if w[1] == '[' && (w[0].is_alphanumeric() || w[0] == '_' || w[0] == ')' || w[0] == ']') {
                out.push((n + 1, t.to_string()));
            }
        }
    }
    out
}

#[test]
fn the_event_code_does_not_grow_its_unchecked_indexing() {
    let ceilings: BTreeMap<&str, usize> = [
        ("cameo.rs", 9),
        ("clause.rs", 226),
        ("confidence.rs", 1),
        ("discards.rs", 1),
        ("mod.rs", 2),
        ("nominal.rs", 19),
        ("spanish.rs", 104),
        ("tree.rs", 6),
        ("verbal.rs", 30),
        ("verbs.rs", 58),
    ]
    .into_iter()
    .collect();
    let mut over = Vec::new();
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src/events")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".rs") {
            continue;
        }
        let found = index_expressions(&std::fs::read_to_string(&path).unwrap());
        let ceiling = ceilings.get(name.as_str()).copied().unwrap_or(0);
        if found.len() > ceiling {
            let last = found.last().map(|(n, l)| format!("line {n}: {l}")).unwrap_or_default();
            over.push(format!("src/events/{name}: {} index expressions, at most {ceiling} (use .get(); the last: {last})", found.len()));
        }
    }
    assert!(over.is_empty(), "{}", over.join("\n"));
}

#[test]
fn the_scanner_sees_index_expressions_and_skips_the_rest() {
    let src = "let a = words[i];\n// words[j] in a comment\n#[derive(Debug)]\nlet s = \"x[0]\";\nlet v: Vec<[u8; 2]> = vec![];\nf(x)[0];";
    let found: Vec<usize> = index_expressions(src).into_iter().map(|(n, _)| n).collect();
    assert_eq!(found, vec![1, 6]);
}
