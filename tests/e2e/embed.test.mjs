// End-to-end tests of the embedding demo (dist/embed-demo.html): <hedge-reader> inside an
// ordinary article page whose own CSS is deliberately hostile.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  ARTIFACTS, browserSession, checkHighlyLikely, reader, showArticle,
} from './helpers.mjs';

// Computed styles of every light-DOM element outside <hedge-reader> (the host page's own).
function hostStyles() {
  const props = ['color', 'font-size', 'font-family', 'font-weight', 'font-style', 'background-color',
    'text-decoration-line', 'display', 'margin-top', 'margin-bottom', 'padding-top', 'line-height', 'visibility'];
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('hedge-reader') || el.matches('script, style, link')) continue;
    const cs = getComputedStyle(el);
    out.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}[${out.length}] ` + props.map((p) => `${p}=${cs.getPropertyValue(p)}`).join('; '));
  }
  const cs = getComputedStyle(document.body);
  out.push('body ' + props.map((p) => `${p}=${cs.getPropertyValue(p)}`).join('; '));
  out.push(`document stylesheets: ${document.styleSheets.length}, adopted: ${document.adoptedStyleSheets.length}`);
  return out;
}

describe('embedding demo (embed-demo.html)', () => {
  const session = browserSession();
  let page, host, errors;

  before(async () => {
    ({ page, errors } = await session.open('embed-demo.html'));
    host = await reader(page);
  });

  test('the page is an article page with its own content around <hedge-reader>', async () => {
    assert.ok((await page.locator('hedge-reader').count()) >= 1, 'no <hedge-reader> on embed-demo.html');
    assert.ok(await page.evaluate(() => document.querySelector('hedge-reader').shadowRoot !== null),
      '<hedge-reader> has no open shadow root');
    const ownSpans = await page.evaluate(() => document.body.querySelectorAll('span').length);
    assert.ok(ownSpans > 0, 'embed-demo.html has no span of its own (the hostile span CSS cannot be checked against the host page)');
    await page.screenshot({ path: join(ARTIFACTS, 'embed-demo.png'), fullPage: true });
  });

  test('host page CSS does not leak into the widget', async () => {
    const hostSpan = await page.evaluate(() => {
      const s = [...document.body.querySelectorAll('span')].find((e) => !e.closest('hedge-reader'));
      const cs = getComputedStyle(s);
      return { fontSize: cs.fontSize, color: cs.color };
    });
    for (const sel of ['.hl-sentence', '.hl-cue']) {
      const el = host.locator(`.hl-sentence ${sel === '.hl-cue' ? '.hl-cue' : ''}`.trim()).first();
      const cs = await el.evaluate((e) => ({ fontSize: getComputedStyle(e).fontSize, color: getComputedStyle(e).color }));
      assert.notEqual(cs.fontSize, hostSpan.fontSize, `${sel} inside the widget has the host page's span font-size ${hostSpan.fontSize}`);
      assert.notEqual(cs.color, hostSpan.color, `${sel} inside the widget has the host page's span color ${hostSpan.color}`);
      assert.notEqual(cs.fontSize, '40px', `${sel} inside the widget has the hostile font-size 40px`);
      assert.notEqual(cs.color, 'rgb(255, 0, 0)', `${sel} inside the widget has the hostile color red`);
    }
  });

  test('the widget does not restyle the host page', async () => {
    const withWidget = await page.evaluate(hostStyles);
    const context = await session.browser.newContext({ viewport: { width: 1200, height: 900 } });
    try {
      const bare = await context.newPage();
      await bare.route('**/hedge-reader.js', (route) => route.abort());
      await bare.route('**/pkg/**', (route) => route.abort());
      await bare.goto(session.url('embed-demo.html'));
      const without = await bare.evaluate(hostStyles);
      assert.deepEqual(withWidget, without, 'the host page\'s own elements are styled differently with the widget loaded than without it');
    } finally {
      await context.close();
    }
  });

  test('article 000: hover, Tab focus and Escape show and hide the tooltip inside <hedge-reader>', async () => {
    await showArticle(host, '000');
    await checkHighlyLikely(page, host, 'embed-demo');
  });

  test('no console errors', () => {
    assert.deepEqual(errors, [], 'the page logged errors');
  });
});
