//! The dataset's types: one JSON document, every fact with its sources.
//!
//! Ids are stable kebab-case strings usable in URLs; records refer to each other by id.
//! `deny_unknown_fields` everywhere so that a misspelt field fails loudly instead of
//! silently dropping content. No field is `skip_serializing_if`: the app's copy
//! (`packed`, postcard) is a sequence of every field, and a skipped one would shift the rest.

use serde::{Deserialize, Serialize};

use super::{IsoDate, L10n};

/// A kebab-case identifier, unique within its collection and stable across releases.
pub type Id = String;

/// The whole atlas.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// The day the dataset was last read against its sources, ISO 8601 (`2026-12-05`):
    /// what "today" means for its facts (a term ended by then is shown as ended).
    pub reviewed: String,
    pub organisation: Organisation,
    /// Mission and vision texts (the vision view), in reading order.
    pub statements: Vec<Statement>,
    /// The four objectives of the organisation (seed 000).
    pub aims: Vec<Point>,
    /// The three axes of the targeted action plan (seed 000).
    pub action_plan: Vec<Point>,
    /// The four axes of the global agenda of local and regional governments (seed 001).
    pub agenda_axes: Vec<AgendaAxis>,
    /// Introduction of the Strategic Priorities 2010-2016 (seed 002).
    pub introduction: Introduction,
    /// The five strategic objectives 2010-2016 (seed 002).
    pub objectives: Vec<Objective>,
    pub sections: Vec<Section>,
    /// How the sections' country lists were derived, since no official table is published.
    pub sections_note: L10n,
    /// What the commissions and working groups do (seed 000).
    pub commissions_intro: Point,
    pub commissions: Vec<Commission>,
    /// How UCLG is governed: its bodies and how they relate (the governance view).
    pub governance: Governance,
    /// The Pact for the Future, Government axis (seed 003).
    pub pact: Pact,
    pub networks: Vec<Network>,
    pub figures: Vec<Figure>,
    pub timeline: Vec<Event>,
    pub sources: Vec<Source>,
    /// The editorial rules the dataset follows (wording, spelling, inferences), stated for
    /// readers.
    pub notes: Vec<Note>,
}

/// An editorial rule of the dataset, in a few sentences.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: Id,
    pub title: L10n,
    pub text: L10n,
}

/// Who UCLG is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub name: L10n,
    pub acronym: L10n,
    /// "The global network of cities, local and regional governments".
    pub tagline: L10n,
    /// One paragraph saying what UCLG is, for the home page.
    pub summary: L10n,
    pub founded: Founding,
    pub secretariat: Secretariat,
    pub official_languages: Vec<L10n>,
    pub principles: Vec<Point>,
    /// The president the sources name, with the term: never shown without its dates.
    pub president: Option<Person>,
    pub sources: Vec<Id>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Founding {
    /// ISO 8601 year-month, e.g. `2004-05`.
    pub date: String,
    pub place: L10n,
    pub sources: Vec<Id>,
}

/// The World Secretariat, the organisation's seat.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Secretariat {
    pub city: City,
    /// Postal address lines as printed in the source, e.g. `Carrer Avinyó, 15`,
    /// `08002 Barcelone - Espagne`.
    pub address: Vec<String>,
    pub phone: String,
    pub fax: Option<String>,
    pub email: String,
    pub website: String,
    pub sources: Vec<Id>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: String,
    /// The office, e.g. "President of UCLG".
    pub role: L10n,
    /// Start of the term, ISO 8601 (`2019-11`).
    pub from: String,
    /// End of the term, ISO 8601; `None` while in office.
    pub until: Option<String>,
    /// Where to read who holds the office now, once the term has ended: a source with an
    /// address.
    pub present: Option<Id>,
    pub sources: Vec<Id>,
}

impl Person {
    /// Whether the term had ended on `day` (an ISO date of any precision; a term that
    /// ends in a month has ended on its first day).
    pub fn ended_by(&self, day: &str) -> bool {
        let until = self.until.as_deref().and_then(IsoDate::parse);
        until.is_some_and(|until| IsoDate::parse(day).is_some_and(|day| until <= day))
    }
}

/// A city with its position, for seats and markers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct City {
    pub name: L10n,
    /// ISO 3166-1 alpha-2 code of the city's country.
    pub country: String,
    pub lat: f64,
    pub lon: f64,
}

/// A short item in a list (an aim, a principle, an axis of the action plan).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    pub id: Id,
    pub text: L10n,
    pub sources: Vec<Id>,
}

/// A titled text made of paragraphs: the mission, the founders' vision, …
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: Id,
    pub title: L10n,
    pub paragraphs: Vec<L10n>,
    /// A sentence set apart (a motto or a key message), if the source has one.
    pub quote: Option<L10n>,
    pub sources: Vec<Id>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaAxis {
    pub id: Id,
    pub name: L10n,
    pub points: Vec<L10n>,
    pub sources: Vec<Id>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Introduction {
    pub title: L10n,
    /// Sub-headed parts of the introduction.
    pub parts: Vec<Statement>,
    /// The questions the Strategic Priorities set out to answer.
    pub questions: Vec<L10n>,
    /// The caption printed over the milestones diagram.
    pub milestones_caption: L10n,
    /// Habitat II 1996 → UCLG 2004 → Habitat III.
    pub milestones: Vec<Milestone>,
    pub sources: Vec<Id>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub id: Id,
    pub year: u16,
    pub name: L10n,
    /// What the milestone stands for ("shared values", "joint action", "global network").
    pub meaning: L10n,
    pub sources: Vec<Id>,
}

/// One of the five strategic objectives 2010-2016.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    pub id: Id,
    pub number: u8,
    pub name: L10n,
    /// The one-sentence task from the list of objectives.
    pub summary: L10n,
    /// The objective's statement as set out on its own page.
    pub statement: L10n,
    /// A sentence highlighted on the objective's page.
    pub highlight: Option<L10n>,
    pub paragraphs: Vec<L10n>,
    pub functions: Vec<L10n>,
    pub resources: Vec<L10n>,
    pub strategies: Vec<Strategy>,
    pub sources: Vec<Id>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Strategy {
    pub id: Id,
    pub number: u8,
    pub title: L10n,
    pub actions: Vec<Action>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: Id,
    pub text: L10n,
}

/// A regional section of UCLG, or the metropolitan section.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: Id,
    pub name: L10n,
    /// The organisation that acts as the section (e.g. "UCLG Africa", "Metropolis").
    pub organisation: L10n,
    pub kind: SectionKind,
    pub seat: City,
    /// ISO 3166-1 alpha-2 codes of the countries the section covers.
    pub countries: Vec<String>,
    /// Those of `countries` that UN M49, the lists' basis, places in another region: the
    /// atlas's own reading, shown as such (as `LinkBasis::Editorial` links are), never as
    /// a sourced fact.
    #[serde(default)]
    pub editorial_countries: Vec<String>,
    pub sources: Vec<Id>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SectionKind {
    Regional,
    Metropolitan,
}

/// A commission or working group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Commission {
    pub id: Id,
    pub name: L10n,
    /// The strategic objectives the commission relates to, and on what basis.
    pub related_objectives: RelatedObjectives,
    pub sources: Vec<Id>,
}

/// Links from a record to strategic objectives.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelatedObjectives {
    pub basis: LinkBasis,
    pub ids: Vec<Id>,
}

/// Where a link between records comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LinkBasis {
    /// Stated by the record's sources.
    Sourced,
    /// The atlas's own reading, stated by no source: shown as "related", never as a fact.
    Editorial,
}

/// UCLG's bodies (the resources seed 002 names for its objectives, and the General
/// Assembly of UCLG's own pages) and who elects or appoints whom.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Governance {
    pub bodies: Vec<Body>,
    /// Who elects, appoints, recommends or nominates whom: the diagram's arrows.
    pub relations: Vec<Relation>,
    /// Why the sections are counted seven, eight or nine.
    pub sections_count: Point,
}

/// A body of the organisation: what it is and does.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    pub id: Id,
    pub name: L10n,
    pub text: L10n,
    pub sources: Vec<Id>,
}

/// One body acting on another, as a sentence (the diagram's text alternative).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    pub id: Id,
    /// The body that acts.
    pub from: Id,
    /// The body it acts on.
    pub to: Id,
    pub kind: RelationKind,
    pub text: L10n,
    pub basis: LinkBasis,
    pub sources: Vec<Id>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RelationKind {
    Elects,
    Appoints,
    Recommends,
    Nominates,
}

impl Governance {
    /// The body `id`.
    pub fn body(&self, id: &str) -> Option<&Body> {
        self.bodies.iter().find(|b| b.id == id)
    }

    /// The diagram's rows: each body that a relation names, in the row after the last of
    /// the bodies acting on it (those acted on by none first), each row in dataset order.
    /// A cycle, which the validator refuses, would leave its bodies out.
    pub fn rows(&self) -> Vec<Vec<&Body>> {
        let named: Vec<&Body> = self
            .bodies
            .iter()
            .filter(|b| {
                self.relations
                    .iter()
                    .any(|r| r.from == b.id || r.to == b.id)
            })
            .collect();
        let mut row: Vec<Option<usize>> = vec![None; named.len()];
        // Longest path from a body acted on by none; at most one pass per body.
        for _ in 0..named.len() {
            for i in 0..named.len() {
                let above: Vec<Option<usize>> = self
                    .relations
                    .iter()
                    .filter(|r| r.to == named[i].id)
                    .map(|r| {
                        named
                            .iter()
                            .position(|n| n.id == r.from)
                            .and_then(|j| row[j])
                    })
                    .collect();
                row[i] = above
                    .iter()
                    .all(Option::is_some)
                    .then(|| above.iter().flatten().max().map_or(0, |m| m + 1));
            }
        }
        let depth = row.iter().flatten().max().map_or(0, |m| m + 1);
        (0..depth)
            .map(|d| {
                named
                    .iter()
                    .zip(&row)
                    .filter(|(_, r)| **r == Some(d))
                    .map(|(b, _)| *b)
                    .collect()
            })
            .collect()
    }
}

/// The Pact for the Future, Government axis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pact {
    pub title: L10n,
    pub motto: L10n,
    pub intro: L10n,
    pub vision: Vec<L10n>,
    pub commitments: Vec<Point>,
    pub initiatives: Vec<Initiative>,
    pub sources: Vec<Id>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Initiative {
    pub id: Id,
    pub name: L10n,
    pub paragraphs: Vec<L10n>,
    pub sources: Vec<Id>,
}

/// A network or partner of UCLG.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Network {
    pub id: Id,
    pub name: L10n,
    pub acronym: L10n,
    pub description: L10n,
    /// How the network relates to UCLG (a member section, a sister network, …).
    pub relation: L10n,
    pub sources: Vec<Id>,
}

/// A number stated by a source. Figures measuring the same thing share a `measure`, so
/// that disagreeing sources are shown side by side rather than one picked silently.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: Id,
    /// What the figure describes: `uclg`, `world` (context) or a network id.
    pub subject: Id,
    /// What is measured, e.g. `direct-member-cities`; shared by figures that should agree
    /// or be compared (each figure's `unit` and `note` say what exactly it counts).
    pub measure: Id,
    pub value: u64,
    /// The whole it is a part of, as in "155 of 192".
    pub out_of: Option<u64>,
    pub qualifier: Qualifier,
    pub unit: L10n,
    /// What the number says, as a short sentence.
    pub label: L10n,
    /// The year the figure refers to (the source's year unless it says otherwise).
    pub year: u16,
    /// What a reader needs to compare it with the others of its measure, if anything.
    pub note: Option<L10n>,
    pub sources: Vec<Id>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    Exactly,
    MoreThan,
    /// A maximum: "up to 80 %".
    UpTo,
}

/// A dated event of the timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: Id,
    /// ISO 8601 date, as precise as known: `1996`, `2004-05`, `2012-04-05`.
    pub date: String,
    pub kind: EventKind,
    pub title: L10n,
    pub text: L10n,
    /// Where it happened, if it happened somewhere.
    pub city: Option<City>,
    pub sources: Vec<Id>,
}

impl Event {
    /// The year of its date.
    pub fn year(&self) -> u16 {
        super::format::year(&self.date)
    }
}

/// Whether a year is given as the source printed it, or inferred ("c. 2012").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dating {
    Stated,
    Inferred,
}

impl Dataset {
    /// How a fact citing `sources` knows its `year`: inferred when it is the year of its
    /// sources and each of them has an inferred year (a figure of the undated brochure);
    /// a year the source prints (Habitat II, 1996, in the same brochure) is stated.
    pub fn dating(&self, sources: &[Id], year: u16) -> Dating {
        let inferred = !sources.is_empty()
            && sources.iter().all(|id| {
                self.sources
                    .iter()
                    .find(|s| &s.id == id)
                    .is_some_and(|s| s.year_inferred && s.year == year)
            });
        if inferred {
            Dating::Inferred
        } else {
            Dating::Stated
        }
    }

    /// The figures of `measure`, in dataset order.
    pub fn measure<'a>(&'a self, measure: &'a str) -> impl Iterator<Item = &'a Figure> {
        self.figures.iter().filter(move |f| f.measure == measure)
    }

    /// The lowest and highest values the sources give for `measure`, when they disagree
    /// (a different value or a different whole).
    pub fn disagreement(&self, measure: &str) -> Option<(u64, u64)> {
        let mut figures = self.measure(measure);
        let first = figures.next()?;
        let (mut low, mut high, mut differ) = (first.value, first.value, false);
        for f in figures {
            differ |= f.value != first.value || f.out_of != first.out_of;
            low = low.min(f.value);
            high = high.max(f.value);
        }
        differ.then_some((low, high))
    }

    /// The congresses held in a city, with it, in the timeline's order (the map's layer
    /// and its legend).
    pub fn congresses(&self) -> impl Iterator<Item = (&Event, &City)> {
        self.timeline
            .iter()
            .filter(|e| e.kind == EventKind::Congress)
            .filter_map(|e| Some((e, e.city.as_ref()?)))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    Founding,
    Congress,
    Conference,
    Publication,
    Membership,
    Other,
}

/// A document a fact comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Id,
    /// The title in the document's own language.
    pub title: String,
    pub publisher: String,
    pub year: u16,
    /// Why the year is approximate, when the document is not dated.
    pub year_note: Option<L10n>,
    /// The year is the atlas's reasoning (`year_note` gives it), printed nowhere: shown
    /// as "c. 2012", and so are the years of the facts dated by this source alone.
    #[serde(default)]
    pub year_inferred: bool,
    /// BCP 47 tag of the document's language.
    pub language: String,
    pub url: Option<String>,
    /// The seed file this dataset was built from, for seed documents.
    pub seed: Option<String>,
    /// What the document is, in a short phrase.
    pub description: L10n,
}
