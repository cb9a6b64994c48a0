// trunk post_build step: splits data/atlas.json (all three languages, the single source)
// into data/atlas.<lang>.json (one per locale of locales/; the files' names are the app's,
// scripts/lib/names.mjs), each keeping only its own language's texts, so that a
// visitor downloads one language. The structure is unchanged (other languages are empty
// strings), so the app parses every file with the same types. The source is validated by
// build.rs and the tests before it gets here. data/atlas.json stays: it is the open data
// download of the full dataset (opendata.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../lib/locales.mjs';
import { names } from '../lib/names.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');
const { datasetFile, datasetFiles, locales } = names();
// The app's locales (model::Locale) and the UI's (locales/) must be the same.
if (locales.slice().sort().join() !== LOCALES.join())
  throw new Error(`the app's locales (${locales.join(', ')}) differ from locales/ (${LOCALES.join(', ')})`);
const source = join(staging, datasetFile);
const data = JSON.parse(readFileSync(source, 'utf8'));

/** A text in every locale: an object whose keys are exactly the locales. */
const isText = (v) => v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).sort().join() === LOCALES.join();

function only(value, locale) {
  if (Array.isArray(value)) return value.map((v) => only(v, locale));
  if (value && typeof value === 'object') {
    if (isText(value)) return Object.fromEntries(Object.keys(value).map((l) => [l, l === locale ? value[l] : '']));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, only(v, locale)]));
  }
  return value;
}

for (const locale of LOCALES) {
  writeFileSync(join(staging, datasetFiles[locale]), JSON.stringify(only(data, locale)));
}
console.log(`dataset split into ${LOCALES.map((l) => datasetFiles[l]).join(', ')}`);
