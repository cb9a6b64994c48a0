// The wasm split by route (src/lazy.rs, scripts/split/, scripts/postbuild/split.mjs): a page
// downloads the main module and its own chunks only, a prerendered page preloads them, a
// navigation keeps the page it leaves until the next one is ready, and a chunk that fails to
// load gives the localised error view, whose retry loads it. A click made before the app
// has started stays in the page, which then starts on the page clicked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DIST,
  LOCALES,
  appReady,
  data,
  heading,
  names,
  open,
  pageFile,
  poll,
  preloadedChunks,
  preloadedFiles,
  suite,
  ui,
} from './harness.mjs';

let browser, app;
suite((started) => ({ browser, app } = started));

const files = readdirSync(DIST);
const chunks = files.filter((f) => f.endsWith('.wasm') && !f.endsWith('_bg.wasm'));
const isChunk = (url) => /\.wasm$/.test(new URL(url).pathname) && !url.endsWith('_bg.wasm');

test('the build has one main module, a chunk per split point, shared chunks and their loader, all hashed', () => {
  assert.equal(files.filter((f) => f.endsWith('_bg.wasm')).length, 1);
  // src/pages.rs's split points, the map's geometry and the country table's decoding
  // (src/state/geo.rs), the citation's dialog (src/components/cite_button.rs), the printed
  // brief (src/components/brief.rs).
  for (const page of ['home', 'records', 'map', 'figures', 'data', 'search', 'embed_guide', 'geometry', 'countries', 'cite', 'brief']) {
    assert.ok(
      chunks.some((f) => new RegExp(`^split_${page}-[0-9a-f]{16}\\.wasm$`).test(f)),
      `split_${page}: ${chunks.join(' ')}`,
    );
  }
  const loaders = files.filter((f) => /^__wasm_split-[0-9a-f]{16}\.js$/.test(f));
  assert.equal(loaders.length, 1, files.join(' '));
  const loader = readFileSync(join(DIST, loaders[0]), 'utf8');
  // Every chunk the loader names is in the build, and every chunk of the build is named.
  const named = [...loader.matchAll(/"\.\/([^"]+\.wasm)"/g)].map((m) => m[1]).sort();
  assert.deepEqual(named, [...chunks].sort());
  const glue = files.find((f) => f.endsWith('.js') && files.includes(f.replace(/\.js$/, '_bg.wasm')));
  assert.ok(loader.includes(`from "./${glue}"`), 'the loader imports the glue by its hashed name');
  assert.ok(readFileSync(join(DIST, glue), 'utf8').includes(loaders[0]), 'the glue imports the loader by its hashed name');
});

test('nginx serves chunks as wasm, cached for a year, and answers a missing one with 404', async () => {
  const chunk = chunks[0];
  const wasm = await fetch(`${app.url}${chunk}`);
  assert.equal(wasm.status, 200);
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  assert.match(wasm.headers.get('cache-control'), /immutable/);
  const loader = files.find((f) => f.startsWith('__wasm_split-'));
  const js = await fetch(`${app.url}${loader}`);
  assert.match(js.headers.get('content-type'), /^text\/javascript/);
  assert.match(js.headers.get('cache-control'), /immutable/);
  // A chunk of another deployment: never index.html, which would fail as wasm.
  for (const missing of ['split_map-0123456789abcdef.wasm', '__wasm_split-0123456789abcdef.js']) {
    const response = await fetch(`${app.url}${missing}`);
    assert.equal(response.status, 404, missing);
    assert.doesNotMatch(await response.text(), /id="?boot/, `${missing}: not the app's index.html`);
  }
});

test('a prerendered page preloads its own chunks, which are the ones the app then fetches', async () => {
  const html = readFileSync(join(DIST, 'fr', 'sections.html'), 'utf8');
  const preloaded = preloadedChunks('fr/sections.html').map((href) => href.slice(1));
  assert.ok(
    preloaded.some((f) => f.startsWith('split_map-')) && preloaded.some((f) => f.startsWith('split_geometry-')),
    preloaded.join(' '),
  );
  assert.ok(!preloaded.some((f) => f.startsWith('split_home-')), 'not the home page’s chunk');
  assert.match(html, /<link rel="modulepreload" href="\/__wasm_split-[0-9a-f]{16}\.js"/);

  const page = await open(browser, { serviceWorkers: 'block' });
  const fetched = [];
  page.on('request', (r) => isChunk(r.url()) && fetched.push(new URL(r.url()).pathname.slice(1)));
  await page.goto(`${app.url}fr/sections`);
  assert.deepEqual([...new Set(fetched)].sort(), [...preloaded].sort());
  assert.ok(fetched.length < chunks.length, `a page fetches only some chunks: ${fetched.join(' ')}`);
  assert.ok(
    !fetched.some((f) => /^split_(home|records|data|search|embed_guide)-/.test(f)),
    `only its own split points: ${fetched.join(' ')}`,
  );
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('search looks up countries with the country table’s decoder alone, without the map’s geometry', () => {
  const search = preloadedChunks('en/search.html').map((href) => href.slice(1));
  assert.ok(
    search.some((f) => f.startsWith('split_countries-')),
    search.join(' '),
  );
  assert.ok(!search.some((f) => /^split_(geometry|map)-/.test(f)), `no map code: ${search.join(' ')}`);
});

test('a prerendered page preloads the data files its view waits for, which the app then takes: each downloaded once', async () => {
  const { worldFile, countriesFile, downloadsFile } = names();
  const expected = {
    'fr/sections': [countriesFile, worldFile].sort(),
    'en/search': [countriesFile],
    'es/sources': [downloadsFile],
    'fr/': [],
  };
  for (const [route, files] of Object.entries(expected)) {
    const file = pageFile(route);
    assert.deepEqual(
      preloadedFiles(file).sort(),
      files.map((f) => `/${f}`),
      `${file} preloads`,
    );
    const page = await open(browser, { serviceWorkers: 'block' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    // Every request the page makes for a data file but the dataset (the loader fetches it).
    const requested = [];
    cdp.on('Network.requestWillBeSent', ({ request }) => {
      const path = new URL(request.url).pathname.slice(1);
      if ([worldFile, countriesFile, downloadsFile].includes(path)) requested.push(path);
    });
    await page.goto(`${app.url}${route}`);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(requested.sort(), files, `${route}: each preloaded file requested once, by its preload`);
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test('a navigation keeps the page it leaves until the next page’s chunk is there', async () => {
  const page = await open(browser, { serviceWorkers: 'block' });
  await page.goto(`${app.url}en/`);
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route(/\/split_data-[0-9a-f]+\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  const before = await heading(page);
  await page.evaluate(() => document.querySelector('.site-nav a[href$="/en/timeline"]').click());
  await page.locator('main[aria-busy="true"]').waitFor();
  await page.waitForTimeout(400);
  assert.equal((await page.locator('main h1').textContent()).trim(), before, 'the home page stays while the chunk loads');
  assert.equal(await page.locator('main h1').count(), 1, 'never an empty main');
  // After 300 ms, a quiet bar says the next page is coming.
  const bar = await page.evaluate(() => getComputedStyle(document.querySelector('main'), '::before').opacity);
  assert.equal(bar, '1');
  release();
  await page.locator('main h1', { hasText: ui.en.timeline.title }).waitFor();
  assert.equal(await page.locator('main[aria-busy]').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a chunk that fails to load shows the error view, and its retry loads the page', async () => {
  // The chunk's loader logs the failure (wasm_split_cli_support's `console.error`).
  const page = await open(browser, { serviceWorkers: 'block', allow: [/Failed to load resource/, /net::ERR_FAILED/, /TypeError|fetch/i] });
  let blocked = true;
  await page.route(/\/split_figures-[0-9a-f]+\.wasm$/, (route) => (blocked ? route.abort() : route.continue()));
  await page.goto(`${app.url}es/`);
  await page.locator('.site-nav a[href$="/es/figures"]').click();
  const error = page.getByTestId('error-view');
  await error.waitFor({ timeout: 15000 });
  assert.ok((await error.textContent()).includes(ui.es.state.error_title));
  assert.equal(await page.locator('.site-header').count(), 1, 'the chrome stays');
  // Other pages still work.
  await page.locator('.site-nav a[href$="/es/vision"]').click();
  await page.locator('main h1', { hasText: ui.es.vision.title }).waitFor();
  await page.goBack();
  await error.waitFor({ timeout: 15000 });
  blocked = false;
  await page.getByTestId('retry').click();
  await page.locator('main h1', { hasText: ui.es.figures.title }).waitFor({ timeout: 15000 });
  assert.equal(await page.getByTestId('error-view').count(), 0);
  await page.close();
});

test('a first visit whose page chunk fails shows the error view in place of the prerendered page', async () => {
  const page = await open(browser, {
    app: false,
    serviceWorkers: 'block',
    allow: [/Failed to load resource/, /net::ERR_FAILED/, /TypeError|fetch/i],
  });
  await page.route(/\/split_records-[0-9a-f]+\.wasm$/, (route) => route.abort());
  await page.goto(`${app.url}fr/networks`);
  await appReady(page, 20000);
  await page.getByTestId('error-view').waitFor();
  assert.ok((await page.getByTestId('error-view').textContent()).includes(ui.fr.state.error_title));
  await page.unroute(/\/split_records-[0-9a-f]+\.wasm$/);
  await page.getByTestId('retry').click();
  await page.locator('main h1', { hasText: ui.fr.networks.title }).waitFor({ timeout: 15000 });
  await page.close();
});

/**
 * A page of `/fr/` whose main module is held back until `release()`: the prerendered page
 * is read and clicked before the app starts. `requests()` counts the main module's requests.
 */
test('preloads.json lists the chunks and data files each prerendered page preloads, in every locale', () => {
  const { files: preloads, pages } = JSON.parse(readFileSync(join(DIST, 'preloads.json'), 'utf8'));
  const html = (dir) =>
    readdirSync(join(DIST, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? html(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
    );
  const files = LOCALES.flatMap((lang) => html(lang));
  assert.ok(files.length > 60, files.join(' '));
  for (const file of files) {
    const page = file
      .replace(/\.html$/, '')
      .replace(/(^|\/)index$/, '')
      .split('/')
      .slice(1)
      .join('/');
    assert.ok(pages[page], `${file}: no entry "${page}"`);
    const preloaded = [...preloadedChunks(file), ...preloadedFiles(file)];
    assert.deepEqual(pages[page].map((i) => preloads[i]).sort(), preloaded.sort(), file);
  }
});

async function beforeTheApp({ fail = false } = {}) {
  const page = await open(browser, {
    app: false,
    serviceWorkers: 'block',
    allow: fail ? [/Failed to load resource/, /net::ERR_FAILED/, /TypeError|fetch|WebAssembly/i] : [],
  });
  let release;
  const held = new Promise((ok) => (release = ok));
  let count = 0;
  const fetched = new Set();
  page.on('request', (request) => fetched.add(new URL(request.url()).pathname));
  await page.route(/_bg\.wasm$/, async (route) => {
    count += 1;
    await held;
    await (fail ? route.abort() : route.continue());
  });
  const requested = page.waitForRequest(/_bg\.wasm$/);
  await page.goto(`${app.url}fr/`, { waitUntil: 'domcontentloaded' });
  await requested; // the loader runs, the prerendered page is on screen
  await page.evaluate(() => (window.sameDocument = true));
  return { page, release, requests: () => count, fetched };
}

const clickSections = (page) => page.locator('#boot .site-nav a[href$="/fr/sections"]').click();

test('a click before the app has started stays in the page: the app starts on the page clicked, downloading nothing twice', async () => {
  const { page, release, requests, fetched } = await beforeTheApp();
  await clickSections(page);
  assert.equal(new URL(page.url()).pathname, '/fr/sections', 'the address is the page clicked');
  // Its chunks and data files download alongside the main module (preloads.json).
  const chunks = [...preloadedChunks('fr/sections.html'), `/${names().worldFile}`];
  assert.ok(
    chunks.some((c) => /\/split_map-/.test(c)),
    chunks.join(' '),
  );
  await page.waitForFunction(() => document.querySelectorAll('link[rel="preload"][href*="split_map-"]').length === 1);
  await poll(() => chunks.every((c) => fetched.has(c)), {
    message: () => `requested before the main module is there: ${chunks.filter((c) => !fetched.has(c)).join(' ')} missing`,
  });
  assert.equal(await page.evaluate(() => window.sameDocument), true, 'no navigation: the downloads go on');
  assert.equal(await page.locator('#boot main[aria-busy="true"]').count(), 1, 'the prerendered page says it is busy');
  assert.ok((await page.locator('#boot main h1').textContent()).trim().startsWith(data.organisation.name.fr), 'the page left, meanwhile');
  release();
  await appReady(page, 20000);
  assert.equal(await heading(page), ui.fr.sections.title);
  assert.equal(await page.evaluate(() => window.sameDocument), true);
  assert.equal(requests(), 1, 'the main module once');
  // As after a page load: the focus at the start of the new page's content.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  // The router has the links and the history from there.
  await page.goBack();
  await page.locator('main h1', { hasText: data.organisation.name.fr }).waitFor();
  assert.equal(await page.evaluate(() => window.sameDocument), true);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('back before the app has started is the page again; back to another page, or a start that fails, loads it for real', async () => {
  {
    const { page, release } = await beforeTheApp();
    await clickSections(page);
    await page.goBack();
    assert.equal(new URL(page.url()).pathname, '/fr/');
    assert.equal(await page.evaluate(() => window.sameDocument), true, 'this page is that address');
    assert.equal(await page.locator('#boot main[aria-busy]').count(), 0, 'no longer busy');
    await clickSections(page);
    await page.locator('#boot .site-nav a[href$="/fr/vision"]').click();
    assert.equal(new URL(page.url()).pathname, '/fr/vision');
    const reloaded = page.waitForEvent('domcontentloaded');
    await page.goBack();
    await reloaded;
    assert.equal(await page.evaluate(() => window.sameDocument), undefined, 'a new document');
    assert.equal(new URL(page.url()).pathname, '/fr/sections');
    release();
    await appReady(page, 20000);
    assert.equal(await heading(page), ui.fr.sections.title);
    assert.deepEqual(page.errors, []);
    await page.close();
  }
  {
    const { page, release } = await beforeTheApp({ fail: true });
    await clickSections(page);
    const reloaded = page.waitForEvent('domcontentloaded');
    release(); // the main module fails
    await reloaded;
    assert.equal(await page.evaluate(() => window.sameDocument), undefined, 'a new document');
    assert.equal(new URL(page.url()).pathname, '/fr/sections');
    assert.equal((await page.locator('#boot main h1').textContent()).trim(), ui.fr.sections.title, 'the prerendered page clicked');
    await page.close();
  }
});
