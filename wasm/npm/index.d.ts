// Types of the `hedgelight` package: the report of `hedgelight analyze`, with offsets in
// UTF-16 code units (JavaScript's string indices) unless `{ offsets: 'codepoints' }`.

/** Confidence level: 1 disputed, 2 unverified, 3 hedged, 4 attributed, 5 asserted. */
export type Level = 1 | 2 | 3 | 4 | 5;

/** Level names, in `Report.levels` and `LEVELS` (index = level − 1). */
export type LevelName = 'disputed' | 'unverified' | 'hedged' | 'attributed' | 'asserted';

/** What a cue says. The first four are semantic uncertainty (they set `uncertain`). */
export type Category =
  | 'speculation'
  | 'belief'
  | 'condition'
  | 'investigation'
  | 'attribution'
  | 'anonymous'
  | 'unverified'
  | 'dispute'
  | 'booster';

/** What a segment of the text is; only claims have a level and a score. */
export type Kind = 'claim' | 'heading' | 'dateline' | 'signpost' | 'metadata';

/** A word or phrase that carries doubt (or certainty): `text === input.slice(start, end)`. */
export interface Cue {
  start: number;
  end: number;
  text: string;
  category: Category;
}

/** Who a claim is attributed to. Its offsets may point into an earlier sentence (a quotation's speaker). */
export interface Source {
  text: string;
  start: number;
  end: number;
  /** A person or identifiable body; false for "two officials", "sources". */
  named: boolean;
  /** Who this is across the text: the fullest mention of the same speaker ("Seoul's defence minister Kim Yong-hyun" for a later "Kim"); mentions with equal `entity` are one source. */
  entity: string;
  /** Whom this source cites ("citing sources in military intelligence"), each with an empty `via`. */
  via: Source[];
}

/** One sentence (or heading, dateline, …): `text === input.slice(start, end)`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** `null` when `kind` is not `'claim'`. */
  level: Level | null;
  /** In [0, 1], inside the level's band; `null` when `kind` is not `'claim'`. */
  score: number | null;
  kind: Kind;
  /** Some cue is speculation, belief, condition or investigation. */
  uncertain: boolean;
  cues: Cue[];
  /** Why the sentence has its level, in one sentence. */
  explanation: string;
  /** `null` when the sentence reports no source. */
  source: Source | null;
}

/** The report of a text: the JSON that `hedgelight analyze` prints. */
export interface Report {
  /** The version of hedgelight-core that made the report, e.g. `'0.1.0'`. */
  version: string;
  /** Which tagger weights it was made with: 16 hex digits, the 64-bit FNV-1a hash of `core/data/model.bin`. */
  model: string;
  sentences: Sentence[];
  levels: ['disputed', 'unverified', 'hedged', 'attributed', 'asserted'];
}

export interface AnalyzeOptions {
  /**
   * What `start` and `end` count: `'utf16'` (the default) UTF-16 code units, so that
   * `text.slice(start, end)` is the sentence or cue; `'codepoints'` Unicode code
   * points, exactly as the command-line program and Python count.
   */
  offsets?: 'utf16' | 'codepoints';
}

/**
 * Where the WebAssembly comes from: its URL (a string or a `URL`), a fetch `Response`
 * (or a Promise of one), its bytes, or a compiled `WebAssembly.Module`. (Written with
 * ES types only, so that it needs neither the DOM lib nor `@types/node`.)
 */
export type InitInput = string | ArrayBuffer | ArrayBufferView | object;

/** Level names, lowest first. */
export declare const LEVELS: readonly LevelName[];

/**
 * Loads the WebAssembly, once (later calls return at once). Browsers fetch the
 * `hedgelight_bg.wasm` next to the module unless `input` says otherwise; Node reads it
 * from disk. `analyze()` calls it itself.
 */
export declare function init(input?: InitInput): Promise<void>;

/**
 * Loads the WebAssembly synchronously. In a browser, `module` (the bytes or a
 * `WebAssembly.Module`) is required; in Node it defaults to the file in the package.
 */
export declare function initSync(module?: InitInput): void;

/** Analyses `text`, loading the WebAssembly first if needed. */
export declare function analyze(text: string, options?: AnalyzeOptions): Promise<Report>;

/**
 * Analyses `text` synchronously. In a browser, after `await init()` (it throws before);
 * in Node it loads the WebAssembly itself on first use.
 */
export declare function analyzeSync(text: string, options?: AnalyzeOptions): Report;
