#!/usr/bin/env node
// How long a tooltip change takes in the reader, on a long text and on one article.
// A measurement, not a test: it prints numbers and fails only if the widget misbehaves.
//
//   scripts/build && node scripts/bench-ui.mjs [--copies N] [--samples N] [--dist DIR]
//
// The long text is the five corpus articles, repeated (40 copies: 566 KiB, 3,640
// sentences). For each sample a sentence is scrolled into view, then focused from
// script while the tooltip shows another sentence, as arrow keys and Tab do. Per sample:
//   shown   wall time from focus() until the DOM shows the tooltip for the new sentence
//           (its aria-describedby, the tooltip's level);
//   script  main-thread time in JavaScript and WebAssembly (Chrome's ScriptDuration), all
//           renders the change causes included: the second one that places the tooltip
//           from its measured size, and work after Yew's scheduler yields (every 16 ms);
//   layout  time in style and layout (RecalcStyleDuration + LayoutDuration);
//   busy    all main-thread task time (TaskDuration: the above, paint, and a few ms of
//           the measurement's own DevTools calls).
// Chromium is Debian's (CHROMIUM overrides it); dist/ (or --dist, e.g. a copy of an
// earlier build to compare with) is served on a free port. Another build running on
// the machine shows up as outliers: compare medians of runs on an idle machine.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, ROOT, site } from '../tests/e2e/helpers.mjs';
import { startServer } from '../tests/e2e/serve.mjs';

const { values: opts } = parseArgs({
  options: {
    copies: { type: 'string', default: '40' },
    samples: { type: 'string', default: '20' },
    dist: { type: 'string' },
  },
});
const COPIES = Number(opts.copies);
const SAMPLES = Number(opts.samples);

// The corpus articles without their " date YYYY-MM-DD" line, a blank line between.
const dir = join(ROOT, 'static', 'corpus');
const articles = readdirSync(dir)
  .filter((f) => /^\d{3}_.*\.txt$/.test(f))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s*/, '').trim());
const long = Array.from({ length: COPIES }, () => articles.join('\n\n')).join('\n\n');

const PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">'
  + '<script type="module" src="hedge-reader.js"></script></head><body></body></html>';

const server = opts.dist ? await startServer(opts.dist) : await site();
const browser = await launch();
try {
  const results = [];
  for (const [name, text] of [['long text', long], ['one article (000)', articles[0]]]) {
    results.push(await bench(name, text));
  }
  console.log(`\nChromium ${browser.version()}, ${SAMPLES} samples each (after 3 warm-up changes); ms:`);
  console.log('document                       size  sentences   shown median (min-max)   script  layout    busy (medians)');
  for (const r of results) {
    console.log(`${r.name.padEnd(26)} ${(r.kib.toFixed(0) + ' KiB').padStart(8)} ${String(r.sentences).padStart(10)}`
      + `   ${fmt(r.shown).padEnd(22)} ${median(r.script).toFixed(1).padStart(7)} ${median(r.layout).toFixed(1).padStart(7)}`
      + ` ${median(r.busy).toFixed(1).padStart(7)}`);
  }
} finally {
  await browser.close();
  await server.close();
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function fmt(xs) {
  return `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}-${Math.max(...xs).toFixed(1)})`;
}

async function bench(name, text) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.setDefaultTimeout(60000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.route('**/bench.html', (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  await page.goto(new URL('bench.html', server.url).href);
  const sentences = await page.evaluate(async (t) => {
    await customElements.whenDefined('hedge-reader');
    const el = document.createElement('hedge-reader');
    el.text = t;
    // Every sentence shown (a long text comes in steps): hedgelight-analyzed.
    const shown = new Promise((resolve) => el.addEventListener('hedgelight-analyzed', resolve, { once: true }));
    document.body.append(el);
    await shown;
    return el.shadowRoot.querySelectorAll('.hl-sentence').length;
  }, text);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // Cumulative main-thread times, in ms, by metric name.
  const times = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics
    .map((m) => [m.name, m.value * 1000]));

  // Spread over the document; warm-up first (the first one opens the tooltip).
  const picks = Array.from({ length: SAMPLES + 3 }, (_, k) => Math.floor(((k * 7919) % (SAMPLES + 3) + 0.5) * sentences / (SAMPLES + 3)));
  const shown = [];
  const script = [];
  const layout = [];
  const busy = [];
  for (const [k, index] of picks.entries()) {
    await page.evaluate(async (i) => {
      const root = document.querySelector('hedge-reader').shadowRoot;
      root.querySelector(`.hl-sentence[data-index="${i}"]`).scrollIntoView({ block: 'center' });
      // Let the tooltip follow the scroll (a render of its own) before measuring.
      await new Promise((r) => setTimeout(r, 250));
    }, index);
    const before = await times();
    const ms = await page.evaluate(async (i) => {
      const root = document.querySelector('hedge-reader').shadowRoot;
      const target = root.querySelector(`.hl-sentence[data-index="${i}"]`);
      const tip = root.querySelector('.hl-tooltip');
      const done = () => target.getAttribute('aria-describedby') === tip.id
        && tip.getAttribute('data-level') === target.getAttribute('data-level')
        && root.querySelectorAll('.hl-sentence[aria-describedby]').length === 1;
      let observer;
      const t0 = performance.now();
      const seen = new Promise((resolve, reject) => {
        observer = new MutationObserver(() => { if (done()) resolve(performance.now()); });
        observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
        setTimeout(() => reject(new Error(`the tooltip did not move to sentence ${i} within 10 s`)), 10000);
      });
      target.focus();
      try {
        return (await seen) - t0;
      } finally {
        observer.disconnect();
      }
    }, index);
    // Whatever Yew still has to do (it yields to the browser with setTimeout) runs now.
    await page.waitForTimeout(300);
    const after = await times();
    const spent = (name) => after[name] - before[name];
    const ok = await page.evaluate((i) => {
      const root = document.querySelector('hedge-reader').shadowRoot;
      const target = root.querySelector(`.hl-sentence[data-index="${i}"]`);
      const tip = root.querySelector('.hl-tooltip');
      return target.matches(':focus') && tip.matches(':popover-open') && target.getAttribute('tabindex') === '0'
        && root.querySelectorAll('.hl-sentence[tabindex="0"]').length === 1;
    }, index);
    if (!ok) throw new Error(`${name}: after focusing sentence ${index}, it is not the one focused, current and described`);
    if (k >= 3) {
      shown.push(ms);
      script.push(spent('ScriptDuration'));
      layout.push(spent('RecalcStyleDuration') + spent('LayoutDuration'));
      busy.push(spent('TaskDuration'));
    }
  }
  if (errors.length) throw new Error(`${name}: page errors: ${errors.join('; ')}`);
  await page.close();
  return { name, kib: Buffer.byteLength(text) / 1024, sentences, shown, script, layout, busy };
}
