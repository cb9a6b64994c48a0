// A partner's site for the embedding tests: another origin (its own port) serving the
// HTML pages a test gives it, with no Content-Security-Policy of its own.
import { createServer } from 'node:http';

/** Starts the partner site; `page(path, body)` publishes a page; resolves to { url, page, close }. */
export async function startPartner() {
  const pages = new Map();
  const server = createServer((req, res) => {
    const body = pages.get(new URL(req.url, 'http://x').pathname);
    if (body === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    url,
    /** Publishes `html` (the body's content) as a full page at `path`; returns its URL. */
    page(path, html, { title = 'Partner city' } = {}) {
      pages.set(
        path,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>
<style>body { font-family: sans-serif; margin: 1rem auto; max-width: 960px; } .box { border: 1px dashed #999; }</style>
</head><body>${html}</body></html>`,
      );
      return new URL(path, url).href;
    },
    close: () => new Promise((ok) => server.close(ok)),
  };
}
