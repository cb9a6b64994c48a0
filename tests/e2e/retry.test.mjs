// One loader, one retry: the map's geometry fails once on a section page, where both the
// map and the country list show it; a retry pressed on the map reaches both, and the list
// names its countries instead of their ISO codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { data, open, suite, ui } from './harness.mjs';

let browser, app;
suite((started) => ({ browser, app } = started));

test('a retry after a failed geometry load gives the country list its names', async () => {
  const section = data.sections.find((s) => s.countries.length > 3);
  const page = await open(browser, { viewport: { width: 1280, height: 900 }, allow: [/Failed to load resource/] });
  await page.route('**/data/world.json', (route) => route.abort());
  await page.goto(`${app.url}en/sections/${section.id}`);
  const error = page.getByTestId('map-error');
  await error.waitFor();
  assert.ok((await error.textContent()).includes(ui.en.map.error_title));
  const list = page.getByTestId('country-list');
  const first = list.locator('li').first();
  const code = await first.getAttribute('data-code');
  // Without the geometry, the list can only show codes.
  assert.equal((await first.textContent()).trim(), code);

  await page.unroute('**/data/world.json');
  await page.getByTestId('map-retry').click();
  await page.locator('[data-testid=map][data-render-ms]').waitFor({ timeout: 20000 });
  // The list follows the same load: names now, for every code.
  await page.waitForFunction(
    () => [...document.querySelectorAll('[data-testid=country-list] li')].every((li) => li.textContent.trim() !== li.dataset.code),
    null,
    { timeout: 10000 },
  );
  const names = await list.locator('li').allTextContents();
  assert.equal(names.length, section.countries.length);
  assert.ok(names.some((n) => n.trim().length > 2), names.join(', '));
  assert.deepEqual(page.errors, []);
  await page.close();
});
