// End-to-end tests of what adding, removing and re-rendering readers leaves behind
// (issue 13). Yew never removes the event listeners it puts on an app's host element,
// so the widget reuses host elements (src/host.rs) instead of leaving one per mount.
// Counted with Chromium's DOM counters after forced garbage collections, as
// scripts/bench-churn.mjs counts them: after a warm-up of 20 readers, the next 100 (of
// every kind, up to five at once: helpers.mjs's churnReaders) and the 200 after them
// must each add at most SLACK nodes and listeners; the code before the fix left 3 nodes
// and 10 listeners a reader, and 1 node and 7 listeners for each render of a reader.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserSession, churnReaders, domCounters, reader, visible,
} from './helpers.mjs';

// Growth allowed over 100 or 200 readers, whatever their number: a few nodes and
// listeners of the browser's own, or a host made while a released one was not empty
// yet (the old widget left about 770 nodes and 2,300 listeners over the 200).
const SLACK = 20;

describe('readers added and removed', () => {
  const session = browserSession();

  test('leave no DOM nodes or event listeners behind per reader', async () => {
    const { page, errors } = await session.open('embed-demo.html');
    page.setDefaultTimeout(120000);
    for (let i = 0; i < 3; i++) await reader(page, i);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const runs = [];
    for (const n of [20, 100, 200]) {
      const { added, rendered } = await churnReaders(page, n, { mixed: true });
      assert.equal(rendered, added, `only ${rendered} of ${added} readers rendered`);
      runs.push({ added, ...(await domCounters(cdp)) });
    }
    const [warm, first, second] = runs;
    const growth = (key, a, b) => b[key] - a[key];
    const report = ['nodes', 'listeners', 'heap'].map((key) => `${key} +${growth(key, warm, first)} over ${first.added} readers, +${growth(key, first, second)} over the next ${second.added}`);
    console.log(`churn: ${report.join('; ')}`);
    assert.ok(growth('nodes', first, second) <= SLACK, `DOM nodes grow with the readers: ${report[0]}`);
    assert.ok(growth('listeners', first, second) <= SLACK, `event listeners grow with the readers: ${report[1]}`);
    assert.ok(growth('nodes', warm, first) <= SLACK, `DOM nodes grow with the readers: ${report[0]}`);
    assert.ok(growth('listeners', warm, first) <= SLACK, `event listeners grow with the readers: ${report[1]}`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a reader rendered again and again (theme, heading) leaves nothing behind', async () => {
    const { page, errors } = await session.open('embed-demo.html');
    page.setDefaultTimeout(120000);
    for (let i = 0; i < 3; i++) await reader(page, i);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    // Each change of an attribute renders the reader anew (a new Yew app before).
    const flip = (n) => page.evaluate(async (n) => {
      const el = document.getElementById('inline');
      for (let i = 0; i < n; i++) {
        el.setAttribute('theme', i % 2 ? 'light' : 'dark');
        el.setAttribute('heading', `Heading ${i}`);
        const deadline = performance.now() + 5000;
        while (el.shadowRoot.querySelector('.hl-title')?.textContent !== `Heading ${i}` && performance.now() < deadline) {
          await new Promise((r) => setTimeout(r, 0));
        }
      }
    }, n);
    await flip(20);
    const before = await domCounters(cdp);
    await flip(200);
    const after = await domCounters(cdp);
    const inline = page.locator('hedge-reader#inline');
    assert.equal(await inline.locator('.hl-title').innerText(), 'Heading 199');
    assert.equal(await inline.locator('.hl-root').count(), 1);
    const grown = { nodes: after.nodes - before.nodes, listeners: after.listeners - before.listeners };
    console.log(`re-rendered 200 times: nodes +${grown.nodes}, listeners +${grown.listeners}`);
    assert.ok(grown.nodes <= SLACK && grown.listeners <= SLACK, `200 renders of one reader left ${JSON.stringify(grown)}`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a reader removed and added again works, in a host another reader had', async () => {
    const { page, errors } = await session.open('embed-demo.html');
    await reader(page, 0);
    await churnReaders(page, 10, { mixed: true });
    const events = await page.evaluate(async () => {
      const seen = [];
      window.againSeen = seen;
      const el = document.createElement('hedge-reader');
      el.id = 'again';
      for (const name of ['hedgelight-analyzed', 'hedgelight-select']) el.addEventListener(name, () => seen.push(name));
      el.text = 'Officials said troops may have crossed. Moscow denied it.';
      document.body.append(el);
      window.againReader = el;
      const shown = async () => {
        while (!el.shadowRoot.querySelector('.hl-sentence')) await new Promise((r) => setTimeout(r, 10));
      };
      await shown();
      el.remove();
      await new Promise((r) => setTimeout(r, 50));
      el.setAttribute('theme', 'dark');
      document.querySelector('aside').append(el);
      await shown();
      await new Promise((r) => setTimeout(r, 50));
      return seen;
    });
    assert.deepEqual(events, ['hedgelight-analyzed', 'hedgelight-analyzed']);
    const again = page.locator('hedge-reader#again');
    assert.equal(await again.locator('.hl-sentence').count(), 2);
    assert.equal(await again.locator('.hl-root').getAttribute('data-theme'), 'dark');
    assert.equal(await again.locator('.hl-root').count(), 1, 'the reused host shows one reader');
    await again.locator('.hl-sentence').first().focus();
    await visible(again.locator('.hl-tooltip'), 'focusing a sentence of the re-added reader shows no tooltip');
    assert.equal(await page.evaluate(() => window.againReader.shadowRoot.querySelectorAll('.hl-sentence[tabindex="0"]').length), 1);
    assert.equal(await page.evaluate(() => window.againSeen.at(-1)), 'hedgelight-select', 'focusing a sentence announced nothing');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
