//! An SVG is accepted only when it is a plain drawing: shapes, text, gradients and the like.
//!
//! Browsers treat an SVG as a document: opened from its address, it can run scripts, load
//! other files and follow links. So the check is an allow-list, not a search for bad things:
//! every element must be a drawing element of the SVG vocabulary, every attribute a
//! presentation or geometry attribute, every reference a `#fragment` of the same drawing, and
//! every CSS value free of functions that load something (`url()` to elsewhere, `image-set()`)
//! or of escapes that could hide one. The XML is parsed without DTDs, so no entity can expand
//! or reach outside. Editor data (Inkscape's `sodipodi:*`, `<metadata>`) is refused too: it is
//! not needed to draw, and an allow-list cannot tell harmless extras from harmful ones.

use roxmltree::{Document, Node, NodeType, ParsingOptions};

use super::MediaRefusal;
use crate::{Message, message};

const SVG_NS: &str = "http://www.w3.org/2000/svg";
const XLINK_NS: &str = "http://www.w3.org/1999/xlink";
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// The drawing elements an SVG may hold. `<style>` is allowed too, with its CSS checked.
const ELEMENTS: &[&str] = &[
    "svg",
    "g",
    "path",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "text",
    "tspan",
    "title",
    "desc",
    "defs",
    "linearGradient",
    "radialGradient",
    "stop",
    "clipPath",
    "use",
    "symbol",
    "mask",
    "pattern",
    "marker",
    "style",
];

/// Attributes whose values are free text or names, never read as CSS.
const TEXT_ATTRIBUTES: &[&str] = &[
    "id",
    "class",
    "lang",
    "role",
    "aria-label",
    "aria-hidden",
    "aria-labelledby",
    "aria-describedby",
    "version",
    "baseProfile",
    "type",
];

/// Geometry and presentation attributes; their values are checked like CSS values.
const DRAWING_ATTRIBUTES: &[&str] = &[
    // Geometry
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "cx",
    "cy",
    "r",
    "rx",
    "ry",
    "fx",
    "fy",
    "fr",
    "width",
    "height",
    "d",
    "points",
    "pathLength",
    "viewBox",
    "preserveAspectRatio",
    "transform",
    "dx",
    "dy",
    "rotate",
    "textLength",
    "lengthAdjust",
    "offset",
    "gradientUnits",
    "gradientTransform",
    "spreadMethod",
    "clipPathUnits",
    "maskUnits",
    "maskContentUnits",
    "patternUnits",
    "patternContentUnits",
    "patternTransform",
    "markerUnits",
    "markerWidth",
    "markerHeight",
    "refX",
    "refY",
    "orient",
    "enable-background",
    // Presentation
    "fill",
    "fill-opacity",
    "fill-rule",
    "stroke",
    "stroke-width",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-miterlimit",
    "stroke-dasharray",
    "stroke-dashoffset",
    "stroke-opacity",
    "opacity",
    "color",
    "display",
    "visibility",
    "overflow",
    "clip-path",
    "clip-rule",
    "mask",
    "marker-start",
    "marker-mid",
    "marker-end",
    "stop-color",
    "stop-opacity",
    "font-family",
    "font-size",
    "font-size-adjust",
    "font-weight",
    "font-style",
    "font-variant",
    "font-stretch",
    "text-anchor",
    "dominant-baseline",
    "alignment-baseline",
    "baseline-shift",
    "letter-spacing",
    "word-spacing",
    "text-decoration",
    "writing-mode",
    "direction",
    "unicode-bidi",
    "vector-effect",
    "paint-order",
    "shape-rendering",
    "text-rendering",
    "color-interpolation",
    "color-rendering",
    "transform-origin",
    "transform-box",
    "mix-blend-mode",
    "isolation",
];

/// CSS functions that compute a colour or a transform and load nothing. `url()` is allowed
/// apart, and only for a `#fragment`.
const FUNCTIONS: &[&str] = &[
    "rgb",
    "rgba",
    "hsl",
    "hsla",
    "matrix",
    "translate",
    "translatex",
    "translatey",
    "scale",
    "scalex",
    "scaley",
    "rotate",
    "skewx",
    "skewy",
];

/// Whether `bytes` look like markup (`<` first, after a byte-order mark and spaces), for
/// telling a drawing with broken XML from a file that is no drawing at all.
fn looks_like_markup(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<')
}

/// Accepts `bytes` when they are a plain SVG drawing (see the module documentation).
pub(super) fn check_svg(bytes: &[u8]) -> Result<(), MediaRefusal> {
    let not_svg = MediaRefusal::NotWhatItSays {
        expected: super::SVG,
        found: None,
    };
    let text = std::str::from_utf8(bytes).map_err(|_| not_svg.clone())?;
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: 200_000,
        ..ParsingOptions::default()
    };
    let document = match Document::parse_with_options(text, options) {
        Ok(document) => document,
        Err(roxmltree::Error::DtdDetected) => {
            return unsafe_svg(message!("svg_dtd", found = "<!DOCTYPE ...>"));
        }
        Err(error) if looks_like_markup(bytes) => {
            return unsafe_svg(message!("svg_not_xml", found = error));
        }
        Err(_) => return Err(not_svg),
    };
    let root = document.root_element();
    if root.tag_name().name() != "svg" || root.tag_name().namespace() != Some(SVG_NS) {
        return Err(not_svg);
    }
    for node in document.root().descendants() {
        match node.node_type() {
            NodeType::Element => check_element(node).map_or(Ok(()), unsafe_svg)?,
            NodeType::PI => {
                let target = node.pi().map_or("", |pi| pi.target);
                unsafe_svg(message!(
                    "svg_instruction",
                    found = format!("<?{target} ...?>")
                ))?;
            }
            NodeType::Root | NodeType::Text | NodeType::Comment => {}
        }
    }
    Ok(())
}

fn unsafe_svg(reason: Message) -> Result<(), MediaRefusal> {
    Err(MediaRefusal::UnsafeSvg { reason })
}

/// Why `node` (an element) is not part of a plain drawing, if it is not. Each reason names
/// what was `found`, as markup, so it reads the same in every language.
fn check_element(node: Node) -> Option<Message> {
    let name = node.tag_name().name();
    let element = format!("<{name}>");
    if node.tag_name().namespace() != Some(SVG_NS) {
        return Some(message!("svg_foreign_element", found = element));
    }
    match name {
        "script" => return Some(message!("svg_script", found = element)),
        "foreignObject" => return Some(message!("svg_foreign_object", found = element)),
        "a" => return Some(message!("svg_link", found = element)),
        "image" | "feImage" => return Some(message!("svg_loads_file", found = element)),
        _ if name == "set" || name.starts_with("animate") => {
            return Some(message!("svg_animated", found = element));
        }
        _ if !ELEMENTS.contains(&name) => return Some(message!("svg_element", found = element)),
        _ => {}
    }
    if name == "style" {
        let css: String = node
            .children()
            .filter(|c| c.is_text())
            .filter_map(|c| c.text())
            .collect();
        if let Some(problem) = css_problem(&css, false, &element) {
            return Some(problem);
        }
    }
    node.attributes().find_map(|attribute| {
        let (attr, value) = (attribute.name(), attribute.value());
        let place = format!("<{name} {attr}>");
        match attribute.namespace() {
            _ if attr.to_ascii_lowercase().starts_with("on") => {
                Some(message!("svg_event_handler", found = place))
            }
            None | Some(XLINK_NS) if attr == "href" => {
                (!is_fragment(value)).then(|| message!("svg_external_link", found = value))
            }
            Some(XML_NS) if matches!(attr, "space" | "lang") => None,
            None if TEXT_ATTRIBUTES.contains(&attr) => None,
            None if attr == "style" => css_problem(value, false, &place),
            None if DRAWING_ATTRIBUTES.contains(&attr) => css_problem(value, true, &place),
            _ => Some(message!("svg_attribute", found = place)),
        }
    })
}

/// A reference to an element of the same drawing: `#` and a name.
fn is_fragment(value: &str) -> bool {
    value.strip_prefix('#').is_some_and(|name| {
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
    })
}

/// What is wrong with a CSS value, declaration list or style sheet, if anything: an escape
/// (`\`) or at-rule (`@import`), or a function other than colours and transforms, where
/// `url(#fragment)` is allowed only when `fragment_urls` is true (presentation attributes;
/// `style` never loads anything, not even a fragment, so that what it holds stays obvious).
/// `place` is where the CSS was found: `<style>`, or an element and attribute.
fn css_problem(css: &str, fragment_urls: bool, place: &str) -> Option<Message> {
    if css.contains('\\') {
        return Some(message!("svg_css_escape", found = place));
    }
    if css.contains('@') {
        return Some(message!("svg_css_at_rule", found = place));
    }
    let lowered = css.to_ascii_lowercase();
    let mut rest = lowered.as_str();
    while let Some(open) = rest.find('(') {
        let before = &rest[..open];
        let name_start = before
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .map_or(0, |i| i + 1);
        let function = &before[name_start..];
        let argument = rest[open + 1..]
            .trim_start()
            .trim_start_matches(['"', '\'']);
        let allowed = FUNCTIONS.contains(&function)
            || (function == "url" && fragment_urls && argument.starts_with('#'));
        if !allowed {
            return Some(message!(
                "svg_css_function",
                found = place,
                function = format!("{function}(")
            ));
        }
        rest = &rest[open + 1..];
    }
    None
}
