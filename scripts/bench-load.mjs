#!/usr/bin/env node
// How long the reader takes to show a long text set through its `text` property, and
// how much of that is the analysis. A measurement, not a test: it prints numbers.
//
//   scripts/build && node scripts/bench-load.mjs [--copies 1,40,130] [--dist DIR]
//
// The text is the five corpus articles repeated (40 copies: 564 KiB, 3,640 sentences;
// 130 copies: 1.8 MiB, just under the default max-chars of 2,000,000).
// "shown" is the wall time from `el.text = …` until the first sentences are in the shadow
// root and a frame has been drawn (for a text of STREAM_CHARS or more, analysed in the
// worker and shown in steps, the first screen of them: scripts/bench-big.mjs measures the
// rest); "analysis" is `analyze()` of the same text alone, on the main thread.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, ROOT, site } from '../tests/e2e/helpers.mjs';
import { startServer } from '../tests/e2e/serve.mjs';

const { values: opts } = parseArgs({
  options: { copies: { type: 'string', default: '1,40,130' }, dist: { type: 'string' } },
});
const dir = join(ROOT, 'static', 'corpus');
const articles = readdirSync(dir)
  .filter((f) => /^\d{3}_.*\.txt$/.test(f))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s*/, '').trim());

const server = opts.dist ? await startServer(opts.dist) : await site();
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(server.url + 'index.html');
  await page.waitForFunction(() => document.querySelector('hedge-reader')?.shadowRoot?.querySelector('.hl-sentence'));
  console.log(`Chromium ${browser.version()}; ms`);
  console.log('copies      size  sentences    shown  analysis');
  for (const copies of opts.copies.split(',').map(Number)) {
    const text = Array.from({ length: copies }, () => articles.join('\n\n')).join('\n\n');
    const [shown, sentences, analysis] = await page.evaluate(async (t) => {
      const el = document.querySelector('hedge-reader');
      el.text = 'x';
      await new Promise((r) => setTimeout(r, 100));
      const t0 = performance.now();
      el.text = t;
      await new Promise((resolve) => {
        const check = () => (el.shadowRoot.querySelectorAll('.hl-sentence').length > 10 ? resolve() : requestAnimationFrame(check));
        check();
      });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const shownMs = performance.now() - t0;
      const { analyze } = await import('./hedge-reader.js');
      const t1 = performance.now();
      await analyze(t);
      return [shownMs, el.shadowRoot.querySelectorAll('.hl-sentence').length, performance.now() - t1];
    }, text);
    console.log(`${String(copies).padStart(6)} ${((text.length / 1024).toFixed(0) + ' KiB').padStart(9)} ${String(sentences).padStart(10)}`
      + ` ${shown.toFixed(0).padStart(8)} ${analysis.toFixed(0).padStart(9)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
