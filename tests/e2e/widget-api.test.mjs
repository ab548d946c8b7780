// End-to-end tests of the embedding API: inline text, src= (served file and 404),
// several readers on one page, analyze() from script (identical to the CLI), the text
// property, and themes.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  browserSession, hidden, reader, ROOT, until, visible,
} from './helpers.mjs';

/** `hedgelight analyze` of `text`, run natively through cargo (the same binary the README documents). */
function cliAnalyze(text) {
  const r = spawnSync('cargo', ['run', '-q', '--bin', 'hedgelight', '--', 'analyze'], {
    cwd: ROOT, input: text, encoding: 'utf8', maxBuffer: 64 << 20,
  });
  assert.equal(r.status, 0, `hedgelight analyze failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** Appends a <hedge-reader> with these attributes (and text) to the page's body. */
function addReader(page, attributes, text = null) {
  return page.evaluate(([attrs, t]) => {
    const el = document.createElement('hedge-reader');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (t != null) el.textContent = t;
    document.body.append(el);
  }, [attributes, text]);
}

describe('embedding API (embed-demo.html)', () => {
  const session = browserSession();
  let page, errors;
  let wasmRequests = 0;

  before(async () => {
    ({ page, errors } = await session.open('embed-demo.html', {}, (p) => {
      p.on('request', (r) => { if (r.url().endsWith('.wasm')) wasmRequests += 1; });
    }));
    for (let i = 0; i < 3; i++) await reader(page, i);
  });

  test('inline text: the host page\'s own text is analysed', async () => {
    const inline = page.locator('hedge-reader#inline');
    const text = await inline.locator('.hl-body').innerText();
    assert.ok(text.includes('Officials said the convoy'), `inline reader shows: ${text.slice(0, 120)}`);
    const dispute = inline.locator('.hl-cue[data-category="dispute"]');
    assert.ok((await dispute.count()) >= 1, 'the "denied" / "fake news" of the inline text is not marked as dispute');
    assert.equal(await inline.locator('.hl-sentence', { hasText: 'denied' }).getAttribute('data-level'), '1');
    assert.equal(await inline.locator('.hl-article-tab').count(), 0, 'an inline reader has no article switcher');
  });

  test('src=: plain text fetched from the same origin, with its heading', async () => {
    const fetched = page.locator('hedge-reader#fetched');
    assert.equal(await fetched.locator('.hl-title').innerText(), 'Briefing note');
    const sentences = await fetched.locator('.hl-sentence').count();
    assert.ok(sentences >= 8, `expected the sample story's sentences, got ${sentences}`);
    const unverified = fetched.locator('.hl-cue[data-category="unverified"]', { hasText: 'could not be independently verified' });
    assert.equal(await unverified.count(), 1);
  });

  test('src= that fails shows a clear error state, not a blank box', async () => {
    const { page: p } = await session.open('embed-demo.html');
    await addReader(p, { id: 'broken', src: 'samples/does-not-exist.txt' });
    const status = p.locator('hedge-reader#broken .hl-status[data-kind="error"]');
    await visible(status, 'a src= that answers 404 shows no .hl-status error');
    assert.equal(await status.getAttribute('role'), 'alert');
    assert.match(await status.innerText(), /404/);
    await p.close();
  });

  test('a loading state is visible while src= is fetched', async () => {
    let release;
    const gate = new Promise((r) => { release = r; });
    const { page: p } = await session.open('embed-demo.html', {}, (pg) => pg.route('**/samples/slow.txt', async (route) => {
      await gate;
      await route.fulfill({ status: 200, contentType: 'text/plain', body: 'The officers may have died.' });
    }));
    await addReader(p, { id: 'slow', src: 'samples/slow.txt' });
    const loading = p.locator('hedge-reader#slow .hl-status[data-kind="loading"]');
    await visible(loading, 'no loading state while src= is pending');
    assert.equal(await loading.getAttribute('role'), 'status');
    release();
    await visible(p.locator('hedge-reader#slow .hl-sentence[data-level="3"]'), 'the slow text did not render after loading');
    await p.close();
  });

  test('several readers on one page are independent and share one wasm load', async () => {
    assert.equal(wasmRequests, 1, `the wasm module was requested ${wasmRequests} times for 3 readers`);
    const first = page.locator('hedge-reader#embedded');
    const second = page.locator('hedge-reader#inline');
    await first.locator('.hl-sentence').first().hover();
    await visible(first.locator('.hl-tooltip'), 'hovering a sentence of the first reader shows no tooltip');
    assert.ok(await second.locator('.hl-tooltip').isHidden(), 'hovering the first reader opened the second reader\'s tooltip');
    await page.mouse.move(0, 0);
    await hidden(first.locator('.hl-tooltip'), 'the tooltip does not hide when the pointer leaves');
  });

  test('analyze() from script returns exactly what `hedgelight analyze` prints', async () => {
    const text = readFileSync(join(ROOT, 'static', 'samples', 'story.txt'), 'utf8');
    const fromBrowser = await page.evaluate(async (t) => {
      const mod = await import('./hedge-reader.js');
      return mod.analyze(t);
    }, text);
    assert.deepEqual(fromBrowser, cliAnalyze(text));
    assert.ok(fromBrowser.sentences.length >= 8);
    assert.deepEqual(fromBrowser.levels, ['disputed', 'unverified', 'hedged', 'attributed', 'asserted']);
  });

  test('the rendered levels of the corpus reader match the CLI sentence by sentence', async () => {
    const levels = await page.locator('hedge-reader#embedded .hl-sentence').evaluateAll((els) =>
      els.map((e) => (e.hasAttribute('data-level') ? Number(e.getAttribute('data-level')) : null)));
    const raw = readFileSync(join(ROOT, 'static', 'corpus', '000_e4b83ed9eaea7b5a.txt'), 'utf8');
    const body = raw.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '');
    assert.deepEqual(levels, cliAnalyze(body).sentences.map((s) => s.level));
  });

  test('setting the text property or the text content re-renders', async () => {
    const inline = page.locator('hedge-reader#inline');
    await inline.evaluate((el) => { el.text = 'Moscow denied it. Troops may come.'; });
    await until(async () => (await inline.locator('.hl-sentence').count()) === 2, 'setting .text did not re-render two sentences');
    assert.equal(await inline.locator('.hl-sentence').first().getAttribute('data-level'), '1');

    await addReader(page, { id: 'live' }, 'It rained.');
    const live = page.locator('hedge-reader#live');
    await visible(live.locator('.hl-sentence'), 'a reader added from script did not render');
    await live.evaluate((el) => { el.textContent = 'It may rain. It rained.'; });
    await until(async () => (await live.locator('.hl-sentence').count()) === 2, 'changing the text content did not re-render');
  });

  test('theme attribute switches light and dark', async () => {
    const bg = (sel) => page.locator(sel).locator('.hl-root').evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.equal(await bg('hedge-reader#embedded'), 'rgb(255, 255, 255)');
    assert.notEqual(await bg('hedge-reader#fetched'), 'rgb(255, 255, 255)');
    await page.locator('hedge-reader#embedded').evaluate((el) => el.setAttribute('theme', 'dark'));
    await until(async () => (await bg('hedge-reader#embedded')) !== 'rgb(255, 255, 255)', 'theme="dark" did not darken the reader');
  });

  test('a host container with overflow: hidden does not clip the tooltip', async () => {
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.id = 'clipping-box';
      box.style.cssText = 'overflow: hidden; height: 5.5em; width: 30rem; position: relative';
      const el = document.createElement('hedge-reader');
      el.id = 'clipped';
      el.textContent = 'Troops may have crossed the border, officials said.';
      box.append(el);
      document.body.append(box);
    });
    const clipped = page.locator('hedge-reader#clipped');
    const s = clipped.locator('.hl-sentence').first();
    await visible(s, 'the reader in the clipping box did not render');
    await s.hover();
    const tip = clipped.locator('.hl-tooltip');
    await visible(tip, 'no tooltip inside the clipping box');
    const inside = await page.evaluate(() => {
      const host = document.querySelector('hedge-reader#clipped');
      const t = host.shadowRoot.querySelector('.hl-tooltip');
      const r = t.getBoundingClientRect();
      const box = document.getElementById('clipping-box').getBoundingClientRect();
      // The tooltip's centre and both its edges must be painted by the tooltip itself.
      const hit = (x, y) => { const e = host.shadowRoot.elementFromPoint(x, y); return !!e && t.contains(e); };
      return {
        extendsPastBox: r.bottom > box.bottom || r.top < box.top,
        centre: hit(r.left + r.width / 2, r.top + r.height / 2),
        edges: hit(r.left + r.width / 2, r.top + 4) && hit(r.left + r.width / 2, r.bottom - 4),
        inViewport: r.left >= 0 && r.right <= window.innerWidth,
      };
    });
    assert.ok(inside.extendsPastBox, 'the test is meant to need more room than the box has');
    assert.deepEqual(inside, { extendsPastBox: true, centre: true, edges: true, inViewport: true });
    await page.mouse.move(0, 0);
    await page.evaluate(() => document.getElementById('clipping-box').remove());
  });

  test('no console errors', () => {
    assert.deepEqual(errors, []);
  });
});
