// <hedge-reader>: the Hedgelight reader as a custom element.
//
//   <script type="module" src="hedge-reader.js"></script>
//   <hedge-reader></hedge-reader>                      the corpus reader
//   <hedge-reader article="002"></hedge-reader>        one corpus article
//   <hedge-reader>Your article text…</hedge-reader>    the host page's own text
//   <hedge-reader src="story.txt"></hedge-reader>      plain text fetched from a URL
//
// The WebAssembly module is loaded once per page, from next to this file; the
// widget itself makes no other network request. Rendering happens inside an
// open shadow root, so host styles and widget styles do not mix.

import init, { mount, analyze_json } from './pkg/hedgelight_web.js';

let ready = null;
function load() {
  ready ??= init({ module_or_path: new URL('./pkg/hedgelight_web_bg.wasm', import.meta.url) });
  return ready;
}

/** The analysis of `text`, as `hedgelight analyze` prints it (a Promise). */
export async function analyze(text) {
  await load();
  return JSON.parse(analyze_json(String(text ?? '')));
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
  #generation = 0;
  #observer = null;

  constructor() {
    super();
    // Until the widget starts (or if WebAssembly fails), the slot shows the
    // element's own text, so the host's article stays readable.
    this.attachShadow({ mode: 'open' }).innerHTML = '<slot></slot>';
  }

  /** The text being analysed; setting it re-renders the widget. */
  get text() {
    return this.#text ?? this.textContent;
  }
  set text(value) {
    this.#text = value == null ? null : String(value);
    this.#render();
  }

  connectedCallback() {
    this.#observer ??= new MutationObserver(() => this.#text == null && this.#render());
    this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    this.#render();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#unmount();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#render();
  }

  #unmount() {
    this.#mounted?.unmount();
    this.#mounted = null;
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

  async #render() {
    const generation = ++this.#generation;
    const options = { theme: this.getAttribute('theme') || 'auto' };
    const heading = this.getAttribute('heading');
    if (heading) options.title = heading;
    const src = this.getAttribute('src');
    try {
      if (src) {
        this.#status('loading', 'Loading the article…');
        const response = await fetch(src);
        if (!response.ok) throw new Error(`could not load ${src} (HTTP ${response.status})`);
        options.text = await response.text();
      } else if (this.#text != null) {
        options.text = this.#text;
      } else if (this.textContent.trim()) {
        options.text = this.textContent;
      } else if (this.hasAttribute('article')) {
        options.article = this.getAttribute('article');
      }
      await load();
    } catch (error) {
      if (generation === this.#generation) {
        this.#status('error', `Hedgelight could not show this text: ${error.message ?? error}`);
      }
      return;
    }
    if (generation !== this.#generation) return; // a newer render started meanwhile
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
