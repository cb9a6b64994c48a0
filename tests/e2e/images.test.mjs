// The map and the figures' charts as images (issue 28): each downloads as SVG and as PNG,
// in fr, en and es. The SVG parses, refers to nothing outside itself (no link, no address,
// no custom property, no stylesheet) and says what it is: its title, its legend and its
// source line in the page's language; the PNG is twice the SVG's size and not blank. The
// world map, a section's map with a marked country, every chart; with the keyboard (Enter,
// Space); offline; axe on the controls; none in the embeds. One map and one chart PNG, and
// the page with the controls at 360 and 1280 px, land in build/screenshots/ to be looked at.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { LOCALES, ROOT, SCREENSHOTS, axe, data, heading, open, screenshot, suite, ui } from './harness.mjs';

let browser, app;
suite((started) => ({ browser, app } = started));

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 780 };

/** A string with its `{{ name }}` placeholders filled from `values`. */
const fill = (template, values) => template.replace(/\{\{ (\w+) \}\}/g, (_, name) => values[name]);

/** The measures the page charts: those with more than one figure. */
const charted = [...new Set(data.figures.map((f) => f.measure))].filter((m) => data.figures.filter((f) => f.measure === m).length > 1);

/** A section and one of its countries, for a section page with a marked country. */
const section = data.sections.find((s) => s.kind === 'regional' && s.countries.length > 3);
const country = section.countries[0];
const countries = JSON.parse(readFileSync(`${ROOT}public/data/countries.json`, 'utf8'));
const countryName = Object.fromEntries(countries.map((c) => [c.code, c.name]));

/** The review date as the page writes it, read from the footer (which says it in a sentence). */
async function reviewed(page, lang) {
  const footer = (await page.getByTestId('footer-reviewed').textContent()).trim();
  const [before, after] = ui[lang].footer.reviewed.split('{{ date }}');
  assert.ok(footer.startsWith(before) && footer.endsWith(after), footer);
  return footer.slice(before.length, footer.length - after.length);
}

/** Presses `button` (clicked, or focused and the `key` pressed) and returns the file. */
async function download(page, button, key) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 20000 }),
    key ? button.focus().then(() => page.keyboard.press(key)) : button.click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/**
 * What the SVG says, read by the browser: it parses, has a width and a height, and its
 * text, the lines joined. Fails on anything that refers outside the file.
 */
async function readSvg(page, bytes) {
  const text = bytes.toString('utf8');
  const outside = {
    'a custom property': /var\(--/,
    'a stylesheet, script or HTML': /<link|@import|<script|<foreignObject/i,
    'a link': /\shref=|xlink:href/,
    // A paint server of the file itself is `url(#id)`, which the CSSOM quotes.
    'a paint server outside the file': /url\((?!#|&quot;#|"#|'#)/,
    'an address but the SVG namespace': /https?:\/\/(?!www\.w3\.org\/2000\/svg")/,
  };
  for (const [what, re] of Object.entries(outside)) {
    const found = text.match(re);
    assert.ok(!found, `the SVG has ${what}: …${found && text.slice(Math.max(0, found.index - 80), found.index + 80)}…`);
  }
  // Parsed in a blank page: the app's Content-Security-Policy refuses the file's style
  // attributes in any document its page makes.
  const blank = await page.context().newPage();
  const read = await blank.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    if (doc.querySelector('parsererror') || root.localName !== 'svg') return { error: root.outerHTML.slice(0, 300) };
    return {
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      viewBox: root.getAttribute('viewBox'),
      text: [...root.querySelectorAll(':scope > text, :scope > g > text')].map((t) => t.textContent).join(' '),
      styled: root.querySelectorAll('svg svg [style*="fill"]').length,
    };
  }, text);
  await blank.close();
  assert.ok(!read.error, `the SVG does not parse: ${read.error}`);
  assert.ok(read.width > 100 && read.height > 100, `size ${read.width} × ${read.height}`);
  assert.equal(read.viewBox, `0 0 ${read.width} ${read.height}`);
  assert.ok(read.styled > 0, 'the picture carries its colours');
  return read;
}

/** Checks the PNG against the SVG: twice its size, and drawn (many colours, not one). */
function checkPng(bytes, svg, what) {
  const png = PNG.sync.read(bytes);
  assert.equal(png.width, 2 * svg.width, `${what}: PNG width`);
  assert.equal(png.height, 2 * svg.height, `${what}: PNG height`);
  const colours = new Set();
  for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
  assert.ok(colours.size >= 8, `${what}: only ${colours.size} colours`);
}

/** `text` holds every one of `expected` (spaces normalised). */
function says(text, expected, what) {
  const flat = (s) => s.replace(/\s+/g, ' ').trim();
  for (const e of expected) assert.ok(flat(text).includes(flat(e)), `${what}: “${e}” missing from “${flat(text)}”`);
}

/** The map's download row, once the map is drawn. */
async function mapControls(page, path) {
  await page.goto(`${app.url}${path}`);
  await heading(page);
  await page.locator('[data-testid=map][data-render-ms]').waitFor({ timeout: 15000 });
  return page.locator('[data-testid=map] [data-testid=image-download]');
}

describe('the map as an image', () => {
  for (const lang of LOCALES) {
    test(`${lang}: the world map as SVG and PNG, with its legend and source`, async () => {
      const page = await open(browser, { viewport: DESKTOP });
      const row = await mapControls(page, `${lang}/sections`);
      const t = ui[lang];
      const svgButton = row.getByTestId('download-svg');
      assert.equal(await svgButton.getAttribute('aria-label'), t.download.map_svg);
      assert.equal(await row.getByTestId('download-png').getAttribute('aria-label'), t.download.map_png);
      const svgFile = await download(page, svgButton);
      assert.equal(svgFile.name, `uclg-atlas-map-world-${lang}.svg`);
      const svg = await readSvg(page, svgFile.bytes);
      const source = fill(t.download.map_source, { atlas: t.app.name, date: await reviewed(page, lang) });
      says(svg.text, [t.download.map_title, ...data.sections.map((s) => s.name[lang]), t.map.neutral, t.map.seat, source], lang);
      const pngFile = await download(page, row.getByTestId('download-png'));
      assert.equal(pngFile.name, `uclg-atlas-map-world-${lang}.png`);
      checkPng(pngFile.bytes, svg, `${lang} world map`);
      if (lang === 'fr') {
        mkdirSync(SCREENSHOTS, { recursive: true });
        writeFileSync(`${SCREENSHOTS}/images-map-world-fr.png`, pngFile.bytes);
      }
      assert.deepEqual(page.errors, []);
      await page.close();
    });

    test(`${lang}: a section’s map with a marked country, from the keyboard`, async () => {
      const page = await open(browser, { viewport: DESKTOP });
      const row = await mapControls(page, `${lang}/sections/${section.id}?country=${country}`);
      const t = ui[lang];
      const svgFile = await download(page, row.getByTestId('download-svg'), 'Enter');
      assert.equal(svgFile.name, `uclg-atlas-map-${section.id}-${lang}.svg`);
      const svg = await readSvg(page, svgFile.bytes);
      const title = fill(t.download.map_title_section, { section: section.name[lang] });
      const marked = fill(t.download.marked, { country: countryName[country][lang] });
      says(svg.text, [title, ...data.sections.map((s) => s.name[lang]), marked], lang);
      const pngFile = await download(page, row.getByTestId('download-png'), 'Space');
      assert.equal(pngFile.name, `uclg-atlas-map-${section.id}-${lang}.png`);
      checkPng(pngFile.bytes, svg, `${lang} ${section.id} map`);
      if (lang === 'en') writeFileSync(`${SCREENSHOTS}/images-map-${section.id}-en.png`, pngFile.bytes);
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }

  test('offline, the map still downloads; the controls pass axe; pictures of the page', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await open(browser, { viewport });
      const row = await mapControls(page, 'fr/sections');
      assert.deepEqual(await axe(page, { include: '[data-testid=image-download]' }), []);
      await page.context().setOffline(true);
      const png = await download(page, row.getByTestId('download-png'));
      const svg = await readSvg(page, (await download(page, row.getByTestId('download-svg'))).bytes);
      checkPng(png.bytes, svg, `offline at ${viewport.width} px`);
      await page.context().setOffline(false);
      await row.scrollIntoViewIfNeeded();
      await screenshot(page, `images-sections-${viewport.width}`);
      if (viewport === PHONE) writeFileSync(`${SCREENSHOTS}/images-map-world-fr-360.png`, png.bytes);
      assert.deepEqual(page.errors, []);
      await page.close();
    }
  });

  test('no download in the embedded map and figures', async () => {
    const page = await open(browser, { viewport: DESKTOP });
    await page.goto(`${app.url}embed/fr/map`);
    await page.locator('[data-testid=map][data-render-ms]').waitFor({ timeout: 15000 });
    assert.equal(await page.getByTestId('image-download').count(), 0);
    await page.goto(`${app.url}embed/fr/figures`);
    await page.getByTestId('figure-chart').first().waitFor();
    assert.equal(await page.getByTestId('image-download').count(), 0);
    await page.close();
  });
});

describe('the charts as images', () => {
  for (const lang of LOCALES) {
    test(`${lang}: every chart as SVG and PNG, with its key and sources`, async () => {
      const page = await open(browser, { viewport: DESKTOP });
      await page.goto(`${app.url}${lang}/figures`);
      await heading(page);
      const t = ui[lang];
      const date = await reviewed(page, lang);
      assert.equal(await page.locator('[data-testid=figure-chart] [data-testid=image-download]').count(), charted.length);
      for (const [i, measure] of charted.entries()) {
        const chart = page.locator(`#measure-${measure} [data-testid=figure-chart]`);
        const row = chart.getByTestId('image-download');
        const svgButton = row.getByTestId('download-svg');
        assert.equal(await svgButton.getAttribute('aria-label'), t.download.chart_svg);
        // Described by the chart's title, which the file carries.
        const title = (await page.locator(`[id="${await svgButton.getAttribute('aria-describedby')}"]`).textContent()).trim();
        const svgFile = await download(page, svgButton, i === 0 ? 'Enter' : undefined);
        assert.equal(svgFile.name, `uclg-atlas-${measure}-${lang}.svg`);
        const svg = await readSvg(page, svgFile.bytes);
        const figures = data.figures.filter((f) => f.measure === measure);
        const sources = [...new Set(figures.flatMap((f) => f.sources))].map((id) => {
          const n = data.sources.findIndex((s) => s.id === id) + 1;
          return `[${n}] ${data.sources[n - 1].title}`;
        });
        const source = fill(t.download.chart_source, { sources: '', atlas: t.app.name, date }).split(' — ')[1];
        says(
          svg.text,
          [title, t.figures.chart_exact, t.figures.chart_more_than, ...sources, t.download.chart_source.split('{{')[0], source],
          `${lang} ${measure}`,
        );
        const pngFile = await download(page, row.getByTestId('download-png'), i === 0 ? 'Space' : undefined);
        assert.equal(pngFile.name, `uclg-atlas-${measure}-${lang}.png`);
        checkPng(pngFile.bytes, svg, `${lang} ${measure}`);
        if (lang === 'fr' && i === 0) writeFileSync(`${SCREENSHOTS}/images-chart-${measure}-fr.png`, pngFile.bytes);
      }
      if (lang === 'fr') {
        assert.deepEqual(await axe(page, { include: '[data-testid=figure-chart]' }), []);
        await page.context().setOffline(true);
        const row = page.getByTestId('image-download').first();
        const svg = await readSvg(page, (await download(page, row.getByTestId('download-svg'))).bytes);
        checkPng((await download(page, row.getByTestId('download-png'))).bytes, svg, 'offline chart');
        await page.context().setOffline(false);
        for (const viewport of [PHONE, DESKTOP]) {
          await page.setViewportSize(viewport);
          await screenshot(page, `images-figures-${viewport.width}`);
        }
      }
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }
});
