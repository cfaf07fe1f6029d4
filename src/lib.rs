//! actorgraph: news articles in, actor networks out.
//!
//! Stages, each a module with one job, over one [`document::Document`] type that every stage adds
//! a layer to: [`clean`] (clean text, sentences, [`tokens`]) → [`ner`] → [`syntax`] → [`link`] → [`events`] → [`relate`] → [`output`]. [`pipeline`] runs them
//! over a batch of inputs; [`eval`] and [`train`] measure and make NER models; [`cli`] is the
//! command line. Library code never prints: it returns values and errors, and logs with `tracing`.

pub mod cache;
pub mod clean;
pub mod cli;
pub mod conll;
pub mod document;
pub mod eval;
pub mod events;
pub mod explain;
pub mod input;
pub mod link;
pub mod ner;
pub mod output;
pub mod pipeline;
pub mod pos;
pub mod relate;
pub mod syntax;
pub mod tags;
pub mod text;
pub mod tokens;
pub mod train;
pub mod util;
