// The README's first command, exactly as written there: it installs what is missing, builds
// the development version and serves it at http://127.0.0.1:8080 with live reload. The test
// waits until it answers, reads three pages in Chromium, then stops it by its process group.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ROOT, data, heading, launch, open, poll, ui } from './harness.mjs';

const ADDRESS = 'http://127.0.0.1:8080/';
/** A cold development build compiles the whole app for wasm32 first. */
const STARTUP = 15 * 60 * 1000;

/** The README's first command: the first line of its first code block. */
function readmeServeCommand() {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const block = readme.match(/```sh\n([\s\S]*?)```/)[1];
  return block
    .split('\n')[0]
    .replace(/\s+#.*$/, '')
    .trim();
}

let server,
  browser,
  output = '';
before(
  async () => {
    const busy = await fetch(ADDRESS).then(
      () => true,
      () => false,
    );
    assert.ok(!busy, `${ADDRESS} already answers: stop what serves it before the tests`);
    const command = readmeServeCommand();
    assert.equal(command, 'scripts/serve');
    server = spawn('bash', ['-c', command], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [server.stdout, server.stderr]) {
      stream.on('data', (chunk) => {
        output = (output + chunk).slice(-8000);
      });
    }
    await poll(
      async () => {
        if (server.exitCode !== null) assert.fail(`${command} exited (${server.exitCode}):\n${output}`);
        const page = await fetch(`${ADDRESS}en/`).then(
          (r) => (r.ok ? r.text() : ''),
          () => '',
        );
        return page.includes('id="boot"');
      },
      { timeout: STARTUP, interval: 1000, message: () => `${command} did not serve the app within ${STARTUP / 60000} minutes:\n${output}` },
    );
    browser = await launch();
  },
  { timeout: STARTUP + 60000 },
);

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((ok) => server.once('exit', ok));
    process.kill(-server.pid, 'SIGTERM');
    await exited;
  }
});

test('the README’s serve command serves the app: a home, a list and a deep link', async () => {
  const objective = data.objectives[2];
  for (const [route, expected] of [
    ['en/', data.organisation.name.en],
    ['fr/sections', ui.fr.sections.title],
    [`es/objectives/${objective.id}`, objective.name.es],
  ]) {
    const page = await open(browser, { serviceWorkers: 'block' });
    const response = await page.goto(`${ADDRESS}${route}`);
    assert.equal(response.status(), 200, route);
    assert.ok((await heading(page)).startsWith(expected), `${route}: ${await heading(page)}`);
    assert.deepEqual(page.errors, [], route);
    await page.close();
  }
});

test('live reload is on in development', async () => {
  const html = await fetch(`${ADDRESS}en/`).then((r) => r.text());
  assert.match(html, /__trunk_address__|WebSocket/i, 'trunk’s live-reload script');
});
