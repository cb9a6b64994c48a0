//! The bundled dataset, checked with the model's own types; and the validator itself,
//! against malformed datasets, each asserting the exact message.

use std::collections::HashSet;
use std::path::Path;

use atlas_model::{self as model, missing_translations, parse_and_validate, Dataset, Locale};
use serde_json::{json, Value};

/// The repository's root, where the app's files are (this crate is `crates/atlas-model`).
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
const DATASET: &str = "public/data/atlas.json";
const FIXTURE: &str = "tests/fixtures/minimal.json";

fn country_codes() -> HashSet<String> {
    let list: Vec<Value> =
        serde_json::from_str(include_str!("../../../public/data/countries.json"))
            .expect("countries.json parses");
    list.iter()
        .map(|c| c["code"].as_str().expect("code").to_owned())
        .collect()
}

fn dataset() -> Dataset {
    let json = include_str!("../../../public/data/atlas.json");
    match parse_and_validate(DATASET, json, &country_codes()) {
        Ok(data) => data,
        Err(errors) => {
            let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("{} problem(s):\n{}", list.len(), list.join("\n"))
        }
    }
}

#[test]
fn the_dataset_is_valid() {
    dataset();
}

#[test]
fn every_locale_is_complete() {
    let data = dataset();
    for locale in Locale::ALL {
        assert_eq!(missing_translations(&data, locale), 0, "{locale:?}");
    }
}

#[test]
fn the_dataset_holds_what_the_seeds_say() {
    let data = dataset();
    assert_eq!(data.objectives.len(), 5);
    assert_eq!(data.commissions.len(), 17);
    assert_eq!(data.aims.len(), 4);
    assert_eq!(data.action_plan.len(), 3);
    assert_eq!(data.agenda_axes.len(), 4);
    assert_eq!(data.pact.commitments.len(), 6);
    assert_eq!(data.pact.initiatives.len(), 5);
    assert_eq!(data.sections.len(), 8);
    assert_eq!(data.organisation.founded.date, "2004-05");
    for o in &data.objectives {
        assert!(!o.strategies.is_empty(), "{}", o.id);
        assert!(
            o.strategies.iter().all(|s| !s.actions.is_empty()),
            "{}",
            o.id
        );
        assert!(
            !o.functions.is_empty() && !o.resources.is_empty(),
            "{}",
            o.id
        );
    }
    for id in ["aimf", "eurocities", "ucue", "afccre", "icorn"] {
        assert!(data.networks.iter().any(|n| n.id == id), "network {id}");
    }
    // Disagreeing figures are all kept, each with its own source.
    let states: Vec<u64> = data
        .figures
        .iter()
        .filter(|f| f.subject == "uclg" && (f.out_of.is_some() || f.value == 120 || f.value == 140))
        .map(|f| f.value)
        .collect();
    for v in [155, 140, 120] {
        assert!(states.contains(&v), "figure {v} is kept");
    }
    assert!(data.figures.iter().any(|f| f.value == 240_000));
    assert!(data.figures.iter().any(|f| f.value == 112));
}

/// The fixes of the line-by-line reading against the seeds (issue 16): French kept as
/// printed, the president dated, comparable figures grouped, inferences marked.
#[test]
fn the_dataset_keeps_the_seeds_wording_and_dates() {
    let data = dataset();
    let org = &data.organisation;
    assert_eq!(
        org.secretariat.address.last().map(String::as_str),
        Some("08002 Barcelone - Espagne")
    );
    let president = org
        .president
        .as_ref()
        .expect("the president the seeds name");
    assert_eq!(president.name, "Mohammed Boudra");
    assert_eq!(
        (president.from.as_str(), president.until.as_deref()),
        ("2019-11", Some("2022-10"))
    );
    assert!(president.sources.iter().any(|s| s == "afccre-uclg") && president.sources.len() > 1);
    let elected = data
        .timeline
        .iter()
        .find(|e| e.id == "boudra-elected-uclg-president")
        .expect("2019 event");
    assert_eq!(elected.date, "2019-11");
    assert!(elected.text.fr.contains("«\u{A0}Monsieur Mohammed BOUDRA, Président de l’association des villes du Maroc depuis 2019, est à la tête de cette organisation\u{A0}»"));
    // No statement presents him as the head of UCLG without a date.
    for s in &data.statements {
        for p in &s.paragraphs {
            assert!(!p.fr.contains("Boudra"), "statement `{}`", s.id);
        }
    }
    // Every figure of the brochure carries the brochure's estimated year.
    let brochure = data
        .sources
        .iter()
        .find(|s| s.id == "strategic-priorities-2010-2016")
        .unwrap();
    assert!(brochure.year_note.is_some());
    for f in data
        .figures
        .iter()
        .filter(|f| f.sources.iter().any(|s| s == &brochure.id))
    {
        assert_eq!(f.year, brochure.year, "{}", f.id);
    }
    // Countries and UN member states: one comparison group, each kind of count explained.
    let group: Vec<_> = data
        .figures
        .iter()
        .filter(|f| [120, 140, 155].contains(&f.value) && f.subject == "uclg")
        .collect();
    assert_eq!(group.len(), 4);
    assert!(group.iter().all(|f| f.measure == group[0].measure));
    assert!(group
        .iter()
        .any(|f| f.out_of == Some(192) && f.note.is_some()));
    assert!(group
        .iter()
        .any(|f| f.unit.en == "countries" && f.note.is_some()));
    // No seed maps commissions to objectives: every such link is marked editorial.
    for c in &data.commissions {
        assert_eq!(
            c.related_objectives.basis,
            model::LinkBasis::Editorial,
            "{}",
            c.id
        );
    }
    // Sources link to the page that supports their facts, not to the organisation's home.
    let home = org.secretariat.website.trim_end_matches('/');
    for s in data.sources.iter().filter(|s| s.id != "uclg-website") {
        let url = s.url.as_deref().unwrap_or_default().trim_end_matches('/');
        assert_ne!(url, home, "{}", s.id);
    }
    for id in [
        "uclg-sections",
        "uclg-history-2004-2013",
        "uclg-congress-durban-2019",
    ] {
        assert!(
            data.sources.iter().any(|s| s.id == id && s.url.is_some()),
            "{id}"
        );
    }
    for id in [
        "note-quotations",
        "note-inclusive-writing",
        "note-editorial-links",
    ] {
        assert!(data.notes.iter().any(|n| n.id == id), "note {id}");
    }
}

#[test]
fn countries_in_two_sections_are_kept() {
    let data = dataset();
    for code in ["TR", "AZ", "EG"] {
        let n = data
            .sections
            .iter()
            .filter(|s| s.countries.iter().any(|c| c == code))
            .count();
        assert!(n >= 2, "{code} is in {n} section(s)");
    }
}

#[test]
fn every_section_country_is_on_the_map() {
    let data = dataset();
    let world = model::geo::decode(include_str!("../../../public/data/world.json"))
        .expect("world.json decodes");
    let shapes: HashSet<&str> = world.countries.iter().map(|c| c.code.as_str()).collect();
    let countries: Vec<Value> =
        serde_json::from_str(include_str!("../../../public/data/countries.json")).unwrap();
    let points: HashSet<&str> = countries
        .iter()
        .filter(|c| !c["point"].is_null())
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    for s in &data.sections {
        for code in &s.countries {
            assert!(
                shapes.contains(code.as_str()) || points.contains(code.as_str()),
                "{DATASET}: section `{}`: country `{code}` has neither a shape nor a point on the map",
                s.id
            );
        }
    }
}

// --- Malformed datasets -----------------------------------------------------------------

/// The stylesheet names each section's colour: three themes (light, dark chosen, dark by
/// the system) and the `data-colour` rule that the map, legend and pages use.
#[test]
fn every_section_has_its_colours() {
    let css = include_str!("../../../style/main.css");
    for section in dataset().sections {
        let id = &section.id;
        let colour = format!("--c-{id}: #");
        assert_eq!(css.matches(&colour).count(), 3, "style/main.css: {colour}…");
        let rule = format!(
            "[data-colour=\"{id}\"] {{ --section: var(--c-{id}); --fill: var(--c-{id}); }}"
        );
        assert!(css.contains(&rule), "style/main.css: missing {rule}");
    }
}

fn fixture() -> Value {
    serde_json::from_str(&std::fs::read_to_string(FIXTURE).expect("fixture"))
        .expect("fixture parses")
}

/// The messages the validator gives for `data`.
fn problems(data: &Value) -> Vec<String> {
    let json = serde_json::to_string(data).unwrap();
    match parse_and_validate(FIXTURE, &json, &country_codes()) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

fn assert_problem(data: &Value, expected: &str) {
    let found = problems(data);
    assert!(
        found.iter().any(|p| p == expected),
        "expected {expected:?}\nfound {found:#?}"
    );
}

fn assert_problem_starts(data: &Value, expected: &str) {
    let found = problems(data);
    assert!(
        found.iter().any(|p| p.starts_with(expected)),
        "expected {expected:?}…\nfound {found:#?}"
    );
}

#[test]
fn the_fixture_is_valid() {
    assert_eq!(problems(&fixture()), Vec::<String>::new());
}

#[test]
fn missing_field() {
    let mut d = fixture();
    d["objectives"][0]
        .as_object_mut()
        .unwrap()
        .remove("statement");
    assert_problem_starts(
        &d,
        "tests/fixtures/minimal.json: record `objectives[0]`, field ``: missing field `statement`",
    );
}

#[test]
fn missing_translation_field() {
    let mut d = fixture();
    d["objectives"][0]["name"]
        .as_object_mut()
        .unwrap()
        .remove("es");
    assert_problem_starts(
        &d,
        "tests/fixtures/minimal.json: record `objectives[0]`, field `name`: missing field `es`",
    );
}

#[test]
fn wrong_type() {
    let mut d = fixture();
    d["figures"][0]["value"] = json!("1000");
    assert_problem_starts(&d, "tests/fixtures/minimal.json: record `figures[0]`, field `value`: invalid type: string \"1000\", expected u64");
}

#[test]
fn unknown_field() {
    let mut d = fixture();
    d["networks"][0]["founded"] = json!("1979");
    assert_problem_starts(&d, "tests/fixtures/minimal.json: record `networks[0]`, field `founded`: unknown field `founded`");
}

#[test]
fn unknown_enum_value() {
    let mut d = fixture();
    d["sections"][0]["kind"] = json!("continental");
    assert_problem_starts(&d, "tests/fixtures/minimal.json: record `sections[0]`, field `kind`: unknown variant `continental`");
}

#[test]
fn dangling_source_reference() {
    let mut d = fixture();
    d["commissions"][0]["sources"] = json!(["seed", "nowhere"]);
    assert_problem(&d, "tests/fixtures/minimal.json: record `culture`, field `sources[1]`: unknown source `nowhere`");
}

#[test]
fn dangling_objective_reference() {
    let mut d = fixture();
    d["commissions"][0]["related_objectives"]["ids"] = json!(["intelligence"]);
    assert_problem(&d, "tests/fixtures/minimal.json: record `culture`, field `related_objectives.ids[0]`: unknown objective `intelligence`");
}

#[test]
fn unknown_link_basis() {
    let mut d = fixture();
    d["commissions"][0]["related_objectives"]["basis"] = json!("inferred");
    assert_problem_starts(&d, "tests/fixtures/minimal.json: record `commissions[0]`, field `related_objectives.basis`: unknown variant `inferred`");
}

#[test]
fn presidential_term_dates() {
    let mut d = fixture();
    d["organisation"]["president"]["from"] = json!("Nov. 2019");
    assert_problem(&d, "tests/fixtures/minimal.json: record `organisation`, field `president.from`: `Nov. 2019` is not an ISO 8601 date");
    let mut d = fixture();
    d["organisation"]["president"]["until"] = json!("2019-10");
    assert_problem(&d, "tests/fixtures/minimal.json: record `organisation`, field `president.until`: the term ends (2019-10) before it starts (2019-11)");
    let mut d = fixture();
    d["organisation"]["president"]["until"] = json!(null);
    assert_eq!(problems(&d), Vec::<String>::new());
}

#[test]
fn dangling_figure_subject() {
    let mut d = fixture();
    d["figures"][0]["subject"] = json!("eurocities");
    assert_problem(&d, "tests/fixtures/minimal.json: record `members-2013`, field `subject`: unknown subject `eurocities`");
}

#[test]
fn duplicate_id() {
    let mut d = fixture();
    d["aims"][0]["id"] = json!("mission");
    assert_problem(&d, "tests/fixtures/minimal.json: record `mission`, field `id`: duplicate id, first used at `aims[0]`");
}

#[test]
fn id_not_kebab_case() {
    let mut d = fixture();
    d["networks"][0]["id"] = json!("AIMF");
    assert_problem(
        &d,
        "tests/fixtures/minimal.json: record `networks[0]`, field `id`: `AIMF` is not kebab-case",
    );
}

#[test]
fn empty_translation() {
    let mut d = fixture();
    d["pact"]["initiatives"][0]["name"]["es"] = json!("");
    assert_problem(
        &d,
        "tests/fixtures/minimal.json: record `local-finance`, field `name.es`: empty translation",
    );
}

#[test]
fn blank_translation() {
    let mut d = fixture();
    d["organisation"]["tagline"]["en"] = json!("   ");
    assert_problem(
        &d,
        "tests/fixtures/minimal.json: record `organisation`, field `tagline.en`: empty translation",
    );
}

#[test]
fn bad_country_code() {
    let mut d = fixture();
    d["sections"][0]["countries"] = json!(["FR", "XX"]);
    assert_problem(&d, "tests/fixtures/minimal.json: record `europe`, field `countries[1]`: unknown country code `XX`");
}

#[test]
fn lower_case_country_code() {
    let mut d = fixture();
    d["sections"][0]["countries"] = json!(["fr"]);
    assert_problem(&d, "tests/fixtures/minimal.json: record `europe`, field `countries[0]`: unknown country code `fr`");
}

#[test]
fn country_listed_twice() {
    let mut d = fixture();
    d["sections"][0]["countries"] = json!(["FR", "BE", "FR"]);
    assert_problem(&d, "tests/fixtures/minimal.json: record `europe`, field `countries[2]`: country `FR` listed twice");
}

#[test]
fn section_without_countries() {
    let mut d = fixture();
    d["sections"][0]["countries"] = json!([]);
    assert_problem(&d, "tests/fixtures/minimal.json: record `europe`, field `countries`: a section needs at least one country");
}

#[test]
fn bad_seat_country() {
    let mut d = fixture();
    d["sections"][0]["seat"]["country"] = json!("ZZ");
    assert_problem(&d, "tests/fixtures/minimal.json: record `europe`, field `seat.country`: unknown country code `ZZ`");
}

#[test]
fn record_without_source() {
    let mut d = fixture();
    d["timeline"][0]["sources"] = json!([]);
    assert_problem(
        &d,
        "tests/fixtures/minimal.json: record `founding`, field `sources`: no source cited",
    );
}

#[test]
fn unused_source() {
    let mut d = fixture();
    let mut extra = d["sources"][0].clone();
    extra["id"] = json!("orphan");
    d["sources"].as_array_mut().unwrap().push(extra);
    assert_problem(
        &d,
        "tests/fixtures/minimal.json: record `orphan`, field `id`: source is never cited",
    );
}

#[test]
fn figure_without_year() {
    let mut d = fixture();
    d["figures"][0].as_object_mut().unwrap().remove("year");
    assert_problem_starts(
        &d,
        "tests/fixtures/minimal.json: record `figures[0]`, field ``: missing field `year`",
    );
}

#[test]
fn implausible_year() {
    let mut d = fixture();
    d["figures"][0]["year"] = json!(13);
    assert_problem(
        &d,
        "tests/fixtures/minimal.json: record `members-2013`, field `year`: implausible year 13",
    );
}

#[test]
fn bad_date() {
    let mut d = fixture();
    d["timeline"][0]["date"] = json!("05/2004");
    assert_problem(&d, "tests/fixtures/minimal.json: record `founding`, field `date`: `05/2004` is not an ISO 8601 date");
}

#[test]
fn page_marker_noise() {
    let mut d = fixture();
    d["objectives"][0]["paragraphs"][0]["fr"] = json!("Texte page 8");
    assert_problem(&d, "tests/fixtures/minimal.json: record `representation`, field `paragraphs[0].fr`: page marker left from the PDF");
}

#[test]
fn stray_closing_quote() {
    let mut d = fixture();
    d["statements"][0]["paragraphs"][0]["fr"] = json!("une voix unie »");
    assert_problem(&d, "tests/fixtures/minimal.json: record `mission`, field `paragraphs[0].fr`: unbalanced quotes or brackets `«…»`");
}

#[test]
fn bullet_noise() {
    let mut d = fixture();
    d["objectives"][0]["strategies"][0]["actions"][0]["text"]["fr"] = json!("➤ Action");
    assert_problem(&d, "tests/fixtures/minimal.json: record `representation-s1-a1`, field `text.fr`: extraction noise `➤`");
}

#[test]
fn doubled_space() {
    let mut d = fixture();
    d["organisation"]["summary"]["en"] = json!("Two  spaces");
    assert_problem(
        &d,
        "tests/fixtures/minimal.json: record `organisation`, field `summary.en`: doubled space",
    );
}

#[test]
fn text_in_capitals() {
    let mut d = fixture();
    d["objectives"][0]["statement"]["fr"] = json!("PROMOUVOIR L'AUTONOMIE LOCALE ET RÉGIONALE");
    assert_problem(&d, "tests/fixtures/minimal.json: record `representation`, field `statement.fr`: text in capitals");
}

#[test]
fn not_json_at_all() {
    let found = match parse_and_validate(FIXTURE, "{ \"organisation\": ", &country_codes()) {
        Ok(_) => vec![],
        Err(e) => e.iter().map(ToString::to_string).collect(),
    };
    assert!(
        found[0].starts_with("tests/fixtures/minimal.json: record `organisation`"),
        "{found:?}"
    );
    assert!(found[0].contains("EOF while parsing"), "{found:?}");
}

/// Search results name the president with the years of his term, as the home page does.
#[test]
fn search_shows_the_president_with_his_term() {
    let data = dataset();
    for locale in Locale::ALL {
        let hits = model::SearchIndex::build(&data, locale).search("Boudra");
        let hit = hits
            .iter()
            .find(|h| h.anchor.as_deref() == Some("president"))
            .expect("the president is found");
        let snippet: String = hit.snippet.iter().map(|(t, _)| t.as_str()).collect();
        assert!(snippet.ends_with("(2019-2022)"), "{locale:?}: {snippet}");
    }
}

#[test]
fn ordinary_space_before_a_french_colon() {
    let mut d = fixture();
    d["statements"][0]["paragraphs"][0]["fr"] = json!("Notre mission : unir");
    assert_problem(&d, "tests/fixtures/minimal.json: record `mission`, field `paragraphs[0].fr`: an ordinary space before `:` in “Notre mission : unir”: French takes a no-break space (U+00A0 or U+202F)");
    // English and Spanish take none; French takes a no-break one.
    d["statements"][0]["paragraphs"][0]["fr"] = json!("Notre mission\u{A0}: unir");
    d["statements"][0]["paragraphs"][0]["en"] = json!("Our mission: unite");
    assert_eq!(problems(&d), Vec::<String>::new());
}

#[test]
fn ordinary_space_inside_french_guillemets() {
    let mut d = fixture();
    d["objectives"][0]["strategies"][0]["actions"][0]["text"]["fr"] =
        json!("une « voix unie\u{202F}»");
    assert_problem(&d, "tests/fixtures/minimal.json: record `representation-s1-a1`, field `text.fr`: no no-break space after `«` in “une « voix unie<U+202F>»”: French takes a no-break space (U+00A0 or U+202F)");
}

#[test]
fn ordinary_space_in_a_french_source_title() {
    let mut d = fixture();
    d["sources"][0]["title"] = json!("Qui sommes-nous ?");
    assert_problem(&d, "tests/fixtures/minimal.json: record `seed`, field `title`: an ordinary space before `?` in “Qui sommes-nous ?”: French takes a no-break space (U+00A0 or U+202F)");
    // A document in English keeps its own rules.
    d["sources"][0]["language"] = json!("en");
    assert_eq!(problems(&d), Vec::<String>::new());
}

#[test]
fn number_grouped_otherwise_than_the_locale() {
    let mut d = fixture();
    d["figures"][0]["label"]["fr"] = json!("Plus de 1000 villes");
    d["figures"][0]["label"]["es"] = json!("Más de 240\u{A0}000 miembros");
    let found = problems(&d);
    for expected in [
        "tests/fixtures/minimal.json: record `members-2013`, field `label.fr`: the number `1000` is written `1<U+202F>000` in fr, as `format::number` writes it",
        "tests/fixtures/minimal.json: record `members-2013`, field `label.es`: the number `240<U+00A0>000` is written `240.000` in es, as `format::number` writes it",
    ] {
        assert!(found.iter().any(|p| p == expected), "expected {expected:?}\nfound {found:#?}");
    }
}

/// The fixes of the second line-by-line reading against the seeds (issue 27, part 4).
#[test]
fn the_second_reading_s_fixes_hold() {
    let data = dataset();
    // 1. Seed 003's sentence, as printed (typo fixed), in both places it is quoted.
    let vision =
        "Prendre soin des gouvernements, c’est définir le fait de gouverner en partenariat";
    assert!(data.pact.vision[0].fr.contains(vision));
    let pact_vision = data.statements.iter().find(|s| s.id == "pact-vision");
    assert!(pact_vision.expect("statement").paragraphs[0]
        .fr
        .contains(vision));
    // 2. Habitat III was convened on 22 December 2011; the brochure's "2000" is not read
    // as Rabat 2013 but as an inference.
    let brochure = data
        .sources
        .iter()
        .find(|s| s.id == "strategic-priorities-2010-2016")
        .expect("brochure");
    let note = brochure.year_note.as_ref().expect("year note");
    assert!(note.fr.contains("22 décembre 2011 (résolution 66/207)"));
    assert!(!note.en.contains("end of 2012") && note.en.contains("inference"));
    // 3. and 4. The quotation's brackets and the open list are kept.
    assert!(data.introduction.parts[0].paragraphs[1]
        .fr
        .contains("[promouvant]"));
    let ucue = data.networks.iter().find(|n| n.id == "ucue").expect("ucue");
    assert!(ucue.description.fr.ends_with("l’emploi…"));
    // 5. Paris's four networks are those four.
    let page = data
        .timeline
        .iter()
        .find(|e| e.id == "paris-city-networks-page")
        .expect("event");
    assert!(!page.text.fr.contains("dont CGLU") && !page.text.en.contains("including"));
    // 8. The brochure names no commission.
    for c in &data.commissions {
        assert_eq!(c.sources, ["rabat-2013-who-we-are"], "{}", c.id);
    }
    // 9. Seed facts no longer missing.
    let all = serde_json::to_string(&data).expect("serialises");
    for fact in [
        "Se regrouper pour réfléchir, échanger et agir ensemble est devenu une nécessité",
        "Paris, Capitale d’exil",
        "Café Capote",
        "03 44 06 66 36",
        "une vision moderne",
    ] {
        assert!(all.contains(fact), "{fact}");
    }
    // 11. Seed 001 gives AFCCRE's year, not its month.
    let afccre = data.timeline.iter().find(|e| e.id == "afccre-joins-uclg");
    assert_eq!(afccre.expect("event").date, "2004");
    // 12. Placements that depart from UN M49 are marked editorial.
    let editorial = |id: &str| {
        data.sections
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.editorial_countries.clone())
            .expect("section")
    };
    assert_eq!(editorial("europe"), ["CY", "GE", "TR"]);
    assert_eq!(editorial("eurasia"), ["AM", "AZ", "GE"]);
    assert_eq!(editorial("middle-east-west-asia"), ["AF", "EG", "IR"]);
    assert!(editorial("africa").is_empty());
}

/// A label saying "up to" is a maximum, and the data says so (issue 27, item 10).
#[test]
fn a_figure_s_qualifier_agrees_with_its_label() {
    for f in &dataset().figures {
        let up_to = [
            f.label.fr.starts_with("Jusqu’à"),
            f.label.en.starts_with("Up to"),
            f.label.es.starts_with("Hasta"),
        ];
        let is_up_to = f.qualifier == model::Qualifier::UpTo;
        assert_eq!(up_to, [is_up_to; 3], "{}", f.id);
    }
}

/// The timeline's lead names the years of its first and last events (issue 27, item 11).
#[test]
fn the_timeline_lead_spans_the_events() {
    let data = dataset();
    let mut years: Vec<u16> = data.timeline.iter().map(|e| e.year()).collect();
    years.sort_unstable();
    let (first, last) = (years[0], years[years.len() - 1]);
    for locale in Locale::ALL {
        let file = format!("locales/{}/timeline.json", locale.tag());
        let text = std::fs::read_to_string(Path::new(ROOT).join(&file)).expect("readable");
        let json: Value = serde_json::from_str(&text).expect(&file);
        let lead = json["lead"].as_str().expect("lead");
        assert!(
            lead.contains(&first.to_string()) && lead.contains(&last.to_string()),
            "{file}: {lead}"
        );
    }
}

#[test]
fn editorial_country_outside_the_section() {
    let mut d = fixture();
    d["sections"][0]["editorial_countries"] = json!(["BE", "DE"]);
    assert_problem(
        &d,
        "tests/fixtures/minimal.json: record `europe`, field `editorial_countries[1]`: `DE` is not one of the section's countries",
    );
}

/// How current each fact is (issue 27, part 2): the dataset says when it was last read
/// against its sources, and that day is a real one, after every source.
#[test]
fn the_review_date_is_a_day_after_every_source() {
    let data = dataset();
    assert_eq!(data.reviewed.len(), 10, "{}", data.reviewed);
    let mut d = fixture();
    d["reviewed"] = json!("2026-12");
    assert_problem(&d, "tests/fixtures/minimal.json: record `reviewed`, field `reviewed`: `2026-12` is not an ISO 8601 day (YYYY-MM-DD)");
    let mut d = fixture();
    d["reviewed"] = json!("2026-13-01");
    assert_problem(&d, "tests/fixtures/minimal.json: record `reviewed`, field `reviewed`: `2026-13-01` is not an ISO 8601 day (YYYY-MM-DD)");
    let mut d = fixture();
    d["reviewed"] = json!("2012-01-31");
    assert_problem(&d, "tests/fixtures/minimal.json: record `reviewed`, field `reviewed`: reviewed on 2012-01-31 against a source of 2013 (`seed`)");
    let mut d = fixture();
    d.as_object_mut().unwrap().remove("reviewed");
    assert_problem_starts(&d, "tests/fixtures/minimal.json: missing field `reviewed`");
}

/// The undated brochure's year is the atlas's reasoning: its figures and the event dated by
/// it alone read "c. 2012", a year it prints (Habitat II, 1996) does not, and no id calls
/// them 2010.
#[test]
fn inferred_years_are_marked_and_named_so() {
    use model::Dating;
    let data = dataset();
    let brochure = "strategic-priorities-2010-2016";
    let inferred: Vec<&str> = data
        .figures
        .iter()
        .filter(|f| data.dating(&f.sources, f.year) == Dating::Inferred)
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(
        inferred,
        [
            "uclg-un-member-states-circa-2012",
            "uclg-direct-member-cities-circa-2012",
            "uclg-national-associations-circa-2012",
            "uclg-population-share-circa-2012",
        ]
    );
    for f in &data.figures {
        assert!(!f.id.ends_with("-2010"), "{}", f.id);
        if f.sources == [brochure] {
            assert!(f.id.ends_with("-circa-2012"), "{}", f.id);
        }
    }
    let event = |id: &str| data.timeline.iter().find(|e| e.id == id).expect(id);
    let year = |e: &model::Event| e.year();
    let published = event("strategic-priorities-published");
    assert_eq!(
        data.dating(&published.sources, year(published)),
        Dating::Inferred
    );
    let habitat = event("habitat-ii-istanbul");
    assert_eq!(data.dating(&habitat.sources, year(habitat)), Dating::Stated);
    // A figure of a dated source, or citing a dated one beside the brochure, is stated.
    let founded = event("uclg-founded");
    assert_eq!(data.dating(&founded.sources, year(founded)), Dating::Stated);
    assert_eq!(data.dating(&[], 2012), Dating::Stated);

    let mut d = fixture();
    d["sources"][0]["year_inferred"] = json!(true);
    assert_problem(&d, "tests/fixtures/minimal.json: record `seed`, field `year_inferred`: an inferred year needs its reasoning in `year_note`");
}

/// A term with an end is shown as ended once the review date has passed it, with the
/// source that says who holds the office now.
#[test]
fn an_ended_term_points_to_the_present() {
    let data = dataset();
    let president = data.organisation.president.as_ref().expect("president");
    assert!(president.ended_by(&data.reviewed));
    assert!(!president.ended_by("2022-09-30"));
    assert!(president.ended_by("2022-10"));
    let present = president.present.as_deref().expect("present");
    let source = data.sources.iter().find(|s| s.id == present).unwrap();
    assert!(source.url.is_some());
    let mut open = president.clone();
    open.until = None;
    assert!(!open.ended_by(&data.reviewed));

    let mut d = fixture();
    d["organisation"]["president"]["present"] = json!(null);
    assert_problem(&d, "tests/fixtures/minimal.json: record `organisation`, field `president.present`: a term with an end needs the source that says who holds the office now");
    let mut d = fixture();
    d["organisation"]["president"]["present"] = json!("nowhere");
    assert_problem(&d, "tests/fixtures/minimal.json: record `organisation`, field `president.present`: unknown source `nowhere`");
    let mut d = fixture();
    d["sources"][0]["url"] = json!(null);
    assert_problem(&d, "tests/fixtures/minimal.json: record `organisation`, field `president.present`: source `seed` has no address to read the present at");
}

/// The sources disagree on the number of countries (120 to 155), not on the cities.
#[test]
fn disagreeing_measures_give_their_range() {
    let data = dataset();
    assert_eq!(
        data.disagreement("countries-and-un-member-states"),
        Some((120, 155))
    );
    assert_eq!(data.disagreement("direct-member-cities"), None);
    assert_eq!(data.disagreement("no-such-measure"), None);
}

/// The governance view (issue 27, part 1): the bodies seed 002 names, each relation between
/// known bodies, and the diagram's rows from the General Assembly down.
#[test]
fn governance_bodies_and_their_relations() {
    let data = dataset();
    let g = &data.governance;
    let ids: Vec<&str> = g.bodies.iter().map(|b| b.id.as_str()).collect();
    for id in [
        "members",
        "world-council",
        "executive-bureau",
        "presidency",
        "sections",
        "financial-management-committee",
        "committee-on-statutory-affairs",
        "commissions",
        "world-secretariat",
        "auditors",
    ] {
        assert!(ids.contains(&id), "{id}");
    }
    let rows: Vec<Vec<&str>> = g
        .rows()
        .iter()
        .map(|r| r.iter().map(|b| b.id.as_str()).collect())
        .collect();
    assert_eq!(
        rows,
        [
            vec![
                "general-assembly",
                "committee-on-statutory-affairs",
                "sections"
            ],
            vec!["world-council"],
            vec!["executive-bureau", "presidency"],
        ]
    );

    let mut d = fixture();
    d["governance"]["relations"][0]["to"] = json!("nobody");
    assert_problem(&d, "tests/fixtures/minimal.json: record `council-elects-presidency`, field `to`: unknown body `nobody`");
    let mut d = fixture();
    let back = json!({"id": "presidency-elects-council", "from": "presidency", "to": "council", "kind": "elects",
        "text": {"fr": "x", "en": "x", "es": "x"}, "basis": "sourced", "sources": ["seed"]});
    d["governance"]["relations"]
        .as_array_mut()
        .unwrap()
        .push(back);
    assert_problem(&d, "tests/fixtures/minimal.json: record `governance`, field `relations`: the relations go round in a circle: the diagram has no top");
    let mut d = fixture();
    d["governance"]["relations"][0]["kind"] = json!("reports-to");
    assert_problem_starts(&d, "tests/fixtures/minimal.json: record `governance`, field `relations[0].kind`: unknown variant `reports-to`");
}
