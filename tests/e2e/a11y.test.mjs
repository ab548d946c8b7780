// Accessibility and presentation: axe-core audits (light and dark), a keyboard-only
// walk, forced colours, reduced motion, print, phone width; screenshots at 1280 and
// 375 px, light and dark, with the tooltip open.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  ARTIFACTS, axe, browserSession, hidden, reader, tapSentence, until, visible,
} from './helpers.mjs';

const ALL_IMPACTS = ['minor', 'moderate', 'serious', 'critical'];

describe('accessibility and presentation', () => {
  const session = browserSession();

  /** A page with all its readers rendered. */
  async function open(path, options = {}) {
    const { page } = await session.open(path, { viewport: { width: 1280, height: 900 }, ...options });
    const count = await page.locator('hedge-reader').count();
    for (let i = 0; i < count; i++) await reader(page, i);
    return page;
  }

  for (const path of ['index.html', 'embed-demo.html']) {
    for (const colorScheme of ['light', 'dark']) {
      test(`axe-core finds no violation in the widgets of ${path} (${colorScheme})`, async () => {
        const page = await open(path, { colorScheme });
        const violations = await axe(page, 'hedge-reader', ALL_IMPACTS);
        assert.deepEqual(violations, []);
        await page.close();
      });
    }
  }

  test('keyboard only: reach the text, move, read, dismiss, jump to low confidence', async () => {
    const page = await open('index.html');
    const host = page.locator('hedge-reader');
    const focused = host.locator('.hl-sentence:focus');
    for (let i = 0; i < 30 && (await focused.count()) === 0; i++) await page.keyboard.press('Tab');
    assert.equal(await focused.count(), 1, 'Tab never reaches a sentence');
    const tip = host.locator('.hl-tooltip');
    await visible(tip, 'the focused sentence shows no tooltip');
    const first = Number(await focused.getAttribute('data-index'));

    await page.keyboard.press('ArrowDown');
    await until(async () => Number(await focused.getAttribute('data-index')) === first + 1, 'ArrowDown does not move to the next sentence');
    await visible(tip, 'the tooltip does not follow the focus');
    assert.equal(await focused.getAttribute('aria-describedby'), await tip.getAttribute('id'));

    await page.keyboard.press('Escape');
    await hidden(tip, 'Escape does not hide the tooltip');
    await page.keyboard.press('Enter');
    await visible(tip, 'Enter does not show the tooltip again');

    for (let i = 0; i < 4; i++) {
      const before = Number(await focused.getAttribute('data-index'));
      await page.keyboard.press('n');
      await until(async () => Number(await focused.getAttribute('data-index')) !== before, 'N does not move the focus');
      const level = Number(await focused.getAttribute('data-level'));
      assert.ok(level <= 3, `N jumped to a sentence of level ${level}, not a low-confidence one`);
    }
    const atN = Number(await focused.getAttribute('data-index'));
    await page.keyboard.press('p');
    await until(async () => Number(await focused.getAttribute('data-index')) < atN, 'P does not move back');

    // A single tab stop: Tab leaves the text instead of walking every sentence.
    await page.keyboard.press('Tab');
    assert.equal(await focused.count(), 0, 'Tab from a sentence goes to another sentence (no roving tabindex)');
    await page.close();
  });

  test('screen readers get each sentence\'s level and cues as text', async () => {
    const page = await open('index.html');
    const s = page.locator('hedge-reader .hl-sentence', { hasText: 'highly likely' }).first();
    const spoken = await s.locator(':scope > .hl-sr').textContent();
    assert.match(spoken, /Confidence \d of 5: \w+/);
    assert.match(spoken, /“highly likely”, speculation/);
    await page.close();
  });

  test('the profile bar jumps to a level, the filter dims confident sentences', async () => {
    const page = await open('index.html');
    const host = page.locator('hedge-reader');
    await host.locator('.hl-profile-seg[data-level="1"]').click();
    await until(async () => (await host.locator('.hl-sentence:focus').getAttribute('data-level')) === '1',
      'clicking the disputed segment does not focus a disputed sentence');
    const filter = host.locator('.hl-filter');
    await filter.click();
    assert.equal(await filter.getAttribute('aria-pressed'), 'true');
    // Confident claims, and segments that are not claims (no level), are muted.
    const dimmed = await host.locator('.hl-sentence.hl-dimmed').evaluateAll((els) => els.map((e) => e.dataset.level ?? null));
    assert.ok(dimmed.length > 0 && dimmed.every((l) => l === null || Number(l) >= 4), `dimmed levels: ${dimmed}`);
    assert.equal(await host.locator('.hl-sentence[data-level="3"].hl-dimmed').count(), 0);
    await page.close();
  });

  test('forced colours: low-confidence sentences keep a visible mark', async () => {
    const page = await open('index.html', { forcedColors: 'active' });
    const style = await page.locator('hedge-reader .hl-sentence[data-level="1"]').first()
      .evaluate((e) => getComputedStyle(e).borderBottomStyle);
    assert.notEqual(style, 'none');
    await page.close();
  });

  test('reduced motion: no tooltip animation', async () => {
    const page = await open('index.html', { reducedMotion: 'reduce' });
    const s = page.locator('hedge-reader .hl-sentence').first();
    await s.hover();
    const tip = page.locator('hedge-reader .hl-tooltip');
    await visible(tip, 'no tooltip on hover');
    assert.equal(await tip.evaluate((e) => getComputedStyle(e).animationName), 'none');
    await page.close();
  });

  test('print: shading and cue marks survive, the tooltip and switcher do not', async () => {
    const page = await open('index.html');
    await page.locator('hedge-reader .hl-sentence').first().hover();
    await page.emulateMedia({ media: 'print' });
    const host = page.locator('hedge-reader');
    assert.equal(await host.locator('.hl-tooltip').evaluate((e) => getComputedStyle(e).display), 'none');
    assert.equal(await host.locator('.hl-articles').evaluate((e) => getComputedStyle(e).display), 'none');
    const s = host.locator('.hl-sentence[data-level="3"]').first();
    assert.equal(await s.evaluate((e) => getComputedStyle(e).printColorAdjust), 'exact');
    assert.notEqual(await s.evaluate((e) => getComputedStyle(e).backgroundColor), 'rgba(0, 0, 0, 0)');
    await page.pdf({ path: join(ARTIFACTS, 'print.pdf') });
    await page.close();
  });

  test('a 360 px phone: no sideways scrolling of the page', async () => {
    const page = await open('index.html', { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
    // Tap toggles the tooltip.
    const s = page.locator('hedge-reader .hl-sentence', { hasText: 'highly likely' }).first();
    const tip = page.locator('hedge-reader .hl-tooltip');
    await tapSentence(page, s);
    await visible(tip, 'a tap shows no tooltip');
    const box = await tip.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 360, `the tooltip leaves the screen: ${JSON.stringify(box)}`);
    await tapSentence(page, s);
    await hidden(tip, 'a second tap does not hide the tooltip');
    await page.close();
  });

  for (const [width, colorScheme] of [[1280, 'light'], [1280, 'dark'], [375, 'light'], [375, 'dark']]) {
    test(`screenshot ${width}px ${colorScheme} with the tooltip open`, async () => {
      const page = await open('index.html', { viewport: { width, height: 900 }, colorScheme });
      const s = page.locator('hedge-reader .hl-sentence', { hasText: 'highly likely' }).first();
      await s.scrollIntoViewIfNeeded();
      await s.hover();
      await visible(page.locator('hedge-reader .hl-tooltip'), 'no tooltip to photograph');
      await page.waitForTimeout(250); // past the 120 ms fade-in
      await page.screenshot({ path: join(ARTIFACTS, `reader-${width}-${colorScheme}-tooltip.png`) });
      await page.close();
    });
  }
});
