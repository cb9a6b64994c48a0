// trunk post_build step: the open data downloads of the Sources page (`/{lang}/sources#data`),
// built from the dataset, never edited by hand. Runs after dataset.mjs and before loader.mjs
// (which precompresses them) and sw.mjs (which precaches them, so they work offline).
//
// - data/atlas.json: the dataset as is, all three languages (kept by dataset.mjs);
// - data/<lang>/figures.csv, sections-countries.csv, sources.csv: tables whose texts are in
//   <lang>; RFC 4180 (fields quoted when needed, CRLF line ends), UTF-8 with a byte order
//   mark so that spreadsheet programs read the accents right;
// - data/<lang>/README.txt: what each file holds, attribution and licence, from the UI
//   strings of locales/<lang>/sources.json (the Sources page shows the same);
// - data/downloads.json: each file's size in bytes and a table's columns, which the Sources
//   page shows.
// Node only, no dependencies. Env from trunk: TRUNK_STAGING_DIR.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES, strings } from '../lib/locales.mjs';

/** One CSV field: quoted when it holds a quote, a comma or a line break (RFC 4180 §2.6-7). */
export function field(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV file's text: a byte order mark, the header row, then one row per record, CRLF. */
export function csv(header, rows) {
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** The tables of `data` in `locale`: file name → [header, rows]. */
export function tables(data, countries, locale) {
  const countryName = new Map(countries.map((c) => [c.code, c.name[locale]]));
  // A country in two regional sections is striped on the map (atlas-model's geo/layout.rs);
  // the metropolitan section overlaps every region and does not count.
  const regional = new Map();
  for (const s of data.sections.filter((s) => s.kind === 'regional')) {
    for (const code of s.countries) regional.set(code, [...(regional.get(code) ?? []), s.id]);
  }
  const ids = (list) => list.join(' ');
  return {
    'figures.csv': [
      ['id', 'subject', 'measure', 'qualifier', 'value', 'out_of', 'unit', 'year', 'source_ids', 'label', 'note'],
      data.figures.map((f) => [
        f.id,
        f.subject,
        f.measure,
        f.qualifier,
        f.value,
        f.out_of,
        f.unit[locale],
        f.year,
        ids(f.sources),
        f.label[locale],
        f.note?.[locale],
      ]),
    ],
    'sections-countries.csv': [
      // `editorial`: the atlas places the country in this section where UN M49 does not.
      ['section_id', 'section_name', 'section_kind', 'iso_code', 'country_name', 'seat_city', 'shared', 'regional_sections', 'editorial'],
      data.sections.flatMap((s) =>
        s.countries.map((code) => [
          s.id,
          s.name[locale],
          s.kind,
          code,
          countryName.get(code),
          s.seat.name[locale],
          (regional.get(code)?.length ?? 0) > 1,
          ids(regional.get(code) ?? []),
          (s.editorial_countries ?? []).includes(code),
        ]),
      ),
    ],
    'sources.csv': [
      // `year_inferred`: the source prints no date; its year is the atlas's reasoning (year_note).
      ['id', 'title', 'publisher', 'year', 'year_inferred', 'year_note', 'language', 'url', 'seed', 'description'],
      data.sources.map((s) => [
        s.id,
        s.title,
        s.publisher,
        s.year,
        !!s.year_inferred,
        s.year_note?.[locale],
        s.language,
        s.url,
        s.seed,
        s.description[locale],
      ]),
    ],
  };
}

/** data/<locale>/README.txt: the Sources page's data section as text (`sources`: the locale's
 * sources.json), with each table's columns. */
function readme(sources, files) {
  const lines = [sources.data_title, '', sources.data_lead, '', sources.data_attribution, sources.data_licence, ''];
  const described = [
    ['../atlas.json', sources.data_full, null],
    ['figures.csv', sources.data_figures, files['figures.csv'][0]],
    ['sections-countries.csv', sources.data_sections, files['sections-countries.csv'][0]],
    ['sources.csv', sources.data_sources, files['sources.csv'][0]],
  ];
  for (const [file, what, columns] of described) {
    lines.push(`${file}: ${what}`);
    if (columns) lines.push(`  ${sources.data_columns.replace(/\{\{\s*columns\s*\}\}/, columns.join(', '))}`);
  }
  lines.push('', sources.data_generated, '');
  return lines.join('\n');
}

// Run as a hook (imported by the tests for `field` and `csv` only).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');
  const dataDir = join(staging, 'data');
  const data = JSON.parse(readFileSync(join(dataDir, 'atlas.json'), 'utf8'));
  const countries = JSON.parse(readFileSync(join(dataDir, 'countries.json'), 'utf8'));
  /** Each file below data/ → its columns, for tables. */
  const written = new Map([['atlas.json', undefined]]);
  for (const locale of LOCALES) {
    mkdirSync(join(dataDir, locale), { recursive: true });
    const files = tables(data, countries, locale);
    for (const [name, [header, rows]] of Object.entries(files)) {
      writeFileSync(join(dataDir, locale, name), csv(header, rows));
      written.set(`${locale}/${name}`, header);
    }
    writeFileSync(join(dataDir, locale, 'README.txt'), readme(strings(locale).sources, files));
    written.set(`${locale}/README.txt`, undefined);
  }
  const manifest = Object.fromEntries(
    [...written].map(([file, columns]) => [file, { bytes: statSync(join(dataDir, file)).size, columns }]),
  );
  writeFileSync(join(dataDir, 'downloads.json'), `${JSON.stringify(manifest)}\n`);
  console.log(`open data: ${written.size} files, ${Object.values(manifest).reduce((a, f) => a + f.bytes, 0)} bytes`);
}
