//! RDF Dataset Canonicalization of a JSON-LD document: the exact bytes a Data Integrity proof
//! signs. The document is turned into RDF with the bundled contexts only (nothing is fetched:
//! a document that names any other context is refused), then its blank nodes are named by
//! RDFC-1.0 and its quads written as sorted canonical N-Quads.

use oxjsonld::{JsonLdParser, JsonLdRemoteDocument};
use oxrdf::Dataset;
use oxrdf::dataset::{CanonicalizationAlgorithm, CanonicalizationHashAlgorithm};

use crate::credential::{CONTEXTS, CredentialError};

pub fn canonical_nquads(document: &serde_json::Value) -> Result<String, CredentialError> {
    let bytes = serde_json::to_vec(document).map_err(|e| CredentialError::Json(e.to_string()))?;
    let parser = JsonLdParser::new()
        .for_slice(&bytes)
        .with_load_document_callback(|url, _options| {
            CONTEXTS
                .iter()
                .find(|(known, _)| *known == url)
                .map(|(known, text)| JsonLdRemoteDocument {
                    document: text.as_bytes().to_vec(),
                    document_url: (*known).to_string(),
                })
                .ok_or_else(|| format!("context {url} is not one the platform bundles").into())
        });
    let mut dataset = Dataset::new();
    for quad in parser {
        dataset.insert(&quad.map_err(|e| CredentialError::JsonLd(e.to_string()))?);
    }
    dataset.canonicalize(CanonicalizationAlgorithm::Rdfc10 {
        hash_algorithm: CanonicalizationHashAlgorithm::Sha256,
    });
    let mut lines: Vec<String> = dataset.iter().map(|quad| format!("{quad} .\n")).collect();
    lines.sort();
    Ok(lines.concat())
}
