// A proxy in front of the shipped nginx that plays a slow link on chosen answers, for the
// engines suite and the Chromium one. It holds back the responses whose path matches a
// pattern until `release()`: the engines then show the prerendered page for as long as a
// slow link would, before the wasm has started. `hold` starts holding again, for another
// pattern. `cutHtml` sends each HTML document in two parts instead, as a link that stalls
// mid-page does. Everything else passes through unchanged, headers included. `requests`
// lists the paths asked for, in order, and `answers` each answer's path and HTTP status, as
// they came.
import { createServer, request } from 'node:http';
import { freePort } from '../../scripts/lib/nginx.mjs';

/**
 * Starts the proxy to `target` (an origin URL), holding back what matches `pattern` (none
 * without); resolves to { url, requests, answers, cut, release, hold, cutHtml, close }.
 */
export async function startHoldingProxy(target, pattern = /(?!)/) {
  let held = [];
  let cutting = null;
  const proxy = {
    url: '',
    requests: [],
    answers: [],
    /** How many HTML documents `cutHtml` sent in two parts. */
    cut: 0,
    release() {
      const waiting = held ?? [];
      held = null;
      for (const forward of waiting) forward();
    },
    /** Holds back, from now until the next `release()`, what matches `next`. */
    hold(next) {
      pattern = next;
      held = [];
    },
    /** From now on, sends each HTML document up to the first `before` at once, the rest `ms` later. */
    cutHtml(before, ms) {
      cutting = { before, ms };
    },
    close: () =>
      new Promise((closed) => {
        server.close(closed);
        server.closeAllConnections(); // the browser's idle keep-alive connections
      }),
  };

  /** Sends `response`'s HTML in two parts, at `cutting.before`, when it has one. */
  async function sendCut(response, outgoing) {
    const html = Buffer.concat(await response.toArray()).toString();
    const at = html.indexOf(cutting.before);
    const { 'content-length': _, ...headers } = response.headers;
    outgoing.writeHead(response.statusCode, headers);
    if (at < 0) return outgoing.end(html);
    proxy.cut += 1;
    outgoing.write(html.slice(0, at));
    setTimeout(() => outgoing.end(html.slice(at)), cutting.ms);
  }

  const server = createServer((incoming, outgoing) => {
    const url = new URL(incoming.url, target);
    proxy.requests.push(url.pathname);
    const forward = () => {
      // Uncompressed when cutting, to cut the text.
      const headers = cutting ? { ...incoming.headers, 'accept-encoding': 'identity' } : incoming.headers;
      const upstream = request(url, { method: incoming.method, headers }, (response) => {
        proxy.answers.push({ path: url.pathname, status: response.statusCode });
        if (cutting && String(response.headers['content-type']).startsWith('text/html')) return sendCut(response, outgoing);
        outgoing.writeHead(response.statusCode, response.headers);
        response.pipe(outgoing);
      });
      upstream.on('error', () => outgoing.destroy());
      incoming.pipe(upstream);
    };
    if (held && pattern.test(incoming.url)) held.push(forward);
    else forward();
  });
  const port = await freePort();
  await new Promise((listening) => server.listen(port, '127.0.0.1', listening));
  proxy.url = `http://127.0.0.1:${port}${new URL(target).pathname}`;
  return proxy;
}
