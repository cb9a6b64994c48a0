// The sections map: tooltips on hover and focus, click and keyboard navigation, zoom by
// buttons, keys, wheel and drag, the legend, the congress layer, the accessible table,
// the section page's zoomed map, geometry loaded once, axe in light and dark, screenshots.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  DIST_SUB,
  axe,
  LOCALES,
  ROOT,
  appReady,
  countSentence,
  data,
  heading,
  names,
  open,
  poll,
  screenshot,
  startNginx,
  suite,
  ui,
} from './harness.mjs';

const countries = JSON.parse(readFileSync(`${ROOT}public/data/countries.json`, 'utf8'));
const countryName = Object.fromEntries(countries.map((c) => [c.code, c.name]));
const WORLD_VIEWBOX = '0 0 1000 486.72';
const DESKTOP = { width: 1280, height: 900 };
/** A big, compact country of each section, for hovering and clicking. */
const INLAND = {
  africa: 'CD',
  'asia-pacific': 'CN',
  eurasia: 'KZ',
  europe: 'DE',
  'latin-america': 'BR',
  'middle-east-west-asia': 'SA',
  'north-america': 'CA',
};

let browser, app;
suite((started) => ({ browser, app } = started));

/** Opens a page and waits for the map to be drawn. */
async function openMap(path, options = {}) {
  const page = await open(browser, { viewport: DESKTOP, ...options });
  await page.goto(`${app.url}${path}`);
  await page.locator('[data-testid=map][data-render-ms]').waitFor({ timeout: 15000 });
  return page;
}

const viewBox = (page) => page.locator('.map__svg').getAttribute('viewBox');
const width = (vb) => Number(vb.split(' ')[2]);

/** Waits for the viewBox to settle (zoom animations last about 0.3 s) and returns it. */
async function settledViewBox(page) {
  let last = null;
  return poll(
    async () => {
      const now = await viewBox(page);
      const settled = now === last && now;
      last = now;
      return settled;
    },
    { timeout: 6000, interval: 120, message: () => `the map's viewBox kept changing (last: ${last})` },
  );
}

/** A point of the page (CSS pixels) inside the country's shape and on top there. */
async function pointIn(page, section, code) {
  await page.locator('.map__frame').scrollIntoViewIfNeeded();
  const point = await page.evaluate(
    ({ section, code }) => {
      const path = document.querySelector(`[data-testid="map-section-${section}"] [data-code="${code}"]`);
      const box = path.getBBox();
      const ctm = path.getScreenCTM();
      for (let i = 1; i < 24; i++) {
        for (let j = 1; j < 24; j++) {
          const p = new DOMPoint(box.x + (box.width * i) / 24, box.y + (box.height * j) / 24);
          if (!path.isPointInFill(p)) continue;
          const s = p.matrixTransform(ctm);
          if (document.elementFromPoint(s.x, s.y) === path) return { x: s.x, y: s.y };
        }
      }
      return null;
    },
    { section, code },
  );
  assert.ok(point, `no visible point in ${code}`);
  return point;
}

/** A section's number of countries as the app writes it. */
function countriesText(lang, section) {
  return countSentence(lang, ui[lang].sections.countries_count, section.countries.length);
}

function tooltipText(lang, section) {
  return [section.name[lang], section.seat.name[lang], countriesText(lang, section)];
}

describe('the sections map', () => {
  test('draws every section, the World Secretariat and, on request, the congress cities', async () => {
    const page = await openMap('fr/sections');
    const links = page.locator('.map__svg a.map__section');
    assert.equal(await links.count(), data.sections.length);
    for (const s of data.sections) {
      const link = page.getByTestId(`map-section-${s.id}`);
      assert.equal(
        await link.getAttribute('aria-label'),
        ui.fr.map.section_label
          .replace('{{ name }}', s.name.fr)
          .replace('{{ seat }}', s.seat.name.fr)
          .replace('{{ countries }}', countriesText('fr', s)),
      );
      assert.ok((await link.getAttribute('href')).endsWith(`/fr/sections/${s.id}`));
    }
    // Countries of two regional sections are striped, in both.
    for (const code of ['TR', 'AZ', 'EG', 'GE']) {
      const copies = page.locator(`.map__svg [data-code="${code}"]`);
      assert.equal(await copies.count(), 2, code);
      assert.match(await copies.first().getAttribute('fill'), /^url\(#map-stripes-\d\)$/);
    }
    assert.equal(await page.locator('.map__star').count(), 1);
    assert.equal(await viewBox(page), WORLD_VIEWBOX);

    const congresses = data.timeline.filter((e) => e.kind === 'congress' && e.city);
    assert.equal(await page.locator('.map__congresses.is-shown').count(), 0);
    await page.getByTestId('congress-layer').check();
    await page.locator('.map__congresses.is-shown').waitFor();
    assert.equal(await page.locator('.map__congress').count(), congresses.length);
    const list = await page.getByTestId('congress-list').locator('li').allTextContents();
    assert.deepEqual(
      list.map((t) => t.replace(/\s+/g, ' ').trim()),
      congresses.map((e) => `${e.date.slice(0, 4)} ${e.city.name.fr}`),
    );
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('the first render is timed for the benchmark (data-render-ms)', async () => {
    // The benchmark reads this figure; speed is judged there, not here.
    const page = await openMap('fr/sections');
    const map = page.getByTestId('map');
    for (const attr of ['data-render-ms', 'data-geo-ms']) {
      const ms = Number(await map.getAttribute(attr));
      assert.ok(Number.isFinite(ms) && ms > 0, `${attr} = ${ms}`);
    }
    await page.close();
  });

  test('hovering a country highlights its section and shows its tooltip', async () => {
    const page = await openMap('en/sections');
    const tip = page.getByTestId('map-tooltip');
    assert.equal(await tip.isVisible(), false);
    for (const [id, code] of Object.entries(INLAND)) {
      const section = data.sections.find((s) => s.id === id);
      const { x, y } = await pointIn(page, id, code);
      await page.mouse.move(x, y);
      await tip.waitFor({ state: 'visible' });
      const text = await tip.textContent();
      for (const part of [...tooltipText('en', section), countryName[code].en]) {
        assert.ok(text.includes(part), `${id}: “${part}” not in “${text}”`);
      }
      assert.match(await page.getByTestId(`map-section-${id}`).getAttribute('class'), /is-active/);
      assert.match(await page.locator('.map__svg').getAttribute('class'), /has-active/);
    }
    await page.mouse.move(5, 5);
    await tip.waitFor({ state: 'hidden' });
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('clicking a section opens its page, with the geometry fetched only once', async () => {
    const page = await open(browser, { viewport: DESKTOP });
    const fetched = [];
    page.on('request', (r) => r.url().endsWith(`/${names().worldFile}`) && fetched.push(r.url()));
    await page.goto(`${app.url}es/sections`);
    await page.locator('[data-testid=map][data-render-ms]').waitFor();
    const { x, y } = await pointIn(page, 'latin-america', 'BR');
    await page.mouse.click(x, y);
    await page.waitForURL(`${app.url}es/sections/latin-america`);
    const section = data.sections.find((s) => s.id === 'latin-america');
    assert.equal(await heading(page), section.name.es);
    await page.locator('[data-testid=map][data-render-ms]').waitFor();
    assert.equal(fetched.length, 1, 'the outlines fetched again');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('every section is reached with Tab, shows its tooltip and opens with Enter', async () => {
    const page = await openMap('fr/sections');
    await page.getByTestId('table-toggle').focus();
    const tip = page.getByTestId('map-tooltip');
    for (const s of data.sections) {
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), `map-section-${s.id}`);
      await tip.waitFor({ state: 'visible' });
      const text = await tip.textContent();
      for (const part of tooltipText('fr', s)) assert.ok(text.includes(part), `${s.id}: ${part}`);
    }
    // After the last section, the legend.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), `legend-${data.sections[0].id}`);
    await tip.waitFor({ state: 'hidden' });
    // Back to Eurasia and open it.
    const back = data.sections.length - data.sections.findIndex((s) => s.id === 'eurasia');
    for (let i = 0; i < back; i++) await page.keyboard.press('Shift+Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'map-section-eurasia');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${app.url}fr/sections/eurasia`);
    assert.equal(await heading(page), data.sections.find((s) => s.id === 'eurasia').name.fr);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('zoom and pan: buttons, keys, wheel, drag and reset change only the viewBox', async () => {
    const page = await openMap('en/sections');
    const before = await page.locator('.map__svg').innerHTML();
    await page.getByTestId('zoom-in').click();
    const zoomed = await settledViewBox(page);
    assert.ok(Math.abs(width(zoomed) - 1000 / 1.5) < 0.5, zoomed);
    await page.getByTestId('zoom-in').click();
    const closer = await settledViewBox(page);
    assert.ok(Math.abs(width(closer) - 1000 / 2.25) < 0.5, closer);
    await page.getByTestId('zoom-out').click();
    assert.equal(await settledViewBox(page), zoomed);

    // Keyboard, with a section focused: arrows pan, + and - zoom, 0 resets.
    await page.getByTestId('map-section-europe').focus();
    await settledViewBox(page);
    const start = await viewBox(page);
    await page.keyboard.press('ArrowRight');
    const right = await settledViewBox(page);
    assert.ok(Number(right.split(' ')[0]) > Number(start.split(' ')[0]), `${start} → ${right}`);
    await page.keyboard.press('+');
    assert.ok(width(await settledViewBox(page)) < width(right));
    await page.keyboard.press('0');
    assert.equal(await settledViewBox(page), WORLD_VIEWBOX);

    // Wheel zooms around the pointer; dragging pans without opening a section.
    const box = await page.locator('.map__svg').boundingBox();
    await page.mouse.move(box.x + box.width * 0.52, box.y + box.height * 0.3);
    await page.mouse.wheel(0, -300);
    const wheeled = await settledViewBox(page);
    assert.ok(width(wheeled) < 1000, wheeled);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5, { steps: 8 });
    await page.mouse.up();
    const dragged = await settledViewBox(page);
    assert.notEqual(dragged, wheeled);
    assert.equal(width(dragged), width(wheeled));
    assert.ok(page.url().endsWith('/en/sections'), 'a drag must not navigate');

    await page.getByTestId('zoom-reset').click();
    assert.equal(await settledViewBox(page), WORLD_VIEWBOX);
    // The drawing itself never changed: only the viewBox (and the marker scale) did.
    const strip = (html) => html.replace(/style="[^"]*"/g, '').replace(/ class="[^"]*"/g, '');
    assert.equal(strip(await page.locator('.map__svg').innerHTML()), strip(before));
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('two fingers pinch to zoom, one finger pans the zoomed map', async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 900 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${app.url}en/sections`);
    await appReady(page);
    await page.locator('[data-testid=map][data-render-ms]').waitFor();
    await page.locator('.map__frame').scrollIntoViewIfNeeded();
    const box = await page.locator('.map__svg').boundingBox();
    const cdp = await context.newCDPSession(page);
    const touch = (type, points) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: points.map(([x, y], id) => ({ x: box.x + x, y: box.y + y, id })),
      });
    const [cx, cy] = [box.width / 2, box.height / 2];
    await touch('touchStart', [
      [cx - 20, cy],
      [cx + 20, cy],
    ]);
    for (let d = 30; d <= 100; d += 10)
      await touch('touchMove', [
        [cx - d, cy],
        [cx + d, cy],
      ]);
    await touch('touchEnd', []);
    const pinched = await settledViewBox(page);
    assert.ok(width(pinched) < 1000 / 3, pinched);
    await touch('touchStart', [[cx, cy]]);
    for (let d = 10; d <= 80; d += 10) await touch('touchMove', [[cx + d, cy]]);
    await touch('touchEnd', []);
    const panned = await settledViewBox(page);
    assert.ok(Number(panned.split(' ')[0]) < Number(pinched.split(' ')[0]), `${pinched} → ${panned}`);
    assert.equal(width(panned), width(pinched));
    assert.ok(page.url().endsWith('/en/sections'), 'a pan must not navigate');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('with reduced motion, zooming is immediate', async () => {
    const page = await openMap('en/sections');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByTestId('zoom-in').click();
    assert.ok(Math.abs(width(await viewBox(page)) - 1000 / 1.5) < 0.5);
    await page.getByTestId('legend-africa').click();
    const africa = await viewBox(page);
    assert.equal(await settledViewBox(page), africa);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('a failed geometry load shows a localised error, and retry draws the map', async () => {
    const page = await open(browser, { viewport: DESKTOP, serviceWorkers: 'block', allow: [/Failed to load resource/] });
    await page.route(`**/${names().worldFile}`, (route) => route.abort());
    await page.goto(`${app.url}es/sections`);
    const error = page.getByTestId('map-error');
    await error.waitFor();
    assert.ok((await error.textContent()).includes(ui.es.map.error_title));
    assert.equal(await error.getAttribute('role'), 'alert');
    await page.unroute(`**/${names().worldFile}`);
    await page.getByTestId('map-retry').click();
    await page.locator('[data-testid=map][data-render-ms]').waitFor();
    assert.equal(await page.locator('.map__svg a.map__section').count(), data.sections.length);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('the legend highlights a section and zooms to it', async () => {
    const page = await openMap('fr/sections');
    const key = page.getByTestId('legend-europe');
    await key.click();
    assert.equal(await key.getAttribute('aria-pressed'), 'true');
    const vb = await settledViewBox(page);
    assert.ok(width(vb) < 500, vb);
    await page.mouse.move(1, 1);
    assert.match(await page.getByTestId('map-section-europe').getAttribute('class'), /is-active/);
    assert.doesNotMatch(await page.getByTestId('map-section-africa').getAttribute('class'), /is-active/);
    await key.click();
    assert.equal(await key.getAttribute('aria-pressed'), 'false');
    assert.equal(await settledViewBox(page), WORLD_VIEWBOX);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('the table lists every section and its countries by name, on request', async () => {
    for (const lang of LOCALES) {
      const page = await openMap(`${lang}/sections`);
      const table = page.getByTestId('map-table');
      const toggle = page.getByTestId('table-toggle');
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      // Visually hidden but in the accessibility tree.
      assert.match(await table.getAttribute('class'), /map__sr/);
      const rows = table.locator('tbody tr');
      assert.equal(await rows.count(), data.sections.length);
      for (const [i, s] of data.sections.entries()) {
        const row = rows.nth(i);
        assert.equal((await row.locator('th').textContent()).trim(), s.name[lang]);
        const text = await row.textContent();
        for (const code of s.countries) {
          assert.ok(text.includes(countryName[code][lang]), `${lang} ${s.id}: ${code}`);
        }
      }
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      assert.equal(await toggle.textContent(), ui[lang].map.hide_table);
      assert.ok((await table.boundingBox()).width > 500);
      assert.deepEqual(page.errors, []);
      await page.close();
    }
  });

  test('a section page shows the map zoomed to it and its countries by name, those placed by the atlas marked', async () => {
    const page = await openMap('fr/sections/europe');
    const section = data.sections.find((s) => s.id === 'europe');
    assert.equal(await heading(page), section.name.fr);
    assert.ok(width(await viewBox(page)) < 400);
    assert.equal(await page.getByTestId('legend-europe').getAttribute('aria-pressed'), 'true');
    assert.match(await page.getByTestId('map-section-europe').getAttribute('class'), /is-active/);
    const items = page.getByTestId('country-list').locator('li');
    await page.waitForFunction(() => document.querySelector('[data-testid=country-list] li')?.textContent.length > 2);
    assert.equal(await items.count(), section.countries.length);
    // The countries UN M49 places elsewhere say that the atlas places them here.
    const marker = ui.fr.sections.editorial_country;
    const editorial = await items.evaluateAll((lis) =>
      lis.filter((li) => li.querySelector('[data-testid=editorial-country]')).map((li) => li.dataset.code),
    );
    assert.deepEqual(editorial.sort(), [...section.editorial_countries].sort());
    const names = (await items.allTextContents()).map((t) => t.replace(marker, '').trim());
    assert.deepEqual([...names].sort(), section.countries.map((c) => countryName[c].fr).sort());
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' })),
    );
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});

describe('map accessibility (axe, WCAG 2.2 A/AA)', () => {
  // On a phone too: there a zoomed section's shapes reach past the frame, up to the controls
  // above it, whose touch targets must stay whole (axe's target-size).
  const viewports = { desktop: DESKTOP, phone: { width: 412, height: 823 } };
  for (const [width, viewport] of Object.entries(viewports))
    for (const colorScheme of ['light', 'dark']) {
      for (const path of ['fr/sections', 'en/sections/africa', 'es/sections/metropolis']) {
        test(`${path} in ${colorScheme}, ${width}`, async () => {
          const page = await openMap(path, { colorScheme, viewport });
          await page.getByTestId('congress-layer').check();
          assert.deepEqual(await axe(page), []);
          // With a section highlighted and the table shown.
          await page.getByTestId('map-section-asia-pacific').focus();
          await page.getByTestId('table-toggle').click();
          assert.deepEqual(await axe(page), []);
          assert.deepEqual(page.errors, []);
          await page.close();
        });
      }
    }
});

describe('map screenshots', () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [360, 1280]) {
      test(`${width} px, ${colorScheme}`, async () => {
        const viewport = { width, height: width === 360 ? 740 : 900 };
        const page = await openMap('fr/sections', { viewport, colorScheme });
        await screenshot(page, `map-sections-${width}-${colorScheme}`);
        if (width === 360) {
          // The table on a phone: it scrolls sideways in a focusable region, not the page.
          await page.getByTestId('table-toggle').click();
          assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
          assert.deepEqual(await axe(page), []);
          await page.getByTestId('table-toggle').click();
        }
        if (width === 1280) {
          const { x, y } = await pointIn(page, 'middle-east-west-asia', 'SA');
          await page.mouse.move(x, y);
          await page.getByTestId('map-tooltip').waitFor({ state: 'visible' });
          await page.locator('.map').screenshot({ path: `${ROOT}build/screenshots/map-hover-${colorScheme}.png` });
        }
        await page.goto(`${app.url}fr/sections/africa`);
        await page.locator('[data-testid=map][data-render-ms]').waitFor();
        await screenshot(page, `map-africa-${width}-${colorScheme}`);
        assert.deepEqual(page.errors, []);
        await page.close();
      });
    }
  }
});

describe('map under a sub-path', () => {
  test('the geometry loads relative to the base', async () => {
    const sub = await startNginx(DIST_SUB, '/uclg/atlas/');
    try {
      const page = await open(browser, { viewport: DESKTOP });
      await page.goto(`${sub.url}en/sections/north-america`);
      await page.locator('[data-testid=map][data-render-ms]').waitFor({ timeout: 15000 });
      assert.ok((await page.getByTestId('map-section-north-america').getAttribute('href')).startsWith('/uclg/atlas/en/sections/'));
      assert.deepEqual(page.errors, []);
      await page.close();
    } finally {
      await sub.close();
    }
  });
});
