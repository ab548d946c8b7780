//! A long text shown as it is analysed elsewhere. The element
//! (`static/hedge-reader.js`) mounts the reader with `"stream": true` and
//! hands it the report a chunk at a time, from its Web Worker or its
//! analysis in steps ([`crate::Mounted::feed_chunk`]); the reader renders
//! what it has, with a progress bar, and re-renders at each chunk.

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use yew::Callback;

use crate::view::{source_groups, ChunkReader, DocView};

/// Paragraphs per block of a fed text: a chunk re-renders the last block, so
/// few enough to keep that quick, and enough that a long text has a few
/// hundred blocks, not thousands.
const FED_BLOCK_PARAGRAPHS: usize = 32;

/// Shared between the mounted reader (which feeds it) and its component
/// (which shows it); compared by identity.
#[derive(Clone, Default)]
pub struct Feed(Rc<RefCell<FeedState>>);

#[derive(Default)]
struct FeedState {
    text: String,
    reader: Option<ChunkReader>,
    doc: Rc<DocView>,
    /// Sentences the text has, once known, and how many are analysed.
    total: Option<usize>,
    analysed: usize,
    done: bool,
    /// Called after each change, to render it.
    listener: Option<Callback<()>>,
    /// When the reader last finished rendering (`performance.now()`).
    rendered_at: f64,
}

/// How far a fed text has come, for the progress bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Analysed and shown, 0 to 100: half for the analysis, half for the
    /// sentences shown.
    pub percent: u8,
    pub done: bool,
}

impl PartialEq for Feed {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl fmt::Debug for Feed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Feed")
    }
}

impl Feed {
    /// A feed of the report of `text`.
    pub fn new(text: &str) -> Feed {
        let state = FeedState {
            reader: Some(ChunkReader::new(text)),
            text: text.to_string(),
            ..FeedState::default()
        };
        Feed(Rc::new(RefCell::new(state)))
    }

    /// What is shown so far.
    pub fn doc(&self) -> Rc<DocView> {
        self.0.borrow().doc.clone()
    }

    pub fn progress(&self) -> Progress {
        let s = self.0.borrow();
        let shown = s.doc.sentences.len();
        let percent = match s.total {
            _ if s.done => 100,
            Some(0) | None => 0,
            Some(n) => ((s.analysed.min(n) + shown.min(n)) * 50 / n).min(99),
        };
        Progress {
            percent: percent as u8,
            done: s.done,
        }
    }

    /// The reader has rendered what it was fed: the element times its steps
    /// by this, since the reader renders after the element's call returns.
    pub fn rendered(&self) {
        let now = web_sys::window()
            .and_then(|w| w.performance())
            .map_or(0.0, |p| p.now());
        self.0.borrow_mut().rendered_at = now;
    }

    /// When the reader last finished rendering (`performance.now()`, 0 before).
    pub fn rendered_at(&self) -> f64 {
        self.0.borrow().rendered_at
    }

    /// Renders with `listener` after each change.
    pub fn listen(&self, listener: Callback<()>) {
        self.0.borrow_mut().listener = Some(listener);
    }

    /// Adds chunk `json` (a `ChunkReport`); how many sentences are shown now.
    pub fn chunk(&self, json: &str) -> Result<usize, String> {
        let shown = {
            let mut s = self.0.borrow_mut();
            let s = &mut *s;
            let reader = s.reader.as_mut().ok_or("the text is complete")?;
            let views = reader.read(&s.text, json)?;
            // The blocks already shown keep their identity, but the last (and
            // any that shows a sentence the chunk relinks).
            Rc::make_mut(&mut s.doc).add_chunk(views, FED_BLOCK_PARAGRAPHS);
            s.doc.sentences.len()
        };
        self.changed();
        Ok(shown)
    }

    /// The text has `total` sentences, `analysed` of them analysed.
    pub fn analysed(&self, analysed: usize, total: usize) {
        {
            let mut s = self.0.borrow_mut();
            s.total = Some(total);
            s.analysed = analysed;
        }
        self.changed();
    }

    /// Every chunk is in: the Sources view gets the text's sources (grouped
    /// by the entities the whole text gives them: the last chunks relink
    /// what a later, fuller name changed).
    pub fn finish(&self) {
        {
            let mut s = self.0.borrow_mut();
            let doc = Rc::make_mut(&mut s.doc);
            doc.sources = source_groups(&doc.sentences);
            s.done = true;
            s.reader = None;
        }
        self.changed();
    }

    fn changed(&self) {
        let listener = self.0.borrow().listener.clone();
        if let Some(l) = listener {
            l.emit(());
        }
    }
}
