// End-to-end tests of long texts (issues 12 and 13): a text of STREAM_CHARS or more is
// analysed in a Web Worker (the analysis-only WebAssembly) and shown in steps, with a
// progress bar, the first sentences shaded before the rest is shown; in the end every
// sentence is shaded and the report is analyze()'s. Under a strict
// Content-Security-Policy with no violation, and without workers (analysed on the main
// thread in steps). Timings are printed (t.diagnostic), never asserted: the figures are
// scripts/bench-big.mjs's.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTIFACTS, browserSession, corpusText, testPages, until, watchErrors } from './helpers.mjs';

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const MB = 1024 * 1024;

/** Records every securitypolicyviolation in window.__violations. */
function countViolations() {
  window.__violations = [];
  window.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
  }, true);
}

/**
 * In the page: a reader (with a short text, shown) whose `text` is then set to
 * window.__text; resolves when hedgelight-analyzed fires, with what was seen meanwhile.
 * The text is put in the page first, so that handing it over is not timed.
 */
async function showLong(page, text, { maxChars = 20_000_000 } = {}) {
  await page.evaluate(async ({ t, maxChars }) => {
    window.__text = t;
    await import('/hedge-reader.js');
    const el = document.createElement('hedge-reader');
    el.setAttribute('theme', 'light');
    el.setAttribute('max-chars', String(maxChars));
    el.textContent = 'Officials said the convoy may have crossed the border.';
    document.querySelector('main').append(el);
    await new Promise((resolve) => el.addEventListener('hedgelight-analyzed', resolve, { once: true }));
  }, { t: text, maxChars });
  return page.evaluate(() => new Promise((resolve) => {
    const el = document.querySelector('hedge-reader');
    const root = el.shadowRoot;
    const seen = { bar: false, label: null, busyShaded: false, first: null, selects: 0 };
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    const t0 = performance.now();
    const look = new MutationObserver(() => {
      const body = root.querySelector('.hl-body');
      const bar = root.querySelector('.hl-progress progress.hl-progress-bar');
      if (bar) {
        seen.bar = true;
        seen.label ??= bar.value > 0 ? root.querySelector('.hl-progress-label')?.textContent : null;
      }
      if (body?.getAttribute('aria-busy') === 'true' && body.querySelector('.hl-sentence[data-level]')) {
        seen.busyShaded = true;
        seen.first ??= performance.now() - t0;
      }
    });
    look.observe(root, { subtree: true, childList: true, attributes: true });
    el.addEventListener('hedgelight-analyzed', (e) => {
      look.disconnect();
      observer.disconnect();
      window.__report = e.detail;
      resolve({
        ...seen,
        all: performance.now() - t0,
        longest: Math.max(0, ...tasks.filter((x) => x.startTime + x.duration > t0).map((x) => x.duration)),
        longTasks: tasks.filter((x) => x.startTime + x.duration > t0).length,
        sentences: e.detail.sentences.length,
      });
    }, { once: true });
    el.text = window.__text;
  }));
}

/**
 * In the page, once shown: whether every sentence is in the shadow root in order, with
 * its level, and its words; whether the event's report is analyze()'s (compared there:
 * megabytes of JSON need not cross to Node).
 */
function checkShown(page, { words = true } = {}) {
  return page.evaluate(async (words) => {
    const el = document.querySelector('hedge-reader');
    const root = el.shadowRoot;
    const report = window.__report;
    const spans = [...root.querySelectorAll('.hl-body .hl-sentence')];
    const wrong = [];
    spans.forEach((span, i) => {
      const s = report.sentences[i];
      if (!s || span.dataset.index !== String(i) || (span.dataset.level ?? null) !== (s.level == null ? null : String(s.level))) {
        wrong.push(i);
      } else if (words) {
        const copy = span.cloneNode(true);
        copy.querySelectorAll('.hl-sr').forEach((sr) => sr.remove());
        if (copy.textContent !== s.text) wrong.push(i);
      }
    });
    const { analyze } = await import('/hedge-reader.js');
    const expected = await analyze(window.__text);
    return {
      spans: spans.length,
      shaded: root.querySelectorAll('.hl-body .hl-sentence[data-level]').length,
      claims: report.sentences.filter((s) => s.level != null).length,
      wrong: wrong.slice(0, 5),
      same: JSON.stringify(expected) === JSON.stringify(report),
      expected: expected.sentences.length,
      progress: root.querySelectorAll('.hl-progress').length,
      busy: root.querySelector('.hl-body').getAttribute('aria-busy'),
      worker: performance.getEntriesByType('resource').some((r) => r.name.endsWith('/hedge-worker.js')),
      analysisWasm: performance.getEntriesByType('resource').some((r) => r.name.endsWith('/pkg/hedgelight_bg.wasm')),
    };
  }, words);
}

/** The checks every long text passes once shown. */
function assertShown(got, seen, what) {
  assert.ok(seen.bar, `${what}: no progress bar while it was analysed`);
  assert.ok(seen.busyShaded, `${what}: no sentence was shaded while the reader was busy (shown all at once?)`);
  assert.match(seen.label ?? '', /^Analysing… \d+%$/, `${what}: the progress bar's label`);
  assert.equal(got.spans, got.expected, `${what}: ${got.spans} sentences shown of ${got.expected}`);
  assert.equal(got.shaded, got.claims, `${what}: not every claim is shaded`);
  assert.deepEqual(got.wrong, [], `${what}: sentences shown with another index, level or words`);
  assert.ok(got.same, `${what}: the report of hedgelight-analyzed is not analyze()'s`);
  assert.equal(got.progress, 0, `${what}: the progress bar stays`);
  assert.equal(got.busy, null, `${what}: aria-busy stays`);
}

const timings = (seen) => `${seen.sentences} sentences; first shaded ${Math.round(seen.first)} ms, all ${Math.round(seen.all)} ms; `
  + `${seen.longTasks} tasks over 50 ms, the longest ${Math.round(seen.longest)} ms`;

describe('long texts: analysed in a worker, shown in steps', () => {
  const session = browserSession({ handle: testPages() });

  async function open(prepare) {
    const page = await session.browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.setDefaultTimeout(10000);
    const errors = watchErrors(page);
    if (prepare) await prepare(page);
    await page.goto(session.url('test-pages/blank.html'));
    return { page, errors };
  }

  test('1 MB through `text`: the first sentences shaded first, then every one, as analyze() gives them; keys reach the last', async (t) => {
    const { page, errors } = await open();
    const text = corpusText(MB);
    // A screenshot while it works: the progress bar and the first sentences shaded.
    const shot = (async () => {
      await until(() => page.evaluate(() => {
        const root = document.querySelectorAll('hedge-reader')[0]?.shadowRoot;
        const bar = root?.querySelector('.hl-progress-bar');
        return bar && bar.value >= 20 && root.querySelector('.hl-body .hl-sentence[data-level]') !== null;
      }), 'the progress bar never passed 20%', 60000);
      await page.screenshot({ path: join(ARTIFACTS, 'long-text-progress.png') }).catch(() => {});
    })();
    const seen = await showLong(page, text);
    await shot.catch(() => {});
    t.diagnostic(`1 MB: ${timings(seen)}`);
    const got = await checkShown(page);
    assertShown(got, seen, '1 MB');
    assert.ok(got.worker && got.analysisWasm, 'the worker and the analysis WebAssembly were not loaded');

    // Every sentence is reachable by keyboard once it is done.
    const host = page.locator('hedge-reader');
    await host.locator('.hl-sentence').first().focus();
    await page.keyboard.press('End');
    const last = got.spans - 1;
    await until(() => host.locator(`.hl-sentence[data-index="${last}"]`).evaluate((el) => el.getRootNode().activeElement === el),
      'End does not reach the last sentence');
    const tip = host.locator('.hl-tooltip');
    await until(async () => (await tip.isVisible()) && (await host.locator(`.hl-sentence[data-index="${last}"]`).getAttribute('aria-describedby')) !== null,
      'the last sentence shows no tooltip');
    await page.keyboard.press('Home');
    await until(() => host.locator('.hl-sentence[data-index="0"]').evaluate((el) => el.getRootNode().activeElement === el),
      'Home does not reach the first sentence');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('5 MB through `text`: every sentence shaded, as analyze() gives them', async (t) => {
    const { page, errors } = await open();
    page.setDefaultTimeout(120000);
    const seen = await showLong(page, corpusText(5 * MB));
    t.diagnostic(`5 MB: ${timings(seen)}`);
    const got = await checkShown(page, { words: false });
    assertShown(got, seen, '5 MB');
    assert.ok(got.worker, 'the worker was not used');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a new text while the last is analysed: only the new one is shown', async () => {
    const { page, errors } = await open();
    const first = corpusText(MB);
    const second = `${corpusText(200_000)}\n\nThe last paragraph says troops may have left.`;
    await showLong(page, 'Short.');
    const done = page.evaluate(([a, b]) => new Promise((resolve) => {
      const el = document.querySelector('hedge-reader');
      const reports = [];
      el.addEventListener('hedgelight-analyzed', (e) => {
        reports.push(e.detail.sentences.length);
        if (e.detail.sentences.at(-1)?.text.includes('troops may have left')) {
          window.__report = e.detail;
          window.__text = b;
          setTimeout(() => resolve(reports), 500);
        }
      });
      el.text = a;
      setTimeout(() => { el.text = b; }, 300);
    }), [first, second]);
    const reports = await done;
    assert.equal(reports.length, 1, `hedgelight-analyzed fired for the text replaced meanwhile: ${reports}`);
    const got = await checkShown(page, { words: false });
    assert.equal(got.spans, got.expected);
    assert.ok(got.same, 'the report is not the new text\'s');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a speaker named in full only after the first sentences were shown: one source, as analyze() links it', async () => {
    const { page, errors } = await open();
    // "Ravensworth" is shown before "Defence minister Elena Ravensworth" is analysed; the whole text
    // links them (the chunk after the analysis relinks the first), and so do the report
    // and the Sources view.
    const filler = corpusText(60_000);
    const text = `Ravensworth said troops may have left.\n\n${filler}\n\nDefence minister Elena Ravensworth said more may follow.\n\n${filler}`;
    const seen = await showLong(page, text);
    const got = await checkShown(page, { words: false });
    assertShown(got, seen, 'named later');
    const entity = await page.evaluate(() => window.__report.sentences[0].source?.entity);
    assert.equal(entity, 'Defence minister Elena Ravensworth');
    const host = page.locator('hedge-reader');
    await host.locator('button.hl-sources-toggle').click();
    const names = await host.locator('button.hl-source-choice .hl-source-name').allTextContents();
    assert.ok(names.includes('Defence minister Elena Ravensworth'), names.slice(0, 10).join(' | '));
    assert.ok(!names.includes('Ravensworth'), 'the first mention is a source of its own');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a long text in a group is analysed at once, not in steps: its Compare view needs every text', async () => {
    const { page, errors } = await open();
    const long = corpusText(40_000);
    const got = await page.evaluate(async (long) => {
      window.__workers = 0;
      const Native = window.Worker;
      window.Worker = class extends Native {
        constructor(...args) {
          super(...args);
          window.__workers += 1;
        }
      };
      const { analyze, STREAM_CHARS } = await import('/hedge-reader.js');
      const make = (text) => {
        const el = document.createElement('hedge-reader');
        el.setAttribute('group', 'long');
        el.setAttribute('max-chars', '1000000');
        el.text = text;
        return el;
      };
      const a = make(long);
      const b = make('Officials said the convoy may have crossed the border. Moscow denied it.');
      let progress = false;
      const look = new MutationObserver(() => {
        progress ||= a.shadowRoot.querySelector('.hl-progress') !== null;
      });
      look.observe(a.shadowRoot, { subtree: true, childList: true });
      document.querySelector('main').append(a, b);
      const expected = (await analyze(long)).sentences.length;
      const shown = () => a.shadowRoot.querySelectorAll('.hl-body .hl-sentence').length;
      for (let i = 0; i < 600 && shown() < expected; i++) await new Promise((r) => setTimeout(r, 50));
      look.disconnect();
      return {
        long: long.length >= STREAM_CHARS,
        expected,
        shown: shown(),
        compare: a.shadowRoot.querySelector('button.hl-compare-tab') !== null,
        progress,
        workers: window.__workers,
      };
    }, long);
    assert.ok(got.long, 'the text is not over STREAM_CHARS');
    assert.equal(got.shown, got.expected, 'not every sentence is shown');
    assert.ok(got.compare, 'no Compare button: the reader is not in its group');
    assert.equal(got.progress, false, 'a progress bar: analysed in steps');
    assert.equal(got.workers, 0, 'a worker was started');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a text just under STREAM_CHARS renders at once, with no progress bar', async () => {
    const { page, errors } = await open();
    const limit = await page.evaluate(async () => (await import('/hedge-reader.js')).STREAM_CHARS);
    const text = corpusText(limit - 20_000);
    assert.ok(text.length < limit, `${text.length} is not under ${limit}`);
    const seen = await showLong(page, text);
    assert.equal(seen.bar, false, 'a progress bar for a text under STREAM_CHARS');
    assert.equal(seen.busyShaded, false);
    const got = await checkShown(page, { words: false });
    assert.equal(got.spans, got.expected);
    assert.ok(got.same);
    assert.equal(got.worker, false, 'the worker was started for a short text');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('long texts under a strict Content-Security-Policy', () => {
  const session = browserSession({
    handle: testPages(() => ({ 'content-security-policy': POLICY })),
    // Every file under the policy too: the module, the worker, both WebAssembly modules.
    headers: () => ({ 'content-security-policy': POLICY }),
  });

  test(`${POLICY}: the worker runs, with no violation`, async (t) => {
    const page = await session.browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.setDefaultTimeout(10000);
    const errors = watchErrors(page);
    await page.addInitScript(countViolations);
    await page.goto(session.url('test-pages/blank.html'));
    const policy = await page.evaluate(async () => (await fetch('/hedge-worker.js')).headers.get('content-security-policy'));
    assert.equal(policy, POLICY, 'the worker is not served with the policy');
    const seen = await showLong(page, corpusText(MB / 2));
    t.diagnostic(`0.5 MB under the policy: ${timings(seen)}`);
    const got = await checkShown(page, { words: false });
    assertShown(got, seen, 'under the strict policy');
    assert.ok(got.worker && got.analysisWasm, 'the worker was not used under the strict policy');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('long texts without a worker', () => {
  const session = browserSession({ handle: testPages() });

  test('no Worker in the page: analysed on the main thread in steps, the same report', async (t) => {
    const page = await session.browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.setDefaultTimeout(60000);
    const errors = watchErrors(page);
    await page.addInitScript(() => { delete window.Worker; });
    await page.goto(session.url('test-pages/blank.html'));
    const seen = await showLong(page, corpusText(MB));
    t.diagnostic(`1 MB without a worker: ${timings(seen)}`);
    const got = await checkShown(page, { words: false });
    assertShown(got, seen, 'without a worker');
    assert.equal(got.worker, false, 'a worker script was fetched');
    assert.equal(got.analysisWasm, false, 'the analysis WebAssembly was fetched with no worker to run it');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a worker that cannot load (404): analysed on the main thread instead', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.setDefaultTimeout(60000);
    await page.route('**/hedge-worker.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(session.url('test-pages/blank.html'));
    const seen = await showLong(page, corpusText(MB / 4));
    const got = await checkShown(page, { words: false });
    assertShown(got, seen, 'with no worker script');
    await page.close();
  });
});
