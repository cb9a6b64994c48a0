// trunk post_build step: the open data downloads of the Sources page (`/{lang}/sources#data`),
// built from the dataset, never edited by hand. Runs before sw.mjs (which precaches them,
// so they work offline); scripts/build precompresses them last.
// The files and their formats are the app's list (model::names::OpenDataFile, through
// scripts/lib/names.mjs): this step writes each file of that list, by what it holds, and
// fails on one it cannot write.
//
// - data/atlas.json (`full`): the dataset as is, all three languages (the build's source);
// - data/<lang>/figures.csv, sections-countries.csv, sources.csv (`figures`, `sections`,
//   `sources`): tables whose texts are in <lang>; RFC 4180 (fields quoted when needed, CRLF
//   line ends), UTF-8 with a byte order mark so that spreadsheet programs read the accents
//   right;
// - data/<lang>/README.txt (`readme`): what each file holds, attribution and licence, from
//   the UI strings of locales/<lang>/sources.json (the Sources page shows the same);
// - data/downloads.json: each file's size in bytes and a table's columns, which the Sources
//   page shows (in the binary copy the model's `packed` binary writes next, packed.rs).
// Node only, no dependencies. Env from trunk: TRUNK_STAGING_DIR.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES, strings } from '../lib/locales.mjs';
import { names } from '../lib/names.mjs';
import { ROOT } from '../lib/root.mjs';

/** One CSV field: quoted when it holds a quote, a comma or a line break (RFC 4180 §2.6-7). */
export function field(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV file's text: a byte order mark, the header row, then one row per record, CRLF. */
export function csv(header, rows) {
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** The tables of `data` in `locale`: what a table holds (`names.json`'s `holds`) → [header, rows]. */
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
    figures: [
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
    sections: [
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
    sources: [
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

/** The key of each file's description in locales/<lang>/sources.json, by what it holds (the
 * README describes the others). */
const DESCRIPTIONS = {
  full: 'data_full',
  figures: 'data_figures',
  sections: 'data_sections',
  sources: 'data_sources',
};

/** data/<locale>/README.txt: the Sources page's data section as text (`sources`: the locale's
 * sources.json; `list`: the locale's downloads, names.json's `openData`), with each table's
 * columns. The README lists the other files, relative to its own directory. */
function readme(sources, list, tables) {
  const lines = [sources.data_title, '', sources.data_lead, '', sources.data_attribution, sources.data_licence, ''];
  const here = list.find((f) => f.holds === 'readme').path.replace(/[^/]*$/, '');
  for (const { path, holds } of list.filter((f) => f.holds !== 'readme')) {
    const file = path.startsWith(here) ? path.slice(here.length) : `../${path}`;
    lines.push(`${file}: ${sources[DESCRIPTIONS[holds]]}`);
    const columns = tables[holds]?.[0];
    if (columns) lines.push(`  ${sources.data_columns.replace(/\{\{\s*columns\s*\}\}/, columns.join(', '))}`);
  }
  lines.push('', sources.data_generated, '');
  return lines.join('\n');
}

// Run as a hook (imported by the tests for `field` and `csv` only).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');
  const { dataDir: dataName, datasetFile, downloadsJson, openData } = names();
  const dataDir = join(staging, dataName);
  const data = JSON.parse(readFileSync(join(staging, datasetFile), 'utf8'));
  // The country table's source (the build's copy is the app's binary one, packed.rs).
  const countries = JSON.parse(readFileSync(`${ROOT}public/data/countries.json`, 'utf8'));
  /** Each file below data/ → its columns, for tables. */
  const written = new Map();
  for (const locale of LOCALES) {
    const list = openData[locale];
    if (!list) throw new Error(`names.json: no open data files for ${locale}`);
    const files = tables(data, countries, locale);
    const contents = {
      // The dataset itself (names.json's datasetFile), the build's source: nothing to write.
      full: () => undefined,
      readme: () => readme(strings(locale).sources, list, files),
      ...Object.fromEntries(Object.entries(files).map(([holds, [header, rows]]) => [holds, () => csv(header, rows)])),
    };
    const unknown = list.filter((f) => !contents[f.holds]).map((f) => f.holds);
    const missing = Object.keys(contents).filter((holds) => !list.some((f) => f.holds === holds));
    if (unknown.length || missing.length)
      throw new Error(
        `the app's open data files (model::names::OpenDataFile) and opendata.mjs's differ: ${[...unknown.map((h) => `no way to write ${h}`), ...missing.map((h) => `${h} is not in the app's list`)].join('; ')}`,
      );
    for (const { path, holds } of list) {
      const text = contents[holds]();
      if (text !== undefined) {
        mkdirSync(dirname(join(dataDir, path)), { recursive: true });
        writeFileSync(join(dataDir, path), text);
      }
      written.set(path, files[holds]?.[0]);
    }
  }
  const manifest = Object.fromEntries(
    [...written].map(([file, columns]) => [file, { bytes: statSync(join(dataDir, file)).size, columns }]),
  );
  writeFileSync(join(staging, downloadsJson), `${JSON.stringify(manifest)}\n`);
  console.log(`open data: ${written.size} files, ${Object.values(manifest).reduce((a, f) => a + f.bytes, 0)} bytes`);
}
