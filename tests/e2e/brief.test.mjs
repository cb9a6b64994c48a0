// The one-page brief of every section and every objective (src/components/brief.rs, the
// print rules of style/brief.css), printed by Chromium to PDF as a visitor's "Save as PDF"
// would: one page in A4 and in US Letter, in every locale; the title, the review date and
// the address on it, no text past the margins; its QR code, rendered by poppler and read by
// jsQR, is the page's address. The print button works from the keyboard, and the page
// passes axe. Without a known origin (build/dist-next), the address is the document's, read
// when printing. The A4 pages are kept as pictures in build/screenshots/brief-*.png.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { DIST_NEXT, LOCALES, ROOT, SCREENSHOTS, axe, data, heading, open, startNginx, suite, ui } from './harness.mjs';

let browser, app;
suite((started) => ({ browser, app } = started));

/** The origin the build under test was given (`scripts/build --site-url`). */
const ORIGIN = 'https://atlas.example.org';
/** The @page margin of style/main.css, in points (12 mm). */
const MARGIN = (12 / 25.4) * 72;
const PDFS = `${ROOT}build/briefs`;

/** Every page with a brief: each section's and each objective's, with its title. */
const briefs = (lang) => [
  ...data.sections.map((s) => ({ kind: 'section', route: `sections/${s.id}`, id: s.id, title: s.name[lang] })),
  ...data.objectives.map((o) => ({ kind: 'objective', route: `objectives/${o.id}`, id: o.id, title: o.name[lang] })),
];

/** The review date as the app writes it, by Node's Intl (an oracle apart from `format::date`). */
function reviewed(lang) {
  const date = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${data.reviewed}T00:00:00Z`),
  );
  return ui[lang].footer.reviewed.replace('{{ date }}', date);
}

/** Text compared without its spaces: a PDF's words are boxes, and lines wrap anywhere. */
const squeeze = (text) => text.replace(/\s+/g, '');

/** Opens `route` and waits for what the brief prints: the heading, and a section's map. */
async function show(page, lang, { kind, route }) {
  await page.goto(`${app.url}${lang}/${route}`);
  await heading(page);
  if (kind === 'section') {
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=map] svg path').length > 10, null, { timeout: 15000 });
  }
}

/**
 * Prints the page to `file` in `format`; returns its page count and size (pdfinfo), its
 * words with their boxes (pdftotext -bbox), and the QR code read from its first page
 * rendered at 150 dpi (pdftoppm, kept as `png` when given).
 */
async function printed(page, format, file, png) {
  writeFileSync(file, await page.pdf({ format, printBackground: true, preferCSSPageSize: false }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(info.match(/^Pages:\s+(\d+)/m)[1]);
  const [, width, height] = info.match(/^Page size:\s+([\d.]+) x ([\d.]+) pts/m).map(Number);
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
  const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    box: m.slice(1, 5).map(Number),
    text: m[5]
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'"),
  }));
  const image = execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', '-singlefile', file], { maxBuffer: 64 << 20 });
  if (png) writeFileSync(png, image);
  const { data: pixels, width: w, height: h } = PNG.sync.read(image);
  const qr = jsQR(new Uint8ClampedArray(pixels.buffer, pixels.byteOffset, pixels.length), w, h);
  return { pages, width, height, words, qr: qr?.data ?? null };
}

/** Checks one printed brief: one page, its texts, nothing past the margins, its QR code. */
function check(result, { lang, title, address, what }) {
  assert.equal(result.pages, 1, `${what}: ${result.pages} pages`);
  const text = squeeze(result.words.map((w) => w.text).join(''));
  for (const [name, expected] of [
    ['title', title],
    ['review date', reviewed(lang)],
    ['address', address],
  ]) {
    assert.ok(text.includes(squeeze(expected)), `${what}: the ${name} “${expected}” is not on the page`);
  }
  const out = result.words.filter(
    ({ box: [x0, y0, x1, y1] }) => x0 < MARGIN - 1 || y0 < MARGIN - 1 || x1 > result.width - MARGIN + 1 || y1 > result.height - MARGIN + 1,
  );
  assert.deepEqual(
    out.map((w) => `${w.text} ${w.box.map(Math.round).join(',')}`),
    [],
    `${what}: text past the ${Math.round(MARGIN)} pt margins of a ${result.width}×${result.height} pt page`,
  );
  assert.equal(result.qr, address, `${what}: the QR code`);
}

describe('each section’s and objective’s brief prints on one page', () => {
  mkdirSync(PDFS, { recursive: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const lang of LOCALES) {
    test(`${lang}: every brief, in A4 and in US Letter`, async () => {
      const page = await open(browser, { viewport: { width: 1280, height: 900 } });
      for (const brief of briefs(lang)) {
        await show(page, lang, brief);
        const address = `${ORIGIN}/${lang}/${brief.route}`;
        for (const format of ['A4', 'Letter']) {
          const name = `brief-${lang}-${brief.kind}-${brief.id}`;
          const what = `/${lang}/${brief.route} in ${format}`;
          const png = format === 'A4' ? `${SCREENSHOTS}/${name}.png` : null;
          const result = await printed(page, format, `${PDFS}/${name}-${format}.pdf`, png);
          check(result, { lang, title: brief.title, address, what });
        }
      }
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }
});

describe('the print button and the brief on screen', () => {
  for (const lang of LOCALES) {
    test(`${lang}: the button prints from the keyboard, the brief is hidden on screen, axe passes`, async () => {
      const page = await open(browser, { viewport: { width: 1280, height: 900 } });
      // The print dialog is the browser's: the page's `print` only records the call.
      await page.addInitScript(() => {
        window.printed = 0;
        window.print = () => {
          window.printed += 1;
        };
      });
      for (const brief of [briefs(lang)[0], briefs(lang).at(-1)]) {
        await show(page, lang, brief);
        const what = `/${lang}/${brief.route}`;
        const button = page.getByRole('button', { name: ui[lang].brief.print, exact: true });
        assert.equal(await button.count(), 1, `${what}: the button, named in ${lang}`);
        await button.focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => window.printed === 1, null, { timeout: 5000 });
        await page.keyboard.press('Space');
        await page.waitForFunction(() => window.printed === 2, null, { timeout: 5000 });
        // On screen the brief's own block is hidden; on paper it is there, and the
        // buttons are not.
        const shown = () => page.getByTestId('brief').isVisible();
        assert.equal(await shown(), false, `${what}: the brief is hidden on screen`);
        const qr = page.getByTestId('brief-qr');
        assert.equal(await qr.getAttribute('data-address'), `${ORIGIN}/${lang}/${brief.route}`);
        assert.ok((await qr.getAttribute('aria-label')).includes(`${ORIGIN}/${lang}/${brief.route}`));
        await page.emulateMedia({ media: 'print' });
        assert.equal(await shown(), true, `${what}: the brief is printed`);
        assert.equal(await button.isVisible(), false, `${what}: the button is not printed`);
        await page.emulateMedia({ media: 'screen' });
        assert.deepEqual(await axe(page), [], `${what}: axe`);
      }
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }
});

describe('a build without a known origin', () => {
  test('the brief prints the document’s address, read when printing, not when prerendering', async () => {
    // build/dist-next has no --site-url (scripts/test builds it).
    const next = await startNginx(DIST_NEXT);
    try {
      const page = await open(browser, { viewport: { width: 1280, height: 900 } });
      await page.addInitScript(() => {
        window.printed = [];
        window.print = () => window.printed.push(document.querySelector('[data-testid=brief-qr]')?.getAttribute('data-address') ?? null);
      });
      const section = data.sections[0];
      const address = `${next.url}en/sections/${section.id}`;
      const html = await (await fetch(address)).text();
      assert.ok(!html.includes('data-testid="brief-qr"'), 'the prerendered page has no address of the build machine');
      await page.goto(address);
      await heading(page);
      assert.equal(await page.getByTestId('brief-qr').count(), 0, 'no address before printing');
      // The browser's own Print command: the address is there when the page is laid out.
      await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      assert.equal(await page.getByTestId('brief-qr').getAttribute('data-address'), address);
      assert.ok((await page.getByTestId('brief-address').textContent()).includes(address));
      // The button: the dialog opens once the QR code is in the page.
      await page.goto(`${next.url}fr/objectives/${data.objectives[0].id}`);
      await heading(page);
      await page.getByTestId('print').click();
      await page.waitForFunction(() => window.printed.length === 1, null, { timeout: 5000 });
      assert.deepEqual(await page.evaluate(() => window.printed), [`${next.url}fr/objectives/${data.objectives[0].id}`]);
      assert.deepEqual(page.errors, []);
      await page.close();
    } finally {
      await next.close();
    }
  });
});
