//! Reader for the CoNLL-2010 / Szeged Uncertainty Corpus XML
//! (`<Document>` > ... > `<Sentence>` with inline `<ccue type="...">` cues).

use std::fs;
use std::path::Path;

use hedgelight_core::internals::GoldCue;
use hedgelight_core::Category;

/// One annotated sentence: its text as the corpus gives it and the gold cues.
#[derive(Clone, Debug)]
pub struct GoldSentence {
    pub id: String,
    pub text: String,
    /// Byte offsets into `text`, without surrounding whitespace.
    pub cues: Vec<GoldCue>,
}

impl GoldSentence {
    pub fn uncertain(&self) -> bool {
        !self.cues.is_empty()
    }
}

#[derive(Clone, Debug)]
pub struct GoldDocument {
    pub id: String,
    pub sentences: Vec<GoldSentence>,
}

/// The documents of one file.
#[derive(Clone, Debug)]
pub struct Corpus {
    /// File name without directories and without `.xml` / `.dev.xml`.
    pub name: String,
    pub documents: Vec<GoldDocument>,
}

impl Corpus {
    pub fn sentences(&self) -> impl Iterator<Item = &GoldSentence> {
        self.documents.iter().flat_map(|d| d.sentences.iter())
    }

    /// The genre: the name up to its first `_` ("bio_fly" -> "bio").
    pub fn genre(&self) -> &str {
        self.name.split('_').next().unwrap_or(&self.name)
    }
}

/// Maps a `<ccue type=...>` to a category. Unknown types count as speculation
/// (every cue of this corpus is semantic uncertainty).
pub fn cue_category(kind: &str) -> Category {
    let kind = kind.trim();
    if kind.contains("doxastic") {
        Category::Belief
    } else if kind.contains("condition") {
        Category::Condition
    } else if kind.contains("investigation") {
        Category::Investigation
    } else {
        Category::Speculation
    }
}

pub fn read(path: &Path) -> Result<Corpus, String> {
    let text =
        fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = file_name
        .strip_suffix(".xml")
        .map(|n| n.strip_suffix(".dev").unwrap_or(n))
        .unwrap_or(&file_name)
        .to_string();
    parse(&name, &text).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn parse(name: &str, xml: &str) -> Result<Corpus, String> {
    let doc = roxmltree::Document::parse(xml).map_err(|e| e.to_string())?;
    let mut documents = Vec::new();
    for (i, d) in doc
        .descendants()
        .filter(|n| n.has_tag_name("Document"))
        .enumerate()
    {
        let id = d
            .children()
            .find(|n| n.has_tag_name("DocID"))
            .and_then(|n| n.text())
            .map(|t| t.trim().to_string())
            .unwrap_or_else(|| format!("document {}", i + 1));
        let sentences = d
            .descendants()
            .filter(|n| n.has_tag_name("Sentence"))
            .map(sentence)
            .collect();
        documents.push(GoldDocument { id, sentences });
    }
    if documents.is_empty() {
        // A file of bare sentences: one document.
        let sentences: Vec<GoldSentence> = doc
            .descendants()
            .filter(|n| n.has_tag_name("Sentence"))
            .map(sentence)
            .collect();
        if !sentences.is_empty() {
            documents.push(GoldDocument {
                id: "document 1".into(),
                sentences,
            });
        }
    }
    Ok(Corpus {
        name: name.to_string(),
        documents,
    })
}

fn sentence(node: roxmltree::Node) -> GoldSentence {
    let mut text = String::new();
    let mut cues = Vec::new();
    collect(node, &mut text, &mut cues);
    GoldSentence {
        id: node.attribute("id").unwrap_or("").to_string(),
        text,
        cues,
    }
}

fn collect(node: roxmltree::Node, text: &mut String, cues: &mut Vec<GoldCue>) {
    for child in node.children() {
        if child.is_text() {
            text.push_str(child.text().unwrap_or(""));
        } else if child.is_element() {
            let start = text.len();
            collect(child, text, cues);
            if child.has_tag_name("ccue") {
                let span = &text[start..];
                let lead = span.len() - span.trim_start().len();
                let trail = span.len() - span.trim_end().len();
                if lead < span.len() {
                    cues.push(GoldCue {
                        start: start + lead,
                        end: text.len() - trail,
                        category: cue_category(child.attribute("type").unwrap_or("")),
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_sentences_and_cue_offsets() {
        let xml = r#"<?xml version='1.0' encoding='utf-8'?>
<Annotation><DocumentSet><Document type="x"><DocID type="F">d1</DocID>
<DocumentPart><Sentence id="S1.1">It <ccue type="speculation_modal_probable_"> may </ccue> rain &amp; <ccue type="speculation_hypo_condition _">if</ccue> so.</Sentence>
<Sentence id="S1.2">Plain.</Sentence></DocumentPart></Document>
<Document><DocID>d2</DocID><DocumentPart><Sentence id="S2.1">We <ccue type="speculation_hypo_doxastic _">think</ccue>.</Sentence></DocumentPart></Document>
</DocumentSet></Annotation>"#;
        let c = parse("t", xml).unwrap();
        assert_eq!(c.documents.len(), 2);
        assert_eq!(c.documents[0].id, "d1");
        let s = &c.documents[0].sentences[0];
        assert_eq!(s.text, "It  may  rain & if so.");
        assert_eq!(s.cues.len(), 2);
        assert_eq!(&s.text[s.cues[0].start..s.cues[0].end], "may");
        assert_eq!(s.cues[0].category, Category::Speculation);
        assert_eq!(&s.text[s.cues[1].start..s.cues[1].end], "if");
        assert_eq!(s.cues[1].category, Category::Condition);
        assert!(!c.documents[0].sentences[1].uncertain());
        assert_eq!(
            c.documents[1].sentences[0].cues[0].category,
            Category::Belief
        );
        assert_eq!(c.sentences().count(), 3);
    }

    #[test]
    fn genre_is_the_name_prefix() {
        let c = parse("bio_fly", "<a/>").unwrap();
        assert_eq!(c.genre(), "bio");
        assert!(c.documents.is_empty());
    }
}
