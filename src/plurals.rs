//! CLDR plural rules for the UI strings' plural forms (`"1 résultat"`, `"2 résultats"`,
//! `"0 résultat"` in French, `"0 results"` in English), which leptos_i18n picks at run time.
//!
//! Only the cardinal rules are compiled in (a few kilobytes of CLDR data). leptos_i18n's
//! own `icu_compiled_data` feature would also bake the ordinal rules in, and asks for
//! formatter data crates that do not resolve against this lockfile's ICU4X versions.

use leptos_i18n::custom_provider::{set_icu_data_provider, IcuDataProvider};
use leptos_i18n::reexports::icu::locid::Locale;
use leptos_i18n::reexports::icu::plurals::{PluralRuleType, PluralRules};
use leptos_i18n::reexports::icu::provider::DataError;

/// Gives leptos_i18n the plural rules: call once, before anything is rendered.
pub fn provide_plural_rules() {
    set_icu_data_provider(CardinalRules);
}

/// ICU4X's compiled cardinal plural rules, every locale included (about 7 KB).
struct CardinalRules;

impl IcuDataProvider for CardinalRules {
    fn try_new_plural_rules(
        &self,
        locale: &Locale,
        rule_type: PluralRuleType,
    ) -> Result<PluralRules, DataError> {
        match rule_type {
            PluralRuleType::Cardinal => PluralRules::try_new_cardinal(locale.into()),
            // The locale files have no ordinal forms ("1st", "2nd"): a key with some would
            // fail here, in the tests, rather than render a wrong form.
            _ => Err(DataError::custom(
                "only cardinal plural rules are compiled in",
            )),
        }
    }
}
