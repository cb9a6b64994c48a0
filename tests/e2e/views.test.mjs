// Every view in every locale: real content in the right language, no console error,
// 404 for unknown ids, search, accessibility (axe) in light and dark, keyboard use.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, HEADINGS, LOCALES, data, focusedHeading, heading, open, readRoutes, routes, screenshot, suite, ui } from './harness.mjs';

let browser, app;
suite((started) => ({ browser, app } = started));

/** The pages the build prerenders, by the app's own list (`paths::Route::all`). */
const PRERENDERED = new Set(
  readRoutes()
    .filter(([, kind]) => kind === 'prerendered')
    .map(([path]) => path),
);

describe('every route in every locale', () => {
  test("the app's pages (paths::Route::all) are one per kind, and one per record of the dataset", () => {
    const app = readRoutes();
    const of = (kind) => app.filter(([, , page]) => page === kind).map(([path]) => path);
    // Each kind of page the tests know a heading for, and no other.
    assert.deepEqual(new Set(app.map(([, , page]) => page)), new Set(Object.keys(HEADINGS)));
    // A record's page for each record, in the dataset's order; every other kind once.
    const records = {
      Objective: data.objectives.map((o) => `objectives/${o.id}`),
      Section: data.sections.map((s) => `sections/${s.id}`),
      Initiative: data.pact.initiatives.map((i) => `initiatives/${i.id}`),
    };
    for (const kind of Object.keys(HEADINGS)) {
      if (Object.hasOwn(records, kind)) assert.deepEqual(of(kind), records[kind], kind);
      else assert.equal(of(kind).length, 1, kind);
    }
    assert.deepEqual(of('Home'), ['']);
    assert.equal(new Set(app.map(([path]) => path)).size, app.length, 'no page twice');
    assert.ok(PRERENDERED.size > 20 && PRERENDERED.has('search') && !PRERENDERED.has('embed'), [...PRERENDERED].join(' '));
  });

  for (const lang of LOCALES) {
    test(`${lang}: every route renders its own heading, lang and title, without console errors`, async () => {
      const page = await open(browser, { viewport: { width: 360, height: 800 } });
      for (const [route, expected] of routes(lang)) {
        await page.goto(`${app.url}${lang}/${route}`);
        const h1 = await heading(page);
        assert.ok(
          h1.startsWith(expected),
          `/${lang}/${route}: heading ${JSON.stringify(h1)} should start with ${JSON.stringify(expected)}`,
        );
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        assert.ok((await page.title()).includes(ui[lang].app.name), `/${lang}/${route}: title`);
        assert.equal(await page.getByTestId('not-found').count(), 0, `/${lang}/${route} is not a 404`);
        const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
        assert.equal(new URL(canonical).pathname, `/${lang}/${route}`.replace(/\?.*/, ''));
        assert.equal(await page.locator('link[rel=alternate][hreflang]').count(), 4);
        assert.ok(await page.locator('meta[property="og:title"]').count());
        // The page the server sends is the app's own rendering of it (prerendered at build
        // time, the search page without a query), except for the embed guide, whose code has
        // the deployment's address (scripts/prerender.mjs).
        const prerendered = await page.evaluate(async () => {
          const html = await (await fetch(location.href)).text();
          return new DOMParser().parseFromString(html, 'text/html').querySelector('#boot > main')?.textContent ?? null;
        });
        if (!PRERENDERED.has(route)) assert.equal(prerendered, null, `/${lang}/${route} is not prerendered`);
        else assert.equal(prerendered, await page.locator('main').textContent(), `/${lang}/${route}: prerendered content`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `/${lang}/${route}: ${overflow}px of horizontal overflow at 360 px`);
      }
      assert.deepEqual(page.errors, []);
      await page.close();
    });

    test(`${lang}: unknown ids are 404s`, async () => {
      const page = await open(browser);
      for (const route of ['objectives/nope', 'sections/atlantis', 'initiatives/nope', 'objectives/representation/extra']) {
        await page.goto(`${app.url}${lang}/${route}`);
        assert.equal(await heading(page), ui[lang].not_found.title, route);
      }
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }

  test('content is in the page’s language, with its sources cited', async () => {
    const page = await open(browser);
    const o = data.objectives[0];
    for (const lang of LOCALES) {
      await page.goto(`${app.url}${lang}/objectives/${o.id}`);
      await heading(page);
      const text = await page.locator('main').textContent();
      assert.ok(text.includes(o.strategies[0].actions[0].text[lang]), `${lang} action text`);
      assert.ok(text.includes(o.functions[0][lang]), `${lang} function`);
      const cite = page.locator('main a.cite').first();
      assert.match(await cite.getAttribute('href'), new RegExp(`^/${lang}/sources#source-`));
    }
    await page.close();
  });

  test('dates and numbers follow each language’s conventions', async () => {
    const page = await open(browser);
    const founded = { fr: 'mai 2004', en: 'May 2004', es: 'mayo de 2004' };
    const big = { fr: '240\u202f000', en: '240,000', es: '240.000' };
    assert.equal(data.organisation.founded.date, '2004-05', 'the dataset still says so');
    assert.ok(
      data.figures.some((f) => f.value === 240000),
      'the dataset still has that figure',
    );
    for (const lang of LOCALES) {
      await page.goto(`${app.url}${lang}/`);
      await heading(page);
      assert.ok((await page.locator('main .facts').textContent()).includes(founded[lang]), `${lang} date`);
      await page.goto(`${app.url}${lang}/figures`);
      await heading(page);
      const values = await page.locator('main .figure-card__value').allTextContents();
      assert.ok(
        values.some((v) => v.startsWith(big[lang])),
        `${lang}: ${values.join(' | ')}`,
      );
    }
    await page.close();
  });

  test('a path without locale redirects into the browser language', async () => {
    const page = await open(browser, { locale: 'es-ES' });
    await page.goto(`${app.url}vision`);
    await page.waitForURL(`${app.url}es/vision`);
    assert.equal(await heading(page), ui.es.vision.title);
    await page.close();
  });

  test('the language switch keeps the page and the query', async () => {
    const page = await open(browser);
    await page.goto(`${app.url}fr/objectives/intelligence`);
    await heading(page);
    await page.getByTestId('lang-en').click();
    await page.waitForURL(`${app.url}en/objectives/intelligence`);
    assert.equal(await heading(page), data.objectives.find((o) => o.id === 'intelligence').name.en);
    await page.goto(`${app.url}fr/search?q=paix`);
    await heading(page);
    await page.getByTestId('lang-es').click();
    await page.waitForURL(`${app.url}es/search?q=paix`);
    await page.close();
  });

  test('back and forward move through visited views', async () => {
    const page = await open(browser);
    await page.goto(`${app.url}en/`);
    await heading(page);
    await page.locator('.site-nav a', { hasText: ui.en.nav.vision }).click();
    assert.equal(await heading(page), ui.en.vision.title);
    await page.locator('.site-nav a', { hasText: ui.en.nav.timeline }).click();
    assert.equal(await heading(page), ui.en.timeline.title);
    await page.goBack();
    assert.equal(await heading(page), ui.en.vision.title);
    await page.goForward();
    assert.equal(await focusedHeading(page), ui.en.timeline.title);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});

describe('search', () => {
  const search = async (page, lang, q) => {
    await page.goto(`${app.url}${lang}/search?q=${encodeURIComponent(q)}`);
    await heading(page);
    return page.getByTestId('search-results');
  };

  test('accent- and case-insensitive: “cooperation” finds “coopération”', async () => {
    const page = await open(browser);
    const results = await search(page, 'fr', 'COOPERATION');
    const marks = await results.locator('mark').allTextContents();
    assert.ok(marks.length > 0);
    assert.ok(
      marks.some((m) => m.toLowerCase() === 'coopération'),
      marks.slice(0, 5).join(','),
    );
    await page.close();
  });

  test('multi-word queries need every word, results are grouped and deep-linked', async () => {
    const page = await open(browser);
    const results = await search(page, 'en', 'lobbying private');
    const links = results.locator('a.result__title');
    assert.equal(await links.count(), 1);
    const href = await links.first().getAttribute('href');
    assert.match(href, /^\/en\/objectives\/representation#representation-s3-a\d+$/);
    await links.first().click();
    await page.waitForURL(new RegExp(`${href.replace(/[.#]/g, '\\$&')}$`));
    const anchor = href.split('#')[1];
    await page.waitForFunction((id) => document.activeElement?.id === id, anchor);
    await page.close();
  });

  test('typing updates the results and the URL', async () => {
    const page = await open(browser);
    await search(page, 'es', '');
    assert.equal((await page.getByTestId('search-status').textContent()).trim(), ui.es.search.empty);
    await page.getByTestId('search-input').fill('habitat');
    await page.waitForURL(/\/es\/search\?q=habitat$/);
    assert.ok(await page.getByTestId('search-results').locator('mark').count());
    await page.close();
  });

  test('no results says so', async () => {
    const page = await open(browser);
    await search(page, 'en', 'zzzqqqxxx');
    assert.equal((await page.getByTestId('search-status').textContent()).trim(), ui.en.search.no_results);
    assert.equal(await page.getByTestId('search-results').locator('li').count(), 0);
    await page.close();
  });

  test('a query full of HTML and script renders as plain text', async () => {
    const page = await open(browser);
    await page.exposeFunction('pwned', () => {
      throw new Error('script ran');
    });
    const q = '<img src=x onerror="window.pwned()"><script>window.pwned()</script>"\'>';
    await search(page, 'fr', q);
    assert.equal(await page.getByTestId('search-input').inputValue(), q);
    assert.equal(await page.locator('main img, main script').count(), 0);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('the header search box opens the search page', async () => {
    const page = await open(browser);
    await page.goto(`${app.url}fr/vision`);
    await heading(page);
    await page.getByTestId('search-box').fill('paix');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/fr\/search\?q=paix$/);
    // The search page's chunk may still be on its way: the heading waits for the page.
    await heading(page);
    await page.getByTestId('search-results').locator('mark').first().waitFor();
    await page.close();
  });
});

describe('accessibility (axe, WCAG 2.2 A/AA)', () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const lang of LOCALES) {
      test(`${lang}, ${colorScheme}: zero violations on every route`, async () => {
        const page = await open(browser, { colorScheme });
        const seen = new Set();
        for (const [route] of routes(lang)) {
          // One record per detail route is enough for axe: they share their template.
          const template = route.replace(/\/[^/]+$/, '/:id');
          if (route.includes('/') && seen.has(template)) continue;
          seen.add(template);
          await page.goto(`${app.url}${lang}/${route}`);
          await heading(page);
          const problems = await axe(page);
          assert.deepEqual(problems, [], `/${lang}/${route}`);
        }
        await page.close();
      });
    }
  }
});

test('the theme toggle switches to dark and persists', async () => {
  const page = await open(browser, { colorScheme: 'light' });
  await page.goto(`${app.url}en/`);
  await heading(page);
  await page.getByTestId('theme-toggle').click();
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await page.getByTestId('theme-toggle').getAttribute('aria-pressed'), 'true');
  await page.reload();
  await heading(page);
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  await page.close();
});

test('keyboard only: from home to an action of an objective and back', async () => {
  const page = await open(browser);
  await page.goto(`${app.url}en/`);
  await heading(page);
  const tabTo = async (predicate, arg, max = 80) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(predicate, arg)) return;
    }
    throw new Error(`never reached by Tab: ${predicate} (${arg})`);
  };
  // The skip link comes first and leads to the content.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await tabTo(() => document.activeElement.getAttribute('href')?.endsWith('/en/objectives'));
  await page.keyboard.press('Enter');
  assert.equal(await focusedHeading(page), ui.en.objectives.title);
  const objective = data.objectives[1];
  await tabTo((id) => document.activeElement.getAttribute('href')?.endsWith(`/objectives/${id}`), objective.id);
  await page.keyboard.press('Enter');
  assert.equal(await focusedHeading(page), objective.name.en);
  const action = objective.strategies[0].actions[0];
  // Search for the action from the header and open it, keyboard only.
  await page.getByTestId('search-box').focus();
  await page.keyboard.type(action.text.en.split(' ').slice(0, 4).join(' '));
  await page.keyboard.press('Enter');
  await page.waitForURL(/search/);
  await tabTo(() => document.activeElement.classList.contains('result__title'));
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === id, action.id);
  await page.goBack();
  await page.waitForURL(/search/);
  await page.goBack();
  assert.equal(await heading(page), objective.name.en);
  await page.close();
});

test('every view fits 360 px and 1280 px (screenshots)', async () => {
  for (const [name, width] of [
    ['mobile', 360],
    ['desktop', 1280],
  ]) {
    const page = await open(browser, { viewport: { width, height: 900 } });
    for (const [route] of routes('fr').filter(([r]) => !r.includes('/') || r.endsWith('/representation') || r.endsWith('/africa'))) {
      await page.goto(`${app.url}fr/${route}`);
      await heading(page);
      await screenshot(page, `view-${route.replace(/\//g, '-') || 'home'}-${name}`);
    }
    await page.close();
  }
});
