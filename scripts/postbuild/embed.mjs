// trunk post_build step: writes into the staged embed.js, the partners' script, which is a
// plain script that cannot import anything, what it shares with the app: the views partners
// can embed (`__VIEWS__`, from the model's table of pages through build/names.json), its
// list of languages (`__LANGS__`, the directories of locales/) and its frames' accessible
// names (`__TITLES__`, from each locale's embed.json). Runs before sw.mjs, which hashes it into the cache
// version; scripts/build precompresses it last.
// Node only, no dependencies. Env from trunk: TRUNK_STAGING_DIR.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES, strings } from '../lib/locales.mjs';
import { names } from '../lib/names.mjs';

/**
 * Each view of embed.js (`names().embedViews`, the model's) → the key of its frame's title
 * in locales/<lang>/embed.json.
 */
export const FRAME_TITLES = {
  map: 'map_title',
  section: 'frame_section',
  objective: 'frame_objective',
  figures: 'frame_figures',
  initiatives: 'frame_initiatives',
};

/** The frames' titles per language and view, as embed.js gets them. */
export function titles() {
  const views = Object.keys(names().embedViews);
  return Object.fromEntries(
    LOCALES.map((lang) => [
      lang,
      Object.fromEntries(
        views.map((view) => {
          const key = FRAME_TITLES[view];
          if (!key) throw new Error(`scripts/postbuild/embed.mjs: FRAME_TITLES has no title for the view ${view}`);
          const title = strings(lang).embed[key];
          if (typeof title !== 'string' || !title) throw new Error(`locales/${lang}/embed.json: no ${key} (embed.js's ${view} frame)`);
          return [view, title];
        }),
      ),
    ]),
  );
}

// Run as a hook (imported by the tests for FRAME_TITLES).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');
  const path = join(staging, 'embed.js');
  const fills = {
    __VIEWS__: JSON.stringify(names().embedViews),
    __LANGS__: JSON.stringify(LOCALES),
    __TITLES__: JSON.stringify(titles()),
  };
  let script = readFileSync(path, 'utf8');
  for (const [placeholder, value] of Object.entries(fills)) {
    if (script.split(placeholder).length !== 2) throw new Error(`embed.js: expected ${placeholder} once`);
    script = script.replace(placeholder, () => value);
  }
  writeFileSync(path, script);
  console.log(
    `embed.js: views ${Object.keys(names().embedViews).join(', ')}, languages ${LOCALES.join(', ')}, frame titles from their embed.json`,
  );
}
