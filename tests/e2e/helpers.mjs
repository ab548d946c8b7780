// Shared helpers for the end-to-end tests (node --test + playwright-core + Debian's Chromium).
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { mkdirSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

/** Level numbers of the widget's scale and their names (1 = least confident). */
export const LEVEL_NAMES = { 1: 'disputed', 2: 'unverified', 3: 'hedged', 4: 'attributed', 5: 'asserted' };
export const CATEGORIES = ['speculation', 'belief', 'condition', 'investigation', 'attribution', 'anonymous', 'unverified', 'dispute', 'booster'];

/** The corpus articles: id ("000"...) and ISO date when the file begins with " date YYYY-MM-DD". */
export function corpus() {
  const dir = join(ROOT, 'static', 'corpus');
  return readdirSync(dir)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const m = /^\s*date\s+(\d{4}-\d{2}-\d{2})/.exec(text);
      return { id: f.slice(0, 3), date: m ? m[1] : null };
    });
}

/**
 * A long text: the five corpus articles (without their date lines), one after another,
 * repeated until the text is at least `chars` UTF-16 code units long.
 */
export function corpusText(chars) {
  const dir = join(ROOT, 'static', 'corpus');
  const one = readdirSync(dir)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s*/, '').trim())
    .join('\n\n');
  return Array.from({ length: Math.max(1, Math.ceil(chars / (one.length + 2))) }, () => one).join('\n\n');
}

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch() {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} not found: run scripts/setup (installs Debian's chromium)`);
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/**
 * The base URL of the built site: HEDGELIGHT_BASE_URL (set by scripts/test), else
 * dist/ served here on a free port. Returns { url, close }. With `serverOptions`
 * (see startServer: fault handlers, headers) dist/ is always served here.
 */
export async function site(serverOptions) {
  const env = process.env.HEDGELIGHT_BASE_URL;
  if (env && !serverOptions) return { url: env.endsWith('/') ? env : env + '/', close: async () => {} };
  const dist = join(ROOT, 'dist');
  assert.ok(existsSync(join(dist, 'index.html')), 'dist/index.html not found: run scripts/build first');
  return startServer(dist, 0, serverOptions);
}

const PAGES = join(ROOT, 'tests', 'e2e', 'pages');
const PAGE_TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };

/**
 * A request handler for startServer that serves tests/e2e/pages/NAME at /test-pages/NAME,
 * with the headers `headers(name)` gives, else passes the request to `next`.
 */
export function testPages(headers = () => ({}), next = async () => false) {
  return async (req, res, path) => {
    const m = /^\/test-pages\/([\w-]+)(\.\w+)$/.exec(path);
    if (!m) return next(req, res, path);
    const [, name, ext] = m;
    // lax.html is strict.html without its Content-Security-Policy.
    const file = join(PAGES, (name === 'lax' ? 'strict' : name) + ext);
    if (!existsSync(file)) return false;
    res.writeHead(200, { 'content-type': PAGE_TYPES[ext] ?? 'text/plain', ...headers(name + ext) });
    res.end(readFileSync(file));
    return true;
  };
}

/**
 * The site and a browser for the tests of the enclosing describe(): registers its
 * before/after hooks and returns { server, browser, url(path), open(path, options, prepare) }.
 * `open` makes a page (1200x900 unless `options` say otherwise), lets `prepare(page)` hook
 * routes or listeners, navigates, and returns { page, errors } (see watchErrors).
 */
export function browserSession(serverOptions) {
  const session = {
    url: (path) => new URL(path, session.server.url).href,
    async open(path, options = {}, prepare = async () => {}) {
      const page = await session.browser.newPage({ viewport: { width: 1200, height: 900 }, ...options });
      page.setDefaultTimeout(10000);
      const errors = watchErrors(page);
      await prepare(page);
      await page.goto(session.url(path));
      return { page, errors };
    },
  };
  before(async () => {
    session.server = await site(serverOptions);
    session.browser = await launch();
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/** Collect console errors and uncaught page errors of `page` into an array. */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()} (${msg.location().url ?? ''})`);
  });
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
  page.on('requestfailed', (req) => errors.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return errors;
}

/** Wait until `locator` is visible, failing with `message` (plus Playwright's reason). */
export async function visible(locator, message, timeout = 5000) {
  try {
    await locator.waitFor({ state: 'visible', timeout });
  } catch (e) {
    assert.fail(`${message}\n  (${e.message.split('\n')[0]})`);
  }
}

/** Wait until `locator` is hidden or gone, failing with `message`. */
export async function hidden(locator, message, timeout = 5000) {
  try {
    await locator.waitFor({ state: 'hidden', timeout });
  } catch (e) {
    assert.fail(`${message}\n  (${e.message.split('\n')[0]})`);
  }
}

/** Poll `fn` until it returns true (or time out with `message`). */
export async function until(fn, message, timeout = 5000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      if (await fn()) return;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(message + (last ? `\n  (last error: ${last.message.split('\n')[0]})` : ''));
}

/**
 * Wait for a <hedge-reader> on the page to render (open shadow root, sentences) and
 * return a Locator scoped to it (Playwright CSS locators pierce open shadow roots).
 */
export async function reader(page, nth = 0) {
  const host = page.locator('hedge-reader').nth(nth);
  await visible(host, `no <hedge-reader> element #${nth} on ${page.url()}`, 10000);
  try {
    await page.waitForFunction(
      (n) => {
        const el = document.querySelectorAll('hedge-reader')[n];
        return el && el.shadowRoot && el.shadowRoot.querySelector('.hl-sentence');
      },
      nth,
      { timeout: 15000 },
    );
  } catch {
    const info = await page.evaluate((n) => {
      const el = document.querySelectorAll('hedge-reader')[n];
      return {
        defined: !!customElements.get('hedge-reader'),
        shadow: el ? (el.shadowRoot ? 'open' : 'none or closed') : 'no element',
        html: el && el.shadowRoot ? el.shadowRoot.innerHTML.slice(0, 300) : '',
      };
    }, nth);
    assert.fail(
      `<hedge-reader> did not render any .hl-sentence inside an open shadow root within 15 s ` +
        `(custom element defined: ${info.defined}; shadow root: ${info.shadow}; content: ${JSON.stringify(info.html)})`,
    );
  }
  return host;
}

/** The sentences of the shown article whose text includes `text`. */
export function sentencesWith(host, text) {
  return host.locator('.hl-sentence').filter({ hasText: text });
}

/** Show article `id` with the switcher, if the widget has one. */
export async function showArticle(host, id) {
  const tab = host.locator(`button.hl-article-tab[data-article="${id}"]`);
  if ((await tab.count()) === 0) return false;
  await tab.click();
  await until(async () => (await tab.getAttribute('aria-pressed')) === 'true',
    `after clicking the switcher button for article ${id}, it does not have aria-pressed="true"`);
  return true;
}

/** Whether the element of `locator` is focused (works inside shadow roots). */
export function isFocused(locator) {
  return locator.evaluate((el) => el.matches(':focus'));
}

/**
 * Check the tooltip behaviour on the sentence(s) with "highly likely" in article 000:
 * hover, keyboard focus (Tab) and Escape. `name` labels screenshots.
 */
export async function checkHighlyLikely(page, host, name) {
  const tooltip = host.locator('.hl-tooltip[role="tooltip"]');
  assert.equal(await tooltip.count(), 1, 'expected exactly one .hl-tooltip[role="tooltip"] in the widget');
  const tipId = await tooltip.getAttribute('id');
  assert.ok(tipId, 'the .hl-tooltip has no id, so aria-describedby cannot point to it');

  // The first sentence whose "highly likely" is marked as a cue.
  const marked = host.locator('.hl-sentence').filter({ has: host.page().locator('.hl-cue', { hasText: /^\s*highly likely\s*$/i }) });
  assert.ok((await marked.count()) > 0,
    'article 000 shows no .hl-sentence with a .hl-cue "highly likely"');
  const target = marked.first();
  const level = Number(await target.getAttribute('data-level'));
  const cues = await target.locator('.hl-cue').evaluateAll((els) =>
    els.map((e) => ({ text: e.textContent.trim(), category: e.getAttribute('data-category') })));

  // Hover.
  await page.mouse.move(0, 0);
  await target.hover();
  await visible(tooltip, 'hovering the "highly likely" sentence does not show the .hl-tooltip');
  const text = (await tooltip.innerText()).toLowerCase();
  assert.ok(text.includes('highly likely'), `the tooltip shown on hover does not name the cue "highly likely"; it says: ${JSON.stringify(text)}`);
  assert.ok(text.includes(LEVEL_NAMES[level]), `the tooltip does not name the sentence's level "${LEVEL_NAMES[level]}" (data-level=${level}); it says: ${JSON.stringify(text)}`);
  assert.match(text, /[a-z][^.!?]*(\s+\S+){4,}[.!?]/,
    `the tooltip has no plain explanation sentence; it says: ${JSON.stringify(text)}`);
  for (const c of cues) {
    assert.ok(text.includes(c.text.toLowerCase()), `the tooltip does not name the cue "${c.text}"; it says: ${JSON.stringify(text)}`);
    // The category, by its id in the text or on an element of the tooltip (whose text may be a friendlier label).
    const tagged = await tooltip.locator(`[data-category="${c.category}"]`).count();
    assert.ok(tagged > 0 || text.includes(c.category),
      `the tooltip gives neither the text "${c.category}" nor an element with data-category="${c.category}" for the cue "${c.text}"; it says: ${JSON.stringify(text)}`);
  }
  assert.equal(await target.getAttribute('aria-describedby'), tipId,
    'while its tooltip is shown on hover, the sentence\'s aria-describedby does not point to the tooltip id');
  // The screenshot shows the tooltip as a reader sees it, after its fade-in.
  await tooltip.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
  await page.screenshot({ path: join(ARTIFACTS, `${name}-tooltip-hover.png`), fullPage: true });

  // Escape hides it.
  await page.keyboard.press('Escape');
  await hidden(tooltip, 'pressing Escape while the tooltip is shown on hover does not hide it');

  // Keyboard: Tab from the article switcher reaches a sentence and shows its tooltip
  // (sentences may use a roving tabindex: one in the Tab order, the rest tabindex="-1").
  await page.mouse.move(0, 0);
  const tabs = host.locator('button.hl-article-tab');
  if ((await tabs.count()) > 0) {
    await tabs.last().focus();
    const sentence = host.locator('.hl-sentence:focus');
    for (let i = 0; i < 40 && (await sentence.count()) === 0; i++) await page.keyboard.press('Tab');
    assert.equal(await sentence.count(), 1, 'pressing Tab from the article switcher never moves focus to a .hl-sentence (none has tabindex="0"?)');
    await visible(tooltip, 'a sentence reached with Tab does not show the .hl-tooltip');
    assert.equal(await sentence.getAttribute('aria-describedby'), tipId,
      'a sentence focused with Tab does not point to the tooltip with aria-describedby');
    await page.keyboard.press('Escape');
    await hidden(tooltip, 'pressing Escape while the tooltip is shown on keyboard focus does not hide it');
  }
  // Focus the "highly likely" sentence itself (blur first: it may be the one Tab reached).
  await target.evaluate((el) => el.getRootNode().activeElement?.blur());
  await target.focus();
  assert.ok(await isFocused(target), 'the "highly likely" sentence cannot be focused (no tabindex?)');
  await visible(tooltip, 'focusing the "highly likely" sentence does not show the .hl-tooltip');
  const focusText = (await tooltip.innerText()).toLowerCase();
  assert.ok(focusText.includes('highly likely'), `the tooltip shown on focus does not name the cue "highly likely"; it says: ${JSON.stringify(focusText)}`);
  assert.equal(await target.getAttribute('aria-describedby'), tipId,
    'while its tooltip is shown on focus, the sentence\'s aria-describedby does not point to the tooltip id');
  await page.keyboard.press('Escape');
  await hidden(tooltip, 'pressing Escape while the tooltip is shown on keyboard focus does not hide it');
  assert.notEqual(await target.getAttribute('aria-describedby'), tipId,
    'after Escape hid the tooltip, the sentence\'s aria-describedby still points to it');
}

/** Run axe-core in the page and return violations of the given impacts inside `selector`. */
export async function axe(page, selector, impacts = ['critical']) {
  const require = createRequire(import.meta.url);
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate((sel) => window.axe.run({ include: [[sel]] }, { resultTypes: ['violations'] }), selector);
  return result.violations
    .filter((v) => impacts.includes(v.impact))
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' >> ')).join(', ')}`);
}

/**
 * Tap a sentence inside its first line box. An inline sentence that wraps has a
 * bounding box whose centre may lie on a neighbouring sentence, where Playwright's
 * locator.tap() would land.
 */
export async function tapSentence(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const { x, y } = await locator.evaluate((el) => {
    const r = el.getClientRects()[0];
    return { x: r.left + Math.min(12, r.width / 2), y: r.top + r.height / 2 };
  });
  await page.touchscreen.tap(x, y);
}

/**
 * DOM nodes, event listeners and the JavaScript heap (bytes) of the page of CDP session
 * `cdp` (Performance enabled), after two forced garbage collections.
 */
export async function domCounters(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  return { nodes: dom.nodes, listeners: dom.jsEventListeners, heap };
}

/**
 * In `page` (the module loaded): add `n` readers to the body and remove them again, each
 * once it has rendered its sentences; returns `{ added, rendered }` (how many readers
 * were added, and how many of them rendered). Plain: one at a time,
 * each a two-sentence `text`. `mixed`: in batches of one to four readers alive at once,
 * of every kind in turn: `text`, `article`, `texts` (with its Compare view), `src`, a
 * theme, heading and date, two readers of a `group` (one more reader added), the
 * element's own text; and one reader of every third batch moved in the page first.
 */
export function churnReaders(page, n, { mixed = false } = {}) {
  return page.evaluate(async ({ n, mixed }) => {
    const sentence = (i) => `Round ${i}: officials said troops may have crossed. Moscow denied it.`;
    const kinds = [
      (el, i) => { el.text = sentence(i); },
      (el) => el.setAttribute('article', '001'),
      (el, i) => { el.texts = [{ title: `T${i}`, text: sentence(i) }, { date: '2024-10-09', text: 'Kyiv may have agreed. It was denied.' }]; },
      (el) => el.setAttribute('src', 'samples/story.txt'),
      (el, i) => { el.setAttribute('theme', i % 2 ? 'dark' : 'light'); el.setAttribute('heading', `H${i}`); el.setAttribute('date', '2024-10-09'); el.text = sentence(i); },
      (el, i) => {
        el.setAttribute('group', 'churn');
        el.textContent = sentence(i);
        const other = document.createElement('hedge-reader');
        other.setAttribute('group', 'churn');
        other.textContent = 'Kyiv said troops may have crossed.';
        return other; // a second reader of the group, with its Compare view
      },
      (el, i) => { el.textContent = sentence(i); },
    ];
    const shown = (el) => el.shadowRoot?.querySelector('.hl-sentence');
    let added = 0;
    let rendered = 0;
    for (let i = 0, batch = 1; i < n; i += batch, batch = mixed ? (batch % 4) + 1 : 1) {
      const els = [];
      for (let j = i; j < Math.min(n, i + batch); j++) {
        const el = document.createElement('hedge-reader');
        const other = (mixed ? kinds[j % kinds.length] : kinds[0])(el, j);
        for (const e of other ? [el, other] : [el]) {
          document.body.appendChild(e);
          els.push(e);
        }
      }
      const deadline = performance.now() + 5000;
      while (!els.every(shown) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 0));
      added += els.length;
      rendered += els.filter(shown).length;
      if (mixed && i % 3 === 0) {
        // Moved: disconnected and connected again in one task, then shown again.
        document.body.prepend(els[0]);
        while (!shown(els[0]) && performance.now() < deadline + 5000) await new Promise((r) => setTimeout(r, 0));
      }
      els.forEach((el) => el.remove());
    }
    return { added, rendered };
  }, { n, mixed });
}
