// <hedge-reader>: the Hedgelight reader as a custom element.
//
//   <script type="module" src="hedge-reader.js"></script>
//   <hedge-reader></hedge-reader>                      the corpus reader
//   <hedge-reader article="002"></hedge-reader>        one corpus article
//   <hedge-reader>Your article text…</hedge-reader>    the host page's own text
//   <hedge-reader src="story.txt"></hedge-reader>      plain text fetched from a URL
//   reader.text = 'Text set from script';              the `text` property
//
// What is shown, when several are given (the first that applies wins):
//   1. the `text` property, once set to a string (set it to null to fall back);
//   2. the `src` attribute (a non-empty URL);
//   3. the element's own text content (when it is not only whitespace);
//   4. the `article` attribute;
//   5. the corpus reader with its article switcher.
// The order is fixed, whatever was set last: setting `text` from script is the most
// explicit request, so it wins even over `src`.
//
// The WebAssembly module is loaded once per page, from next to this file; the
// widget itself makes no other network request than `src`. Rendering happens inside
// an open shadow root, so host styles and widget styles do not mix.

import init, { mount, analyze_json } from './pkg/hedgelight_web.js';

let ready = null;
// Readers showing a failed load: when a later load succeeds (another reader's
// render retried it), they render again instead of keeping their error.
const failedLoad = new Set();
function load() {
  // Shared by every reader on the page. A failed load is forgotten, so that the
  // next render (e.g. after an attribute change) can try again.
  ready ??= init({ module_or_path: new URL('./pkg/hedgelight_web_bg.wasm', import.meta.url) })
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

/** The analysis of `text`, as `hedgelight analyze` prints it (a Promise). */
export async function analyze(text) {
  await load();
  return JSON.parse(analyze_json(String(text ?? '')));
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
  .hl-status[data-kind="loading"] { color: #55565e; }
  @media (prefers-color-scheme: dark) {
    .hl-status[data-kind="error"] { color: #ffd0d6; background: #3a1419; border-color: #6e2630; }
    .hl-status[data-kind="loading"] { color: #b4b7c3; }
  }`;

export class HedgeReader extends HTMLElement {
  static observedAttributes = ['article', 'src', 'theme', 'heading'];

  #mounted = null;
  #text = null;
  // Bumped by every change and by removal: a render only mounts if no newer change
  // came while it awaited the fetch or the WebAssembly module.
  #generation = 0;
  #observer = null;
  // The text of `src`: { url, controller, text: Promise<string>, done }. Kept so that
  // changing `theme` or `heading` does not fetch again; dropped when `src` changes.
  #source = null;
  // One function per element, so that the set of readers awaiting a retry holds each once.
  #retry = () => {
    if (this.isConnected) this.#schedule();
  };

  constructor() {
    super();
    // Until the widget starts (or if WebAssembly fails), the slot shows the
    // element's own text, so the host's article stays readable.
    this.attachShadow({ mode: 'open' }).innerHTML = '<slot></slot>';
  }

  /** The text being analysed: the one set from script, else the element's own text. */
  get text() {
    return this.#text ?? inlineText(this);
  }
  set text(value) {
    this.#text = value == null ? null : String(value);
    if (this.isConnected) this.#schedule(); // connectedCallback renders otherwise
  }

  connectedCallback() {
    // The text content only matters when neither the `text` property nor `src` is set.
    this.#observer ??= new MutationObserver(() => {
      if (this.#text == null && !this.getAttribute('src')) this.#schedule();
    });
    this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    this.#schedule();
  }

  disconnectedCallback() {
    this.#generation++; // a pending render must not mount into a removed element
    failedLoad.delete(this.#retry);
    this.#observer?.disconnect();
    this.#unmount();
    // Abort a pending fetch, unless the element was only moved (connected again
    // before this microtask runs).
    queueMicrotask(() => {
      if (!this.isConnected && this.#source && !this.#source.done) this.#dropSource();
    });
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue !== newValue) this.#schedule();
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

  /** The text at `src`, fetched once per URL (a failed fetch is not kept). */
  #fetchSource(src) {
    const url = new URL(src, document.baseURI).href;
    if (this.#source?.url === url) return this.#source;
    this.#dropSource();
    const controller = new AbortController();
    const source = { url, controller, done: false };
    source.text = fetch(url, { signal: controller.signal }).then(async (response) => {
      if (!response.ok) throw new Error(`could not load ${src} (HTTP ${response.status})`);
      const text = await response.text();
      source.done = true;
      return text;
    });
    source.text.catch(() => {
      if (this.#source === source) this.#source = null;
    });
    this.#source = source;
    return source;
  }

  #status(kind, message) {
    this.#unmount();
    const root = this.shadowRoot;
    root.replaceChildren();
    const style = document.createElement('style');
    style.textContent = STATUS_STYLE;
    const p = document.createElement('p');
    p.className = 'hl-status';
    p.dataset.kind = kind;
    p.setAttribute('part', 'status');
    p.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    p.textContent = message;
    root.append(style, p);
    if (kind === 'error') {
      // Keep the element's own text readable under the error.
      root.append(document.createElement('slot'));
    }
  }

  async #render(generation) {
    const options = { theme: this.getAttribute('theme') || 'auto' };
    const heading = this.getAttribute('heading');
    if (heading) options.title = heading;
    const src = this.#text == null ? this.getAttribute('src') : null;
    if (!src) this.#dropSource(); // nothing needs that text (or its pending fetch) now
    let loading = false; // the text is there and the WebAssembly module is what failed
    try {
      if (this.#text != null) {
        options.text = this.#text;
      } else if (src) {
        const source = this.#fetchSource(src);
        if (!source.done) this.#status('loading', 'Loading the article…');
        options.text = await source.text;
      } else {
        const inline = inlineText(this);
        if (inline) options.text = inline;
        else if (this.hasAttribute('article')) options.article = this.getAttribute('article');
      }
      loading = true;
      await load();
    } catch (error) {
      if (generation === this.#generation) {
        this.#status('error', `Hedgelight could not show this text: ${error.message ?? error}`);
        if (loading) failedLoad.add(this.#retry);
      }
      return;
    }
    // A newer change, or removal, happened meanwhile: that one decides what to show.
    if (generation !== this.#generation || !this.isConnected) return;
    this.#unmount();
    const container = document.createElement('div');
    this.shadowRoot.replaceChildren(container);
    try {
      this.#mounted = mount(container, JSON.stringify(options));
    } catch (error) {
      this.#status('error', `Hedgelight could not start: ${error.message ?? error}`);
    }
  }
}

if (!customElements.get('hedge-reader')) {
  customElements.define('hedge-reader', HedgeReader);
}
