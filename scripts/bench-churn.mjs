#!/usr/bin/env node
// What adding and removing <hedge-reader> elements leaves behind (issue 13). A
// measurement, not a test: it prints the growth of DOM nodes, event listeners and the
// JavaScript heap over N readers, each rendered and then removed, after a forced
// garbage collection, against a baseline taken after a warm-up.
//
//   scripts/build && node scripts/bench-churn.mjs [--rounds N] [--dist DIR]
//
// Known result (2026-12-07, yew 0.23): about 3 nodes, 10 listeners and 1.8 KiB of heap a
// reader. Yew registers its delegated event listeners on each app's host element and
// never removes them: `HostHandlers::add_listener` forgets the closures ("the registry
// is never dropped in production", yew's dom_bundle/subtree_root.rs), and each closure
// holds its subtree, which holds the host element. It is not ours to free from the
// element; it needs a change in Yew or one Yew app for all readers of a page.
import { parseArgs } from 'node:util';
import { launch, site } from '../tests/e2e/helpers.mjs';
import { startServer } from '../tests/e2e/serve.mjs';

const { values: opts } = parseArgs({
  options: { rounds: { type: 'string', default: '1000' }, dist: { type: 'string' } },
});
const ROUNDS = Number(opts.rounds);
const WARM_UP = 50;

/** DOM counters and heap size after a full garbage collection. */
async function counters(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  return { nodes: dom.nodes, listeners: dom.jsEventListeners, heap };
}

/** In the page: add a reader, wait until it has shaded its sentences, remove it; n times. */
function churn(page, n) {
  return page.evaluate(async ({ n }) => {
    let rendered = 0;
    for (let i = 0; i < n; i++) {
      const el = document.createElement('hedge-reader');
      el.text = `Round ${i}: officials said troops may have crossed. Moscow denied it.`;
      document.body.appendChild(el);
      const deadline = performance.now() + 5000;
      while (!(el.shadowRoot && el.shadowRoot.querySelector('.hl-sentence'))) {
        if (performance.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 0));
      }
      if (el.shadowRoot && el.shadowRoot.querySelectorAll('.hl-sentence').length === 2) rendered += 1;
      el.remove();
    }
    return rendered;
  }, { n });
}

const server = opts.dist ? await startServer(opts.dist) : await site();
const browser = await launch();
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(300000);
  await page.goto(new URL('embed-demo.html', server.url).href);
  await page.waitForFunction(() => document.querySelector('hedge-reader')?.shadowRoot?.querySelector('.hl-sentence'));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  if (await churn(page, WARM_UP) !== WARM_UP) throw new Error('a warm-up reader did not render');
  const before = await counters(cdp);
  const rendered = await churn(page, ROUNDS);
  if (rendered !== ROUNDS) throw new Error(`only ${rendered} of ${ROUNDS} readers rendered`);
  const after = await counters(cdp);
  const per = (x) => (x / ROUNDS).toFixed(2);
  console.log(`Chromium ${browser.version()}: ${ROUNDS} readers added, rendered and removed`);
  console.log(`DOM nodes       +${after.nodes - before.nodes} (${per(after.nodes - before.nodes)} a reader)`);
  console.log(`event listeners +${after.listeners - before.listeners} (${per(after.listeners - before.listeners)} a reader)`);
  console.log(`JS heap         +${((after.heap - before.heap) / 1024).toFixed(0)} KiB (${per((after.heap - before.heap) / 1024)} KiB a reader)`);
} finally {
  await browser.close();
  await server.close();
}
