// The figures chart: for each measure published by more than one source, one mark per
// figure at its year and value, each a focusable link to its source with its value
// announced; localised numbers; in the prerendered page; themed for dark mode and print;
// inside the figures embed, sized by its height messages.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startPartner } from './partner.mjs';
import { axe, DIST, LOCALES, data, heading, open, poll, suite, ui } from './harness.mjs';

let browser, nginx;
suite((started) => ({ browser, app: nginx } = started));

/** The measures the chart shows: those with figures from more than one source. */
const charted = [...new Set(data.figures.map((f) => f.measure))]
  .map((m) => data.figures.filter((f) => f.measure === m))
  .filter((figures) => figures.length > 1);

/** A number as the app writes it in `lang` (model::format::number). */
function number(n, lang) {
  const digits = String(n);
  const [sep, min] = { fr: ['\u202F', 4], en: [',', 4], es: ['.', 5] }[lang];
  return digits.length < min ? digits : digits.replace(/\B(?=(\d{3})+$)/g, sep);
}
const value = (f, lang) =>
  f.qualifier === 'more-than'
    ? `${number(f.value, lang)}+`
    : f.qualifier === 'up-to'
      ? `≤${number(f.value, lang)}`
      : f.out_of
        ? `${number(f.value, lang)}/${number(f.out_of, lang)}`
        : number(f.value, lang);

/** Each mark of the page: its figure, name, href, label and centre. */
const marks = (page) =>
  page.$$eval('[data-testid=figure-chart] a.chart__link', (links) =>
    links.map((a) => {
      const box = a.querySelector('.chart__mark').getBBox();
      return {
        figure: a.dataset.figure,
        name: a.getAttribute('aria-label'),
        href: a.getAttribute('href'),
        label: a.querySelector('.chart__label').textContent,
        x: box.x + box.width / 2,
        y: box.y + box.height / 2,
        chart: a.closest('svg').getAttribute('aria-labelledby'),
      };
    }),
  );

describe('figures chart', () => {
  assert.ok(charted.length >= 3, 'the dataset has measures published by several sources');

  for (const lang of LOCALES) {
    test(`${lang}: one chart per measure, one mark per figure, at its year and value`, async () => {
      const page = await open(browser, { viewport: { width: 1280, height: 900 } });
      await page.goto(`${nginx.url}${lang}/figures`);
      await heading(page);
      const charts = page.getByTestId('figure-chart');
      assert.equal(await charts.count(), charted.length);
      // A title and a description, referenced by the SVG.
      for (const svg of await page.locator('[data-testid=figure-chart] svg.chart__svg').all()) {
        for (const attr of ['aria-labelledby', 'aria-describedby']) {
          const id = await svg.getAttribute(attr);
          assert.ok((await page.locator(`[id="${id}"]`).textContent()).trim().length > 10, `${attr} ${id}`);
        }
      }
      assert.equal(await page.locator('[data-testid=figure-chart] desc').first().textContent(), ui[lang].figures.chart_desc);
      const all = await marks(page);
      assert.equal(all.length, charted.flat().length);
      for (const figures of charted) {
        const own = all.filter((m) => figures.some((f) => f.id === m.figure));
        assert.equal(own.length, figures.length, figures[0].measure);
        assert.equal(new Set(own.map((m) => m.chart)).size, 1, 'one chart per measure');
        for (const m of own) {
          const f = figures.find((g) => g.id === m.figure);
          const n = data.sources.findIndex((s) => s.id === f.sources[0]) + 1;
          assert.ok(m.label.startsWith(`[${n}]`), `${f.id}: label ${m.label}`);
          assert.ok(m.href.endsWith(`/${lang}/sources#source-${f.sources[0]}`), m.href);
          assert.ok(m.name.startsWith(value(f, lang)) && m.name.includes(String(f.year)), `${f.id}: ${m.name}`);
        }
        // Later years further right, higher values further up.
        for (const a of own) {
          for (const b of own) {
            const [fa, fb] = [a, b].map((m) => figures.find((f) => f.id === m.figure));
            if (fa.year < fb.year) assert.ok(a.x < b.x, `${fa.id} left of ${fb.id}`);
            if (fa.value > fb.value) assert.ok(a.y < b.y, `${fa.id} above ${fb.id}`);
            // Same year: side by side, never on top of each other.
            if (fa.id !== fb.id && fa.year === fb.year) assert.ok(Math.abs(a.x - b.x) >= 20, `${fa.id} beside ${fb.id}`);
          }
        }
      }
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }

  test('marks are reached by keyboard and lead to their source', async () => {
    const page = await open(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${nginx.url}en/figures`);
    await heading(page);
    const first = page.locator('[data-testid=figure-chart] a.chart__link').first();
    const id = await first.getAttribute('data-figure');
    const figure = data.figures.find((f) => f.id === id);
    // Tab from the element before the first chart's marks.
    await first.evaluate((a) => a.closest('figure').previousElementSibling?.setAttribute('tabindex', '-1'));
    await first.evaluate((a) => a.closest('figure').previousElementSibling?.focus());
    for (let i = 0; i < 40 && !(await first.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
    assert.ok(await first.evaluate((a) => a === document.activeElement), 'the first mark takes the focus');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/en/sources#source-${figure.sources[0]}$`));
    assert.equal(await heading(page), ui.en.sources.title);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('the prerendered page has the charts, for readers without JavaScript', () => {
    const html = readFileSync(`${DIST}/fr/figures.html`, 'utf8');
    assert.equal(html.match(/data-testid="?figure-chart/g)?.length, charted.length);
    assert.equal(html.match(/class="?chart__link/g)?.length, charted.flat().length);
  });

  test('dark mode and print: marks take the theme’s colours; axe finds nothing', async () => {
    const fills = {};
    for (const colorScheme of ['light', 'dark']) {
      const page = await open(browser, { viewport: { width: 360, height: 780 }, colorScheme });
      await page.goto(`${nginx.url}es/figures`);
      await heading(page);
      const mark = page.locator('.chart__mark').first();
      fills[colorScheme] = await mark.evaluate((m) => getComputedStyle(m).fill);
      const brand = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand').trim());
      assert.equal(
        fills[colorScheme],
        await page.evaluate((c) => {
          const probe = document.createElement('i');
          probe.style.color = c;
          document.body.append(probe);
          const rgb = getComputedStyle(probe).color;
          probe.remove();
          return rgb;
        }, brand),
      );
      // The chart fits a phone's width.
      const box = await page.locator('[data-testid=figure-chart]').first().boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= 360, JSON.stringify(box));
      assert.deepEqual(await axe(page, { include: '.measures' }), []);
      if (colorScheme === 'light') {
        await page.emulateMedia({ media: 'print' });
        assert.equal(await mark.evaluate((m) => getComputedStyle(m).fill), 'rgb(0, 0, 0)');
      }
      await page.close();
    }
    assert.notEqual(fills.light, fills.dark);
  });

  test('inside the figures embed on a partner page, sized by its height messages', async () => {
    const partner = await startPartner();
    try {
      const url = partner.page(
        '/figures.html',
        `<h1>UCLG in figures</h1>
        <div data-uclg-atlas="figures" data-lang="fr"></div>
        <script src="${nginx.url}embed.js" async></script>`,
      );
      const page = await open(browser, { viewport: { width: 800, height: 6000 } });
      await page.goto(url);
      const frame = page.frameLocator('iframe[data-uclg-atlas-frame]');
      await frame.getByTestId('figure-chart').first().waitFor({ timeout: 15000 });
      assert.equal(await frame.getByTestId('figure-chart').count(), charted.length);
      const iframe = page.locator('iframe[data-uclg-atlas-frame]');
      const inner = await (await iframe.elementHandle()).contentFrame();
      await poll(
        async () => {
          const outer = (await iframe.boundingBox()).height;
          const content = await inner.evaluate(() => Math.ceil(document.querySelector('.embed').getBoundingClientRect().bottom + scrollY));
          const lastChart = await inner.evaluate(
            () => [...document.querySelectorAll('[data-testid=figure-chart]')].pop().getBoundingClientRect().bottom,
          );
          return Math.abs(outer - content) <= 1 && lastChart <= outer;
        },
        { timeout: 10000, interval: 50, message: 'the frame is as tall as its content, charts included' },
      );
      assert.deepEqual(page.errors, []);
      await page.close();
    } finally {
      await partner.close();
    }
  });
});
