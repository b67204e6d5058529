//! Lists the interface languages: one `locales/<code>.ftl` file each. The list becomes
//! `FILES` (code and text of each, by code) and `ENGLISH` (its index of `en`, the language
//! every text is written in first), read by `src/i18n.rs`.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let dir = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut codes: Vec<String> = std::fs::read_dir(&dir)
        .expect("app/locales holds the interface languages")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .map(|path| {
            let code = path.file_stem().unwrap().to_string_lossy().into_owned();
            let ok = (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
            assert!(
                ok,
                "{}: name a locale file by its language code, as it.ftl",
                path.display()
            );
            println!("cargo:rerun-if-changed={}", path.display());
            code
        })
        .collect();
    codes.sort();
    let english = codes
        .iter()
        .position(|c| c == "en")
        .expect("app/locales/en.ftl: English is the reference every language is checked against");
    let mut out = String::from("pub(super) const FILES: &[(&str, &str)] = &[\n");
    for code in &codes {
        let path = dir.join(format!("{code}.ftl"));
        writeln!(
            out,
            "    ({code:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    writeln!(out, "];\npub(super) const ENGLISH: usize = {english};").unwrap();
    let target = Path::new(&std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(target, out).unwrap();
}
