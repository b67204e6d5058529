-- Browsers she signed in with before on her own (not shared) phone, by the SHA-256 of a random
-- token kept in a cookie there: a sign-in from one of them is not held up by guesses at her
-- account from elsewhere, so a guesser who knows her handle cannot keep her out.
CREATE TABLE known_devices (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT NOT NULL
);
CREATE INDEX known_devices_by_user ON known_devices (user_id);
CREATE INDEX known_devices_by_last_use ON known_devices (last_used_at);
