//! Course archives: a course comes back from its archive exactly, and every hostile archive
//! is refused as a whole, naming the entry at fault.

use std::io::{Cursor, Write};
use std::path::Path;

use courses::{
    ArchiveReason, ArchiveRefusal, FileTree, MAX_ARCHIVE_ENTRIES, MAX_COURSE_FILES,
    MAX_MEDIA_BYTES, MediaRefusal, load_course, load_course_tree, read_archive, write_archive,
};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

const SVG: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 2 2\"><rect width=\"2\" height=\"2\"/></svg>";

fn deflated() -> SimpleFileOptions {
    SimpleFileOptions::default().compression_method(CompressionMethod::Deflated)
}

/// A zip of `entries`, each a file with its bytes, written with the zip crate as any tool would.
fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        zip.start_file(*name, deflated()).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// Reads `bytes`, which must be refused for `reason` naming `entry`; gives the message.
fn assert_refused(bytes: &[u8], entry: &str, reason: ArchiveReason) -> String {
    let refusal = read_archive(bytes).expect_err("the archive must be refused");
    assert_eq!(
        refusal,
        ArchiveRefusal {
            entry: Some(entry.to_string()),
            reason
        }
    );
    let message = refusal.to_string();
    assert!(message.starts_with(&format!("`{entry}`: ")), "{message}");
    message
}

fn bundled(slug: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("catalog")
        .join(slug)
}

#[test]
fn every_bundled_course_comes_back_exactly_from_its_archive() {
    for slug in ["job-interview", "safe-phone", "words-for-work"] {
        let tree = FileTree::read_folder(&bundled(slug)).unwrap();
        let archive = write_archive(slug, &tree);
        assert_eq!(
            archive,
            write_archive(slug, &tree),
            "{slug}: same tree, same bytes"
        );
        let (read_slug, read_tree) = read_archive(&archive).unwrap_or_else(|r| panic!("{r}"));
        assert_eq!(read_slug, slug);
        assert_eq!(read_tree, tree);
        let course = load_course(&bundled(slug)).unwrap();
        assert_eq!(load_course_tree(&read_slug, &read_tree).unwrap(), course);
    }
}

#[test]
fn an_archive_lists_the_course_folder_in_path_order_with_fixed_dates_and_permissions() {
    let mut tree = FileTree::new();
    tree.insert("images/b.svg", SVG.into()).unwrap();
    tree.insert("course.toml", b"version = 1".to_vec()).unwrap();
    let archive = write_archive("email", &tree);
    let mut zip = zip::ZipArchive::new(Cursor::new(archive)).unwrap();
    let names: Vec<&str> = zip.file_names().collect();
    assert_eq!(names, ["email/course.toml", "email/images/b.svg"]);
    let entry = zip.by_index(1).unwrap();
    assert_eq!(entry.compression(), CompressionMethod::Deflated);
    assert_eq!(entry.unix_mode().unwrap() & 0o777, 0o644);
    assert_eq!(
        entry.last_modified().unwrap().to_string(),
        "1980-01-01 00:00:00"
    );
}

#[test]
fn folder_entries_hidden_files_and_a_macs_extra_folder_are_skipped() {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    zip.add_directory("email/", deflated()).unwrap();
    for (name, bytes) in [
        ("email/course.toml", b"version = 1".as_slice()),
        ("email/.DS_Store", b"\0\0\0\x01Bud1"),
        ("email/.git/config", b"[core]"),
        ("__MACOSX/email/._course.toml", b"\0\x05\x16\x07"),
    ] {
        zip.start_file(name, deflated()).unwrap();
        zip.write_all(bytes).unwrap();
    }
    let archive = zip.finish().unwrap().into_inner();
    let (slug, tree) = read_archive(&archive).unwrap();
    assert_eq!(slug, "email");
    let paths: Vec<&str> = tree.iter().map(|(path, _)| path).collect();
    assert_eq!(paths, ["course.toml"]);
}

#[test]
fn an_entry_that_climbs_out_with_dot_dot_is_refused() {
    let archive = zip_of(&[
        ("email/course.toml", b"x"),
        ("email/../../etc/cron.d/x", b"x"),
    ]);
    let message = assert_refused(
        &archive,
        "email/../../etc/cron.d/x",
        ArchiveReason::Traversal,
    );
    assert!(message.contains("`..`"), "{message}");
}

#[test]
fn an_entry_with_an_absolute_path_is_refused() {
    for name in ["/etc/passwd", "C:/Windows/win.ini", "\\\\server\\share\\x"] {
        let archive = zip_of(&[(name, b"x")]);
        assert_refused(&archive, name, ArchiveReason::AbsolutePath);
    }
    let archive = zip_of(&[("email\\course.toml", b"x")]);
    assert_refused(&archive, "email\\course.toml", ArchiveReason::BadName);
}

#[test]
fn a_symbolic_link_entry_is_refused_even_pointing_inside_the_course() {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("email/course.toml", deflated()).unwrap();
    zip.write_all(b"version = 1").unwrap();
    zip.add_symlink("email/images/x.svg", "../course.toml", deflated())
        .unwrap();
    let archive = zip.finish().unwrap().into_inner();
    let message = assert_refused(&archive, "email/images/x.svg", ArchiveReason::Link);
    assert!(message.contains("symbolic link"), "{message}");
}

/// An archive holding `megabytes` MB of zeros as `email/notes.txt`, written in chunks, so the
/// test never holds more than one: the archive is about 1/160 of that.
fn zeros(megabytes: usize) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("email/notes.txt", deflated().compression_level(Some(1)))
        .unwrap();
    let chunk = vec![0u8; 1024 * 1024];
    for _ in 0..megabytes {
        zip.write_all(&chunk).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn a_decompression_bomb_is_refused_without_inflating_it() {
    // 16 MB rather than gigabytes keeps the test fast (deflating is what takes time, in a
    // debug build); the ratio, which refuses it, is the same.
    let archive = zeros(16);
    assert!(
        archive.len() < 16 * 1024 * 1024 / 100,
        "{} bytes",
        archive.len()
    );
    let message = assert_refused(&archive, "email/notes.txt", ArchiveReason::Bomb);
    assert!(message.contains("decompression bomb"), "{message}");
}

#[test]
fn a_bomb_whose_headers_claim_a_small_size_is_stopped_by_the_bytes_inflated() {
    let archive = zeros(4);
    // The declared size (4 MB, little-endian, in the local and the central header) becomes 1 KB.
    let declared = (4u32 * 1024 * 1024).to_le_bytes();
    let archive = patched(archive, &declared, &1024u32.to_le_bytes());
    // Reading stops one byte past the limit, whatever the header said.
    let limit = MAX_MEDIA_BYTES;
    assert_refused(
        &archive,
        "email/notes.txt",
        ArchiveReason::FileTooBig { limit },
    );
}

#[test]
fn an_archive_with_more_files_than_a_course_may_hold_is_refused() {
    let names: Vec<String> = (0..=MAX_COURSE_FILES)
        .map(|n| format!("email/notes/{n:04}.txt"))
        .collect();
    let entries: Vec<(&str, &[u8])> = names
        .iter()
        .map(|n| (n.as_str(), b"x".as_slice()))
        .collect();
    let archive = zip_of(&entries);
    let last = names.last().unwrap();
    let message = assert_refused(
        &archive,
        last,
        ArchiveReason::TooManyEntries {
            limit: MAX_COURSE_FILES,
        },
    );
    assert!(
        message.contains("more than 2000 files and folders"),
        "{message}"
    );
}

#[test]
fn an_archive_listing_more_entries_than_the_limit_is_refused_before_they_are_read() {
    let names: Vec<String> = (0..=MAX_ARCHIVE_ENTRIES)
        .map(|n| format!("__MACOSX/email/._{n:04}"))
        .collect();
    let entries: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), b"".as_slice())).collect();
    let refusal = read_archive(&zip_of(&entries)).unwrap_err();
    assert_eq!(refusal.entry, None);
    assert_eq!(
        refusal.reason,
        ArchiveReason::TooManyEntries {
            limit: MAX_ARCHIVE_ENTRIES
        }
    );
}

#[test]
fn an_image_over_its_size_limit_is_refused() {
    // Stored, not deflated: varied bytes that do not compress, as a real photo.
    let big: Vec<u8> = (0..=MAX_MEDIA_BYTES)
        .map(|n| (n * 7919 % 251) as u8)
        .collect();
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    zip.start_file("email/images/big.png", stored).unwrap();
    zip.write_all(&big).unwrap();
    let archive = zip.finish().unwrap().into_inner();
    let message = assert_refused(
        &archive,
        "email/images/big.png",
        ArchiveReason::FileTooBig {
            limit: MAX_MEDIA_BYTES,
        },
    );
    assert!(message.contains("larger than 512 KB"), "{message}");
}

#[test]
fn a_tiny_png_that_claims_gigapixels_is_refused() {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    png.extend(100_000u32.to_be_bytes());
    png.extend(100_000u32.to_be_bytes());
    png.extend([8, 6, 0, 0, 0, 0, 0, 0, 0]);
    let archive = zip_of(&[("email/images/huge.png", &png)]);
    let reason = ArchiveReason::Media(MediaRefusal::TooManyPixels {
        width: 100_000,
        height: 100_000,
    });
    assert_refused(&archive, "email/images/huge.png", reason);
}

#[test]
fn an_svg_with_a_script_is_refused() {
    let svg = SVG.replace("</svg>", "<script>fetch('/account')</script></svg>");
    let archive = zip_of(&[("email/images/x.svg", svg.as_bytes())]);
    let refusal = read_archive(&archive).unwrap_err();
    assert!(
        matches!(&refusal.reason, ArchiveReason::Media(MediaRefusal::UnsafeSvg { reason })
            if reason.key == "svg_script" && reason.arg("found") == Some("<script>")),
        "{refusal:?}"
    );
    let message = refusal.to_string();
    assert!(
        message.starts_with("`email/images/x.svg`: svg_script"),
        "{message}"
    );
}

#[test]
fn an_svg_with_an_event_handler_is_refused() {
    let svg = SVG.replace("<svg ", "<svg onload=\"alert(1)\" ");
    let archive = zip_of(&[("email/images/x.svg", svg.as_bytes())]);
    let refusal = read_archive(&archive).unwrap_err();
    assert_eq!(refusal.entry.as_deref(), Some("email/images/x.svg"));
    assert!(
        matches!(&refusal.reason, ArchiveReason::Media(MediaRefusal::UnsafeSvg { reason })
            if reason.key == "svg_event_handler" && reason.arg("found") == Some("<svg onload>")),
        "{refusal:?}"
    );
}

#[test]
fn a_png_whose_content_is_text_is_refused() {
    let archive = zip_of(&[(
        "email/images/photo.png",
        b"<html><script>alert(1)</script></html>",
    )]);
    let reason = ArchiveReason::Media(MediaRefusal::NotWhatItSays {
        expected: "image/png",
        found: None,
    });
    let message = assert_refused(&archive, "email/images/photo.png", reason);
    assert!(
        message.contains("image_no_picture (expected=PNG)"),
        "{message}"
    );
}

#[test]
fn an_archive_with_two_top_level_folders_or_a_loose_file_is_refused() {
    let archive = zip_of(&[("email/course.toml", b"x"), ("other/course.toml", b"x")]);
    assert_refused(
        &archive,
        "other/course.toml",
        ArchiveReason::NotOneCourseFolder,
    );
    let archive = zip_of(&[("email/course.toml", b"x"), ("readme.txt", b"x")]);
    assert_refused(&archive, "readme.txt", ArchiveReason::NotOneCourseFolder);
    let archive = zip_of(&[("My Course/course.toml", b"x")]);
    assert_refused(&archive, "My Course/course.toml", ArchiveReason::BadSlug);
    let empty = read_archive(&zip_of(&[])).unwrap_err();
    assert_eq!(
        (empty.entry, empty.reason),
        (None, ArchiveReason::NotOneCourseFolder)
    );
}

/// Replaces every occurrence of `from` with `to` (same length) in an archive's bytes: how a
/// hostile tool would write what the zip crate refuses to.
fn patched(mut archive: Vec<u8>, from: &[u8], to: &[u8]) -> Vec<u8> {
    assert_eq!(from.len(), to.len());
    let mut at = 0;
    while let Some(found) = archive[at..].windows(from.len()).position(|w| w == from) {
        archive[at + found..at + found + to.len()].copy_from_slice(to);
        at += found + to.len();
    }
    archive
}

#[test]
fn a_name_listed_twice_is_refused_rather_than_one_copy_picked() {
    let archive = zip_of(&[("email/a.md", b"first"), ("email/b.md", b"second")]);
    let archive = patched(archive, b"email/b.md", b"email/a.md");
    assert_refused(&archive, "email/a.md", ArchiveReason::Duplicate);
}

#[test]
fn an_encrypted_entry_is_refused() {
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("email/a.md", stored).unwrap();
    zip.write_all(b"secret").unwrap();
    let archive = zip.finish().unwrap().into_inner();
    // Set the "encrypted" flag (bit 0) in the local and the central header.
    let mut archive = archive;
    archive[6] |= 1;
    let central = archive.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
    archive[central + 8] |= 1;
    assert_refused(&archive, "email/a.md", ArchiveReason::Encrypted);
}

#[test]
fn bytes_that_are_not_a_zip_or_too_many_are_refused_as_a_whole() {
    let refusal = read_archive(b"%PDF-1.7 not a zip").unwrap_err();
    assert_eq!(
        (refusal.entry, refusal.reason),
        (None, ArchiveReason::NotAZip)
    );
    let too_big = vec![0u8; 40 * 1024 * 1024 + 1];
    let refusal = read_archive(&too_big).unwrap_err();
    assert_eq!(refusal.entry, None);
    assert!(matches!(refusal.reason, ArchiveReason::TooBig { .. }));
}
