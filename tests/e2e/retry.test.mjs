// One loader, one retry: the map's geometry fails once on a section page, where both the
// map and the country list show it; a retry pressed on the map reaches both, and the list
// names its countries instead of their ISO codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { data, names, open, suite, ui } from './harness.mjs';

let browser, app;
suite((started) => ({ browser, app } = started));

test('a retry after a failed geometry load gives the country list its names', async () => {
  const section = data.sections.find((s) => s.countries.length > 3);
  const page = await open(browser, { viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', allow: [/Failed to load resource/] });
  await page.route(`**/${names().worldFile}`, (route) => route.abort());
  await page.goto(`${app.url}en/sections/${section.id}`);
  const error = page.getByTestId('map-error');
  await error.waitFor();
  assert.ok((await error.textContent()).includes(ui.en.map.error_title));
  const list = page.getByTestId('country-list');
  const first = list.locator('li').first();
  const code = await first.getAttribute('data-code');
  // Without the geometry, the list can only show codes.
  assert.equal((await first.textContent()).trim(), code);

  await page.unroute(`**/${names().worldFile}`);
  await page.getByTestId('map-retry').click();
  await page.locator('[data-testid=map][data-render-ms]').waitFor({ timeout: 20000 });
  // The list follows the same load: names now, for every code.
  await page.waitForFunction(
    () => [...document.querySelectorAll('[data-testid=country-list] li')].every((li) => li.textContent.trim() !== li.dataset.code),
    null,
    { timeout: 10000 },
  );
  const listed = await list.locator('li').allTextContents();
  assert.equal(listed.length, section.countries.length);
  assert.ok(
    listed.some((n) => n.trim().length > 2),
    listed.join(', '),
  );
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('leaving a page before its own load ends leaves the app working', async () => {
  // No service worker: it would answer from its cache, past the held route.
  const page = await open(browser, { viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  await page.goto(`${app.url}en/`);
  // The Sources page loads the downloads' sizes itself; hold them until it is gone.
  let release;
  const held = new Promise((ok) => (release = ok));
  let asked;
  const requested = new Promise((ok, fail) => {
    asked = ok;
    setTimeout(() => fail(new Error(`the Sources page did not ask for ${names().downloadsFile}`)), 15000);
  });
  await page.route(`**/${names().downloadsFile}`, async (route) => {
    asked();
    await held;
    await route.continue();
  });
  await page.locator('.site-nav a[href$="/en/sources"]').click();
  await requested;
  await page.locator('.site-nav a[href$="/en/vision"]').click();
  await page.locator('main h1', { hasText: ui.en.vision.title }).waitFor();
  release();
  // Its answer comes to a view that is no more; the app goes on.
  await page.waitForResponse(`**/${names().downloadsFile}`);
  await page.locator('.site-nav a[href$="/en/figures"]').click();
  await page.locator('main h1', { hasText: ui.en.figures.title }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.close();
});
