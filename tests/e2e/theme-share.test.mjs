// Dark mode that agrees with itself (issue 18, part 5), with the system in light and in
// dark mode; and the share button (part 4): the Web Share API where the browser has it
// (stubbed here), copying elsewhere, and a failed copy said to the visitor.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { heading, open, suite, ui } from './harness.mjs';

let browser, app;
suite((started) => ({ browser, app } = started));

/** The header's and the page's background colours, and what the toggle says. */
const look = (page) =>
  page.evaluate(() => ({
    header: getComputedStyle(document.querySelector('.site-header')).backgroundColor,
    body: getComputedStyle(document.body).backgroundColor,
    pressed: document.querySelector('[data-testid=theme-toggle]').getAttribute('aria-pressed'),
    theme: document.documentElement.dataset.theme ?? null,
  }));
/** The header's background in each theme (style/main.css): the brand's blue in light,
 * a dark bar in dark mode, never the light brand colour over a dark page. */
const HEADER = { light: 'rgb(13, 79, 108)', dark: 'rgb(11, 35, 48)' };
/** Whether an `rgb(…)` colour is dark (relative luminance under 0.2). */
function dark(rgb) {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)
    .slice(0, 3)
    .map((c) => {
      const v = Number(c) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2;
}

describe('the theme follows the system until the visitor chooses', () => {
  for (const [system, other] of [
    ['light', 'dark'],
    ['dark', 'light'],
  ]) {
    for (const width of [360, 1280]) {
      test(`system ${system}, ${width} px: header and page agree, the switch says so, a choice sticks`, async () => {
        const page = await open(browser, { colorScheme: system, viewport: { width, height: 800 } });
        await page.goto(`${app.url}en/sections/africa`);
        await heading(page);
        let now = await look(page);
        assert.equal(now.theme, null, 'no choice yet');
        assert.equal(now.pressed, String(system === 'dark'));
        assert.equal(dark(now.body), system === 'dark', `page ${now.body}`);
        assert.equal(now.header, HEADER[system]);
        // The system changes: the page and the switch follow.
        await page.emulateMedia({ colorScheme: other });
        await page.waitForFunction(
          (p) => document.querySelector('[data-testid=theme-toggle]').getAttribute('aria-pressed') === p,
          String(other === 'dark'),
        );
        now = await look(page);
        assert.equal(dark(now.body), other === 'dark');
        assert.equal(now.header, HEADER[other]);
        await page.emulateMedia({ colorScheme: system });
        await page.waitForFunction(
          (p) => document.querySelector('[data-testid=theme-toggle]').getAttribute('aria-pressed') === p,
          String(system === 'dark'),
        );
        // The visitor chooses the other theme (from the menu on phones).
        if (width < 1000) await page.locator('.menu-button').click();
        const toggle = page.getByTestId('theme-toggle');
        assert.equal((await toggle.textContent()).trim(), ui.en.page.theme_dark);
        await toggle.click();
        now = await look(page);
        assert.equal(now.theme, other);
        assert.equal(now.pressed, String(other === 'dark'));
        assert.equal(dark(now.body), other === 'dark');
        assert.equal(now.header, HEADER[other]);
        // The choice holds when the system changes, and on the next visit.
        await page.emulateMedia({ colorScheme: other === 'dark' ? 'light' : 'dark' });
        assert.equal((await look(page)).pressed, String(other === 'dark'));
        await page.reload();
        await heading(page);
        now = await look(page);
        assert.equal(now.theme, other);
        assert.equal(now.pressed, String(other === 'dark'));
        assert.equal(now.header, HEADER[other]);
        assert.deepEqual(page.errors, []);
        await page.close();
      });
    }
  }

  test('the switch shows the page’s theme before the app runs (prerendered page, system dark)', async () => {
    const page = await open(browser, { colorScheme: 'dark', app: false, serviceWorkers: 'block' });
    await page.route('**/*.wasm', () => {});
    await page.goto(`${app.url}en/`, { waitUntil: 'domcontentloaded' });
    const knob = (p) => p.evaluate(() => getComputedStyle(document.querySelector('.theme-toggle__switch'), '::after').transform);
    assert.notEqual(await knob(page), 'none', 'the knob is on the dark side');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.theme-toggle__switch'), '::after').transform === 'none');
    await page.close();
  });
});

describe('share', () => {
  const status = (page) => page.locator('.share:has([data-testid=share]) .share__status');

  test('without the Web Share API, the link is copied and the visitor told', async () => {
    const page = await open(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
    await page.goto(`${app.url}en/objectives/representation`);
    await heading(page);
    assert.equal(await page.evaluate(() => 'share' in navigator), false, 'this Chromium has no navigator.share');
    const button = page.getByTestId('share');
    assert.equal((await button.textContent()).trim(), ui.en.page.share);
    await button.click();
    await status(page).getByText(ui.en.page.link_copied).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
    assert.equal(await page.getByTestId('share-address').count(), 0);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('a failed copy tells the visitor and shows the address to copy by hand', async () => {
    const page = await open(browser);
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await page.goto(`${app.url}fr/sections/africa`);
    await heading(page);
    await page.getByTestId('share').click();
    await status(page).getByText(ui.fr.page.copy_failed).waitFor();
    assert.equal(await page.getByTestId('share-address').inputValue(), page.url());
    assert.equal(await status(page).getByText(ui.fr.page.link_copied).count(), 0);
    await page.close();
  });

  test('with the Web Share API, the system share sheet gets the page’s title and address', async () => {
    const page = await open(browser);
    await page.addInitScript(() => {
      window.shared = [];
      window.copied = [];
      navigator.share = (data) => {
        window.shared.push({ ...data });
        return Promise.resolve();
      };
      navigator.clipboard.writeText = (text) => {
        window.copied.push(text);
        return Promise.resolve();
      };
    });
    await page.goto(`${app.url}es/figures`);
    await heading(page);
    await page.getByTestId('share').click();
    await page.waitForFunction(() => window.shared.length === 1);
    assert.deepEqual(await page.evaluate(() => window.shared[0]), { title: await page.title(), url: page.url() });
    assert.deepEqual(await page.evaluate(() => window.copied), [], 'nothing copied');
    assert.equal((await status(page).textContent()).trim(), '');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('a share sheet closed by the visitor is no failure; a refused share falls back to copying', async () => {
    const page = await open(browser);
    await page.addInitScript(() => {
      window.refuse = 'AbortError';
      window.copied = [];
      navigator.share = () => Promise.reject(new DOMException('no', window.refuse));
      navigator.clipboard.writeText = (text) => {
        window.copied.push(text);
        return Promise.resolve();
      };
    });
    await page.goto(`${app.url}en/timeline`);
    await heading(page);
    await page.getByTestId('share').click();
    // A genuine share afterwards shows that the first one has been handled.
    await page.evaluate(() => {
      window.refuse = 'NotAllowedError';
    });
    await page.getByTestId('share').click();
    await status(page).getByText(ui.en.page.link_copied).waitFor();
    assert.deepEqual(await page.evaluate(() => window.copied), [page.url()], 'copied once, after the refusal only');
    await page.close();
  });
});
