//! Hostile and ordinary Markdown through the renderer and the allow-list.

use super::*;

/// Renders Markdown from an untrusted source with no course around it: links to web pages
/// survive, images and relative links do not.
fn render_untrusted(markdown: &str) -> String {
    render(markdown, |target, url, _| {
        (target == Target::Link && is_external(url)).then(|| url.to_string())
    })
    .html
}

/// A SHA-256 in hex, as media URLs carry.
const HASH: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

/// Renders raw HTML with a resolver that trusts everything, so only the sanitiser decides.
fn render_trusting(markdown: &str) -> String {
    render(markdown, |_, url, _| Some(url.to_string())).html
}

fn assert_absent(html: &str, needles: &[&str]) {
    let lower = html.to_ascii_lowercase();
    for needle in needles {
        assert!(!lower.contains(needle), "`{needle}` survived in: {html}");
    }
}

#[test]
fn ordinary_markdown_renders_to_html() {
    let html = render_untrusted("## Before\n\nBe **on time**.\n\n- one\n- two\n");
    assert!(html.contains("<h2>Before</h2>"));
    assert!(html.contains("<strong>on time</strong>"));
    assert!(html.contains("<li>one</li>"));
}

#[test]
fn script_tags_are_removed_with_their_content() {
    let html = render_untrusted("Hi<script>alert(1)</script>\n\n<script src=x></script>");
    assert_absent(&html, &["<script", "alert(1)"]);
    assert!(html.contains("Hi"));
}

#[test]
fn frames_objects_and_forms_are_removed() {
    let html = render_untrusted(
        "<iframe src=\"https://evil.example\"></iframe>\n<object data=x></object>\n\
         <embed src=x>\n<form action=https://evil.example><input name=p></form>",
    );
    assert_absent(&html, &["<iframe", "<object", "<embed", "<form", "<input"]);
}

#[test]
fn event_handlers_and_styles_are_removed() {
    let html = render_untrusted(
        "<p onclick=\"steal()\" style=\"position:fixed\">x</p>\n\n<b onmouseover=alert(1)>y</b>",
    );
    assert_absent(&html, &["onclick", "onmouseover", "style=", "steal()"]);
    assert!(html.contains("<p>x</p>"));
}

#[test]
fn javascript_and_data_urls_never_survive() {
    let html = render_untrusted(
        "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) [c](data:text/html;base64,PHNjcmlwdD4=)\n\n\
         <a href=\"javascript:alert(3)\">d</a> <a href=\"data:text/html,x\">e</a>\n\n\
         <img src=\"data:image/png;base64,AAAA\">",
    );
    assert_absent(&html, &["javascript:", "data:"]);
}

#[test]
fn images_from_other_sites_are_dropped() {
    let html = render_untrusted(
        "![pixel](https://tracker.example/p.png)\n\n<img src=\"https://tracker.example/q.png\">\n\n\
         <img src=\"//tracker.example/r.png\">",
    );
    assert_absent(&html, &["tracker.example"]);
}

#[test]
fn web_links_open_without_telling_the_other_site_where_they_came_from() {
    let html = render_untrusted("[rights](https://www.ilo.org/)");
    assert!(html.contains("href=\"https://www.ilo.org/\""));
    assert!(html.contains("rel=\"noopener noreferrer\""));
}

#[test]
fn resolved_media_urls_are_kept() {
    let url = format!("/media/c/{HASH}.svg");
    let html = render(
        "![A handshake](images/hand.svg)",
        |target, url_in, offset| {
            assert_eq!(
                (target, url_in, offset),
                (Target::Image, "images/hand.svg", 0)
            );
            Some(url.clone())
        },
    )
    .html;
    assert!(html.contains(&format!("<img src=\"{url}\" alt=\"A handshake\">")));
}

#[test]
fn an_image_survives_only_with_the_exact_address_of_this_sites_media() {
    let kept = [
        format!("/media/job-interview/{HASH}.svg"),
        format!("/media/c1/{HASH}.png"),
        format!("/media/c/{HASH}.jpg"),
        format!("/media/c/{HASH}.webp"),
        format!("/media/c/{HASH}.gif"),
    ];
    for url in &kept {
        let html = render_trusting(&format!("<img src=\"{url}\" alt=\"a\">"));
        assert!(
            html.contains(&format!("src=\"{url}\"")),
            "{url} was dropped: {html}"
        );
        let html = render_trusting(&format!("![a]({url})"));
        assert!(
            html.contains(&format!("src=\"{url}\"")),
            "{url} was dropped: {html}"
        );
    }
    let hostile = [
        "/media/../leave".to_string(),
        "/media/x/../../leave".to_string(),
        format!("/media/c/{HASH}.svg/../../../leave"),
        format!("/media/c/../{HASH}.svg"),
        format!("/media/./c/{HASH}.svg"),
        format!("/media/c/./{HASH}.svg"),
        "/media/c/%2e%2e/%2e%2e/leave".to_string(),
        format!("/media/%2e%2e/{HASH}.svg"),
        format!("/media/c/{HASH}%2esvg"),
        "/media/c/&#x2e;&#x2e;/&#x2e;&#x2e;/leave".to_string(),
        format!("/media\\c\\{HASH}.svg"),
        format!("/media/c\\..\\..\\leave/{HASH}.svg"),
        format!("/media/c/{HASH}.svg?next=/leave"),
        format!("/media/c/{HASH}.svg#x"),
        format!("/media/c/{HASH}.svg/"),
        format!("/media/C/{HASH}.svg"),
        format!("/media/c/{}.svg", HASH.to_uppercase()),
        format!("/media/c/{HASH}.SVG"),
        format!("/MEDIA/c/{HASH}.svg"),
        format!("/media/c/{}.svg", &HASH[1..]),
        format!("/media/c/{HASH}0.svg"),
        format!("/media/c/{}g.svg", &HASH[1..]),
        format!("/media/c/{HASH}.exe"),
        format!("/media/c/{HASH}.bin"),
        format!("/media/c/{HASH}.jpeg"),
        format!("/media/c/{HASH}.svg.html"),
        format!("/media/c/d/{HASH}.svg"),
        format!("/media//{HASH}.svg"),
        format!("/media/-c/{HASH}.svg"),
        format!(" /media/c/{HASH}.svg"),
        format!("//media/c/{HASH}.svg"),
        format!("https://evil.example/media/c/{HASH}.svg"),
        format!("media/c/{HASH}.svg"),
        "/leave".to_string(),
        "../../leave".to_string(),
        "leave".to_string(),
    ];
    for url in &hostile {
        for markdown in [
            format!("<img src=\"{url}\" alt=\"a\">"),
            format!("![a](<{url}>)"),
        ] {
            let html = render_trusting(&markdown);
            assert!(!html.contains("src="), "`{url}` survived: {html}");
            assert!(html.contains("alt=\"a\""), "the image went too: {html}");
        }
    }
}

#[test]
fn a_link_survives_only_to_the_web_email_a_phone_a_fragment_or_a_lesson() {
    let kept = [
        "https://www.ilo.org/",
        "http://example.org/a?b=c#d",
        "mailto:help@example.org",
        "tel:+390612345",
        "#top",
        "#",
        "prepare-your-answers",
        "02-next#part-two",
        "next#a/../../leave",
    ];
    for url in kept {
        let html = render_trusting(&format!("<a href=\"{url}\">text</a>"));
        assert!(
            html.contains(&format!("href=\"{url}\"")),
            "{url} was dropped: {html}"
        );
    }
    let hostile = [
        "../../leave",
        "../leave",
        "./leave",
        "leave/../../x",
        "/leave",
        "/en/account/delete",
        "//evil.example",
        "//evil.example/x",
        "\\\\evil.example",
        "/\\evil.example",
        "%2e%2e/%2e%2e/leave",
        "%2e%2e",
        "leave%2f..",
        "Leave",
        "LEAVE",
        "leave?now=1",
        "leave/",
        "le ave",
        " leave",
        "leave.md",
        "",
        "?next=/leave",
        "javascript:alert(1)",
        "data:text/html,x",
        "ftp://evil.example/",
        "https:evil.example",
        "&#x2e;&#x2e;/leave",
    ];
    for url in hostile {
        for element in ["a", "area"] {
            let html = render_trusting(&format!("<{element} href=\"{url}\">text</{element}>"));
            assert!(
                !html.contains("href="),
                "`{url}` survived on {element}: {html}"
            );
        }
        let html = render_trusting(&format!("<blockquote cite=\"{url}\">q</blockquote>"));
        assert!(!html.contains("cite="), "`{url}` survived as cite: {html}");
        let html = render_trusting(&format!("[the text](<{url}>)"));
        assert!(
            !html.contains("href="),
            "`{url}` survived in Markdown: {html}"
        );
        assert!(html.contains("the text"), "the link text went too: {html}");
    }
}

#[test]
fn a_quiz_block_is_left_out_of_the_html_and_handed_back_with_its_offset() {
    let markdown = "Read this.\n\n```quiz pay-day\nWhen?\n\n- [x] Friday\n```\n\n~~~ Quiz  second\nQ\n~~~\n\nMore.\n";
    let rendered = render(markdown, |_, url, _| Some(url.to_string()));
    assert_eq!(rendered.html, "<p>Read this.</p>\n<p>More.</p>\n");
    let blocks: Vec<_> = rendered
        .quizzes
        .iter()
        .map(|b| (b.id.as_str(), b.content.as_str(), b.offset))
        .collect();
    assert_eq!(
        blocks,
        [
            ("pay-day", "When?\n\n- [x] Friday\n", 12),
            ("second", "Q\n", 53)
        ]
    );
}

#[test]
fn other_code_blocks_stay_in_the_lesson() {
    let rendered = render(
        "```quizzes\nkept\n```\n\n```toml\nid = 1\n```\n",
        |_, _, _| None,
    );
    assert!(rendered.quizzes.is_empty());
    assert!(rendered.html.contains("kept"), "{}", rendered.html);
    assert!(rendered.html.contains("id = 1"), "{}", rendered.html);
}

#[test]
fn schemes_are_recognised() {
    assert!(has_scheme("javascript:alert(1)"));
    assert!(has_scheme("data:text/html,x"));
    assert!(has_scheme("//evil.example/x"));
    assert!(!has_scheme("images/a.png"));
    assert!(!has_scheme("02-next.md"));
    assert!(is_external("HTTPS://example.org"));
    assert!(!is_external("javascript:x"));
}
