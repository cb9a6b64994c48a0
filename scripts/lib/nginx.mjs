// The real nginx (Debian's) with the shipped configuration, deploy/nginx.conf, for the tests
// and the benchmark, so that both see what a deployment serves (headers, CSP, framing,
// precompression): rendered for a dist folder into a temporary prefix, run in the
// foreground as a child process on a free port of 127.0.0.1.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
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
 * `accessLog()` returns them as { path, status, bytes } (body bytes sent). With `tls`, it
 * serves HTTPS and HTTP/2, as a TLS deployment does (deploy/nginx.conf's note: `listen 443
 * ssl http2`), with a self-signed certificate for 127.0.0.1 made for this run (a browser
 * needs `--ignore-certificate-errors`): `url` is then `https://…`.
 */
export async function startNginx(root, base = '/', { accessLog = false, tls = false } = {}) {
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
  if (tls) {
    const [cert, key] = [join(prefix, 'cert.pem'), join(prefix, 'key.pem')];
    await run([
      'openssl',
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ]);
    const listen = `listen 127.0.0.1:${port};`;
    if (!text.includes(listen)) throw new Error(`deploy/nginx.conf: no \`${listen}\` to serve over TLS`);
    text = text.replace(listen, `listen 127.0.0.1:${port} ssl http2; ssl_certificate ${cert}; ssl_certificate_key ${key};`);
  }
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
  const url = `${tls ? 'https' : 'http'}://127.0.0.1:${port}${base}`;
  // Polled: nginx says nothing when it is listening. Every 50 ms, 5 s at most.
  await poll(
    () => {
      if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${log}`);
      return answers(port);
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

/** Whether something accepts TCP connections on 127.0.0.1:`port` (HTTP or HTTPS alike). */
function answers(port) {
  return new Promise((ok) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      ok(true);
    });
    socket.once('error', () => ok(false));
  });
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
