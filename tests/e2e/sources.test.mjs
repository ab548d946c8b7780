// End-to-end tests of "who says so" in the reader (index.html): the tooltip names a
// sentence's source, whether it is named, whom it cites and whose quotation a sentence
// continues; a source's words are boxed in the text (part "source"), only in the sentence
// that holds them; the Sources view lists the article's sources, named first, with their
// claims per level, and choosing one highlights its sentences and moves focus to the
// first (choosing it again or Escape clears); axe in both themes; screenshots at 1280 and
// 375 px, light and dark (tests/artifacts/sources-view-*.png). Last, the analysis the element exposes carries the same sources as
// `hedgelight analyze` for the five reports.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ARTIFACTS, axe, browserSession, hidden, isFocused, LEVEL_NAMES, reader, ROOT, showArticle, until, visible,
} from './helpers.mjs';

const ALL_IMPACTS = ['minor', 'moderate', 'serious', 'critical'];

// The examples: a source citing an unnamed one, an unnamed source, and a
// quotation whose speaker is named after its first sentence.
const EXAMPLES = [
  'Interfax-Ukraine said three soldiers died, citing sources in military intelligence.',
  'Two U.S. officials told NBC News the convoy had left.',
  '"The troops are there. They will fight," Kim said.',
].join('\n\n');

/** The corpus files as the widget embeds them: id and body (the date marker cut off, trimmed). */
function corpusBodies() {
  const dir = join(ROOT, 'static', 'corpus');
  return readdirSync(dir)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(dir, f), 'utf8');
      const m = /^date (\d{4}-\d{2}-\d{2})/.exec(raw.trimStart());
      return { id: f.slice(0, 3), body: m ? raw.trimStart().slice(15).trim() : raw.trim() };
    });
}

/** `hedgelight analyze` of `text`, run natively through cargo. */
function cliAnalyze(text) {
  const r = spawnSync('cargo', ['run', '-q', '--bin', 'hedgelight', '--', 'analyze'], {
    cwd: ROOT, input: text, encoding: 'utf8', maxBuffer: 64 << 20,
  });
  assert.equal(r.status, 0, `hedgelight analyze failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** A source without its offsets: what must agree between the widget and the CLI. */
const who = (src) => src && { text: src.text, named: src.named, via: src.via.map(who) };

/** The tooltip's source line for a sentence whose source is in the sentence itself. */
function sourceLine(src) {
  let line = src.named ? `Attributed to ${src.text}` : `Unnamed source: ${src.text}`;
  src.via.forEach((v, i) => { line += `${i === 0 ? ', citing ' : ' and '}${v.text}${v.named ? '' : ' (unnamed)'}`; });
  return line;
}

/**
 * The sources of a report as the Sources view groups them: each sentence's source and
 * whom it cites, by the `entity` the CLI's report gives each mention; named first.
 */
function groups(report) {
  const byKey = new Map();
  report.sentences.forEach((s, i) => {
    if (!s.source) return;
    for (const m of [s.source, ...s.source.via]) {
      const key = m.entity;
      if (!byKey.has(key)) byKey.set(key, { text: m.entity, named: false, sentences: [], levels: {} });
      const g = byKey.get(key);
      g.named ||= m.named;
      if (g.sentences.at(-1) !== i) {
        g.sentences.push(i);
        if (s.level != null) g.levels[s.level] = (g.levels[s.level] ?? 0) + 1;
      }
    }
  });
  const all = [...byKey.values()];
  return [...all.filter((g) => g.named), ...all.filter((g) => !g.named)];
}

/** The words of a sentence's source marks, without their screen-reader labels. */
function marks(sentence) {
  return sentence.locator('.hl-source').evaluateAll((els) => els.map((e) => {
    const copy = e.cloneNode(true);
    copy.querySelectorAll('.hl-sr').forEach((sr) => sr.remove());
    return { text: copy.textContent, named: e.dataset.named === 'true', border: getComputedStyle(e).borderTopStyle };
  }));
}

describe('who says so: tooltip, source marks and the Sources view', () => {
  const session = browserSession();
  let page, errors, host;

  before(async () => {
    // Every report the element announces (hedgelight-analyzed), in order.
    ({ page, errors } = await session.open('index.html', { viewport: { width: 1280, height: 900 } }, (p) =>
      p.addInitScript(() => {
        window.hlReports = [];
        document.addEventListener('hedgelight-analyzed', (e) => window.hlReports.push(e.detail));
      })));
    host = await reader(page);
  });

  /** Shows article `id` and returns the report the element announced for it. */
  async function articleReport(id) {
    const before = await page.evaluate(() => window.hlReports.length);
    const shown = await host.locator(`button.hl-article-tab[data-article="${id}"]`).getAttribute('aria-pressed');
    if (shown !== 'true') {
      await showArticle(host, id);
      await until(async () => (await page.evaluate(() => window.hlReports.length)) > before,
        `showing article ${id} announced no hedgelight-analyzed report`);
    } else {
      await until(async () => (await page.evaluate(() => window.hlReports.length)) > 0, 'no report announced');
    }
    return page.evaluate(() => window.hlReports.at(-1));
  }

  test('the tooltip names the source of a corpus sentence, named and unnamed', async () => {
    const sentences = host.locator('.hl-sentence');
    const tooltip = host.locator('.hl-tooltip');
    let checked = 0;
    // Article 000 has named sources of its own; 002's analysts are unnamed.
    for (const [id, named] of [['002', false], ['000', true]]) {
      const report = await articleReport(id);
      assert.equal(await sentences.count(), report.sentences.length, 'the reader shows the report\'s sentences');
      // A sentence whose source stands in the sentence itself (not a carried quotation).
      const i = report.sentences.findIndex((s) => s.source && s.source.named === named
        && s.start <= s.source.start && s.source.end <= s.end);
      if (i < 0) continue;
      const src = report.sentences[i].source;
      const s = sentences.nth(i);
      // Off the text: focus scrolls the page, and a pointer left on the switcher could
      // then rest on another sentence, whose hover tooltip would replace this one.
      await page.mouse.move(0, 0);
      await s.focus();
      await visible(tooltip, `focusing sentence ${i} shows no tooltip`);
      const line = (await tooltip.locator('.hl-tip-source').innerText()).trim();
      assert.equal(line, sourceLine(src), `sentence ${i}: the tooltip's source line`);
      assert.equal(await tooltip.locator('.hl-tip-source').getAttribute('data-named'), String(named));
      // The source's words are boxed in the sentence, solid if named, dashed if not.
      const marked = await marks(s);
      assert.ok(marked.some((m) => m.text === src.text && m.named === named && m.border === (named ? 'solid' : 'dashed')),
        `sentence ${i} does not box its source ${JSON.stringify(src.text)}: ${JSON.stringify(marked)}`);
      await page.keyboard.press('Escape');
      await hidden(tooltip, 'Escape does not hide the tooltip');
      checked++;
    }
    assert.equal(checked, 2, 'articles 002 and 000 should have a sentence with an unnamed and a named source');
    // A sentence whose source lies in another sentence (a quotation's speaker, "he said")
    // names it in the tooltip but boxes nothing of its own.
    const report = await articleReport('000');
    const carried = report.sentences.findIndex((s) => s.source && (s.source.end <= s.start || s.source.start >= s.end));
    assert.ok(carried >= 0, 'article 000 should have a sentence whose source another sentence names');
    const s = sentences.nth(carried);
    assert.deepEqual(await marks(s), [], `sentence ${carried} boxes words though its source is in another sentence`);
    await s.focus();
    await visible(tooltip, 'no tooltip');
    assert.ok((await tooltip.locator('.hl-tip-source').innerText()).includes(report.sentences[carried].source.text));
    await page.keyboard.press('Escape');
  });

  test('the issue\'s examples: a citing chain, an unnamed source, a continued quotation', async () => {
    const { page: p, errors: errs } = await session.open('index.html', { viewport: { width: 1000, height: 800 } });
    const h = await reader(p);
    await h.evaluate((el, t) => { el.text = t; }, EXAMPLES);
    await until(async () => (await h.locator('.hl-sentence').count()) === 4, 'the examples did not render as four sentences');
    const tooltip = h.locator('.hl-tooltip');
    const lineOf = async (i) => {
      await h.locator('.hl-sentence').nth(i).focus();
      await visible(tooltip, `sentence ${i} shows no tooltip`);
      return (await tooltip.locator('.hl-tip-source').innerText()).trim();
    };
    assert.equal(await lineOf(0), 'Attributed to Interfax-Ukraine, citing sources in military intelligence (unnamed)');
    assert.deepEqual(await marks(h.locator('.hl-sentence').nth(0)), [
      { text: 'Interfax-Ukraine', named: true, border: 'solid' },
      { text: 'sources in military intelligence', named: false, border: 'dashed' },
    ]);
    assert.equal(await lineOf(1), 'Unnamed source: Two U.S. officials');
    // "The troops are there." is Kim's, though his name comes in the next sentence.
    assert.equal(await lineOf(2), 'Part of a quotation by Kim');
    assert.deepEqual(await marks(h.locator('.hl-sentence').nth(2)), []);
    assert.equal(await lineOf(3), 'Attributed to Kim');
    // Screen readers hear "source:" before the boxed words, and the source in the summary.
    const first = h.locator('.hl-sentence').nth(0);
    await p.keyboard.press('Escape');
    await hidden(tooltip, 'Escape does not hide the tooltip');
    assert.deepEqual(await first.locator('.hl-source > .hl-sr').allTextContents(), ['source: ', 'unnamed source: ']);
    assert.match(await first.locator(':scope > .hl-sr').textContent(), /Attributed to Interfax-Ukraine, citing sources in military intelligence \(unnamed\)\./);
    // The part names a host page styles them by.
    assert.deepEqual(await first.locator('.hl-source').evaluateAll((els) => els.map((e) => e.getAttribute('part'))),
      ['source source-named', 'source source-unnamed']);
    assert.deepEqual(errs, []);
    await p.close();
  });

  test('the Sources view lists the article\'s sources, named first, with their claims per level', async () => {
    const report = await articleReport('000');
    const expected = groups(report);
    assert.ok(expected.length >= 3, `article 000 should have several sources, has ${expected.length}`);
    const toggle = host.locator('button.hl-sources-toggle');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal((await toggle.innerText()).trim(), `Sources (${expected.length})`);
    const view = host.locator(`#${await toggle.getAttribute('aria-controls')}`);
    assert.ok(await view.isHidden(), 'the Sources view is shown before its button was pressed');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await visible(view, 'pressing the Sources button does not show the view it controls');
    assert.equal(await view.getAttribute('part'), 'sources');

    const shown = await view.locator('button.hl-source-choice').evaluateAll((els) => els.map((b) => ({
      text: b.querySelector('.hl-source-name').textContent,
      named: b.dataset.named === 'true',
      pressed: b.getAttribute('aria-pressed'),
      levels: Object.fromEntries([...b.querySelectorAll('.hl-source-level')].map((l) => [l.dataset.level, Number(l.textContent)])),
      glyphs: [...b.querySelectorAll('.hl-swatch')].map((w) => [w.dataset.level, getComputedStyle(w, '::after').content]),
      name: b.textContent,
    })));
    assert.deepEqual(shown.map(({ text, named, levels }) => ({ text, named, levels })),
      expected.map(({ text, named, levels }) => ({ text, named, levels })));
    for (const b of shown) {
      assert.equal(b.pressed, 'false');
      // Each count has its level's glyph (level 5 has none), and its name in words.
      for (const [level, n] of Object.entries(b.levels)) {
        assert.ok(b.name.includes(`${n} ${LEVEL_NAMES[level]}`), `the button of ${b.text} does not say "${n} ${LEVEL_NAMES[level]}": ${b.name}`);
      }
      for (const [level, glyph] of b.glyphs) {
        if (level !== '5') assert.ok(!['none', 'normal', '""'].includes(glyph), `the level-${level} count of ${b.text} has no glyph`);
      }
    }
    // Named and unnamed under their own headings.
    const headings = await view.locator('h3').allInnerTexts();
    const named = expected.filter((g) => g.named).length;
    assert.deepEqual(headings, [named && `Named (${named})`, named < expected.length && `Unnamed (${expected.length - named})`].filter(Boolean));
  });

  test('choosing a source highlights its sentences and focuses the first; again or Escape clears', async () => {
    const report = await articleReport('000');
    const expected = groups(report);
    const toggle = host.locator('button.hl-sources-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const status = host.locator('[role="status"]');
    const chosen = () => host.locator('.hl-sentence.hl-chosen').evaluateAll((els) => els.map((e) => Number(e.dataset.index)));
    const focused = host.locator('.hl-sentence:focus');
    const tooltip = host.locator('.hl-tooltip');
    // The source with the most sentences (the first of them on a tie).
    const k = expected.reduce((best, g, i) => (g.sentences.length > expected[best].sentences.length ? i : best), 0);
    const g = expected[k];
    const button = host.locator('button.hl-source-choice').nth(k);
    await page.mouse.move(0, 0);

    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    await until(async () => JSON.stringify(await chosen()) === JSON.stringify(g.sentences),
      `choosing ${g.text} does not highlight its sentences ${g.sentences} (highlighted: ${await chosen()})`);
    await until(async () => Number(await focused.getAttribute('data-index')) === g.sentences[0],
      `choosing ${g.text} does not move focus to its first sentence ${g.sentences[0]}`);
    await visible(tooltip, 'the focused sentence shows no tooltip');
    const others = await host.locator('.hl-sentence:not(.hl-chosen)').evaluateAll((els) => els.every((e) => e.classList.contains('hl-dimmed')));
    assert.ok(others, 'the other sentences are not muted');
    assert.match(await status.textContent(), new RegExp(`${g.sentences.length} sentences? from ${g.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} highlighted`));
    assert.equal(await host.locator('.hl-sentence.hl-chosen').first().getAttribute('part'),
      `sentence level-${report.sentences[g.sentences[0]].level} chosen`);
    // N and P move between the chosen source's sentences.
    if (g.sentences.length > 1) {
      await page.keyboard.press('n');
      await until(async () => Number(await focused.getAttribute('data-index')) === g.sentences[1], 'N does not go to the source\'s next sentence');
      await page.keyboard.press('p');
      await until(async () => Number(await focused.getAttribute('data-index')) === g.sentences[0], 'P does not go back');
    }
    // Escape hides the tooltip first, then clears the highlight.
    await page.keyboard.press('Escape');
    await hidden(tooltip, 'Escape does not hide the tooltip');
    assert.deepEqual(await chosen(), g.sentences, 'the first Escape (closing the tooltip) also cleared the highlight');
    await page.keyboard.press('Escape');
    await until(async () => (await chosen()).length === 0, 'a second Escape does not clear the highlight');
    assert.equal(await button.getAttribute('aria-pressed'), 'false');
    assert.equal(await host.locator('.hl-sentence.hl-dimmed').count(), 0);
    await until(async () => (await status.textContent()).includes('cleared'), 'clearing is not announced');

    // The keyboard: Enter chooses, Enter on the same button again clears.
    await button.focus();
    await page.keyboard.press('Enter');
    await until(async () => (await chosen()).length === g.sentences.length, 'Enter on a source does not choose it');
    assert.ok(await isFocused(host.locator(`.hl-sentence[data-index="${g.sentences[0]}"]`)), 'Enter does not move focus to the first sentence');
    await button.focus();
    await page.keyboard.press('Enter');
    await until(async () => (await chosen()).length === 0, 'choosing the chosen source again does not clear it');
    // Escape in the view: clears a choice, else closes the view and returns to its button.
    await page.keyboard.press('Enter');
    await until(async () => (await chosen()).length > 0, 'no choice');
    await button.focus();
    await page.keyboard.press('Escape');
    await until(async () => (await chosen()).length === 0, 'Escape in the Sources view does not clear the choice');
    await page.keyboard.press('Escape');
    await until(async () => (await toggle.getAttribute('aria-expanded')) === 'false', 'Escape in the view does not close it');
    assert.ok(await isFocused(toggle), 'closing the view with Escape does not return focus to the Sources button');
  });

  test('a chosen source far down the page: the tooltip stays with the focused sentence', async (t) => {
    // A source whose first sentence is far down: choosing it scrolls the page under the
    // pointer, which rests on the button it clicked; in a short window text fills the
    // view after the jump, under the pointer too. The farthest such source, in any
    // article, whose jump leaves the pointer on another sentence (that depends on the
    // layout).
    let p, errs, h, first, under;
    search: for (const id of ['000', '001', '002', '003', '004']) {
      const expected = groups(await articleReport(id));
      const order = expected.map((g, i) => i).sort((a, b) => expected[b].sentences[0] - expected[a].sentences[0]);
      for (const k of order.slice(0, 3)) {
        first = expected[k].sentences[0];
        ({ page: p, errors: errs } = await session.open('index.html', { viewport: { width: 1280, height: 560 } }));
        h = await reader(p);
        if (id !== '000') await showArticle(h, id);
        await h.locator('button.hl-sources-toggle').click();
        const button = h.locator('button.hl-source-choice').nth(k);
        await button.scrollIntoViewIfNeeded();
        const box = await button.boundingBox();
        await button.click();
        await until(async () => Number(await h.locator('.hl-sentence:focus').getAttribute('data-index')) === first,
          `choosing ${expected[k].text} does not focus its sentence ${first}`);
        await p.waitForTimeout(600); // past the hide delay and the hover the scroll may cause
        under = await p.evaluate(([x, y]) => {
          const e = document.querySelector('hedge-reader').shadowRoot.elementFromPoint(x, y);
          return e?.closest('.hl-sentence')?.dataset.index ?? null;
        }, [box.x + box.width / 2, box.y + box.height / 2]);
        if (under !== null && Number(under) !== first) break search;
        await p.close();
        p = null;
      }
    }
    if (!p) {
      // No jump of this article leaves the pointer on another sentence in this layout,
      // so the case cannot arise here; say so rather than pass silently.
      t.skip(`no source's jump leaves the pointer on another sentence (last: ${under})`);
      return;
    }
    await visible(h.locator('.hl-tooltip'), 'the focused sentence\'s tooltip was hidden when the page scrolled under the pointer');
    const described = await h.locator('.hl-sentence[aria-describedby]').evaluateAll((els) => els.map((e) => Number(e.dataset.index)));
    assert.deepEqual(described, [first], 'the tooltip describes the sentence under the pointer, not the focused one');
    // Hovering another sentence afterwards works as usual.
    const other = [first - 1, first + 1, first - 2].find((i) => i >= 0 && i !== Number(under));
    await h.locator(`.hl-sentence[data-index="${other}"]`).hover();
    await until(async () => Number(await h.locator('.hl-sentence[aria-describedby]').getAttribute('data-index')) === other,
      'hovering a sentence after the jump does not show its tooltip');
    assert.deepEqual(errs, []);
    await p.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`axe-core finds no violation with the Sources view open and a source chosen (${colorScheme})`, async () => {
      const { page: p } = await session.open('index.html', { viewport: { width: 1280, height: 900 }, colorScheme });
      const h = await reader(p);
      await h.locator('button.hl-sources-toggle').click();
      await h.locator('button.hl-source-choice').first().click();
      await until(async () => (await h.locator('.hl-sentence.hl-chosen').count()) > 0, 'no sentence highlighted');
      assert.deepEqual(await axe(p, 'hedge-reader', ALL_IMPACTS), []);
      await p.close();
    });
  }

  // sources-view-1280-light.png is the README's picture (docs/screenshot-sources.png).
  for (const [width, colorScheme] of [[1280, 'light'], [1280, 'dark'], [375, 'light'], [375, 'dark']]) {
    test(`screenshot of the Sources view at ${width} px (${colorScheme})`, async () => {
      const phone = width < 500;
      const name = `sources-view-${width}-${colorScheme}`;
      const { page: p } = await session.open('index.html', { viewport: { width, height: phone ? 800 : 1200 }, colorScheme, isMobile: phone, hasTouch: phone });
      const h = await reader(p);
      await showArticle(h, '002');
      await h.locator('button.hl-sources-toggle').click();
      const top = () => h.locator('.hl-header').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await top();
      if (phone) await p.screenshot({ path: join(ARTIFACTS, `${name}-list.png`) });
      // Kim's quotation runs over two sentences; with the keyboard, so that no hover
      // tooltip gets in the way.
      const kim = h.locator('button.hl-source-choice', { has: p.locator('.hl-source-name', { hasText: /^Kim( Yong-hyun)?$/ }) });
      await ((await kim.count()) ? kim : h.locator('button.hl-source-choice').first()).focus();
      await p.keyboard.press('Enter');
      await until(async () => (await h.locator('.hl-sentence.hl-chosen').count()) > 0, 'no sentence highlighted');
      if ((await h.locator('.hl-sentence.hl-chosen').count()) > 1) await p.keyboard.press('n');
      await visible(h.locator('.hl-tooltip'), 'no tooltip on the focused sentence');
      if (!phone) await top();
      await p.waitForTimeout(300); // past the tooltip's fade-in
      await p.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
      await p.close();
    });
  }

  test('the element\'s analysis carries the same sources as `hedgelight analyze` for the five reports', async () => {
    const bodies = corpusBodies();
    assert.equal(bodies.length, 5);
    let sourced = 0;
    for (const { id, body } of bodies) {
      const shown = await articleReport(id);
      const fromModule = await page.evaluate(async (t) => (await import('./hedge-reader.js')).analyze(t), body);
      assert.deepEqual(shown, fromModule, `article ${id}: the announced report is not analyze() of the article`);
      const cli = cliAnalyze(body);
      assert.deepEqual(shown.sentences.map((s) => s.text), cli.sentences.map((s) => s.text), `article ${id}: sentences differ`);
      shown.sentences.forEach((s, i) => {
        assert.deepEqual(who(s.source), who(cli.sentences[i].source), `article ${id}, sentence ${i}: the source differs from the CLI's`);
        if (!s.source) return;
        sourced++;
        // Offsets: UTF-16 units in JavaScript, code points in the CLI; each slices its text.
        const chars = Array.from(body);
        for (const [js, native] of [[s.source, cli.sentences[i].source], ...s.source.via.map((v, j) => [v, cli.sentences[i].source.via[j]])]) {
          assert.equal(body.slice(js.start, js.end), js.text, `article ${id}, sentence ${i}: UTF-16 offsets of ${js.text}`);
          assert.equal(chars.slice(native.start, native.end).join(''), native.text, `article ${id}, sentence ${i}: code-point offsets of ${native.text}`);
        }
      });
    }
    assert.ok(sourced >= 20, `only ${sourced} sentences of the five reports have a source`);
  });

  test('no console errors', () => {
    assert.deepEqual(errors, []);
  });
});
