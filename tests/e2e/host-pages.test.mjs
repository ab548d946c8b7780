// End-to-end tests of the element on real host pages: a `text` set before the module
// loads (as frameworks do), `text` as an attribute, the module imported in Node,
// offsets in UTF-16 code units (an emoji and a flag before a cue), and the events
// hedgelight-ready, hedgelight-analyzed and hedgelight-select.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  browserSession, reader, ROOT, tapSentence, testPages, until, visible,
} from './helpers.mjs';

// An emoji (one code point, two UTF-16 units) and a flag (two code points, four units)
// before the cues.
const EMOJI_TEXT = 'Breaking 😀 news 🇺🇦: officials said troops may have crossed. Moscow denied it. 🇰🇷 It rained.';

/** The text of each sentence of `host`, without its screen-reader summary. */
function sentenceTexts(host) {
  return host.locator('.hl-sentence').evaluateAll((els) => els.map((e) => {
    const copy = e.cloneNode(true);
    copy.querySelectorAll('.hl-sr').forEach((sr) => sr.remove());
    return copy.textContent.trim();
  }));
}

/** Every sentence and cue of `report` is `text.slice(start, end)`. */
function assertSlices(text, report) {
  assert.ok(report.sentences.length > 0);
  for (const s of report.sentences) {
    assert.equal(text.slice(s.start, s.end), s.text, `sentence offsets ${s.start}..${s.end} do not slice ${JSON.stringify(s.text)}`);
    for (const c of s.cues) {
      assert.equal(text.slice(c.start, c.end), c.text, `cue offsets ${c.start}..${c.end} do not slice ${JSON.stringify(c.text)}`);
    }
  }
}

/** `hedgelight analyze` of `text`, run natively through cargo. */
function cliAnalyze(text) {
  const r = spawnSync('cargo', ['run', '-q', '--bin', 'hedgelight', '--', 'analyze'], {
    cwd: ROOT, input: text, encoding: 'utf8', maxBuffer: 64 << 20,
  });
  assert.equal(r.status, 0, `hedgelight analyze failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe('the element on host pages', () => {
  const session = browserSession({ handle: testPages() });
  /** A page with no reader and the module not loaded yet. */
  const blank = (options) => session.open('test-pages/blank.html', options);

  test('a text property set before the module loads is shown', async () => {
    const { page, errors } = await blank();
    await page.evaluate(async () => {
      const el = document.createElement('hedge-reader');
      el.id = 'early';
      el.text = 'Moscow denied it. Troops may come.'; // a plain own property: not defined yet
      el.setAttribute('theme', 'light');
      document.querySelector('main').append(el);
      const attr = document.createElement('hedge-reader');
      attr.id = 'attr';
      attr.setAttribute('text', 'It may rain.'); // what React 19 does for an unknown element
      document.querySelector('main').append(attr);
      await import('/hedge-reader.js');
    });
    const early = await reader(page, 0);
    assert.deepEqual(await sentenceTexts(early), ['Moscow denied it.', 'Troops may come.']);
    assert.equal(await early.locator('.hl-article-tab').count(), 0, 'the corpus reader is shown instead of the text');
    assert.deepEqual(await early.locator('.hl-sentence').evaluateAll((els) => els.map((e) => e.dataset.level)), ['1', '3']);
    // The property now goes through the element's setter.
    assert.equal(await early.evaluate((el) => Object.prototype.hasOwnProperty.call(el, 'text')), false);
    await early.evaluate((el) => { el.text = 'It rained.'; });
    await until(async () => (await sentenceTexts(early)).join() === 'It rained.', 'setting text after the upgrade does not re-render');

    const attr = await reader(page, 1);
    assert.deepEqual(await sentenceTexts(attr), ['It may rain.']);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('text as an attribute: shown, re-rendered when it changes, below the property', async () => {
    const { page, errors } = await blank();
    await page.evaluate(async () => {
      await import('/hedge-reader.js');
      document.querySelector('main').innerHTML = '<hedge-reader text="Officials said it. It may rain." src="/samples/story.txt">Inline text.</hedge-reader>';
    });
    const host = await reader(page);
    const texts = () => sentenceTexts(host);
    assert.deepEqual(await texts(), ['Officials said it.', 'It may rain.'], 'the text attribute does not win over src= and the content');
    assert.equal(await host.evaluate((el) => el.text), 'Officials said it. It may rain.');
    await host.evaluate((el) => el.setAttribute('text', 'Moscow denied it.'));
    await until(async () => (await texts()).join() === 'Moscow denied it.', 'changing the text attribute does not re-render');
    await host.evaluate((el) => { el.text = 'Property text.'; });
    await until(async () => (await texts()).join() === 'Property text.', 'the text property does not win over the attribute');
    await host.evaluate((el) => { el.text = null; });
    await until(async () => (await texts()).join() === 'Moscow denied it.', 'clearing the property does not fall back to the attribute');
    await host.evaluate((el) => el.removeAttribute('text'));
    await until(async () => (await host.locator('.hl-sentence').count()) >= 8, 'removing the attribute does not fall back to src=');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a reader moved into an iframe is styled there (its stylesheets are made for that document)', async () => {
    const { page, errors } = await blank();
    await page.evaluate(async () => {
      await import('/hedge-reader.js');
      const el = document.createElement('hedge-reader');
      el.id = 'moving';
      el.setAttribute('theme', 'light');
      el.text = 'Troops may come.';
      document.querySelector('main').append(el);
    });
    const host = await reader(page);
    const shade = () => host.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.hl-sentence')).backgroundColor);
    const expected = await shade();
    assert.notEqual(expected, 'rgba(0, 0, 0, 0)');
    const moved = await page.evaluate(async () => {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const el = document.getElementById('moving');
      frame.contentDocument.body.append(el);
      el.text = 'Troops may come soon.';
      const sentence = () => el.shadowRoot.querySelector('.hl-sentence');
      for (let i = 0; i < 100 && !sentence()?.textContent.includes('soon'); i++) await new Promise((r) => setTimeout(r, 50));
      const s = sentence();
      return s && { text: s.textContent.includes('soon'), shade: frame.contentWindow.getComputedStyle(s).backgroundColor };
    });
    assert.deepEqual(moved, { text: true, shade: expected }, 'the reader moved into an iframe is not rendered and shaded');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('Node: the module imports without a DOM and analyze() works, with UTF-16 offsets', async () => {
    assert.equal(typeof globalThis.HTMLElement, 'undefined', 'this test needs a Node without a DOM');
    const mod = await import(pathToFileURL(join(ROOT, 'dist', 'hedge-reader.js')).href);
    assert.equal(typeof mod.analyze, 'function');
    assert.equal(typeof globalThis.customElements, 'undefined');
    const report = await mod.analyze(EMOJI_TEXT);
    assertSlices(EMOJI_TEXT, report);
    assert.deepEqual(report.sentences.map((s) => s.level), [3, 1, 5]);
    // The CLI's offsets count code points; { offsets: 'codepoints' } gives exactly its JSON.
    const cli = cliAnalyze(EMOJI_TEXT);
    assert.deepEqual(await mod.analyze(EMOJI_TEXT, { offsets: 'codepoints' }), cli);
    const said = (r) => r.sentences[0].cues.find((c) => c.text === 'said');
    assert.equal(said(report).start - said(cli).start, 3, 'an emoji and a flag are 3 more UTF-16 units than code points');
  });

  test('analyze() in the browser: text.slice(start, end) is each sentence and cue', async () => {
    const { page, errors } = await blank();
    const report = await page.evaluate(async (text) => (await import('/hedge-reader.js')).analyze(text), EMOJI_TEXT);
    assertSlices(EMOJI_TEXT, report);
    const may = report.sentences[0].cues.find((c) => c.text === 'may');
    assert.equal(may.category, 'speculation');
    assert.equal(EMOJI_TEXT.indexOf('may'), may.start);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('events: hedgelight-ready once, hedgelight-analyzed with the report, hedgelight-select on focus', async () => {
    const { page, errors } = await blank();
    await page.evaluate(async (text) => {
      window.events = [];
      const el = document.createElement('hedge-reader');
      el.id = 'events';
      el.textContent = text;
      // On an ancestor: the events bubble out of the element.
      const main = document.querySelector('main');
      for (const name of ['hedgelight-ready', 'hedgelight-analyzed', 'hedgelight-select']) {
        main.addEventListener(name, (e) => window.events.push({ name, target: e.target.id, detail: e.detail }));
      }
      main.append(el);
      await import('/hedge-reader.js');
    }, EMOJI_TEXT);
    const host = await reader(page);
    const events = () => page.evaluate(() => window.events);
    await until(async () => (await events()).length >= 2, 'no hedgelight-ready and hedgelight-analyzed');
    const [ready, analyzed] = await events();
    assert.deepEqual([ready.name, ready.target], ['hedgelight-ready', 'events']);
    assert.equal(analyzed.name, 'hedgelight-analyzed');
    const expected = await page.evaluate(async (text) => (await import('/hedge-reader.js')).analyze(text), EMOJI_TEXT);
    assert.deepEqual(analyzed.detail, expected, 'the analyzed event does not carry the report of the shown text');

    // Focus (here by the keyboard): the sentence, with UTF-16 offsets.
    await host.locator('.hl-sentence').first().focus();
    await page.keyboard.press('ArrowDown');
    await until(async () => (await events()).filter((e) => e.name === 'hedgelight-select').length === 2, 'focusing sentences does not fire hedgelight-select');
    const selects = (await events()).filter((e) => e.name === 'hedgelight-select');
    assert.deepEqual(selects.map((e) => e.detail.index), [0, 1]);
    assert.deepEqual(selects[1].detail, { index: 1, ...expected.sentences[1] });
    assert.equal(EMOJI_TEXT.slice(selects[1].detail.start, selects[1].detail.end), 'Moscow denied it.');

    // A new text: analyzed again; a theme change re-renders but is not a second ready.
    await host.evaluate((el) => { el.text = 'It may rain.'; el.setAttribute('theme', 'dark'); });
    await until(async () => (await events()).filter((e) => e.name === 'hedgelight-analyzed').length === 2, 'a new text is not announced');
    const last = (await events()).at(-1);
    assert.equal(last.detail.sentences[0].text, 'It may rain.');
    assert.equal((await events()).filter((e) => e.name === 'hedgelight-ready').length, 1, 'hedgelight-ready fired more than once');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('events: a tap selects a sentence; switching corpus articles announces the new one', async () => {
    const { page, errors } = await blank({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    await page.evaluate(async () => {
      window.events = [];
      for (const name of ['hedgelight-analyzed', 'hedgelight-select']) {
        document.addEventListener(name, (e) => window.events.push({ name, detail: e.detail }));
      }
      document.querySelector('main').append(document.createElement('hedge-reader'));
      await import('/hedge-reader.js');
    });
    const host = await reader(page);
    const events = (name) => page.evaluate((n) => window.events.filter((e) => e.name === n), name);
    await until(async () => (await events('hedgelight-analyzed')).length === 1, 'the corpus reader does not announce its first article');
    const first = (await events('hedgelight-analyzed'))[0].detail;
    assert.equal(first.sentences.length, await host.locator('.hl-sentence').count());

    const target = host.locator('.hl-sentence').nth(2);
    await tapSentence(page, target);
    await visible(host.locator('.hl-tooltip'), 'a tap shows no tooltip');
    await until(async () => (await events('hedgelight-select')).length === 1, 'a tap does not fire hedgelight-select');
    const [tap] = await events('hedgelight-select');
    assert.equal(tap.detail.index, 2);
    assert.equal(tap.detail.text, first.sentences[2].text);
    // A second tap on the same sentence (it closes the tooltip) is a second select, not two.
    await tapSentence(page, target);
    await until(async () => (await events('hedgelight-select')).length === 2, 'a second tap does not fire hedgelight-select');

    await host.locator('button.hl-article-tab[data-article="002"]').tap();
    await until(async () => (await events('hedgelight-analyzed')).length === 2, 'switching articles does not announce the new one');
    const second = (await events('hedgelight-analyzed'))[1].detail;
    await until(async () => (await host.locator('.hl-sentence').count()) === second.sentences.length, 'the announced report is not the shown article');
    const shown = await sentenceTexts(host);
    assert.equal(shown[0], second.sentences[0].text);
    assert.equal((await events('hedgelight-select')).length, 2, 'a tap on a tab fired hedgelight-select');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
