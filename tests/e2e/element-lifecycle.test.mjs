// End-to-end tests of the <hedge-reader> element's life cycle: removal while a render
// is pending, one fetch of src= per URL (upgrade and theme changes), the text property
// on a disconnected element, a WebAssembly load that fails once, paragraphs of inline
// HTML, and which source wins when several are given.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserSession, reader, until, visible,
} from './helpers.mjs';

/** Page errors and console errors of `page` (aborted requests are expected here). */
function pageErrors(page) {
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`); });
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
  return errors;
}

/** Routes `pattern` to answer `body` only once `release()` is called. */
async function gated(page, pattern, body) {
  let release;
  const gate = new Promise((r) => { release = r; });
  let requests = 0;
  let handled;
  await page.route(pattern, (route) => {
    requests += 1;
    handled = gate.then(() => route.fulfill({ status: 200, contentType: 'text/plain', body }))
      .catch(() => {}); // the page may have aborted the request meanwhile
  });
  return { release, requests: () => requests, handled: () => handled };
}

/** The text of each sentence of `host`, without its screen-reader summary. */
function sentenceTexts(host) {
  return host.locator('.hl-sentence').evaluateAll((els) => els.map((e) => {
    const copy = e.cloneNode(true);
    copy.querySelectorAll('.hl-sr').forEach((sr) => sr.remove());
    return copy.textContent.trim();
  }));
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

describe('<hedge-reader> life cycle', () => {
  const session = browserSession();
  const demo = () => session.url('embed-demo.html');

  /** A fresh page on the embed demo, with its three readers rendered. */
  async function demoPage(setup = async () => {}) {
    const page = await session.browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.setDefaultTimeout(10000);
    const errors = pageErrors(page);
    await setup(page);
    await page.goto(demo());
    return { page, errors };
  }

  test('a reader removed while src= is pending never mounts', async () => {
    const { page, errors } = await demoPage();
    for (let i = 0; i < 3; i++) await reader(page, i);
    const slow = await gated(page, '**/samples/removed.txt', 'The officers may have died.');
    await page.evaluate(() => {
      const el = document.createElement('hedge-reader');
      el.id = 'removed';
      el.setAttribute('src', 'samples/removed.txt');
      document.body.append(el);
      window.removedReader = el;
    });
    await visible(page.locator('hedge-reader#removed .hl-status[data-kind="loading"]'), 'no loading state while src= is pending');
    // The loading state shows before the request reaches the route handler: wait for it.
    await until(() => slow.requests() === 1, 'src= was not requested');
    await page.evaluate(() => window.removedReader.remove());
    slow.release();
    await slow.handled();
    await sleep(500);
    const inside = await page.evaluate(() => {
      const root = window.removedReader.shadowRoot;
      return { root: !!root.querySelector('.hl-root'), sentences: root.querySelectorAll('.hl-sentence').length };
    });
    assert.deepEqual(inside, { root: false, sentences: 0 }, 'the removed reader mounted the widget after its text arrived');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a reader moved while src= is pending still renders, from one request', async () => {
    const { page, errors } = await demoPage();
    for (let i = 0; i < 3; i++) await reader(page, i);
    const slow = await gated(page, '**/samples/moved.txt', 'The officers may have died.');
    await page.evaluate(() => {
      const el = document.createElement('hedge-reader');
      el.id = 'moved';
      el.setAttribute('src', 'samples/moved.txt');
      document.body.append(el);
    });
    await until(() => slow.requests() === 1, 'src= was not requested');
    await page.evaluate(() => document.querySelector('aside').append(document.getElementById('moved')));
    slow.release();
    await visible(page.locator('aside hedge-reader#moved .hl-sentence[data-level="3"]'), 'the moved reader did not render its text');
    assert.equal(slow.requests(), 1, 'moving the reader fetched src= again');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('src= is fetched once on upgrade, and not again when the theme changes', async () => {
    let storyRequests = 0;
    const { page, errors } = await demoPage(async (p) => {
      p.on('request', (r) => { if (new URL(r.url()).pathname.endsWith('/samples/story.txt')) storyRequests += 1; });
    });
    for (let i = 0; i < 3; i++) await reader(page, i);
    const fetched = page.locator('hedge-reader#fetched');
    assert.equal(storyRequests, 1, `samples/story.txt was requested ${storyRequests} times for one reader`);
    const theme = () => fetched.locator('.hl-root').getAttribute('data-theme');
    assert.equal(await theme(), 'dark');

    await fetched.evaluate((el) => el.setAttribute('theme', 'light'));
    await until(async () => (await theme()) === 'light', 'theme="light" was not applied to the src= reader');
    await fetched.evaluate((el) => el.setAttribute('heading', 'Another title'));
    await until(async () => (await fetched.locator('.hl-title').innerText()) === 'Another title', 'the new heading is not shown');
    await fetched.evaluate((el) => el.setAttribute('theme', 'dark'));
    await until(async () => (await theme()) === 'dark', 'theme="dark" was not applied to the src= reader');
    assert.ok((await fetched.locator('.hl-sentence').count()) >= 8);
    assert.equal(storyRequests, 1, `theme and heading changes fetched samples/story.txt again (${storyRequests} requests)`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('setting .text on a disconnected reader renders only once it is connected', async () => {
    const { page, errors } = await demoPage();
    await reader(page, 0);
    const before = await page.evaluate(async () => {
      const el = document.createElement('hedge-reader');
      el.id = 'detached';
      el.text = 'It may rain.';
      window.detachedReader = el;
      await new Promise((r) => setTimeout(r, 500));
      return el.shadowRoot.innerHTML;
    });
    assert.equal(before, '<slot></slot>', 'the disconnected reader rendered');
    await page.evaluate(() => document.body.append(window.detachedReader));
    const host = page.locator('hedge-reader#detached');
    await visible(host.locator('.hl-sentence[data-level="3"]'), 'the reader did not render its text once connected');
    assert.equal(await host.locator('.hl-sentence').count(), 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a failed WebAssembly load is retried by the next render, and every reader recovers', async () => {
    let failing = true;
    let served = 0;
    const page = await session.browser.newPage();
    page.setDefaultTimeout(10000);
    await page.route('**/*.wasm', (route) => {
      if (failing) return route.fulfill({ status: 503, body: 'unavailable' });
      served += 1;
      return route.continue();
    });
    await page.goto(demo());
    // Every reader shows the failure (the src= one once its text has arrived too).
    for (const id of ['embedded', 'inline', 'fetched']) {
      const error = page.locator(`hedge-reader#${id} .hl-status[data-kind="error"]`);
      await visible(error, `a failed WebAssembly load shows no error state in #${id}`);
      assert.equal(await error.getAttribute('role'), 'alert');
    }

    // The network is back: one reader's next render loads the module, and the readers
    // that showed the failure render with no change of their own.
    failing = false;
    await page.locator('hedge-reader#embedded').evaluate((el) => el.setAttribute('theme', 'dark'));
    for (let i = 0; i < 3; i++) await reader(page, i);
    assert.equal(await page.locator('hedge-reader .hl-status[data-kind="error"]').count(), 0,
      'a reader kept its error after the WebAssembly load succeeded');
    assert.equal(served, 1, 'the module was loaded more than once after the failure');
    await page.close();
  });

  test('inline block elements are paragraphs; line wrapping in the source is not', async () => {
    const { page, errors } = await demoPage();
    await reader(page, 0);
    await page.evaluate(() => {
      const blocks = document.createElement('hedge-reader');
      blocks.id = 'blocks';
      blocks.innerHTML = '<p>It rained.</p><p>Troops may come.</p>';
      const wrapped = document.createElement('hedge-reader');
      wrapped.id = 'wrapped';
      wrapped.innerHTML = '\n  It rained on\n  Tuesday.\n  Troops <em>may</em> come.\n\n  Moscow denied it.<br>It snowed.\n';
      document.body.append(blocks, wrapped);
    });
    const blocks = page.locator('hedge-reader#blocks');
    await visible(blocks.locator('.hl-sentence').first(), 'the reader with <p> children did not render');
    assert.deepEqual(await sentenceTexts(blocks), ['It rained.', 'Troops may come.']);
    assert.equal(await blocks.locator('.hl-para').count(), 2, '<p>One.</p><p>Two.</p> is not two paragraphs');

    const wrapped = page.locator('hedge-reader#wrapped');
    await visible(wrapped.locator('.hl-sentence').first(), 'the reader with wrapped text did not render');
    const paras = await wrapped.locator('.hl-para').evaluateAll((ps) => ps.map((p) => p.querySelectorAll('.hl-sentence').length));
    assert.deepEqual(paras, [2, 1, 1], 'expected paragraphs of 2, 1 and 1 sentences (blank line and <br> break, single newlines do not)');
    assert.equal(await page.evaluate(() => document.getElementById('blocks').text), 'It rained.\n\nTroops may come.');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('precedence: text property, then src, then text content, then article', async () => {
    const { page, errors } = await demoPage();
    await reader(page, 0);
    const slow = await gated(page, '**/samples/precedence.txt', 'Officials may have lied. They said so. It is over.');
    await page.evaluate(() => {
      const el = document.createElement('hedge-reader');
      el.id = 'order';
      el.setAttribute('article', '001');
      el.setAttribute('src', 'samples/precedence.txt');
      el.textContent = 'Inline text may matter.';
      el.text = 'Property text. It was set.';
      document.body.append(el);
    });
    const host = page.locator('hedge-reader#order');
    const sentences = () => sentenceTexts(host);
    await until(async () => (await sentences()).join(' ') === 'Property text. It was set.', 'the text property does not win over src= and the text content');
    await sleep(300);
    assert.equal(slow.requests(), 0, 'src= was fetched although the text property wins');

    slow.release();
    await host.evaluate((el) => { el.text = null; });
    await until(async () => (await sentences()).length === 3, 'with the text property cleared, src= is not shown');
    assert.equal(slow.requests(), 1);

    await host.evaluate((el) => el.removeAttribute('src'));
    await until(async () => (await sentences()).join(' ') === 'Inline text may matter.', 'without src=, the text content is not shown');

    await host.evaluate((el) => { el.textContent = '  '; });
    await until(async () => (await host.locator('.hl-sentence').count()) > 5, 'without text content, the article is not shown');
    assert.equal(await host.locator('.hl-article-tab').count(), 0, 'article="001" shows the switcher');
    assert.equal(slow.requests(), 1);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
