// Issue 16's content in the browser, in every locale: count sentences in the plural form of
// the page's language (the app's CLDR rules against Node's Intl), the president shown only
// with the dates of his term, commission→objective links shown as the atlas's own reading,
// and the editorial notes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LOCALES, appReady, countSentence, data, open, suite, ui } from './harness.mjs';

let browser, app;
suite((started) => ({ browser, app } = started));

const fill = (text, values) => Object.entries(values).reduce((t, [k, v]) => t.replace(`{{ ${k} }}`, v), text);

describe('issue 16 content', () => {
  for (const lang of LOCALES) {
    test(`${lang}: count sentences take the language's plural form`, async () => {
      const page = await open(browser);
      const t = ui[lang];
      await page.goto(`${app.url}${lang}/objectives`);
      await appReady(page);
      const counts = await page.getByTestId('objective-counts').allTextContents();
      assert.deepEqual(counts, data.objectives.map((o) => fill(t.objectives.card_counts, {
        strategies: countSentence(lang, t.objectives.strategies_count, o.strategies.length),
        actions: countSentence(lang, t.objectives.actions_count, o.strategies.reduce((s, x) => s + x.actions.length, 0)),
      })));
      await page.goto(`${app.url}${lang}/sections`);
      await appReady(page);
      const facts = await page.getByTestId('section-facts').allTextContents();
      assert.deepEqual(facts, data.sections.map((s) => fill(t.sections.card_facts, {
        seat: fill(t.map.seat_is, { seat: s.seat.name[lang] }),
        countries: countSentence(lang, t.sections.countries_count, s.countries.length),
      })));
      assert.deepEqual(page.errors, []);
      await page.close();
    });

    test(`${lang}: the president with the dates of his term, inferences marked, notes shown`, async () => {
      const page = await open(browser);
      const president = data.organisation.president;
      await page.goto(`${app.url}${lang}/`);
      await appReady(page);
      const text = await page.getByTestId('president').textContent();
      assert.ok(text.includes(president.name), text);
      for (const date of [president.from, president.until]) assert.ok(text.includes(date.slice(0, 4)), `${text}: ${date}`);
      await page.goto(`${app.url}${lang}/commissions`);
      await appReady(page);
      const linked = data.commissions.filter((c) => c.related_objectives.basis === 'editorial' && c.related_objectives.ids.length);
      assert.equal(await page.getByTestId('editorial-link').count(), linked.length);
      assert.ok((await page.locator('main').textContent()).includes(data.commissions_intro.text[lang]));
      await page.goto(`${app.url}${lang}/sources`);
      await appReady(page);
      const notes = await page.getByTestId('editorial-notes').textContent();
      for (const note of data.notes) assert.ok(notes.includes(note.text[lang]), note.id);
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }
});
