//! The HTML that partners paste to embed a view: the `embed.js` placeholder and the plain
//! iframe. Pure string logic, tested natively; every value is escaped for its attribute.

use crate::paths::{EmbedView, Paths, Theme};
use crate::Locale;

/// The fixed height of the plain iframe snippet, in CSS pixels.
pub const IFRAME_HEIGHT: u32 = 640;

/// Where the atlas is, seen from a partner's page: its origin and deployment base.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    /// `https://atlas.example.org`, no trailing slash.
    pub origin: String,
    pub paths: Paths,
}

impl Site {
    /// The absolute address of `embed.js`.
    pub fn script_url(&self) -> String {
        format!("{}{}/embed.js", self.origin, self.paths.base())
    }

    /// The absolute address of an embedded view.
    pub fn embed_url(&self, locale: Locale, view: &EmbedView, theme: Theme) -> String {
        format!(
            "{}{}",
            self.origin,
            self.paths.embed_href(locale, view, theme)
        )
    }

    /// The placeholder and script form: the frame follows its content's height.
    pub fn script_snippet(&self, locale: Locale, view: &EmbedView, theme: Theme) -> String {
        let (name, id) = view.script_name();
        let mut attrs = format!("data-uclg-atlas=\"{}\"", escape(name));
        if let Some(id) = id {
            attrs.push_str(&format!(" data-id=\"{}\"", escape(id)));
        }
        attrs.push_str(&format!(" data-lang=\"{}\"", locale.tag()));
        if theme != Theme::Auto {
            attrs.push_str(&format!(" data-theme=\"{}\"", theme.as_str()));
        }
        format!(
            "<div {attrs}></div>\n<script src=\"{}\" async></script>",
            escape(&self.script_url())
        )
    }

    /// The plain iframe form: no script, fixed height.
    pub fn iframe_snippet(
        &self,
        locale: Locale,
        view: &EmbedView,
        theme: Theme,
        title: &str,
    ) -> String {
        format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{IFRAME_HEIGHT}\" \
             loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\" \
             style=\"border:0\"></iframe>",
            escape(&self.embed_url(locale, view, theme)),
            escape(title)
        )
    }
}

/// Escapes text for markup written as a string (the embed code, the map's and the
/// timeline's SVG): `&`, `<`, `>` and `"`, so that it is safe as element content and as a
/// double-quoted attribute value. The one escape function of the app.
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Site {
        Site {
            origin: "https://atlas.example.org".to_owned(),
            paths: Paths::new("/uclg/atlas/"),
        }
    }

    #[test]
    fn script_snippet_names_the_view_and_its_options() {
        let objective = EmbedView::Objective("representation".to_owned());
        assert_eq!(
            site().script_snippet(Locale::Fr, &objective, Theme::Dark),
            "<div data-uclg-atlas=\"objective\" data-id=\"representation\" data-lang=\"fr\" \
             data-theme=\"dark\"></div>\n\
             <script src=\"https://atlas.example.org/uclg/atlas/embed.js\" async></script>"
        );
        assert_eq!(
            site().script_snippet(Locale::En, &EmbedView::Map, Theme::Auto),
            "<div data-uclg-atlas=\"map\" data-lang=\"en\"></div>\n\
             <script src=\"https://atlas.example.org/uclg/atlas/embed.js\" async></script>"
        );
    }

    #[test]
    fn iframe_snippet_escapes_its_title() {
        let code = site().iframe_snippet(
            Locale::Es,
            &EmbedView::Figures,
            Theme::Light,
            "Cifras \"clave\" & <más>",
        );
        assert!(code.starts_with(
            "<iframe src=\"https://atlas.example.org/uclg/atlas/embed/es/figures?theme=light\""
        ));
        assert!(code.contains("title=\"Cifras &quot;clave&quot; &amp; &lt;más&gt;\""));
        assert!(code.contains("height=\"640\""));
    }
}
