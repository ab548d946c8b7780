// End-to-end tests of the Compare view of the corpus reader (index.html): the claims
// the five reports share, as `hedgelight compare` groups them, one row per claim with
// its sentences in date order, each with its report, date, level (the reader's shade
// and glyph) and cues; choosing one opens it in its report (focus, tooltip,
// hedgelight-analyzed); the keyboard (one tab stop, arrows, Home, End, Enter, Escape
// back); a grouped sentence's tooltip links to its claim ("Also in: N other
// reports") by mouse, keyboard and touch; axe in both themes; screenshots at 1280 and
// 375 px (tests/artifacts/compare-view-*.png).
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ARTIFACTS, axe, browserSession, hidden, isFocused, LEVEL_NAMES, reader, ROOT, showArticle, tapSentence, until, visible,
} from './helpers.mjs';

const ALL_IMPACTS = ['minor', 'moderate', 'serious', 'critical'];
const CORPUS = join(ROOT, 'static', 'corpus');
const FILES = readdirSync(CORPUS).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort();

/** The corpus files as the widget embeds them: id and body (the date marker cut off, trimmed). */
const BODIES = Object.fromEntries(FILES.map((f) => {
  const raw = readFileSync(join(CORPUS, f), 'utf8');
  const m = /^date (\d{4}-\d{2}-\d{2})/.exec(raw.trimStart());
  return [f.slice(0, 3), m ? raw.trimStart().slice(15).trim() : raw.trim()];
}));

/**
 * `hedgelight compare` of the five reports, run natively through cargo, as the view
 * should show it: per group its label, how many reports tell it, and its sentences
 * (article id, text, level, date, cues) in the CLI's order.
 */
function cliGroups() {
  const r = spawnSync('cargo', ['run', '-q', '--bin', 'hedgelight', '--', 'compare', ...FILES.map((f) => join(CORPUS, f))], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20,
  });
  assert.equal(r.status, 0, `hedgelight compare failed: ${r.stderr}`);
  return JSON.parse(r.stdout).groups.map((g) => ({
    label: g.label,
    reports: new Set(g.sentences.map((s) => s.file)).size,
    sentences: g.sentences.map((s) => ({
      id: s.file.slice(0, 3), text: s.text, level: s.level, date: s.date, cues: s.cues.map((c) => [c.text, c.category]),
    })),
  }));
}

/** What the Compare view shows, row by row (the sentence words without screen-reader text). */
function shownGroups(host) {
  return host.locator('li.hl-claim').evaluateAll((rows) => rows.map((r) => ({
    label: r.querySelector('.hl-claim-text').textContent,
    count: r.querySelector('.hl-claim-count').textContent,
    heading: r.querySelector('h3').textContent,
    sentences: [...r.querySelectorAll('button.hl-compare-choice')].map((b) => {
      const words = b.querySelector('.hl-compare-text').cloneNode(true);
      words.querySelectorAll('.hl-sr').forEach((x) => x.remove());
      return {
        id: b.dataset.article,
        index: Number(b.dataset.index),
        text: words.textContent,
        level: Number(b.dataset.level),
        date: b.querySelector('time.hl-compare-date')?.getAttribute('datetime') ?? null,
        shownDate: b.querySelector('.hl-compare-date').textContent,
        report: b.querySelector('.hl-compare-report').textContent,
        cues: [...b.querySelectorAll('.hl-compare-cues .hl-cue')].map((c) => [c.textContent, c.dataset.category]),
        spoken: b.querySelector(':scope > .hl-sr').textContent,
        swatch: b.querySelector('.hl-compare-meta .hl-swatch')?.dataset.level ?? null,
      };
    }),
  })));
}

const claimsText = (n) => (n === 1 ? '1 shared claim' : `${n} shared claims`);

describe('the Compare view of the five reports', () => {
  const session = browserSession();
  let page, errors, host, expected, tabTitles;

  before(async () => {
    expected = cliGroups();
    ({ page, errors } = await session.open('index.html', { viewport: { width: 1280, height: 900 } }, (p) =>
      p.addInitScript(() => {
        window.hlReports = [];
        document.addEventListener('hedgelight-analyzed', (e) => window.hlReports.push(e.detail));
      })));
    host = await reader(page);
    tabTitles = Object.fromEntries(await host.locator('button.hl-article-tab').evaluateAll((els) =>
      els.map((e) => [e.dataset.article, e.querySelector('.hl-tab-title').textContent])));
  });

  /** Back to article `id` in the reader (from the Compare view, too). */
  async function article(id) {
    await showArticle(host, id);
    await visible(host.locator('article.hl-article'), `article ${id} is not shown`);
  }

  async function openCompare() {
    const tab = host.locator('button.hl-compare-tab');
    await tab.click();
    await until(async () => (await tab.getAttribute('aria-pressed')) === 'true', 'the Compare button is not pressed after a click');
    await visible(host.locator('section.hl-compare'), 'pressing the Compare button shows no section.hl-compare');
  }

  test('the Compare button counts the claims; the view replaces the article', async () => {
    assert.ok(expected.length >= 10, `hedgelight compare finds only ${expected.length} groups in the five reports`);
    const tab = host.locator('button.hl-compare-tab');
    assert.equal(await tab.getAttribute('aria-pressed'), 'false');
    assert.match(await tab.innerText(), new RegExp(`Compare\\s+${claimsText(expected.length)}`));
    await openCompare();
    assert.equal(await host.locator('button.hl-article-tab[aria-pressed="true"]').count(), 0, 'an article button stays pressed');
    assert.equal(await host.locator('article.hl-article').count(), 0, 'the article is still shown under the Compare view');
    const section = host.locator('section.hl-compare');
    assert.equal(await section.getAttribute('part'), 'compare');
    const title = await host.locator(`#${await section.getAttribute('aria-labelledby')}`).textContent();
    assert.equal(title, 'Compare the reports');
    assert.match(await host.locator('.hl-compare-intro').textContent(), new RegExp(`^${expected.length} claims are told by more than one report`));
  });

  test('each row is a claim of `hedgelight compare`, its sentences in date order with report, date, level and cues', async () => {
    // The reader's shade and glyph of each level, from article 000 (it has all five).
    await article('000');
    const looks = {};
    for (const level of [1, 2, 3, 4, 5]) {
      const s = host.locator(`.hl-sentence[data-level="${level}"]`).first();
      assert.equal(await s.count(), 1, `article 000 has no sentence of level ${level}`);
      looks[level] = await s.evaluate((e) => ({ shade: getComputedStyle(e).backgroundColor, glyph: getComputedStyle(e, '::before').content }));
    }
    await openCompare();
    const shown = await shownGroups(host);
    assert.deepEqual(shown.map((g) => ({ label: g.label, sentences: g.sentences.map(({ id, text, level, date, cues }) => ({ id, text, level, date, cues })) })),
      expected.map((g) => ({ label: g.label, sentences: g.sentences })), 'the rows are not the groups of hedgelight compare');
    const reports = {};
    for (const [i, g] of shown.entries()) {
      assert.equal(g.count, ` \u2014 told by ${expected[i].reports} reports`);
      assert.equal(g.heading, `Claim ${i + 1} of ${shown.length}: ${expected[i].label} \u2014 told by ${expected[i].reports} reports`);
      // Date order, undated reports last.
      const dates = g.sentences.map((s) => s.date ?? '9999');
      assert.deepEqual(dates, [...dates].sort(), `row ${i}: sentences not in date order: ${dates}`);
      for (const s of g.sentences) {
        assert.equal(s.report, tabTitles[s.id], `row ${i}: the report's name is not its switcher title`);
        assert.equal(s.shownDate, s.date ? new Date(`${s.date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : 'no date');
        assert.equal(s.swatch, String(s.level));
        assert.ok(s.spoken.includes(`Confidence ${s.level} of 5: ${LEVEL_NAMES[s.level]}.`), `a screen reader does not hear the level: ${s.spoken}`);
        for (const [cue, category] of s.cues) assert.ok(s.spoken.includes(`“${cue}”`), `a screen reader does not hear the cue ${cue} (${category}): ${s.spoken}`);
        // The sentence is the one the reader shows at that index.
        reports[s.id] ??= await page.evaluate(async (t) => (await import('./hedge-reader.js')).analyze(t), BODIES[s.id]);
        assert.equal(reports[s.id].sentences[s.index].text, s.text, `row ${i}: data-index ${s.index} of ${s.id} is another sentence`);
      }
    }
    // The reader's shade and glyph, on the sentence and on its swatch.
    const styles = await host.locator('button.hl-compare-choice').evaluateAll((els) => els.map((b) => ({
      level: Number(b.dataset.level),
      shade: getComputedStyle(b.querySelector('.hl-compare-text')).backgroundColor,
      glyph: getComputedStyle(b.querySelector('.hl-swatch'), '::after').content,
    })));
    for (const s of styles) {
      assert.equal(s.shade, looks[s.level].shade, `a level-${s.level} sentence of the view is not shaded as in the reader`);
      assert.equal(s.glyph, looks[s.level].glyph, `the swatch of a level-${s.level} sentence does not carry the reader's glyph`);
    }
    // The defence pact (told by all five) comes out as a row of five reports.
    assert.ok(expected.some((g) => g.reports === 5), 'no claim is told by all five reports');
  });

  test('choosing a sentence opens it in its report, focused with its tooltip, and announces the report', async () => {
    await openCompare();
    // A sentence of another report than the one last shown.
    const last = (await page.evaluate(() => window.hlReports.at(-1))).sentences.map((s) => s.text);
    const shown = await shownGroups(host);
    const target = shown.flatMap((g) => g.sentences).find((s) => s.id !== '000' && !last.includes(s.text));
    assert.ok(target, 'no sentence of another report in the view');
    const count = await page.evaluate(() => window.hlReports.length);
    await host.locator(`button.hl-compare-choice[data-article="${target.id}"][data-index="${target.index}"]`).first().click();
    const tab = host.locator(`button.hl-article-tab[data-article="${target.id}"]`);
    await until(async () => (await tab.getAttribute('aria-pressed')) === 'true', `choosing a sentence of ${target.id} does not show that report`);
    assert.equal(await host.locator('button.hl-compare-tab').getAttribute('aria-pressed'), 'false');
    const focused = host.locator('.hl-sentence:focus');
    await until(async () => Number(await focused.getAttribute('data-index')) === target.index,
      `the chosen sentence ${target.index} of ${target.id} is not focused`);
    const words = await focused.evaluate((e) => {
      const copy = e.cloneNode(true);
      copy.querySelectorAll('.hl-sr').forEach((x) => x.remove());
      return copy.textContent;
    });
    assert.equal(words, target.text, 'the focused sentence is not the chosen one');
    const tooltip = host.locator('.hl-tooltip');
    await visible(tooltip, 'the chosen sentence shows no tooltip');
    assert.equal(await focused.getAttribute('aria-describedby'), await tooltip.getAttribute('id'));
    await until(async () => (await page.evaluate(() => window.hlReports.length)) > count, 'the report shown is not announced (hedgelight-analyzed)');
    const announced = await page.evaluate(() => window.hlReports.at(-1));
    assert.equal(announced.sentences[target.index].text, target.text, 'hedgelight-analyzed announced another report');
    await page.keyboard.press('Escape');
    await hidden(tooltip, 'Escape does not hide the tooltip');
  });

  test('keyboard: one tab stop in the list, arrows, Home and End move, Enter opens, Escape goes back', async () => {
    await article('002');
    const compareTab = host.locator('button.hl-compare-tab');
    await compareTab.focus();
    await page.keyboard.press('Enter');
    await visible(host.locator('section.hl-compare'), 'Enter on the Compare button does not show the view');
    const choices = host.locator('button.hl-compare-choice');
    const n = await choices.count();
    assert.equal(await host.locator('button.hl-compare-choice[tabindex="0"]').count(), 1, 'the list has more or fewer than one tab stop');
    await page.keyboard.press('Tab');
    const focused = host.locator('button.hl-compare-choice:focus');
    await until(async () => (await focused.count()) === 1, 'Tab from the Compare button does not reach the list');
    const at = async () => Number(await focused.getAttribute('data-pos'));
    assert.equal(await at(), 0);
    await page.keyboard.press('ArrowDown');
    await until(async () => (await at()) === 1, 'ArrowDown does not move to the next sentence');
    assert.equal(await host.locator('button.hl-compare-choice[tabindex="0"]').getAttribute('data-pos'), '1', 'the tab stop does not follow the focus');
    await page.keyboard.press('End');
    await until(async () => (await at()) === n - 1, 'End does not move to the last sentence');
    await page.keyboard.press('ArrowDown');
    assert.equal(await at(), n - 1, 'ArrowDown moves past the last sentence');
    await page.keyboard.press('Home');
    await until(async () => (await at()) === 0, 'Home does not move to the first sentence');
    await page.keyboard.press('ArrowUp');
    assert.equal(await at(), 0);
    // Escape: back to the article the view was opened from, on its button.
    await page.keyboard.press('Escape');
    const tab002 = host.locator('button.hl-article-tab[data-article="002"]');
    await until(async () => (await tab002.getAttribute('aria-pressed')) === 'true', 'Escape in the view does not return to article 002');
    await until(() => isFocused(tab002), 'Escape does not return focus to the article\'s button');
    // Enter on a sentence opens it.
    await compareTab.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await until(async () => (await at()) === 1, 'ArrowDown does not move');
    const id = await focused.getAttribute('data-article');
    const index = Number(await focused.getAttribute('data-index'));
    await page.keyboard.press('Enter');
    await until(async () => Number(await host.locator('.hl-sentence:focus').getAttribute('data-index')) === index,
      'Enter on a sentence of the view does not open and focus it');
    assert.equal(await host.locator(`button.hl-article-tab[data-article="${id}"]`).getAttribute('aria-pressed'), 'true');
  });

  /** A sentence of article 000 in a group, with its index in the reader and how many other reports tell it. */
  async function groupedSentenceOf000() {
    const report = await page.evaluate(async (t) => (await import('./hedge-reader.js')).analyze(t), BODIES['000']);
    const g = expected.find((x) => x.sentences.some((s) => s.id === '000') && x.reports >= 3) ?? expected.find((x) => x.sentences.some((s) => s.id === '000'));
    const s = g.sentences.find((x) => x.id === '000');
    const index = report.sentences.findIndex((x) => x.text === s.text);
    assert.ok(index >= 0, `the grouped sentence is not in article 000: ${s.text}`);
    const grouped = new Set(expected.flatMap((x) => x.sentences.filter((y) => y.id === '000').map((y) => y.text)));
    const alone = report.sentences.findIndex((x) => x.kind === 'claim' && !grouped.has(x.text));
    return { group: g, index, others: g.reports - 1, alone };
  }

  test('a grouped sentence\'s tooltip links to its claim, by keyboard; Escape comes back to the sentence', async () => {
    await article('000');
    const { group, index, others, alone } = await groupedSentenceOf000();
    const tooltip = host.locator('.hl-tooltip');
    const link = tooltip.locator('button.hl-also-link');
    // A sentence told by no other report has no link.
    assert.ok(alone >= 0, 'every claim of article 000 is in a group');
    await host.locator(`.hl-sentence[data-index="${alone}"]`).focus();
    await visible(tooltip, 'a focused sentence shows no tooltip');
    assert.equal(await link.count(), 0, 'a sentence that no other report tells has an "Also in" link');

    const sentence = host.locator(`.hl-sentence[data-index="${index}"]`);
    await sentence.focus();
    await visible(link, 'the tooltip of a grouped sentence has no "Also in" link');
    assert.equal((await link.innerText()).trim(), `Also in: ${others} other ${others === 1 ? 'report' : 'reports'}`);
    // Tab reaches the link; the tooltip stays while focus is in it.
    await page.keyboard.press('Tab');
    await until(() => isFocused(link), 'Tab from the sentence does not reach the tooltip\'s link');
    await page.waitForTimeout(400); // past the hide delay
    await visible(tooltip, 'the tooltip hides while its link has focus');
    // Escape on the link returns to the sentence.
    await page.keyboard.press('Escape');
    await until(() => isFocused(sentence), 'Escape on the link does not return focus to the sentence');
    await hidden(tooltip, 'Escape on the link does not hide the tooltip');
    // Enter follows it: the Compare view at that claim, focus on this very sentence.
    await page.keyboard.press('Enter');
    await visible(link, 'Enter does not show the tooltip again');
    await page.keyboard.press('Tab');
    await until(() => isFocused(link), 'Tab does not reach the link');
    await page.keyboard.press('Enter');
    const focused = host.locator('button.hl-compare-choice:focus');
    await until(async () => (await focused.count()) === 1, 'following the link does not focus a sentence of the Compare view');
    assert.equal(await focused.getAttribute('data-article'), '000');
    assert.equal(Number(await focused.getAttribute('data-index')), index);
    const row = host.locator('li.hl-claim.hl-target');
    assert.equal(await row.count(), 1, 'the claim the link opened is not marked');
    assert.equal(await row.locator('.hl-claim-text').textContent(), group.label);
    assert.equal(await row.locator('button.hl-compare-choice:focus').count(), 1, 'the focused sentence is not in the marked row');
    assert.ok(await focused.evaluate((e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }), 'the focused sentence is not scrolled into view');
    // Escape: back to article 000, on that sentence.
    await page.keyboard.press('Escape');
    await until(async () => Number(await host.locator('.hl-sentence:focus').getAttribute('data-index')) === index,
      'Escape in the view does not return to the sentence whose link opened it');
    await visible(tooltip, 'the sentence returned to shows no tooltip');
  });

  test('the link works with the mouse: hover the sentence, then the tooltip, and click', async () => {
    // A page of its own, so that no focus or tooltip is left from the tests before.
    const { page: p, errors: errs } = await session.open('index.html', { viewport: { width: 1280, height: 900 } });
    const h = await reader(p);
    const { index } = await groupedSentenceOf000();
    await p.mouse.move(0, 0);
    // On its first line: the middle of a sentence's box may lie on another sentence.
    const sentence = h.locator(`.hl-sentence[data-index="${index}"]`);
    await sentence.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    const { x, y } = await sentence.evaluate((e) => {
      const r = e.getClientRects()[0];
      return { x: r.left + Math.min(12, r.width / 2), y: r.top + r.height / 2 };
    });
    await p.mouse.move(x, y);
    const link = h.locator('.hl-tooltip button.hl-also-link');
    await visible(link, 'hovering a grouped sentence shows no "Also in" link');
    // Across the gap to the tooltip, as a hand moves.
    const box = await link.boundingBox();
    await p.mouse.move(box.x + 8, box.y + box.height / 2, { steps: 8 });
    await p.waitForTimeout(300);
    await visible(link, 'moving onto the tooltip hides it');
    await p.mouse.down();
    await p.mouse.up();
    await visible(h.locator('section.hl-compare'), 'clicking the link does not open the Compare view');
    assert.equal(Number(await h.locator('button.hl-compare-choice:focus').getAttribute('data-index')), index);
    assert.deepEqual(errs, []);
    await p.close();
  });

  test('the link works by touch: tap the sentence, then the link', async () => {
    const { page: p, errors: errs } = await session.open('index.html', { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
    const h = await reader(p);
    const { index } = await groupedSentenceOf000();
    await tapSentence(p, h.locator(`.hl-sentence[data-index="${index}"]`));
    const link = h.locator('.hl-tooltip button.hl-also-link');
    await visible(link, 'a tap on a grouped sentence shows no "Also in" link');
    await link.tap();
    await visible(h.locator('section.hl-compare'), 'tapping the link does not open the Compare view');
    assert.equal(Number(await h.locator('button.hl-compare-choice:focus').getAttribute('data-index')), index);
    // A tap on a sentence of the view opens it.
    const choice = h.locator('button.hl-compare-choice').nth(1);
    const id = await choice.getAttribute('data-article');
    await choice.tap();
    await until(async () => (await h.locator(`button.hl-article-tab[data-article="${id}"]`).getAttribute('aria-pressed')) === 'true',
      'tapping a sentence of the view does not open its report');
    // No sideways scrolling on a phone.
    await h.locator('button.hl-compare-tab').tap();
    await visible(h.locator('section.hl-compare'), 'no Compare view');
    const overflow = await p.evaluate(() => document.scrollingElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone with the Compare view open`);
    assert.deepEqual(errs, []);
    await p.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`axe-core finds no violation in the Compare view and in a tooltip with its link (${colorScheme})`, async () => {
      const { page: p } = await session.open('index.html', { viewport: { width: 1280, height: 900 }, colorScheme });
      const h = await reader(p);
      const { index } = await groupedSentenceOf000();
      await h.locator(`.hl-sentence[data-index="${index}"]`).focus();
      await visible(h.locator('.hl-tooltip button.hl-also-link'), 'no link in the tooltip');
      assert.deepEqual(await axe(p, 'hedge-reader', ALL_IMPACTS), []);
      await h.locator('.hl-tooltip button.hl-also-link').click();
      await visible(h.locator('section.hl-compare'), 'no Compare view');
      assert.deepEqual(await axe(p, 'hedge-reader', ALL_IMPACTS), []);
      await p.close();
    });
  }

  // compare-view-1280-light.png is the README's picture (docs/screenshot-compare.png).
  for (const [width, colorScheme] of [[1280, 'light'], [1280, 'dark'], [375, 'light'], [375, 'dark']]) {
    test(`screenshot of the Compare view at ${width} px (${colorScheme})`, async () => {
      const phone = width < 500;
      const { page: p } = await session.open('index.html', { viewport: { width, height: phone ? 800 : 1100 }, colorScheme, isMobile: phone, hasTouch: phone });
      const h = await reader(p);
      await h.locator('button.hl-compare-tab').click();
      await visible(h.locator('section.hl-compare'), 'no Compare view');
      // From the switcher down, with the first sentence focused by the keyboard (no
      // hover), as a reader who has just opened the view sees it.
      await h.locator('button.hl-compare-choice').first().focus();
      await h.locator('nav.hl-articles').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await p.screenshot({ path: join(ARTIFACTS, `compare-view-${width}-${colorScheme}.png`) });
      await p.close();
    });
  }

  test('no console errors', () => {
    assert.deepEqual(errors, []);
  });
});
