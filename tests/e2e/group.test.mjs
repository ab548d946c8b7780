// End-to-end tests of readers that share a `group` attribute (tests/e2e/pages/group.html):
// three readers with group="weir" (a heading, a date or none, their text as content or
// as the text attribute) and, between them, one reader outside the group. Each reader of
// the group shows its own text; together they are one set of texts to compare. Their
// switcher has their own text and the Compare button; the Compare view shows the groups
// of `hedgelight compare` on the three texts (in page order), labelled as it labels
// them; a grouped sentence's tooltip says "Also in: N other reports" and links to its
// claim; choosing another reader's sentence in the view opens it in that reader (focused,
// its tooltip shown), by mouse and keyboard. The reader outside compares nothing.
// Removing a reader or changing its group changes the set. axe finds nothing in either
// theme; no console errors.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ARTIFACTS, axe, browserSession, hidden, isFocused, reader, ROOT, testPages, until, visible,
} from './helpers.mjs';

const ALL_IMPACTS = ['minor', 'moderate', 'serious', 'critical'];

// The readers of group.html: their texts as the element reads them (paragraphs of the
// content, or the text attribute), headings and dates, in page order.
const ONE = {
  id: 'one',
  title: 'Day one: fish kill at Harlow Weir',
  date: '2031-05-05',
  text: 'Forty tonnes of dead fish were found near Harlow Weir on Monday, river wardens said.\n\n'
    + 'Anglers believe a chemical spill from the Brenner plant may have caused it. The weather stayed dry.',
};
const TWO = {
  id: 'two',
  title: 'Day two: the plant answers',
  date: '2031-05-06',
  text: 'The Brenner plant said there was no chemical spill on its site. Wardens counted forty tonnes of dead fish near Harlow Weir, according to the county.',
};
const THREE = {
  id: 'three',
  title: 'Day three: the ministry denies',
  date: null,
  text: 'The ministry denied that forty tonnes of fish died near Harlow Weir.\n\n'
    + 'It called the reports of a chemical spill from the Brenner plant baseless. Tourism fell in the spring.',
};

/**
 * `hedgelight compare` of `readers`' texts, written to files in their order (a dated one
 * with the corpus files' date marker): per group its label and its sentences as
 * [position among `readers`, text].
 */
function cliGroups(readers) {
  const dir = mkdtempSync(join(tmpdir(), 'hedgelight-group-'));
  try {
    const files = readers.map((r, i) => {
      const file = join(dir, `${i}.txt`);
      writeFileSync(file, r.date ? ` date ${r.date} ${r.text}` : r.text);
      return file;
    });
    const run = spawnSync('cargo', ['run', '-q', '--bin', 'hedgelight', '--', 'compare', ...files], {
      cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20,
    });
    assert.equal(run.status, 0, `hedgelight compare failed: ${run.stderr}`);
    return JSON.parse(run.stdout).groups.map((g) => ({
      label: g.label,
      sentences: g.sentences.map((s) => [Number(s.file.split('.')[0]), s.text]),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The rows of a reader's Compare view: label and sentences as [data-article, words]. */
function rows(host) {
  return host.locator('li.hl-claim').evaluateAll((els) => els.map((r) => ({
    label: r.querySelector('.hl-claim-text').textContent,
    sentences: [...r.querySelectorAll('button.hl-compare-choice')].map((b) => {
      const words = b.querySelector('.hl-compare-text').cloneNode(true);
      words.querySelectorAll('.hl-sr').forEach((x) => x.remove());
      return [Number(b.dataset.article), words.textContent];
    }),
  })));
}

const claimsText = (n) => (n === 1 ? '1 shared claim' : `${n} shared claims`);

/** The page with its four readers rendered; returns { page, errors, host(id) }. */
async function openGroupPage(session, options = {}) {
  const { page, errors } = await session.open('/test-pages/group.html', options);
  for (let i = 0; i < 4; i++) await reader(page, i);
  const host = (id) => page.locator(`hedge-reader#${id}`);
  // Every reader of the group has its Compare button once the set is complete.
  for (const id of ['one', 'two', 'three']) {
    await visible(host(id).locator('button.hl-compare-tab'), `reader #${id} of the group has no Compare button`);
  }
  return { page, errors, host };
}

async function openCompare(h) {
  await h.locator('button.hl-compare-tab').click();
  await visible(h.locator('section.hl-compare'), 'pressing the Compare button shows no Compare view');
}

/** The index in its reader of the sentence of `reader` whose text is `text`. */
async function indexOf(page, readerText, text) {
  const report = await page.evaluate(async (t) => (await import('/hedge-reader.js')).analyze(t), readerText);
  const index = report.sentences.findIndex((s) => s.text === text);
  assert.ok(index >= 0, `no sentence ${text}`);
  return index;
}

describe('readers that share a group attribute', () => {
  const session = browserSession({ handle: testPages() });
  const expected = cliGroups([ONE, TWO, THREE]);
  const allErrors = [];

  test('each reader of the group shows its own text, its button and the Compare button; the one outside has neither', async () => {
    assert.ok(expected.length >= 2, `hedgelight compare finds only ${expected.length} groups in the three texts`);
    const { page, errors, host } = await openGroupPage(session);
    for (const r of [ONE, TWO, THREE]) {
      const h = host(r.id);
      assert.equal(await h.locator('h2.hl-title').textContent(), r.title, `reader #${r.id} does not show its heading`);
      const tabs = h.locator('button.hl-article-tab');
      assert.equal(await tabs.count(), 1, `reader #${r.id} has buttons for other readers' texts`);
      assert.equal(await tabs.getAttribute('aria-pressed'), 'true');
      assert.equal(await tabs.locator('.hl-tab-title').textContent(), r.title);
      assert.match(await h.locator('button.hl-compare-tab').innerText(), new RegExp(`Compare\\s+${claimsText(expected.length)}`));
      const date = h.locator('article.hl-article time.hl-date');
      if (r.date) assert.equal(await date.getAttribute('datetime'), r.date, `reader #${r.id} does not show its date attribute`);
      else assert.equal(await date.count(), 0);
      // Its own text, and only that.
      const words = await h.locator('.hl-sentence').evaluateAll((els) => els.map((e) => {
        const c = e.cloneNode(true);
        c.querySelectorAll('.hl-sr').forEach((x) => x.remove());
        return c.textContent;
      }).join(' '));
      assert.equal(words, r.text.replace(/\n\n/g, ' '));
    }
    const alone = host('alone');
    assert.equal(await alone.locator('nav.hl-articles').count(), 0, 'the reader outside the group has a switcher');
    assert.equal(await alone.locator('button.hl-compare-tab').count(), 0, 'the reader outside the group has a Compare button');
    assert.equal(await alone.locator('h2.hl-title').textContent(), 'A video from the weir');
    assert.equal(await alone.locator('time.hl-date').getAttribute('datetime'), '2031-05-06', 'a date attribute outside a group is not shown');
    allErrors.push(...errors);
    await page.close();
  });

  test('the Compare view of every reader of the group shows the groups of `hedgelight compare` on their texts', async () => {
    const { page, errors, host } = await openGroupPage(session);
    for (const r of [ONE, TWO, THREE]) {
      const h = host(r.id);
      await openCompare(h);
      assert.deepEqual(await rows(h), expected, `reader #${r.id}'s Compare view does not show the groups of hedgelight compare`);
      const names = await h.locator('.hl-compare-report').allTextContents();
      assert.ok(names.every((n) => [ONE.title, TWO.title, THREE.title].includes(n)), names.join(' | '));
      assert.ok((await h.locator('.hl-compare-date').allTextContents()).includes('no date'), 'the undated reader is not "no date"');
    }
    allErrors.push(...errors);
    await page.close();
  });

  test('a grouped sentence\'s tooltip says "Also in: 2 other reports" and links to its claim; outside the group, no link', async () => {
    const { page, errors, host } = await openGroupPage(session);
    const claim = expected.find((g) => new Set(g.sentences.map(([i]) => i)).size === 3);
    assert.ok(claim, 'no claim is told by all three readers');
    const [, text] = claim.sentences.find(([i]) => i === 0);
    const index = await indexOf(page, ONE.text, text);
    const h = host('one');
    const sentence = h.locator(`.hl-sentence[data-index="${index}"]`);
    await sentence.focus();
    const link = h.locator('.hl-tooltip button.hl-also-link');
    await visible(link, 'the tooltip of a grouped sentence has no "Also in" link');
    assert.equal((await link.innerText()).trim(), 'Also in: 2 other reports');
    await link.click();
    await visible(h.locator('section.hl-compare'), 'the link does not open the Compare view');
    const focused = h.locator('button.hl-compare-choice:focus');
    await until(async () => (await focused.count()) === 1, 'the link does not focus a sentence of the view');
    assert.equal(await focused.getAttribute('data-article'), '0');
    assert.equal(Number(await focused.getAttribute('data-index')), index);
    assert.equal(await h.locator('li.hl-claim.hl-target .hl-claim-text').textContent(), claim.label);
    // The reader outside the group tells the same claim, but compares nothing.
    const alone = host('alone');
    await alone.locator('.hl-sentence').first().focus();
    await visible(alone.locator('.hl-tooltip'), 'no tooltip outside the group');
    assert.equal(await alone.locator('.hl-also-link').count(), 0, 'a reader outside the group links to a claim');
    allErrors.push(...errors);
    await page.close();
  });

  test('choosing another reader\'s sentence in the Compare view opens it in that reader, by mouse and keyboard', async () => {
    const { page, errors, host } = await openGroupPage(session);
    const one = host('one');
    await openCompare(one);
    // A sentence of reader three (position 2 in the group), chosen with the mouse.
    const choice = one.locator('button.hl-compare-choice[data-article="2"]').first();
    const index = Number(await choice.getAttribute('data-index'));
    const [, text] = expected.flatMap((g) => g.sentences).find(([i]) => i === 2);
    assert.equal(index, await indexOf(page, THREE.text, text));
    await choice.click();
    const three = host('three');
    const focused = three.locator('.hl-sentence:focus');
    await until(async () => Number(await focused.getAttribute('data-index')) === index,
      'choosing a sentence of reader #three does not focus it in reader #three');
    await visible(three.locator('.hl-tooltip'), 'the sentence opened in reader #three shows no tooltip');
    assert.equal(await focused.getAttribute('aria-describedby'), await three.locator('.hl-tooltip').getAttribute('id'));
    assert.ok(await focused.evaluate((e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }),
      'the opened sentence is not scrolled into view');
    assert.equal(await one.locator('section.hl-compare').count(), 1, 'reader #one leaves its Compare view');
    // Reader two in its Compare view: a sentence chosen there opens in it.
    const two = host('two');
    await openCompare(two);
    // By keyboard, from reader one's view: Tab into the list, to a sentence of reader two, Enter.
    await one.locator('button.hl-compare-tab').focus();
    await page.keyboard.press('Tab');
    const at = one.locator('button.hl-compare-choice:focus');
    await until(async () => (await at.count()) === 1, 'Tab does not reach reader #one\'s list');
    for (let i = 0; i < 20 && (await at.getAttribute('data-article')) !== '1'; i++) await page.keyboard.press('ArrowDown');
    assert.equal(await at.getAttribute('data-article'), '1', 'no sentence of reader #two in the list');
    const twoIndex = Number(await at.getAttribute('data-index'));
    await page.keyboard.press('Enter');
    await until(async () => Number(await two.locator('.hl-sentence:focus').getAttribute('data-index')) === twoIndex,
      'Enter on a sentence of reader #two does not open it in reader #two');
    assert.equal(await two.locator('section.hl-compare').count(), 0, 'reader #two stays in its Compare view');
    assert.equal(await two.locator('button.hl-article-tab').getAttribute('aria-pressed'), 'true');
    await page.keyboard.press('Escape');
    await hidden(two.locator('.hl-tooltip'), 'Escape does not hide the tooltip in reader #two');
    // The same sentence again: opened again.
    await one.locator('button.hl-compare-choice[data-article="2"]').first().click();
    await until(() => isFocused(three.locator(`.hl-sentence[data-index="${index}"]`)), 'choosing the same sentence twice does not open it again');
    allErrors.push(...errors);
    await page.close();
  });

  test('the set follows the page: a reader removed or moved to another group leaves it', async () => {
    const { page, errors, host } = await openGroupPage(session);
    await page.evaluate(() => document.getElementById('two').remove());
    const withoutTwo = cliGroups([ONE, THREE]);
    const one = host('one');
    await until(async () => (await one.locator('button.hl-compare-tab').innerText()).includes(claimsText(withoutTwo.length)),
      'reader #one still counts the claims of the removed reader');
    await openCompare(one);
    await until(async () => JSON.stringify(await rows(one)) === JSON.stringify(withoutTwo),
      'reader #one\'s Compare view is not the groups of the two readers left');
    // Reader three moves to another group: reader one is alone, and compares nothing.
    await page.evaluate(() => document.getElementById('three').setAttribute('group', 'elsewhere'));
    await until(async () => (await one.locator('button.hl-compare-tab').count()) === 0, 'reader #one alone still has a Compare button');
    await visible(one.locator('article.hl-article'), 'reader #one alone does not show its text');
    assert.equal(await host('three').locator('button.hl-compare-tab').count(), 0, 'reader #three alone in its group has a Compare button');
    // And back: the two compare again.
    await page.evaluate(() => document.getElementById('three').setAttribute('group', 'weir'));
    await visible(one.locator('button.hl-compare-tab'), 'reader #three back in the group: reader #one has no Compare button');
    allErrors.push(...errors);
    await page.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`axe-core finds nothing on the page: readers, a tooltip with its link, a Compare view (${colorScheme})`, async () => {
      const { page, errors, host } = await openGroupPage(session, { colorScheme });
      const one = host('one');
      const claim = expected.find((g) => g.sentences.some(([i]) => i === 0));
      const index = await indexOf(page, ONE.text, claim.sentences.find(([i]) => i === 0)[1]);
      await one.locator(`.hl-sentence[data-index="${index}"]`).focus();
      await visible(one.locator('.hl-tooltip button.hl-also-link'), 'no link in the tooltip');
      assert.deepEqual(await axe(page, 'main', ALL_IMPACTS), []);
      await openCompare(one);
      assert.deepEqual(await axe(page, 'main', ALL_IMPACTS), []);
      await page.screenshot({ path: join(ARTIFACTS, `group-${colorScheme}.png`), fullPage: true });
      allErrors.push(...errors);
      await page.close();
    });
  }

  test('no console errors', () => {
    assert.deepEqual(allErrors, []);
  });
});
