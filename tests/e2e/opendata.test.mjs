// The open data downloads (scripts/postbuild/opendata.mjs) behind the shipped nginx: each
// CSV parsed (RFC 4180, CRLF, UTF-8 with a BOM) and compared with the dataset, the sizes the
// Sources page shows, the links to it, the precache. ATLAS_DIST and ATLAS_DIST_SUB as in
// harness.mjs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { DIST, DIST_SUB, LOCALES, ROOT, data, names, open, startNginx, suite, ui } from './harness.mjs';

const countries = JSON.parse(readFileSync(`${ROOT}public/data/countries.json`, 'utf8'));
const CSVS = ['figures.csv', 'sections-countries.csv', 'sources.csv'];
/** Each download, as the Sources page lists it: path below data/, format (the app's list,
 * model::names::OpenDataFile, which opendata.mjs writes). */
const downloads = (lang) => names().openData[lang].map(({ path, format }) => [path, format]);

/**
 * A strict RFC 4180 reader: records end with CRLF (the last one too), fields are quoted
 * when they hold a comma, quote or line break, quotes inside are doubled. Throws on
 * anything else (a bare LF or CR, a stray quote).
 */
function parseCsv(text) {
  const rows = [];
  let row = [],
    i = 0;
  while (i < text.length) {
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else value += text[i++];
      }
    } else {
      while (i < text.length && !/[,\r\n]/.test(text[i])) {
        if (text[i] === '"') throw new Error(`quote in an unquoted field at ${i}`);
        value += text[i++];
      }
    }
    row.push(value);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.slice(i, i + 2) !== '\r\n') throw new Error(`record not ended by CRLF at ${i}: ${JSON.stringify(text.slice(i, i + 10))}`);
    i += 2;
    rows.push(row);
    row = [];
  }
  return rows;
}

/** `format::size` (crates/atlas-model/src/format.rs), as the page shows it. */
function size(bytes, lang) {
  const [units, decimal] = { fr: [['o', 'ko', 'Mo'], ','], en: [['B', 'kB', 'MB'], '.'], es: [['B', 'kB', 'MB'], ','] }[lang];
  if (bytes < 1000) return `${bytes}\u00a0${units[0]}`;
  const [thousandths, unit] = bytes < 999_500 ? [bytes, units[1]] : [Math.floor(bytes / 1000), units[2]];
  const tenths = Math.floor((thousandths + 50) / 100);
  return tenths < 1000
    ? `${Math.floor(tenths / 10)}${decimal}${tenths % 10}\u00a0${unit}`
    : `${Math.floor((thousandths + 500) / 1000)}\u00a0${unit}`;
}

let browser, nginx;
suite((started) => ({ browser, app: nginx } = started));

/** The CSV of `lang` as served: [header, ...rows], after checking the encoding. */
async function table(lang, file) {
  const response = await fetch(`${nginx.url}data/${lang}/${file}`);
  assert.equal(response.status, 200, file);
  assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8', file);
  const bytes = Buffer.from(await response.arrayBuffer());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${lang}/${file}: UTF-8 byte order mark`);
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3));
  const rows = parseCsv(text);
  assert.ok(
    rows.every((r) => r.length === rows[0].length),
    `${lang}/${file}: every record has the header's fields`,
  );
  return rows;
}
const records = ([header, ...rows]) => rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));

describe('open data files', () => {
  for (const lang of LOCALES) {
    test(`${lang}: figures.csv is the dataset's figures`, async () => {
      const rows = await table(lang, 'figures.csv');
      assert.deepEqual(rows[0], [
        'id',
        'subject',
        'measure',
        'qualifier',
        'value',
        'out_of',
        'unit',
        'year',
        'source_ids',
        'label',
        'note',
      ]);
      const figures = records(rows);
      assert.equal(figures.length, data.figures.length);
      for (const [i, f] of data.figures.entries()) {
        assert.deepEqual(
          figures[i],
          {
            id: f.id,
            subject: f.subject,
            measure: f.measure,
            qualifier: f.qualifier,
            value: String(f.value),
            out_of: f.out_of === null ? '' : String(f.out_of),
            unit: f.unit[lang],
            year: String(f.year),
            source_ids: f.sources.join(' '),
            label: f.label[lang],
            note: f.note?.[lang] ?? '',
          },
          f.id,
        );
      }
      assert.ok(
        data.figures.some((f) => f.note),
        'a figure with a note is checked',
      );
      for (const f of data.figures.filter((f) => f.note)) {
        assert.ok(figures.find((r) => r.id === f.id).note.length > 0, f.id);
      }
    });

    test(`${lang}: sections-countries.csv has one row per section and country`, async () => {
      const rows = records(await table(lang, 'sections-countries.csv'));
      assert.equal(
        rows.length,
        data.sections.reduce((n, s) => n + s.countries.length, 0),
      );
      const name = new Map(countries.map((c) => [c.code, c.name[lang]]));
      for (const s of data.sections) {
        const mine = rows.filter((r) => r.section_id === s.id);
        assert.deepEqual(
          mine.map((r) => r.iso_code),
          s.countries,
          s.id,
        );
        for (const r of mine) {
          assert.equal(r.section_name, s.name[lang]);
          assert.equal(r.seat_city, s.seat.name[lang]);
          assert.equal(r.country_name, name.get(r.iso_code), r.iso_code);
          assert.equal(r.editorial, String((s.editorial_countries ?? []).includes(r.iso_code)), `${s.id} ${r.iso_code}`);
        }
      }
      // Türkiye is in two regional sections: shared, in both rows; Kenya in one.
      const regional = data.sections.filter((s) => s.kind === 'regional');
      const turkey = rows.filter((r) => r.iso_code === 'TR' && r.section_kind === 'regional');
      assert.equal(turkey.length, 2);
      const inBoth = regional
        .filter((s) => s.countries.includes('TR'))
        .map((s) => s.id)
        .join(' ');
      assert.deepEqual(
        turkey.map((r) => [r.shared, r.regional_sections]),
        [
          ['true', inBoth],
          ['true', inBoth],
        ],
      );
      const kenya = rows.filter((r) => r.iso_code === 'KE');
      assert.ok(kenya.length >= 1 && kenya.every((r) => r.shared === 'false'), 'KE');
      const shared = new Set(rows.filter((r) => r.shared === 'true').map((r) => r.iso_code));
      const expected = new Set(regional.flatMap((s) => s.countries).filter((c, _, all) => all.indexOf(c) !== all.lastIndexOf(c)));
      assert.deepEqual([...shared].sort(), [...expected].sort());
    });

    test(`${lang}: sources.csv is the dataset's sources, quotes and commas intact`, async () => {
      const rows = records(await table(lang, 'sources.csv'));
      assert.equal(rows.length, data.sources.length);
      for (const [i, s] of data.sources.entries()) {
        assert.deepEqual(
          rows[i],
          {
            id: s.id,
            title: s.title,
            publisher: s.publisher,
            year: String(s.year),
            year_inferred: String(!!s.year_inferred),
            year_note: s.year_note?.[lang] ?? '',
            language: s.language,
            url: s.url ?? '',
            seed: s.seed ?? '',
            description: s.description[lang],
          },
          s.id,
        );
      }
      assert.ok(
        data.sources.some((s) => s.description[lang].includes(',')),
        'a description with a comma is checked',
      );
      assert.ok(
        rows.some((r) => r.year_inferred === 'true'),
        'an inferred year is flagged',
      );
    });

    test(`${lang}: README.txt gives attribution, licence and each table's columns`, async () => {
      const text = await (await fetch(`${nginx.url}data/${lang}/README.txt`)).text();
      const t = ui[lang].sources;
      for (const line of [t.data_attribution, t.data_licence, 'figures.csv', 'sections-countries.csv', 'sources.csv']) {
        assert.ok(text.includes(line), line);
      }
      for (const file of CSVS) {
        const [header] = await table(lang, file);
        assert.ok(text.includes(t.data_columns.replace('{{ columns }}', header.join(', '))), `${file} columns`);
      }
    });
  }

  test('the full dataset is the source file as is; downloads.json has every size; all are precached', async () => {
    const served = Buffer.from(await (await fetch(`${nginx.url}data/atlas.json`)).arrayBuffer());
    assert.deepEqual(served, readFileSync(`${ROOT}public/data/atlas.json`));
    const sizes = await (await fetch(`${nginx.url}${names().downloadsJson}`)).json();
    const all = LOCALES.flatMap(downloads).map(([file]) => file);
    assert.deepEqual(Object.keys(sizes).sort(), [...new Set(all)].sort());
    for (const file of all) assert.equal(sizes[file].bytes, statSync(`${DIST}/data/${file}`).size, file);
    for (const file of CSVS) assert.equal(sizes[`fr/${file}`].columns.length, 0 + (await table('fr', file))[0].length, file);
    assert.equal(sizes['atlas.json'].columns, undefined);
    const sw = readFileSync(`${DIST}/sw.js`, 'utf8');
    for (const file of [...all.map((f) => `data/${f}`), names().downloadsFile]) assert.ok(sw.includes(`"${file}"`), `precached: ${file}`);
  });
});

describe('the Sources page offers the data', () => {
  for (const [dist, base] of [
    [DIST, '/'],
    [DIST_SUB, '/uclg/atlas/'],
  ]) {
    test(`every locale, with and without JavaScript: each download with its format and size (${base})`, async () => {
      const server = base === '/' ? nginx : await startNginx(dist, base);
      const sizes = JSON.parse(readFileSync(`${dist}/${names().downloadsJson}`, 'utf8'));
      const context = await browser.newContext({ javaScriptEnabled: false });
      const plain = await context.newPage();
      const page = await open(browser);
      try {
        for (const lang of LOCALES) {
          for (const [tab, how] of [
            [plain, 'static'],
            [page, 'app'],
          ]) {
            await tab.goto(`${server.url}${lang}/sources#data`);
            const section = tab.getByTestId('open-data');
            assert.equal(await section.getAttribute('id'), 'data', how);
            assert.equal(await section.locator('h2').first().textContent(), ui[lang].sources.data_title, how);
            const items = await section.getByTestId('download').evaluateAll((els) =>
              els.map((el) => ({
                href: el.querySelector('a').getAttribute('href'),
                download: el.querySelector('a').getAttribute('download'),
                meta: el.querySelector('[data-testid="download-meta"]').textContent,
                columns: el.querySelector('[data-testid="download-columns"]')?.textContent.trim() ?? null,
              })),
            );
            assert.deepEqual(
              items,
              downloads(lang).map(([file, format]) => ({
                href: `${base}data/${file}`,
                download: file.split('/').pop(),
                meta: `${format} · ${size(sizes[file].bytes, lang)}`,
                columns: sizes[file].columns
                  ? ui[lang].sources.data_columns.replace('{{ columns }}', sizes[file].columns.join(', '))
                  : null,
              })),
              `${lang} ${how}`,
            );
            assert.ok((await section.textContent()).includes(ui[lang].sources.data_generated), `${lang} ${how}: generated at build time`);
            const text = await section.textContent();
            assert.ok(
              text.includes(ui[lang].sources.data_attribution) && text.includes(ui[lang].sources.data_licence),
              `${lang} ${how}: attribution and licence`,
            );
          }
          for (const { href } of await page
            .getByTestId('download')
            .evaluateAll((els) => els.map((el) => ({ href: el.querySelector('a').href })))) {
            assert.equal((await fetch(href)).status, 200, href);
          }
        }
        assert.deepEqual(page.errors, []);
      } finally {
        await context.close();
        await page.close();
        if (server !== nginx) await server.close();
      }
    });
  }

  test('linked from the Figures and Sections pages and from the footer', async () => {
    const page = await open(browser);
    try {
      for (const lang of LOCALES) {
        for (const route of ['figures', 'sections']) {
          await page.goto(`${nginx.url}${lang}/${route}`);
          const link = page.getByTestId('data-link');
          assert.equal(await link.getAttribute('href'), `/${lang}/sources#data`, `${lang}/${route}`);
          assert.equal((await link.textContent()).trim(), ui[lang].sources.data_link);
          assert.equal(await page.getByTestId('footer-data').getAttribute('href'), `/${lang}/sources#data`);
        }
        await page.getByTestId('data-link').click();
        await page.waitForURL(`${nginx.url}${lang}/sources#data`);
        await page.getByTestId('open-data').waitFor({ state: 'visible' });
      }
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
    }
  });
});
