// Shared by index.js (browsers, bundlers) and node.js (Node): the report from the
// WebAssembly's JSON. hedgelight.js is wasm-bindgen's output (--target web).
import { analyze_json } from './hedgelight.js';

/** Level names, lowest (least confident, level 1) first. */
export const LEVELS = Object.freeze(['disputed', 'unverified', 'hedged', 'attributed', 'asserted']);

/** The report of `text`; offsets in UTF-16 code units unless `offsets: 'codepoints'`. */
export function report(text, options = {}) {
  const offsets = options?.offsets ?? 'utf16';
  if (offsets !== 'utf16' && offsets !== 'codepoints') {
    throw new TypeError(`hedgelight: offsets must be 'utf16' or 'codepoints', not ${JSON.stringify(offsets)}`);
  }
  return JSON.parse(analyze_json(String(text ?? ''), offsets === 'utf16'));
}
