//! The Open Badges 3.0 credential (an `OpenBadgeCredential`, Verifiable Credentials 2.0) of a
//! certificate, its Data Integrity proof (cryptosuite `eddsa-rdfc-2022`), and the issuer
//! profile that publishes the keys, so that anyone can check a credential without the
//! platform's help.
//!
//! The proof follows the cryptosuite: the proof options (with the document's `@context`) and
//! the document without its proof are each canonicalized (RDFC-1.0) and hashed with SHA-256;
//! the Ed25519 signature is over the options' hash followed by the document's.

use ed25519_dalek::Verifier;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::canon::canonical_nquads;
use crate::date::rfc3339;
use crate::keys::{PublicKey, SigningKey, public_from_multibase};

/// The Verifiable Credentials 2.0 context.
pub const VC_V2: &str = "https://www.w3.org/ns/credentials/v2";
/// The Open Badges 3.0 context.
pub const OB_V3: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
/// The DID v1 context, which defines `verificationMethod` and `assertionMethod` for an issuer
/// profile that is also its keys' controller document, and the Multikey context for its keys.
/// Profiles are published, never signed: the platform does not canonicalize them, so these
/// two are not bundled here (a verifier has them from its own libraries).
pub const DID_V1: &str = "https://www.w3.org/ns/did/v1";
pub const MULTIKEY_V1: &str = "https://w3id.org/security/multikey/v1";

/// Every context a credential of the platform names, bundled: canonicalizing never fetches
/// anything, and a verifier can bundle the same files.
pub const CONTEXTS: &[(&str, &str)] = &[
    (VC_V2, include_str!("../contexts/credentials-v2.jsonld")),
    (
        OB_V3,
        include_str!("../contexts/ob-v3p0-context-3.0.3.json"),
    ),
];

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CredentialError {
    #[error("not JSON: {0}")]
    Json(String),
    #[error("not JSON-LD the platform can read: {0}")]
    JsonLd(String),
    #[error("the credential has no proof of the eddsa-rdfc-2022 cryptosuite")]
    NoProof,
    #[error("the proof's key is not an Ed25519 Multikey")]
    BadKey,
    #[error("the proof does not match the credential: it was changed, or signed with another key")]
    BadSignature,
    #[error("the PDF could not be made: {0}")]
    Pdf(String),
}

/// The platform's public address, where verification pages and issuer profiles are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    /// `https://learn.example.org`, without a trailing slash.
    pub base: String,
}

impl Site {
    pub fn new(base: &str) -> Site {
        Site {
            base: base.trim_end_matches('/').to_string(),
        }
    }

    /// Where anyone checks a certificate: the address in its QR code.
    pub fn verify_url(&self, code: &str) -> String {
        format!("{}/verify/{code}", self.base)
    }

    /// The issuer profile of an organisation, with its public keys.
    pub fn issuer_url(&self, organisation: &str) -> String {
        format!("{}/issuers/{organisation}", self.base)
    }

    /// The id of one of an organisation's keys: its profile, and the key as a fragment.
    pub fn key_url(&self, organisation: &str, multibase: &str) -> String {
        format!("{}#{multibase}", self.issuer_url(organisation))
    }
}

/// The organisation that issues a certificate, as printed on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issuer {
    pub id: String,
    pub name: String,
    pub country: String,
}

/// An issued certificate: what is printed, signed and verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    pub code: String,
    /// The name she chose to print.
    pub holder_name: String,
    /// Who the credential is about, without saying who she is: a random `urn:uuid:`.
    pub subject_id: String,
    pub course_slug: String,
    /// The language the certificate is written in.
    pub language: String,
    pub title: String,
    pub skills: Vec<String>,
    /// What earned it, in the certificate's language.
    pub criteria: String,
    /// Seconds since 1970.
    pub issued_at: i64,
    pub issuer: Issuer,
}

/// The certificate's credential, unsigned. The holder is named by `subject_id` only: no
/// handle, no account, no name (the name is on the printed certificate and checked by the
/// verification page).
pub fn credential(certificate: &Certificate, site: &Site) -> Value {
    let issuer = &certificate.issuer;
    json!({
        "@context": [VC_V2, OB_V3],
        "id": site.verify_url(&certificate.code),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": certificate.title,
        "issuer": {
            "id": site.issuer_url(&issuer.id),
            "type": ["Profile"],
            "name": issuer.name,
            "address": { "type": ["Address"], "addressCountry": issuer.country },
        },
        "validFrom": rfc3339(certificate.issued_at),
        "credentialSubject": {
            "id": certificate.subject_id,
            "type": ["AchievementSubject"],
            "achievement": {
                "id": format!("{}/{}/courses/{}", site.base, certificate.language, certificate.course_slug),
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": certificate.title,
                "description": certificate.criteria,
                "criteria": { "narrative": certificate.criteria },
                "tag": certificate.skills,
                "inLanguage": certificate.language,
            },
        },
    })
}

/// The proof options of a proof made at `created` with the key `verification_method`.
fn proof_options(created: i64, verification_method: &str) -> Value {
    json!({
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-rdfc-2022",
        "created": rfc3339(created),
        "verificationMethod": verification_method,
        "proofPurpose": "assertionMethod",
    })
}

/// What the signature is over: SHA-256 of the canonical proof options (with the document's
/// `@context`), then SHA-256 of the canonical document.
fn signed_bytes(document: &Value, options: &Value) -> Result<Vec<u8>, CredentialError> {
    let mut options = options.clone();
    options["@context"] = document["@context"].clone();
    let mut bytes = Sha256::digest(canonical_nquads(&options)?.as_bytes()).to_vec();
    bytes.extend(Sha256::digest(canonical_nquads(document)?.as_bytes()));
    Ok(bytes)
}

/// The credential with a Data Integrity proof by `key`, published as `verification_method`.
pub fn sign(
    mut document: Value,
    key: &SigningKey,
    verification_method: &str,
    created: i64,
) -> Result<Value, CredentialError> {
    if let Some(object) = document.as_object_mut() {
        object.remove("proof");
    }
    let mut proof = proof_options(created, verification_method);
    let signature = key.sign(&signed_bytes(&document, &proof)?);
    proof["proofValue"] = Value::String(format!("z{}", bs58::encode(signature).into_string()));
    document["proof"] = proof;
    Ok(document)
}

/// Checks a credential's proof against the public key `public_multibase` (which the caller
/// found at the proof's `verificationMethod`, in the issuer's profile).
pub fn verify(credential: &Value, public_multibase: &str) -> Result<(), CredentialError> {
    let mut document = credential.clone();
    let proof = document
        .as_object_mut()
        .and_then(|o| o.remove("proof"))
        .filter(|p| p["cryptosuite"] == "eddsa-rdfc-2022" && p["type"] == "DataIntegrityProof")
        .ok_or(CredentialError::NoProof)?;
    let mut options = proof.clone();
    let value = options
        .as_object_mut()
        .and_then(|o| o.remove("proofValue"))
        .and_then(|v| v.as_str().map(str::to_owned))
        .ok_or(CredentialError::NoProof)?;
    let signature: [u8; 64] = value
        .strip_prefix('z')
        .and_then(|v| bs58::decode(v).into_vec().ok())
        .and_then(|v| v.try_into().ok())
        .ok_or(CredentialError::BadSignature)?;
    let key = public_from_multibase(public_multibase).ok_or(CredentialError::BadKey)?;
    key.verify(
        &signed_bytes(&document, &options)?,
        &ed25519_dalek::Signature::from_bytes(&signature),
    )
    .map_err(|_| CredentialError::BadSignature)
}

/// An organisation's issuer profile: who it is, and every key it has signed with (retired
/// ones too, so that earlier credentials still verify), as a controller document whose keys
/// are asserted for credentials.
pub fn issuer_profile(issuer: &Issuer, keys: &[PublicKey], site: &Site) -> Value {
    let id = site.issuer_url(&issuer.id);
    let methods: Vec<Value> = keys
        .iter()
        .map(|key| {
            json!({
                "id": site.key_url(&issuer.id, &key.multibase),
                "type": "Multikey",
                "controller": id,
                "publicKeyMultibase": key.multibase,
            })
        })
        .collect();
    let asserted: Vec<String> = keys
        .iter()
        .map(|key| site.key_url(&issuer.id, &key.multibase))
        .collect();
    json!({
        "@context": [VC_V2, OB_V3, DID_V1, MULTIKEY_V1],
        "id": id,
        "type": ["Profile"],
        "name": issuer.name,
        "address": { "type": ["Address"], "addressCountry": issuer.country },
        "verificationMethod": methods,
        "assertionMethod": asserted,
    })
}
