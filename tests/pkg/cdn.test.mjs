// The one-line CDN embed, end to end: the files of the packed tarball served from a second
// local origin as jsDelivr serves an npm package (/npm/hedgelight@VERSION/…, with CORS
// headers), and a blog page on the first origin that pastes the <script> line scripts/pack
// printed (its integrity hash) and sends the Content-Security-Policy printed with it.
// Run: scripts/pack && node --test tests/pkg/   (scripts/test's `pack` stage)
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { corpusText, launch, reader, until, watchErrors } from '../e2e/helpers.mjs';
import { startServer } from '../e2e/serve.mjs';
import {
  cdnLines, run, sri, tarball, VERSION,
} from './helpers.mjs';

const JSDELIVR = 'https://cdn.jsdelivr.net';
const TEXT = 'Officials said the convoy may have crossed the border. Moscow denied it. The bridge reopened on Monday.';
const TYPES = { '.js': 'application/javascript; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8' };

let dir;
let cdn;
let host;
let browser;
// How the CDN answers: 'ok', 'no-cors' (no Access-Control-Allow-Origin), 'tampered' (the .wasm changed).
let mode = 'ok';

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hedgelight-cdn-'));
  run('tar', ['xzf', tarball(), '-C', dir]);
  const pkg = join(dir, 'package');
  const prefix = `/npm/hedgelight@${VERSION}/`;
  cdn = await startServer(pkg, 0, {
    handle: async (req, res, path) => {
      const file = normalize(join(pkg, path.slice(prefix.length)));
      if (!path.startsWith(prefix) || !file.startsWith(pkg + sep)) {
        res.writeHead(404, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' });
        res.end('not found');
        return true;
      }
      let body = readFileSync(file);
      if (mode === 'tampered' && file.endsWith('.wasm')) {
        body = Buffer.from(body);
        body[body.length - 100] ^= 0xff; // still a well-formed response of the same length
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'public, max-age=31536000, s-maxage=31536000, immutable',
        'cross-origin-resource-policy': 'cross-origin',
        'timing-allow-origin': '*',
        ...(mode === 'no-cors' ? {} : { 'access-control-allow-origin': '*', 'access-control-expose-headers': '*' }),
      });
      res.end(body);
      return true;
    },
  });
  const cdnOrigin = cdn.url.replace(/\/$/, '');
  const { script, csp } = cdnLines();
  host = await startServer(dir, 0, {
    handle: async (req, res, path) => {
      if (path === '/icon.svg') { // a data: icon would break the page's own img-src 'self'
        res.writeHead(200, { 'content-type': 'image/svg+xml' });
        res.end('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>');
        return true;
      }
      if (path !== '/blog.html') return false;
      const query = new URL(req.url, 'http://x').searchParams;
      let line = script.replaceAll(JSDELIVR, cdnOrigin);
      // The hash of another file: a well-formed integrity value that does not match.
      if (query.has('wrong')) line = line.replace(/integrity="[^"]+"/, `integrity="${sri(join(pkg, 'reader.d.ts'))}"`);
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': csp.replaceAll(JSDELIVR, cdnOrigin),
      });
      res.end(`<!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>A blog post</title><link rel="icon" href="/icon.svg">
        ${line}
        </head><body><article><h1>Today's story</h1>
        <hedge-reader theme="light">${TEXT}</hedge-reader>
        </article></body></html>`);
      return true;
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await cdn?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens the blog page; returns { page, errors, requests (URLs), violations() }. */
async function openBlog(query = '') {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    window.__violations = [];
    window.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`), true);
  });
  await page.goto(`${host.url}blog.html${query}`);
  return { page, errors, requests, violations: () => page.evaluate(() => window.__violations) };
}

describe('the CDN line scripts/pack prints, from a second origin', () => {
  test('renders the element under the printed CSP: reader.js and its .wasm from the CDN, nothing else', async () => {
    mode = 'ok';
    const { script, csp } = cdnLines();
    assert.equal(script, `<script type="module" src="${JSDELIVR}/npm/hedgelight@${VERSION}/reader.js" integrity="${sri(join(dir, 'package', 'reader.js'))}" crossorigin="anonymous"></script>`);
    assert.match(csp, /script-src [^;]*'wasm-unsafe-eval'/);
    const { page, errors, requests, violations } = await openBlog();
    const el = await reader(page);
    const levels = await el.locator('.hl-sentence').evaluateAll((els) => els.map((e) => [e.dataset.level, getComputedStyle(e).backgroundColor]));
    assert.deepEqual(levels.map(([l]) => l), ['3', '1', '5']);
    for (const [level, shade] of levels.slice(0, 2)) assert.notEqual(shade, 'rgba(0, 0, 0, 0)', `level ${level} is not shaded`);
    assert.equal(await el.locator('.hl-sentence .hl-cue[data-category="dispute"]').textContent(), 'denied');
    assert.ok(!page.url().startsWith(cdn.url) && new URL(page.url()).origin !== new URL(cdn.url).origin, 'two origins');
    const fromCdn = requests.filter((u) => u.startsWith(cdn.url)).map((u) => u.slice(cdn.url.length));
    assert.deepEqual(fromCdn, [`npm/hedgelight@${VERSION}/reader.js`, `npm/hedgelight@${VERSION}/pkg/hedgelight_web_bg.wasm`]);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a long text: the worker from the CDN starts from a blob: URL, its code and the analysis .wasm checked against their hashes', async () => {
    mode = 'ok';
    const { csp } = cdnLines();
    assert.match(csp, /worker-src 'self' blob:/);
    const { page, errors, requests, violations } = await openBlog();
    const workers = [];
    page.on('worker', (w) => workers.push(w.url()));
    await reader(page);
    const got = await page.evaluate((text) => new Promise((resolve) => {
      const el = document.querySelector('hedge-reader');
      let bar = false;
      const look = new MutationObserver(() => { bar ||= el.shadowRoot.querySelector('.hl-progress') !== null; });
      look.observe(el.shadowRoot, { subtree: true, childList: true });
      el.addEventListener('hedgelight-analyzed', async (e) => {
        look.disconnect();
        const { analyze } = await import(document.querySelector('script[type="module"]').src);
        resolve({
          bar,
          same: JSON.stringify(e.detail) === JSON.stringify(await analyze(text)),
          shaded: el.shadowRoot.querySelectorAll('.hl-sentence[data-level]').length,
          claims: e.detail.sentences.filter((s) => s.level != null).length,
        });
      }, { once: true });
      el.text = text;
    }), corpusText(300_000));
    assert.ok(got.bar, 'no progress bar');
    assert.ok(got.same, 'the report is not analyze()\'s');
    assert.equal(got.shaded, got.claims);
    const fromCdn = requests.filter((u) => u.startsWith(cdn.url)).map((u) => u.slice(cdn.url.length));
    for (const f of ['worker.js', 'hedgelight_bg.wasm']) {
      assert.ok(fromCdn.includes(`npm/hedgelight@${VERSION}/${f}`), `${f} not fetched from the CDN: ${fromCdn}`);
    }
    assert.ok(workers.length === 1 && workers[0].startsWith('blob:'), `the worker did not start from a blob: URL: ${workers}`);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a wrong integrity value blocks reader.js: the element is never defined, the text stays readable', async () => {
    mode = 'ok';
    const { page, errors, requests } = await openBlog('?wrong');
    await until(() => errors.some((e) => /integrity/i.test(e)), `no integrity error was reported: ${errors}`);
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => customElements.get('hedge-reader')), undefined, 'reader.js ran despite the wrong hash');
    assert.equal(await page.evaluate(() => document.querySelector('hedge-reader').shadowRoot), null);
    assert.equal((await page.locator('hedge-reader').textContent()).trim(), TEXT);
    assert.ok(!requests.some((u) => u.endsWith('.wasm')), 'the .wasm was requested');
    await page.close();
  });

  test("a .wasm changed on the CDN is refused: reader.js checks it against the hash it carries", async () => {
    mode = 'tampered';
    const { page } = await openBlog();
    const status = page.locator('hedge-reader .hl-status[data-kind="error"]');
    await status.waitFor();
    assert.match(await status.textContent(), /could not be downloaded \(the network failed, or the file is not the one reader\.js was built with\)/);
    assert.equal(await page.locator('hedge-reader .hl-sentence').count(), 0);
    // The host's text stays readable under the message.
    assert.equal((await page.locator('hedge-reader').evaluate((e) => e.textContent)).trim(), TEXT);
    await page.close();
    mode = 'ok';
  });

  test('a CDN that sends no CORS headers cannot serve the module (why crossorigin and CORS matter)', async () => {
    mode = 'no-cors';
    const { page, errors } = await openBlog();
    await until(() => errors.some((e) => /CORS|Access-Control-Allow-Origin|reader\.js/.test(e)), `no CORS error: ${errors}`);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => customElements.get('hedge-reader')), undefined);
    await page.close();
    mode = 'ok';
  });
});
