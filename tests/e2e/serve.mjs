// A tiny static file server for dist/, used when the end-to-end tests are run without
// HEDGELIGHT_BASE_URL (scripts/test serves dist/ with python3 -m http.server and sets it).
// Also runnable by hand: node tests/e2e/serve.mjs [DIR] [PORT]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serve `dir` on 127.0.0.1 (port 0 = any free port); resolves to { url, close }.
 * Tests that need faults or headers pass `handle(req, res, path)`: it answers a request
 * itself by returning true (a 500, a body that never ends, a page with a CSP header…),
 * or returns false to let the file be served. `headers(path)` adds response headers to
 * served files.
 */
export async function startServer(dir, port = 0, { handle = async () => false, headers = () => ({}) } = {}) {
  const root = resolve(dir);
  const open = new Set(); // connections, so that close() does not wait for endless bodies
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (await handle(req, res, path)) return;
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers(path) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  server.on('connection', (socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () => new Promise((ok) => {
      server.close(ok);
      for (const socket of open) socket.destroy();
    }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const { url } = await startServer(dir, Number(process.argv[3] ?? 8080));
  console.log(`serving ${dir} at ${url}`);
}
