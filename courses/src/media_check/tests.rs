//! Images by content: signatures, pixel sizes, and SVGs that are plain drawings or refused.

use super::*;

/// The start of a PNG whose header says `width` × `height`.
fn png(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    bytes.extend(width.to_be_bytes());
    bytes.extend(height.to_be_bytes());
    bytes.extend([8, 6, 0, 0, 0, 0, 0, 0, 0]);
    bytes
}

fn jpeg(width: u16, height: u16) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 16];
    bytes.extend(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
    bytes.extend([0xFF, 0xC0, 0, 17, 8]);
    bytes.extend(height.to_be_bytes());
    bytes.extend(width.to_be_bytes());
    bytes.extend([3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xFF, 0xD9]);
    bytes
}

fn gif(width: u16, height: u16) -> Vec<u8> {
    let mut bytes = b"GIF89a".to_vec();
    bytes.extend(width.to_le_bytes());
    bytes.extend(height.to_le_bytes());
    bytes.extend([0, 0, 0, 0x3B]);
    bytes
}

fn webp(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = b"RIFF\x16\0\0\0WEBPVP8X\x0a\0\0\0\0\0\0\0".to_vec();
    bytes.extend(&(width - 1).to_le_bytes()[..3]);
    bytes.extend(&(height - 1).to_le_bytes()[..3]);
    bytes
}

const BUNDLED_SVG: &str = include_str!("../../catalog/job-interview/images/interview-table.svg");

fn svg(inner: &str) -> Vec<u8> {
    format!("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">{inner}</svg>").into_bytes()
}

/// Why an SVG was refused, as its key and values: `svg_script (found=<script>)`.
fn svg_reason(bytes: &[u8]) -> String {
    match check_media("images/a.svg", bytes) {
        Err(MediaRefusal::UnsafeSvg { reason }) => reason.to_string(),
        other => panic!("expected an unsafe SVG, got {other:?}"),
    }
}

#[test]
fn each_kind_of_picture_is_recognised_by_its_content() {
    assert_eq!(check_media("a/photo.png", &png(640, 480)), Ok("image/png"));
    assert_eq!(
        check_media("a/photo.JPG", &jpeg(640, 480)),
        Ok("image/jpeg")
    );
    assert_eq!(
        check_media("a/photo.jpeg", &jpeg(4096, 976)),
        Ok("image/jpeg")
    );
    assert_eq!(check_media("a/anim.gif", &gif(320, 200)), Ok("image/gif"));
    assert_eq!(
        check_media("a/photo.webp", &webp(2000, 2000)),
        Ok("image/webp")
    );
    assert_eq!(
        check_media("a/table.svg", BUNDLED_SVG.as_bytes()),
        Ok("image/svg+xml")
    );
}

#[test]
fn content_that_is_not_what_the_extension_says_is_refused() {
    let cases: [(&str, Vec<u8>, Option<&str>); 5] = [
        (
            "a.png",
            b"<!doctype html><script>alert(1)</script>".to_vec(),
            None,
        ),
        ("a.png", jpeg(10, 10), Some("image/jpeg")),
        ("a.jpg", b"just some text".to_vec(), None),
        ("a.webp", b"RIFF\0\0\0\0WAVEfmt ".to_vec(), None),
        ("a.svg", png(10, 10), Some("image/png")),
    ];
    for (path, bytes, found) in cases {
        let expected = content_type_for(path.rsplit('.').next().unwrap()).unwrap();
        assert_eq!(
            check_media(path, &bytes),
            Err(MediaRefusal::NotWhatItSays { expected, found }),
            "{path}"
        );
    }
    let message = check_media("a.svg", &gif(1, 1))
        .unwrap_err()
        .message("a.svg");
    assert_eq!(
        message.to_string(),
        "image_other_kind (expected=SVG, found=GIF, url=a.svg)"
    );
    let message = check_media("a.png", b"hello").unwrap_err().message("a.png");
    assert_eq!(
        message.to_string(),
        "image_no_picture (expected=PNG, url=a.png)"
    );
}

#[test]
fn a_tiny_png_that_claims_gigapixels_is_refused_before_anything_decodes_it() {
    let bomb = png(100_000, 100_000);
    assert!(bomb.len() < 64);
    let refusal = check_media("images/bomb.png", &bomb).unwrap_err();
    assert_eq!(
        refusal,
        MediaRefusal::TooManyPixels {
            width: 100_000,
            height: 100_000
        }
    );
    let message = refusal.message("images/bomb.png");
    assert_eq!(message.arg("width"), Some("100000"));
    assert_eq!(message.arg("height"), Some("100000"));
}

#[test]
fn a_picture_over_the_side_or_pixel_limit_is_refused() {
    let too_wide = check_media("a.gif", &gif(5000, 10));
    assert_eq!(
        too_wide,
        Err(MediaRefusal::TooManyPixels {
            width: 5000,
            height: 10
        })
    );
    let too_many = check_media("a.webp", &webp(2001, 2000));
    assert_eq!(
        too_many,
        Err(MediaRefusal::TooManyPixels {
            width: 2001,
            height: 2000
        })
    );
    assert!(check_media("a.png", &png(4096, 976)).is_ok());
}

#[test]
fn a_cut_short_or_empty_picture_is_unreadable() {
    assert_eq!(
        check_media("a.png", b"\x89PNG\r\n\x1a\n"),
        Err(MediaRefusal::Unreadable)
    );
    assert_eq!(
        check_media("a.png", &png(0, 10)),
        Err(MediaRefusal::Unreadable)
    );
}

#[test]
fn an_unknown_extension_or_an_oversized_file_is_refused() {
    assert_eq!(
        check_media("notes.txt", b"x"),
        Err(MediaRefusal::UnknownType)
    );
    assert_eq!(
        check_media("images/photo", b"x"),
        Err(MediaRefusal::UnknownType)
    );
    let mut big = png(10, 10);
    big.resize(MAX_MEDIA_BYTES as usize + 1, 0);
    assert_eq!(
        check_media("a.png", &big),
        Err(MediaRefusal::TooBig {
            bytes: MAX_MEDIA_BYTES + 1,
            limit: MAX_MEDIA_BYTES
        })
    );
}

#[test]
fn a_plain_drawing_with_gradients_references_and_styles_is_accepted() {
    let drawing = svg(concat!(
        "<title>A table</title><desc>Two chairs</desc><!-- drawn by hand -->",
        "<defs><linearGradient id=\"g\" x2=\"1\"><stop offset=\"0\" stop-color=\"#fff\"/>",
        "<stop offset=\"1\" style=\"stop-color: rgb(0, 0, 0); stop-opacity: .5\"/></linearGradient>",
        "<symbol id=\"s\"><circle r=\"2\"/></symbol><clipPath id=\"c\"><rect width=\"5\" height=\"5\"/></clipPath></defs>",
        "<style type=\"text/css\">.a { fill: hsl(120, 50%, 50%) } rect { stroke: #000 }</style>",
        "<g class=\"a\" transform=\"translate(1 2) rotate(5)\" clip-path=\"url(#c)\">",
        "<rect fill=\"url('#g')\" width=\"10\" height=\"10\"/><use href=\"#s\"/><use xlink:href=\"#s\" x=\"3\"/>",
        "<text x=\"1\" y=\"9\" xml:space=\"preserve\" font-family=\"sans-serif\">Hi (there)</text></g>",
    ));
    assert_eq!(check_media("a.svg", &drawing), Ok(SVG));
    let with_declaration = [
        b"\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".as_slice(),
        &drawing,
    ]
    .concat();
    assert_eq!(check_media("a.svg", &with_declaration), Ok(SVG));
}

#[test]
fn an_svg_that_runs_loads_or_links_anything_is_refused_with_the_reason() {
    let cases = [
        ("<script>alert(1)</script>", "svg_script (found=<script>)"),
        (
            "<foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p></foreignObject>",
            "svg_foreign_object (found=<foreignObject>)",
        ),
        (
            "<rect onclick=\"alert(1)\"/>",
            "svg_event_handler (found=<rect onclick>)",
        ),
        (
            "<rect ONLOAD=\"alert(1)\"/>",
            "svg_event_handler (found=<rect ONLOAD>)",
        ),
        (
            "<a href=\"https://example.com\"><rect/></a>",
            "svg_link (found=<a>)",
        ),
        (
            "<image href=\"data:image/png;base64,AAAA\"/>",
            "svg_loads_file (found=<image>)",
        ),
        (
            "<animate attributeName=\"x\" to=\"5\"/>",
            "svg_animated (found=<animate>)",
        ),
        (
            "<animateTransform attributeName=\"transform\"/>",
            "svg_animated (found=<animateTransform>)",
        ),
        (
            "<set attributeName=\"fill\" to=\"red\"/>",
            "svg_animated (found=<set>)",
        ),
        (
            "<use href=\"other.svg#x\"/>",
            "svg_external_link (found=other.svg#x)",
        ),
        (
            "<use xlink:href=\"https://example.com/a.svg#x\"/>",
            "svg_external_link (found=https://example.com/a.svg#x)",
        ),
        (
            "<rect style=\"fill: url(https://t.example/p)\"/>",
            "svg_css_function (found=<rect style>, function=url()",
        ),
        (
            "<rect style=\"fill: url(#g)\"/>",
            "svg_css_function (found=<rect style>, function=url()",
        ),
        (
            "<rect fill=\"url(https://t.example/p)\"/>",
            "svg_css_function (found=<rect fill>, function=url()",
        ),
        (
            "<rect style=\"width: expression(alert(1))\"/>",
            "svg_css_function (found=<rect style>, function=expression()",
        ),
        (
            "<rect style=\"mask: image-set('https://t.example/p' 1x)\"/>",
            "svg_css_function (found=<rect style>, function=image-set()",
        ),
        (
            "<rect style=\"fill: \\75 rl(https://t.example/p)\"/>",
            "svg_css_escape (found=<rect style>)",
        ),
        (
            "<style>@import 'https://t.example/a.css';</style>",
            "svg_css_at_rule (found=<style>)",
        ),
        (
            "<style>rect { fill: url(https://t.example/p) }</style>",
            "svg_css_function (found=<style>, function=url()",
        ),
        ("<?php echo 1; ?>", "svg_instruction (found=<?php ...?>)"),
        ("<metadata/>", "svg_element (found=<metadata>)"),
        (
            "<rect target=\"_blank\"/>",
            "svg_attribute (found=<rect target>)",
        ),
        (
            "<rect xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" inkscape:label=\"x\"/>",
            "svg_attribute (found=<rect label>)",
        ),
        (
            "<inkscape:x xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\"/>",
            "svg_foreign_element (found=<x>)",
        ),
    ];
    for (inner, want) in cases {
        assert_eq!(svg_reason(&svg(inner)), want, "{inner}");
    }
}

#[test]
fn an_svg_with_a_dtd_or_broken_xml_is_refused() {
    let dtd =
        "<!DOCTYPE svg [<!ENTITY a \"aaaa\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&a;</svg>";
    assert!(svg_reason(dtd.as_bytes()).starts_with("svg_dtd"));
    assert!(
        svg_reason(b"<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>")
            .starts_with("svg_not_xml")
    );
    let html = b"<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>";
    assert_eq!(
        check_media("a.svg", html),
        Err(MediaRefusal::NotWhatItSays {
            expected: SVG,
            found: None
        })
    );
    let no_namespace = b"<svg><rect/></svg>";
    assert!(check_media("a.svg", no_namespace).is_err());
    let refusal = check_media("a.svg", &svg("<script/>")).unwrap_err();
    assert_eq!(
        refusal.message("images/a.svg").to_string(),
        "svg_script (found=<script>, url=images/a.svg)"
    );
}

#[test]
fn a_damaged_or_cut_short_picture_header_is_refused_and_never_panics() {
    for sample in [png(640, 480), jpeg(640, 480), gif(320, 200), webp(300, 200)] {
        for length in 0..sample.len() {
            let refused = check_media("a.png", &sample[..length]).is_err();
            assert!(
                refused || length > 12,
                "{length} bytes: too short to hold a size"
            );
        }
        for at in 0..sample.len() {
            for value in [0x00, 0x01, 0x7F, 0xFF] {
                let mut damaged = sample.clone();
                damaged[at] = value;
                for path in ["a.png", "a.jpg", "a.gif", "a.webp"] {
                    let _ = check_media(path, &damaged);
                }
            }
        }
    }
}

#[test]
fn a_deeply_nested_svg_is_checked_without_running_out_of_stack() {
    let depth = 60_000;
    let drawing = svg(&format!("{}{}", "<g>".repeat(depth), "</g>".repeat(depth)));
    assert!(drawing.len() < MAX_MEDIA_BYTES as usize);
    assert_eq!(check_media("a.svg", &drawing), Ok(SVG));
}
