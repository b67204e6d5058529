-- Certificates: the request a completed course opens, the decisions on it, the certificates
-- issued, and the public keys their credentials are signed with.

-- What a course's certificate prints, in each language: its title and skills (a JSON list).
ALTER TABLE course_texts ADD COLUMN certificate_title TEXT NOT NULL DEFAULT '';
ALTER TABLE course_texts ADD COLUMN skills TEXT NOT NULL DEFAULT '[]';

-- Opened in the transaction that completes her course (once per learner and course). Hers:
-- deleted with her account.
CREATE TABLE certificate_requests (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    course_slug TEXT NOT NULL,
    -- pending, returned, issued or revoked
    status TEXT NOT NULL,
    -- The name she chose to print; empty until she chooses one (never her handle).
    chosen_name TEXT NOT NULL,
    -- The language she was reading in: the certificate is written in it when the course has it.
    language TEXT NOT NULL,
    -- Her trainer's latest note, when the request was returned.
    note TEXT NOT NULL,
    opened_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    -- The certificate, once issued.
    code TEXT,
    UNIQUE (user_id, course_slug)
);
CREATE INDEX certificate_requests_by_organisation
    ON certificate_requests (organisation_id, updated_at);

-- Every step of a request: who (a handle, kept as it was), when, what and why.
CREATE TABLE certificate_decisions (
    request_id TEXT NOT NULL REFERENCES certificate_requests (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    decided_at BIGINT NOT NULL,
    decided_by TEXT NOT NULL,
    action TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (request_id, position)
);

-- Issued certificates, as printed, so that verification never depends on a course that has
-- changed since. When she deletes her account, her name is removed and withdrawn_at set: the
-- verification page then says only that its holder withdrew it.
CREATE TABLE certificates (
    code TEXT PRIMARY KEY,
    request_id TEXT,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    organisation_name TEXT NOT NULL,
    organisation_country TEXT NOT NULL,
    course_slug TEXT NOT NULL,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    skills TEXT NOT NULL,
    criteria TEXT NOT NULL,
    holder_name TEXT,
    -- Who the signed credential is about: a random urn:uuid, not her account.
    subject_id TEXT NOT NULL,
    issued_at BIGINT NOT NULL,
    revoked_at BIGINT,
    revoke_reason TEXT NOT NULL,
    withdrawn_at BIGINT
);
CREATE INDEX certificates_by_request ON certificates (request_id);

-- The public half of every key an organisation has signed with (the secret stays in the key
-- file): issuer profiles list them all, from whichever instance answers.
CREATE TABLE issuer_keys (
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    public_key TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    retired_at BIGINT,
    PRIMARY KEY (organisation_id, public_key)
);
