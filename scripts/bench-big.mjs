#!/usr/bin/env node
// How responsive the page stays while a reader shows a long text set through its `text`
// property (issue 12). A measurement, not a test: it prints numbers.
//
//   scripts/build && node scripts/bench-big.mjs [--mb 1,5] [--runs 1] [--dist DIR] [--no-worker]
//
// The text is the five corpus articles repeated to the size asked for. For each size it
// prints, from `el.text = …`:
//   first     the first shaded sentence (.hl-sentence[data-level]) in the shadow root
//   all       every sentence shown, and hedgelight-analyzed fired
//   longest   the longest main-thread task (PerformanceObserver 'longtask', over 50 ms),
//             and how many there were
//   input     the input delay of a key press every 100 ms meanwhile (from the event's
//             timeStamp to its listener): median and worst
// --no-worker takes Worker away from the page, so the reader analyses on the main
// thread in steps (its fallback). --dist DIR measures another build (an older dist/).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusText, launch, ROOT, testPages } from '../tests/e2e/helpers.mjs';
import { startServer } from '../tests/e2e/serve.mjs';

const { values: opts } = parseArgs({
  options: {
    mb: { type: 'string', default: '1,5' },
    runs: { type: 'string', default: '1' },
    dist: { type: 'string' },
    'no-worker': { type: 'boolean', default: false },
  },
});

const server = await startServer(opts.dist ?? join(ROOT, 'dist'), 0, { handle: testPages() });
const browser = await launch();
const ms = (n) => `${Math.round(n).toLocaleString('en')} ms`.padStart(9);
try {
  console.log(`Chromium ${browser.version()}${opts['no-worker'] ? ', no Worker (main-thread fallback)' : ''}`);
  console.log('size      sentences      first        all  longest (tasks > 50 ms)   input delay: median, worst (presses)');
  for (const mb of opts.mb.split(',').map(Number)) {
    const text = corpusText(mb * 1024 * 1024);
    for (let run = 0; run < Number(opts.runs); run++) {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      if (opts['no-worker']) await page.addInitScript(() => { delete window.Worker; });
      await page.goto(`${server.url}test-pages/blank.html`);
      // The text goes into the page first: handing 5 MB to page.evaluate is itself a
      // long task, which would count against the reader.
      await page.evaluate(async (t) => {
        window.__text = t;
        await import('/hedge-reader.js');
        const el = document.createElement('hedge-reader');
        el.setAttribute('theme', 'light');
        el.setAttribute('max-chars', '20000000');
        el.textContent = 'Officials said the convoy may have crossed.';
        document.querySelector('main').append(el);
        await new Promise((resolve) => el.addEventListener('hedgelight-analyzed', resolve, { once: true }));
        window.__delays = [];
        document.addEventListener('keydown', (e) => window.__delays.push(performance.now() - e.timeStamp), true);
      }, text);
      const done = page.evaluate(() => new Promise((resolve) => {
        const el = document.querySelector('hedge-reader');
        const tasks = [];
        new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({ type: 'longtask' });
        let first = null;
        const t0 = performance.now();
        const look = () => {
          if (first === null && el.shadowRoot.querySelector('.hl-body .hl-sentence[data-level]')) first = performance.now() - t0;
          if (first === null) requestAnimationFrame(look);
        };
        el.addEventListener('hedgelight-analyzed', (e) => {
          const all = performance.now() - t0;
          setTimeout(() => resolve({
            first, all,
            shown: el.shadowRoot.querySelectorAll('.hl-body .hl-sentence').length,
            reported: e.detail.sentences.length,
            tasks: tasks.filter((x) => x.startTime + x.duration > t0).map((x) => x.duration),
          }), 100);
        }, { once: true });
        el.text = window.__text;
        requestAnimationFrame(look);
      }));
      const presses = [];
      let finished = false;
      done.finally(() => { finished = true; });
      while (!finished) {
        presses.push(page.keyboard.press('Shift').catch(() => {}));
        await new Promise((r) => setTimeout(r, 100));
      }
      const r = await done;
      await Promise.all(presses);
      const delays = (await page.evaluate(() => window.__delays)).sort((a, b) => a - b);
      const longest = Math.max(0, ...r.tasks);
      const median = delays.length ? delays[Math.floor(delays.length / 2)] : 0;
      console.log(`${(mb + ' MB').padEnd(6)} ${String(r.shown).padStart(12)} ${ms(r.first ?? NaN)} ${ms(r.all)} ${ms(longest)} (${r.tasks.length})`
        + `${' '.repeat(14)}${ms(median)}, ${ms(delays.at(-1) ?? 0)} (${delays.length})`
        + (r.shown === r.reported ? '' : `  [shown ${r.shown} of ${r.reported}]`));
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
