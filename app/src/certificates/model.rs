//! What certificate pages show.

use serde::{Deserialize, Serialize};

use crate::progress::CourseResults;

/// Where a certificate request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RequestStatus {
    /// Waiting for her trainers (or for her to choose the name to print).
    Pending,
    /// A trainer sent it back to her with a note.
    Returned,
    Issued,
    Revoked,
}

impl RequestStatus {
    pub const ALL: [RequestStatus; 4] = [
        RequestStatus::Pending,
        RequestStatus::Returned,
        RequestStatus::Issued,
        RequestStatus::Revoked,
    ];

    /// How the database keeps it.
    pub fn as_str(self) -> &'static str {
        match self {
            RequestStatus::Pending => "pending",
            RequestStatus::Returned => "returned",
            RequestStatus::Issued => "issued",
            RequestStatus::Revoked => "revoked",
        }
    }

    pub fn parse(text: &str) -> Option<RequestStatus> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// Its text in the locale files.
    pub fn key(self) -> &'static str {
        match self {
            RequestStatus::Pending => "certificate.status_pending",
            RequestStatus::Returned => "certificate.status_returned",
            RequestStatus::Issued => "certificate.status_issued",
            RequestStatus::Revoked => "certificate.status_revoked",
        }
    }

    /// Whether she may still change the name to print.
    pub fn open(self) -> bool {
        matches!(self, RequestStatus::Pending | RequestStatus::Returned)
    }
}

/// One of her certificate requests, on her home page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MyRequest {
    pub id: String,
    pub course_title: String,
    pub status: RequestStatus,
    /// Empty until she chooses it.
    pub chosen_name: String,
    /// The latest note of her trainer, when the request was returned.
    pub note: String,
    /// The certificate's code once issued.
    pub code: Option<String>,
}

/// A request in her trainers' queue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestSummary {
    pub id: String,
    pub handle: String,
    pub course_title: String,
    pub status: RequestStatus,
    pub chosen_name: String,
    pub opened_at: i64,
    pub updated_at: i64,
}

/// Something done to a request: who, when, what and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub at: i64,
    /// The handle of whoever did it.
    pub by: String,
    /// `opened`, `named`, `returned`, `approved` or `revoked`.
    pub action: String,
    pub reason: String,
}

impl Decision {
    /// Its text in the locale files.
    pub fn key(&self) -> &'static str {
        match self.action.as_str() {
            "opened" => "certificate.did_opened",
            "named" => "certificate.did_named",
            "returned" => "certificate.did_returned",
            "approved" => "certificate.did_approved",
            _ => "certificate.did_revoked",
        }
    }
}

/// A request for its reviewer: the summary, the evidence and every decision so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestDetail {
    pub summary: RequestSummary,
    pub cohort_id: Option<String>,
    pub learner_id: String,
    /// Her lessons and quiz results in the course: none once the course is withdrawn.
    pub evidence: Option<CourseResults>,
    /// The course left the catalogue after she completed it.
    pub course_withdrawn: bool,
    pub decisions: Vec<Decision>,
    pub code: Option<String>,
}

/// A certificate as issued: what is printed on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssuedCertificate {
    pub code: String,
    pub holder_name: String,
    pub title: String,
    pub skills: Vec<String>,
    pub issued_at: i64,
    pub organisation: String,
    pub country: String,
    /// Its language (the words around the texts follow it when the interface has it).
    pub language: String,
    pub verify_url: String,
    /// The QR code of `verify_url`, as SVG made by the server.
    pub qr_svg: String,
    pub revoked_at: Option<i64>,
}

/// What the verification page may say of a certificate, and nothing more: no name (she types
/// it to check it), no handle, no learner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Verification {
    /// No certificate has this code.
    Unknown,
    /// Its holder deleted her account: nothing else is told.
    Withdrawn,
    Found(VerifiedCertificate),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerifiedCertificate {
    pub code: String,
    pub title: String,
    pub skills: Vec<String>,
    pub issued_at: i64,
    pub organisation: String,
    pub country: String,
    pub revoked_at: Option<i64>,
}
