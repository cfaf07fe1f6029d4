//! `eval` agrees with seqeval (strict entity-level micro P/R/F1, and per type) on a committed
//! fixture: IOB1 gold and predictions with broken sequences. The fixture and seqeval's numbers
//! come from scripts/make-seqeval-fixture.py.

use std::path::Path;

use actorgraph::conll::{parse, read_iob2};
use actorgraph::eval::score;
use actorgraph::tags::Scheme;

#[test]
fn agrees_with_seqeval_to_four_decimals() {
    let dir = Path::new("tests/fixtures/seqeval");
    let (gold, scheme) = read_iob2(&dir.join("gold.iob1"), None).unwrap();
    assert_eq!(scheme, Scheme::Iob1, "the gold fixture is IOB1 and must be detected as such");
    let pred = parse(&std::fs::read_to_string(dir.join("pred.conll")).unwrap(), "pred.conll").unwrap();
    assert_eq!(gold.len(), pred.len());
    assert!(pred.iter().any(|s| s.tags.windows(2).any(|w| w[0] == "O" && w[1].starts_with("I-"))), "fixture has I-X after O");
    let g: Vec<Vec<String>> = gold.iter().map(|s| s.tags.clone()).collect();
    let p: Vec<Vec<String>> = pred.iter().map(|s| s.tags.clone()).collect();
    let s = score(&g, &p);
    let expected: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let close = |a: f64, b: &serde_json::Value, what: &str| {
        let b = b.as_f64().unwrap();
        assert!((a - b).abs() < 5e-5, "{what}: ours {a:.6}, seqeval {b:.6}");
    };
    let m = s.micro();
    close(m.precision(), &expected["micro"]["precision"], "micro precision");
    close(m.recall(), &expected["micro"]["recall"], "micro recall");
    close(m.f1(), &expected["micro"]["f1"], "micro f1");
    for (k, v) in expected["types"].as_object().unwrap() {
        let c = s.by_type[k];
        close(c.f1(), &v["f1"], &format!("{k} f1"));
        close(c.precision(), &v["precision"], &format!("{k} precision"));
        assert_eq!(c.support as u64, v["support"].as_u64().unwrap(), "{k} support");
    }
}
