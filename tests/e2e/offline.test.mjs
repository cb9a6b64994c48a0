// Offline after the first visit, installable, and safe updates between two builds.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startHoldingProxy } from '../engines/held.mjs';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  DIST,
  DIST_NEXT,
  DIST_SUB,
  LOCALES,
  appReady,
  buildAssets,
  data,
  heading,
  launch,
  names,
  open,
  poll,
  precached,
  routes,
  startNginx,
  ui,
} from './harness.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Waits until the service worker controls the page (after the first load). */
async function controlled(page) {
  await page.evaluate(async () => {
    const control = (async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
      }
    })();
    const late = new Promise((_, fail) => setTimeout(() => fail(new Error('no service worker controls the page after 30 s')), 30000));
    await Promise.race([control, late]);
  });
}

/**
 * Waits until a new service worker is installed and waiting (at most 120 s). The app asks
 * for an update check when it starts; if after 15 s no new worker is even installing, the
 * page asks again, as a browser's own periodic check would.
 */
async function waitingWorker(page) {
  const start = Date.now();
  let state;
  let asked = false;
  await poll(
    async () => {
      const late = !asked && Date.now() - start > 15000;
      state = await page.evaluate(async (late) => {
        const r = await navigator.serviceWorker.getRegistration();
        if (late && !r?.installing && !r?.waiting) await r?.update();
        return { installing: r?.installing?.state ?? null, waiting: r?.waiting?.state ?? null };
      }, late);
      if (late) {
        asked = true;
        console.log(`offline test: no new worker after 15 s; asked for an update check: ${JSON.stringify(state)}`);
      }
      return state.waiting;
    },
    { timeout: 120000, interval: 250, message: () => `no new service worker waits: ${JSON.stringify(state)}` },
  );
}

/** The hashed script and wasm names a page runs, from its own document. */
async function assetNames(page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname.split('/').pop())
      .filter((n) => /-[0-9a-f]{8,}(_bg)?\.(js|wasm|css)$/.test(n))
      .sort(),
  );
}

/** What a page of `dist` ran: the assets every page loads (index.html's) and, apart, the
 * wasm chunks of the pages it showed, each of which must be `dist`'s own. */
async function ranFrom(page, dist) {
  const names = await assetNames(page);
  const chunk = (n) => /^(split|chunk)_\w+-[0-9a-f]{16}\.wasm$/.test(n);
  const own = new Set(readdirSync(dist));
  const foreign = names.filter((n) => chunk(n) && !own.has(n));
  assert.deepEqual(foreign, [], `chunks of another build than ${dist}`);
  return names.filter((n) => !chunk(n));
}

/** The hashed scripts, styles and wasm of a build. */
const scriptsAndStyles = (dist) => buildAssets(dist).filter((n) => /\.(js|wasm|css)$/.test(n));

describe('offline after the first load', () => {
  let app;
  before(async () => {
    app = await startNginx(DIST);
  });
  after(async () => app?.close());

  test('every route in every locale, search and the map work offline; reload too', async () => {
    const page = await open(browser);
    await page.goto(`${app.url}fr/`);
    await heading(page);
    await controlled(page);
    await page.context().setOffline(true);
    await page.reload();
    assert.ok((await heading(page)).startsWith(data.organisation.name.fr));
    await page.getByTestId('offline-indicator').waitFor();
    for (const lang of LOCALES) {
      for (const [route, expected] of routes(lang)) {
        await page.goto(`${app.url}${lang}/${route}`);
        const h1 = await heading(page);
        assert.ok(h1.startsWith(expected), `offline /${lang}/${route}: ${h1}`);
      }
    }
    await page.goto(`${app.url}en/search?q=cooperation`);
    await heading(page);
    assert.ok(await page.getByTestId('search-results').locator('mark').count());
    await page.goto(`${app.url}fr/sections`);
    await heading(page);
    await page.locator('main svg path').first().waitFor({ timeout: 15000 });
    assert.deepEqual(
      page.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)),
      [],
    );
    await page.close();
  });

  test('a deep link opened for the first time while offline works', async () => {
    const page = await open(browser);
    await page.goto(`${app.url}en/`);
    await heading(page);
    await controlled(page);
    await page.context().setOffline(true);
    const objective = data.objectives[3];
    const second = await page.context().newPage();
    await second.goto(`${app.url}es/objectives/${objective.id}`);
    assert.equal(await heading(second), objective.name.es);
    await page.close();
  });
});

test('a build under a sub-path works offline too', async () => {
  const sub = await startNginx(DIST_SUB, '/uclg/atlas/');
  const page = await open(browser);
  await page.goto(`${sub.url}es/`);
  await heading(page);
  await controlled(page);
  await page.context().setOffline(true);
  await page.goto(`${sub.url}es/timeline`);
  assert.equal(await heading(page), ui.es.timeline.title);
  await page.goto(`${sub.url}fr/objectives/${data.objectives[0].id}`);
  assert.equal(await heading(page), data.objectives[0].name.fr);
  await page.close();
  await sub.close();
});

describe('updates', () => {
  let site, app;
  before(async () => {
    site = mkdtempSync(join(tmpdir(), 'uclg-atlas-site-'));
    // mkdtemp makes the folder private, and nginx's workers (not root) must read it.
    chmodSync(site, 0o755);
    cpSync(DIST, site, { recursive: true });
    app = await startNginx(site);
  });
  after(async () => {
    await app?.close();
    rmSync(site, { recursive: true, force: true });
  });

  test('a new build shows the notice; “later” keeps the old one, “update” switches every asset', async () => {
    const oldAssets = scriptsAndStyles(DIST);
    const newAssets = scriptsAndStyles(DIST_NEXT);
    assert.notDeepEqual(oldAssets, newAssets, 'the two builds differ');

    const page = await open(browser);
    await page.goto(`${app.url}en/`);
    await heading(page);
    await controlled(page);
    const oldVersion = await page.getByTestId('version').textContent();

    // Deploy the next build into the served folder.
    rmSync(site, { recursive: true, force: true });
    cpSync(DIST_NEXT, site, { recursive: true });

    await page.reload();
    await heading(page);
    // The new build's worker installs first. When the browser looks for it and how long its
    // precache takes are the browser's and the disk's business (a 20 s wait for the notice
    // once failed in CI right after the release builds). Waiting for the worker apart keeps
    // the check on the app strict: once a worker waits, the notice must follow at once.
    await waitingWorker(page);
    await page.getByTestId('update-notice').waitFor({ timeout: 5000 });
    assert.equal((await page.getByTestId('update-accept').textContent()).trim(), ui.en.status.update_now);

    // Declined: the old version keeps working, entirely.
    await page.getByTestId('update-later').click();
    assert.equal(await page.getByTestId('update-notice').count(), 0);
    await page.locator('.site-nav a', { hasText: ui.en.nav.figures }).click();
    assert.equal(await heading(page), ui.en.figures.title);
    await page.reload();
    await heading(page);
    assert.equal(await page.getByTestId('version').textContent(), oldVersion);
    assert.deepEqual(await ranFrom(page, DIST), oldAssets);

    // Accepted: one reload, then every asset is the new build's.
    await page.getByTestId('update-notice').waitFor({ timeout: 20000 });
    await Promise.all([page.waitForEvent('load'), page.getByTestId('update-accept').click()]);
    await heading(page);
    assert.notEqual(await page.getByTestId('version').textContent(), oldVersion);
    assert.deepEqual(await ranFrom(page, DIST_NEXT), newAssets);
    assert.equal(await page.getByTestId('update-notice').count(), 0);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('a page opened while the new build’s worker is installing shows the notice once it waits', async () => {
    rmSync(site, { recursive: true, force: true });
    cpSync(DIST, site, { recursive: true });
    const proxy = await startHoldingProxy(app.url);
    const first = await open(browser);
    try {
      await first.goto(`${proxy.url}en/`);
      await heading(first);
      await controlled(first);
      // The next build is deployed, and its worker starts installing, but one file of its
      // precache (one no page loads) is held back: the worker stays "installing".
      rmSync(site, { recursive: true, force: true });
      cpSync(DIST_NEXT, site, { recursive: true });
      const { dataDir, openData } = names();
      const heldFile = `${dataDir}/${openData.en.find((file) => file.holds === 'readme').path}`;
      assert.ok(precached(DIST_NEXT).includes(heldFile), `${heldFile} is precached`);
      proxy.hold(new RegExp(`/${heldFile}$`));
      await first.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      await poll(() => proxy.requests.includes(`/${heldFile}`), { message: 'the new worker precaching' });
      // A second tab starts the app while that worker installs: it found it before the app.
      const second = await first.context().newPage();
      await second.goto(`${proxy.url}en/figures`);
      await appReady(second);
      assert.equal(await second.evaluate(async () => (await navigator.serviceWorker.getRegistration()).installing?.state), 'installing');
      assert.equal(await second.getByTestId('update-notice').count(), 0, 'no notice before the worker waits');
      proxy.release();
      await second.getByTestId('update-notice').waitFor({ timeout: 20000 });
    } finally {
      await first.close();
      await proxy.close();
    }
  });

  test('an open page of the old build loads a page it has not loaded yet from its own build', async () => {
    rmSync(site, { recursive: true, force: true });
    cpSync(DIST, site, { recursive: true });
    const page = await open(browser);
    await page.goto(`${app.url}fr/`);
    await heading(page);
    await controlled(page);
    const before = await page.getByTestId('version').textContent();
    // The next build replaces this one on the server, with chunks of its own.
    rmSync(site, { recursive: true, force: true });
    cpSync(DIST_NEXT, site, { recursive: true });
    await page.locator('.site-nav a', { hasText: ui.fr.nav.timeline }).click();
    assert.equal(await heading(page), ui.fr.timeline.title);
    // Every module the page ran is the old build's: no mixed modules.
    const ran = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname.split('/').pop())
        .filter((n) => n.endsWith('.wasm')),
    );
    const oldFiles = new Set(readdirSync(DIST));
    assert.ok(ran.length > 1 && ran.every((n) => oldFiles.has(n)), `modules: ${ran.join(', ')}`);
    assert.equal(await page.getByTestId('version').textContent(), before);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});

test('a first visit downloads each file once, the service worker’s precache included', async () => {
  const logged = await startNginx(DIST, '/', { accessLog: true });
  const page = await open(browser);
  let log;
  try {
    await page.goto(`${logged.url}fr/`);
    await heading(page);
    await controlled(page);
    await page.waitForLoadState('networkidle');
    log = logged.accessLog();
  } finally {
    await page.close();
    await logged.close();
  }
  assert.ok(log.length > 20, `nginx logged ${log.length} requests`);
  const full = log.filter((r) => r.status === 200).map((r) => r.path);
  const twice = [...new Set(full.filter((p, i) => full.indexOf(p) !== i))];
  assert.deepEqual(twice, [], `downloaded twice: ${twice.join(', ')}`);
  // The worker is registered and installed once: nothing asks the server for it again.
  assert.deepEqual(
    log.filter((r) => r.path === '/sw.js').map((r) => r.status),
    [200],
  );
  // The precache took the whole build: every chunk was requested.
  const chunks = readdirSync(DIST).filter((f) => f.endsWith('.wasm'));
  assert.ok(
    chunks.every((f) => full.includes(`/${f}`)),
    'every wasm of the build is precached',
  );
});

test('the manifest is valid and Chromium finds the app installable', async () => {
  // Installability is only assessed in a regular (non-incognito) profile.
  const profile = mkdtempSync(join(tmpdir(), 'uclg-atlas-profile-'));
  const app = await startNginx(DIST);
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await context.newPage();
    await page.goto(`${app.url}en/`);
    await heading(page);
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, []);
    const parsed = JSON.parse(manifest.data);
    assert.ok(parsed.icons.some((i) => i.purpose === 'maskable'));
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(
      installabilityErrors.map((e) => e.errorId),
      [],
    );
  } finally {
    await context.close();
    await app.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
