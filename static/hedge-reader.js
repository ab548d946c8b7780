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
// widget itself makes no other network request than `src`, and, for a text of
// STREAM_CHARS or more, the analysis-only WebAssembly and the worker script next to it
// (see "Long texts" below). Rendering happens inside an open shadow root, so host
// styles and widget styles do not mix.

import init, {
  mount, mount_stream, analyze_json, compare_json, stylesheet, article_text, corpus_ids, AnalysisStream,
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

// --- Long texts -----------------------------------------------------------------------
// A text of STREAM_CHARS or more is analysed off the page's main thread, in a module
// Web Worker next to this file that runs the analysis-only WebAssembly (no UI; the npm
// package's hedgelight_bg.wasm), and shown as its report comes: the first sentences as
// soon as they are settled, the rest in steps that each keep the main thread under a
// frame (FRAME_MS), with a progress bar. The report is the one analyze() gives:
// hedgelight_core::steps settles a run of first sentences only where the passes over
// the whole document cannot change it any more. Without a worker (none in this
// browser, or it cannot start: a Content-Security-Policy without worker-src for it,
// say), the same analysis runs here, a few sentences a task.

/** Texts at least this long (UTF-16 code units) are analysed in a worker and shown in steps. */
export const STREAM_CHARS = 30_000;
const WORKER_URL = new URL('./hedge-worker.js', import.meta.url);
const ANALYSIS_URL = new URL('./pkg/hedgelight_bg.wasm', import.meta.url);
// scripts/pack fills these in for the npm package: its worker.js imports nothing (so it
// can start from a blob: URL when reader.js comes from another origin, a CDN), and the
// hashes pin the worker and the analysis WebAssembly as WASM_INTEGRITY pins the widget.
const WORKER_STANDALONE = false;
const WORKER_INTEGRITY = null;
const ANALYSIS_INTEGRITY = null;
/** Main-thread work a step of showing a long text aims at, in milliseconds. */
const FRAME_MS = 10;
/** The most sentences in one chunk of a report (the worker's CHUNK, analyseHere's). */
const CHUNK_SENTENCES = 32;

let analysisModule = null;
/** The analysis-only WebAssembly, compiled once per page (off the main thread). */
function compileAnalysis() {
  analysisModule ??= (async () => {
    const response = await fetch(ANALYSIS_URL, ANALYSIS_INTEGRITY ? { integrity: ANALYSIS_INTEGRITY } : undefined);
    if (!response.ok) throw new Error(`${ANALYSIS_URL.pathname} answered HTTP ${response.status}`);
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    return type === 'application/wasm'
      ? WebAssembly.compileStreaming(response)
      : WebAssembly.compile(await response.arrayBuffer());
  })().catch((error) => {
    analysisModule = null;
    throw error;
  });
  return analysisModule;
}

/**
 * A module worker for the analysis. A worker must come from the page's own origin:
 * from another (reader.js on a CDN) the standalone worker's code is fetched, checked
 * against its hash, and started from a blob: URL (which the page's policy must allow:
 * worker-src blob:). Rejects when no worker can be had here.
 */
async function startWorker() {
  if (typeof Worker !== 'function') throw new Error('this browser has no Web Workers');
  if (WORKER_URL.origin === globalThis.location?.origin) return { worker: new Worker(WORKER_URL, { type: 'module' }) };
  if (!WORKER_STANDALONE) throw new Error('the worker script is on another origin');
  const response = await fetch(WORKER_URL, WORKER_INTEGRITY ? { integrity: WORKER_INTEGRITY } : undefined);
  if (!response.ok) throw new Error(`${WORKER_URL.pathname} answered HTTP ${response.status}`);
  const url = URL.createObjectURL(new Blob([await response.text()], { type: 'text/javascript' }));
  return { worker: new Worker(url, { type: 'module' }), url };
}

/**
 * Analyses `text` in a worker, calling `on.start(total)`, `on.chunk(json)`,
 * `on.progress(analysed)` and `on.done()`; resolves when done. Rejects with `started`
 * false when the worker could not start (nothing was sent), so the caller can analyse
 * here instead. `signal` ends the worker.
 */
async function analyseInWorker(text, on, signal) {
  let started = false;
  const fail = (error) => Object.assign(error instanceof Error ? error : new Error(String(error)), { started });
  let handle;
  try {
    handle = await startWorker();
  } catch (error) {
    throw fail(error);
  }
  const { worker, url } = handle;
  return new Promise((resolve, reject) => {
    let settled = false;
    const end = (error) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      if (url) URL.revokeObjectURL(url);
      if (error) reject(fail(error));
      else resolve();
    };
    signal.addEventListener('abort', () => end(), { once: true });
    // Set at once: a worker that cannot load (a 404, a policy) says so by an error event.
    worker.onerror = (e) => {
      e.preventDefault();
      end(new Error(e.message || 'the worker could not start'));
    };
    worker.onmessageerror = () => end(new Error('a message from the worker could not be read'));
    worker.onmessage = ({ data }) => {
      if (settled) return;
      if (data.type === 'start') {
        started = true;
        on.start(data.total);
      } else if (data.type === 'chunk') on.chunk(data.json);
      else if (data.type === 'progress') on.progress(data.analysed);
      else if (data.type === 'done') {
        on.done();
        end();
      } else if (data.type === 'error') end(new Error(data.message));
    };
    compileAnalysis().then((module) => {
      if (!settled) worker.postMessage({ module, text });
    }, end);
  });
}

/**
 * Lets the browser run other tasks (input, rendering) before going on: a timer, so
 * that it comes after the reader's own deferred rendering (Yew's scheduler yields
 * through setTimeout too), never before it.
 */
function nextTask() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The same analysis on this thread (no worker), in steps of about FRAME_MS each,
 * yielding between them. Only the segmentation of the whole text (AnalysisStream's
 * constructor) is one task.
 */
async function analyseHere(text, on, signal) {
  const stream = new AnalysisStream(text);
  try {
    on.start(stream.total());
    let n = 20;
    while (!stream.done()) {
      await nextTask();
      if (signal.aborted) return;
      const t0 = performance.now();
      stream.step(n);
      for (let json = stream.next_chunk(CHUNK_SENTENCES); json !== undefined; json = stream.next_chunk(CHUNK_SENTENCES)) {
        on.chunk(json);
      }
      on.progress(stream.analysed());
      const ms = performance.now() - t0;
      n = Math.max(5, Math.min(2000, Math.round(n * Math.min(2, (2 * FRAME_MS) / Math.max(ms, 0.5)))));
    }
    on.done();
  } finally {
    stream.free();
  }
}

/**
 * Gives a sentence of an earlier chunk the entities the whole text links its source to
 * (a ChunkReport's `relinked`: a fuller name came later), as analyze() reports them.
 */
function relink(sentence, { entity, via }) {
  const source = sentence?.source;
  if (!source) return;
  source.entity = entity;
  via.forEach((e, i) => {
    if (source.via[i]) source.via[i].entity = e;
  });
}

/**
 * A long text's report, fed to the reader mounted for it (`mounted`, with
 * "stream": true) in steps of about FRAME_MS of main-thread work: each step parses a
 * few chunks, adds their sentences to the report (`report`, for the events) and to the
 * reader, and lets the reader render them. `onDone(report)` when all are shown,
 * `onError(error)` if the analysis failed.
 */
class Streamed {
  #mounted;
  #queue = [];
  #total = null;
  #analysed = 0;
  #ended = false;
  #running = false;
  #msPerSentence = 0.2;
  #controller = new AbortController();
  #onDone;
  #onError;
  report;

  constructor(mounted, text, { onDone, onError }) {
    this.#mounted = mounted;
    this.#onDone = onDone;
    this.#onError = onError;
    this.report = JSON.parse(analyze_json('')); // version, model and levels; no sentences yet
    this.#analyse(text);
  }

  cancel() {
    this.#controller.abort();
  }

  async #analyse(text) {
    const signal = this.#controller.signal;
    const on = {
      start: (total) => {
        this.#total = total;
        this.#kick();
      },
      chunk: (json) => {
        this.#queue.push(json);
        this.#kick();
      },
      progress: (analysed) => {
        this.#analysed = analysed;
        this.#kick();
      },
      done: () => {
        this.#ended = true;
        this.#kick();
      },
    };
    try {
      try {
        await analyseInWorker(text, on, signal);
      } catch (error) {
        if (error.started || signal.aborted) throw error;
        await analyseHere(text, on, signal);
      }
    } catch (error) {
      if (!signal.aborted) this.#fail(error);
    }
  }

  #fail(error) {
    this.cancel();
    this.#onError(error);
  }

  #kick() {
    if (this.#running || this.#controller.signal.aborted) return;
    this.#running = true;
    this.#run().catch((error) => this.#fail(error)).finally(() => {
      this.#running = false;
    });
  }

  // The last step: when it started and how many sentences it gave the reader.
  #step = null;

  async #run() {
    const signal = this.#controller.signal;
    while (!signal.aborted) {
      this.#measure();
      const t0 = performance.now();
      const shown = this.#feed(Math.max(1, Math.floor(FRAME_MS / this.#msPerSentence)));
      if (shown > 0) this.#step = { t0, shown };
      if (this.#total !== null) this.#mounted.feed_analysed(this.#analysed, this.#total);
      if (this.#ended && this.#queue.length === 0) {
        this.#mounted.feed_done();
        this.#onDone(this.report);
        return;
      }
      // The reader renders in a microtask queued by the feeding, before this one
      // goes on; if its scheduler yields (past 16 ms), through a timer, which then
      // comes before the next step's.
      await null;
      await nextTask();
      if (this.#queue.length === 0 && !this.#ended) return; // the next message kicks again
    }
  }

  /**
   * How long the last step's sentences took to show, from giving them to the reader
   * to its render's end: the next step gives about FRAME_MS worth.
   */
  #measure() {
    const step = this.#step;
    const end = step && this.#mounted.feed_rendered_at();
    if (!step || !(end > step.t0)) return;
    this.#step = null;
    const ms = (end - step.t0) / step.shown;
    this.#msPerSentence = Math.min(20, Math.max(0.01, 0.5 * this.#msPerSentence + 0.5 * ms));
  }

  /**
   * Gives the reader queued chunks, at least one, then more while they fit in `budget`
   * sentences (a chunk has at most CHUNK_SENTENCES); how many sentences it gave.
   */
  #feed(budget) {
    let shown = 0;
    while (this.#queue.length > 0 && (shown === 0 || shown + CHUNK_SENTENCES <= budget)) {
      const json = this.#queue.shift();
      const chunk = JSON.parse(json);
      for (const s of chunk.sentences) this.report.sentences.push(s);
      for (const r of chunk.relinked) relink(this.report.sentences[r.sentence], r);
      this.#mounted.feed_chunk(json);
      shown += chunk.sentences.length;
    }
    return shown;
  }
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
  // A long text's analysis while it is shown in steps (a Streamed).
  #stream = null;
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

  /**
   * Announce `text` as the shown one: hedgelight-analyzed, after the reader has painted.
   * `report` when it is made already (a long text's, in steps).
   */
  #analyzed(text, generation, report = null) {
    this.#shown = { text, report };
    const shown = this.#shown;
    setTimeout(() => {
      if (generation !== this.#generation || this.#shown !== shown) return;
      this.#emit('hedgelight-analyzed', this.#report());
    }, 0);
  }

  /** A long text: analysed off the main thread, and shown as its report comes. */
  #showInSteps(text, generation) {
    const streamed = new Streamed(this.#mounted, text, {
      onDone: (report) => {
        if (this.#stream !== streamed) return;
        this.#stream = null;
        this.#analyzed(text, generation, report);
      },
      onError: (error) => {
        if (this.#stream !== streamed) return;
        this.#stream = null;
        this.#status('error', `Hedgelight could not analyse this text: ${error?.message ?? error}`);
      },
    });
    this.#stream = streamed;
    // The sentences shown so far, for hedgelight-select meanwhile.
    this.#shown = { text, report: streamed.report };
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

  /**
   * Stops showing the widget. With `handOver`, returns the mounted reader instead of
   * unmounting it, for the next mount to take over its element (mount's `previous`).
   */
  #unmount(handOver = false) {
    this.#stream?.cancel();
    this.#stream = null;
    const mounted = this.#mounted;
    this.#mounted = null;
    if (handOver) return mounted;
    mounted?.unmount();
    return null;
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
    let stream = false; // a long text, analysed off the main thread and shown in steps
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
      stream = options.text != null && options.text.length >= STREAM_CHARS;
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
        // Its group's Compare view needs every text analysed at once: a long text in a
        // group is analysed as a short one is, not in steps.
        stream = false;
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
    // The widget appends its own element after the styles: the one it showed so far,
    // else one an earlier reader left (Yew never removes the event listeners it puts on
    // it, so the widget reuses them: issue 13), else a new one.
    const previous = this.#unmount(true);
    const root = this.shadowRoot;
    root.replaceChildren(...style(root, ['status', 'widget']));
    try {
      if (stream) {
        const { text, ...rest } = options;
        this.#mounted = mount_stream(root, JSON.stringify(rest), text, previous);
      } else {
        this.#mounted = mount(root, JSON.stringify(options), previous);
      }
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
    if (stream) {
      this.#showInSteps(options.text, generation);
      return;
    }
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
