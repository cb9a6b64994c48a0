// A proxy in front of the shipped nginx that holds back the responses whose path matches a
// pattern until `release()`: the engines then show the prerendered page for as long as a
// slow link would, before the wasm has started. Everything else passes through unchanged,
// headers included. `hold` starts holding again, for another pattern. `requests` lists the
// paths asked for, in order, and `answers` each answer's path and HTTP status, as they came.
import { createServer, request } from 'node:http';
import { freePort } from '../../scripts/lib/nginx.mjs';

/**
 * Starts the proxy to `target` (an origin URL), holding back what matches `pattern` (none
 * without); resolves to { url, requests, answers, release, close }.
 */
export async function startHoldingProxy(target, pattern = /(?!)/) {
  const requests = [];
  const answers = [];
  let held = [];
  const server = createServer((incoming, outgoing) => {
    requests.push(new URL(incoming.url, target).pathname);
    const forward = () => {
      const upstream = request(new URL(incoming.url, target), { method: incoming.method, headers: incoming.headers }, (response) => {
        answers.push({ path: new URL(incoming.url, target).pathname, status: response.statusCode });
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
  return {
    url: `http://127.0.0.1:${port}${new URL(target).pathname}`,
    requests,
    answers,
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
    close: () =>
      new Promise((closed) => {
        server.close(closed);
        server.closeAllConnections(); // the browser's idle keep-alive connections
      }),
  };
}
