// The timeline (issue 18, part 3): at desktop widths the events on an axis scaled to the
// years (gaps and clusters visible, congresses marked apart, each mark a link to its
// event's text); on phones the vertical list alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LOCALES, data, heading, open, suite, ui } from './harness.mjs';

let browser, app;
suite((started) => ({ browser, app } = started));

const events = [...data.timeline].sort((a, b) => a.date.localeCompare(b.date));
const year = (iso) => Number(iso.slice(0, 4));

/** Each mark of the axis: its link's target, name, kind and centre on the screen. */
const marks = (page) =>
  page.locator('[data-testid=timeline-axis] a').evaluateAll((as) =>
    as.map((a) => {
      const r = a.querySelector('.timeline-axis__shape').getBoundingClientRect();
      return {
        id: a.getAttribute('href').split('#')[1],
        path: a.getAttribute('href').split('#')[0],
        name: a.getAttribute('aria-label'),
        congress: a.classList.contains('timeline-axis__mark--congress'),
        shape: a.querySelector('.timeline-axis__shape').tagName,
        x: r.x + r.width / 2,
        y: r.y + r.height / 2,
      };
    }),
  );

for (const colorScheme of ['light', 'dark']) {
  test(`1280 px, ${colorScheme}: every event on a time axis from ${year(events[0].date)} to today`, async () => {
    const page = await open(browser, { viewport: { width: 1280, height: 900 }, colorScheme });
    for (const lang of LOCALES) {
      await page.goto(`${app.url}${lang}/timeline`);
      assert.equal(await heading(page), ui[lang].timeline.title);
      const axis = page.getByTestId('timeline-axis');
      assert.ok(await axis.isVisible());
      assert.equal(await axis.locator('svg').first().getAttribute('aria-label'), ui[lang].timeline.axis);
      const ticks = (await axis.locator('.timeline-axis__tick text').allTextContents()).map(Number);
      assert.equal(ticks[0], year(events[0].date));
      assert.equal(ticks.at(-1), new Date().getFullYear());
      const found = await marks(page);
      assert.deepEqual(
        found.map((m) => m.id),
        events.map((e) => e.id),
        'one mark per event, in date order',
      );
      for (const [m, e] of found.map((m, i) => [m, events[i]])) {
        assert.equal(m.path, `/${lang}/timeline`);
        assert.equal(m.congress, e.kind === 'congress', e.id);
        assert.equal(m.shape, e.kind === 'congress' ? 'path' : 'circle', e.id);
        assert.ok(m.name.endsWith(e.title[lang]), `${e.id}: ${m.name}`);
        assert.equal(await page.locator(`li.event[id="${e.id}"]`).count(), 1, `${e.id} has its text`);
      }
      // Congresses above the axis, other events below.
      const line = await axis.locator('.timeline-axis__line').boundingBox();
      assert.ok(found.every((m) => (m.congress ? m.y < line.y : m.y > line.y)));
      // Scaled to the years: the 35-year gap before Habitat II is wide, a month's events
      // share a place (stacked), and positions grow with the dates.
      const x = (id) => found.find((m) => m.id === id).x;
      const perYear = (x(events.at(-1).id) - x(events[0].id)) / (year(events.at(-1).date) - year(events[0].date));
      assert.ok(perYear > 10, `${perYear} px a year`);
      const gap = x('habitat-ii-istanbul') - x(events[0].id);
      assert.ok(Math.abs(gap / perYear - (1996 - 1961)) < 1.5, `the gap is ${gap / perYear} years wide`);
      // May 2004: the founding below the axis, the Paris congress above it (AFCCRE's
      // membership, dated 2004 alone as its source gives it, sits mid-year).
      const founding = events.filter((e) => e.date === '2004-05').map((e) => found.find((m) => m.id === e.id));
      assert.ok(founding.length >= 2 && founding.every((m) => Math.abs(m.x - founding[0].x) < 1), 'one month, one place');
      assert.ok(new Set(founding.map((m) => Math.round(m.y))).size === founding.length, 'stacked, not drawn over each other');
      // (A year-only date sits mid-year: only whole years are compared.)
      for (const [a, ea] of found.map((m, i) => [m, events[i]])) {
        for (const [b, eb] of found.map((m, i) => [m, events[i]])) {
          if (year(ea.date) < year(eb.date)) assert.ok(a.x < b.x, `${eb.id} after ${ea.id}`);
        }
      }
      // The congresses' cities are written on the axis.
      const congress = events.find((e) => e.kind === 'congress' && e.city);
      assert.ok((await axis.textContent()).includes(congress.city.name[lang]));
    }
    // A mark leads to its event's text, by pointer and by keyboard.
    const target = events.find((e) => e.kind === 'congress');
    await page.locator(`[data-testid=timeline-axis] a[href$="#${target.id}"]`).click();
    await page.waitForURL(new RegExp(`#${target.id}$`));
    await page.waitForFunction((id) => {
      const r = document.getElementById(id).getBoundingClientRect();
      return r.top > -2 && r.top < innerHeight / 2;
    }, target.id);
    const other = events.find((e) => e.kind !== 'congress');
    await page.locator(`[data-testid=timeline-axis] a[href$="#${other.id}"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#${other.id}$`));
    assert.equal(await heading(page), ui[LOCALES.at(-1)].timeline.title, 'still the same page');
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test('360 px: the readable vertical list, without the axis', async () => {
  const page = await open(browser, { viewport: { width: 360, height: 780 } });
  await page.goto(`${app.url}fr/timeline`);
  await heading(page);
  assert.equal(await page.getByTestId('timeline-axis').isVisible(), false);
  const items = await page
    .locator('ol.timeline > li.event')
    .evaluateAll((lis) => lis.map((li) => ({ id: li.id, ...li.getBoundingClientRect().toJSON() })));
  assert.deepEqual(
    items.map((i) => i.id),
    events.map((e) => e.id),
  );
  for (let i = 1; i < items.length; i++) {
    assert.ok(items[i].top >= items[i - 1].bottom - 1, `${items[i].id} below ${items[i - 1].id}`);
    assert.ok(items[i].right <= 360, `${items[i].id} within the screen`);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});
