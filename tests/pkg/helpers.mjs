// Shared steps of the package tests (tests/pkg/*.test.mjs), which check what scripts/pack
// put in dist-pkg/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../e2e/helpers.mjs';

export const DIST_PKG = join(ROOT, 'dist-pkg');
export const VERSION = /^version = "([^"]+)"/m.exec(readFileSync(join(ROOT, 'core', 'Cargo.toml'), 'utf8'))[1];

/** Run a command; fail the test with its output unless it exits with 0. Returns stdout. */
export function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...options });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** The one dist-pkg/hedgelight-*.tgz that scripts/pack made. */
export function tarball() {
  const found = existsSync(DIST_PKG) ? readdirSync(DIST_PKG).filter((f) => /^hedgelight-.*\.tgz$/.test(f)) : [];
  assert.equal(found.length, 1, `one dist-pkg/hedgelight-*.tgz expected (run scripts/pack), found: ${found}`);
  return join(DIST_PKG, found[0]);
}

/** What scripts/pack printed for a CDN embed: { script, csp } (dist-pkg/hedgelight-VERSION-cdn.txt). */
export function cdnLines() {
  const file = join(DIST_PKG, `hedgelight-${VERSION}-cdn.txt`);
  assert.ok(existsSync(file), `${file} not found (run scripts/pack)`);
  const [script, csp] = readFileSync(file, 'utf8').trim().split('\n');
  assert.match(csp, /^Content-Security-Policy: /);
  return { script, csp: csp.replace(/^Content-Security-Policy: /, '') };
}

/** The Subresource Integrity value (sha384) of a file. */
export const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

/** A new temporary directory with a package.json of an ES-module project. */
export function freshProject(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'fresh-project', private: true, type: 'module' }));
  return dir;
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail).listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}
