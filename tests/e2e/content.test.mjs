// Issue 16's content in the browser, in every locale: count sentences in the plural form of
// the page's language (the app's CLDR rules against Node's Intl), the president shown only
// with the dates of his term, commission→objective links shown as the atlas's own reading,
// and the editorial notes. Issue 27's part 2: how current each fact is (the review date in
// the footer and on the Sources page, "as of" years and inferred ones, the ended term, the
// home page's disagreeing figure). Its part 1: the governance page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LOCALES, countSentence, data, open, suite, ui } from './harness.mjs';

let browser, app;
suite((started) => ({ browser, app } = started));

const fill = (text, values) => Object.entries(values).reduce((t, [k, v]) => t.replace(`{{ ${k} }}`, v), text);

describe('issue 16 content', () => {
  for (const lang of LOCALES) {
    test(`${lang}: count sentences take the language's plural form`, async () => {
      const page = await open(browser);
      const t = ui[lang];
      await page.goto(`${app.url}${lang}/objectives`);
      const counts = await page.getByTestId('objective-counts').allTextContents();
      assert.deepEqual(
        counts,
        data.objectives.map((o) =>
          fill(t.objectives.card_counts, {
            strategies: countSentence(lang, t.objectives.strategies_count, o.strategies.length),
            actions: countSentence(
              lang,
              t.objectives.actions_count,
              o.strategies.reduce((s, x) => s + x.actions.length, 0),
            ),
          }),
        ),
      );
      await page.goto(`${app.url}${lang}/sections`);
      const facts = await page.getByTestId('section-facts').allTextContents();
      assert.deepEqual(
        facts,
        data.sections.map((s) =>
          fill(t.sections.card_facts, {
            seat: fill(t.map.seat_is, { seat: s.seat.name[lang] }),
            countries: countSentence(lang, t.sections.countries_count, s.countries.length),
          }),
        ),
      );
      assert.deepEqual(page.errors, []);
      await page.close();
    });

    test(`${lang}: the president with the dates of his term, inferences marked, notes shown`, async () => {
      const page = await open(browser);
      const president = data.organisation.president;
      await page.goto(`${app.url}${lang}/`);
      const text = await page.getByTestId('president').textContent();
      assert.ok(text.includes(president.name), text);
      for (const date of [president.from, president.until]) assert.ok(text.includes(date.slice(0, 4)), `${text}: ${date}`);
      await page.goto(`${app.url}${lang}/commissions`);
      const linked = data.commissions.filter((c) => c.related_objectives.basis === 'editorial' && c.related_objectives.ids.length);
      assert.equal(await page.getByTestId('editorial-link').count(), linked.length);
      assert.ok((await page.locator('main').textContent()).includes(data.commissions_intro.text[lang]));
      await page.goto(`${app.url}${lang}/sources`);
      const notes = await page.getByTestId('editorial-notes').textContent();
      for (const note of data.notes) assert.ok(notes.includes(note.text[lang]), note.id);
      assert.deepEqual(page.errors, []);
      await page.close();
    });

    test(`${lang}: how current each fact is`, async () => {
      const page = await open(browser);
      const t = ui[lang];
      const reviewed = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${data.reviewed}T00:00:00Z`),
      );
      await page.goto(`${app.url}${lang}/`);
      assert.equal(await page.getByTestId('footer-reviewed').textContent(), fill(t.footer.reviewed, { date: reviewed }));
      // The ended term: its years in the label, said to be over, and a link to the present.
      const president = data.organisation.president;
      const term = page.getByTestId('president');
      assert.equal(
        await term.locator('dt').textContent(),
        fill(t.home.president_past, { from: president.from.slice(0, 4), until: president.until.slice(0, 4) }),
      );
      const ended = term.getByTestId('president-ended');
      assert.ok((await ended.textContent()).includes(t.home.president_ended));
      const present = data.sources.find((s) => s.id === president.present);
      assert.equal(await ended.getByRole('link').getAttribute('href'), present.url);
      // Every headline figure with its year; the countries, where sources disagree, with
      // their range and a link to the comparison.
      const years = await page.locator('main .figure-card').getByTestId('as-of').allTextContents();
      assert.ok(years.length >= 4 && years.every((y) => /\d{4}/.test(y)), years.join(' | '));
      const measure = 'countries-and-un-member-states';
      const values = data.figures.filter((f) => f.measure === measure).map((f) => f.value);
      const disagreement = page.getByTestId('disagreement');
      assert.equal(await disagreement.count(), 1);
      assert.equal(await disagreement.textContent(), fill(t.home.figure_disagree, { low: Math.min(...values), high: Math.max(...values) }));
      assert.ok((await disagreement.getByRole('link').getAttribute('href')).endsWith(`/${lang}/figures#measure-${measure}`));
      // The brochure's year is inferred: « vers 2012 » on its figures and its source.
      await page.goto(`${app.url}${lang}/figures`);
      const circa = fill(t.page.circa, { year: '2012' });
      const inferred = page.locator('#uclg-un-member-states-circa-2012').getByTestId('as-of');
      assert.ok((await inferred.textContent()).startsWith(circa), await inferred.textContent());
      await page.goto(`${app.url}${lang}/sources`);
      assert.equal(await page.getByTestId('reviewed').textContent(), fill(t.sources.reviewed, { date: reviewed }));
      assert.ok((await page.locator('#source-strategic-priorities-2010-2016').textContent()).includes(circa));
      assert.deepEqual(page.errors, []);
      await page.close();
    });

    test(`${lang}: the governance page, its diagram and its text alternative`, async () => {
      const page = await open(browser);
      const t = ui[lang];
      const g = data.governance;
      await page.goto(`${app.url}${lang}/governance`);
      assert.equal(await page.locator('main h1').textContent(), t.governance.title);
      // The diagram: a box per body a relation names, an arrow per relation, labelled by
      // the heading; the same relations as sentences below it.
      const diagram = page.getByTestId('governance-diagram');
      assert.equal(await diagram.getAttribute('role'), 'img');
      assert.equal(await diagram.locator('.governance-diagram__relation').count(), g.relations.length);
      const named = g.bodies.filter((b) => g.relations.some((r) => r.from === b.id || r.to === b.id));
      assert.equal(await diagram.locator('.governance-diagram__body').count(), named.length);
      const sentences = await page.getByTestId('relations').locator('li').allTextContents();
      assert.equal(sentences.length, g.relations.length);
      for (const [i, r] of g.relations.entries()) assert.ok(sentences[i].startsWith(r.text[lang]), sentences[i]);
      // Every body, with links to the sections, the commissions and the secretariat, and
      // the presidency's dated term.
      assert.equal(await page.getByTestId('body').count(), g.bodies.length);
      for (const b of g.bodies) assert.ok((await page.locator(`#${b.id}`).textContent()).includes(b.name[lang]), b.id);
      assert.ok((await page.locator('#sections a:not(.cite)').getAttribute('href')).endsWith(`/${lang}/sections`));
      assert.ok((await page.locator('#commissions a:not(.cite)').getAttribute('href')).endsWith(`/${lang}/commissions`));
      assert.ok((await page.locator('#world-secretariat a:not(.cite)').getAttribute('href')).endsWith(`/${lang}/#secretariat`));
      assert.ok((await page.locator('#presidency').getByTestId('president').textContent()).includes(data.organisation.president.name));
      assert.ok((await page.locator(`#${g.sections_count.id}`).textContent()).includes(g.sections_count.text[lang]));
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }
});
