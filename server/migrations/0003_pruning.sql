-- The janitor deletes what has expired; these let it find that without reading every row.
CREATE INDEX sessions_by_last_seen ON sessions (last_seen_at);
CREATE INDEX sign_in_failures_by_time ON sign_in_failures (last_failure_at);
