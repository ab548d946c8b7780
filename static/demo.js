import { analyze } from './hedge-reader.js';

// The demo page's "Analyse your own text" panel: a teacher or an editor pastes an
// article and the reader on the page shows it instead of the five reports. Nothing
// leaves the browser: the text goes to the widget's `text` property, and the draft is
// kept in localStorage so that a reload does not lose it.
const DRAFT_KEY = 'hedgelight-demo-draft';
// About 13,000 sentences. The reader stays responsive past this (a long text is analysed
// in a worker and shown in steps), but it takes its time and memory: the element's own
// default limit, kept for the demo too.
const MAX_CHARS = 2_000_000;

const reader = document.getElementById('demo');
const form = document.getElementById('own-form');
const textarea = document.getElementById('own-text');
const reset = document.getElementById('own-reset');
const status = document.getElementById('own-status');
const panel = document.getElementById('own');
const file = document.getElementById('own-file');
const download = document.getElementById('own-download');

// Storage can be missing or refuse (private windows, blocked cookies): the panel
// still works, it just cannot keep the draft.
function loadDraft() {
  try {
    return localStorage.getItem(DRAFT_KEY) ?? '';
  } catch {
    return '';
  }
}

function saveDraft(text) {
  try {
    if (text) localStorage.setItem(DRAFT_KEY, text);
    else localStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to do: the text is still in the textarea.
  }
}

const draft = loadDraft();
if (draft) {
  textarea.value = draft;
  panel.open = true;
}

textarea.addEventListener('input', () => saveDraft(textarea.value));

function analyse(text) {
  if (!text.trim()) {
    status.textContent = 'Paste or type some text first.';
    textarea.focus();
    return;
  }
  if (text.length > MAX_CHARS) {
    status.textContent = `This text has ${text.length.toLocaleString('en')} characters; the demo reads up to ${MAX_CHARS.toLocaleString('en')}. Try one part at a time.`;
    return;
  }
  reader.text = text;
  reader.setAttribute('heading', 'Your text');
  const words = text.trim().split(/\s+/).length;
  status.textContent = `Showing your text (${words.toLocaleString('en')} ${words === 1 ? 'word' : 'words'}).`;
  reset.hidden = false;
  download.hidden = false;
  reader.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  analyse(textarea.value);
});

// A text file is read here, in the browser (undecodable bytes become U+FFFD), and
// goes into the box like pasted text, so it is kept as the draft too.
file.addEventListener('change', async () => {
  const chosen = file.files?.[0];
  file.value = '';
  if (!chosen) return;
  if (chosen.size > 4 * MAX_CHARS) {
    status.textContent = `${chosen.name} is too large for the demo (${Math.round(chosen.size / 1e6)} MB).`;
    return;
  }
  try {
    const text = await chosen.text();
    textarea.value = text;
    saveDraft(text);
    analyse(text);
  } catch (error) {
    status.textContent = `Could not read ${chosen.name}: ${error.message ?? error}.`;
  }
});

reset.addEventListener('click', () => {
  reader.text = null;
  reader.removeAttribute('heading');
  reset.hidden = true;
  download.hidden = true;
  status.textContent = 'Showing the five reports again. Your text stays in the box.';
});

// A fact-checker's record of what was shown: the same JSON as `hedgelight analyze`,
// made in the browser and saved from a blob URL (no request leaves the page).
download.addEventListener('click', async () => {
  const text = reader.text;
  if (!text?.trim()) return;
  try {
    // Code-point offsets, as `hedgelight analyze` writes them (analyze() in JS counts UTF-16).
    const report = await analyze(text, { offsets: 'codepoints' });
    const blob = new Blob([JSON.stringify({ text, ...report }, null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'hedgelight-analysis.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
    status.textContent = 'Saved the analysis as hedgelight-analysis.json.';
  } catch (error) {
    status.textContent = `Could not make the analysis: ${error.message ?? error}.`;
  }
});
