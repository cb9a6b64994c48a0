// The app's pages. `readRoutes()`: the app's own list (`paths::Route::all`), which
// scripts/build writes to build/routes.tsv, for the prerender. `routes(lang)`: every route
// with the heading its page shows, the tests' expectation (tests/e2e/views.test.mjs checks
// that it lists the same pages as the app) and the benchmark's tour of the views.
import { existsSync, readFileSync } from 'node:fs';
import { strings } from './locales.mjs';
import { ROOT } from './root.mjs';

/** Where scripts/build writes the app's list of pages. */
export const ROUTES_FILE = `${ROOT}build/routes.tsv`;

/** The app's pages: [path below the locale (`''` for its home), 'prerendered' | 'live']. */
export function readRoutes(file = ROUTES_FILE) {
  if (!existsSync(file)) throw new Error(`${file} does not exist: scripts/build writes it (cargo run -p atlas-model --bin routes)`);
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'));
  const bad = rows.find(([path, kind]) => path === undefined || !['prerendered', 'live'].includes(kind));
  if (bad || !rows.length)
    throw new Error(`${file}: expected lines "<path>\t<prerendered|live>", found ${JSON.stringify(bad ?? 'nothing')}`);
  return rows;
}

let dataset;
/** The dataset the app loads (`public/data/atlas.json`), read on first use. */
export function atlas() {
  dataset ??= JSON.parse(readFileSync(`${ROOT}public/data/atlas.json`, 'utf8'));
  return dataset;
}

/** Every route below the locale (`''` for its home), with the heading it must show in `lang`. */
export function routes(lang) {
  const t = strings(lang);
  const data = atlas();
  return [
    ['', data.organisation.name[lang]],
    ['vision', t.vision.title],
    ['governance', t.governance.title],
    ['objectives', t.objectives.title],
    ...data.objectives.map((o) => [`objectives/${o.id}`, o.name[lang]]),
    ['sections', t.sections.title],
    ...data.sections.map((s) => [`sections/${s.id}`, s.name[lang]]),
    ['initiatives', data.pact.title[lang]],
    ...data.pact.initiatives.map((i) => [`initiatives/${i.id}`, i.name[lang]]),
    ['commissions', t.commissions.title],
    ['networks', t.networks.title],
    ['figures', t.figures.title],
    ['timeline', t.timeline.title],
    ['sources', t.sources.title],
    ['search', t.search.title],
    ['embed', t.embed.docs_title],
  ];
}
