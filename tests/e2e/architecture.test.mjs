// The direction of dependencies on the JavaScript side (ARCHITECTURE.md): the scripts, which
// build and measure the app, never import the tests; the tests may import the scripts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from '../../scripts/lib/root.mjs';
import { files } from '../../scripts/lib/walk.mjs';

const SCRIPTS = join(ROOT, 'scripts');
const TESTS = join(ROOT, 'tests');

/** Every module specifier a file names: static imports and re-exports, dynamic imports. */
function specifiers(source) {
  const found = [];
  const patterns = [
    /\bimport\s+(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bexport\s+[\w*{}\s,$]+\s+from\s+['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) found.push(m[1]);
  return found;
}

test('no file under scripts/ imports from tests/', () => {
  const modules = files(SCRIPTS).filter((f) => /\.(mjs|js|cjs)$/.test(f));
  assert.ok(modules.includes('prerender.mjs') && modules.includes('lib/browser.mjs'), `scripts found: ${modules.join(', ')}`);
  const upward = [];
  for (const file of modules) {
    const path = join(SCRIPTS, file);
    for (const spec of specifiers(readFileSync(path, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(path), spec);
      if (!relative(TESTS, target).startsWith('..')) upward.push(`scripts/${file} imports ${spec}`);
    }
  }
  assert.deepEqual(upward, [], `scripts must not depend on tests (move what both need into scripts/lib/):\n  ${upward.join('\n  ')}`);
});
