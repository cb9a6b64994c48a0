// Search: the header's combobox (suggestions as one types, arrow keys, Enter, Escape, the
// live region, axe), countries that lead to their sections with the country marked (found
// by their names in any language, shown in the page's; one country in two sections), the World Secretariat's address, and a
// `?country=` the section page refuses. Screenshots of the open list at 360 and 1280 px.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { axe, LOCALES, ROOT, data, heading, names, open, suite, ui } from './harness.mjs';

const countries = JSON.parse(readFileSync(`${ROOT}public/data/countries.json`, 'utf8'));
const nameOf = (code, lang) => countries.find((c) => c.code === code).name[lang];
const sectionsOf = (code) => data.sections.filter((s) => s.countries.includes(code));
const regional = (code) => sectionsOf(code).filter((s) => s.kind === 'regional');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };

let browser, app;
suite((started) => ({ browser, app } = started));

const box = (page) => page.getByTestId('search-box');
const list = (page) => page.getByTestId('search-suggestions');
const options = (page) => list(page).getByRole('option');

/**
 * Types `query` into the header's box and waits for the list, and for a suggestion with
 * `expected` in it (the countries arrive with their table, on first use).
 */
async function type(page, query, expected) {
  // On phones the field sits behind the header's search button.
  if (!(await box(page).isVisible())) await page.locator('button[aria-controls="site-search"]').click();
  await box(page).click();
  await box(page).fill('');
  await box(page).pressSequentially(query, { delay: 20 });
  await list(page).waitFor({ state: 'visible', timeout: 5000 });
  const suggestion = page.getByTestId('search-suggestion');
  await (expected ? suggestion.filter({ hasText: expected }) : suggestion).first().waitFor({ timeout: 10000 });
}

/** The option that the input points at through aria-activedescendant. */
async function activeOption(page) {
  const id = await box(page).getAttribute('aria-activedescendant');
  assert.ok(id, 'no active option');
  return page.locator(`[id="${id}"]`);
}

/** Checks that the section page marks `code`: note, country list and map. */
async function assertMarked(page, lang, code) {
  const note = page.getByTestId('marked-country');
  await note.waitFor({ timeout: 10000 });
  await page.waitForFunction(
    ([text]) => document.querySelector('[data-testid=marked-country]')?.textContent.includes(text),
    [nameOf(code, lang)],
    { timeout: 10000 },
  );
  const item = page.locator(`[data-testid=country-list] li[data-code="${code}"]`);
  await item.waitFor();
  assert.match(await item.getAttribute('class'), /is-marked/);
  assert.equal(await item.getAttribute('aria-current'), 'true');
  assert.equal(await page.locator('[data-testid=country-list] li.is-marked').count(), 1);
  await page.locator('[data-testid=map][data-render-ms]').waitFor({ timeout: 15000 });
  await page.waitForFunction(([c]) => document.querySelectorAll(`.map__svg [data-code="${c}"].is-marked`).length > 0, [code], {
    timeout: 5000,
  });
}

describe('the header search box', () => {
  test('is a combobox: type, ArrowDown, Enter opens the section with the country marked', async () => {
    const page = await open(browser, { viewport: DESKTOP });
    await page.goto(`${app.url}en/`);
    const input = box(page);
    assert.equal(await input.getAttribute('role'), 'combobox');
    assert.equal(await input.getAttribute('aria-expanded'), 'false');
    assert.equal(await input.getAttribute('aria-autocomplete'), 'list');
    const listId = await input.getAttribute('aria-controls');
    assert.equal(await list(page).getAttribute('id'), listId);
    assert.equal(await list(page).getAttribute('role'), 'listbox');

    await type(page, 'Kenya', 'Kenya');
    assert.equal(await input.getAttribute('aria-expanded'), 'true');
    const first = options(page).first();
    assert.match(await first.textContent(), /Kenya/);
    assert.match(await first.textContent(), new RegExp(regional('KE')[0].name.en));
    // The live region says how many suggestions there are.
    const status = page.getByTestId('search-box-status');
    assert.equal(await status.getAttribute('role'), 'status');
    const n = await page.getByTestId('search-suggestion').count();
    assert.equal(await status.textContent(), ui.en.search.suggestions_count.replace('{{ n }}', n));
    // Nothing is active until the arrow keys move; then the input points at the option.
    assert.equal(await input.getAttribute('aria-activedescendant'), null);
    await page.keyboard.press('ArrowDown');
    const active = await activeOption(page);
    assert.equal(await active.getAttribute('aria-selected'), 'true');
    assert.match(await active.textContent(), /Kenya/);
    assert.equal(await page.locator('[role=option][aria-selected=true]').count(), 1);
    // The focus stays in the field.
    assert.equal(await page.evaluate(() => document.activeElement.id), names().searchBoxInputId);

    await page.keyboard.press('Enter');
    const section = regional('KE')[0];
    await page.waitForURL(`${app.url}en/sections/${section.id}?country=KE`);
    assert.equal(await heading(page), section.name.en);
    await assertMarked(page, 'en', 'KE');
    assert.equal(await input.inputValue(), '');
    assert.equal(await input.getAttribute('aria-expanded'), 'false');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('Escape closes the list and keeps the text; ArrowUp wraps to "all results"', async () => {
    const page = await open(browser, { viewport: DESKTOP });
    await page.goto(`${app.url}fr/`);
    await type(page, 'tur', nameOf('TR', 'fr'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await list(page).waitFor({ state: 'hidden' });
    assert.equal(await box(page).getAttribute('aria-expanded'), 'false');
    assert.equal(await box(page).getAttribute('aria-activedescendant'), null);
    assert.equal(await box(page).inputValue(), 'tur');
    assert.equal(await page.getByTestId('search-box-status').textContent(), '');
    // ArrowUp opens the list on its last option, the search page.
    await page.keyboard.press('ArrowUp');
    await list(page).waitFor({ state: 'visible' });
    const active = await activeOption(page);
    assert.equal(await active.getAttribute('data-testid'), 'search-suggestion-all');
    await page.keyboard.press('ArrowDown');
    assert.equal(await (await activeOption(page)).getAttribute('id'), await options(page).first().getAttribute('id'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${app.url}fr/search?q=tur`);
    await page.getByTestId('country-result').first().waitFor();
    // Enter with no option chosen opens the search page too.
    await type(page, 'avinyo');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${app.url}fr/search?q=avinyo`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('a click on a suggestion (anywhere in it) opens it', async () => {
    const page = await open(browser, { viewport: DESKTOP });
    await page.goto(`${app.url}en/`);
    await type(page, 'kenya', 'Kenya');
    await page.getByTestId('search-suggestion').filter({ hasText: 'Kenya' }).first().locator('.search-box__detail').click();
    await page.waitForURL(`${app.url}en/sections/${regional('KE')[0].id}?country=KE`);
    await assertMarked(page, 'en', 'KE');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('the open list passes axe, and looks right at 360 and 1280 px', async () => {
    for (const [viewport, name] of [
      [PHONE, 'search-combobox-360'],
      [DESKTOP, 'search-combobox-1280'],
    ]) {
      const page = await open(browser, { viewport });
      await page.goto(`${app.url}fr/`);
      await type(page, 'Turquie', 'Turquie');
      await page.keyboard.press('ArrowDown');
      assert.deepEqual(await axe(page, { include: '.site-header' }), []);
      // The list stays within the viewport's width.
      const rect = await list(page).boundingBox();
      assert.ok(rect.x >= 0 && rect.x + rect.width <= viewport.width + 1, JSON.stringify(rect));
      await page.screenshot({ path: `${ROOT}build/screenshots/${name}.png` });
      await page.close();
    }
  });
});

describe('countries find their sections', () => {
  const cases = [
    ['en', 'Kenya', 'KE'],
    ['fr', 'Turquie', 'TR'],
    ['es', 'Brasil', 'BR'],
    // By its name in another of the atlas's languages, shown in the page's.
    ['fr', 'Germany', 'DE'],
    ['es', 'Égypte', 'EG'],
  ];
  for (const [lang, query, code] of cases) {
    test(`${lang}: "${query}" suggests every section of ${code}, and the search page lists them`, async () => {
      const page = await open(browser, { viewport: DESKTOP });
      await page.goto(`${app.url}${lang}/`);
      await type(page, query.toLowerCase(), nameOf(code, lang));
      const texts = await page.getByTestId('search-suggestion').allTextContents();
      for (const s of sectionsOf(code)) {
        assert.ok(
          texts.some((t) => t.includes(nameOf(code, lang)) && t.includes(s.name[lang])),
          `${s.id} missing from ${JSON.stringify(texts)}`,
        );
      }
      await page.goto(`${app.url}${lang}/search?q=${encodeURIComponent(query)}`);
      const result = page.locator(`[data-testid=country-result][data-code="${code}"]`);
      await result.waitFor({ timeout: 10000 });
      const hrefs = await result.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(
        hrefs,
        sectionsOf(code).map((s) => `/${lang}/sections/${s.id}?country=${code}`),
      );
      await result.locator('a').first().click();
      await assertMarked(page, lang, code);
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }

  test('a country in two sections shows both, and each section page links to the other', async () => {
    const page = await open(browser, { viewport: DESKTOP });
    await page.goto(`${app.url}en/`);
    await type(page, 'egypt', 'Egypt');
    const [a, b] = regional('EG');
    const texts = await page.getByTestId('search-suggestion').allTextContents();
    for (const s of [a, b])
      assert.ok(
        texts.some((t) => t.includes('Egypt') && t.includes(s.name.en)),
        s.id,
      );
    // Choose the second section's suggestion.
    const index = texts.findIndex((t) => t.includes('Egypt') && t.includes(b.name.en));
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${app.url}en/sections/${b.id}?country=EG`);
    await assertMarked(page, 'en', 'EG');
    const other = page.getByTestId('marked-country').locator(`a[href="/en/sections/${a.id}?country=EG"]`);
    await other.click();
    await page.waitForURL(`${app.url}en/sections/${a.id}?country=EG`);
    await assertMarked(page, 'en', 'EG');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("after a map, search takes the map's country table instead of fetching it again", async () => {
    const page = await open(browser, { viewport: DESKTOP });
    const fetched = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.endsWith(`/${names().countriesFile}`)) fetched.push(r.url());
    });
    await page.goto(`${app.url}en/sections`);
    await page.locator('[data-testid=map][data-render-ms]').waitFor({ timeout: 15000 });
    assert.equal(fetched.length, 1, 'the map fetches the table once');
    // The suggestion names a country: search has its table.
    await type(page, 'kenya', 'Kenya');
    await page.getByTestId('search-box').press('Enter');
    await page.locator('[data-testid=country-result][data-code="KE"]').waitFor({ timeout: 10000 });
    assert.equal(fetched.length, 1, `fetched again by search: ${fetched.join(', ')}`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('a section page marks only one of its own countries', async () => {
    const page = await open(browser, { viewport: DESKTOP });
    const section = regional('KE')[0];
    for (const value of ['FR', 'ke', '%3Cimg%20src%3Dx%3E', '']) {
      await page.goto(`${app.url}en/sections/${section.id}?country=${value}`);
      await page.locator('[data-testid=map][data-render-ms]').waitFor({ timeout: 15000 });
      assert.equal(await page.getByTestId('marked-country').count(), 0, value);
      assert.equal(await page.locator('.is-marked').count(), 0, value);
    }
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});

describe('every fact is found', () => {
  for (const lang of LOCALES) {
    test(`${lang}: "avinyo" finds the World Secretariat's address on the home page`, async () => {
      const page = await open(browser, { viewport: DESKTOP });
      await page.goto(`${app.url}${lang}/search?q=avinyo`);
      const link = page.locator(`[data-testid=search-results] a[href="/${lang}/#secretariat"]`);
      await link.waitFor({ timeout: 10000 });
      assert.match(await page.getByTestId('search-results').textContent(), /Avinyó/);
      await type(page, 'Avinyó', data.organisation.secretariat.city.name[lang]);
      const texts = await page.getByTestId('search-suggestion').allTextContents();
      assert.ok(
        texts.some((t) => t.includes(data.organisation.secretariat.city.name[lang])),
        JSON.stringify(texts),
      );
      await link.click();
      await page.waitForURL(`${app.url}${lang}/#secretariat`);
      assert.match(await page.locator('#secretariat').textContent(), /Carrer Avinyó, 15/);
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }
});

describe('the search page', () => {
  test('is prerendered: without JavaScript its form sends the query and a note says why nothing is found', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    const page = await context.newPage();
    for (const lang of LOCALES) {
      await page.goto(`${app.url}${lang}/search`);
      assert.equal(await heading(page), ui[lang].search.title);
      assert.equal(await page.getByTestId('search-no-script').textContent(), ui[lang].search.no_script);
      assert.ok(await page.getByTestId('search-no-script').isVisible(), `${lang}: the note shows`);
      await page.getByTestId('search-input').fill('cooperation');
      await page.getByTestId('search-input').press('Enter');
      await page.waitForURL(`${app.url}${lang}/search?q=cooperation`);
      assert.equal(await heading(page), ui[lang].search.title, `${lang}: the same page, the query in its URL`);
    }
    await context.close();
  });

  test('before the app, the prerendered field shows the address’s query', async () => {
    const page = await open(browser, {
      app: false,
      serviceWorkers: 'block',
      allow: [/Failed to load resource/, /net::ERR_FAILED/, /WebAssembly|wasm/i],
    });
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(`${app.url}es/search?q=ciudades%20intermedias`);
    await page.waitForFunction((id) => document.getElementById(id)?.value === 'ciudades intermedias', names().searchPageInputId, {
      timeout: 5000,
    });
    assert.equal(await page.locator('#boot.prerendered').count(), 1, 'still the prerendered page');
    await page.close();
  });

  test('with JavaScript, the note is hidden and the query in the URL is searched', async () => {
    const page = await open(browser);
    await page.goto(`${app.url}fr/search?q=cooperation`);
    await page.getByTestId('search-results').locator('mark').first().waitFor({ timeout: 10000 });
    assert.equal(await page.getByTestId('search-input').inputValue(), 'cooperation');
    assert.equal(await page.getByTestId('search-no-script').isVisible(), false);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
