// The npm package's reader.js, for scripts/pack:
//   node scripts/pack-reader.mjs ELEMENT GLUE WASM OUT
// ELEMENT is static/hedge-reader.js, GLUE wasm-bindgen's pkg/hedgelight_web.js of the
// build without the corpus, WASM its optimized .wasm (shipped as pkg/hedgelight_web_bg.wasm).
// OUT gets the element with the glue inlined and the .wasm's integrity hash filled in,
// and the script prints that hash.
//
// One file instead of the element importing ./pkg/hedgelight_web.js: a page's integrity
// attribute covers only the file it is on (a module's static imports are fetched
// unchecked), so with the glue inside and the .wasm fetched with its own integrity,
// the one hash a host pastes pins everything that runs. It also saves a round trip
// before the .wasm request. Every textual change is checked to happen exactly once, so
// that a new wasm-bindgen or a reworked element fails here rather than in a browser.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const [elementFile, glueFile, wasmFile, outFile] = process.argv.slice(2);
if (!outFile) {
  console.error('usage: node scripts/pack-reader.mjs ELEMENT GLUE WASM OUT');
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

const integrity = `sha384-${createHash('sha384').update(readFileSync(wasmFile)).digest('base64')}`;
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
  for (const item of list.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [local, as = local] = item.split(/\s+as\s+/);
    exported.set(as, local);
  }
  return '';
}, 'the export list of the glue');
if (/^export\s/m.test(glue)) die(`${glueFile} has an export this script does not understand`);
// Never used (the element always passes the .wasm it fetched), but a bundler resolves it
// relative to reader.js and would warn that no such file exists.
glue = once(glue, /new URL\('hedgelight_web_bg\.wasm', import\.meta\.url\)/,
  () => "new URL('./pkg/hedgelight_web_bg.wasm', import.meta.url)", "the glue's default .wasm URL");

let element = readFileSync(elementFile, 'utf8');
element = once(element, /^import ([\w$]+), \{([^}]*)\} from '\.\/pkg\/hedgelight_web\.js';$/m, ([, init, names]) => {
  const wanted = [['default', init], ...names.split(',').map((s) => s.trim()).filter(Boolean).map((n) => [n, n])];
  for (const [name] of wanted) if (!exported.has(name)) die(`the element imports ${name}, which the glue does not export`);
  const pattern = wanted.map(([name, local]) => (name === local ? name : `${name}: ${local}`)).join(', ');
  const values = wanted.map(([name]) => `${JSON.stringify(name)}: ${exported.get(name)}`).join(', ');
  // In a function of its own, so that the glue's names cannot clash with the element's.
  return `// wasm-bindgen's glue (pkg/hedgelight_web.js), inlined by scripts/pack.\n`
    + `const { ${pattern} } = (() => {\n${glue.trim()}\n\nreturn { ${values} };\n})();`;
}, "the element's import of ./pkg/hedgelight_web.js");
element = once(element, /^const WASM_INTEGRITY = null;$/m, () => `const WASM_INTEGRITY = '${integrity}';`, 'const WASM_INTEGRITY = null;');

writeFileSync(outFile, `// hedgelight/reader: the <hedge-reader> element (static/hedge-reader.js in the Hedgelight\n// repository), made by scripts/pack.\n${element}`);
console.log(integrity);
