// The npm package's reader.js and worker.js, for scripts/pack:
//   node scripts/pack-reader.mjs ELEMENT GLUE WASM OUT WORKER ANALYSIS_GLUE ANALYSIS_WASM WORKER_OUT
// ELEMENT is static/hedge-reader.js, GLUE wasm-bindgen's pkg/hedgelight_web.js of the
// build without the corpus, WASM its optimized .wasm (shipped as pkg/hedgelight_web_bg.wasm).
// WORKER is static/hedge-worker.js, ANALYSIS_GLUE the package's hedgelight.js (the analysis
// alone, wasm/), ANALYSIS_WASM its hedgelight_bg.wasm.
// WORKER_OUT gets the worker with the analysis glue inlined (worker.js: it imports nothing,
// so it also runs from a blob: URL when reader.js comes from a CDN). OUT gets the element
// with the widget's glue inlined, the .wasm's integrity hash filled in, and the worker's
// and the analysis .wasm's place (next to reader.js) and hashes; the script prints the
// .wasm's hash.
//
// One file instead of the element importing ./pkg/hedgelight_web.js: a page's integrity
// attribute covers only the file it is on (a module's static imports are fetched
// unchecked), so with the glue inside and the .wasm fetched with its own integrity,
// the one hash a host pastes pins everything that runs. It also saves a round trip
// before the .wasm request. Every textual change is checked to happen exactly once, so
// that a new wasm-bindgen or a reworked element fails here rather than in a browser.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const [elementFile, glueFile, wasmFile, outFile, workerFile, analysisGlueFile, analysisWasmFile, workerOutFile] = process.argv.slice(2);
if (!workerOutFile) {
  console.error('usage: node scripts/pack-reader.mjs ELEMENT GLUE WASM OUT WORKER ANALYSIS_GLUE ANALYSIS_WASM WORKER_OUT');
  process.exit(2);
}
const die = (message) => {
  console.error(`error: pack-reader: ${message}`);
  process.exit(1);
};

/** `text` with the one match of `pattern` replaced by `replace(match)`. */
function once(text, pattern, replace, what) {
  const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  const found = [...text.matchAll(global)];
  if (found.length !== 1) die(`${what}: expected once, found ${found.length} times`);
  return text.replace(pattern, (...m) => replace(m));
}

const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * `source` with its one `import DEFAULT, { NAMES } from 'SPECIFIER';` replaced by the
 * wasm-bindgen glue in `glueFile`, inlined in a function of its own (so that the glue's
 * names cannot clash with the source's). `wasmName` is the glue's default .wasm file,
 * whose URL is rewritten to `wasmUrl` (never used: the caller always passes the module,
 * but a bundler resolves it and would warn that no such file exists).
 */
function inlineGlue(source, specifier, glueFile, wasmName, wasmUrl) {
  let glue = readFileSync(glueFile, 'utf8');
  if (/^import\s/m.test(glue)) die(`${glueFile} imports other modules (wasm-bindgen snippets?); they would have to be inlined too`);
  // The glue's exports, as wasm-bindgen writes them: `export class|function NAME` and a
  // last `export { initSync, __wbg_init as default };`.
  const exported = new Map();
  glue = glue.replace(/^export ((?:async )?(?:class|function) ([\w$]+))/gm, (_, decl, name) => {
    exported.set(name, name);
    return decl;
  });
  glue = once(glue, /^export \{([^}]*)\};?\s*$/m, ([, list]) => {
    for (const item of list.split(',').map((x) => x.trim()).filter(Boolean)) {
      const [local, as = local] = item.split(/\s+as\s+/);
      exported.set(as, local);
    }
    return '';
  }, `the export list of ${glueFile}`);
  if (/^export\s/m.test(glue)) die(`${glueFile} has an export this script does not understand`);
  const escape = (x) => x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const wasmPattern = new RegExp(`new URL\\('${escape(wasmName)}', import\\.meta\\.url\\)`);
  glue = once(glue, wasmPattern, () => `new URL('${wasmUrl}', import.meta.url)`, `the default .wasm URL of ${glueFile}`);
  const importPattern = new RegExp(`^import ([\\w$]+), \\{([^}]*)\\} from '${escape(specifier)}';$`, 'm');
  return once(source, importPattern, ([, init, names]) => {
    const wanted = [['default', init], ...names.split(',').map((x) => x.trim()).filter(Boolean).map((n) => [n, n])];
    for (const [name] of wanted) if (!exported.has(name)) die(`${specifier} is imported for ${name}, which ${glueFile} does not export`);
    const pattern = wanted.map(([name, local]) => (name === local ? name : `${name}: ${local}`)).join(', ');
    const values = wanted.map(([name]) => `${JSON.stringify(name)}: ${exported.get(name)}`).join(', ');
    return `// wasm-bindgen's glue (${specifier}), inlined by scripts/pack.\n`
      + `const { ${pattern} } = (() => {\n${glue.trim()}\n\nreturn { ${values} };\n})();`;
  }, `the import of ${specifier}`);
}

// The worker: standalone, with the analysis glue inside.
let worker = readFileSync(workerFile, 'utf8');
worker = inlineGlue(worker, './pkg/hedgelight.js', analysisGlueFile, 'hedgelight_bg.wasm', './hedgelight_bg.wasm');
worker = `// hedgelight/worker.js: the <hedge-reader> element's Web Worker (static/hedge-worker.js in the\n// Hedgelight repository), made by scripts/pack.\n${worker}`;
writeFileSync(workerOutFile, worker);

const integrity = sha384(readFileSync(wasmFile));
let element = readFileSync(elementFile, 'utf8');
element = inlineGlue(element, './pkg/hedgelight_web.js', glueFile, 'hedgelight_web_bg.wasm', './pkg/hedgelight_web_bg.wasm');
// The worker and the analysis WebAssembly sit next to reader.js, at the package's root.
element = once(element, /new URL\('\.\/hedge-worker\.js', import\.meta\.url\)/, () => "new URL('./worker.js', import.meta.url)", 'the worker URL');
element = once(element, /new URL\('\.\/pkg\/hedgelight_bg\.wasm', import\.meta\.url\)/, () => "new URL('./hedgelight_bg.wasm', import.meta.url)", 'the analysis .wasm URL');
element = once(element, /^const WORKER_STANDALONE = false;$/m, () => 'const WORKER_STANDALONE = true;', 'const WORKER_STANDALONE = false;');
element = once(element, /^const WORKER_INTEGRITY = null;$/m, () => `const WORKER_INTEGRITY = '${sha384(worker)}';`, 'const WORKER_INTEGRITY = null;');
element = once(element, /^const ANALYSIS_INTEGRITY = null;$/m, () => `const ANALYSIS_INTEGRITY = '${sha384(readFileSync(analysisWasmFile))}';`, 'const ANALYSIS_INTEGRITY = null;');
element = once(element, /^const WASM_INTEGRITY = null;$/m, () => `const WASM_INTEGRITY = '${integrity}';`, 'const WASM_INTEGRITY = null;');

writeFileSync(outFile, `// hedgelight/reader: the <hedge-reader> element (static/hedge-reader.js in the Hedgelight\n// repository), made by scripts/pack.\n${element}`);
console.log(integrity);
