//! The bodies of the commands. Each returns its exit code or an error; printing the result is
//! theirs, everything else is library code.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};

use crate::events::{EventOptions, VerbTable};
use crate::link::Registry;
use crate::ner::encoder::{CpuFeatures, PrecisionChoice};
use crate::ner::NerOptions;
use crate::output::{self};
use crate::output::folder::Permission;
use crate::pipeline::{self, RunOptions};
use super::*;
use super::progress::*;
use super::resources::*;

pub(super) fn cmd_run(a: RunArgs) -> Result<u8> {
    let started = Instant::now();
    let inputs = a.inputs.clone();
    let missing: Vec<String> = inputs.iter().filter(|p| std::fs::symlink_metadata(p).is_err()).map(|p| p.display().to_string()).collect();
    if missing.len() == inputs.len() {
        bail!("no input found: {} (check the path)", missing.join(", "));
    }
    let folder = open_out_dir(&a.out, Permission { force: a.force, go_on: a.resume })?;
    let linker = load_linker_opt(&a.actors, a.no_registry, !a.no_base_layer)?;
    let verbs = or_default(&a.verbs, "ACTORGRAPH_VERBS", DEFAULT_VERBS, "verb table")?;
    let pos_model = or_default(a.pos_model.as_slice(), "ACTORGRAPH_POS_MODEL", DEFAULT_POS, "part-of-speech model")?.remove(0);
    let (coder, pos_sha) = load_coder(&verbs, &pos_model, EventOptions { provisional: a.provisional_events, paired: a.paired_codes, engine: a.events_engine })?;
    let model = or_default(a.model.as_slice(), "ACTORGRAPH_MODEL", DEFAULT_MODEL, "model folder")?.remove(0);
    let (tagger, precision_reason) = load_tagger(&model, &a.inference)?;
    let model_sha = model_checksum(&model);
    // Everything a document's results depend on, in one value: the cache is keyed by its hash and
    // run.json records it, so an option cannot change results without changing the key.
    let results_key = serde_json::json!({
        "version": env!("CARGO_PKG_VERSION"),
        "model_sha256": model_sha,
        "precision": tagger.precision(),
        "forward_pass": if a.inference.reference_pass { "rust-bert" } else { "actorgraph" },
        "registry_sha256": linker.registry.checksum,
        "base_layer": !a.no_base_layer,
        "verbs_sha256": coder.verbs.checksum,
        "pos_model_sha256": pos_sha,
        "window": format!("{:?}", a.window).to_lowercase(),
        "provisional_events": a.provisional_events,
        "paired_codes": format!("{:?}", a.paired_codes).to_lowercase(),
        "events_engine": format!("{:?}", a.events_engine).to_lowercase(),
        "lossy": a.lossy,
        "max_file_mb": a.max_file_mb,
    });
    let fingerprint = crate::util::sha256_hex(results_key.to_string().as_bytes());
    let opts = RunOptions {
        inputs: inputs.clone(),
        exclude: vec![a.out.clone()],
        follow_links: a.follow_links,
        ontology: a.ontology,
        read: crate::input::ReadOptions { max_bytes: (a.max_file_mb * 1e6) as u64, lossy: a.lossy },
        ner: NerOptions { batch_windows: a.batch_windows, ..Default::default() },
        batch_docs: a.batch_docs,
        window: a.window,
        shard: a.shard,
        cache: Some(pipeline::CacheConfig { dir: a.out.join(output::folder::CACHE), fingerprint, reuse: a.resume }),
    };
    let bar = BarProgress::new();
    let result = pipeline::run(&opts, &tagger, &linker, &coder, &bar)?;
    bar.bar.finish_and_clear();
    if result.docs_ok == 0 {
        bail!("{}", no_articles(&inputs, &result.tables.documents));
    }
    let wall = started.elapsed().as_secs_f64();
    let t = &result.tables;
    // Mentions that name no actor (figures, credits, adjectives...), by reason.
    let mut not_actors: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for m in t.mentions.iter().filter(|m| m.link_method.starts_with("not-actor:")) {
        *not_actors.entry(m.link_method.trim_start_matches("not-actor:")).or_default() += 1;
    }
    let run_json = serde_json::json!({
        "tool": "actorgraph",
        "version": env!("CARGO_PKG_VERSION"),
        "model": model.display().to_string(),
        "registry_actors": linker.registry.len(),
        "pos_model": pos_model.display().to_string(),
        "verb_table": coder.verbs.stats(),
        "results_key": results_key,
        "precision_reason": precision_reason,
        "options": {
            "inputs": inputs.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
            "verbs": verbs.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
            "actors": if a.no_registry { vec![] } else { a.actors.iter().map(|p| p.display().to_string()).collect::<Vec<_>>() },
            "period": a.period,
            "excel": a.excel,
            "raw_cells": a.raw_cells,
            "ontology": a.ontology,
            "format": a.format,
            "shard": a.shard.map(|s| format!("{}/{}", s.k, s.n)),
        },
        "counts": {
            "documents_reused_from_cache": result.reused,
            "documents_ok": result.docs_ok, "documents_skipped": result.docs_skipped, "documents_error": result.docs_error,
            "words": result.words, "mentions": t.mentions.len(), "actors": t.actors.len(),
            "provisional_actors": t.candidates.len(), "relations": t.relations.len(),
            "mentions_not_actors": not_actors,
            "events": t.events.len(), "events_factual": t.events.iter().filter(|e| !e.negated && e.modality == crate::events::Modality::Asserted).count(),
            "windows": result.ner.windows, "pieces": result.ner.pieces, "padded_pieces": result.ner.padded_pieces,
        },
        "timings_s": { "wall": wall, "stages": result.times },
    });
    let style = output::CsvStyle { excel_bom: a.excel, raw: a.raw_cells };
    let staged = t.write_with(&a.out, style, a.period, a.format == TableFormat::Parquet, &serde_json::to_string_pretty(&run_json)?)?;
    folder.commit(staged)?;
    let registry_linked = t.actors.iter().filter(|x| x.source == "registry").count();
    if result.reused > 0 {
        println!("reused:    {} documents from the cache of an earlier run", result.reused);
    }
    println!(
        "documents: {} ok, {} skipped, {} failed\nmentions:  {} ({} actors: {} from the registry, {} provisional)\nevents:    {}\nrelations: {}\nwords:     {} in {:.1} s ({:.0} words/s; NER {:.1} s at {:?}: {})\noutput:    {} (open {} in a browser)",
        result.docs_ok,
        result.docs_skipped,
        result.docs_error,
        t.mentions.len(),
        t.actors.len(),
        registry_linked,
        t.candidates.len(),
        t.events.len(),
        t.relations.len(),
        result.words,
        wall,
        result.words as f64 / wall.max(1e-9),
        result.times.ner_s,
        tagger.precision(),
        precision_reason,
        a.out.display(),
        a.out.join(crate::output::tables::REPORT).display()
    );
    // Skipped by policy (empty, duplicate, unsupported, too large: each listed with its reason)
    // is not a failure; an input that could not be read or decoded is.
    // Each input that failed or was skipped, with its reason (the first 20 of each; all are in
    // documents.csv).
    for (status, word) in [("error", "error"), ("skipped", "skipped")] {
        let rows: Vec<_> = t.documents.iter().filter(|d| d.status == status).collect();
        for d in rows.iter().take(20) {
            eprintln!("{word}: {}: {}", d.path, d.reason);
        }
        if rows.len() > 20 {
            eprintln!("{word}: ... and {} more (documents.csv, status {status})", rows.len() - 20);
        }
    }
    if result.docs_skipped > 0 {
        eprintln!("note: {} inputs skipped by policy (see documents.csv, status skipped)", result.docs_skipped);
    }
    note_unread_dates(&t.documents);
    if result.docs_error > 0 {
        eprintln!("error: {} inputs failed (see documents.csv, status error)", result.docs_error);
    }
    Ok(if result.docs_error > 0 { 1 } else { 0 })
}

/// Why a run found nothing to read, naming what it found instead (nothing is written).
fn no_articles(inputs: &[PathBuf], documents: &[crate::output::tables::DocumentRow]) -> String {
    let given = inputs.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ");
    if documents.is_empty() {
        return format!("no articles found in {given}: no files at all (read: .txt, .text, .md, .jsonl, .ndjson, or no extension)");
    }
    let mut by_reason: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for d in documents {
        // "unsupported file type .pdf (read: ...)" → "unsupported file type .pdf"
        let reason = d.reason.split(" (").next().unwrap_or(&d.reason).to_string();
        *by_reason.entry(reason).or_default() += 1;
    }
    let mut found: Vec<(String, usize)> = by_reason.into_iter().collect();
    found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let list = found.iter().take(5).map(|(r, n)| format!("{n} × {r}")).collect::<Vec<_>>().join("; ");
    format!("no articles found in {given}: {} inputs, none readable as an article ({list}); nothing written", documents.len())
}

/// Dates no reader understood (kept as text, off the timeline): counted, with a few examples.
fn note_unread_dates(documents: &[crate::output::tables::DocumentRow]) {
    let unread: Vec<_> = documents.iter().filter(|d| d.reason.contains("is not a date actorgraph reads")).collect();
    if unread.is_empty() {
        return;
    }
    let examples: Vec<String> = unread.iter().take(3).map(|d| format!("'{}' in {}", d.date, d.doc_id)).collect();
    eprintln!(
        "note: {} documents have a date actorgraph cannot read ({}{}): kept as text, left off the timeline (documents.csv, reason)",
        unread.len(),
        examples.join(", "),
        if unread.len() > 3 { ", ..." } else { "" }
    );
}

pub(super) fn cmd_eval(a: EvalArgs) -> Result<()> {
    let mut sents = Vec::new();
    for g in &a.gold {
        let (s, scheme) = crate::conll::read_iob2(g, a.scheme)?;
        tracing::info!(file = %g.display(), ?scheme, sentences = s.len(), "gold file read");
        sents.extend(s);
    }
    let gold: Vec<Vec<String>> = sents.iter().map(|s| s.tags.clone()).collect();
    let run_one = |dir: &Path| -> Result<(crate::eval::Scores, Vec<Vec<String>>)> {
        let (tagger, _) = load_tagger(dir, &a.inference)?;
        let pred = crate::eval::predict(&tagger, &sents, &NerOptions::default())?;
        Ok((crate::eval::score(&gold, &pred), pred))
    };
    let (scores, pred) = run_one(&a.model)?;
    println!("{}\n{}", a.model.display(), crate::eval::format_table(&scores));
    if let Some(out) = &a.out {
        std::fs::create_dir_all(out)?;
        let mut t = output::Table::create(out, "metrics.csv", &["type", "precision", "recall", "f1", "support", "predicted", "correct"], false)?;
        for r in crate::eval::metric_rows(&scores) {
            t.row(&r)?;
        }
        output::commit(vec![t.finish()?, output::stage_bytes(out, "predictions.conll", crate::eval::predictions_conll(&sents, &pred).as_bytes())?])?;
    }
    if let Some(other) = &a.compare {
        let (o, _) = run_one(other)?;
        println!("{}\n{}", other.display(), crate::eval::format_table(&o));
        println!("difference in F1 ({} minus {}):", a.model.display(), other.display());
        let mut kinds: Vec<&String> = scores.by_type.keys().chain(o.by_type.keys()).collect();
        kinds.sort();
        kinds.dedup();
        for k in kinds {
            let f = |s: &crate::eval::Scores| s.by_type.get(k).map(|c| c.f1()).unwrap_or(0.0);
            println!("{:<8} {:+.4}", k, f(&scores) - f(&o));
        }
        println!("{:<8} {:+.4}", "micro", scores.micro().f1() - o.micro().f1());
    }
    Ok(())
}

pub(super) fn cmd_eval_links(gold: &Path, run: &Path, compare: Option<&Path>) -> Result<()> {
    use crate::eval::links;
    let g = links::read_gold(gold)?;
    let s = links::score(&g, &links::read_run(run)?);
    println!("{} against {} ({} gold links)\n{}", run.display(), gold.display(), g.len(), links::format_table(&s));
    if let Some(other) = compare {
        let o = links::score(&g, &links::read_run(other)?);
        println!("{}\n{}", other.display(), links::format_table(&o));
        println!("difference in F1 ({} minus {}):", run.display(), other.display());
        println!("mention  {:+.4}\ndocument {:+.4}", s.mentions.f1() - o.mentions.f1(), s.documents.f1() - o.documents.f1());
    }
    Ok(())
}

pub(super) fn cmd_eval_events(gold: &Path, run: &Path, compare: Option<&Path>, all: bool) -> Result<()> {
    use crate::eval::events;
    let g = events::read_gold(gold)?;
    let score_run = |dir: &Path| -> Result<events::EventScores> { Ok(events::score(&g, &events::read_run(dir, all)?)) };
    let s = score_run(run)?;
    println!("{} against {} ({} gold events)\n{}", run.display(), gold.display(), g.len(), events::format_table(&s));
    if let Some(other) = compare {
        let o = score_run(other)?;
        println!("{}\n{}", other.display(), events::format_table(&o));
        println!("difference in F1 ({} minus {}):", run.display(), other.display());
        for (i, name) in events::LEVELS.iter().enumerate() {
            println!("{:<6} {:+.4}", name, s.levels[i].f1() - o.levels[i].f1());
        }
    }
    Ok(())
}

pub(super) fn cmd_train(a: TrainArgs) -> Result<()> {
    let opts = crate::train::TrainOptions {
        base: a.base,
        train: a.train,
        dev: a.dev,
        out: a.out.clone(),
        scheme: a.scheme,
        epochs: a.epochs,
        lr: a.lr,
        batch_windows: a.batch,
        window_pieces: a.window_pieces,
        seed: a.seed,
        case_feature: !a.no_case_feature,
        fp16: !a.fp32,
        max_steps: a.max_steps,
        ..Default::default()
    };
    let bar = TrainBar(progress_bar(0, "training"));
    let log = crate::train::train(&opts, &bar)?;
    bar.0.finish_and_clear();
    for e in &log {
        println!("epoch {}: dev F1 {:.4}, train loss {:.4}, {:.0} s", e.epoch, e.dev_f1, e.train_loss, e.seconds);
    }
    println!("model written to {}", a.out.display());
    Ok(())
}

pub(super) fn cmd_train_parser(a: TrainParserArgs) -> Result<()> {
    let opts = crate::syntax::train::ParserTrainOptions {
        out: a.out.clone().unwrap_or_else(|| a.model.clone()),
        model: a.model,
        train: a.train,
        dev: a.dev,
        epochs: a.epochs,
        lr: a.lr,
        batch_words: a.batch_words,
        lstm: a.lstm,
        rel: a.rel,
        seed: a.seed,
        limit: a.limit,
    };
    let log = crate::syntax::train::train(&opts, &|e| {
        println!("epoch {}: dev UAS {:.4} LAS {:.4} UPOS {:.4} lemma {:.4}, train loss {:.4}, {:.0} s", e.epoch, e.dev.uas, e.dev.las, e.dev.upos, e.dev.lemma, e.loss, e.seconds);
    })?;
    let log_path = opts.out.join("parser_training_log.json");
    std::fs::write(&log_path, serde_json::to_string_pretty(&log)?).with_context(|| format!("cannot write {}", log_path.display()))?;
    println!("parser head written to {}", opts.out.display());
    Ok(())
}

pub(super) fn cmd_eval_parse(gold: &[PathBuf], model: &Path, how: &InferenceArgs) -> Result<()> {
    let (tagger, _) = load_tagger(model, how)?;
    for f in gold {
        let sentences = crate::syntax::conllu::read(f)?;
        let predicted = crate::syntax::predict_gold(&tagger, &sentences, &NerOptions::default())?;
        let s = crate::syntax::attachment(&sentences, &predicted);
        println!("{}: {} words, UAS {:.4}, LAS {:.4}, UPOS {:.4}, lemma {:.4} ({:?})", f.display(), s.words, s.uas, s.las, s.upos, s.lemma, tagger.precision());
    }
    Ok(())
}

pub(super) fn cmd_train_pos(train: &[PathBuf], test: &[PathBuf], out: &Path, iterations: usize) -> Result<()> {
    let mut data = Vec::new();
    for f in train {
        data.extend(crate::pos::read_conllu(f)?);
    }
    let started = Instant::now();
    let tagger = crate::pos::PosTagger::train(&data, iterations);
    println!("trained on {} sentences in {:.1} s", data.len(), started.elapsed().as_secs_f64());
    for f in test {
        let t = crate::pos::read_conllu(f)?;
        println!("{}: accuracy {:.4} ({} sentences)", f.display(), crate::pos::accuracy(&tagger, &t), t.len());
    }
    if let Some(dir) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    tagger.save(out)?;
    println!("model written to {}", out.display());
    Ok(())
}

/// A file name for a document id in `clean --out`: path separators and control characters
/// replaced, at most 150 bytes (a longer id keeps its start and a hash of the whole), and never
/// one another document already took.
pub(super) fn clean_file_name(id: &str, used: &mut std::collections::HashSet<String>) -> String {
    let safe: String = id.chars().map(|c| if matches!(c, '/' | '\\' | ':' | '\0') || c.is_control() { '_' } else { c }).collect();
    let safe = safe.trim_start_matches('.').to_string();
    let base = if safe.len() > 150 {
        let mut cut = 120;
        while !safe.is_char_boundary(cut) {
            cut -= 1;
        }
        format!("{}-{}", &safe[..cut], &crate::util::sha256_hex(id.as_bytes())[..12])
    } else if safe.is_empty() {
        "document".to_string()
    } else {
        safe
    };
    let mut name = format!("{base}.txt");
    let mut n = 2;
    while !used.insert(name.to_lowercase()) {
        name = format!("{base}-{n}.txt");
        n += 1;
    }
    name
}

/// `report RUN`: the report page written again from a run's tables (the manifest updated).
pub(super) fn cmd_report(run: &Path) -> Result<u8> {
    let t = crate::output::tables::Tables::read(run).with_context(|| format!("cannot read the tables in {} (is it a run's output folder?)", run.display()))?;
    // Only report.html, the tool's own, is written: other files in the folder are no reason to refuse.
    let folder = open_out_dir(run, Permission { force: true, go_on: true })?;
    let staged = output::stage_bytes(run, crate::output::tables::REPORT, output::report::html(&t).as_bytes())?;
    folder.replace(vec![staged])?;
    println!("report written to {}", run.join(crate::output::tables::REPORT).display());
    Ok(0)
}

pub(super) fn cmd_clean(a: CleanArgs) -> Result<u8> {
    std::fs::create_dir_all(&a.out)?;
    let mut used_names = std::collections::HashSet::new();
    let (files, rejected) = crate::input::discover(&a.inputs);
    let mut failed = rejected.len();
    for r in &rejected {
        eprintln!("{}: {} ({})", r.path, r.status.as_str(), r.reason);
    }
    for f in &files {
        for item in crate::input::read_file(f, &Default::default()) {
            match item {
                crate::input::Item::Doc(d) => {
                    let c = crate::clean::clean(&d.raw);
                    let name = clean_file_name(&d.id, &mut used_names);
                    if name != format!("{}.txt", d.id) {
                        println!("{}: written as {name} (the id is not a usable file name, or another id took it)", d.id);
                    }
                    let body = if a.sentences {
                        c.sentences.iter().enumerate().map(|(i, r)| format!("{i}\t{}\n", c.text.slice(r.clone()))).collect::<String>()
                    } else {
                        c.text.as_str().to_string()
                    };
                    // Written under a temporary name and renamed: a symlink at that name is
                    // replaced, never written through (it could lead anywhere).
                    output::commit(vec![output::stage_bytes(&a.out, &name, body.as_bytes())?])?;
                    let dropped: Vec<String> = c.dropped.iter().map(|x| format!("{}:{}", x.line, x.reason)).collect();
                    println!("{}: {} -> {} chars, dropped lines {}", d.id, d.raw.char_len(), c.text.char_len(), if dropped.is_empty() { "none".into() } else { dropped.join(" ") });
                }
                crate::input::Item::Rejected(r) => {
                    failed += 1;
                    eprintln!("{}: {} ({})", r.path, r.status.as_str(), r.reason);
                }
            }
        }
    }
    Ok(if failed > 0 { 1 } else { 0 })
}

pub(super) fn cmd_actors(a: ActorsCommand) -> Result<u8> {
    match a {
        ActorsCommand::Check { paths } => match Registry::load(&paths) {
            Ok(r) => {
                let agents = if r.agents.is_empty() { String::new() } else { format!(", {} agent words", r.agents.len()) };
                println!("{} actors{agents}, no problems", r.len());
                Ok(0)
            }
            Err(e) => {
                eprintln!("{e}");
                Ok(1)
            }
        },
        ActorsCommand::Import(ImportArgs { petrarch, out }) => {
            let n = crate::link::petrarch::import(&petrarch, &out)?;
            let agents = if n.agents > 0 { format!(" and {} agent words", n.agents) } else { String::new() };
            println!("{} actors{agents} written to {}", n.actors, out.display());
            if n.no_code > 0 {
                eprintln!("{}: {} entries without any code left out", petrarch.display(), n.no_code);
            }
            if n.merged + n.aliases_dropped > 0 {
                eprintln!(
                    "{}: a name used twice keeps its first entry: {} repeated entries merged into it, {} synonyms of later entries dropped",
                    petrarch.display(),
                    n.merged,
                    n.aliases_dropped
                );
            }
            Ok(0)
        }
    }
}

pub(super) fn cmd_explain(a: ExplainArgs) -> Result<()> {
    let linker = load_linker(&a.actors)?;
    let verbs = or_default(&a.verbs, "ACTORGRAPH_VERBS", DEFAULT_VERBS, "verb table")?;
    let pos_model = or_default(a.pos_model.as_slice(), "ACTORGRAPH_POS_MODEL", DEFAULT_POS, "part-of-speech model")?.remove(0);
    let (coder, _) = load_coder(&verbs, &pos_model, EventOptions { paired: a.paired_codes, engine: a.events_engine, ..EventOptions::default() })?;
    let model = or_default(a.model.as_slice(), "ACTORGRAPH_MODEL", DEFAULT_MODEL, "model folder")?.remove(0);
    let (tagger, _) = load_tagger(&model, &InferenceArgs { precision: PrecisionChoice::Auto, reference_pass: false })?;
    let meta = a.language.iter().map(|l| ("language".to_string(), l.clone())).collect();
    let text = if a.text == "-" {
        let mut t = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut t).context("cannot read the text from standard input")?;
        t
    } else {
        a.text
    };
    if text.trim().is_empty() {
        bail!("no text to explain: give it as an argument, or `-` to read standard input");
    }
    let mut docs = vec![crate::document::Document::new("text".into(), "-".into(), text, meta)];
    let stages = crate::pipeline::Stages { tagger: &tagger, linker: &linker, coder: &coder, ner: &NerOptions::default(), window: crate::relate::Window::Sentence };
    let trace = |line: &str| println!("trace: {line}");
    stages.run(&mut docs, &(), if a.trace { Some(&trace) } else { None }, &mut Default::default(), &mut Default::default())?;
    let doc = docs.pop().context("no document")?;
    let x = crate::explain::explain(&doc, &coder, &linker.registry);
    if a.json {
        println!("{}", serde_json::to_string_pretty(&x)?);
    } else {
        print!("{}", crate::explain::to_text(&x));
    }
    Ok(())
}

pub(super) fn cmd_info(threads: usize) -> Result<()> {
    println!("actorgraph {}", env!("CARGO_PKG_VERSION"));
    let show = |what: &str, env: &str, rel: &str| match locate(env, rel) {
        Ok(p) => println!("{what:<12} {} (override: ${env})", p.display()),
        Err(e) => println!("{what:<12} {e}"),
    };
    show("model", "ACTORGRAPH_MODEL", DEFAULT_MODEL);
    if let Ok(p) = locate("ACTORGRAPH_MODEL", DEFAULT_MODEL) {
        match crate::syntax::head::ParserHead::load(&p) {
            Ok(Some(h)) => {
                let las = h.cfg.dev.get("las").and_then(|v| v.as_f64()).map_or(String::new(), |l| format!(", dev LAS {l:.4}"));
                println!("{:<12} parser head: {} relations, {} UPOS tags, {} lemma scripts{las}", "", h.cfg.deprels.len(), h.cfg.upos.len(), h.cfg.lemmas.len());
            }
            Ok(None) => println!("{:<12} no parser head (parser.json): runs make no parse", ""),
            Err(e) => println!("{:<12} parser head: {e}", ""),
        }
    }
    show("registry", "ACTORGRAPH_ACTORS", DEFAULT_ACTORS);
    show("verbs", "ACTORGRAPH_VERBS", DEFAULT_VERBS);
    show("pos model", "ACTORGRAPH_POS_MODEL", DEFAULT_POS);
    if let Ok(p) = locate("ACTORGRAPH_ACTORS", DEFAULT_ACTORS) {
        match Registry::load(&[p]) {
            Ok(r) => println!("{:<12} {} actors", "", r.len()),
            Err(e) => println!("{:<12} problems: {e}", ""),
        }
    }
    println!("{:<12} libtorch 2.4.0 through tch 0.17, cuda: {}", "torch", tch::Cuda::is_available());
    let cpu = CpuFeatures::detect();
    println!("{:<12} {}", "int8", if cpu.avx2 { "available (x86-64 with AVX2: fbgemm)" } else { "not available here: runs fall back to f32" });
    println!("{:<12} AMX bf16: {}, AVX512-BF16: {}", "bf16 units", cpu.amx_bf16, cpu.avx512_bf16);
    let (precision, why) = cpu.choose();
    println!("{:<12} --precision auto runs at {precision:?}: {why}", "precision");
    println!("{:<12} {threads} workers (model calls in parallel, libtorch single-threaded in each)", "threads");
    Ok(())
}

pub(super) fn cmd_verbs(a: VerbsCommand) -> Result<u8> {
    match a {
        VerbsCommand::Check { paths } => match VerbTable::load(&paths) {
            Ok(t) => {
                let s = t.stats();
                let spanish = t.spanish.as_ref().map(|es| es.stats()).map_or(String::new(), |e| format!("; Spanish: {} verbs in {} blocks, {} patterns", e.verbs, e.blocks, e.patterns));
                let discards = if t.discards.is_empty() { String::new() } else { format!("; {} discard phrases", t.discards.len()) };
                println!("{} verbs in {} blocks, {} patterns, {} noun classes{spanish}{discards}; no problems", s.verbs, s.blocks, s.patterns, s.classes);
                Ok(0)
            }
            Err(e) => {
                eprintln!("{e}");
                Ok(1)
            }
        },
        VerbsCommand::Import(ImportArgs { petrarch, out }) => {
            let text = std::fs::read_to_string(&petrarch).with_context(|| format!("cannot read {}", petrarch.display()))?;
            let (table, stats) = crate::events::verbs::import_petrarch(&text);
            if table.verbs.is_empty() {
                bail!("{}: no verb blocks found (is it a PETRARCH/TABARI verb dictionary?)", petrarch.display());
            }
            table.write_csv(&out)?;
            println!(
                "{} verbs in {} blocks, {} patterns, {} noun classes written to {}\nskipped: {} patterns naming undefined classes, {} transformations (~ lines), {} unreadable lines",
                stats.verbs, stats.blocks, stats.patterns, stats.classes, out.display(), stats.patterns_undefined_class, stats.transformations_skipped, stats.lines_unreadable
            );
            Ok(0)
        }
    }
}

pub(super) fn cmd_merge(a: MergeArgs) -> Result<()> {
    let folder = open_out_dir(&a.out, Permission { force: a.force, go_on: false })?;
    let staged = crate::output::merge::merge(&a.runs, &a.out, a.excel)?;
    folder.commit(staged)?;
    println!("merged {} runs into {}", a.runs.len(), a.out.display());
    Ok(())
}

