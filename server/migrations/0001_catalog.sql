-- One schema for SQLite and PostgreSQL: BIGINT, TEXT and BYTEA mean the same to both (SQLite
-- stores a blob as given whatever the column's declared type).
--
-- The published catalogue. Natural keys (course slug, lesson id) are kept across course
-- versions, so learners' progress, keyed by them, survives a new version of a course.
CREATE TABLE courses (
    slug TEXT PRIMARY KEY,
    version BIGINT NOT NULL,
    track TEXT NOT NULL,
    default_language TEXT NOT NULL,
    languages TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    imported_at BIGINT NOT NULL
);

CREATE TABLE course_texts (
    course_slug TEXT NOT NULL REFERENCES courses (slug) ON DELETE CASCADE,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    PRIMARY KEY (course_slug, language)
);

CREATE TABLE modules (
    course_slug TEXT NOT NULL REFERENCES courses (slug) ON DELETE CASCADE,
    module_id TEXT NOT NULL,
    position BIGINT NOT NULL,
    PRIMARY KEY (course_slug, module_id)
);

CREATE TABLE module_texts (
    course_slug TEXT NOT NULL,
    module_id TEXT NOT NULL,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (course_slug, module_id, language),
    FOREIGN KEY (course_slug, module_id) REFERENCES modules (course_slug, module_id) ON DELETE CASCADE
);

-- A lesson dropped from a new course version is retired, never deleted.
CREATE TABLE lessons (
    course_slug TEXT NOT NULL REFERENCES courses (slug) ON DELETE CASCADE,
    lesson_id TEXT NOT NULL,
    module_id TEXT NOT NULL,
    position BIGINT NOT NULL,
    retired BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (course_slug, lesson_id)
);

CREATE TABLE lesson_texts (
    course_slug TEXT NOT NULL,
    lesson_id TEXT NOT NULL,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    minutes BIGINT NOT NULL,
    html TEXT NOT NULL,
    PRIMARY KEY (course_slug, lesson_id, language),
    FOREIGN KEY (course_slug, lesson_id) REFERENCES lessons (course_slug, lesson_id) ON DELETE CASCADE
);

-- Content-addressed: a file's URL names its hash, so it can be cached forever.
CREATE TABLE media (
    course_slug TEXT NOT NULL REFERENCES courses (slug) ON DELETE CASCADE,
    hash TEXT NOT NULL,
    content_type TEXT NOT NULL,
    bytes BYTEA NOT NULL,
    PRIMARY KEY (course_slug, hash)
);
