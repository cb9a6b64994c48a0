// The app's pages. `readRoutes()`: the app's own list (`paths::Route::all`, in the order of
// the model's table of pages, crates/atlas-model/src/pages.rs), which scripts/build writes
// to build/routes.tsv, for the prerender. `routes(lang)`: those pages with the heading each
// shows, by its kind of page (`HEADINGS`), the tests' expectation and the benchmark's tour of
// the views (tests/e2e/views.test.mjs checks the list against the dataset's records).
import { existsSync, readFileSync } from 'node:fs';
import { strings } from './locales.mjs';
import { ROOT } from './root.mjs';

/**
 * What each page preloads (its wasm chunks and the data files its view waits for), in one
 * file of the build (scripts/prerender.mjs writes it, the loader reads it:
 * scripts/postbuild/loader.mjs): `{ files: [path], pages: { path below the locale: [index
 * in files] } }`.
 */
export const PRELOADS_FILE = 'preloads.json';

/** The file of a build that holds the prerendered page of `route` (a path below the base,
 * e.g. `fr/sections/africa`; a query is left out). */
export function pageFile(route) {
  const path = route.split('?')[0];
  return path.endsWith('/') ? `${path}index.html` : `${path}.html`;
}

/** What a prerendered page preloads (scripts/prerender.mjs writes the tags), as the hrefs
 * written: its wasm chunks and its data files. */
export function preloadsOf(html) {
  const hrefs = (tag) => [...html.matchAll(tag)].map((m) => m[1]);
  return {
    chunks: hrefs(/<link rel="preload" as="fetch" type="application\/wasm" href="([^"]+)"/g),
    files: hrefs(/<link rel="preload" as="fetch" href="([^"]+)"/g),
  };
}

/** Where scripts/build writes the app's list of pages. */
export const ROUTES_FILE = `${ROOT}build/routes.tsv`;

/**
 * The app's pages: [path below the locale (`''` for its home), 'prerendered' | 'live',
 * kind of page (`pages::Page`: 'Home', 'Objective'…), the image its link previews show in
 * each locale (`head::page_image`; read it with `pageImage`)].
 */
export function readRoutes(file = ROUTES_FILE) {
  if (!existsSync(file)) throw new Error(`${file} does not exist: scripts/build writes it (cargo run -p atlas-model --bin routes)`);
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'));
  const bad = rows.find(
    ([path, prerender, page, images]) =>
      path === undefined || !['prerendered', 'live'].includes(prerender) || !page || !/^([a-z-]+=\S+\.png ?)+$/.test(images ?? ''),
  );
  if (bad || !rows.length)
    throw new Error(
      `${file}: expected lines "<path>\t<prerendered|live>\t<kind of page>\t<lang>=<image> …", found ${JSON.stringify(bad ?? 'nothing')}`,
    );
  return rows;
}

/** The image (below the base, e.g. `social/section-africa-fr.png`) a row of `readRoutes()` previews in `lang`. */
export function pageImage([path, , , images], lang) {
  const image = images
    .split(' ')
    .map((pair) => pair.split('='))
    .find(([l]) => l === lang)?.[1];
  if (!image) throw new Error(`${ROUTES_FILE}: /${lang}/${path} has no image in ${lang}`);
  return image;
}

let dataset;
/** The dataset the app loads (`public/data/atlas.json`), read on first use. */
export function atlas() {
  dataset ??= JSON.parse(readFileSync(`${ROOT}public/data/atlas.json`, 'utf8'));
  return dataset;
}

/**
 * The heading each kind of page shows in `lang`, given the record's id for a record's page:
 * the tests' own expectation, from the locale files and the dataset (not from the app).
 */
export const HEADINGS = {
  Home: ({ data, lang }) => data.organisation.name[lang],
  Vision: ({ t }) => t.vision.title,
  Governance: ({ t }) => t.governance.title,
  Objectives: ({ t }) => t.objectives.title,
  Objective: ({ data, lang, id }) => data.objectives.find((o) => o.id === id)?.name[lang],
  Sections: ({ t }) => t.sections.title,
  Section: ({ data, lang, id }) => data.sections.find((s) => s.id === id)?.name[lang],
  Initiatives: ({ data, lang }) => data.pact.title[lang],
  Initiative: ({ data, lang, id }) => data.pact.initiatives.find((i) => i.id === id)?.name[lang],
  Commissions: ({ t }) => t.commissions.title,
  Networks: ({ t }) => t.networks.title,
  Figures: ({ t }) => t.figures.title,
  Timeline: ({ t }) => t.timeline.title,
  Sources: ({ t }) => t.sources.title,
  Search: ({ t }) => t.search.title,
  EmbedGuide: ({ t }) => t.embed.docs_title,
};

/**
 * Every page of the app (`readRoutes()`), in its order: [path below the locale (`''` for its
 * home), the heading it must show in `lang`, its kind of page].
 */
export function routes(lang) {
  const t = strings(lang);
  const data = atlas();
  return readRoutes().map(([path, , page]) => {
    if (!Object.hasOwn(HEADINGS, page)) throw new Error(`${ROUTES_FILE}: no heading expected for a page of kind ${page} (/${path})`);
    const heading = HEADINGS[page]({ t, data, lang, id: path.split('/')[1] });
    if (typeof heading !== 'string' || !heading) throw new Error(`/${lang}/${path}: no ${page} heading in ${lang}`);
    return [path, heading, page];
  });
}
