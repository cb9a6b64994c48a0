// The UI's locales, read from `locales/<lang>/`, the directory build.rs gives leptos_i18n:
// the one list of languages for the scripts, the post-build steps and the tests.
import { readdirSync, readFileSync } from 'node:fs';
import { ROOT } from './root.mjs';

const DIR = `${ROOT}locales`;

/** Every locale the app is built with (`fr`, `en`, `es`), in alphabetical order. */
export const LOCALES = readdirSync(DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const cache = new Map();

/**
 * The UI strings of `lang`, exactly as the app gets them: one namespace per file
 * (`strings('fr').embed.map_title` is `locales/fr/embed.json`'s `map_title`). Read on first use.
 */
export function strings(lang) {
  if (!LOCALES.includes(lang)) throw new Error(`no locale ${lang} in ${DIR} (${LOCALES.join(', ')})`);
  if (!cache.has(lang)) {
    const files = readdirSync(`${DIR}/${lang}`).filter((f) => f.endsWith('.json'));
    cache.set(
      lang,
      Object.fromEntries(files.map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(`${DIR}/${lang}/${f}`, 'utf8'))])),
    );
  }
  return cache.get(lang);
}
