// The real nginx (Debian's) with the shipped configuration, deploy/nginx.conf, for the tests
// and the benchmark, so that both see what a deployment serves (headers, CSP, framing,
// precompression): rendered for a dist folder into a temporary prefix, run in the
// foreground as a child process on a free port of 127.0.0.1.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from '../../deploy/render-nginx.mjs';
import { poll } from './poll.mjs';

const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

/**
 * Starts nginx serving `root` under `base`; resolves to { url, close, accessLog } once it
 * answers. `url` ends with the base (`http://127.0.0.1:PORT/` or `…/uclg/atlas/`). With
 * `accessLog`, nginx logs each request (the shipped configuration logs none) and
 * `accessLog()` returns them as { path, status, bytes } (body bytes sent).
 */
export async function startNginx(root, base = '/', { accessLog = false } = {}) {
  // A build that is not there fails here, by name, rather than as 404s further on.
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(
      `${root}/index.html does not exist: build it first (scripts/test builds build/dist, build/dist-sub and build/dist-next)`,
    );
  }
  const prefix = mkdtempSync(join(tmpdir(), 'uclg-nginx-'));
  const port = await freePort();
  const conf = join(prefix, 'nginx.conf');
  const logFile = join(prefix, 'access.log');
  let text = render({ root, listen: `127.0.0.1:${port}`, base });
  if (accessLog) {
    if (!text.includes('access_log off;')) throw new Error('deploy/nginx.conf: no `access_log off;` to turn into a log');
    text = text.replace('access_log off;', `log_format atlas '$status $body_bytes_sent $request_uri'; access_log ${logFile} atlas;`);
  }
  writeFileSync(conf, text);
  // Checked first, so a broken configuration fails with nginx's own message.
  await run([NGINX, '-t', '-q', '-p', `${prefix}/`, '-c', conf]);
  const child = spawn(NGINX, ['-p', `${prefix}/`, '-c', conf, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (chunk) => {
    log += chunk;
  });
  const exited = new Promise((ok) => child.once('exit', ok));
  const url = `http://127.0.0.1:${port}${base}`;
  // Polled: nginx says nothing when it is listening. Every 50 ms, 5 s at most.
  await poll(
    () => {
      if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${log}`);
      return fetch(url, { method: 'HEAD' }).then(
        () => true,
        () => false,
      );
    },
    { timeout: 5000, interval: 50, message: () => `nginx did not answer on ${url}: ${log}` },
  );
  return {
    url,
    log: () => log,
    accessLog: () =>
      (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [status, bytes, uri] = line.split(' ');
          return { status: Number(status), bytes: Number(bytes), path: uri.split('?')[0] };
        }),
    close: async () => {
      if (child.exitCode === null) {
        // SIGQUIT: graceful shutdown of the master and its workers.
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

function run(argv) {
  return new Promise((ok, fail) => {
    const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.once('error', fail);
    child.once('exit', (code) => (code === 0 ? ok() : fail(new Error(`${argv.join(' ')}: ${err}`))));
  });
}
