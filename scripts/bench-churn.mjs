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
import { churnReaders, domCounters, launch, site } from '../tests/e2e/helpers.mjs';
import { startServer } from '../tests/e2e/serve.mjs';

const { values: opts } = parseArgs({
  options: {
    rounds: { type: 'string', default: '1000' },
    dist: { type: 'string' },
    mixed: { type: 'boolean', default: false },
  },
});
const ROUNDS = Number(opts.rounds);
const WARM_UP = 50;

const server = opts.dist ? await startServer(opts.dist) : await site();
const browser = await launch();
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(300000);
  await page.goto(new URL('embed-demo.html', server.url).href);
  await page.waitForFunction(() => document.querySelector('hedge-reader')?.shadowRoot?.querySelector('.hl-sentence'));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const warm = await churnReaders(page, WARM_UP, opts);
  if (warm.rendered !== warm.added) throw new Error('a warm-up reader did not render');
  const before = await domCounters(cdp);
  const { added, rendered } = await churnReaders(page, ROUNDS, opts);
  if (rendered !== added) throw new Error(`only ${rendered} of ${added} readers rendered`);
  const after = await domCounters(cdp);
  const per = (x) => (x / added).toFixed(2);
  const how = opts.mixed ? ' (mixed kinds, up to five at once)' : '';
  console.log(`Chromium ${browser.version()}: ${added} readers added, rendered and removed${how}`);
  console.log(`DOM nodes       +${after.nodes - before.nodes} (${per(after.nodes - before.nodes)} a reader)`);
  console.log(`event listeners +${after.listeners - before.listeners} (${per(after.listeners - before.listeners)} a reader)`);
  console.log(`JS heap         +${((after.heap - before.heap) / 1024).toFixed(0)} KiB (${per((after.heap - before.heap) / 1024)} KiB a reader)`);
} finally {
  await browser.close();
  await server.close();
}
