// hedgelight for browsers and bundlers (the "browser" and "default" conditions).
// The WebAssembly is fetched from next to this file (new URL(…, import.meta.url), which
// Vite, webpack and esbuild-based tools follow), once, on the first analyze() or init().
import wasmInit, { initSync as wasmInitSync } from './hedgelight.js';
import { report } from './report.js';

export { LEVELS } from './report.js';

let ready = false;
let loading = null;

/**
 * Loads the WebAssembly (once). `input`: the .wasm's URL, a Response, its bytes or a
 * compiled WebAssembly.Module; by default the hedgelight_bg.wasm next to this module.
 */
export function init(input) {
  if (ready) return Promise.resolve();
  loading ??= wasmInit(input === undefined ? undefined : { module_or_path: input }).then(
    () => {
      ready = true;
    },
    (error) => {
      loading = null; // the next call tries again
      throw error;
    },
  );
  return loading;
}

/** Loads the WebAssembly synchronously from its bytes or a WebAssembly.Module. */
export function initSync(module) {
  if (ready) return;
  if (module === undefined) {
    throw new TypeError('hedgelight: initSync(module) needs the .wasm bytes or a WebAssembly.Module in a browser; or await init()');
  }
  wasmInitSync({ module });
  ready = true;
}

/** The analysis of `text` (a Promise); loads the WebAssembly first if needed. */
export async function analyze(text, options) {
  await init();
  return report(text, options);
}

/** The analysis of `text`, synchronously: after `await init()` or `initSync(bytes)`. */
export function analyzeSync(text, options) {
  if (!ready) {
    throw new Error('hedgelight: the WebAssembly is not loaded yet: `await init()` (or initSync(bytes)) before analyzeSync()');
  }
  return report(text, options);
}
