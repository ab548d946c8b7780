//! The analysis in steps ([`hedgelight_core::steps`]) gives what `analyze`
//! gives: every settled prefix is `analyze`'s first sentences (but for the
//! entities a later, fuller name gives earlier mentions), and the chunks of a
//! [`Stream`] together, with their relinked entities applied, are the report
//! of `document_report_in`, offsets and all, however the steps and chunks are
//! cut. On the demo reports, the development texts (news, transcripts), the
//! check set, the adversarial inputs, and texts made to stress the passes
//! over the document: quotations across sentences and paragraphs, pronouns,
//! sound bites, contradictions, names given in full only later.

use std::path::Path;

use hedgelight_core::report::{document_report_in, SentenceReport, Units};
use hedgelight_core::steps::{Steps, Stream};
use hedgelight_core::{analyze, Sentence};

mod common;
#[path = "adversarial/inputs.rs"]
mod inputs;

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

/// A name given in full only after the first settled chunks ("Kim" links
/// to "Kim Yong-hyun" once the text is whole), and a short name that a
/// second full name makes ambiguous ("Lee" is neither Lee Jae-sung nor Lee
/// Min-ho once both are named).
fn named_later() -> String {
    let filler = "Troops left the town. ".repeat(60);
    format!(
        "Kim said troops may have left. Lee said they had. Lee Jae-sung said so too.\n\n\
         {filler}\n\nSeoul's defence minister Kim Yong-hyun said more may follow. \
         Lee Min-ho said no troops moved.\n\n{filler}"
    )
}

/// The `.txt` files of each folder of `data/news-dev/` (news, FactBank
/// documents, broadcast transcripts) in the repository that
/// `HEDGELIGHT_ROOT` names; none without it (a packaged crate).
fn dev_texts() -> Vec<(String, String)> {
    let Some(root) = std::env::var_os("HEDGELIGHT_ROOT") else {
        println!("skipped data/news-dev: HEDGELIGHT_ROOT is not set (a packaged crate)");
        return Vec::new();
    };
    let dev = Path::new(&root).join("data/news-dev");
    let mut dirs: Vec<_> = std::fs::read_dir(&dev)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    dirs.retain(|d| d.is_dir());
    dirs.sort();
    dirs.iter()
        .flat_map(|d| {
            let folder = d.file_name().unwrap().to_string_lossy().into_owned();
            common::texts_in(d)
                .into_iter()
                .map(move |(name, text)| (format!("{folder}/{name}"), text))
        })
        .collect()
}

/// Every text the tests run on, with a name.
fn all_texts() -> Vec<(String, String)> {
    let reports = common::reports().unwrap_or_default();
    let mut out = reports.clone();
    let dev = dev_texts();
    assert!(
        std::env::var_os("HEDGELIGHT_ROOT").is_none() || dev.len() > 50,
        "the development texts are there"
    );
    out.extend(dev);
    out.extend(common::check_set());
    out.extend(
        CRAFTED
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("crafted {i}"), t.to_string())),
    );
    out.push(("named later".into(), named_later()));
    for input in inputs::INPUTS {
        out.push((
            format!("adversarial {} ({})", input.name, input.about),
            (input.build)(3_000),
        ));
    }
    // The demo reports one after another: many paragraphs, many cuts.
    let joined: Vec<String> = reports.into_iter().map(|(_, t)| t).collect();
    out.push(("reports joined".into(), joined.join("\n\n")));
    out
}

/// `sentences` with each source mention's entity its own span: what a
/// settled prefix shares with the whole text whatever comes later.
fn unlinked(mut sentences: Vec<Sentence>) -> Vec<Sentence> {
    for s in &mut sentences {
        if let Some(src) = s.source.as_mut() {
            src.entity = src.start..src.end;
            for v in &mut src.via {
                v.entity = v.start..v.end;
            }
        }
    }
    sentences
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
                let prefix = steps.settle(&text, m);
                assert_eq!(
                    unlinked(prefix),
                    unlinked(whole[..m].to_vec()),
                    "{name}: first {m}"
                );
                settled = m;
            }
        }
        assert_eq!(steps.finish(&text), whole, "{name}");
    }
}

#[test]
fn a_later_fuller_name_relinks_earlier_mentions() {
    let text = named_later();
    let entity = |s: &SentenceReport| s.source.as_ref().map(|src| src.entity.clone());
    let mut stream = Stream::new(&text, Units::Chars);
    let (mut early, mut relinked) = (Vec::new(), Vec::new());
    while !stream.is_done() {
        stream.step(&text, 10);
        while let Some(chunk) = stream.next_chunk(&text, 100) {
            if chunk.first == 0 {
                early = chunk.sentences.iter().take(3).map(entity).collect();
            }
            relinked.extend(chunk.relinked);
        }
    }
    // As the first chunk had them, and as the whole text links them.
    fn at(v: &[Option<String>]) -> Vec<Option<&str>> {
        v.iter().map(|e| e.as_deref()).collect()
    }
    assert_eq!(
        at(&early),
        [Some("Kim"), Some("Lee Jae-sung"), Some("Lee Jae-sung")]
    );
    let whole = document_report_in(&text, Units::Chars).sentences;
    let now: Vec<Option<String>> = whole.iter().take(3).map(entity).collect();
    assert_eq!(
        at(&now),
        [
            Some("Seoul's defence minister Kim Yong-hyun"),
            Some("Lee"),
            Some("Lee Jae-sung")
        ]
    );
    let relinked: Vec<usize> = relinked.iter().map(|r| r.sentence).collect();
    assert_eq!(relinked, [0, 1], "only what changed");
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
/// `per_chunk` a chunk, checked to come in order, put together: the
/// sentences (with the relinked entities applied) and their `quote_of`.
fn streamed(
    text: &str,
    units: Units,
    per_step: usize,
    per_chunk: usize,
) -> (Vec<SentenceReport>, Vec<Option<usize>>) {
    let mut stream = Stream::new(text, units);
    let mut sentences: Vec<SentenceReport> = Vec::new();
    let mut quote_of = Vec::new();
    while !stream.is_done() {
        stream.step(text, per_step);
        while let Some(chunk) = stream.next_chunk(text, per_chunk) {
            assert_eq!(chunk.first, sentences.len());
            assert!(chunk.sentences.len() <= per_chunk.max(1));
            quote_of.extend(chunk.quote_of);
            sentences.extend(chunk.sentences);
            for r in &chunk.relinked {
                assert!(r.sentence < chunk.first, "only earlier chunks' sentences");
                r.apply(&mut sentences[r.sentence]);
            }
        }
    }
    assert_eq!(stream.analysed(), stream.total());
    (sentences, quote_of)
}

#[test]
fn a_streamed_report_is_the_report_of_the_whole_text() {
    for (name, text) in all_texts() {
        let whole = analyze(&text);
        let quote_of: Vec<Option<usize>> = whole.iter().map(|s| s.quote_of).collect();
        for units in [Units::Utf16, Units::Chars] {
            let report = document_report_in(&text, units);
            for (per_step, per_chunk) in [(1, 1), (13, 5), (200, 64), (usize::MAX, usize::MAX)] {
                let (sentences, got_quote_of) = streamed(&text, units, per_step, per_chunk);
                let at = format!("{name}, {units:?}, steps of {per_step}, chunks of {per_chunk}");
                assert!(sentences == report.sentences, "{at}");
                assert!(got_quote_of == quote_of, "{at}");
            }
        }
    }
}

#[test]
fn the_first_sentences_come_before_the_text_is_analysed() {
    let reports: Vec<String> = common::reports()
        .unwrap_or_else(common::check_set)
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    let text = reports.join("\n\n\n").repeat(20);
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
