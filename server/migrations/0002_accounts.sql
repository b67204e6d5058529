-- People. Nothing here names a person: learners are pseudonymous handles, and the
-- organisation, not the platform, knows who they are. Times are Unix seconds (UTC); ids are
-- random hex strings made by the server; flags are 0 or 1.
CREATE TABLE organisations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    country TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE cohorts (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX cohorts_by_organisation ON cohorts (organisation_id);

-- handle_key is the handle in lower case: handles are unique whatever their case.
-- password_hash is an argon2id PHC string, NULL until a new staff account sets its password.
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    handle TEXT NOT NULL,
    handle_key TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    organisation_id TEXT REFERENCES organisations (id),
    cohort_id TEXT REFERENCES cohorts (id),
    password_hash TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX users_by_cohort ON users (cohort_id);

-- Join codes are shown to trainers to hand out, so they are kept as typed (normalised).
CREATE TABLE join_codes (
    code TEXT PRIMARY KEY,
    cohort_id TEXT NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    uses_left BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX join_codes_by_cohort ON join_codes (cohort_id);

-- A session is found by the SHA-256 of its token: a copy of this table signs nobody in.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    shared_device BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- One-time password reset (or first setup) codes, at most one per account, stored hashed.
CREATE TABLE reset_codes (
    user_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);

-- Failed attempts per client address ("address:...") and per account ("account:<handle_key>"),
-- in the database so that every instance sharing it applies the same limits.
CREATE TABLE sign_in_failures (
    subject TEXT PRIMARY KEY,
    failures BIGINT NOT NULL,
    last_failure_at BIGINT NOT NULL
);
