#!/usr/bin/env node
// What adding and removing <hedge-reader> elements leaves behind (issue 13): the growth
// of DOM nodes, event listeners and the JavaScript heap over N readers, each rendered and
// then removed, after a forced garbage collection, against a baseline taken after a
// warm-up. tests/e2e/churn.test.mjs asserts the same counters on fewer readers.
//
//   scripts/build && node scripts/bench-churn.mjs [--rounds N] [--mixed] [--dist DIR]
//
// --mixed: readers of every kind (texts, src, article, a group, moved), up to five at once
// (helpers.mjs's churnReaders); without it, one two-sentence text at a time.
//
// Result (2026-12-07, Chromium 156, yew 0.23): 1,000 readers leave 0 nodes, 0 listeners
// and about 95 KiB of heap in all (54 KiB after 300, 97 KiB after 3,000: a constant);
// --mixed, 1,143 readers: 1 node and 7 listeners (one more host element) and 139 KiB,
// and 2, 14 and 146 KiB after 3,428. Before the fix, 3 nodes, 10 listeners and 1.87 KiB
// a reader (--mixed: 3.37, 10 and 3.14 KiB): Yew registers its delegated event listeners
// on each app's host element and never removes them (`HostHandlers::add_listener`
// forgets the closures, "the registry is never dropped in production", yew's
// dom_bundle/subtree_root.rs), and each closure holds its subtree, which holds the host.
// The widget now never destroys a Yew app: src/host.rs pools the host elements and
// reuses them for the next readers.
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
