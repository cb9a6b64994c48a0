// Generates the map data committed under public/data/ (run by hand: `node scripts/gen-geo.mjs`).
//
// Inputs (devDependencies, pinned in package.json):
//   - world-atlas: Natural Earth admin-0 countries as TopoJSON, 1:110m (drawn) and 1:50m
//     (only used to place a marker on countries too small for the 1:110m map);
//   - i18n-iso-countries: the list of ISO 3166-1 countries, alpha-2 <-> numeric, and names.
// Outputs:
//   - public/data/world.json      the 1:110m `countries` object only, ids = ISO alpha-2;
//   - public/data/countries.json  every ISO country: codes, fr/en/es name and other names in
//                                  use (for search), marker point;
//   - public/data/LICENSE-geo.md  attribution, with the versions read from the packages.
//
// Deterministic and idempotent: same inputs, byte-identical outputs (no dates, stable order).

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (p) => readFileSync(path.join(root, p), 'utf8');
const readJson = (p) => JSON.parse(read(p));
const out = path.join(root, 'public/data');

const atlas = 'node_modules/world-atlas';
const isoPkg = 'node_modules/i18n-iso-countries';
const codes = readJson(`${isoPkg}/codes.json`); // [alpha2, alpha3, numeric, iso3166-2]
const alpha2ByNumeric = new Map(codes.map(([a2, , num]) => [num, a2]));
const LANGS = ['fr', 'en', 'es'];
const names = Object.fromEntries(LANGS.map((l) => [l, readJson(`${isoPkg}/langs/${l}.json`).countries]));

// Natural Earth features without an ISO numeric id (matched by their `name` property).
// A function receives the polygons and returns { code: polygons } to split a feature.
const NO_ID = {
  Kosovo: 'XK', // user-assigned code, listed by i18n-iso-countries
  'N. Cyprus': 'CY', // part of Cyprus for ISO 3166 (merged into CY's outline)
  Somaliland: 'SO', // part of Somalia for ISO 3166 (merged into SO's outline)
  'Siachen Glacier': null, // disputed between IN and PK: left out
  // Christmas Island (~105.7°E) and the Cocos (Keeling) Islands (~96.8°E), one feature in 1:50m.
  'Indian Ocean Ter.': (polys, decode) => {
    const split = { CX: [], CC: [] };
    for (const p of polys) split[centroid(decode(p[0]))[0] > 100 ? 'CX' : 'CC'].push(p);
    return split;
  },
};

/** Groups a topology's polygons by alpha-2 code: Map(code -> one polygon list per feature). */
function byCode(topo) {
  const groups = new Map();
  const add = (code, polys) => {
    if (!groups.has(code)) groups.set(code, []);
    groups.get(code).push(polys);
  };
  for (const g of topo.objects.countries.geometries) {
    const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : null;
    if (!polys) throw new Error(`unexpected geometry type ${g.type}`);
    let code = alpha2ByNumeric.get(g.id);
    if (!code) {
      const rule = NO_ID[g.properties?.name];
      if (rule === undefined) throw new Error(`no ISO code for ${g.id} ${g.properties?.name}`);
      if (rule === null) continue;
      if (typeof rule === 'function') {
        for (const [c, ps] of Object.entries(rule(polys, (ring) => ringCoords(topo, ring)))) add(c, ps);
        continue;
      }
      code = rule;
    }
    add(code, polys);
  }
  return groups;
}

/** Absolute quantized endpoints of an arc: [start, end] as "x,y" keys. */
function arcEnds(topo, i) {
  const arc = topo.arcs[i];
  let x = 0;
  let y = 0;
  for (const [dx, dy] of arc) {
    x += dx;
    y += dy;
  }
  return [`${arc[0][0]},${arc[0][1]}`, `${x},${y}`];
}

/**
 * Dissolves several polygons of one country into one outline (like topojson-client `merge`,
 * restricted to what the data needs): arcs used by two of the rings are interior borders and
 * are dropped, the remaining arcs are chained end to start into closed rings.
 */
function mergePolygons(topo, polys) {
  if (polys.some((p) => p.length > 1)) throw new Error('merging polygons with holes is not supported');
  const refs = polys.flatMap((p) => p[0]);
  const uses = new Map();
  for (const r of refs) uses.set(r < 0 ? ~r : r, (uses.get(r < 0 ? ~r : r) ?? 0) + 1);
  const left = refs.filter((r) => uses.get(r < 0 ? ~r : r) === 1);
  const ends = (r) => (r < 0 ? arcEnds(topo, ~r).reverse() : arcEnds(topo, r));
  const rings = [];
  while (left.length) {
    const ring = [left.shift()];
    const start = ends(ring[0])[0];
    let end = ends(ring[0])[1];
    while (end !== start) {
      const k = left.findIndex((r) => ends(r)[0] === end);
      if (k < 0) throw new Error('cannot close merged ring');
      const [r] = left.splice(k, 1);
      ring.push(r);
      end = ends(r)[1];
    }
    rings.push([ring]);
  }
  return rings;
}

/** Decodes one ring (arc references) of a topology into [lon, lat] points. */
function ringCoords(topo, ring) {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  const pts = [];
  for (const r of ring) {
    let x = 0;
    let y = 0;
    let arc = topo.arcs[r < 0 ? ~r : r].map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
    if (r < 0) arc = arc.reverse();
    pts.push(...(pts.length ? arc.slice(1) : arc));
  }
  return pts;
}

/** Ring longitudes made continuous, so a ring across ±180° is not measured around the world. */
function unwrap(pts) {
  let prev = pts[0][0];
  return pts.map(([lon, lat]) => {
    while (lon - prev > 180) lon -= 360;
    while (lon - prev < -180) lon += 360;
    prev = lon;
    return [lon, lat];
  });
}

/** Planar (lon/lat) shoelace area, scaled by cos(latitude) to compare polygons fairly. */
function area(pts) {
  const p = unwrap(pts);
  let a = 0;
  let lat = 0;
  for (let i = 0, j = p.length - 1; i < p.length; j = i++) {
    a += p[j][0] * p[i][1] - p[i][0] * p[j][1];
    lat += p[i][1];
  }
  return Math.abs(a / 2) * Math.cos(((lat / p.length) * Math.PI) / 180);
}

/** Planar centroid of a ring (its vertex mean when degenerate), longitude back in [-180, 180). */
function centroid(pts) {
  const p = unwrap(pts);
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = p.length - 1; i < p.length; j = i++) {
    const f = p[j][0] * p[i][1] - p[i][0] * p[j][1];
    a += f;
    cx += (p[j][0] + p[i][0]) * f;
    cy += (p[j][1] + p[i][1]) * f;
  }
  let [lon, lat] =
    Math.abs(a) > 1e-12
      ? [cx / (3 * a), cy / (3 * a)]
      : [p.reduce((s, q) => s + q[0], 0) / p.length, p.reduce((s, q) => s + q[1], 0) / p.length];
  lon = ((((lon + 180) % 360) + 360) % 360) - 180;
  return [lon, lat];
}

const round2 = (v) => Math.round(v * 100) / 100 + 0; // `+ 0` turns -0 into 0

// ---- world.json: the 1:110m countries, ids = alpha-2, unused arcs pruned -----------------
const t110 = readJson(`${atlas}/countries-110m.json`);
const groups110 = byCode(t110);
// A polygon whose exterior has fewer than 3 distinct points draws nothing (there is one in KP).
const degenerate = (p) => new Set(ringCoords(t110, p[0]).map(String)).size < 3;
let geometries = [...groups110.keys()].sort().map((code) => {
  const features = groups110.get(code);
  const merged = features.length > 1 ? mergePolygons(t110, features.flat()) : features[0];
  const parts = merged.filter((p) => !degenerate(p));
  return parts.length === 1 ? { type: 'Polygon', arcs: parts[0], id: code } : { type: 'MultiPolygon', arcs: parts, id: code };
});

// Keep only the arcs still referenced (drops `land`-only and dissolved interior arcs), in order.
const used = new Set();
const visit = (a) => {
  if (!Array.isArray(a)) used.add(a < 0 ? ~a : a);
  else for (const b of a) visit(b);
};
for (const g of geometries) visit(g.arcs);
const kept = [...used].sort((a, b) => a - b);
const newIndex = new Map(kept.map((old, i) => [old, i]));
const remap = (a) => (Array.isArray(a) ? a.map(remap) : a < 0 ? ~newIndex.get(~a) : newIndex.get(a));
geometries = geometries.map((g) => ({ ...g, arcs: remap(g.arcs) }));

const world = {
  type: 'Topology',
  bbox: t110.bbox,
  transform: t110.transform,
  objects: { countries: { type: 'GeometryCollection', geometries } },
  arcs: kept.map((i) => t110.arcs[i]),
};

// ---- countries.json: every ISO country, a marker point when it has no 1:110m shape -------
// Sovereign states absent from both scales still get a marker, at their capital
// (coordinates from the capitals' public records), so that no member state is missing.
const CAPITALS = { TV: [179.19, -8.52] };
const t50 = readJson(`${atlas}/countries-50m.json`);
const groups50 = byCode(t50);
// Names in common use that i18n-iso-countries does not list (it gives a few, in English
// only), so that search finds a country by the name a visitor knows it by.
const COMMON = {
  fr: {
    CD: ['RDC', 'Congo-Kinshasa'],
    CG: ['Congo-Brazzaville'],
    CZ: ['Tchéquie'],
    GB: ['Grande-Bretagne'],
    MM: ['Birmanie'],
    NL: ['Hollande'],
    RU: ['Fédération de Russie'],
    SZ: ['Swaziland'],
    TL: ['Timor oriental'],
    TR: ['Türkiye'],
    US: ['USA'],
    VA: ['Vatican'],
  },
  en: {
    CD: ['DR Congo', 'DRC'],
    CV: ['Cabo Verde'],
    LA: ['Laos'],
    MM: ['Burma'],
    SZ: ['Swaziland'],
    TL: ['East Timor'],
    VN: ['Viet Nam'],
  },
  es: {
    CD: ['República Democrática del Congo', 'RDC'],
    CI: ['Côte d’Ivoire'],
    CZ: ['Chequia'],
    GB: ['Gran Bretaña'],
    KP: ['Corea del Norte'],
    KR: ['Corea del Sur'],
    LA: ['Laos'],
    MM: ['Birmania'],
    NL: ['Holanda'],
    TR: ['Türkiye'],
    US: ['Estados Unidos de América', 'EE. UU.'],
    VA: ['Vaticano', 'Ciudad del Vaticano'],
  },
};
const allNames = (v) => (Array.isArray(v) ? v : [v]);
const alpha3 = new Map(codes.map(([a2, a3]) => [a2, a3]));
const countries = codes
  .map(([code]) => code)
  .sort()
  .map((code) => {
    const name = Object.fromEntries(LANGS.map((l) => [l, allNames(names[l][code])[0]]));
    for (const l of LANGS) if (!name[l]) throw new Error(`no ${l} name for ${code}`);
    // Other names per language, without repeats or the name itself; languages with none left out.
    const aka = {};
    for (const l of LANGS) {
      const other = [...allNames(names[l][code]).slice(1), ...(COMMON[l][code] ?? [])];
      const unique = other.filter((n, i) => n !== name[l] && other.indexOf(n) === i);
      if (unique.length) aka[l] = unique;
    }
    let point = null;
    if (!groups110.has(code) && groups50.has(code)) {
      const rings = groups50
        .get(code)
        .flat()
        .map((p) => ringCoords(t50, p[0]));
      const largest = rings.reduce((best, r) => (area(r) > area(best) ? r : best));
      point = centroid(largest).map(round2);
    } else if (!groups110.has(code) && CAPITALS[code]) {
      point = CAPITALS[code];
    }
    return { code, alpha3: alpha3.get(code), name, ...(Object.keys(aka).length ? { aka } : {}), point };
  });

// ---- LICENSE-geo.md ------------------------------------------------------------------------
const atlasPkg = readJson(`${atlas}/package.json`);
const isoPkgJson = readJson(`${isoPkg}/package.json`);
const neVersion = read(`${atlas}/README.md`).match(/version (\d+\.\d+\.\d+)/)[1];
const isoCopyright = read(`${isoPkg}/LICENSE`)
  .split('\n')
  .find((l) => l.startsWith('Copyright'))
  .trim();
const atlasCopyright = read(`${atlas}/LICENSE`)
  .split('\n')
  .find((l) => l.startsWith('Copyright'))
  .trim();
const license = `# Map data: sources and licences

Generated by \`scripts/gen-geo.mjs\`; do not edit by hand.

## \`world.json\` and the \`point\` field of \`countries.json\`

Country boundaries from [Natural Earth](https://www.naturalearthdata.com/) version ${neVersion},
Admin 0 countries at 1:110m (\`world.json\`) and 1:50m (marker points of countries too small for
the 1:110m map). Natural Earth data is in the **public domain**
(<https://www.naturalearthdata.com/about/terms-of-use/>).

Converted to TopoJSON by [world-atlas](https://github.com/topojson/world-atlas) ${atlasPkg.version}
by Mike Bostock, ${atlasPkg.license} licence:

> ${atlasCopyright}
>
> Permission to use, copy, modify, and/or distribute this software for any purpose with or
> without fee is hereby granted, provided that the above copyright notice and this permission
> notice appear in all copies.
>
> THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS
> SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE
> AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
> WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT,
> NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR
> PERFORMANCE OF THIS SOFTWARE.

Changes: \`world.json\` keeps only the \`countries\` object of the 1:110m file, with ISO 3166-1
alpha-2 ids instead of numeric ones and without feature names; Kosovo is \`XK\`, Northern Cyprus
is dissolved into \`CY\` and Somaliland into \`SO\`; a degenerate (zero-area) polygon is dropped.
For marker points, the 1:50m "Indian Ocean Ter." feature is split into Christmas Island (\`CX\`)
and the Cocos (Keeling) Islands (\`CC\`), and the Siachen Glacier feature is left out.
The atlas's build writes the same data in a binary form for the app (\`world.bin\`,
\`countries.bin\`).

Boundaries and names are shown as in the sources and imply no position on the status of any
territory.

## Names in \`countries.json\`

Country names (fr, en, es) and the ISO 3166-1 code tables from
[i18n-iso-countries](https://github.com/michaelwittig/node-i18n-iso-countries) ${isoPkgJson.version},
${isoPkgJson.license} licence:

> ${isoCopyright}
>
> Permission is hereby granted, free of charge, to any person obtaining a copy of this software
> and associated documentation files (the "Software"), to deal in the Software without
> restriction, including without limitation the rights to use, copy, modify, merge, publish,
> distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
> Software is furnished to do so, subject to the following conditions:
>
> The above copyright notice and this permission notice shall be included in all copies or
> substantial portions of the Software.
>
> THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
> BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
> NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
> DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
> OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
`;

// ---- write and report ----------------------------------------------------------------------
mkdirSync(out, { recursive: true });
const files = {
  'world.json': `${JSON.stringify(world)}\n`,
  // One country per line: valid JSON that still diffs well.
  'countries.json': `[\n${countries.map((c) => JSON.stringify(c)).join(',\n')}\n]\n`,
  'LICENSE-geo.md': license,
};
for (const [name, text] of Object.entries(files)) {
  writeFileSync(path.join(out, name), text);
  const buf = Buffer.from(text);
  const br = brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  console.log(`${name}: ${buf.length} B raw, ${gzipSync(buf, { level: 9 }).length} B gzip, ${br.length} B brotli`);
}
const withPoint = countries.filter((c) => c.point).map((c) => c.code);
const neither = countries.filter((c) => !c.point && !groups110.has(c.code)).map((c) => c.code);
console.log(`${geometries.length} shapes, ${withPoint.length} points, ${neither.length} neither: ${neither.join(' ')}`);
const unknown = geometries.map((g) => g.id).filter((c) => !countries.some((x) => x.code === c));
if (unknown.length) throw new Error(`shapes without an ISO country: ${unknown}`);
