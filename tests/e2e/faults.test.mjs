// End-to-end tests of faults: src= that fails (404, 500), is binary, never ends, or is
// over the size limit; texts over the limit; the element's own text while src= loads;
// and a WebAssembly module that is missing, fails, is truncated or is not WebAssembly.
// Each shows a message written for the reader, with the host's own text kept readable.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSession, reader, testPages, until, visible } from './helpers.mjs';

const OWN = 'The host page\'s own copy of the story.';
let release = () => {};

/** The faulty src= answers of the test server. */
async function faults(req, res, path) {
  const send = (status, type, body) => {
    res.writeHead(status, { 'content-type': type });
    res.end(body);
    return true;
  };
  switch (path) {
    case '/fault/500.txt':
      return send(500, 'text/plain', 'internal error');
    case '/fault/image.png': {
      // A PNG signature and header, then bytes of every value.
      const bytes = Buffer.alloc(4096);
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(bytes);
      for (let i = 12; i < bytes.length; i++) bytes[i] = (i * 131) % 256;
      return send(200, 'image/png', bytes);
    }
    case '/fault/endless.txt': {
      // Headers and a first line at once, then a few bytes now and then, never the end.
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.write('The convoy may have crossed the border. ');
      const timer = setInterval(() => res.write('It did. '), 100);
      res.on('close', () => clearInterval(timer));
      return true;
    }
    case '/fault/long.txt':
      return send(200, 'text/plain; charset=utf-8', 'It may rain. '.repeat(100)); // 1,300 characters
    case '/fault/huge.txt':
      return send(200, 'text/plain; charset=utf-8', 'It may rain. '.repeat(160_000)); // 2,080,000
    case '/fault/gated.txt': {
      const gate = new Promise((r) => { release = r; });
      await gate;
      return send(200, 'text/plain; charset=utf-8', 'Officials said the convoy may have crossed.');
    }
    default:
      return false;
  }
}

// Words of the engine's own errors ("WebAssembly.instantiate(): expected magic word…").
const RAW = /CompileError|LinkError|WebAssembly\.|instantiate|magic|section|@\+\d+/;

describe('faults', () => {
  const session = browserSession({ handle: testPages(() => ({}), faults) });

  /**
   * A blank page with one reader (`attributes`, the own text OWN in a <p id="own">),
   * the module loaded after `prepare(page)`. Returns { page, host }.
   */
  async function withReader(attributes, prepare = async () => {}) {
    const { page } = await session.open('test-pages/blank.html', {}, prepare);
    await page.evaluate(async ([attrs, own]) => {
      const el = document.createElement('hedge-reader');
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      el.innerHTML = `<p id="own">${own}</p>`;
      document.querySelector('main').append(el);
      await import('/hedge-reader.js');
    }, [attributes, OWN]);
    return { page, host: page.locator('hedge-reader') };
  }

  /** The reader's error message (an alert), with the host's own text visible under it. */
  async function errorOf(page, host, what) {
    const status = host.locator('.hl-status[data-kind="error"]');
    await visible(status, `${what}: no error message`, 8000);
    assert.equal(await status.getAttribute('role'), 'alert');
    await visible(page.locator('#own'), `${what}: the element's own text is hidden under the error`);
    const text = await status.innerText();
    assert.doesNotMatch(text, RAW, `${what}: the message is the engine's raw error`);
    return text;
  }

  test('src= 404 and 500: the HTTP status, and the own text stays readable', async () => {
    for (const [src, status] of [['/fault/missing.txt', '404'], ['/fault/500.txt', '500']]) {
      const { page, host } = await withReader({ src });
      assert.match(await errorOf(page, host, src), new RegExp(`could not load ${src} \\(HTTP ${status}\\)`));
      await page.close();
    }
  });

  test('src= with a binary body says it is not text', async () => {
    const { page, host } = await withReader({ src: '/fault/image.png' });
    assert.match(await errorOf(page, host, 'a PNG'), /\/fault\/image\.png is not text: it looks like binary data \(served as image\/png\)/);
    await page.close();
  });

  test('src= whose body never ends gives up after its timeout, with a message', async () => {
    const { page, host } = await withReader({ src: '/fault/endless.txt', timeout: '0.5' });
    await visible(host.locator('.hl-status[data-kind="loading"]'), 'no loading state while the body streams');
    const started = Date.now();
    assert.match(await errorOf(page, host, 'an endless body'), /did not finish loading within 0\.5 s \(its timeout attribute\)/);
    assert.ok(Date.now() - started < 5000);
    assert.equal(await page.evaluate(async () => (await import('/hedge-reader.js')).TIMEOUT_SECONDS), 30, 'the default timeout is not 30 s');
    await page.close();
  });

  test('texts over the size limit are refused with a message (src=, the text property, the content)', async () => {
    let { page, host } = await withReader({ src: '/fault/long.txt', 'max-chars': '1000' });
    assert.match(await errorOf(page, host, 'src= over max-chars'), /\/fault\/long\.txt is longer than 1,000 characters, the most this reader shows \(its max-chars attribute\)/);
    // Raising the limit shows it (a refused text is not kept).
    await host.evaluate((el) => el.setAttribute('max-chars', '2000'));
    await reader(page);
    await page.close();

    ({ page, host } = await withReader({ src: '/fault/huge.txt' }));
    assert.match(await errorOf(page, host, 'src= over the default limit'), /is longer than 2,000,000 characters/);
    await page.close();

    ({ page, host } = await withReader({ 'max-chars': '20' }));
    assert.match(await errorOf(page, host, 'own text over max-chars'), /This text has 38 characters; this reader shows at most 20/);
    await host.evaluate((el) => { el.text = 'It may rain. '.repeat(153_847); }); // 2,000,011 characters
    await until(async () => /2,000,011 characters/.test(await host.locator('.hl-status').innerText()), 'the text property over the limit is not refused');
    await host.evaluate((el) => el.removeAttribute('max-chars'));
    await until(async () => /2,000,011 characters; this reader shows at most 2,000,000/.test(await host.locator('.hl-status').innerText()), 'the default limit is not 2,000,000');
    await page.close();
  });

  test('the element\'s own text stays visible while src= loads', async () => {
    const { page, host } = await withReader({ src: '/fault/gated.txt' });
    await visible(host.locator('.hl-status[data-kind="loading"]'), 'no loading state');
    await visible(page.locator('#own'), 'the own text is hidden while src= loads');
    assert.equal(await page.locator('#own').innerText(), OWN);
    release();
    await reader(page);
    assert.ok(await page.locator('#own').isHidden(), 'the own text is still shown after the analysis of src= rendered');
    await page.close();
  });

  const wasmFaults = [
    ['404', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
      /could not start: its WebAssembly module \(pkg\/hedgelight_web_bg\.wasm\) could not be loaded: the server answered HTTP 404/],
    ['500', (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'oops' }), /answered HTTP 500/],
    ['truncated', async (route) => {
      const body = await (await route.fetch()).body();
      return route.fulfill({ status: 200, contentType: 'application/wasm', body: body.subarray(0, Math.floor(body.length / 3)) });
    }, /is damaged or incomplete, so it cannot start/],
    ['an HTML page instead', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Home</title>' }),
      /is not a WebAssembly file: the server sent text\/html, not application\/wasm/],
  ];
  for (const [name, fulfill, message] of wasmFaults) {
    test(`.wasm ${name}: a readable message, the own text kept`, async () => {
      const { page, host } = await withReader({}, (p) => p.route('**/*.wasm', fulfill));
      assert.match(await errorOf(page, host, `.wasm ${name}`), message);
      await page.close();
    });
  }

  test('.wasm served with another type but real WebAssembly still works', async () => {
    const { page } = await withReader({}, (p) => p.route('**/*.wasm', async (route) => {
      const body = await (await route.fetch()).body();
      return route.fulfill({ status: 200, contentType: 'application/octet-stream', body });
    }));
    await reader(page);
    await page.close();
  });
});
