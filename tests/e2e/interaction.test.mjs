// End-to-end tests of the reader's interaction state across re-renders: the roving tab
// stop, aria-describedby and the tooltip (its level, its cues, its place next to the
// sentence) follow focus, hover and taps from sentence to sentence and from paragraph to
// paragraph, also after the text changes. Sentences only re-render when their own props
// change, so a sentence left behind with a stale tab stop or tooltip link shows up here.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserSession, hidden, reader, until, visible,
} from './helpers.mjs';

// Three paragraphs; neighbouring sentences mostly differ in level and cues.
const TEXT = [
  'It rained in Kyiv on Monday. Officials said the convoy may have crossed the border.',
  'The ministry denied the report. The claim could not be independently verified.',
  'Troops reportedly moved north. The bridge reopened on Friday.',
].join('\n\n');
const OTHER = [
  'Analysts believe the talks could resume. The talks ended on Tuesday.',
  'A source said to be close to the army claimed victory.',
].join('\n\n');

/** Shows `text` in the reader `host` and waits for its sentences and paragraphs. */
async function showText(host, text, sentences, paragraphs) {
  await host.evaluate((el, t) => { el.text = t; }, text);
  await until(async () => (await host.locator('.hl-sentence').count()) === sentences
    && (await host.locator('.hl-para').count()) === paragraphs,
  `setting .text did not render ${sentences} sentences in ${paragraphs} paragraphs`);
}

/** What the reader shows of its interaction state. */
function snapshot(host) {
  return host.evaluate((el) => {
    const root = el.shadowRoot;
    const indices = (selector) => [...root.querySelectorAll(selector)].map((e) => Number(e.dataset.index));
    const tip = root.querySelector('.hl-tooltip');
    const described = root.querySelector('.hl-sentence[aria-describedby]');
    const state = {
      focused: root.activeElement?.classList.contains('hl-sentence') ? Number(root.activeElement.dataset.index) : null,
      tabStops: indices('.hl-sentence[tabindex="0"]'),
      described: indices('.hl-sentence[aria-describedby]'),
      open: tip.matches(':popover-open') && !tip.hidden,
    };
    if (described && state.open) {
      const s = described.getBoundingClientRect();
      const t = tip.getBoundingClientRect();
      const tipText = tip.textContent.toLowerCase();
      state.linked = described.getAttribute('aria-describedby') === tip.id;
      state.sameLevel = tip.dataset.level === described.dataset.level;
      state.missingCues = [...described.querySelectorAll('.hl-cue')]
        .map((c) => c.textContent.trim().toLowerCase())
        .filter((c) => !tipText.includes(c));
      // Below the sentence, or above it near the viewport's bottom (6 px apart).
      state.nextToIt = Math.min(Math.abs(t.top - (s.bottom + 6)), Math.abs(t.bottom - (s.top - 6))) < 2;
    }
    return state;
  });
}

/**
 * Waits until the tooltip describes sentence `index` and nothing else, and the only tab
 * stop is sentence `current` (focused when `focused`).
 */
async function expectTooltip(host, { index, current = index, focused = true }, what) {
  let last;
  const ok = (s) => s.open && s.linked && s.sameLevel && s.missingCues.length === 0 && s.nextToIt
    && s.described.length === 1 && s.described[0] === index
    && s.tabStops.length === 1 && s.tabStops[0] === current
    && (!focused || s.focused === current);
  try {
    await until(async () => ok(last = await snapshot(host)), what, 5000);
  } catch {
    assert.fail(`${what}: expected the tooltip for sentence ${index} only, next to it, with its level and cues, `
      + `and the tab stop on sentence ${current}${focused ? ' (focused)' : ''}; the reader shows ${JSON.stringify(last)}`);
  }
}

/**
 * Taps sentence `locator` where nothing covers it: an open tooltip may lie over part
 * of it (and a wrapped sentence's box over its neighbours).
 */
async function tap(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  await page.waitForTimeout(50); // the tooltip follows a scroll
  const point = await locator.evaluate((el) => {
    for (const r of el.getClientRects()) {
      for (let x = r.left + 4; x < r.right - 2; x += 8) {
        const y = r.top + r.height / 2;
        if (el.contains(el.getRootNode().elementFromPoint(x, y))) return { x, y };
      }
    }
    return null;
  });
  assert.ok(point, 'no part of the sentence to tap is uncovered');
  await page.touchscreen.tap(point.x, point.y);
}

describe('interaction state across re-renders', () => {
  const session = browserSession();

  async function open(options = {}) {
    const { page, errors } = await session.open('index.html', { reducedMotion: 'reduce', ...options });
    const host = await reader(page);
    await showText(host, TEXT, 6, 3);
    return { page, errors, host };
  }

  test('keyboard: the tab stop and the tooltip follow the focus through every sentence and paragraph', async () => {
    const { page, errors, host } = await open();
    const sentences = host.locator('.hl-sentence');
    await sentences.first().focus();
    await expectTooltip(host, { index: 0 }, 'focusing the first sentence');
    for (let i = 1; i < 6; i++) {
      await page.keyboard.press('ArrowDown');
      await expectTooltip(host, { index: i }, `ArrowDown to sentence ${i}`);
    }
    for (let i = 4; i >= 0; i--) {
      await page.keyboard.press('ArrowUp');
      await expectTooltip(host, { index: i }, `ArrowUp to sentence ${i}`);
    }
    await page.keyboard.press('End');
    await expectTooltip(host, { index: 5 }, 'End');
    await page.keyboard.press('Home');
    await expectTooltip(host, { index: 0 }, 'Home');
    // Escape, then Enter on the same sentence: the link comes back with the tooltip.
    await page.keyboard.press('Escape');
    await hidden(host.locator('.hl-tooltip'), 'Escape does not hide the tooltip');
    assert.deepEqual((await snapshot(host)).described, [], 'a sentence still points to the hidden tooltip');
    await page.keyboard.press('Enter');
    await expectTooltip(host, { index: 0 }, 'Enter after Escape');

    // A new text: the same callbacks serve its sentences, and the tab stop starts over.
    await page.keyboard.press('End');
    await expectTooltip(host, { index: 5 }, 'End before the text changes');
    await showText(host, OTHER, 3, 2);
    await until(async () => {
      const s = await snapshot(host);
      return s.tabStops.length === 1 && s.tabStops[0] === 0 && s.described.length === 0;
    }, 'after a new text, the tab stop is not back on the first sentence alone, or a sentence still points to a tooltip');
    await sentences.first().focus();
    await expectTooltip(host, { index: 0 }, 'focusing the first sentence of a new text');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expectTooltip(host, { index: 2 }, 'ArrowDown twice into the second paragraph of a new text');
    assert.deepEqual(errors, [], 'the page logged errors');
    await page.close();
  });

  test('mouse: hovering moves the tooltip, not the tab stop', async () => {
    const { page, errors, host } = await open();
    const sentences = host.locator('.hl-sentence');
    await page.mouse.move(0, 0);
    // Upwards, so that the tooltip (below a sentence) never covers the next one.
    for (const i of [5, 3, 1]) {
      await sentences.nth(i).hover();
      await expectTooltip(host, { index: i, current: 0, focused: false }, `hovering sentence ${i}`);
    }
    // A click focuses the sentence and keeps its tooltip open.
    await sentences.nth(1).click();
    await expectTooltip(host, { index: 1 }, 'clicking the hovered sentence');
    assert.deepEqual(errors, [], 'the page logged errors');
    await page.close();
  });

  test('touch: a tap shows a sentence\'s tooltip, a second tap on it hides it', async () => {
    const context = await session.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 400, height: 800 }, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(10000);
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(session.url('index.html'));
      const host = await reader(page);
      await showText(host, TEXT, 6, 3);
      const sentences = host.locator('.hl-sentence');
      const tooltip = host.locator('.hl-tooltip');
      for (const i of [1, 3, 5]) {
        await tap(page, sentences.nth(i));
        await expectTooltip(host, { index: i }, `tapping sentence ${i}`);
        await tap(page, sentences.nth(i));
        await hidden(tooltip, `a second tap on sentence ${i} does not hide its tooltip`);
      }
      // From one sentence's open tooltip straight to another's, and closed again.
      await tap(page, sentences.nth(4));
      await expectTooltip(host, { index: 4 }, 'tapping sentence 4');
      await tap(page, sentences.nth(0));
      await expectTooltip(host, { index: 0 }, 'tapping sentence 0 while sentence 4 shows its tooltip');
      await visible(tooltip, 'the tooltip is not visible');
      await tap(page, sentences.nth(0));
      await hidden(tooltip, 'a second tap on sentence 0 does not hide its tooltip');
      assert.deepEqual(errors, [], 'the page logged errors');
    } finally {
      await context.close();
    }
  });

  test('a long text skips laying out far blocks of paragraphs, and its last sentence still gets its tooltip', async () => {
    const { page, errors, host } = await open();
    const body = host.locator('.hl-body');
    assert.equal(await body.evaluate((el) => el.classList.contains('hl-long')), false,
      'a three-paragraph text is marked long');
    // 100 copies of TEXT: 300 paragraphs, 600 sentences.
    const long = Array.from({ length: 100 }, () => TEXT).join('\n\n');
    await showText(host, long, 600, 300);
    assert.equal(await body.evaluate((el) => el.classList.contains('hl-long')), true,
      'a 300-paragraph text is not marked long');
    const far = await host.locator('.hl-block').last().evaluate((el) => getComputedStyle(el).contentVisibility);
    assert.equal(far, 'auto');
    await host.locator('.hl-sentence').first().focus();
    await expectTooltip(host, { index: 0 }, 'focusing the first sentence of the long text');
    await page.keyboard.press('End');
    await expectTooltip(host, { index: 599 }, 'End on the long text');
    await page.keyboard.press('Home');
    await expectTooltip(host, { index: 0 }, 'Home on the long text');
    assert.deepEqual(errors, [], 'the page logged errors');
  });
});
