// Types of `hedgelight/reader`: the <hedge-reader> element, its events, analyze(), and
// the element's tag in HTMLElementTagNameMap and in React's JSX.IntrinsicElements.
// The element, attributes, events, parts and custom properties are also described in
// custom-elements.json (the custom elements manifest).
import type { AnalyzeOptions, Report, Sentence } from './index.js';

export type {
  AnalyzeOptions, Category, Cue, Kind, Level, LevelName, Report, Sentence, Source,
} from './index.js';

/** `theme` attribute: `auto` (the default) follows `prefers-color-scheme`. */
export type HedgeReaderTheme = 'light' | 'dark' | 'auto';

/** The detail of `hedgelight-select`: the report's sentence, with its index in the report. */
export interface HedgeReaderSelectDetail extends Sentence {
  index: number;
}

/** The element's events. They bubble and cross the shadow boundary (composed). */
export interface HedgeReaderEventMap {
  /** Once per element, when it first shows the widget (the WebAssembly module loaded). */
  'hedgelight-ready': CustomEvent<null>;
  /** Each time the reader shows a text; the detail is the report, as `analyze()` gives it. */
  'hedgelight-analyzed': CustomEvent<Report>;
  /** A sentence is focused or tapped. */
  'hedgelight-select': CustomEvent<HedgeReaderSelectDetail>;
}

/**
 * `<hedge-reader>`: a news text with each sentence shaded by how confident it is, and the
 * words that carry the doubt marked. Importing `hedgelight/reader` defines it (where
 * `customElements` exists). Readers that share a `group` attribute compare their texts.
 */
export declare class HedgeReader extends HTMLElement {
  static readonly observedAttributes: string[];
  /**
   * The text to analyse. Reads as the property if set, else the `text` attribute, else the
   * element's own text. Setting a string shows it (it wins over every attribute); `null`
   * falls back to the attributes and the content.
   */
  get text(): string;
  set text(value: string | null | undefined);
  /**
   * Several texts shown together, with a Compare view of the claims they share. Wins over
   * `text` and the attributes; `null` falls back. Each item's `date` is written YYYY-MM-DD.
   */
  get texts(): HedgeReaderText[] | null;
  set texts(value: HedgeReaderText[] | null | undefined);
  addEventListener<K extends keyof HedgeReaderEventMap>(type: K, listener: (this: HedgeReader, event: HedgeReaderEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: HedgeReader, event: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof HedgeReaderEventMap>(type: K, listener: (this: HedgeReader, event: HedgeReaderEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: HedgeReader, event: HTMLElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/**
 * The analysis of `text`, with the element's WebAssembly (loaded once per page; in Node,
 * read from the package): the JSON of `hedgelight analyze`, offsets in UTF-16 code units
 * unless `{ offsets: 'codepoints' }`.
 */
export declare function analyze(text: string, options?: AnalyzeOptions): Promise<Report>;

/** One of several texts given to the reader or to `compare()`. */
export interface HedgeReaderText {
  title?: string;
  /** YYYY-MM-DD. */
  date?: string;
  text: string;
}

/**
 * The claims several texts share, grouped as `hedgelight compare` groups files (the JSON
 * of `hedgelight compare`; each sentence gives its text's position in `texts`), offsets
 * in UTF-16 code units unless `{ offsets: 'codepoints' }`.
 */
export declare function compare(texts: HedgeReaderText[], options?: AnalyzeOptions): Promise<unknown>;

/** Default of the `max-chars` attribute. */
export declare const MAX_CHARS: number;
/** Default of the `timeout` attribute, in seconds. */
export declare const TIMEOUT_SECONDS: number;
/**
 * Texts at least this long (UTF-16 code units) are analysed in a Web Worker (`worker.js`,
 * next to `reader.js`) and shown in steps, with a progress bar; not a reader's in a
 * `group`, whose Compare view needs every text at once.
 */
export declare const STREAM_CHARS: number;

/** The attributes of `<hedge-reader>`, as a framework's JSX passes them. */
export interface HedgeReaderAttributes {
  /** The text to analyse (React sets the property once the element is defined). */
  text?: string | null;
  /** A URL of plain text to fetch and analyse (same origin, or CORS). */
  src?: string;
  /** One corpus article; the npm package's element has no corpus. */
  article?: string;
  theme?: HedgeReaderTheme;
  /** A title shown above the text (and its name among its group's texts). */
  heading?: string;
  /** The text's date, YYYY-MM-DD: shown under the title, and its place in its group. */
  date?: string;
  /**
   * Readers of a page that share a `group` are one set of texts to compare: each shows its
   * own text, with a Compare view of the claims the group's texts share.
   */
  group?: string;
  /** The longest text shown, in UTF-16 code units (default 2,000,000). */
  'max-chars'?: number | string;
  /** Seconds `src` may take (default 30). */
  timeout?: number | string;
}

declare global {
  interface HTMLElementTagNameMap {
    'hedge-reader': HedgeReader;
  }
  // The events bubble out of the shadow root: typed on any element, the document and window.
  interface GlobalEventHandlersEventMap extends HedgeReaderEventMap {}
}

/** React 19 props of `<hedge-reader>`: `on<event name>` props listen to that event. */
export interface HedgeReaderReactEvents {
  'onhedgelight-ready'?: (event: HedgeReaderEventMap['hedgelight-ready']) => void;
  'onhedgelight-analyzed'?: (event: HedgeReaderEventMap['hedgelight-analyzed']) => void;
  'onhedgelight-select'?: (event: HedgeReaderEventMap['hedgelight-select']) => void;
}

// React 19 sets a custom element's props as properties (as attributes before the element
// is defined) and adds `on<event name>` props as listeners of that event.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      // DetailedHTMLProps and HTMLAttributes are React's own, unresolved where @types/react
      // is not installed (and nothing uses this declaration there): an error in projects
      // that type-check libraries (skipLibCheck: false) without the next line.
      // @ts-ignore
      'hedge-reader': DetailedHTMLProps<HTMLAttributes<HedgeReader>, HedgeReader> & HedgeReaderAttributes & HedgeReaderReactEvents;
    }
  }
}
