//! The certificate as a PDF: one A4 page, its two fonts embedded (subset to the letters used,
//! so names in Albanian, Romanian, Greek or Cyrillic print and copy as typed), and a QR code
//! drawn as vector squares that leads to the verification page, its code printed under it.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};
use qrcode::{Color, QrCode};

use crate::credential::{Certificate, CredentialError};

static REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// A4 in points.
const WIDTH: f32 = 595.28;
const HEIGHT: f32 = 841.89;
const MARGIN: f32 = 64.0;
/// The QR code's side, and the quiet zone around it, in modules.
const QR_SIDE: f32 = 120.0;
const QUIET: usize = 4;

/// The printed words around the certificate's own texts, in the certificate's language.
pub struct Labels<'a> {
    /// "Certificate"
    pub heading: &'a str,
    /// "This certifies that"
    pub awarded_to: &'a str,
    /// "has completed the course"
    pub completed: &'a str,
    /// "Skills"
    pub skills: &'a str,
    /// "Issued by"
    pub issued_by: &'a str,
    /// "Date"
    pub date: &'a str,
    /// The date it was issued, as its language writes a date ("5 December 2026").
    pub issued_on: &'a str,
    /// "Verification code"
    pub code: &'a str,
    /// "Check this certificate at"
    pub verify_at: &'a str,
}

const INK: (u8, u8, u8) = (0x1f, 0x29, 0x33);
const ACCENT: (u8, u8, u8) = (0x1d, 0x5c, 0x8c);

struct Page<'s> {
    surface: Surface<'s>,
    regular: Font,
    bold: Font,
}

impl Page<'_> {
    fn colour(&mut self, (r, g, b): (u8, u8, u8)) {
        self.surface.set_fill(Some(Fill {
            paint: rgb::Color::new(r, g, b).into(),
            ..Fill::default()
        }));
    }

    /// One line of text at `y` (its baseline), left-aligned at the margin.
    fn line(&mut self, y: f32, size: f32, bold: bool, text: &str) {
        let font = if bold { &self.bold } else { &self.regular }.clone();
        self.surface.draw_text(
            Point::from_xy(MARGIN, y),
            font,
            size,
            text,
            false,
            TextDirection::Auto,
        );
    }

    /// Text wrapped to the page's width at whole words; the baseline after its last line.
    fn paragraph(&mut self, mut y: f32, size: f32, bold: bool, text: &str, width: f32) -> f32 {
        for line in wrap(text, chars_per_line(size, width)) {
            self.line(y, size, bold, &line);
            y += size * 1.35;
        }
        y
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32) {
        if let Some(rect) = Rect::from_xywh(x, y, w, h) {
            let mut builder = PathBuilder::new();
            builder.push_rect(rect);
            if let Some(path) = builder.finish() {
                self.surface.draw_path(&path);
            }
        }
    }

    /// The QR code of `text`, `QR_SIDE` wide, with its top left corner at (`x`, `y`).
    fn qr(&mut self, x: f32, y: f32, text: &str) -> Result<(), CredentialError> {
        let code = QrCode::new(text.as_bytes()).map_err(|e| CredentialError::Pdf(e.to_string()))?;
        let modules = code.width();
        let unit = QR_SIDE / (modules + 2 * QUIET) as f32;
        let colours = code.to_colors();
        let mut builder = PathBuilder::new();
        for (index, colour) in colours.iter().enumerate() {
            if *colour == Color::Dark {
                let (column, row) = (index % modules, index / modules);
                if let Some(rect) = Rect::from_xywh(
                    x + (column + QUIET) as f32 * unit,
                    y + (row + QUIET) as f32 * unit,
                    unit,
                    unit,
                ) {
                    builder.push_rect(rect);
                }
            }
        }
        self.colour((0, 0, 0));
        if let Some(path) = builder.finish() {
            self.surface.draw_path(&path);
        }
        Ok(())
    }
}

/// The QR code of `text` as an SVG image (for the page she prints), dark squares on a light
/// ground with its quiet zone, scaled by its container.
pub fn qr_svg(text: &str) -> Result<String, CredentialError> {
    let code = QrCode::new(text.as_bytes()).map_err(|e| CredentialError::Pdf(e.to_string()))?;
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .quiet_zone(true)
        .min_dimensions(160, 160)
        .build();
    // Inline in a page: the element alone, without the XML prolog of a file.
    Ok(svg
        .find("<svg")
        .map_or(svg.clone(), |start| svg[start..].to_string()))
}

/// About how many characters of DejaVu Sans at `size` fit in `width` points.
fn chars_per_line(size: f32, width: f32) -> usize {
    ((width / (size * 0.58)) as usize).max(10)
}

/// `text` cut into lines of at most `limit` characters at spaces (a longer word gets a line
/// of its own).
fn wrap(text: &str, limit: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let needed =
            current.chars().count() + usize::from(!current.is_empty()) + word.chars().count();
        if !current.is_empty() && needed > limit {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// The certificate's PDF, with a QR code of `verify_url`.
pub fn pdf(
    certificate: &Certificate,
    labels: &Labels<'_>,
    verify_url: &str,
) -> Result<Vec<u8>, CredentialError> {
    let font = |data: &'static [u8]| {
        Font::new(data.into(), 0)
            .ok_or_else(|| CredentialError::Pdf("a bundled font did not load".into()))
    };
    let (regular, bold) = (font(REGULAR)?, font(BOLD)?);
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(format!("{}: {}", labels.heading, certificate.title))
            .language(certificate.language.clone()),
    );
    let settings = PageSettings::from_wh(WIDTH, HEIGHT)
        .ok_or_else(|| CredentialError::Pdf("page size".into()))?;
    let mut page = document.start_page_with(settings);
    {
        let mut p = Page {
            surface: page.surface(),
            regular,
            bold,
        };
        let text_width = WIDTH - 2.0 * MARGIN;
        // A band across the top, in the platform's colour; nothing else decorates.
        p.colour(ACCENT);
        p.rect(0.0, 0.0, WIDTH, 18.0);
        p.rect(MARGIN, 150.0, 72.0, 3.0);

        p.colour(INK);
        p.line(128.0, 32.0, true, labels.heading);
        p.line(200.0, 13.0, false, labels.awarded_to);
        let name_size = (text_width
            / (0.62 * certificate.holder_name.chars().count().max(1) as f32))
            .clamp(14.0, 28.0);
        let mut y = p.paragraph(240.0, name_size, true, &certificate.holder_name, text_width);
        y += 14.0;
        p.line(y, 13.0, false, labels.completed);
        y = p.paragraph(y + 30.0, 19.0, true, &certificate.title, text_width) + 10.0;
        if !certificate.skills.is_empty() {
            p.line(y, 13.0, true, labels.skills);
            y += 22.0;
            for skill in &certificate.skills {
                y = p.paragraph(y, 12.0, false, &format!("•  {skill}"), text_width);
                y += 2.0;
            }
        }

        let bottom = HEIGHT - MARGIN - QR_SIDE;
        let mut y = bottom + 10.0;
        p.line(y, 10.0, false, labels.issued_by);
        y = p.paragraph(
            y + 18.0,
            13.0,
            true,
            &certificate.issuer.name,
            text_width - QR_SIDE - 16.0,
        );
        p.line(y, 12.0, false, &certificate.issuer.country);
        p.line(y + 30.0, 10.0, false, labels.date);
        p.line(y + 48.0, 13.0, true, labels.issued_on);

        let qr_x = WIDTH - MARGIN - QR_SIDE;
        p.qr(qr_x, bottom - 14.0, verify_url)?;
        p.colour(INK);
        p.line(
            HEIGHT - MARGIN + 12.0,
            9.0,
            false,
            &format!("{}: {}", labels.code, certificate.code),
        );
        p.line(
            HEIGHT - MARGIN + 26.0,
            9.0,
            false,
            &format!("{} {verify_url}", labels.verify_at),
        );
        p.surface.finish();
    }
    page.finish();
    document
        .finish()
        .map_err(|e| CredentialError::Pdf(format!("{e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_wraps_at_spaces_and_keeps_every_word() {
        let lines = wrap("one two three four five six", 9);
        assert_eq!(lines, ["one two", "three", "four five", "six"]);
        assert_eq!(
            wrap("Ανδρονίκη-Παπαδοπούλου", 5),
            ["Ανδρονίκη-Παπαδοπούλου"]
        );
    }
}
