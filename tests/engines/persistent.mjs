// A first visit in an engine's own persistent profile, launched without WebDriver: WebDriver
// runs WebKit in an ephemeral session (MiniBrowser's automation mode), which keeps no HTTP
// cache for the service worker to take the page's files from, unlike Safari or a visitor's
// WebKitGTK. Firefox runs the same way, so that both are measured alike.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINES } from './webdriver.mjs';

/** How each engine opens `url` in a fresh profile of its own (`profile`, a new directory). */
const LAUNCH = {
  webkit: (url, profile) => ({
    command: 'xvfb-run',
    args: ['-a', '-s', '-screen 0 1280x900x24', ENGINES.webkit.binary, url],
    // MiniBrowser keeps its data and cache below $HOME (XDG directories).
    env: { HOME: profile, XDG_CACHE_HOME: join(profile, 'cache'), XDG_DATA_HOME: join(profile, 'data') },
  }),
  firefox: (url, profile) => ({
    command: ENGINES.firefox.binary,
    args: ['-headless', '-no-remote', '-profile', profile, url],
    env: {},
  }),
};

/**
 * Opens `url` in `engine` with a fresh persistent profile, waits until `done()` is true
 * (polled; at most `timeout` ms), then closes the browser and removes the profile.
 */
export async function visitInOwnProfile(engine, url, done, { timeout = 90000 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), `uclg-${engine}-profile-`));
  const { command, args, env } = LAUNCH[engine](url, profile);
  const child = spawn(command, args, { detached: true, stdio: 'ignore', env: { ...process.env, ...env } });
  try {
    const start = Date.now();
    while (!done()) {
      if (Date.now() - start > timeout) throw new Error(`${engine}: not done ${timeout / 1000} s after opening ${url}`);
      if (child.exitCode !== null) throw new Error(`${engine}: the browser exited (${child.exitCode})`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    try {
      process.kill(-child.pid, 'SIGKILL'); // the browser and, for WebKit, xvfb-run's Xvfb
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
    rmSync(profile, { recursive: true, force: true });
  }
}
