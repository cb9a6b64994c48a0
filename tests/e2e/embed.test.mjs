// Embedding in partner sites: a partner page on another origin embeds views through
// embed.js and through a plain iframe; the frames render, follow their content's height,
// ignore forged messages, never take the partner page's focus or scroll; the embed routes'
// options are validated; the embed dialog's copied code works when pasted into a page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FRAME_TITLES } from '../../scripts/postbuild/embed.mjs';
import { axe, LOCALES, data, heading, open, poll, screenshot, suite, ui } from './harness.mjs';

let browser, atlas, partner;
suite((started) => ({ browser, app: atlas, partner } = started), { partner: true });

const objective = data.objectives[0];
const section = data.sections[0];
const script = () => `<script src="${atlas.url}embed.js" async></script>`;

/** The rendered height of an iframe element, in CSS px. */
const frameHeight = (page, selector) => page.$eval(selector, (f) => f.getBoundingClientRect().height);
/** The height of the content inside a frame (what the frame should be sized to). */
const contentHeight = (frame) => frame.evaluate(() => Math.ceil(document.querySelector('.embed').getBoundingClientRect().bottom + scrollY));

async function waitForHeight(page, selector, frame) {
  let last;
  return poll(
    async () => {
      const [outer, inner] = [await frameHeight(page, selector), await contentHeight(frame)];
      last = `${outer} ≠ ${inner}`;
      return Math.abs(outer - inner) <= 1 && outer;
    },
    { timeout: 10000, interval: 50, message: () => `${selector}: the frame's height never matched its content (${last})` },
  );
}

/**
 * A viewport as tall as the page, so that every frame is on screen; then, rather than a
 * sleep, each managed frame sized to its content again and each frame's view painted (an
 * animation frame runs inside it, which a frame off screen never gets).
 */
async function showAll(page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: page.viewportSize().width, height: Math.min(height, 6000) });
  for (const handle of await page.$$('iframe[data-uclg-atlas-frame]')) {
    const id = await handle.getAttribute('data-uclg-atlas-frame');
    await waitForHeight(page, `iframe[data-uclg-atlas-frame="${id}"]`, await handle.contentFrame());
  }
  for (const handle of await page.$$('iframe')) {
    const frame = await handle.contentFrame();
    await frame.waitForSelector('main h1', { timeout: 15000 });
    await frame.evaluate(() =>
      Promise.race([
        new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))),
        new Promise((_, fail) => setTimeout(() => fail(new Error('the frame was not painted within 5 s')), 5000)),
      ]),
    );
  }
}

describe('embed.js on a partner page', () => {
  test('turns placeholders into sized, titled iframes of the views, in their language and theme', async () => {
    const url = partner.page(
      '/city.html',
      `
      <h1>Our city in UCLG</h1>
      <input id="search" aria-label="Search the partner site">
      <div class="box" id="map-box"><div data-uclg-atlas="map" data-lang="fr"></div></div>
      <div class="box" id="objective-box"><div data-uclg-atlas="objective" data-id="${objective.id}" data-lang="en" data-theme="dark"></div></div>
      <div data-uclg-atlas="objective" data-id="&quot;><img src=x onerror=pwned()>" data-lang="xx"></div>
      <div data-uclg-atlas="nope"></div>
      ${script()}`,
    );
    const page = await open(browser, { viewport: { width: 1100, height: 900 } });
    await page.exposeFunction('pwned', () => page.errors.push('pwned'));
    await page.goto(url);
    await page.focus('#search');
    const frames = page.locator('iframe[data-uclg-atlas-frame]');
    await frames.first().waitFor();
    assert.equal(await frames.count(), 2, 'one frame per valid placeholder');
    const map = page.locator('#map-box iframe');
    const obj = page.locator('#objective-box iframe');
    assert.equal(await map.getAttribute('title'), 'Carte des sections régionales de CGLU');
    assert.equal(await map.getAttribute('loading'), 'lazy');
    assert.equal(await map.getAttribute('referrerpolicy'), 'strict-origin-when-cross-origin');
    const src = new URL(await obj.getAttribute('src'));
    assert.equal(src.origin, new URL(atlas.url).origin);
    assert.equal(src.pathname, `/embed/en/objectives/${objective.id}`);
    assert.equal(src.searchParams.get('theme'), 'dark');

    const objFrame = page.frameLocator('#objective-box iframe');
    assert.equal((await objFrame.locator('main h1').textContent({ timeout: 15000 })).trim(), objective.name.en);
    const mapFrame = page.frameLocator('#map-box iframe');
    assert.equal((await mapFrame.locator('main h1').textContent({ timeout: 15000 })).trim(), ui.fr.embed.map_title);
    await mapFrame.getByTestId('map').waitFor({ timeout: 15000 });
    const inner = await (await obj.elementHandle()).contentFrame();
    assert.equal(await inner.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await inner.evaluate(() => document.documentElement.dataset.theme), 'dark');
    // No chrome: no site header, navigation or footer; a link to the view in the atlas.
    assert.equal(await objFrame.locator('.site-header, .site-nav, .site-footer').count(), 0);
    const link = objFrame.getByTestId('open-in-atlas');
    assert.equal(await link.getAttribute('href'), `/en/objectives/${objective.id}`);
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await link.getAttribute('rel'), 'noopener');
    assert.equal(await mapFrame.getByTestId('open-in-atlas').getAttribute('href'), '/fr/sections');

    // Sized to their content.
    const mapHeight = await waitForHeight(page, '#map-box iframe', await (await map.elementHandle()).contentFrame());
    const objHeight = await waitForHeight(page, '#objective-box iframe', inner);
    assert.ok(mapHeight > 300 && objHeight > 600, `${mapHeight} / ${objHeight}`);
    // The partner page kept its focus and its scroll position.
    assert.equal(await page.evaluate(() => document.activeElement.id), 'search');
    assert.equal(await page.evaluate(() => scrollY), 0);
    assert.deepEqual(page.errors, []);
    await showAll(page);
    await screenshot(page, 'embed-partner-script');
    await page.close();
  });

  test('the height follows the content: resizing the frame, opening the map’s table', async () => {
    const url = partner.page(
      '/resize.html',
      `
      <div class="box" id="objective-box"><div data-uclg-atlas="objective" data-id="${objective.id}" data-lang="fr"></div></div>
      <div class="box" id="map-box"><div data-uclg-atlas="map" data-lang="es"></div></div>
      ${script()}`,
    );
    const page = await open(browser, { viewport: { width: 1100, height: 900 } });
    await page.goto(url);
    const obj = await (await page.waitForSelector('#objective-box iframe')).contentFrame();
    await obj.waitForSelector('main h1');
    const wide = await waitForHeight(page, '#objective-box iframe', obj);
    await page.$eval('#objective-box', (el) => {
      el.style.width = '360px';
    });
    await page.waitForFunction((h) => document.querySelector('#objective-box iframe').getBoundingClientRect().height > h + 200, wide);
    const narrow = await waitForHeight(page, '#objective-box iframe', obj);
    assert.ok(narrow > wide, `${narrow} > ${wide}`);

    // Off-screen frames are not rendered (nor measured) by the browser: bring it into view.
    await page.$eval('#map-box', (el) => el.scrollIntoView());
    const map = await (await page.waitForSelector('#map-box iframe')).contentFrame();
    await map.waitForSelector('[data-testid=table-toggle]', { timeout: 15000 });
    const closed = await waitForHeight(page, '#map-box iframe', map);
    await map.click('[data-testid=table-toggle]');
    await page.waitForFunction((h) => document.querySelector('#map-box iframe').getBoundingClientRect().height > h + 100, closed);
    const opened = await waitForHeight(page, '#map-box iframe', map);
    assert.ok(opened > closed, `${opened} > ${closed}`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('forged height messages are ignored: from the page itself, another frame, another atlas frame', async () => {
    const url = partner.page(
      '/forged.html',
      `
      <div class="box" id="objective-box"><div data-uclg-atlas="objective" data-id="${objective.id}" data-lang="fr"></div></div>
      <iframe id="other" title="another widget" srcdoc="<p>widget</p>"></iframe>
      <iframe id="plain" title="plain atlas frame" src="${atlas.url}embed/fr/figures" width="600" height="300"></iframe>
      ${script()}`,
    );
    const page = await open(browser, { viewport: { width: 1100, height: 900 } });
    await page.goto(url);
    const obj = await (await page.waitForSelector('#objective-box iframe')).contentFrame();
    await obj.waitForSelector('main h1');
    const before = await waitForHeight(page, '#objective-box iframe', obj);
    // Every height the two frames take from now on.
    await page.evaluate(() => {
      window.heights = [];
      const observer = new ResizeObserver((entries) => {
        for (const e of entries) heights.push(`${e.target.id || 'managed'}:${e.contentRect.height}`);
      });
      for (const f of document.querySelectorAll('#objective-box iframe, #plain')) observer.observe(f);
    });
    const forged = { type: 'uclg-atlas:height', height: 7, id: 'uclg-atlas-1' };
    // From the partner page itself (its own origin).
    await page.evaluate((m) => window.postMessage(m, '*'), forged);
    // From another frame on the page (the partner's origin).
    await (await (await page.$('#other')).contentFrame()).evaluate((m) => parent.postMessage(m, '*'), forged);
    // From a frame of the atlas's origin that embed.js does not manage.
    // Below the managed frame, once that has grown to its content: Chromium paints no
    // offscreen frame of another origin, and the app shows itself in a painted frame.
    const plainFrame = await page.$('#plain');
    await plainFrame.scrollIntoViewIfNeeded();
    const plain = await plainFrame.contentFrame();
    await plain.waitForSelector('main h1');
    await plain.evaluate((m) => parent.postMessage(m, '*'), forged);
    // Then a genuine message from the managed frame, sent last: once its height is applied,
    // the forged ones, sent before it, have been handled too. No sleep stands in for that.
    await obj.evaluate(() => parent.postMessage({ type: 'uclg-atlas:height', height: 123 }, '*'));
    await page.waitForFunction(() => document.querySelector('#objective-box iframe').getBoundingClientRect().height === 123);
    const seen = await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => ok(window.heights))));
    assert.deepEqual(
      seen.filter((h) => h.endsWith(':7')),
      [],
      `no frame took a forged height (${seen.join(', ')}; before: ${before})`,
    );
    // The plain iframe keeps the height the partner gave it.
    assert.equal(await page.$eval('#plain', (f) => f.clientHeight), 300);
    await page.close();
  });
});

describe('embed.js and the locale files', () => {
  test('its languages are those of locales/, each frame titled from its locale (an unknown one is English)', async () => {
    const views = [
      ['map', null],
      ['section', section.id],
      ['objective', objective.id],
      ['figures', null],
      ['initiatives', null],
    ];
    const placeholders = [...LOCALES, 'xx'].flatMap((lang) =>
      views.map(([view, id]) => `<div data-uclg-atlas="${view}"${id ? ` data-id="${id}"` : ''} data-lang="${lang}"></div>`),
    );
    const page = await open(browser);
    await page.goto(partner.page('/languages.html', `${placeholders.join('\n')}\n${script()}`));
    const frames = page.locator('iframe[data-uclg-atlas-frame]');
    await frames.first().waitFor();
    const seen = await frames.evaluateAll((all) => all.map((f) => ({ path: new URL(f.src).pathname, title: f.title })));
    assert.equal(seen.length, placeholders.length);
    for (const [i, lang] of [...LOCALES, 'en'].entries()) {
      const own = seen.slice(i * views.length, (i + 1) * views.length);
      for (const { path } of own) assert.ok(path.startsWith(`/embed/${lang}/`), `${path} in ${lang}`);
      assert.deepEqual(
        own.map((f) => f.title),
        views.map(([view]) => ui[lang].embed[FRAME_TITLES[view]]),
        lang,
      );
    }
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});

describe('the plain iframe and the embed routes', () => {
  test('a plain iframe snippet works without any script, at its fixed height', async () => {
    const url = partner.page(
      '/plain.html',
      `
      <iframe id="plain" src="${atlas.url}embed/es/sections/${section.id}" title="UCLG" width="100%" height="640" style="border:0"></iframe>`,
    );
    const page = await open(browser);
    await page.goto(url);
    const frame = page.frameLocator('#plain');
    assert.equal((await frame.locator('main h1').textContent({ timeout: 15000 })).trim(), section.name.es);
    assert.equal(await frameHeight(page, '#plain'), 640);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('options are validated, unknown ones ignored; unknown locale or id is a 404 without chrome', async () => {
    const page = await open(browser, { colorScheme: 'light' });
    for (const [query, theme] of [
      ['?theme=dark', 'dark'],
      ['?theme=light', 'light'],
      ['?theme=auto', null],
      ['?theme=DARK&zzoption=zzvalue', null],
      ['?theme=%3Cimg%3E', null],
    ]) {
      await page.goto(`${atlas.url}embed/fr/figures${query}`);
      assert.equal(await heading(page), ui.fr.figures.title);
      assert.equal(await page.getAttribute('html', 'data-theme'), theme, query);
      assert.equal(await page.getAttribute('html', 'lang'), 'fr');
      // (Not just 'zz': the integrity hashes in the head are base64, which may hold it.)
      const content = await page.content();
      assert.ok(!content.includes('zzoption') && !content.includes('zzvalue'), `${query} reflected`);
    }
    for (const [path, lang] of [
      ['embed/xx/map', 'en'],
      [`embed/fr/objectives/nope`, 'fr'],
      ['embed/es/nothing/here', 'es'],
      ['embed/en/sections/atlantis', 'en'],
    ]) {
      await page.goto(`${atlas.url}${path}`);
      assert.equal(await heading(page), ui[lang].not_found.title, path);
      assert.equal(await page.locator('.site-header').count(), 0, path);
      await page.getByTestId('embed').waitFor();
    }
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('embedded views pass axe in light and dark', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const page = await open(browser, { colorScheme });
      for (const route of ['map', `objectives/${objective.id}`, `sections/${section.id}`, 'figures', 'initiatives']) {
        await page.goto(`${atlas.url}embed/en/${route}`);
        await heading(page);
        const problems = await axe(page);
        assert.deepEqual(problems, [], `${colorScheme} ${route}`);
      }
      await page.close();
    }
  });

  test('links inside an embed open the atlas in a new tab, not in the frame', async () => {
    const url = partner.page(
      '/links.html',
      `<iframe id="plain" src="${atlas.url}embed/en/objectives/${objective.id}" title="UCLG" width="100%" height="800"></iframe>`,
    );
    const page = await open(browser);
    await page.goto(url);
    const frame = page.frameLocator('#plain');
    await frame.locator('main h1').waitFor({ timeout: 15000 });
    const [tab] = await Promise.all([page.context().waitForEvent('page'), frame.locator('main a.cite').first().click()]);
    await tab.waitForURL(/\/en\/sources#source-/);
    assert.equal((await frame.locator('main h1').textContent()).trim(), objective.name.en, 'the frame stayed on its view');
    await page.close();
  });
});

describe('the embed dialog', () => {
  test('opens with a live preview and options, traps and returns focus, copies code that works when pasted', async () => {
    const page = await open(browser, { viewport: { width: 1200, height: 1000 } });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(atlas.url).origin });
    await page.goto(`${atlas.url}fr/objectives/${objective.id}`);
    await heading(page);
    const button = page.getByTestId('embed-button');
    assert.equal((await button.textContent()).trim(), ui.fr.embed.button);
    await button.click();
    const dialog = page.getByTestId('embed-dialog');
    await dialog.waitFor();
    assert.equal(await dialog.evaluate((d) => d.open && d.matches(':modal')), true);
    assert.equal((await dialog.locator('h2').textContent()).trim(), ui.fr.embed.dialog_title);
    // Focus stays inside the modal dialog.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      assert.ok(await page.evaluate(() => !!document.activeElement.closest('dialog')), `Tab ${i} left the dialog`);
    }
    await page.getByTestId('embed-theme-dark').check();
    const preview = page.frameLocator('[data-testid=embed-preview]');
    await preview.locator('main h1').waitFor({ timeout: 15000 });
    assert.match(
      await page.getByTestId('embed-preview').getAttribute('src'),
      new RegExp(`/embed/fr/objectives/${objective.id}\\?theme=dark$`),
    );
    const scriptCode = await page.getByTestId('embed-code-script').inputValue();
    assert.equal(
      scriptCode,
      `<div data-uclg-atlas="objective" data-id="${objective.id}" data-lang="fr" data-theme="dark"></div>\n<script src="${atlas.url}embed.js" async></script>`,
    );
    await page.getByTestId('embed-code-script-copy').click();
    await dialog.getByText(ui.fr.embed.copied).first().waitFor();
    const copiedScript = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copiedScript, scriptCode);
    await page.getByTestId('embed-code-iframe-copy').click();
    const copiedIframe = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copiedIframe, /^<iframe src="[^"]+\/embed\/fr\/objectives\/[^"]+\?theme=dark" title="[^"]+" width="100%" height="640"/);
    await screenshot(page, 'embed-dialog');
    // Escape closes it and gives the focus back to the button.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-testid=embed-dialog]').open);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'embed-button');
    // The dialog's `close` event (a task after `open` turns false) unloads the preview.
    await page.getByTestId('embed-preview').waitFor({ state: 'detached', timeout: 2000 });
    assert.deepEqual(page.errors, []);
    await page.close();

    // The copied codes, pasted into a partner's page.
    const pasted = await open(browser, { viewport: { width: 1000, height: 900 } });
    await pasted.goto(partner.page('/pasted.html', `<h1>Pasted</h1>\n${copiedScript}\n<hr>\n${copiedIframe}`));
    const frames = pasted.locator('iframe');
    await pasted.waitForFunction(() => document.querySelectorAll('iframe').length === 2);
    for (let i = 0; i < 2; i++) {
      const frame = await (await frames.nth(i).elementHandle()).contentFrame();
      await frame.waitForSelector('main h1', { timeout: 15000 });
      assert.equal((await frame.textContent('main h1')).trim(), objective.name.fr);
      assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), 'dark');
    }
    const sized = await (await pasted.$('iframe[data-uclg-atlas-frame]')).contentFrame();
    await waitForHeight(pasted, 'iframe[data-uclg-atlas-frame]', sized);
    await showAll(pasted);
    await screenshot(pasted, 'embed-partner-pasted');
    assert.deepEqual(pasted.errors, []);
    await pasted.close();
  });

  test('every embeddable view has the button; the partners’ guide is linked from the footer', async () => {
    const page = await open(browser);
    for (const route of ['sections', `sections/${section.id}`, `objectives/${objective.id}`, 'figures', 'initiatives']) {
      await page.goto(`${atlas.url}es/${route}`);
      await heading(page);
      assert.equal(await page.getByTestId('embed-button').count(), 1, route);
    }
    await page.goto(`${atlas.url}en/vision`);
    await heading(page);
    assert.equal(await page.getByTestId('embed-button').count(), 0);
    await page.locator('.site-footer a', { hasText: ui.en.footer.embed }).click();
    assert.equal(await heading(page), ui.en.embed.docs_title);
    assert.match(await page.getByTestId('guide-script').textContent(), new RegExp(`<script src="${atlas.url}embed.js" async></script>`));
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
