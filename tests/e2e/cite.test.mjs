// "Cite this" (src/components/cite_button.rs, crates/atlas-model/src/citation.rs): every
// page and every figure gives its citation in the page's language and as BibTeX, RIS and
// CSL-JSON, read back here by real parsers (citation-js); the formats come from the `cite`
// chunk, loaded when a dialog first opens; the Sources page describes its open data as a
// schema.org `Dataset`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { DIST, LOCALES, axe, data, heading, open, screenshot, suite, ui } from './harness.mjs';

let browser, app;
suite((started) => ({ browser, app } = started));

/** The build's origin (scripts/test builds with --site-url): canonical and cited addresses. */
const ORIGIN = 'https://atlas.example.org';

/** Today as CSL's date parts, as the browser (same machine, same zone) sees it. */
function today() {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()];
}
const reviewed = data.reviewed.split('-').map(Number);

/** Text with its no-break spaces as plain ones (citation-js reads them so). */
const spaces = (text) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Parses a format with citation-js into CSL items (it throws on what it cannot read). */
function parse(text, format) {
  const forceType = { bibtex: '@biblatex/text', ris: '@ris/file', 'csl-json': '@csl/list+object' }[format];
  return new Cite(format === 'csl-json' ? JSON.parse(text) : text, { forceType }).data;
}

/** Opens the cite dialog of `opener` with the keyboard, and waits for its formats. */
async function openDialog(page, opener) {
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog[open][data-testid=cite-dialog]');
  await dialog.waitFor();
  await dialog.getByTestId('cite-reference').waitFor();
  return dialog;
}

/** The chosen format's text in `dialog`. */
async function reference(dialog, format) {
  await dialog.getByTestId(`cite-format-${format}`).check();
  const box = dialog.getByTestId('cite-reference');
  await box
    .page()
    .waitForFunction((f) => document.querySelector('dialog[open] [data-testid=cite-reference]')?.dataset.format === f, format);
  return box.inputValue();
}

describe('a page’s citation', () => {
  for (const lang of LOCALES) {
    test(`${lang}: the vision page, as text and in three formats that parse, and downloads`, async () => {
      const page = await open(browser, { acceptDownloads: true });
      const chunks = [];
      page.on('request', (r) => /split_cite-/.test(r.url()) && chunks.push(r.url()));
      await page.goto(`${app.url}${lang}/vision`);
      const title = await heading(page);
      assert.deepEqual(chunks, [], 'the cite chunk is not loaded before a dialog opens');
      const opener = page.locator('main [data-testid=cite-button]').first();
      assert.equal((await opener.textContent()).trim(), ui[lang].cite.button);
      const dialog = await openDialog(page, opener);
      assert.equal(chunks.length, 1, 'opening the dialog loads the cite chunk');
      assert.equal((await dialog.locator('h2').textContent()).trim(), ui[lang].cite.title_page);
      const url = `${ORIGIN}/${lang}/vision`;
      const text = (await dialog.getByTestId('cite-text').textContent()).trim();
      for (const part of [title, ui[lang].app.name, url, String(reviewed[0])]) {
        assert.ok(text.includes(part), `the citation names ${part}: ${text}`);
      }
      // The template's own words, around what it interpolates, are the locale's.
      for (const word of ui[lang].cite.page_text.split(/\{\{ \w+ \}\}/).filter((w) => w.trim().length > 2)) {
        assert.ok(text.includes(word.trim()), `“${word.trim()}” in ${text}`);
      }

      for (const format of ['bibtex', 'ris', 'csl-json']) {
        const items = parse(await reference(dialog, format), format);
        assert.equal(items.length, 1, `${format}: one entry for a page`);
        const [item] = items;
        assert.equal(item.title, title, format);
        assert.equal(item.URL, url, format);
        assert.equal(item.type, 'webpage', format);
        assert.deepEqual(item.issued['date-parts'][0], reviewed, `${format}: issued is the dataset's review`);
        if (format !== 'ris') assert.deepEqual(item.accessed['date-parts'][0], today(), `${format}: accessed today`);
        assert.equal(item.id ?? item['citation-key'], `uclg-atlas-${lang}-vision`, format);
      }
      // RIS says when it was read with Zotero's and EndNote's tag.
      const ris = await reference(dialog, 'ris');
      assert.match(
        ris,
        new RegExp(
          `^Y2  - ${today()
            .map((n) => String(n).padStart(2, '0'))
            .join('/')}$`,
          'm',
        ),
      );

      // Each format downloads as a file named after the entry.
      for (const [format, extension] of [
        ['bibtex', 'bib'],
        ['ris', 'ris'],
        ['csl-json', 'json'],
      ]) {
        const shown = await reference(dialog, format);
        const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('cite-download').click()]);
        assert.equal(download.suggestedFilename(), `uclg-atlas-${lang}-vision.${extension}`);
        const file = readFileSync(await download.path(), 'utf8');
        // A text area shows line ends as \n; an RIS file ends its lines with \r\n, as its
        // specification says.
        if (format === 'ris') assert.ok(file.includes('ER  - \r\n'), 'RIS lines end with CRLF');
        assert.equal(file.replaceAll('\r\n', '\n'), shown, `${format}: the file is what the dialog shows`);
      }

      assert.deepEqual(await axe(page, { include: 'dialog[open]' }), [], 'axe, the open dialog');
      if (lang === 'fr') await screenshot(page, 'cite-dialog-fr');
      // Escape closes it and gives the focus back to its button.
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'));
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'cite-button');
      await page.close();
    });
  }

  test('the address cited is the page’s, query included, at each depth', async () => {
    const page = await open(browser);
    for (const path of ['en/objectives/representation', 'es/sections/africa', 'fr/search?q=eau']) {
      await page.goto(`${app.url}${path}`);
      await heading(page);
      const dialog = await openDialog(page, page.locator('main [data-testid=cite-button]').first());
      const [item] = parse(await reference(dialog, 'csl-json'), 'csl-json');
      assert.equal(item.URL, `${ORIGIN}/${path}`);
      assert.equal(item.id, `uclg-atlas-${path.split('?')[0].replaceAll('/', '-')}`);
      await page.keyboard.press('Escape');
    }
    await page.close();
  });
});

describe('a figure’s citation', () => {
  const figure = data.figures.find((f) => f.sources.length > 0);
  const sources = figure.sources.map((id) => data.sources.find((s) => s.id === id));

  for (const lang of LOCALES) {
    test(`${lang}: names the figure’s sources and the atlas, each an entry of its own`, async () => {
      const page = await open(browser);
      await page.goto(`${app.url}${lang}/figures`);
      await heading(page);
      const card = page.locator(`main li.figure-card[id="${figure.id}"]`).first();
      const opener = card.getByTestId('cite-button');
      // The button says which figure it cites.
      assert.equal(await opener.getAttribute('aria-label'), ui[lang].cite.button_figure.replace('{{ label }}', figure.label[lang]));
      const dialog = await openDialog(page, opener);
      assert.equal((await dialog.locator('h2').textContent()).trim(), ui[lang].cite.title_figure);
      const text = (await dialog.getByTestId('cite-text').textContent()).trim();
      const url = `${ORIGIN}/${lang}/figures#${figure.id}`;
      for (const part of [figure.label[lang], ui[lang].app.name, url, ...sources.flatMap((s) => [s.title, s.publisher])]) {
        assert.ok(text.includes(part), `the citation names ${part}: ${text}`);
      }
      for (const format of ['bibtex', 'ris', 'csl-json']) {
        const items = parse(await reference(dialog, format), format);
        assert.equal(items.length, 1 + sources.length, `${format}: the figure, then its sources`);
        assert.equal(items[0].title, figure.label[lang], format);
        assert.equal(items[0].URL, url, format);
        for (const source of sources) {
          assert.ok(spaces(items[0].note).includes(spaces(source.title)), `${format}: the figure's note names ${source.title}`);
          const entry = items.find((i) => spaces(i.title) === spaces(source.title));
          assert.ok(entry, `${format}: an entry for ${source.title}`);
          assert.equal(entry.issued['date-parts'][0][0], source.year, format);
          if (source.url) assert.equal(entry.URL, source.url, format);
        }
      }
      assert.deepEqual(await axe(page, { include: 'dialog[open]' }), [], 'axe, the open dialog');
      if (lang === 'en') {
        await page.setViewportSize({ width: 360, height: 800 });
        await screenshot(page, 'cite-figure-en-360');
      }
      await page.close();
    });
  }
});

describe('the open data as a schema.org Dataset', () => {
  for (const lang of LOCALES) {
    test(`${lang}: the Sources page's JSON-LD describes the downloads, each served`, async () => {
      const html = readFileSync(`${DIST}/${lang}/sources.html`, 'utf8');
      const blocks = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]));
      const dataset = blocks.find((b) => b['@type'] === 'Dataset');
      assert.ok(dataset, `a Dataset among ${blocks.map((b) => b['@type'])}`);
      assert.equal(dataset['@context'], 'https://schema.org');
      assert.equal(dataset.dateModified, data.reviewed);
      assert.equal(dataset.inLanguage, lang);
      assert.equal(dataset.url, `${ORIGIN}/${lang}/sources#data`);
      assert.match(dataset.license, /^https:\/\/spdx\.org\/licenses\/MIT/);
      assert.equal(dataset.creator.name, ui[lang].app.name);
      assert.ok(dataset.name.includes(ui[lang].sources.data_title) && dataset.description === ui[lang].sources.data_lead);
      assert.equal(dataset.distribution.length, 5);
      for (const download of dataset.distribution) {
        assert.equal(download['@type'], 'DataDownload');
        assert.ok(download.contentUrl.startsWith(`${ORIGIN}/data/`), download.contentUrl);
        const served = await fetch(`${app.url}${download.contentUrl.slice(ORIGIN.length + 1)}`);
        assert.equal(served.status, 200, download.contentUrl);
        assert.ok(served.headers.get('content-type').startsWith(download.encodingFormat.split('/')[0]), download.encodingFormat);
      }
    });
  }
});
