// The names the app shares with the JavaScript (the theme's storage key, the search fields'
// ids, the dataset's files, the open data downloads), defined once in Rust
// (crates/atlas-model/src/names.rs) and printed by its `names` binary, which
// scripts/postbuild/run writes to build/names.json before the post-build steps. Read here,
// on first use, by the steps, the prerender and the tests: none writes such a name itself.
import { existsSync, readFileSync } from 'node:fs';
import { ROOT } from './root.mjs';

/** Where scripts/postbuild/run writes the names. */
export const NAMES_FILE = `${ROOT}build/names.json`;

let cached;

/**
 * The shared names: `themeStorageKey`, `searchPageInputId`, `searchBoxInputId`, `locales`,
 * `dataDir`, `datasetFile` (all languages), `datasetFiles` (locale → its file),
 * `downloadsJson` (the downloads' description, written by opendata.mjs), `downloadsFile` (the
 * app's binary copy), `openData` (locale → [{ path below dataDir, format, holds }]).
 */
export function names() {
  if (!cached) {
    if (!existsSync(NAMES_FILE))
      throw new Error(`${NAMES_FILE} does not exist: scripts/postbuild/run writes it (cargo run -p atlas-model --bin names)`);
    cached = JSON.parse(readFileSync(NAMES_FILE, 'utf8'));
  }
  return cached;
}
