// End-to-end tests of the host API for several texts: the `texts` property of
// <hedge-reader> ([{ title, date, text }]) shows them with a switcher and the Compare
// view, grouped as `hedgelight compare` groups the same texts; the module's compare();
// hostile titles render as text; bad input gives a message that names the wrong item;
// a property set before the module loads is taken over; max-chars counts all texts.
// The host page is tests/e2e/pages/blank.html (no reader, module not loaded).
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  browserSession, reader, ROOT, testPages, until, visible,
} from './helpers.mjs';

// Four made-up reports of one story, given out of date order (and one undated).
const TEXTS = [
  {
    title: 'Day three: the ministry denies',
    date: '2031-05-07',
    text: 'The ministry denied that forty tonnes of fish died near Harlow Weir.\n\n'
      + 'It called the reports of a chemical spill from the Brenner plant baseless. Tourism fell in the spring.',
  },
  {
    title: 'Day one: fish kill at Harlow Weir',
    date: '2031-05-05',
    text: 'Forty tonnes of dead fish were found near Harlow Weir on Monday, river wardens said.\n\n'
      + 'Anglers believe a chemical spill from the Brenner plant may have caused it. The weather stayed dry.',
  },
  {
    title: null,
    text: 'An unverified video appears to show forty tonnes of fish dead near Harlow Weir.\n\n'
      + 'Nobody has confirmed a chemical spill at the Brenner plant. A new bakery opened in Lenz.',
  },
  {
    title: 'Day two: the plant answers',
    date: '2031-05-06',
    text: 'The Brenner plant said there was no chemical spill on its site.\n\n'
      + 'Wardens counted forty tonnes of dead fish near Harlow Weir, according to the county.',
  },
];

/**
 * `hedgelight compare` of `texts`, written to files (a dated one starts with the corpus
 * files' `date YYYY-MM-DD` marker): its JSON.
 */
function cliCompare(texts) {
  const dir = mkdtempSync(join(tmpdir(), 'hedgelight-compare-'));
  try {
    const files = texts.map((t, i) => {
      const file = join(dir, `${i}.txt`);
      writeFileSync(file, t.date ? ` date ${t.date} ${t.text}` : t.text);
      return file;
    });
    const r = spawnSync('cargo', ['run', '-q', '--bin', 'hedgelight', '--', 'compare', ...files], {
      cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20,
    });
    assert.equal(r.status, 0, `hedgelight compare failed: ${r.stderr}`);
    return JSON.parse(r.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Per group of `hedgelight compare`'s JSON, its sentences as [position in texts, text]. */
const groupsOf = (json) => json.groups.map((g) => g.sentences.map((s) => [Number(s.file.split('.')[0]), s.text]));

/** Puts a <hedge-reader id=ID> (with attributes and text content) on the page, loads the module, sets `texts`. */
function addReader(page, id, texts, { attributes = {}, content = null, before = false } = {}) {
  return page.evaluate(async ([id, texts, attributes, content, first]) => {
    const el = document.createElement('hedge-reader');
    el.id = id;
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
    if (content != null) el.textContent = content;
    document.querySelector('main').append(el);
    // `first`: set before the module defines the element (a framework rendering first).
    if (first) el.texts = texts;
    await import('/hedge-reader.js');
    if (!first) el.texts = texts;
  }, [id, texts, attributes, content, before]);
}

describe('several texts from the host: the texts property and compare()', () => {
  const session = browserSession({ handle: testPages() });
  let page, errors, cli, expected;

  before(async () => {
    cli = cliCompare(TEXTS);
    expected = groupsOf(cli);
    ({ page, errors } = await session.open('/test-pages/blank.html', {}, (p) =>
      p.addInitScript(() => {
        window.hlReports = [];
        document.addEventListener('hedgelight-analyzed', (e) => window.hlReports.push({ id: e.target.id, report: e.detail }));
      })));
    await addReader(page, 'multi', TEXTS);
    await reader(page, 0);
  });

  test('compare() groups the texts as `hedgelight compare` does, in date order', async () => {
    assert.ok(expected.length >= 2, `hedgelight compare finds only ${expected.length} groups in the test texts`);
    const c = await page.evaluate(async (texts) => (await import('/hedge-reader.js')).compare(texts), TEXTS);
    assert.deepEqual(c.groups.map((g) => g.sentences.map((s) => [s.item, s.text])), expected);
    assert.deepEqual(c.groups.map((g) => [g.label, g.terms]), cli.groups.map((g) => [g.label, g.terms]), 'not the labels of hedgelight compare');
    assert.deepEqual(c.texts, TEXTS.map((t) => ({ title: t.title ?? null, date: t.date ?? null })));
    for (const g of c.groups) {
      const dates = g.sentences.map((s) => s.date ?? '9999');
      assert.deepEqual(dates, [...dates].sort(), 'a group is not in date order');
      for (const s of g.sentences) {
        assert.equal(TEXTS[s.item].text.slice(s.start, s.end), s.text);
        for (const cue of s.cues) assert.equal(TEXTS[s.item].text.slice(cue.start, cue.end), cue.text);
      }
    }
    assert.ok(c.candidate_pairs <= c.all_pairs && c.sentences > 0);
  });

  test('compare() offsets are UTF-16 units, or code points on request', async () => {
    const texts = [
      { text: 'Fans 😀🇰🇷 cheered. Forty tonnes of fish may have died near Harlow Weir.' },
      { text: 'Wardens 👍 said forty tonnes of fish died near Harlow Weir.' },
    ];
    const [utf16, points] = await page.evaluate(async (t) => {
      const { compare } = await import('/hedge-reader.js');
      return [await compare(t), await compare(t, { offsets: 'codepoints' })];
    }, texts);
    assert.equal(utf16.groups.length, 1);
    for (const [g, h] of [[utf16.groups[0], points.groups[0]]]) {
      g.sentences.forEach((s, i) => {
        const text = texts[s.item].text;
        assert.equal(text.slice(s.start, s.end), s.text);
        for (const c of s.cues) assert.equal(text.slice(c.start, c.end), c.text);
        const p = h.sentences[i];
        assert.equal(Array.from(text).slice(p.start, p.end).join(''), p.text);
        for (const c of p.cues) assert.equal(Array.from(text).slice(c.start, c.end).join(''), c.text);
      });
    }
    assert.notEqual(utf16.groups[0].sentences[0].start, points.groups[0].sentences[0].start, 'no astral characters before the claim?');
  });

  test('the element shows the texts with a switcher (titles, dates) and their Compare view', async () => {
    const host = page.locator('#multi');
    assert.equal(await page.evaluate(() => document.getElementById('multi').texts.length), TEXTS.length, 'the texts getter');
    const tabs = await host.locator('button.hl-article-tab').evaluateAll((els) => els.map((e) => ({
      id: e.dataset.article, title: e.querySelector('.hl-tab-title').textContent, date: e.querySelector('.hl-tab-date')?.textContent ?? null,
    })));
    assert.deepEqual(tabs.map((t) => t.id), ['0', '1', '2', '3']);
    assert.equal(tabs[0].title, TEXTS[0].title);
    assert.equal(tabs[0].date, '7 May 2031');
    assert.equal(tabs[2].date, null);
    assert.match(tabs[2].title, /^An unverified video appears/, 'an untitled text is not named by its first words');
    assert.equal(await host.locator('h2.hl-title').textContent(), TEXTS[0].title);
    // The first text is announced as shown.
    await until(async () => (await page.evaluate(() => window.hlReports.filter((r) => r.id === 'multi').length)) > 0, 'no hedgelight-analyzed');
    const first = await page.evaluate(() => window.hlReports.filter((r) => r.id === 'multi')[0].report);
    assert.equal(first.sentences[0].text, TEXTS[0].text.split('\n')[0]);

    await host.locator('button.hl-compare-tab').click();
    await visible(host.locator('section.hl-compare'), 'no Compare view');
    const rows = await host.locator('li.hl-claim').evaluateAll((els) => els.map((r) =>
      [...r.querySelectorAll('button.hl-compare-choice')].map((b) => {
        const words = b.querySelector('.hl-compare-text').cloneNode(true);
        words.querySelectorAll('.hl-sr').forEach((x) => x.remove());
        return [Number(b.dataset.article), words.textContent];
      })));
    assert.deepEqual(rows, expected, 'the Compare view does not show the groups of hedgelight compare');
    assert.deepEqual(await host.locator('.hl-claim-text').allTextContents(), cli.groups.map((g) => g.label),
      'the rows are not labelled as hedgelight compare labels the groups');
    // Its report names: the given titles, the first words of an untitled one.
    const names = await host.locator('.hl-compare-report').allTextContents();
    assert.ok(names.includes(TEXTS[1].title) && names.some((n) => n.startsWith('An unverified video')), names.join(' | '));
  });

  test('choosing a sentence opens its text and announces it', async () => {
    const host = page.locator('#multi');
    if ((await host.locator('section.hl-compare').count()) === 0) await host.locator('button.hl-compare-tab').click();
    // The sentence of the undated text (shown last in its row).
    const [item, text] = expected[0].find(([i]) => i === 2);
    const count = await page.evaluate(() => window.hlReports.length);
    await host.locator('button.hl-compare-choice[data-article="2"]').first().click();
    await until(async () => (await host.locator('button.hl-article-tab[data-article="2"]').getAttribute('aria-pressed')) === 'true',
      'choosing a sentence of text 2 does not show it');
    await until(async () => (await page.evaluate(() => window.hlReports.length)) > count, 'not announced');
    const shown = await page.evaluate(() => window.hlReports.at(-1));
    assert.equal(shown.id, 'multi');
    const index = shown.report.sentences.findIndex((s) => s.text === text);
    assert.ok(index >= 0 && item === 2, 'the announced report is not text 2');
    await until(async () => Number(await host.locator('.hl-sentence:focus').getAttribute('data-index')) === index,
      'the chosen sentence is not focused');
    // Its tooltip links back to the claim.
    await visible(host.locator('.hl-tooltip button.hl-also-link'), 'the chosen sentence\'s tooltip has no "Also in" link');
    const others = new Set(expected[0].map(([i]) => i)).size - 1;
    assert.equal((await host.locator('.hl-also-link').innerText()).trim(), `Also in: ${others} other ${others === 1 ? 'report' : 'reports'}`);
  });

  test('titles and texts with markup are shown as text, never run', async () => {
    const hostile = [
      { title: '<img src=x onerror="window.pwned=1">Title', date: '2031-05-05', text: '<script>window.pwned=2</script> Forty tonnes of fish died near Harlow Weir.' },
      { title: '<b>bold</b>', text: 'Wardens said forty tonnes of fish died near Harlow Weir <img src=y onerror="window.pwned=3">.' },
    ];
    await addReader(page, 'hostile', hostile);
    const host = page.locator('#hostile');
    await visible(host.locator('.hl-sentence').first(), 'no sentences');
    await host.locator('button.hl-compare-tab').click();
    await visible(host.locator('section.hl-compare'), 'no Compare view');
    const found = await page.evaluate(() => {
      const root = document.getElementById('hostile').shadowRoot;
      return { tags: root.querySelectorAll('img, script, b').length, pwned: window.pwned ?? null, html: root.innerHTML.includes('&lt;img src=x') };
    });
    assert.deepEqual(found, { tags: 0, pwned: null, html: true });
    assert.equal(await host.locator('button.hl-article-tab .hl-tab-title').first().textContent(), hostile[0].title);
  });

  test('bad texts give a message naming the wrong item; good ones show again; null falls back', async () => {
    await addReader(page, 'bad', [{ text: 'Forty tonnes of fish died.' }], { content: 'The element\'s own text stays readable.' });
    const host = page.locator('#bad');
    await visible(host.locator('.hl-sentence').first(), 'no sentences');
    const status = host.locator('.hl-status[data-kind="error"]');
    const set = (value) => page.evaluate((v) => { document.getElementById('bad').texts = v; }, value);
    for (const [value, message] of [
      ['a string', /texts must be an array of \{ title, date, text \} objects, not string\./],
      [[{ text: 'a' }, 42], /texts\[1\] must be an object \{ title, date, text \}, not number\./],
      [[{ title: 'no text' }], /texts\[0\]\.text must be a string, not undefined\./],
      [[{ text: 'a', title: 7 }], /texts\[0\]\.title must be a string or absent, not number\./],
      [[{ text: 'a', date: '7 May 2031' }], /texts\[0\]\.date must be a date written YYYY-MM-DD \(like 2024-10-09\) or absent, not "7 May 2031"\./],
      [[{ text: 'a', date: '2031-13-01' }], /texts\[0\]\.date must be a date written YYYY-MM-DD/],
    ]) {
      await set(value);
      await visible(status, `texts = ${JSON.stringify(value)} shows no error`);
      assert.match(await status.innerText(), /^Hedgelight could not show these texts: /);
      assert.match(await status.innerText(), message);
      assert.equal(await status.getAttribute('role'), 'alert');
      assert.equal(await host.locator('.hl-sentence').count(), 0);
    }
    assert.ok((await host.innerText()).includes('The element\'s own text stays readable.'), 'the element\'s own text is hidden under the error');
    // Other fields of an item are ignored.
    await set([{ text: 'Forty tonnes of fish died near Harlow Weir.', id: 7 }, { text: 'Wardens said forty tonnes of fish died near Harlow Weir.' }]);
    await visible(host.locator('button.hl-compare-tab'), 'valid texts after an error are not shown');
    assert.equal(await status.count(), 0);
    assert.match(await host.locator('button.hl-compare-tab').innerText(), /1 shared claim/);
    // null: back to the element's own text (no switcher).
    await set(null);
    await until(async () => (await host.locator('button.hl-compare-tab').count()) === 0, 'texts = null keeps the switcher');
    await visible(host.locator('.hl-sentence', { hasText: 'own text stays readable' }), 'texts = null does not fall back to the element\'s text');
    // Empty, and a single text.
    await set([]);
    await visible(host.locator('.hl-empty'), 'an empty list shows no message');
    assert.equal(await host.locator('.hl-empty').innerText(), 'There are no texts to show.');
    await set([{ title: 'Alone', text: 'Forty tonnes of fish died near Harlow Weir.' }]);
    await host.locator('button.hl-compare-tab').click();
    assert.equal(await host.locator('.hl-compare-intro').innerText(), 'Give two texts or more to compare the claims they share.');
  });

  test('max-chars counts the texts together', async () => {
    await addReader(page, 'long', [{ text: 'a'.repeat(30) }, { text: 'b'.repeat(30) }], { attributes: { 'max-chars': '50' } });
    const status = page.locator('#long .hl-status[data-kind="error"]');
    await visible(status, 'texts over max-chars show no error');
    assert.match(await status.innerText(), /These texts have 60 characters together; this reader shows at most 50 \(its max-chars attribute\)\./);
  });

  test('texts set before the module defines the element are taken over', async () => {
    const { page: p, errors: errs } = await session.open('/test-pages/blank.html');
    await addReader(p, 'early', TEXTS.slice(0, 2), { before: true });
    const host = await reader(p, 0);
    assert.deepEqual(await host.locator('button.hl-article-tab .hl-tab-title').allTextContents(), TEXTS.slice(0, 2).map((t) => t.title));
    assert.equal(await host.locator('button.hl-compare-tab').count(), 1);
    assert.deepEqual(errs, []);
    await p.close();
  });

  test('no console errors', () => {
    assert.deepEqual(errors, []);
  });
});
