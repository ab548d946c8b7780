// End-to-end test of the reader under a strict Content-Security-Policy (no 'unsafe-inline'
// for styles): the same page served with and without the policy must raise no
// securitypolicyviolation event and compute the same styles (shading, cues, the
// screen-reader text, the profile bar, the tooltip's place, the status messages).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  ARTIFACTS, browserSession, reader, testPages, visible, watchErrors,
} from './helpers.mjs';

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** Records every securitypolicyviolation (from the document or a shadow root) in window.__violations. */
function countViolations() {
  window.__violations = [];
  window.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
  }, true);
}

/** What a reader looks like, as numbers and strings to compare between the two pages. */
async function looks(page) {
  // The tooltip of the inline reader's hedged sentence, shown by hover.
  const inline = page.locator('hedge-reader#inline');
  const hedged = inline.locator('.hl-sentence[data-level="3"]').first();
  await hedged.hover();
  const tip = inline.locator('.hl-tooltip');
  await visible(tip, 'hovering the hedged sentence shows no tooltip');
  await tip.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
  return page.evaluate(() => {
    const pick = (el, props) => {
      const cs = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    };
    const root = (id) => document.getElementById(id).shadowRoot;
    const out = {};
    for (const id of ['corpus', 'inline', 'fetched']) {
      const r = root(id);
      out[id] = {
        host: pick(document.getElementById(id), ['display']),
        root: pick(r.querySelector('.hl-root'), ['background-color', 'color', 'padding-top', 'border-radius']),
        sentences: [1, 2, 3, 4, 5].map((l) => {
          const s = r.querySelector(`.hl-sentence[data-level="${l}"]`);
          return s && pick(s, ['background-color', 'border-radius', 'cursor']);
        }),
        cues: [...new Set([...r.querySelectorAll('.hl-body .hl-cue')].map((c) => c.dataset.category))].sort()
          .map((cat) => [cat, pick(r.querySelector(`.hl-body .hl-cue[data-category="${cat}"]`),
            ['text-decoration-line', 'text-decoration-style', 'text-decoration-color', 'font-weight', 'font-style'])]),
        sr: pick(r.querySelector('.hl-sr'), ['position', 'width', 'height', 'overflow']),
        profile: [...r.querySelectorAll('.hl-profile-seg')].map((seg) => Math.round(seg.getBoundingClientRect().width)),
        legend: pick(r.querySelector('.hl-legend'), ['display', 'font-size']),
      };
    }
    const r = root('inline');
    const tip = r.querySelector('.hl-tooltip').getBoundingClientRect();
    const sentence = r.querySelector('.hl-sentence.hl-active').getBoundingClientRect();
    out.tooltip = {
      style: pick(r.querySelector('.hl-tooltip'), ['position', 'background-color', 'color', 'width']),
      below: Math.round(tip.top - sentence.bottom),
      left: Math.round(tip.left),
    };
    return out;
  });
}

describe('strict Content-Security-Policy', () => {
  const session = browserSession({
    handle: testPages((name) => (name === 'strict.html' ? { 'content-security-policy': POLICY } : {})),
    // The page's own files (the module, the wasm, src=) under the same policy.
    headers: () => ({ 'content-security-policy': POLICY }),
  });

  async function open(name) {
    const page = await session.browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.setDefaultTimeout(10000);
    const errors = watchErrors(page);
    await page.addInitScript(countViolations);
    await page.goto(session.url(`test-pages/${name}`));
    for (let i = 0; i < 3; i++) await reader(page, i);
    return { page, errors };
  }

  test(`${POLICY}: no violation, and the reader looks as it does with no policy`, async () => {
    const lax = await open('lax.html');
    const strict = await open('strict.html');
    const policy = await strict.page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
    assert.equal(policy, POLICY, 'the strict page is not served with the policy');

    const expected = await looks(lax.page);
    const got = await looks(strict.page);
    // The lax page is really styled (so that equality means something).
    assert.notEqual(expected.inline.sentences[2]['background-color'], 'rgba(0, 0, 0, 0)', 'the hedged sentence is not shaded even without a policy');
    assert.equal(expected.inline.sr.position, 'absolute');
    assert.ok(expected.tooltip.below >= 0 && expected.tooltip.below < 20, `the tooltip is ${expected.tooltip.below} px below its sentence`);
    assert.ok(expected.corpus.profile.length >= 3);
    await strict.page.mouse.move(0, 0);
    await strict.page.screenshot({ path: join(ARTIFACTS, 'strict-csp.png'), fullPage: true });

    assert.deepEqual(got, expected, 'the reader computes other styles under the strict policy');
    assert.deepEqual(await strict.page.evaluate(() => window.__violations), []);
    assert.deepEqual(strict.errors, []);
    assert.deepEqual(lax.errors, []);
    await lax.page.close();
    await strict.page.close();
  });

  test('status messages (loading, errors) are styled under the strict policy too', async () => {
    const { page } = await open('strict.html');
    await page.evaluate(() => {
      const el = document.createElement('hedge-reader');
      el.id = 'missing';
      el.setAttribute('src', '/samples/not-there.txt');
      el.textContent = 'The host page\'s own text.';
      document.querySelector('main').append(el);
    });
    const status = page.locator('hedge-reader#missing .hl-status[data-kind="error"]');
    await visible(status, 'a src= that answers 404 shows no error under the strict policy');
    const look = await status.evaluate((el) => {
      const cs = getComputedStyle(el);
      return { background: cs.backgroundColor, padding: cs.paddingTop };
    });
    assert.deepEqual(look, { background: 'rgb(253, 232, 234)', padding: '16px' }, 'the error message is unstyled');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    await page.close();
  });
});
