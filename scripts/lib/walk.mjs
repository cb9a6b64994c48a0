// The one directory walker of the scripts and tests.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file below `dir` (recursively), as paths relative to `dir` with `/` separators, sorted. */
export function files(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
