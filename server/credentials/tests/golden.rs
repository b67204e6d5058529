//! The credential, its canonical form and the PDF of one fixed certificate, compared with the
//! files in `tests/golden/`: a change to what the platform issues shows up as a diff to review.
//! `UPDATE_GOLDEN=1 cargo test -p credentials` writes them anew.

use std::path::PathBuf;
use std::process::Command;

use credentials::{
    Certificate, CredentialError, Issuer, Labels, SigningKey, Site, canonical_nquads, credential,
    pdf, sign, verify,
};

const CREATED: i64 = 1_796_463_000; // 2026-12-05T09:30:00Z

fn golden(name: &str) -> PathBuf {
    PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap())
        .join("tests/golden")
        .join(name)
}

/// Compares `actual` with the golden file, or writes it when asked to.
fn check_golden(name: &str, actual: &[u8]) {
    let path = golden(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read(&path).unwrap_or_else(|_| panic!("{name} is missing"));
    assert!(
        expected == actual,
        "{name} differs from the golden file: review the change, then UPDATE_GOLDEN=1"
    );
}

fn certificate(holder_name: &str) -> Certificate {
    Certificate {
        code: "K7MQ-4XPT-9B2D".into(),
        holder_name: holder_name.into(),
        subject_id: "urn:uuid:6b1f0c1e-2c44-4b8e-9a53-0d5f1e7a9c21".into(),
        course_slug: "job-interview".into(),
        language: "en".into(),
        title: "Preparing for a job interview".into(),
        skills: vec![
            "Preparing answers to common interview questions".into(),
            "Researching an employer before an interview".into(),
        ],
        criteria: "Completed every lesson and quiz of the course; reviewed by a trainer.".into(),
        issued_at: CREATED,
        issuer: Issuer {
            id: "0f3c2a9e".into(),
            name: "Work Ready Network".into(),
            country: "Italy".into(),
        },
    }
}

fn site() -> Site {
    Site::new("https://learn.example.org/")
}

fn key() -> SigningKey {
    SigningKey::from_bytes([42; 32])
}

fn signed() -> serde_json::Value {
    let site = site();
    let method = site.key_url("0f3c2a9e", &key().public_multibase());
    sign(
        credential(&certificate("Ana Popescu"), &site),
        &key(),
        &method,
        CREATED,
    )
    .unwrap()
}

#[test]
fn the_credential_and_its_canonical_form_match_the_golden_files() {
    let signed = signed();
    let mut unsigned = signed.clone();
    unsigned.as_object_mut().unwrap().remove("proof");
    check_golden(
        "credential.json",
        format!("{}\n", serde_json::to_string_pretty(&signed).unwrap()).as_bytes(),
    );
    check_golden(
        "credential.nq",
        canonical_nquads(&unsigned).unwrap().as_bytes(),
    );
}

#[test]
fn the_proof_verifies_and_fails_when_one_byte_changes() {
    let signed = signed();
    let public = key().public_multibase();
    assert_eq!(verify(&signed, &public), Ok(()));

    let text = serde_json::to_string(&signed).unwrap();
    let changed: serde_json::Value =
        serde_json::from_str(&text.replacen("Preparing for a job", "Preparing for a jab", 1))
            .unwrap();
    assert_eq!(
        verify(&changed, &public),
        Err(CredentialError::BadSignature)
    );

    let other = SigningKey::from_bytes([7; 32]).public_multibase();
    assert_eq!(verify(&signed, &other), Err(CredentialError::BadSignature));

    let mut no_proof = signed.clone();
    no_proof.as_object_mut().unwrap().remove("proof");
    assert_eq!(verify(&no_proof, &public), Err(CredentialError::NoProof));
}

#[test]
fn the_credential_says_nothing_of_her_account_or_her_name() {
    let text = serde_json::to_string(&signed()).unwrap();
    assert!(!text.contains("Ana Popescu"));
    assert!(text.contains("urn:uuid:6b1f0c1e"));
}

#[test]
fn a_credential_naming_an_unbundled_context_is_refused_without_fetching_it() {
    let mut document = credential(&certificate("Ana"), &site());
    document["@context"] = serde_json::json!([
        "https://www.w3.org/ns/credentials/v2",
        "https://evil.example/context.json"
    ]);
    match canonical_nquads(&document) {
        Err(CredentialError::JsonLd(message)) => {
            assert!(message.contains("evil.example"), "{message}")
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
}

const LABELS: Labels<'static> = Labels {
    heading: "Certificate",
    awarded_to: "This certifies that",
    completed: "has completed the course",
    skills: "Skills",
    issued_by: "Issued by",
    date: "Date",
    issued_on: "5 December 2026",
    code: "Verification code",
    verify_at: "Check this certificate at",
};

fn run(program: &str, args: &[&str]) -> Vec<u8> {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| {
            panic!("{program} could not run ({e}): .ci/setup installs poppler-utils and zbar-tools")
        });
    assert!(output.status.success(), "{program} failed: {output:?}");
    output.stdout
}

#[test]
fn the_pdf_matches_the_golden_file() {
    let site = site();
    let pdf = pdf(
        &certificate("Ana Popescu"),
        &LABELS,
        &site.verify_url("K7MQ-4XPT-9B2D"),
    )
    .unwrap();
    check_golden("certificate.pdf", &pdf);
}

#[test]
fn names_in_albanian_romanian_and_greek_print_exactly_and_the_qr_code_leads_to_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let site = site();
    let url = site.verify_url("K7MQ-4XPT-9B2D");
    for name in [
        "Drita Gjergjaj Çelë",
        "Ștefania Țărău-Brâncoveanu",
        "Ευαγγελία Παπαδοπούλου",
    ] {
        let file = dir.path().join("certificate.pdf");
        std::fs::write(&file, pdf(&certificate(name), &LABELS, &url).unwrap()).unwrap();
        let file = file.to_str().unwrap();
        let text = String::from_utf8(run("pdftotext", &["-enc", "UTF-8", file, "-"])).unwrap();
        assert!(
            text.contains(name),
            "{name} is not in the PDF's text:\n{text}"
        );
        assert!(text.contains("K7MQ-4XPT-9B2D"), "{text}");
        assert!(text.contains("5 December 2026"), "{text}");
        assert!(text.contains("Preparing for a job interview"), "{text}");

        let image = dir.path().join("page");
        run(
            "pdftoppm",
            &[
                "-png",
                "-r",
                "150",
                "-singlefile",
                file,
                image.to_str().unwrap(),
            ],
        );
        let png = format!("{}.png", image.display());
        let decoded = String::from_utf8(run("zbarimg", &["--quiet", "--raw", &png])).unwrap();
        assert_eq!(decoded.trim(), url);
    }
}
