// hedgelight for Node (the "node" condition): the WebAssembly is read from the
// hedgelight_bg.wasm next to this file, synchronously, on first use, so analyzeSync()
// needs no init().
import { readFileSync } from 'node:fs';
import { initSync as wasmInitSync } from './hedgelight.js';
import { report } from './report.js';

export { LEVELS } from './report.js';

const WASM = new URL('./hedgelight_bg.wasm', import.meta.url);
let ready = false;

/**
 * Loads the WebAssembly synchronously: from `module` if given (the .wasm's bytes, a
 * WebAssembly.Module, or a file path or file: URL), else from the file next to this one.
 */
export function initSync(module) {
  if (ready) return;
  const file = typeof module === 'string' || module instanceof URL ? module : module === undefined ? WASM : null;
  wasmInitSync({ module: file === null ? module : readFileSync(file) });
  ready = true;
}

/** Loads the WebAssembly; in Node this is initSync() behind a Promise. */
export async function init(module) {
  initSync(module);
}

/** The analysis of `text` (a Promise). */
export async function analyze(text, options) {
  initSync();
  return report(text, options);
}

/** The analysis of `text`, synchronously (loads the WebAssembly on first use). */
export function analyzeSync(text, options) {
  initSync();
  return report(text, options);
}
