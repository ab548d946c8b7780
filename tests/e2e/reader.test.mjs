// End-to-end tests of the demo page (dist/index.html): the corpus reader in <hedge-reader>.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  ARTIFACTS, axe, browserSession, CATEGORIES, checkHighlyLikely, corpus, hidden, reader, sentencesWith, showArticle, tapSentence, until, visible, watchErrors,
} from './helpers.mjs';

describe('demo page (index.html)', () => {
  const session = browserSession();
  let page, host, errors;
  const articles = corpus();

  before(async () => {
    ({ page, errors } = await session.open('index.html'));
    host = await reader(page);
  });

  test('serves the built files with the right types', async () => {
    for (const [path, type] of [['pkg/hedgelight_web_bg.wasm', 'application/wasm'], ['pkg/hedgelight_web.js', 'javascript'],
      ['hedge-reader.js', 'javascript'], ['embed-demo.html', 'text/html']]) {
      const res = await fetch(session.url(path));
      assert.equal(res.status, 200, `GET ${path}: HTTP ${res.status}`);
      assert.ok((res.headers.get('content-type') ?? '').includes(type), `GET ${path}: content-type ${res.headers.get('content-type')}, expected ${type}`);
    }
  });

  test('has one <hedge-reader> with an open shadow root, a switcher, sentences and a legend', async () => {
    assert.equal(await page.locator('hedge-reader').count(), 1, 'index.html should hold exactly one <hedge-reader>');
    assert.ok(await page.evaluate(() => document.querySelector('hedge-reader').shadowRoot !== null),
      '<hedge-reader> has no open shadow root');
    const tabs = host.locator('button.hl-article-tab');
    assert.equal(await tabs.count(), articles.length, `expected ${articles.length} button.hl-article-tab (one per corpus article)`);
    assert.deepEqual(await tabs.evaluateAll((els) => els.map((e) => e.getAttribute('data-article'))),
      articles.map((a) => a.id), 'the switcher buttons\' data-article should be the corpus ids in order');
    const pressed = await tabs.evaluateAll((els) => els.filter((e) => e.getAttribute('aria-pressed') === 'true').length);
    assert.equal(pressed, 1, 'exactly one switcher button should have aria-pressed="true"');
    await visible(host.locator('.hl-legend'), 'no visible .hl-legend');
    await visible(host.locator('article.hl-article h2.hl-title'), 'no visible article.hl-article h2.hl-title');

    const sentences = await host.locator('.hl-sentence').evaluateAll((els) =>
      els.map((e) => ({ level: e.getAttribute('data-level'), kind: e.dataset.kind, tabindex: e.getAttribute('tabindex') })));
    assert.ok(sentences.length > 3, `only ${sentences.length} .hl-sentence elements`);
    for (const s of sentences) {
      // Headings, datelines and signposts are not claims: no level.
      if (s.kind === 'claim') assert.match(s.level ?? '', /^[1-5]$/, `a claim's .hl-sentence has data-level=${JSON.stringify(s.level)}, expected 1..5`);
      else assert.equal(s.level, null, `a ${s.kind} has data-level=${JSON.stringify(s.level)}, expected none`);
      assert.ok(s.tabindex !== null && Number(s.tabindex) >= -1, `a .hl-sentence is not focusable (tabindex=${s.tabindex})`);
    }
    assert.ok(sentences.some((s) => Number(s.tabindex) >= 0), 'no .hl-sentence is in the Tab order (tabindex="0")');
    const cats = await host.locator('.hl-sentence .hl-cue').evaluateAll((els) => els.map((e) => e.getAttribute('data-category')));
    assert.ok(cats.length > 0, 'no .hl-cue inside any .hl-sentence');
    for (const c of cats) assert.ok(CATEGORIES.includes(c), `a .hl-cue has data-category=${JSON.stringify(c)}, expected one of ${CATEGORIES.join(', ')}`);
    const tooltip = host.locator('.hl-tooltip[role="tooltip"]');
    assert.equal(await tooltip.count(), 1, 'expected exactly one .hl-tooltip[role="tooltip"]');
    await hidden(tooltip, 'the tooltip is visible before any sentence was hovered or focused');
    await page.screenshot({ path: join(ARTIFACTS, 'index.png'), fullPage: true });
  });

  test('all five articles can be shown with the switcher', async () => {
    assert.equal(articles.length, 5, 'the corpus should hold five articles');
    const titles = new Set();
    for (const { id, date } of articles) {
      assert.ok(await showArticle(host, id), `no button.hl-article-tab[data-article="${id}"]`);
      const others = await host.locator(`button.hl-article-tab:not([data-article="${id}"])[aria-pressed="true"]`).count();
      assert.equal(others, 0, `after choosing article ${id}, another switcher button still has aria-pressed="true"`);
      const title = host.locator('article.hl-article h2.hl-title');
      await until(async () => {
        const t = (await title.innerText()).trim();
        return t.length > 0 && !titles.has(t);
      }, `article ${id}: the title did not change to a new, non-empty one (titles so far: ${[...titles].join(' | ')})`);
      titles.add((await title.innerText()).trim());
      const n = await host.locator('article.hl-article .hl-sentence').count();
      assert.ok(n > 0, `article ${id} shows no .hl-sentence inside article.hl-article`);
      const time = host.locator('article.hl-article time.hl-date');
      if (date) {
        assert.equal(await time.count(), 1, `article ${id} has the date ${date} but shows no time.hl-date`);
        const dt = await time.getAttribute('datetime');
        const shown = await time.innerText();
        assert.ok((dt ?? '').startsWith(date) || shown.includes(date.slice(0, 4)),
          `article ${id}: time.hl-date (datetime=${dt}, text=${JSON.stringify(shown)}) does not give ${date}`);
      } else {
        assert.equal(await time.count(), 0, `article ${id} has no date in its file but shows a time.hl-date`);
      }
      await page.screenshot({ path: join(ARTIFACTS, `index-article-${id}.png`), fullPage: true });
    }
  });

  test('article 000: the "highly likely" sentences are below the top level with the cue marked', async () => {
    await showArticle(host, '000');
    const sentences = sentencesWith(host, 'highly likely');
    const n = await sentences.count();
    assert.ok(n > 0, 'article 000 shows no .hl-sentence containing "highly likely"');
    for (let i = 0; i < n; i++) {
      const s = sentences.nth(i);
      const level = Number(await s.getAttribute('data-level'));
      assert.ok(level >= 1 && level < 5, `a sentence with "highly likely" has data-level=${level}, expected below 5 (asserted): ${(await s.innerText()).slice(0, 120)}`);
      const cues = await s.locator('.hl-cue').evaluateAll((els) => els.map((e) => e.textContent.trim().toLowerCase()));
      assert.ok(cues.includes('highly likely'), `a sentence with "highly likely" has no .hl-cue whose text is "highly likely" (cues: ${JSON.stringify(cues)})`);
    }
  });

  test('article 000: hover, Tab focus and Escape show and hide the tooltip', async () => {
    await showArticle(host, '000');
    await checkHighlyLikely(page, host, 'index');
  });

  test('article 000: tapping a sentence shows the tooltip (touch)', async () => {
    const context = await session.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 400, height: 800 } });
    try {
      const touch = await context.newPage();
      const touchErrors = watchErrors(touch);
      await touch.goto(session.url('index.html'));
      const h = await reader(touch);
      await showArticle(h, '000');
      const target = h.locator('.hl-sentence').filter({ has: touch.locator('.hl-cue', { hasText: /^\s*highly likely\s*$/i }) }).first();
      await tapSentence(touch, target);
      const tooltip = h.locator('.hl-tooltip[role="tooltip"]');
      await visible(tooltip, 'tapping the "highly likely" sentence does not show the .hl-tooltip');
      assert.ok((await tooltip.innerText()).toLowerCase().includes('highly likely'), 'the tooltip shown on tap does not name "highly likely"');
      await touch.screenshot({ path: join(ARTIFACTS, 'index-touch-tooltip.png'), fullPage: true });
      assert.deepEqual(touchErrors, [], 'console errors on the touch page');
    } finally {
      await context.close();
    }
  });

  test('no critical accessibility violations in the widget (axe-core)', async () => {
    await showArticle(host, '000');
    const violations = await axe(page, 'hedge-reader');
    assert.deepEqual(violations, [], 'axe-core found critical violations');
  });

  test('no console errors', () => {
    assert.deepEqual(errors, [], 'the page logged errors');
  });
});
