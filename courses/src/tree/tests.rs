//! Reading folders into trees: links, special files, limits, and trees built in memory.

use super::*;

#[test]
fn a_tree_only_holds_plain_relative_paths() {
    let mut tree = FileTree::new();
    for bad in [
        "",
        "/etc/passwd",
        "../secret.png",
        "images/../../secret.png",
        "./course.toml",
        "images//a.png",
        "images/",
        "images\\a.png",
        "images/a\n.png",
    ] {
        assert!(
            tree.insert(bad, b"x".to_vec()).is_err(),
            "`{bad}` was accepted"
        );
    }
    assert!(tree.is_empty());
    tree.insert("images/a.png", b"png".to_vec()).unwrap();
    assert_eq!(tree.get("images/a.png"), Some(&b"png"[..]));
    assert!(tree.contains_folder("images"));
    assert!(!tree.contains_folder("image"));
}

#[test]
fn a_name_cannot_be_both_a_file_and_a_folder() {
    let mut tree = FileTree::new();
    tree.insert("en/start", b"file".to_vec()).unwrap();
    assert!(tree.insert("en/start/01-one.md", b"x".to_vec()).is_err());
    tree.insert("it/start/01-one.md", b"x".to_vec()).unwrap();
    assert!(tree.insert("it/start", b"file".to_vec()).is_err());
    assert!(tree.insert("it", b"file".to_vec()).is_err());
}

#[test]
fn replacing_a_file_keeps_the_total_size_right() {
    let mut tree = FileTree::new();
    tree.insert("a.png", vec![0; 10]).unwrap();
    tree.insert("b.png", vec![0; 5]).unwrap();
    tree.insert("a.png", vec![0; 3]).unwrap();
    assert_eq!((tree.len(), tree.total_bytes()), (2, 8));
}

#[test]
fn files_under_a_folder_are_listed_with_their_relative_paths() {
    let mut tree = FileTree::new();
    for path in ["en/a/1.md", "en/b/2.md", "en-gb/c.md", "en.md", "it/a/1.md"] {
        tree.insert(path, Vec::new()).unwrap();
    }
    let under: Vec<_> = tree.under("en").map(|(_, rest)| rest).collect();
    assert_eq!(under, ["a/1.md", "b/2.md"]);
}

#[test]
fn a_reader_that_never_ends_is_cut_just_past_the_limit() {
    assert!(matches!(
        read_at_most(std::io::repeat(b'x'), 1024),
        Err(TooBig::Yes)
    ));
    let exact = read_at_most(&[7u8; 1024][..], 1024).ok().unwrap();
    assert_eq!(exact.len(), 1024);
}

#[cfg(target_os = "linux")]
#[test]
fn a_file_whose_metadata_says_zero_bytes_is_still_held_to_the_limit() {
    // Files in /proc report a size of 0, whatever they hold.
    let path = Path::new("/proc/self/status");
    let meta = fs::symlink_metadata(path).unwrap();
    assert_eq!(meta.len(), 0);
    let error = read_file(path, &meta, 16).unwrap_err();
    assert_eq!(error.key, "file_over_limit");
}

#[test]
fn limits_depend_on_what_a_file_is() {
    assert_eq!(limit_for("course.toml"), MAX_MANIFEST_BYTES);
    assert_eq!(limit_for("en/start/01-one.md"), MAX_LESSON_BYTES);
    assert_eq!(limit_for("images/a.png"), MAX_MEDIA_BYTES);
    assert_eq!(limit_for("en/course.toml"), MAX_MEDIA_BYTES);
}
