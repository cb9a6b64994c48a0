//! Instant search over one locale's content: accent- and case-insensitive, every word of
//! the query must match, results point at the exact item (route and anchor).

mod countries;

use super::format;
use super::geo::Country;
use super::pages::Page;
use super::paths::Route;
use super::{Dataset, Id, L10n, Locale};

use countries::CountryEntry;
pub use countries::CountryHit;

/// A searchable item: where it lives and what it says, pre-normalised.
#[derive(Clone, Debug)]
struct Entry {
    view: Page,
    route: Route,
    anchor: Option<String>,
    title: String,
    text: String,
    haystack: String,
}

/// All the searchable items of one locale, and the countries once their table is added.
#[derive(Clone, Debug)]
pub struct SearchIndex {
    locale: Locale,
    entries: Vec<Entry>,
    countries: Vec<CountryEntry>,
    /// Each section's id and name, in dataset order (what a country's result links to).
    sections: Vec<(Id, String)>,
}

/// A text split into plain and matched runs, rendered as text nodes (never as HTML).
pub type Marked = Vec<(String, bool)>;

#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub view: Page,
    /// The page that shows it.
    pub route: Route,
    /// Element id on that route, for a deep link.
    pub anchor: Option<String>,
    pub title: Marked,
    pub snippet: Marked,
}

impl SearchIndex {
    /// Indexes every text that a view shows, in `locale`, each under the route (and
    /// anchor) that shows it. Identifiers, references and codes are not text: views show
    /// them as something else (a name, a formatted date, a link) or not at all.
    pub fn build(data: &Dataset, locale: Locale) -> SearchIndex {
        let mut b = Builder {
            locale,
            entries: Vec::new(),
        };
        b.home(data);
        b.vision(data);
        b.objectives(data);
        for s in &data.sections {
            let text = [s.organisation.get(locale), s.seat.name.get(locale)].join(" ");
            b.add(
                Route::Section(s.id.clone()),
                None,
                s.name.get(locale),
                &text,
            );
        }
        b.add(Route::Sections, None, "", data.sections_note.get(locale));
        b.initiatives(data);
        let g = &data.governance;
        for body in &g.bodies {
            b.add(
                Route::Governance,
                Some(&body.id),
                body.name.get(locale),
                body.text.get(locale),
            );
        }
        for r in &g.relations {
            b.add(Route::Governance, Some("diagram"), "", r.text.get(locale));
        }
        b.add(
            Route::Governance,
            Some(&g.sections_count.id),
            "",
            g.sections_count.text.get(locale),
        );
        b.add(
            Route::Commissions,
            None,
            "",
            data.commissions_intro.text.get(locale),
        );
        for c in &data.commissions {
            b.add(Route::Commissions, Some(&c.id), c.name.get(locale), "");
        }
        for n in &data.networks {
            let text = b.join([&n.acronym, &n.description, &n.relation]);
            b.add(Route::Networks, Some(&n.id), n.name.get(locale), &text);
        }
        for f in &data.figures {
            let note = f.note.as_ref().map_or("", |n| n.get(locale));
            let text = format!("{} {} {note}", f.value, f.unit.get(locale));
            b.add(Route::Figures, Some(&f.id), f.label.get(locale), &text);
        }
        for e in &data.timeline {
            let place = e.city.as_ref().map_or("", |c| c.name.get(locale));
            b.add(
                Route::Timeline,
                Some(&e.id),
                e.title.get(locale),
                &[e.text.get(locale), place].join(" "),
            );
        }
        for s in &data.sources {
            let text = [
                s.description.get(locale),
                &s.publisher,
                s.year_note.as_ref().map_or("", |n| n.get(locale)),
                &s.language,
                s.url.as_deref().unwrap_or_default(),
                s.seed.as_deref().unwrap_or_default(),
            ]
            .join(" ");
            b.add(
                Route::Sources,
                Some(&format!("source-{}", s.id)),
                &s.title,
                &text,
            );
        }
        for n in &data.notes {
            b.add(
                Route::Sources,
                Some(&n.id),
                n.title.get(locale),
                n.text.get(locale),
            );
        }
        SearchIndex {
            locale,
            entries: b.entries,
            countries: Vec::new(),
            sections: data
                .sections
                .iter()
                .map(|s| (s.id.clone(), s.name.get(locale).to_owned()))
                .collect(),
        }
    }

    /// Items containing every word of `query`, best first within each view.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        search(self, query)
    }

    /// Adds the countries that the sections cover, by their names in the index's locale
    /// and their ISO codes.
    pub fn add_countries(&mut self, data: &Dataset, countries: &[Country]) {
        self.countries = countries::entries(data, countries, self.locale);
    }

    /// Whether the country table was added.
    pub fn has_countries(&self) -> bool {
        !self.countries.is_empty()
    }

    /// The countries matching `query`, best first, each with the sections that cover it.
    pub fn countries(&self, query: &str) -> Vec<CountryHit> {
        countries::find(&self.countries, &self.sections, query)
    }

    /// Whether `text` is indexed as a whole (ignoring case and accents) in one item.
    pub fn covers(&self, text: &str) -> bool {
        let text = normalize(text).0;
        self.entries.iter().any(|e| e.haystack.contains(&text))
    }
}

/// The texts of the views, entry by entry.
impl Builder {
    fn home(&mut self, data: &Dataset) {
        let org = &data.organisation;
        let l = self.locale;
        let mut text = self.join([&org.acronym, &org.tagline, &org.summary, &org.founded.place]);
        for language in &org.official_languages {
            text.push(' ');
            text.push_str(language.get(l));
        }
        self.add(Route::Home, None, org.name.get(l), &text);
        let sec = &org.secretariat;
        let mut contact = sec.address.join(" ");
        for line in [
            Some(&sec.phone),
            sec.fax.as_ref(),
            Some(&sec.email),
            Some(&sec.website),
        ]
        .into_iter()
        .flatten()
        {
            contact.push(' ');
            contact.push_str(line);
        }
        self.add(
            Route::Home,
            Some("secretariat"),
            sec.city.name.get(l),
            &contact,
        );
        if let Some(p) = &org.president {
            // Never the president without the years of the term (2019-2022, or 2019- while
            // in office).
            let year = |date: &str| format::year(date).to_string();
            let until = p.until.as_deref().map(year).unwrap_or_default();
            let role = format!("{} ({}-{until})", p.role.get(l), year(&p.from));
            self.add(Route::Home, Some("president"), &p.name, &role);
        }
        // The principles, also on the home page, are found on the vision page, which has
        // an anchor for each.
    }

    fn vision(&mut self, data: &Dataset) {
        let l = self.locale;
        for s in &data.statements {
            let text = self.join(s.paragraphs.iter().chain(&s.quote));
            self.add(Route::Vision, Some(&s.id), s.title.get(l), &text);
        }
        for p in data
            .organisation
            .principles
            .iter()
            .chain(&data.aims)
            .chain(&data.action_plan)
        {
            self.add(Route::Vision, Some(&p.id), p.text.get(l), "");
        }
        for a in &data.agenda_axes {
            let text = self.join(&a.points);
            self.add(Route::Vision, Some(&a.id), a.name.get(l), &text);
        }
    }

    fn objectives(&mut self, data: &Dataset) {
        let l = self.locale;
        let intro = &data.introduction;
        let questions = self.join(&intro.questions);
        self.add(
            Route::Objectives,
            Some("introduction"),
            intro.title.get(l),
            &questions,
        );
        for part in &intro.parts {
            let text = self.join(part.paragraphs.iter().chain(&part.quote));
            self.add(Route::Objectives, Some(&part.id), part.title.get(l), &text);
        }
        self.add(
            Route::Objectives,
            Some("milestones"),
            "",
            intro.milestones_caption.get(l),
        );
        for m in &intro.milestones {
            self.add(
                Route::Objectives,
                Some(&m.id),
                m.name.get(l),
                &format!("{} {}", m.year, m.meaning.get(l)),
            );
        }
        for o in &data.objectives {
            let route = Route::Objective(o.id.clone());
            let body = self.join(
                [&o.summary, &o.statement]
                    .into_iter()
                    .chain(&o.highlight)
                    .chain(&o.paragraphs)
                    .chain(&o.functions)
                    .chain(&o.resources),
            );
            self.add(route.clone(), None, o.name.get(l), &body);
            for s in &o.strategies {
                self.add(route.clone(), Some(&s.id), s.title.get(l), "");
                for a in &s.actions {
                    self.add(route.clone(), Some(&a.id), s.title.get(l), a.text.get(l));
                }
            }
        }
    }

    fn initiatives(&mut self, data: &Dataset) {
        let l = self.locale;
        let pact = &data.pact;
        let text = self.join([&pact.motto, &pact.intro].into_iter().chain(&pact.vision));
        self.add(Route::Initiatives, None, pact.title.get(l), &text);
        for c in &pact.commitments {
            self.add(Route::Initiatives, Some(&c.id), c.text.get(l), "");
        }
        for i in &pact.initiatives {
            let text = self.join(&i.paragraphs);
            self.add(Route::Initiative(i.id.clone()), None, i.name.get(l), &text);
        }
    }
}

struct Builder {
    locale: Locale,
    entries: Vec<Entry>,
}

impl Builder {
    /// Texts in the index's locale, space-separated.
    fn join<'a>(&self, texts: impl IntoIterator<Item = &'a L10n>) -> String {
        let texts: Vec<&str> = texts.into_iter().map(|t| t.get(self.locale)).collect();
        texts.join(" ")
    }

    /// Indexes a text shown on `route`'s page, under its navigation entry (`PageInfo::search`).
    fn add(&mut self, route: Route, anchor: Option<&str>, title: &str, text: &str) {
        let view = route.page().info().search.unwrap_or(route.page());
        let haystack = format!("{} {}", normalize(title).0, normalize(text).0);
        self.entries.push(Entry {
            view,
            route,
            anchor: anchor.map(str::to_owned),
            title: title.to_owned(),
            text: text.to_owned(),
            haystack,
        });
    }
}

/// Query words, normalised and deduplicated; empty words are dropped.
fn words(query: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in normalize(query).0.split(|c: char| !c.is_alphanumeric()) {
        if !w.is_empty() && !out.iter().any(|o| o == w) {
            out.push(w.to_owned());
        }
    }
    out
}

/// Items containing every word of `query`, grouped by view, best first within a view.
pub fn search(index: &SearchIndex, query: &str) -> Vec<Hit> {
    let words = words(query);
    if words.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(Page, usize, usize, &Entry)> = index
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| words.iter().all(|w| e.haystack.contains(w.as_str())))
        .map(|(i, e)| {
            let title = normalize(&e.title).0;
            let score = words.iter().filter(|w| title.contains(w.as_str())).count();
            (e.view, usize::MAX - score, i, e)
        })
        .collect();
    scored.sort_by_key(|(view, score, i, _)| (*view, *score, *i));
    scored
        .into_iter()
        .map(|(_, _, _, e)| Hit {
            view: e.view,
            route: e.route.clone(),
            anchor: e.anchor.clone(),
            title: mark(&e.title, &words),
            snippet: mark(&snippet(&e.text, &words, 160), &words),
        })
        .collect()
}

/// Lower-cases and strips accents, returning for each byte of the result the byte offset
/// of the original character it came from (to map matches back onto the original text).
pub fn normalize(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        for lower in c.to_lowercase() {
            let before = out.len();
            match fold(lower) {
                Some(base) => out.push_str(base),
                None => out.push(lower),
            }
            origin.extend(std::iter::repeat_n(at, out.len() - before));
        }
    }
    (out, origin)
}

/// The base letter(s) of a lower-case character, for the Latin letters of fr, en and es.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => "a",
        'ç' => "c",
        'è' | 'é' | 'ê' | 'ë' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ñ' => "n",
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => "o",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'ý' | 'ÿ' => "y",
        'œ' => "oe",
        'æ' => "ae",
        'ß' => "ss",
        '’' | '‘' => "'",
        _ => return None,
    })
}

/// Splits `text` into runs, marking every occurrence of any word (accent-insensitively).
fn mark(text: &str, words: &[String]) -> Marked {
    let (norm, origin) = normalize(text);
    let mut hits: Vec<(usize, usize)> = Vec::new();
    for w in words {
        let mut from = 0;
        while let Some(pos) = norm[from..].find(w.as_str()) {
            let start = from + pos;
            let end = start + w.len();
            let orig_start = origin[start];
            let orig_end = origin.get(end).copied().unwrap_or(text.len());
            hits.push((orig_start, orig_end));
            from = end;
        }
    }
    hits.sort_unstable();
    let mut runs: Marked = Vec::new();
    let mut at = 0;
    for (start, end) in hits {
        if end <= at {
            continue;
        }
        let start = start.max(at);
        if start > at {
            runs.push((text[at..start].to_owned(), false));
        }
        runs.push((text[start..end].to_owned(), true));
        at = end;
    }
    if at < text.len() {
        runs.push((text[at..].to_owned(), false));
    }
    runs
}

/// About `width` characters of `text` around the first match, cut at word boundaries.
fn snippet(text: &str, words: &[String], width: usize) -> String {
    let (norm, origin) = normalize(text);
    let first = words
        .iter()
        .filter_map(|w| norm.find(w.as_str()))
        .min()
        .map(|i| origin[i])
        .unwrap_or(0);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let centre = chars.iter().position(|(i, _)| *i >= first).unwrap_or(0);
    let start = centre.saturating_sub(width / 3);
    let end = (start + width).min(chars.len());
    let mut start = start;
    while start > 0 && start < chars.len() && !chars[start - 1].1.is_whitespace() {
        start += 1;
    }
    let mut end = end;
    while end < chars.len() && end > start && !chars[end].1.is_whitespace() {
        end -= 1;
    }
    let slice: String = chars[start..end].iter().map(|(_, c)| c).collect();
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(slice.trim());
    if end < chars.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_accents_and_case() {
        assert_eq!(
            normalize("Coopération ÉTÉ Œuvre").0,
            "cooperation ete oeuvre"
        );
        assert_eq!(normalize("Año").0, "ano");
    }

    #[test]
    fn marks_matches_on_the_original_text() {
        let runs = mark("La coopération décentralisée", &words("cooperation"));
        assert_eq!(
            runs,
            vec![
                ("La ".to_owned(), false),
                ("coopération".to_owned(), true),
                (" décentralisée".to_owned(), false)
            ]
        );
    }

    #[test]
    fn snippet_is_cut_at_words_around_the_match() {
        let text = "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze";
        let s = snippet(text, &words("onze"), 30);
        assert!(s.contains("onze"), "{s}");
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
    }
}
