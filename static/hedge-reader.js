// <hedge-reader>: the Hedgelight reader as a custom element.
//
//   <script type="module" src="hedge-reader.js"></script>
//   <hedge-reader></hedge-reader>                      the corpus reader
//   <hedge-reader article="002"></hedge-reader>        one corpus article
//   <hedge-reader>Your article text…</hedge-reader>    the host page's own text
//   <hedge-reader src="story.txt"></hedge-reader>      plain text fetched from a URL
//   reader.text = 'Text set from script';              the `text` property
//   reader.texts = [{ title, date, text }, …];         several texts, with a Compare view
//   <hedge-reader group="x" heading="…" date="2024-10-09">Text…</hedge-reader>
//                                                      readers sharing group="x" compare
//                                                      their texts (each shows its own)
//
// What is shown, when several are given (the first that applies wins):
//   1. the `texts` property, once set to an array (set it to null to fall back);
//   2. the `text` property, once set to a string (set it to null to fall back);
//   3. the `text` attribute;
//   4. the `src` attribute (a non-empty URL);
//   5. the element's own text content (when it is not only whitespace);
//   6. the `article` attribute;
//   7. the corpus reader with its article switcher.
// The order is fixed, whatever was set last: what is set from script is the most
// explicit request, so it wins even over `src`.
//
// The WebAssembly module is loaded once per page, from next to this file; the
// widget itself makes no other network request than `src`. Rendering happens inside
// an open shadow root, so host styles and widget styles do not mix.

import init, {
  mount, analyze_json, compare_json, stylesheet, article_text, corpus_ids,
} from './pkg/hedgelight_web.js';

const WASM_URL = new URL('./pkg/hedgelight_web_bg.wasm', import.meta.url);
const WASM_NAME = 'pkg/hedgelight_web_bg.wasm';
// scripts/pack writes the .wasm's Subresource Integrity hash here in the npm package's
// reader.js, so that a page's integrity attribute on reader.js pins the WebAssembly too.
const WASM_INTEGRITY = null;

/** A fault with a message meant for the reader (shown as it is). */
class HedgelightError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = 'HedgelightError';
  }
}

const moduleError = (what, cause) =>
  new HedgelightError(`its WebAssembly module (${WASM_NAME}) ${what}`, { cause });

/**
 * What to give wasm-bindgen's init(): a Response to compile while it streams (served
 * as application/wasm), else the checked bytes. In Node (a file: URL, where fetch
 * cannot read files) the bytes are read from the file next to this module.
 */
async function wasmInput() {
  if (WASM_URL.protocol === 'file:' && globalThis.process?.versions?.node) {
    const fs = 'node:fs/promises'; // a variable, so that bundlers leave it alone
    const { readFile } = await import(/* @vite-ignore */ fs);
    return readFile(WASM_URL);
  }
  let response;
  try {
    response = await fetch(WASM_URL, WASM_INTEGRITY ? { integrity: WASM_INTEGRITY } : undefined);
  } catch (error) {
    // fetch() tells a failed integrity check from a failed network by neither type nor message.
    const why = WASM_INTEGRITY ? 'the network failed, or the file is not the one reader.js was built with' : 'the network failed';
    throw moduleError(`could not be downloaded (${why}).`, error);
  }
  if (!response.ok) {
    throw moduleError(`could not be loaded: the server answered HTTP ${response.status}.`);
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/wasm') return response;
  let bytes;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw moduleError('could not be downloaded (the network failed).', error);
  }
  // "\0asm": a module served with the wrong type still works; anything else (an HTML
  // page from a catch-all route, say) is named by the type it came with.
  if (bytes.length < 4 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) {
    throw moduleError(`is not a WebAssembly file: the server sent ${type || 'something with no type'}, not application/wasm.`);
  }
  return bytes;
}

async function instantiate() {
  const input = await wasmInput();
  try {
    return await init({ module_or_path: input });
  } catch (error) {
    if (error instanceof WebAssembly.CompileError) {
      throw moduleError('is damaged or incomplete, so it cannot start. Reloading the page may help.', error);
    }
    if (error instanceof WebAssembly.LinkError) {
      throw moduleError('does not match hedge-reader.js (files from two different builds?).', error);
    }
    throw moduleError(`could not be loaded (${error?.message ?? error}).`, error);
  }
}

let ready = null;
// Readers showing a failed load: when a later load succeeds (another reader's
// render retried it), they render again instead of keeping their error.
const failedLoad = new Set();
function load() {
  // Shared by every reader on the page. A failed load is forgotten, so that the
  // next render (e.g. after an attribute change) can try again.
  ready ??= instantiate()
    .then((exports) => {
      const waiting = [...failedLoad];
      failedLoad.clear();
      for (const retry of waiting) retry();
      return exports;
    })
    .catch((error) => {
      ready = null;
      throw error;
    });
  return ready;
}

/**
 * Code-point offsets (what the analysis and the CLI count) to UTF-16 code units
 * (what JavaScript strings count), for every `start`/`end` pair in `value`.
 */
function toUtf16(text, value) {
  if (!/[\uD800-\uDFFF]/.test(text)) return value; // no astral characters: the same numbers
  // Code-point indices of the characters outside the BMP, in order.
  const astral = [];
  let cp = 0;
  for (let i = 0; i < text.length; i++, cp++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral.push(cp);
        i++;
      }
    }
  }
  const convert = (n) => {
    let lo = 0;
    let hi = astral.length; // how many astral characters come before code point n
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (astral[mid] < n) lo = mid + 1;
      else hi = mid;
    }
    return n + lo;
  };
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if (typeof v.start === 'number' && typeof v.end === 'number') {
        v.start = convert(v.start);
        v.end = convert(v.end);
      }
      Object.values(v).forEach(walk);
    }
  };
  walk(value);
  return value;
}

function report(text, offsets = 'utf16') {
  const value = JSON.parse(analyze_json(text));
  return offsets === 'codepoints' ? value : toUtf16(text, value);
}

/**
 * The analysis of `text` (a Promise): the same JSON as `hedgelight analyze` prints,
 * except that `start` and `end` count UTF-16 code units, so that
 * `text.slice(start, end)` is the sentence or cue. `{ offsets: 'codepoints' }` keeps
 * the CLI's code-point offsets.
 */
export async function analyze(text, { offsets = 'utf16' } = {}) {
  await load();
  return report(String(text ?? ''), offsets);
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * `texts` as the WebAssembly side takes it, `[{ title, date, text }]`, or a
 * HedgelightError that says which item is wrong and how. Other fields of an item
 * are ignored; a missing title or date is null.
 */
function checkTexts(texts) {
  if (!Array.isArray(texts)) {
    throw new HedgelightError(`texts must be an array of { title, date, text } objects, not ${texts === null ? 'null' : typeof texts}.`);
  }
  return texts.map((item, i) => {
    if (item === null || typeof item !== 'object') {
      throw new HedgelightError(`texts[${i}] must be an object { title, date, text }, not ${item === null ? 'null' : typeof item}.`);
    }
    const { title = null, date = null, text } = item;
    if (typeof text !== 'string') {
      throw new HedgelightError(`texts[${i}].text must be a string, not ${text === null ? 'null' : typeof text}.`);
    }
    if (title !== null && typeof title !== 'string') {
      throw new HedgelightError(`texts[${i}].title must be a string or absent, not ${typeof title}.`);
    }
    if (date !== null && (typeof date !== 'string' || !ISO_DATE.test(date))) {
      throw new HedgelightError(`texts[${i}].date must be a date written YYYY-MM-DD (like 2024-10-09) or absent, not ${JSON.stringify(date)}.`);
    }
    return { title, date, text };
  });
}

/**
 * The claims that several texts share (a Promise), grouped as `hedgelight compare`
 * groups files: `texts` is `[{ title, date, text }]` (title and date optional, the
 * date written YYYY-MM-DD). Each group's sentences are in date order; each has `item`,
 * its text's position in `texts`, and `index`, `start`, `end`, `level` and `cues` as
 * `analyze()` gives them for that text (UTF-16 offsets unless `offsets: 'codepoints'`).
 */
export async function compare(texts, { offsets = 'utf16' } = {}) {
  const items = checkTexts(texts);
  await load();
  const value = JSON.parse(compare_json(JSON.stringify(items)));
  if (offsets !== 'codepoints') {
    for (const group of value.groups) {
      for (const s of group.sentences) toUtf16(items[s.item].text, s);
    }
  }
  return value;
}

// Elements whose content is its own paragraph in the element's inline text.
const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'blockquote', 'section', 'article', 'header', 'footer', 'aside', 'main', 'pre', 'figure']);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The text of `node`'s children as a reader sees it: block elements and <br> start
 * paragraphs (blank lines in the text given to the widget). Whitespace in
 * text nodes collapses as HTML renders it, except that a blank line stays a paragraph
 * break, so that line wrapping in the page's source does not cut paragraphs.
 */
function inlineText(node) {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      out += child.data.replace(/\s+/g, (ws) => (/\n[^\n]*\n/.test(ws) ? '\n\n' : ' '));
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const name = child.localName;
      // The reader shows paragraphs, not line breaks: a <br> starts a new one.
      if (name === 'br') out += '\n\n';
      else if (BLOCKS.has(name)) out += `\n\n${inlineText(child)}\n\n`;
      else if (!SKIPPED.has(name)) out += inlineText(child);
    }
  }
  return out.replace(/[^\S\n]*\n\s*\n\s*/g, '\n\n').trim();
}

const STATUS_STYLE = `
  .hl-status { font: inherit; padding: 1rem 1.25rem; border-radius: .4em; }
  .hl-status[data-kind="error"] { color: #8b1020; background: #fde8ea; border: 1px solid #f3b7bf; }
  .hl-status[data-kind="loading"], .hl-status[data-kind="empty"] { color: #55565e; }
  @media (prefers-color-scheme: dark) {
    .hl-status[data-kind="error"] { color: #ffd0d6; background: #3a1419; border-color: #6e2630; }
    .hl-status[data-kind="loading"], .hl-status[data-kind="empty"] { color: #b4b7c3; }
  }`;

/** Default of the `max-chars` attribute: longer texts are refused with a message. */
export const MAX_CHARS = 2_000_000;
/** Default of the `timeout` attribute, in seconds: how long `src=` may take. */
export const TIMEOUT_SECONDS = 30;

// Styles go in through constructable stylesheets (adoptedStyleSheets), so a page whose
// policy is `style-src 'self'` (no 'unsafe-inline') needs no exception for the widget.
// Made once per document (a sheet cannot be shared with another one, e.g. an iframe a
// reader is moved into); the widget's sheet once the WebAssembly module, which holds the
// CSS, has loaded. Browsers without constructable stylesheets get <style> elements.
const CONSTRUCTABLE = typeof ShadowRoot === 'function' && 'adoptedStyleSheets' in ShadowRoot.prototype
  && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype;
const SHEETS = { status: () => STATUS_STYLE, widget: () => stylesheet() };
const sheetsByDocument = new WeakMap();

/**
 * Style shadow root `root` with the sheets `names`: adopted where it can be, else
 * returned as <style> elements for the caller to put in.
 */
function style(root, names) {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  if (CONSTRUCTABLE && view?.CSSStyleSheet) {
    let sheets = sheetsByDocument.get(doc);
    if (!sheets) sheetsByDocument.set(doc, (sheets = {}));
    root.adoptedStyleSheets = names.map((name) => {
      if (!sheets[name]) {
        sheets[name] = new view.CSSStyleSheet();
        sheets[name].replaceSync(SHEETS[name]());
      }
      return sheets[name];
    });
    return [];
  }
  return names.map((name) => {
    const el = doc.createElement('style');
    el.textContent = SHEETS[name]();
    return el;
  });
}

/** A positive number from attribute `name` of `el`, else `fallback`. */
function numberAttribute(el, name, fallback) {
  const n = Number(el.getAttribute(name));
  return el.hasAttribute(name) && Number.isFinite(n) && n > 0 ? n : fallback;
}

const count = (n) => n.toLocaleString('en');

/** Whether the first bytes of a body are binary data rather than text. */
function looksBinary(bytes, decoder) {
  if (/^utf-16/i.test(decoder.encoding)) return false; // NUL bytes are normal there
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  let odd = 0;
  const sample = new TextDecoder(decoder.encoding).decode(head);
  for (const ch of sample) {
    const c = ch.codePointAt(0);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f) odd++;
  }
  return sample.length > 0 && odd / sample.length > 0.1;
}

/**
 * The text of `response`, read as it streams: refused as soon as it passes
 * `maxChars`, and when its first bytes are binary data.
 */
async function readText(response, src, maxChars) {
  const type = response.headers.get('content-type') ?? '';
  const charset = /charset=\s*"?([\w-]+)/i.exec(type)?.[1] ?? 'utf-8';
  let decoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  let text = '';
  let head = new Uint8Array(0); // the first bytes, until there are enough to judge
  let judged = false;
  const refuse = (message) => {
    reader.cancel().catch(() => {});
    throw new HedgelightError(message);
  };
  const notText = () => refuse(`${src} is not text: it looks like binary data${type ? ` (served as ${type})` : ''}.`);
  for (;;) {
    const { value, done } = await reader.read();
    if (!judged && (done || head.length + value.length >= 8192)) {
      const all = done ? head : new Uint8Array([...head, ...value.subarray(0, 8192 - head.length)]);
      if (looksBinary(all, decoder)) notText();
      judged = true;
    } else if (!judged) {
      head = new Uint8Array([...head, ...value]);
    }
    if (done) break;
    text += decoder.decode(value, { stream: true });
    if (text.length > maxChars) {
      refuse(`${src} is longer than ${count(maxChars)} characters, the most this reader shows (its max-chars attribute).`);
    }
  }
  text += decoder.decode();
  if (text.length > maxChars) {
    refuse(`${src} is longer than ${count(maxChars)} characters, the most this reader shows (its max-chars attribute).`);
  }
  return text;
}

const Base = globalThis.HTMLElement ?? class {};

// The readers that share a `group` attribute, by its value. Each shows its own text;
// together they are one set of texts to compare, in the order of the page.
const groups = new Map();
// Attributes that change what a reader gives its group (besides `group` itself).
const GROUP_ATTRIBUTES = new Set(['text', 'src', 'heading', 'date', 'article']);

/** `readers` in the order of the page. */
function inPageOrder(readers) {
  return [...readers].filter((r) => r.isConnected).sort((a, b) =>
    (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

export class HedgeReader extends Base {
  static observedAttributes = ['article', 'src', 'theme', 'heading', 'text', 'max-chars', 'timeout', 'group', 'date'];

  #mounted = null;
  #text = null;
  #texts = null;
  // The checked texts the reader shows (null when it shows one text or the corpus):
  // the switcher's and the Compare view's data-article is a position in it.
  #textsShown = null;
  // The `group` this reader is registered in, and the readers whose texts its mounted
  // widget compares (its switcher's and Compare view's data-article is a position
  // in it); null when it compares nothing.
  #group = null;
  #groupShown = null;
  // Bumped by every change and by removal: a render only mounts if no newer change
  // came while it awaited the fetch or the WebAssembly module.
  #generation = 0;
  #observer = null;
  // The text of `src`: { url, controller, text: Promise<string>, done }. Kept so that
  // changing `theme` or `heading` does not fetch again; dropped when `src` changes.
  #source = null;
  // The text the reader shows ({ text, report }), for the events' details.
  #shown = null;
  #readyFired = false;
  // When the last pointerdown and focusin inside happened, to tell a tap that focused a
  // sentence (one hedgelight-select) from a tap on the focused one.
  #pointerAt = -1;
  #focusAt = -1;
  // One function per element, so that the set of readers awaiting a retry holds each once.
  #retry = () => {
    if (this.isConnected) this.#schedule();
  };

  constructor() {
    super();
    // Until the widget starts (or if WebAssembly fails), the slot shows the
    // element's own text, so the host's article stays readable.
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<slot></slot>';
    root.addEventListener('pointerdown', (e) => { this.#pointerAt = e.timeStamp; }, true);
    root.addEventListener('focusin', (e) => {
      this.#focusAt = e.timeStamp;
      this.#select(e.target);
    });
    root.addEventListener('click', (e) => {
      // An article's button, or a sentence chosen in the Compare view: its article shows.
      const tab = e.target.closest?.('.hl-article-tab[data-article], .hl-compare-choice[data-article]');
      if (tab && this.#groupShown) this.#revealInGroup(tab);
      else if (tab) this.#showArticle(tab.dataset.article);
      // A tap on the sentence that already had focus (a focusing tap was announced).
      else if (this.#focusAt < this.#pointerAt) this.#select(e.target);
    });
    this.#takeOverProperties();
  }

  /**
   * A `text` set on the element before this module defined it is an own property
   * that hides the setter: take its value over, so that it is shown.
   */
  #takeOverProperties() {
    for (const name of ['text', 'texts']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
  }

  /**
   * Several texts to read and compare, `[{ title, date, text }]` (title and date
   * optional; the date written YYYY-MM-DD): the reader shows them with a switcher and
   * a Compare view of the claims they share. Read when the reader renders, so assign
   * a new array to change them; null falls back to what the element shows otherwise.
   */
  get texts() {
    return this.#texts;
  }
  set texts(value) {
    this.#texts = value ?? null;
    if (this.isConnected) this.#schedule();
    this.#scheduleGroup();
  }

  /**
   * The text being analysed: the one set from script, else the `text` attribute,
   * else the element's own text.
   */
  get text() {
    return this.#text ?? this.getAttribute('text') ?? inlineText(this);
  }
  set text(value) {
    this.#text = value == null ? null : String(value);
    if (this.isConnected) this.#schedule(); // connectedCallback renders otherwise
    this.#scheduleGroup();
  }

  /** The text to show from the `text` property or attribute, if either is set. */
  #givenText() {
    return this.#text ?? this.getAttribute('text');
  }

  connectedCallback() {
    this.#takeOverProperties();
    // The text content only matters when neither `text` nor `src` is set.
    this.#observer ??= new MutationObserver(() => {
      if (this.#texts == null && this.#givenText() == null && !this.getAttribute('src')) {
        this.#schedule();
        this.#scheduleGroup();
      }
    });
    this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    this.#joinGroup();
    this.#schedule();
  }

  disconnectedCallback() {
    this.#generation++; // a pending render must not mount into a removed element
    failedLoad.delete(this.#retry);
    this.#observer?.disconnect();
    this.#leaveGroup();
    this.#unmount();
    // Abort a pending fetch, unless the element was only moved (connected again
    // before this microtask runs).
    queueMicrotask(() => {
      if (!this.isConnected && this.#source && !this.#source.done) this.#dropSource();
    });
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    this.#schedule();
    if (name === 'group' && this.isConnected) this.#joinGroup();
    else if (GROUP_ATTRIBUTES.has(name)) this.#scheduleGroup();
  }

  /** Registers the reader in the group its `group` attribute names (leaving its old one). */
  #joinGroup() {
    const name = this.getAttribute('group') || null;
    if (name === this.#group) return;
    this.#leaveGroup();
    if (name == null) return;
    if (!groups.has(name)) groups.set(name, new Set());
    groups.get(name).add(this);
    this.#group = name;
    this.#scheduleGroup();
  }

  #leaveGroup() {
    const members = groups.get(this.#group);
    if (!members) return;
    members.delete(this);
    if (members.size === 0) groups.delete(this.#group);
    this.#scheduleGroup();
    this.#group = null;
  }

  /** The other readers of its group render again: the texts they compare changed. */
  #scheduleGroup() {
    for (const other of groups.get(this.#group) ?? []) {
      if (other !== this && other.isConnected) other.#schedule();
    }
  }

  /**
   * What the reader gives its group, `{ title, date, text }` (null while it has no text
   * of its own: `texts` set, the corpus reader, `src` still loading): the text it shows,
   * its `heading` and its `date` attributes.
   */
  #contribution() {
    if (this.#texts != null) return null;
    let text = this.#givenText();
    if (text == null && this.getAttribute('src')) text = this.#source?.done ? this.#source.value : null;
    else if (text == null) {
      text = inlineText(this) || null;
      if (text == null && this.hasAttribute('article')) text = article_text(this.getAttribute('article')) ?? null;
    }
    // A text the reader itself refuses is not compared either.
    if (text == null || text.length > numberAttribute(this, 'max-chars', MAX_CHARS)) return null;
    return { title: this.getAttribute('heading') || null, date: this.getAttribute('date') || null, text };
  }

  /**
   * The group's readers that have a text, in page order, with their texts; this
   * reader is among them (module loaded, its own text known).
   */
  #groupTexts() {
    const members = [];
    const texts = [];
    for (const member of inPageOrder(groups.get(this.#group) ?? [])) {
      const given = member.#contribution();
      if (given) {
        members.push(member);
        texts.push(given);
      }
    }
    return { members, texts };
  }

  /**
   * A sentence chosen in a grouped reader's Compare view: the reader that shows its
   * text opens it (focused, its tooltip shown).
   */
  #revealInGroup(target) {
    if (!target.matches('.hl-compare-choice')) return;
    const member = this.#groupShown[Number(target.dataset.article)];
    if (member && member !== this) member.#reveal(Number(target.dataset.index));
  }

  #reveal(index) {
    this.#mounted?.reveal(index);
  }

  #emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /** The report of the shown text, made once (the events' details). */
  #report() {
    if (!this.#shown) return null;
    this.#shown.report ??= report(this.#shown.text);
    return this.#shown.report;
  }

  /** Announce `text` as the shown one: hedgelight-analyzed, after the reader has painted. */
  #analyzed(text, generation) {
    this.#shown = { text, report: null };
    const shown = this.#shown;
    setTimeout(() => {
      if (generation !== this.#generation || this.#shown !== shown) return;
      this.#emit('hedgelight-analyzed', this.#report());
    }, 0);
  }

  #showArticle(id) {
    const text = this.#textsShown ? this.#textsShown[Number(id)]?.text : article_text(id);
    if (text != null && text !== this.#shown?.text) this.#analyzed(text, this.#generation);
  }

  #select(target) {
    const sentence = target?.closest?.('.hl-sentence[data-index]');
    if (!sentence) return;
    const index = Number(sentence.dataset.index);
    const found = this.#report()?.sentences?.[index];
    if (found) this.#emit('hedgelight-select', { index, ...found });
  }

  /**
   * Render once, in a microtask, however many changes come in one task: on upgrade,
   * attributeChangedCallback runs once per attribute before connectedCallback.
   */
  #schedule() {
    const generation = ++this.#generation;
    queueMicrotask(() => {
      if (generation === this.#generation && this.isConnected) this.#render(generation);
    });
  }

  #unmount() {
    this.#mounted?.unmount();
    this.#mounted = null;
  }

  #dropSource() {
    this.#source?.controller.abort();
    this.#source = null;
  }

  /**
   * The text at `src`, fetched once per URL (a failed fetch is not kept): given up
   * after `timeout` seconds, refused above `max-chars` and when it is not text.
   */
  #fetchSource(src) {
    const url = new URL(src, document.baseURI).href;
    if (this.#source?.url === url) return this.#source;
    this.#dropSource();
    const controller = new AbortController();
    const source = { url, controller, done: false };
    const seconds = numberAttribute(this, 'timeout', TIMEOUT_SECONDS);
    const maxChars = numberAttribute(this, 'max-chars', MAX_CHARS);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, seconds * 1000);
    source.text = (async () => {
      try {
        const response = await fetch(url, { signal: controller.signal });
        if (!response.ok) throw new HedgelightError(`could not load ${src} (HTTP ${response.status}).`);
        const text = await readText(response, src, maxChars);
        source.value = text;
        source.done = true;
        // The other readers of its group can compare it now.
        queueMicrotask(() => this.#scheduleGroup());
        return text;
      } catch (error) {
        if (timedOut) {
          throw new HedgelightError(`${src} did not finish loading within ${count(seconds)} s (its timeout attribute).`);
        }
        if (error instanceof HedgelightError || controller.signal.aborted) throw error;
        throw new HedgelightError(`could not load ${src} (${error?.message ?? error}).`);
      } finally {
        clearTimeout(timer);
      }
    })();
    source.text.catch(() => {
      if (this.#source === source) this.#source = null;
    });
    this.#source = source;
    return source;
  }

  #status(kind, message) {
    this.#unmount();
    const root = this.shadowRoot;
    root.replaceChildren(...style(root, ['status']));
    const doc = root.ownerDocument;
    const p = doc.createElement('p');
    p.className = 'hl-status';
    p.dataset.kind = kind;
    p.setAttribute('part', 'status');
    p.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    p.textContent = message;
    // The element's own text stays readable under the message, while loading and
    // after an error.
    root.append(p, doc.createElement('slot'));
  }

  async #render(generation) {
    const options = { theme: this.getAttribute('theme') || 'auto' };
    const heading = this.getAttribute('heading');
    if (heading) options.title = heading;
    const date = this.getAttribute('date');
    if (date) options.date = date;
    const given = this.#givenText();
    const src = given == null && this.#texts == null ? this.getAttribute('src') : null;
    if (!src) this.#dropSource(); // nothing needs that text (or its pending fetch) now
    const maxChars = numberAttribute(this, 'max-chars', MAX_CHARS);
    let loading = false; // the text is there and the WebAssembly module is what failed
    let texts = null;
    try {
      if (this.#texts != null) {
        texts = checkTexts(this.#texts);
        const chars = texts.reduce((n, t) => n + t.text.length, 0);
        if (chars > maxChars) {
          throw new HedgelightError(`These texts have ${count(chars)} characters together; this reader shows at most ${count(maxChars)} (its max-chars attribute).`);
        }
        options.texts = texts;
      } else if (given != null) {
        options.text = given;
      } else if (src) {
        const source = this.#fetchSource(src);
        if (!source.done) this.#status('loading', 'Loading the article…');
        options.text = await source.text;
      } else {
        const inline = inlineText(this);
        if (inline) options.text = inline;
        else if (this.hasAttribute('article')) options.article = this.getAttribute('article');
      }
      if (options.text != null && options.text.length > maxChars) {
        throw new HedgelightError(`This text has ${count(options.text.length)} characters; this reader shows at most ${count(maxChars)} (its max-chars attribute).`);
      }
      loading = true;
      await load();
    } catch (error) {
      if (generation === this.#generation) {
        const what = loading ? 'Hedgelight could not start'
          : this.#texts != null ? 'Hedgelight could not show these texts' : 'Hedgelight could not show this text';
        this.#status('error', `${what}: ${error?.message ?? error}`);
        if (loading) failedLoad.add(this.#retry);
      }
      return;
    }
    // A newer change, or removal, happened meanwhile: that one decides what to show.
    if (generation !== this.#generation || !this.isConnected) return;
    // Readers sharing its `group`: it shows its own text among theirs.
    let group = null;
    if (this.#group && options.texts == null && (options.text != null || options.article != null)) {
      group = this.#groupTexts();
      if (group.members.length >= 2 && group.members.includes(this)) {
        options.group = { texts: group.texts, home: group.members.indexOf(this) };
      } else group = null;
    }
    // The npm package's element is built without the demo's corpus (cargo feature
    // `corpus`): with no text of its own it has nothing to show but how to give it one.
    if (options.text == null && options.texts == null && corpus_ids() === '[]') {
      const how = 'give it a text: its content, the text attribute or property, or src=';
      this.#status('empty', options.article == null
        ? `Nothing to analyse yet: ${how}.`
        : `This reader has no corpus articles, so none is “${options.article}”: ${how}.`);
      return;
    }
    this.#unmount();
    const root = this.shadowRoot;
    const container = root.ownerDocument.createElement('div');
    root.replaceChildren(...style(root, ['status', 'widget']), container);
    try {
      this.#mounted = mount(container, JSON.stringify(options));
    } catch (error) {
      this.#status('error', `Hedgelight could not start: ${error.message ?? error}`);
      return;
    }
    if (!this.#readyFired) {
      this.#readyFired = true;
      this.#emit('hedgelight-ready', null);
    }
    this.#textsShown = texts;
    this.#groupShown = group?.members ?? null;
    // A reader of several texts, and the corpus reader, start at the first (the first tab).
    const article = texts ? null : options.article ?? (options.text == null ? JSON.parse(corpus_ids())[0] : null);
    const text = texts ? texts[0]?.text ?? null : options.text ?? (article != null ? article_text(article) : null);
    if (text != null) this.#analyzed(text, generation);
    else this.#shown = null; // an unknown article: its error is shown, nothing analysed
  }
}

if (globalThis.customElements && !customElements.get('hedge-reader')) {
  customElements.define('hedge-reader', HedgeReader);
}
