// Every route of the app below a locale, with the heading its page shows: for the tests
// (every route, every locale) and the benchmark's tour of the views. The prerender needs no
// list: it crawls the app's own links.
import { readFileSync } from 'node:fs';
import { strings } from './locales.mjs';
import { ROOT } from './root.mjs';

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
