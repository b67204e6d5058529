//! A certificate as documents: its verification code, the signed Open Badges 3.0 credential
//! the learner keeps, the issuer profile that lets anyone check it, and the printable PDF.
//!
//! Pure: no database, no HTTP, no interface texts (the server passes the labels in the
//! certificate's language). The server decides who may have what; this crate only makes it.
//! It is never compiled into the browser's WebAssembly.

mod canon;
mod code;
mod credential;
mod date;
mod keys;
mod pdf;

pub use canon::canonical_nquads;
pub use code::{CODE_ALPHABET, new_verification_code, normalise_code};
pub use credential::{
    CONTEXTS, Certificate, CredentialError, Issuer, Site, credential, issuer_profile, sign, verify,
};
pub use date::rfc3339;
pub use keys::{KeyError, KeyRing, PublicKey, SigningKey};
pub use pdf::{Labels, pdf, qr_svg};
