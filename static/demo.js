// The demo page's "Analyse your own text" panel: a teacher or an editor pastes an
// article and the reader on the page shows it instead of the five reports. Nothing
// leaves the browser: the text goes to the widget's `text` property, and the draft is
// kept in localStorage so that a reload does not lose it.
const DRAFT_KEY = 'hedgelight-demo-draft';

const reader = document.getElementById('demo');
const form = document.getElementById('own-form');
const textarea = document.getElementById('own-text');
const reset = document.getElementById('own-reset');
const status = document.getElementById('own-status');
const panel = document.getElementById('own');

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

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = textarea.value;
  if (!text.trim()) {
    status.textContent = 'Paste or type some text first.';
    textarea.focus();
    return;
  }
  reader.text = text;
  reader.setAttribute('heading', 'Your text');
  const words = text.trim().split(/\s+/).length;
  status.textContent = `Showing your text (${words.toLocaleString('en')} ${words === 1 ? 'word' : 'words'}).`;
  reset.hidden = false;
  reader.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
});

reset.addEventListener('click', () => {
  reader.text = null;
  reader.removeAttribute('heading');
  reset.hidden = true;
  status.textContent = 'Showing the five reports again. Your text stays in the box.';
});
