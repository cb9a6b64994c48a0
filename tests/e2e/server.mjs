// A static server for the release build: serves DIST under a mount path as a real
// deployment does (see deploy/ for nginx): a route answers its prerendered page
// (`fr/sections` → `fr/sections.html`, `fr/` → `fr/index.html`), else index.html.
import { createServer } from 'node:http';
import { statSync } from 'node:fs';
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

/**
 * The file (relative to the dist folder) that answers route `rel` (e.g. `fr/sections`): its
 * prerendered page (`fr/sections.html`, `fr/index.html` for `fr/`), else index.html.
 */
export function pageOf(dist, rel) {
  const candidates = [`${rel.replace(/\/$/, '')}.html`, join(rel, 'index.html')];
  return candidates.find((c) => statSync(join(dist, c), { throwIfNoEntry: false })?.isFile()) ?? 'index.html';
}

/**
 * Starts a server on 127.0.0.1 (random port); resolves to { url, close }. With
 * `pages: false` every route gets index.html, as before prerendering.
 */
export async function serve(dist, mount = '/', { pages = true } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(mount)) {
      res.writeHead(404).end('outside the mount path');
      return;
    }
    const rel = normalize(path.slice(mount.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dist, rel);
    let info = await stat(file).catch(() => null);
    if (!info || info.isDirectory()) {
      // Asset-looking paths that do not exist are real 404s; routes get the app.
      if (extname(rel) && !info) {
        res.writeHead(404).end('not found');
        return;
      }
      file = join(dist, pages ? pageOf(dist, rel) : 'index.html');
    }
    // Precompressed siblings (release builds have them), as nginx's brotli_static and
    // gzip_static serve them, so that transfer sizes and timings are those of a deployment.
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const encoding = ['br', 'gzip'].find((e) => new RegExp(`\\b${e}\\b`).test(accepted));
    const suffix = { br: '.br', gzip: '.gz' }[encoding];
    const compressed = suffix && (await readFile(file + suffix).catch(() => null));
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      vary: 'Accept-Encoding',
      ...(compressed ? { 'content-encoding': encoding } : {}),
    });
    res.end(compressed ?? (await readFile(file)));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${mount}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
