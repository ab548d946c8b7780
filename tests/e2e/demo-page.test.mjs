// End-to-end tests of the demo page's "Analyse your own text" panel: pasted text is
// shown by the reader (as text, never as markup), the draft survives a reload, and
// "Back to the five reports" brings the corpus back.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, axe, browserSession, reader, until, visible } from './helpers.mjs';

const PASTED = 'Ministry confirms the strike\n\nThe ministry said the strike hit a depot. '
  + 'Officials could not independently verify the toll, which may rise. '
  + '<img src=x onerror="window.__injected = true"> Moscow denied it.';

describe('demo page: analyse your own text', () => {
  const session = browserSession();

  test('pasted text replaces the five reports, as text, and the reports come back', async () => {
    const { page, errors } = await session.open('index.html');
    await page.evaluate(() => localStorage.clear());
    const host = await reader(page);
    assert.ok(await host.locator('.hl-article-tab').count() >= 5, 'the corpus switcher is shown first');

    await page.locator('#own summary').click();
    await page.getByLabel('Paste an article as plain text').fill(PASTED);
    await page.getByRole('button', { name: 'Analyse' }).click();

    await until(async () => (await host.locator('.hl-sentence', { hasText: 'could not independently verify' }).count()) === 1,
      'after Analyse, the reader does not show the pasted text');
    assert.equal(await host.locator('.hl-article-tab').count(), 0, 'the switcher stays while the pasted text is shown');
    assert.equal(await host.locator('.hl-title').innerText(), 'Your text');
    const unverified = host.locator('.hl-cue[data-category="unverified"]');
    assert.ok((await unverified.count()) >= 1, 'the pasted text\'s "could not independently verify" is not marked');
    assert.equal(await host.locator('.hl-sentence', { hasText: 'denied' }).getAttribute('data-level'), '1');
    // Markup in pasted text is shown, not run.
    assert.equal(await host.locator('img').count(), 0, 'pasted markup became an element');
    assert.ok((await host.locator('.hl-body').innerText()).includes('<img src=x'), 'pasted markup is not shown as text');
    assert.equal(await page.evaluate(() => window.__injected ?? false), false, 'pasted markup ran');
    await visible(page.locator('#own-status', { hasText: 'Showing your text' }), 'no status after Analyse');
    await page.screenshot({ path: join(ARTIFACTS, 'index-own-text.png'), fullPage: false });

    // The analysis can be saved: the text and the JSON of `hedgelight analyze`.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the analysis (JSON)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'hedgelight-analysis.json');
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(saved.text, PASTED);
    assert.match(saved.version, /^\d+\.\d+\.\d+/, 'the saved analysis names the hedgelight version that made it');
    assert.match(saved.model, /^[0-9a-f]{16}$/, 'the saved analysis names the model it was made with');
    const shown = await host.locator('.hl-sentence').count();
    assert.equal(saved.sentences.length, shown, 'the saved analysis has other sentences than the reader shows');
    const unverifiedCue = saved.sentences.flatMap((x) => x.cues).find((c) => c.category === 'unverified');
    assert.ok(unverifiedCue && PASTED.slice(unverifiedCue.start, unverifiedCue.end).includes('could not independently verify'),
      `the saved cue offsets do not point into the text: ${JSON.stringify(unverifiedCue)}`);

    await page.getByRole('button', { name: 'Back to the five reports' }).click();
    await until(async () => (await host.locator('.hl-article-tab').count()) >= 5,
      '"Back to the five reports" does not bring the switcher back');
    assert.equal(await page.locator('#own-text').inputValue(), PASTED, 'going back lost the pasted text');
    assert.ok(await page.locator('#own-download').isHidden(), 'the download stays offered for the five reports');
    assert.deepEqual(errors, []);
  });

  test('an empty box asks for text instead of clearing the reader', async () => {
    const { page, errors } = await session.open('index.html');
    await page.evaluate(() => localStorage.clear());
    const host = await reader(page);
    await page.locator('#own summary').click();
    await page.getByLabel('Paste an article as plain text').fill('   \n ');
    await page.getByRole('button', { name: 'Analyse' }).click();
    await visible(page.locator('#own-status', { hasText: 'Paste or type some text first' }), 'no hint for an empty box');
    assert.ok(await host.locator('.hl-article-tab').count() >= 5, 'an empty box replaced the reports');
    assert.deepEqual(errors, []);
  });

  test('a text file is read in the browser, bad bytes and all, and too long a text is refused', async () => {
    const { page, errors } = await session.open('index.html');
    await page.evaluate(() => localStorage.clear());
    const host = await reader(page);
    await page.locator('#own summary').click();
    const bytes = Buffer.concat([
      Buffer.from('Field notes\n\nThe unit was reportedly seen near Kursk. Bad byte: '),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('. The claim could not be verified.\n'),
    ]);
    await page.locator('#own-file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: bytes });
    await until(async () => (await host.locator('.hl-sentence', { hasText: 'could not be verified' }).count()) === 1,
      'the opened file is not shown in the reader');
    const boxed = await page.locator('#own-text').inputValue();
    assert.ok(boxed.includes('Bad byte: \uFFFD'), `undecodable bytes are not U+FFFD in the box: ${JSON.stringify(boxed.slice(0, 80))}`);
    assert.ok((await host.locator('.hl-body').innerText()).includes('\uFFFD'), 'the reader dropped the replaced bytes');

    await page.evaluate(() => { document.getElementById('own-text').value = 'It may rain. '.repeat(160_000); });
    await page.getByRole('button', { name: 'Analyse' }).click();
    await visible(page.locator('#own-status', { hasText: 'the demo reads up to 2,000,000' }), 'no message for a text over the limit');
    assert.equal(await host.locator('.hl-sentence', { hasText: 'could not be verified' }).count(), 1,
      'a refused text replaced the one shown');
    await page.evaluate(() => localStorage.clear());
    assert.deepEqual(errors, []);
  });

  test('the draft survives a reload, and the panel has no accessibility violations', async () => {
    const { page, errors } = await session.open('index.html');
    await page.evaluate(() => localStorage.clear());
    await page.locator('#own summary').click();
    await page.getByLabel('Paste an article as plain text').fill('Kept across a reload. It may rain.');
    await page.reload();
    await reader(page);
    assert.equal(await page.locator('#own').getAttribute('open'), '', 'the panel with a draft is not open after a reload');
    assert.equal(await page.locator('#own-text').inputValue(), 'Kept across a reload. It may rain.');
    const violations = await axe(page, '#own', ['minor', 'moderate', 'serious', 'critical']);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    await page.evaluate(() => localStorage.clear());
    assert.deepEqual(errors, []);
  });

  test('the panel has no accessibility violations in the dark theme, with its text shown', async () => {
    const { page, errors } = await session.open('index.html', { colorScheme: 'dark' });
    await page.evaluate(() => localStorage.clear());
    await reader(page);
    await page.locator('#own summary').click();
    await page.getByLabel('Paste an article as plain text').fill('Officials said the strike may have killed six.');
    await page.getByRole('button', { name: 'Analyse' }).click();
    await visible(page.locator('#own-status', { hasText: 'Showing your text' }), 'no status after Analyse');
    const violations = await axe(page, '#own', ['minor', 'moderate', 'serious', 'critical']);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    await page.evaluate(() => localStorage.clear());
    assert.deepEqual(errors, []);
  });
});
