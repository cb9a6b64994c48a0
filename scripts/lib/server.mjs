// The prerender's static server: the build's files as they are, and index.html (the app,
// with no prerendered page yet) for every route, as a single-page-app host serves it.
// Everything else (the tests, the benchmark) is served by nginx with the shipped
// configuration (nginx.mjs): the prerender runs before any page exists for nginx's
// try_files to find, and renders from the app alone even when run again on a built folder.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Starts a server for `dist` under `mount` on 127.0.0.1 (a free port); resolves to { url, close }. */
export async function serve(dist, mount = '/') {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(mount)) {
      res.writeHead(404).end('outside the mount path');
      return;
    }
    const rel = normalize(path.slice(mount.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dist, rel);
    const info = await stat(file).catch(() => null);
    if (!info || info.isDirectory()) {
      // Asset-looking paths that do not exist are real 404s; routes get the app.
      if (extname(rel) && !info) {
        res.writeHead(404).end('not found');
        return;
      }
      file = join(dist, 'index.html');
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(await readFile(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${mount}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
