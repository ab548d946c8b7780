//! The analysis in steps ([`hedgelight_core::steps`]) gives what `analyze`
//! gives: every settled prefix is `analyze`'s first sentences, and the
//! chunks of a [`Stream`] together are the report of `document_report_in`,
//! offsets and all, however the steps and chunks are cut. On the demo
//! reports, the development texts (news, transcripts), the adversarial
//! inputs, and texts made to stress the passes over the document: quotations
//! across sentences and paragraphs, pronouns, sound bites, contradictions.

use std::path::Path;

use hedgelight_core::analyze;
use hedgelight_core::report::{document_report_in, Units};
use hedgelight_core::steps::{Steps, Stream};

#[path = "adversarial/inputs.rs"]
mod inputs;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

/// The `.txt` files of `dir` (relative to the repository), sorted.
fn texts_in(dir: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(root().join(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

/// Texts whose analysis depends on sentences around each one.
const CRAFTED: [&str; 6] = [
    // A quotation over three sentences whose speaker comes last, then a
    // paragraph that opens with the same speaker's next quotation.
    "Troops massed on the border. \"It was bad. It was worse. We may leave,\" Kim said.\n\n\
     \"We are not leaving,\" he added. Officials said the convoy may have crossed.",
    // Pronouns: "he said" a few sentences after its antecedent, and one too far.
    "A US official said troops may move. He added they had left. Troops left. Troops left. \
     Troops left. He said they were gone.\n\nThe charge was made by defense minister Kim \
     Yong-hyun on Tuesday. He described six deaths.",
    // A broadcast transcript: sound bites carry the speaker named before them.
    "A new report says hate groups grew. Jim Teple has details.\n\n\
     Mr. Potach says the growth is surprising.\n\n\
     We have seen the numbers drop through the nineties. This year they jumped.\n\n\
     The study was published on Monday. Jim Teple, VOA News, Miami.\n",
    // A contradiction of what the story said, by its own and another speaker.
    "Paris says she was forced to work. Officials said she was never forced to. \
     Kim said women have been victims. Kim said women do not become victims of armed attack.",
    // A quotation left open to the paragraph's end, emoji and a flag before cues.
    "Fans 😀 cheered. In 🇺🇦 Kyiv, officials said troops may have left, citing unnamed \
     sources.\n\n\u{201c}It was bad. It was worse. Troops may come, said a diplomat.\n\n\
     Moscow denied it. 😀 Seoul said it was \u{201c}highly likely\u{201d}.",
    // One paragraph, a line a sentence.
    "Troops may cross.\nOfficials said so.\nHe denied it.\nIt is unverified.\nIt rained.",
];

/// Every text the tests run on, with a name.
fn all_texts() -> Vec<(String, String)> {
    let mut out = texts_in("static/corpus");
    for dir in [
        "data/news-dev/tune",
        "data/news-dev/final",
        "data/news-dev/final2",
    ] {
        if root().join(dir).is_dir() {
            out.extend(texts_in(dir));
        }
    }
    out.extend(
        CRAFTED
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("crafted {i}"), t.to_string())),
    );
    for input in inputs::INPUTS {
        out.push((
            format!("adversarial {} ({})", input.name, input.about),
            (input.build)(3_000),
        ));
    }
    // The demo reports one after another: many paragraphs, many cuts.
    let corpus: Vec<String> = texts_in("static/corpus")
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    out.push(("corpus joined".into(), corpus.join("\n\n")));
    out
}

#[test]
fn every_settled_prefix_is_the_analysis_of_the_whole_text() {
    for (name, text) in all_texts() {
        let whole = analyze(&text);
        let mut steps = Steps::new(&text);
        assert_eq!(steps.len(), whole.len(), "{name}");
        let mut settled = 0;
        while steps.analysed() < steps.len() {
            steps.step(&text, 7);
            let m = steps.settled_len();
            if m > settled {
                assert_eq!(steps.settle(&text, m), whole[..m], "{name}: first {m}");
                settled = m;
            }
        }
        assert_eq!(steps.finish(&text), whole, "{name}");
    }
}

#[test]
fn settling_cuts_between_paragraphs_and_inside_them() {
    // Two paragraphs of newspaper copy: cuts after every sentence outside a
    // quotation, also inside a paragraph.
    let text = CRAFTED[0];
    let mut steps = Steps::new(text);
    steps.step(text, 2);
    assert_eq!(
        steps.settled_len(),
        1,
        "the quotation runs on past the second"
    );
    steps.step(text, 2);
    assert_eq!(steps.settled_len(), 4);
    // A transcript settles at paragraph ends only.
    let text = CRAFTED[2];
    let mut steps = Steps::new(text);
    steps.step(text, 1);
    assert_eq!(steps.settled_len(), 0);
    steps.step(text, 1);
    assert_eq!(steps.settled_len(), 2);
}

/// The chunks of a stream of `text`, `per_step` sentences a step and at most
/// `per_chunk` a chunk, checked to come in order.
fn streamed(text: &str, units: Units, per_step: usize, per_chunk: usize) -> serde_json::Value {
    let mut stream = Stream::new(text, units);
    let mut sentences = Vec::new();
    let mut quote_of = Vec::new();
    while !stream.is_done() {
        stream.step(text, per_step);
        while let Some(chunk) = stream.next_chunk(text, per_chunk) {
            assert_eq!(chunk.first, sentences.len());
            assert!(chunk.sentences.len() <= per_chunk.max(1));
            quote_of.extend(chunk.quote_of);
            sentences.extend(chunk.sentences);
        }
    }
    assert_eq!(stream.analysed(), stream.total());
    serde_json::json!({ "sentences": sentences, "quote_of": quote_of })
}

#[test]
fn a_streamed_report_is_the_report_of_the_whole_text() {
    for (name, text) in all_texts() {
        let whole = analyze(&text);
        let quote_of: Vec<Option<usize>> = whole.iter().map(|s| s.quote_of).collect();
        for units in [Units::Utf16, Units::Chars] {
            let report = document_report_in(&text, units);
            let expected =
                serde_json::json!({ "sentences": report.sentences, "quote_of": quote_of });
            for (per_step, per_chunk) in [(1, 1), (13, 5), (200, 64), (usize::MAX, usize::MAX)] {
                let got = streamed(&text, units, per_step, per_chunk);
                assert!(
                    got == expected,
                    "{name}, {units:?}, steps of {per_step}, chunks of {per_chunk}"
                );
            }
        }
    }
}

#[test]
fn the_first_sentences_come_before_the_text_is_analysed() {
    let corpus: Vec<String> = texts_in("static/corpus")
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    let text = corpus.join("\n\n\n").repeat(20);
    let mut stream = Stream::new(&text, Units::Utf16);
    stream.step(&text, 50);
    let first = stream.next_chunk(&text, usize::MAX).expect("a first chunk");
    assert!(!first.sentences.is_empty() && first.sentences.len() <= 50);
    assert!(stream.analysed() < stream.total() / 10);
    assert!(!stream.is_analysed());
    // An empty text is done at once.
    let mut empty = Stream::new(" \n ", Units::Utf16);
    assert_eq!(empty.total(), 0);
    empty.step(" \n ", 1);
    assert!(empty.is_done() && empty.next_chunk(" \n ", 1).is_none());
}
