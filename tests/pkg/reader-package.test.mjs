// The <hedge-reader> element as npm users get it: `hedgelight/reader` from the tarball that
// scripts/pack made, installed into a fresh Vite project (vite, react and react-dom from
// the npm registry, or npm's cache when it is warm) and rendered in Chromium: a plain page
// and a React 19 page, bundled by `vite build` and served by Vite's dev server; its types
// with React's JSX; its custom-elements.json against the code; and the shipped files
// themselves (one self-contained reader.js pinned to its .wasm, no demo corpus inside).
// Run: scripts/pack && node --test tests/pkg/   (scripts/test's `pack` stage)
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, corpusText, launch, reader, until, watchErrors } from '../e2e/helpers.mjs';
import { startServer } from '../e2e/serve.mjs';
import {
  cdnLines, freePort, freshProject, run, sri, tarball,
} from './helpers.mjs';

// Exact versions, so that a run is repeatable and npm's cache serves it offline once warm.
const VITE = 'vite@8.4.1';
const REACT = ['react@19.3.1', 'react-dom@19.3.1', '@types/react@19.3.3'];

// A heading, then each level and each cue category, a named and an unnamed source.
const TEXT = 'North Korean troops in Russia\n\n'
  + 'Defence minister Kim Yong-hyun said on Tuesday that the troops had crossed the border. '
  + 'Two officials, who requested anonymity, said the convoy may have left. '
  + 'Analysts believe the units could be deployed if talks fail. '
  + 'Investigators are examining whether the footage is authentic. '
  + 'The report could not be verified. Moscow denied it. '
  + 'The ministry confirmed the figures. There is no doubt six officers were killed.';
const REACT_TEXTS = ['Moscow denied it. Troops may come.', 'Officials said it was "highly likely". It rained.'];

const BIN = join(ROOT, 'node_modules', '.bin');
let project;
let pkgDir;
let manifest;
let element; // reader.js imported in Node, from the installed package

before(() => {
  project = freshProject('hedgelight-reader-');
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', VITE, ...REACT, tarball()], { cwd: project });
  pkgDir = join(project, 'node_modules', 'hedgelight');
  manifest = JSON.parse(readFileSync(join(pkgDir, 'custom-elements.json'), 'utf8'));
});

after(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

/** The HedgeReader class declaration of the manifest. */
const declaration = () => manifest.modules.flatMap((m) => m.declarations).find((d) => d.customElement);

/** The shaded sentences of a rendered reader: { text, level } with the screen-reader text left out. */
const shown = (host) => host.locator('.hl-sentence').evaluateAll((els) => els.map((e) => {
  const copy = e.cloneNode(true);
  copy.querySelectorAll('.hl-sr').forEach((sr) => sr.remove());
  return { text: copy.textContent.trim(), level: e.dataset.level ?? null, shade: getComputedStyle(e).backgroundColor };
}));

/** The report of `text` from the installed package's element module, in Node. */
async function analyzeInNode(text) {
  element ??= await import(pathToFileURL(join(pkgDir, 'reader.js')).href);
  return element.analyze(text);
}

/** The reader of a page shows `text` the way the analysis levels it, with shading. */
async function assertShows(host, text) {
  const expected = (await analyzeInNode(text)).sentences;
  await until(async () => (await shown(host)).map((s) => s.text).join('|') === expected.map((s) => s.text).join('|'),
    `the reader does not show the sentences of ${JSON.stringify(text.slice(0, 40))}`);
  const sentences = await shown(host);
  assert.deepEqual(sentences.map((s) => s.level), expected.map((s) => (s.level === null ? null : String(s.level))));
  const doubted = sentences.filter((s) => s.level !== null && Number(s.level) <= 3);
  assert.ok(doubted.length > 0, 'the text has no sentence below level 4 (the check would mean nothing)');
  for (const s of doubted) assert.notEqual(s.shade, 'rgba(0, 0, 0, 0)', `level ${s.level} sentence is not shaded: ${s.text}`);
}

describe('hedgelight/reader, the element, from the tarball', () => {
  test('reader.js is one module, pinned to its .wasm by hash; the demo corpus is not compiled in', async () => {
    const js = readFileSync(join(pkgDir, 'reader.js'), 'utf8');
    assert.doesNotMatch(js, /^\s*(import|export)\s[^(]*\sfrom\s/m, 'reader.js imports another module, which a page\'s integrity attribute would not cover');
    const wasm = join(pkgDir, 'pkg', 'hedgelight_web_bg.wasm');
    assert.equal(/const WASM_INTEGRITY = '([^']+)';/.exec(js)?.[1], sri(wasm), 'reader.js does not carry the hash of the .wasm it ships with');
    // Its worker for long texts imports nothing either (it may start from a blob: URL),
    // and reader.js carries the hashes of the worker and of the analysis .wasm it runs.
    const worker = readFileSync(join(pkgDir, 'worker.js'), 'utf8');
    assert.doesNotMatch(worker, /^\s*(import|export)\s[^(]*\sfrom\s/m, 'worker.js imports another module');
    assert.equal(/const WORKER_INTEGRITY = '([^']+)';/.exec(js)?.[1], sri(join(pkgDir, 'worker.js')), 'reader.js does not carry the hash of worker.js');
    assert.equal(/const ANALYSIS_INTEGRITY = '([^']+)';/.exec(js)?.[1], sri(join(pkgDir, 'hedgelight_bg.wasm')), 'reader.js does not carry the hash of hedgelight_bg.wasm');
    const pkgJson = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    assert.deepEqual(pkgJson.sideEffects, ['./reader.js'], 'a bundler would drop `import "hedgelight/reader"`');
    assert.equal(pkgJson.customElements, 'custom-elements.json');
    // The one line scripts/pack prints pins exactly this reader.js, and the package's README shows it.
    const { script } = cdnLines();
    assert.ok(script.includes(`integrity="${sri(join(pkgDir, 'reader.js'))}"`), script);
    assert.ok(readFileSync(join(pkgDir, 'README.md'), 'utf8').includes(script), 'the README has not the printed CDN line');

    // A phrase of each corpus report: in the demo's wasm (include_str! keeps the bytes), not the element's.
    const bytes = readFileSync(wasm).toString('latin1');
    const corpusDir = join(ROOT, 'static', 'corpus');
    const phrases = readdirSync(corpusDir).sort().map((f) => {
      const words = readFileSync(join(corpusDir, f), 'latin1').replace(/^\s*date \S+/, '').trim().split(/\s+/);
      return words.slice(8, 16).join(' ');
    });
    assert.equal(phrases.length, 5);
    for (const p of phrases) assert.ok(!bytes.includes(p), `the element's wasm contains corpus text: ${p}`);
    const demo = join(ROOT, 'dist', 'pkg', 'hedgelight_web_bg.wasm');
    if (existsSync(demo)) {
      const demoBytes = readFileSync(demo).toString('latin1');
      for (const p of phrases) assert.ok(demoBytes.includes(p), `the demo's wasm lacks corpus text, so this check means nothing: ${p}`);
    }
  });

  test('custom-elements.json: attributes, properties, events, custom properties and exports are the code\'s', async () => {
    assert.match(manifest.schemaVersion, /^2\./);
    const [module] = manifest.modules;
    assert.equal(module.path, 'reader.js');
    const decl = declaration();
    assert.equal(decl.tagName, 'hedge-reader');
    element ??= await import(pathToFileURL(join(pkgDir, 'reader.js')).href);
    const { HedgeReader } = element;

    // Attributes: exactly those the element observes.
    assert.deepEqual(decl.attributes.map((a) => a.name).sort(), [...HedgeReader.observedAttributes].sort());
    for (const a of decl.attributes.filter((x) => x.fieldName)) {
      assert.ok(decl.members.some((m) => m.name === a.fieldName), `attribute ${a.name} names field ${a.fieldName}, which is not listed`);
    }

    // Properties: each listed one is a getter and setter of the class (or a static of it),
    // and each public accessor of the class is listed.
    for (const m of decl.members.filter((x) => x.kind === 'field')) {
      if (m.static) assert.ok(m.name in HedgeReader, `static ${m.name} is not on the class`);
      else {
        const d = Object.getOwnPropertyDescriptor(HedgeReader.prototype, m.name);
        assert.ok(d?.get && (m.readonly || d.set), `property ${m.name} is not an accessor of HedgeReader`);
      }
    }
    const lifecycle = ['constructor', 'connectedCallback', 'disconnectedCallback', 'attributeChangedCallback'];
    const own = Object.getOwnPropertyNames(HedgeReader.prototype).filter((n) => !lifecycle.includes(n));
    assert.deepEqual(own.sort(), decl.members.filter((m) => !m.static).map((m) => m.name).sort(), 'public members of HedgeReader');

    // Events: exactly those reader.js dispatches.
    const js = readFileSync(join(pkgDir, 'reader.js'), 'utf8');
    const emitted = [...new Set([...js.matchAll(/#emit\('([\w-]+)'/g)].map((m) => m[1]))].sort();
    assert.ok(emitted.length >= 3, `found only ${emitted} dispatched`);
    assert.deepEqual(decl.events.map((e) => e.name).sort(), emitted);

    // Custom properties: exactly the --hl-* the shipped CSS reads (compiled into the wasm).
    const css = readFileSync(join(pkgDir, 'pkg', 'hedgelight_web_bg.wasm')).toString('latin1') + js;
    const used = [...new Set([...css.matchAll(/var\((--hl-[a-z0-9-]+)/g)].map((m) => m[1]))].sort();
    assert.ok(used.length > 20, `found only ${used.length} custom properties in the wasm`);
    assert.deepEqual(decl.cssProperties.map((p) => p.name).sort(), used);

    // Exports: the module's.
    const exported = module.exports.filter((e) => e.kind === 'js').map((e) => e.name).sort();
    assert.deepEqual(exported, Object.keys(element).sort());
    for (const e of module.exports) assert.ok(module.declarations.some((d) => d.name === e.declaration.name), e.name);
    assert.ok(module.exports.some((e) => e.kind === 'custom-element-definition' && e.name === 'hedge-reader'));
    for (const x of [...decl.attributes, ...decl.events, ...decl.cssParts, ...decl.cssProperties]) {
      assert.ok(x.description?.length > 10, `${x.name} has no description`);
    }
  });

  test('Chromium, served from node_modules: the CSS parts are exactly the manifest\'s; no corpus, a hint instead', async () => {
    writeFileSync(join(project, 'parts.html'), `<!doctype html>
      <html><head><meta charset="utf-8"><link rel="icon" href="data:,">
      <script type="module" src="/node_modules/hedgelight/reader.js"></script></head>
      <body><main>
        <hedge-reader id="all" theme="light"></hedge-reader>
        <hedge-reader id="missing" src="/not-there.txt">The host's own text.</hedge-reader>
        <hedge-reader id="empty"></hedge-reader>
        <hedge-reader id="article" article="002"></hedge-reader>
        <hedge-reader id="several"></hedge-reader>
        <hedge-reader id="long" theme="light" max-chars="5000000"></hedge-reader>
      </main></body></html>`);
    const server = await startServer(project, 0, {
      // The 404 of src= is the point of #missing, not an error of the page.
      handle: async (req, res, path) => {
        if (path !== '/not-there.txt') return false;
        res.writeHead(410, { 'content-type': 'text/plain' });
        res.end('gone');
        return true;
      },
    });
    const browser = await launch();
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const errors = watchErrors(page);
      await page.goto(`${server.url}parts.html`);
      await page.evaluate((text) => { document.getElementById('all').text = text; }, TEXT);
      const host = await reader(page, 0);
      await assertShows(host, TEXT);
      // Show what has a part only while shown: a tooltip, the Sources view, a chosen source.
      await host.locator('.hl-sentence[data-level="3"]').first().hover();
      await host.locator('.hl-tooltip:not([hidden])').waitFor();
      await host.locator('button.hl-sources-toggle').click();
      await host.locator('button.hl-source-choice').first().click();
      await host.locator('.hl-sentence.hl-chosen').first().waitFor();
      // Several texts that share a claim, and their Compare view.
      await page.evaluate(() => {
        document.getElementById('several').texts = [
          {
            title: 'Day one',
            date: '2031-05-05',
            text: 'Forty tonnes of dead fish were found near Harlow Weir on Monday, river wardens said.\n\n'
              + 'Anglers believe a chemical spill from the Brenner plant may have caused it.',
          },
          {
            title: 'Day two',
            date: '2031-05-06',
            text: 'The Brenner plant said there was no chemical spill on its site.\n\n'
              + 'Wardens counted forty tonnes of dead fish near Harlow Weir, according to the county.',
          },
        ];
      });
      const several = page.locator('hedge-reader#several');
      await several.locator('button.hl-compare-tab').click();
      await several.locator('section.hl-compare').waitFor();
      const status = (id) => page.locator(`hedge-reader#${id} .hl-status`);
      await status('missing').waitFor();
      // A long text while its worker analyses it: the progress bar.
      const long = corpusText(1024 * 1024);
      const longDone = page.evaluate((text) => new Promise((resolve) => {
        const el = document.getElementById('long');
        el.addEventListener('hedgelight-analyzed', (e) => resolve(e.detail), { once: true });
        el.text = text;
      }).then(async (detail) => {
        const { analyze } = await import('/node_modules/hedgelight/reader.js');
        return {
          same: JSON.stringify(detail) === JSON.stringify(await analyze(text)),
          shaded: document.getElementById('long').shadowRoot.querySelectorAll('.hl-sentence[data-level]').length,
          claims: detail.sentences.filter((s) => s.level != null).length,
          files: performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
        };
      }), long);
      // If a check below fails, the browser closes under this evaluate: its
      // rejection must not hide that check's own message.
      longDone.catch(() => {});
      await page.locator('hedge-reader#long .hl-progress').waitFor();
      const parts = await page.evaluate(() => [...new Set([...document.querySelectorAll('hedge-reader')]
        .flatMap((el) => [...el.shadowRoot.querySelectorAll('[part]')])
        .flatMap((el) => el.getAttribute('part').trim().split(/\s+/)))].sort());
      assert.deepEqual(parts, declaration().cssParts.map((p) => p.name).sort(), 'the parts rendered are not those custom-elements.json lists');
      // The package's worker.js (same origin here) ran the analysis: analyze()'s report.
      const longShown = await longDone;
      assert.ok(longShown.same, 'the long text\'s report is not analyze()\'s');
      assert.equal(longShown.shaded, longShown.claims);
      for (const f of ['/node_modules/hedgelight/worker.js', '/node_modules/hedgelight/hedgelight_bg.wasm']) {
        assert.ok(longShown.files.includes(f), `${f} was not loaded: ${longShown.files}`);
      }

      // Without the corpus: a hint to give the element a text, no switcher, no corpus article.
      assert.match(await status('empty').textContent(), /Nothing to analyse yet: give it a text/);
      assert.equal(await status('empty').getAttribute('data-kind'), 'empty');
      assert.match(await status('article').textContent(), /no corpus articles, so none is “002”/);
      // Tabs only where the host gave several texts.
      assert.equal(await page.locator('hedge-reader:not(#several) .hl-article-tab').count(), 0);
      assert.match(await status('missing').textContent(), /HTTP 410/);
      assert.deepEqual(errors.filter((e) => !e.includes('/not-there.txt')), []);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  describe('in a fresh Vite project', () => {
    before(() => {
      writeFileSync(join(project, 'index.html'), `<!doctype html>
        <html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>plain</title></head>
        <body><main></main><script type="module" src="/main.js"></script></body></html>`);
      // The analysis entry too, so that both wasm files go through the bundler.
      writeFileSync(join(project, 'main.js'), `
        import 'hedgelight/reader';
        import { analyze } from 'hedgelight';
        const text = ${JSON.stringify(TEXT)};
        window.analyzed = [];
        const el = document.createElement('hedge-reader');
        el.addEventListener('hedgelight-analyzed', (e) => window.analyzed.push(e.detail));
        el.text = text;
        document.querySelector('main').append(el);
        window.direct = analyze(text);
      `);
      writeFileSync(join(project, 'react.html'), `<!doctype html>
        <html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>react</title></head>
        <body><div id="root"></div><script type="module" src="/react.jsx"></script></body></html>`);
      writeFileSync(join(project, 'react.jsx'), `
        import { useState } from 'react';
        import { createRoot } from 'react-dom/client';
        import 'hedgelight/reader';
        const TEXTS = ${JSON.stringify(REACT_TEXTS)};
        window.reports = [];
        function App() {
          const [n, setN] = useState(0);
          const [count, setCount] = useState(null);
          return (
            <>
              <hedge-reader
                text={TEXTS[n]}
                theme="light"
                onhedgelight-analyzed={(e) => { window.reports.push(e.detail); setCount(e.detail.sentences.length); }}
              />
              <button id="next" onClick={() => setN(1)}>Next text</button>
              <output id="count">{count ?? ''}</output>
            </>
          );
        }
        createRoot(document.getElementById('root')).render(<App />);
      `);
      writeFileSync(join(project, 'vite.config.js'),
        "export default { build: { rollupOptions: { input: { main: 'index.html', react: 'react.html' } } } };\n");
    });

    /** Checks the plain page and the React page at `base` (a built or a dev site). */
    async function checkPages(base) {
      const browser = await launch();
      try {
        const plain = await browser.newPage();
        const plainErrors = watchErrors(plain);
        await plain.goto(`${base}index.html`);
        const host = await reader(plain);
        await assertShows(host, TEXT);
        await until(() => plain.evaluate(() => window.analyzed.length === 1), 'the plain page got no hedgelight-analyzed');
        const { analyzed, direct } = await plain.evaluate(async () => ({ analyzed: window.analyzed[0], direct: await window.direct }));
        assert.deepEqual(analyzed, await analyzeInNode(TEXT), 'the event detail is not the report of the text');
        assert.deepEqual(direct, analyzed, "`hedgelight`'s analyze() and the element disagree");
        assert.deepEqual(plainErrors, []);

        const page = await browser.newPage();
        const errors = watchErrors(page);
        await page.goto(`${base}react.html`);
        const el = await reader(page);
        await assertShows(el, REACT_TEXTS[0]);
        // The element was defined before React rendered, so React set a property, not an attribute.
        assert.deepEqual(await el.evaluate((e) => [e.hasAttribute('text'), e.text, e.getAttribute('theme')]), [false, REACT_TEXTS[0], 'light']);
        await until(async () => (await page.locator('#count').textContent()) === '2', 'React\'s onhedgelight-analyzed did not run (or the report has no sentences)');
        const [first] = await page.evaluate(() => window.reports);
        assert.deepEqual(first, await analyzeInNode(REACT_TEXTS[0]));
        await page.locator('#next').click();
        await assertShows(el, REACT_TEXTS[1]);
        await until(() => page.evaluate(() => window.reports.length === 2), 'a new text prop is not announced');
        const second = (await page.evaluate(() => window.reports))[1];
        assert.deepEqual(second.sentences.map((s) => s.text), ['Officials said it was "highly likely".', 'It rained.']);
        assert.equal(second.sentences[0].cues.find((c) => c.text === 'highly likely')?.category, 'speculation');
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
      }
    }

    test('vite build: the plain page and the React 19 page render the element and receive its events', async () => {
      const build = spawnSync(process.execPath, [join(project, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: project, encoding: 'utf8' });
      assert.equal(build.status, 0, `vite build failed:\n${build.stdout}\n${build.stderr}`);
      // E.g. a new URL(…, import.meta.url) that Vite cannot resolve is only a warning.
      assert.equal(`${build.stdout}${build.stderr}`.trim(), '', 'vite build warned');
      const assets = readdirSync(join(project, 'dist', 'assets'));
      assert.ok(assets.some((f) => /^hedgelight_web_bg-.*\.wasm$/.test(f)), `the element's wasm is not among the built assets: ${assets}`);
      const server = await startServer(join(project, 'dist'));
      try {
        await checkPages(server.url);
      } finally {
        await server.close();
      }
    });

    test("Vite's dev server (dependencies pre-bundled): the same pages work", async () => {
      const port = await freePort();
      const vite = spawn(process.execPath, [join(project, 'node_modules', 'vite', 'bin', 'vite.js'), '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
        { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
      let log = '';
      vite.stdout.on('data', (d) => { log += d; });
      vite.stderr.on('data', (d) => { log += d; });
      try {
        // Ready when it answers: what it prints differs (with CI=true Vite prints no
        // banner at all).
        const url = `http://127.0.0.1:${port}/`;
        const answers = () => fetch(url).then((r) => r.ok, () => false);
        try {
          await until(answers, 'vite did not answer', 30000);
        } catch (e) {
          assert.fail(`${e.message}\n${log}`);
        }
        await checkPages(`http://127.0.0.1:${port}/`);
      } finally {
        vite.kill();
      }
    });

    test('TypeScript with @types/react 19: JSX props and events, HTMLElementTagNameMap, typed event details', () => {
      writeFileSync(join(project, 'use.tsx'), `
        import { useRef } from 'react';
        import 'hedgelight/reader';
        import type { HedgeReader, Report, HedgeReaderSelectDetail } from 'hedgelight/reader';

        export function Reader({ text }: { text: string }) {
          const ref = useRef<HedgeReader>(null);
          return (
            <hedge-reader ref={ref} text={text} theme="dark" max-chars={5000} className="reader"
              onhedgelight-analyzed={(e) => { const r: Report = e.detail; console.log(r.sentences.length); }}
              onhedgelight-select={(e) => { const s: HedgeReaderSelectDetail = e.detail; console.log(s.index, s.level); }}
            >Inline text</hedge-reader>
          );
        }
        // @ts-expect-error: not a theme
        export const sepia = <hedge-reader theme="sepia" />;
        // @ts-expect-error: no such attribute
        export const typo = <hedge-reader txet="x" />;
        export const wrongDetail = <hedge-reader onhedgelight-analyzed={(e) => {
          // @ts-expect-error: the detail is a Report
          const s: string = e.detail;
          console.log(s);
        }} />;

        const el = document.querySelector('hedge-reader');
        if (el) {
          el.text = 'New text';
          el.text = null;
          const now: string = el.text;
          el.addEventListener('hedgelight-select', (e) => console.log(e.detail.index, now));
        }
        document.addEventListener('hedgelight-analyzed', (e) => console.log(e.detail.version, e.detail.model));
        // @ts-expect-error: the element's text is a string
        if (el) el.text = 42;
      `);
      writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
        compilerOptions: {
          strict: true, noEmit: true, jsx: 'react-jsx', module: 'ESNext', moduleResolution: 'bundler',
          target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [], skipLibCheck: false,
        },
        files: ['use.tsx'],
      }));
      run(join(BIN, 'tsc'), ['-p', project], { cwd: project });
    });
  });
});
