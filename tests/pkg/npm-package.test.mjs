// The npm package `hedgelight` (made by scripts/pack into dist-pkg/), installed from its
// tarball into a fresh Node project, as a user would: plain Node ESM, TypeScript against
// its types, a page in Chromium importing the browser entry from node_modules, and the
// package checks publint and @arethetypeswrong/cli.
// Run: scripts/pack && node --test tests/pkg/   (scripts/test's `pack` stage)
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, launch } from '../e2e/helpers.mjs';
import { startServer } from '../e2e/serve.mjs';

// An emoji and a flag before the cues (code points and UTF-16 differ after them), an
// unnamed source citing, a denial and a heading-like first line.
const TEXT = 'Fans 😀 cheered in 🇺🇦 Kyiv.\n\n'
  + 'Officials said the convoy may have crossed the border, citing unnamed sources. '
  + 'Moscow denied it. Seoul said it was "highly likely". Six officers were killed.';

const BIN = join(ROOT, 'node_modules', '.bin');
let tarball;
let project;

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...options });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** `hedgelight analyze` of `text`, run natively through cargo. */
function cliAnalyze(text) {
  return JSON.parse(run('cargo', ['run', '-q', '--bin', 'hedgelight', '--', 'analyze'], { cwd: ROOT, input: text }));
}

/** Every {start, end, text} in a report (sentences, cues, sources, whom they cite). */
function spans(report) {
  const out = [];
  const source = (s) => { if (s) { out.push(s); s.via.forEach(source); } };
  for (const s of report.sentences) {
    out.push(s);
    out.push(...s.cues);
    source(s.source);
  }
  return out;
}

/** The report without offsets: what must agree whatever the offsets count. */
const withoutOffsets = (report) => JSON.parse(JSON.stringify(report, (k, v) => (k === 'start' || k === 'end' ? undefined : v)));

before(() => {
  const dir = join(ROOT, 'dist-pkg');
  const found = existsSync(dir) ? readdirSync(dir).filter((f) => /^hedgelight-.*\.tgz$/.test(f)) : [];
  assert.equal(found.length, 1, `one dist-pkg/hedgelight-*.tgz expected (run scripts/pack), found: ${found}`);
  tarball = join(dir, found[0]);
  project = mkdtempSync(join(tmpdir(), 'hedgelight-pkg-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'fresh-project', private: true, type: 'module' }));
  // The package has no dependencies: installing the local tarball needs no network.
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: project });
});

after(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the hedgelight npm package, installed from its tarball', () => {
  test('installs the files package.json lists, with the version of core/Cargo.toml', () => {
    const pkg = JSON.parse(readFileSync(join(project, 'node_modules', 'hedgelight', 'package.json'), 'utf8'));
    const core = /^version = "([^"]+)"/m.exec(readFileSync(join(ROOT, 'core', 'Cargo.toml'), 'utf8'))[1];
    assert.equal(pkg.version, core);
    assert.equal(pkg.license, '(MIT OR Apache-2.0) AND CC-BY-SA-3.0');
    for (const f of pkg.files) assert.ok(existsSync(join(project, 'node_modules', 'hedgelight', f)), f);
  });

  test('plain Node ESM: analyze() equals `hedgelight analyze`, and UTF-16 offsets slice the string', () => {
    writeFileSync(join(project, 'check.mjs'), `
      import { analyze, analyzeSync, init, LEVELS } from 'hedgelight';
      const text = ${JSON.stringify(TEXT)};
      const sync = analyzeSync(text); // Node: no init() needed
      await init();
      console.log(JSON.stringify({
        resolved: import.meta.resolve('hedgelight'),
        utf16: await analyze(text),
        sync,
        codepoints: await analyze(text, { offsets: 'codepoints' }),
        levels: LEVELS,
      }));
    `);
    const out = JSON.parse(run('node', ['check.mjs'], { cwd: project }));
    assert.match(out.resolved, /node_modules\/hedgelight\/node\.js$/, 'Node takes the "node" condition');
    const cli = cliAnalyze(TEXT);
    assert.deepEqual(out.codepoints, cli, "{ offsets: 'codepoints' } is exactly the CLI's JSON");
    assert.deepEqual(out.sync, out.utf16);
    assert.deepEqual(withoutOffsets(out.utf16), withoutOffsets(cli), 'the same sentences, levels, cues, sources');
    assert.deepEqual(out.levels, cli.levels);
    const core = /^version = "([^"]+)"/m.exec(readFileSync(join(ROOT, 'core', 'Cargo.toml'), 'utf8'))[1];
    assert.equal(out.utf16.version, core, 'the report names the version that made it');
    assert.match(out.utf16.model, /^[0-9a-f]{16}$/, 'the report names the model it was made with');
    assert.equal(out.utf16.model, cli.model);
    const levels = out.utf16.sentences.map((s) => s.level);
    assert.ok(levels.includes(1) && levels.includes(3) && levels.includes(5), `levels ${levels}`);
    for (const s of spans(out.utf16)) assert.equal(TEXT.slice(s.start, s.end), s.text, JSON.stringify(s));
    // After the emoji and the flag the two counts differ: the check above means something.
    const cue = out.utf16.sentences.flatMap((s) => s.cues).find((c) => c.text === 'may');
    const cueCp = out.codepoints.sentences.flatMap((s) => s.cues).find((c) => c.text === 'may');
    assert.equal(cue.start - cueCp.start, 3, 'an emoji (1 more unit) and a flag (2 more) before "may"');
  });

  test('TypeScript (strict, NodeNext) type-checks a use of the report, sentence, cue, level and category', () => {
    writeFileSync(join(project, 'use.ts'), `
      import { analyze, analyzeSync, init, LEVELS, type Report, type Sentence, type Cue,
        type Level, type LevelName, type Category, type Source } from 'hedgelight';
      const report: Report = await analyze('It may rain.', { offsets: 'codepoints' });
      await init();
      const s: Sentence = analyzeSync('Moscow denied it.').sentences[0];
      const level: Level | null = s.level;
      const name: LevelName | undefined = level === null ? undefined : LEVELS[level - 1];
      const cues: Cue[] = s.cues;
      const categories: Category[] = cues.map((c) => c.category);
      const source: Source | null = report.sentences[0].source;
      const madeBy: string = \`hedgelight \${report.version}, model \${report.model}\`;
      // @ts-expect-error: not a category
      const wrong: Category = 'rumour';
      export { report, name, categories, source, madeBy, wrong };
    `);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2022'], types: [] },
      files: ['use.ts'],
    }));
    run(join(BIN, 'tsc'), ['-p', project], { cwd: project });
  });

  test('Chromium: a page importing the browser entry from node_modules analyses with UTF-16 offsets', async () => {
    const pkg = JSON.parse(readFileSync(join(project, 'node_modules', 'hedgelight', 'package.json'), 'utf8'));
    const entry = `/node_modules/hedgelight/${pkg.exports['.'].browser.replace(/^\.\//, '')}`;
    writeFileSync(join(project, 'index.html'), `<!doctype html>
      <html><head><meta charset="utf-8"><link rel="icon" href="data:,">
      <script type="importmap">{ "imports": { "hedgelight": "${entry}" } }</script>
      <script type="module">
        import { analyze, analyzeSync, init } from 'hedgelight';
        let syncBefore;
        try { analyzeSync('x'); syncBefore = 'no error'; } catch (e) { syncBefore = e.message; }
        window.result = analyze(${JSON.stringify(TEXT)}).then(async (utf16) => {
          await init();
          return { utf16, sync: analyzeSync(${JSON.stringify(TEXT)}), syncBefore };
        });
      </script></head><body></body></html>`);
    const server = await startServer(project);
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      const wasm = page.waitForResponse((r) => r.url().endsWith('/hedgelight_bg.wasm'));
      await page.goto(server.url + 'index.html');
      assert.equal((await wasm).headers()['content-type'], 'application/wasm');
      const out = await page.evaluate(() => window.result);
      assert.match(out.syncBefore, /init\(\)/, 'analyzeSync before init() says what to do');
      assert.deepEqual(out.sync, out.utf16);
      const node = JSON.parse(run('node', ['-e', `import('hedgelight').then(async (h) => console.log(JSON.stringify(await h.analyze(${JSON.stringify(TEXT)}))))`], { cwd: project }));
      assert.deepEqual(out.utf16, node, 'the browser and Node give the same report');
      for (const s of spans(out.utf16)) assert.equal(TEXT.slice(s.start, s.end), s.text, JSON.stringify(s));
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  test('the element\'s types without React: HTMLElementTagNameMap, events, and no error from the JSX part', () => {
    // skipLibCheck off: the React augmentation in reader.d.ts must not break a project
    // that has no @types/react (this one has none).
    assert.ok(!existsSync(join(project, 'node_modules', '@types', 'react')));
    writeFileSync(join(project, 'element.ts'), `
      import { analyze, HedgeReader, MAX_CHARS, type Report, type HedgeReaderSelectDetail } from 'hedgelight/reader';
      const el: HedgeReader = document.createElement('hedge-reader');
      el.text = 'It may rain.';
      el.setAttribute('max-chars', String(MAX_CHARS));
      el.addEventListener('hedgelight-analyzed', (e) => { const r: Report = e.detail; console.log(r.sentences.length); });
      el.addEventListener('hedgelight-select', (e) => { const s: HedgeReaderSelectDetail = e.detail; console.log(s.index); });
      document.body.addEventListener('hedgelight-ready', (e) => console.log(e.detail));
      const found: HedgeReader | null = document.querySelector('hedge-reader');
      const report: Report = await analyze('Moscow denied it.', { offsets: 'codepoints' });
      // @ts-expect-error: the detail of hedgelight-select is a sentence, not a report
      el.addEventListener('hedgelight-select', (e) => { const r: Report = e.detail; console.log(r); });
      export { found, report };
    `);
    writeFileSync(join(project, 'tsconfig.element.json'), JSON.stringify({
      compilerOptions: {
        strict: true, noEmit: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022',
        lib: ['ES2022', 'DOM'], types: [], skipLibCheck: false,
      },
      files: ['element.ts'],
    }));
    run(join(BIN, 'tsc'), ['-p', join(project, 'tsconfig.element.json')], { cwd: project });
  });

  test('publint and @arethetypeswrong/cli find no problem in the tarball, the element\'s entry included', () => {
    const lint = run(join(BIN, 'publint'), ['run', '--strict', tarball], { cwd: project });
    assert.match(lint, /All good/, lint);
    // ESM only (a CommonJS require() would need import()); the .wasm subpath is there for
    // bundlers' `?url` imports and has no types by nature.
    const attw = run(join(BIN, 'attw'), [tarball, '--profile', 'esm-only', '--exclude-entrypoints', 'hedgelight_bg.wasm'], { cwd: project });
    for (const entry of ['"hedgelight"', '"hedgelight/reader"', '"hedgelight/custom-elements.json"']) {
      assert.ok(attw.includes(entry), `attw did not check ${entry}:\n${attw}`);
    }
  });
});
