// The <hedge-reader> element's Web Worker: analyses one long text off the page's
// main thread with the analysis-only WebAssembly (hedgelight-core without the UI: the
// npm package's hedgelight_bg.wasm), and posts its report a chunk at a time, the first
// sentences as soon as they are settled (hedgelight_core::steps::Stream).
//
// hedge-reader.js starts it as a module worker next to itself, and posts it once:
//   { module: WebAssembly.Module, text }   the module compiled by the page, and the text
// It answers with, in order:
//   { type: 'start', total }               the text's sentences
//   { type: 'chunk', json }                the next sentences, a ChunkReport's JSON
//   { type: 'progress', analysed }         how many sentences are analysed
//   { type: 'done' }                       every chunk was sent
//   { type: 'error', message }             the analysis failed
// It fetches nothing, so it needs no more than the page's Content-Security-Policy
// allows it; the element ends it (terminate) when the text changes.
//
// scripts/pack makes the npm package's worker.js from this file, with the glue inlined.
import init, { AnalysisStream } from './pkg/hedgelight.js';

// Sentences analysed between two progress messages, and at most in one chunk.
const STEP = 200;
const CHUNK = 32;

self.onmessage = async ({ data }) => {
  try {
    await init({ module_or_path: data.module });
    const stream = new AnalysisStream(data.text, true);
    self.postMessage({ type: 'start', total: stream.total() });
    while (!stream.done()) {
      stream.step(STEP);
      for (let json = stream.next_chunk(CHUNK); json !== undefined; json = stream.next_chunk(CHUNK)) {
        self.postMessage({ type: 'chunk', json });
      }
      self.postMessage({ type: 'progress', analysed: stream.analysed() });
    }
    stream.free();
    self.postMessage({ type: 'done' });
  } catch (error) {
    self.postMessage({ type: 'error', message: String(error?.message ?? error) });
  }
};
