// The header on phones and desktops (issue 18, part 1): the compact bar and its menu by
// keyboard and by touch, the search button, the page without JavaScript, no horizontal
// scroll at 320 px, anchors not hidden under the sticky bar, axe with the menu open.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, LOCALES, appReady, data, heading, names, open, routes, suite, ui } from './harness.mjs';

const PHONE = { width: 360, height: 780 };
let browser, app;
suite((started) => ({ browser, app } = started));

const menuButton = (page) => page.locator('.menu-button');
const menu = (page) => page.locator('#site-menu');
const expanded = async (page) => menuButton(page).getAttribute('aria-expanded');
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      menuButton: el?.classList.contains('menu-button'),
      inMenu: !!el?.closest('#site-menu'),
      text: el?.textContent.trim(),
      href: el?.getAttribute('href'),
    };
  });

/** Tab until `predicate(focused)` holds. */
async function tabTo(page, predicate, max = 20) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (predicate(await focused(page))) return;
  }
  throw new Error(`never reached by Tab: ${predicate}`);
}

describe('the compact bar on phones', () => {
  for (const lang of LOCALES) {
    test(`${lang}: one bar of 56 to 64 px at 360 px: the name, a search button and a menu button`, async () => {
      const page = await open(browser, { viewport: PHONE });
      await page.goto(`${app.url}${lang}/`);
      await heading(page);
      const bar = await page.locator('.site-header').boundingBox();
      assert.ok(bar.height >= 56 && bar.height <= 64, `bar height ${bar.height}`);
      for (const selector of ['a.brand', '.header-button--search', '.menu-button']) {
        const box = await page.locator(selector).boundingBox();
        assert.ok(
          box && box.y >= bar.y && box.y + box.height <= bar.y + bar.height && box.x + box.width <= PHONE.width,
          `${selector} in the bar`,
        );
      }
      assert.equal((await page.locator('a.brand').textContent()).trim(), ui[lang].app.name);
      assert.equal((await menuButton(page).textContent()).trim(), ui[lang].nav.menu);
      assert.equal(await page.locator('.header-button--search').getAttribute('aria-label'), ui[lang].search.label);
      // Closed, the menu and the search field take no room.
      assert.equal(await menu(page).isVisible(), false);
      assert.equal(await page.getByTestId('search-box').isVisible(), false);
      // The bar stays at the top while reading.
      await page.mouse.wheel(0, 1500);
      await page.waitForFunction(() => scrollY > 1000);
      assert.equal(Math.round((await page.locator('.site-header').boundingBox()).y), 0);
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }

  test('the menu by keyboard: opens, keeps the focus, closes with Escape, and on navigation', async () => {
    const page = await open(browser, { viewport: PHONE });
    await page.goto(`${app.url}en/`);
    await heading(page);
    await tabTo(page, (f) => f.menuButton);
    assert.equal(await expanded(page), 'false');
    assert.equal(await menuButton(page).getAttribute('aria-controls'), 'site-menu');
    await page.keyboard.press('Enter');
    assert.equal(await expanded(page), 'true');
    assert.ok(await menu(page).isVisible());
    // The navigation (the current page marked), the languages and the theme are inside.
    const nav = menu(page).locator('nav.site-nav a');
    assert.deepEqual(
      (await nav.allTextContents()).map((t) => t.trim()),
      [
        'home',
        'vision',
        'governance',
        'objectives',
        'sections',
        'initiatives',
        'commissions',
        'networks',
        'figures',
        'timeline',
        'sources',
      ].map((k) => ui.en.nav[k]),
    );
    assert.equal((await menu(page).locator('a[aria-current="page"]').textContent()).trim(), ui.en.nav.home);
    assert.ok(await menu(page).getByTestId('lang-es').isVisible());
    assert.ok(await menu(page).getByTestId('theme-toggle').isVisible());
    // Tab goes round the button and the panel, never out of them; Shift+Tab too.
    const controls = await menu(page).evaluate((m) => m.querySelectorAll('a[href], button').length);
    for (let i = 0; i < controls + 3; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      assert.ok(f.menuButton || f.inMenu, `Tab ${i} left the menu: ${JSON.stringify(f)}`);
    }
    await tabTo(page, (f) => f.menuButton);
    await page.keyboard.press('Shift+Tab');
    assert.ok((await focused(page)).inMenu, 'Shift+Tab from the button goes to the panel’s last control');
    // Escape closes it and gives the focus back to the button.
    await page.keyboard.press('Escape');
    assert.equal(await expanded(page), 'false');
    assert.equal(await menu(page).isVisible(), false);
    assert.ok((await focused(page)).menuButton);
    // Space opens it again; a link in it navigates and closes it.
    await page.keyboard.press(' ');
    assert.equal(await expanded(page), 'true');
    await tabTo(page, (f) => f.href?.endsWith('/en/timeline'));
    await page.keyboard.press('Enter');
    assert.equal(await heading(page), ui.en.timeline.title);
    assert.equal(await expanded(page), 'false');
    assert.equal(await menu(page).isVisible(), false);
    assert.equal((await page.locator('.site-nav a[aria-current="page"]').textContent()).trim(), ui.en.nav.timeline);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('the menu by touch: opening moves nothing, a language and the theme work from it, a tap outside closes it', async () => {
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, colorScheme: 'light' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${app.url}fr/sections`);
    await appReady(page);
    await heading(page);
    const before = await page.locator('main h1').boundingBox();
    await menuButton(page).tap();
    assert.equal(await expanded(page), 'true');
    assert.deepEqual(await page.locator('main h1').boundingBox(), before, 'the page did not move');
    // The theme toggle in the menu.
    await menu(page).getByTestId('theme-toggle').tap();
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    // A tap outside the panel closes it.
    const panel = await menu(page).boundingBox();
    await page.touchscreen.tap(PHONE.width / 2, Math.min(panel.y + panel.height + 20, PHONE.height - 5));
    assert.equal(await expanded(page), 'false');
    // A language from the menu: the same page in Spanish, the menu closed.
    await menuButton(page).tap();
    await menu(page).getByTestId('lang-es').tap();
    await page.waitForURL(`${app.url}es/sections`);
    assert.equal(await heading(page), ui.es.sections.title);
    assert.equal(await expanded(page), 'false');
    // And a page from the menu.
    await menuButton(page).tap();
    await menu(page).locator('a', { hasText: ui.es.nav.figures }).tap();
    await page.waitForURL(`${app.url}es/figures`);
    assert.equal(await heading(page), ui.es.figures.title);
    assert.equal(await menu(page).isVisible(), false);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the search button opens the field in place, which works by keyboard; Escape closes it', async () => {
    const page = await open(browser, { viewport: PHONE });
    await page.goto(`${app.url}fr/vision`);
    await heading(page);
    const button = page.locator('.header-button--search');
    await button.click();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    await page.waitForFunction((id) => document.activeElement?.id === id, names().searchBoxInputId);
    assert.ok(await page.getByTestId('search-box').isVisible());
    await page.keyboard.press('Escape');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.getByTestId('search-box').isVisible(), false);
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains('header-button--search')), true);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.activeElement?.id === id, names().searchBoxInputId);
    await page.keyboard.type('paix');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/fr\/search\?q=paix$/);
    assert.equal(await heading(page), ui.fr.search.title);
    assert.equal(await button.getAttribute('aria-expanded'), 'false', 'closed on navigation');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('anchors are not hidden under the sticky bar', async () => {
    const page = await open(browser, { viewport: PHONE });
    const event = [...data.timeline].sort((a, b) => a.date.localeCompare(b.date))[10];
    await page.goto(`${app.url}en/timeline#${event.id}`);
    await heading(page);
    const target = page.locator(`[id="${event.id}"]`);
    await page.waitForFunction((id) => Math.abs(document.getElementById(id).getBoundingClientRect().top) < 200, event.id);
    const bar = await page.locator('.site-header').boundingBox();
    const box = await target.boundingBox();
    assert.ok(box.y >= bar.y + bar.height, `the event (${box.y}) starts below the bar (${bar.y + bar.height})`);
    await page.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`axe, ${colorScheme}: zero violations with the menu open, in every locale`, async () => {
      const page = await open(browser, { viewport: PHONE, colorScheme });
      for (const lang of LOCALES) {
        await page.goto(`${app.url}${lang}/objectives`);
        await heading(page);
        await menuButton(page).click();
        assert.equal(await expanded(page), 'true');
        const problems = await axe(page);
        assert.deepEqual(problems, [], `/${lang}/objectives, menu open`);
      }
      await page.close();
    });
  }
});

test('without JavaScript, the prerendered page’s menu leads to every page and its search button to the search page', async () => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${app.url}en/sections`);
  assert.equal(await page.locator('.menu-button').isVisible(), false, 'the button needs the app');
  const link = page.locator('a.menu-link');
  assert.ok(await link.isVisible());
  const bar = await page.locator('.site-header').boundingBox();
  assert.ok(bar.height >= 56 && bar.height <= 64, `bar height ${bar.height}`);
  await link.click();
  await page.waitForURL(`${app.url}en/sections#site-map`);
  const map = page.locator('#site-map');
  assert.ok(await map.isVisible());
  const hrefs = await map.locator('a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
  assert.deepEqual(
    hrefs,
    ['', 'vision', 'governance', 'objectives', 'sections', 'initiatives', 'commissions', 'networks', 'figures', 'timeline', 'sources'].map(
      (r) => `/en/${r}`,
    ),
  );
  await map.locator('a', { hasText: ui.en.nav.timeline }).click();
  await page.waitForURL(`${app.url}en/timeline`);
  assert.equal((await page.locator('main h1').textContent()).trim(), ui.en.timeline.title);
  // No button that only the app answers; the search button is a link to the search page.
  assert.equal(await page.getByTestId('share').isVisible(), false, 'no share button');
  assert.equal(await page.locator('.header-button--search').isVisible(), false, 'the button needs the app');
  await page.locator('a.search-link').click();
  await page.waitForURL(`${app.url}en/search`);
  assert.equal((await page.locator('main h1').textContent()).trim(), ui.en.search.title);
  assert.ok(await page.getByTestId('search-no-script').isVisible());
  assert.equal(await page.getByTestId('search-status').isVisible(), false, 'only the note says why');
  await context.close();
});

test('desktop: one header with the navigation row, the search box and the tools; no menu button', async () => {
  const page = await open(browser, { viewport: { width: 1280, height: 800 } });
  await page.goto(`${app.url}en/`);
  await heading(page);
  assert.equal(await page.locator('.menu-button').isVisible(), false);
  assert.equal(await page.locator('.header-button--search').isVisible(), false);
  assert.ok(await page.getByTestId('search-box').isVisible());
  assert.ok(await page.getByTestId('theme-toggle').isVisible());
  assert.ok(await page.getByTestId('lang-fr').isVisible());
  const header = await page.locator('.site-header').boundingBox();
  assert.ok(header.height < 160, `header height ${header.height}`);
  // Every navigation link on one visible row, none cut off.
  const links = await page.locator('header nav.site-nav a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON()));
  assert.equal(links.length, 11);
  assert.ok(
    links.every((r) => r.right <= 1280 && r.width > 0 && r.top === links[0].top),
    'one row',
  );
  await page.locator('header nav a[href$="/en/sections"]').click();
  assert.equal(await heading(page), ui.en.sections.title);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('no horizontal scroll on any page at 320 px, in every locale', async () => {
  const page = await open(browser, { viewport: { width: 320, height: 700 } });
  for (const lang of LOCALES) {
    for (const [route] of routes(lang)) {
      await page.goto(`${app.url}${lang}/${route}`);
      await heading(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `/${lang}/${route} scrolls sideways by ${overflow} px`);
    }
  }
  // With the menu open too.
  await page.locator('.menu-button').click();
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
  await page.close();
});
