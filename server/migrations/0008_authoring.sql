-- Authoring in the browser: who owns a course, who may read it, the drafts partners edit,
-- and every version they published.

-- The organisation a published course belongs to; NULL for the platform's own catalogue
-- (the bundled `courses/catalog` folder), which only an import from that folder changes.
ALTER TABLE courses ADD COLUMN organisation_id TEXT REFERENCES organisations (id);
-- 'everyone': every organisation's learners (and visitors) read it; 'organisation': only the
-- learners of the organisation that owns it.
ALTER TABLE courses ADD COLUMN visibility TEXT NOT NULL DEFAULT 'everyone';
-- A translation whose default-language text changed after it was last saved (1), so learners
-- reading it are told it may be behind.
ALTER TABLE lesson_texts ADD COLUMN outdated BIGINT NOT NULL DEFAULT 0;

-- A course being written: its files, in the course format, as the editor and archives
-- change them. Editing a draft never changes what learners see; publishing does.
CREATE TABLE drafts (
    slug TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    visibility TEXT NOT NULL,
    -- Raised by every change of its files: a publish confirms the revision she looked at.
    revision BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX drafts_by_organisation ON drafts (organisation_id);

-- A draft's files by their path in the course folder. `revision` is the file's own, for
-- detecting two authors saving the same lesson; `basis` (translations only) is the digest of
-- the default-language file it was last saved against.
CREATE TABLE draft_files (
    slug TEXT NOT NULL REFERENCES drafts (slug) ON DELETE CASCADE,
    path TEXT NOT NULL,
    bytes BYTEA NOT NULL,
    revision BIGINT NOT NULL,
    basis TEXT,
    PRIMARY KEY (slug, path)
);

-- Every published version, immutable: its files as the course archive, the translations it
-- flagged out of date (JSON: ["it/lesson-id", ...]), and who published it when. The staff
-- handle is kept as text: a removed account leaves its versions' history readable.
CREATE TABLE course_versions (
    slug TEXT NOT NULL,
    version BIGINT NOT NULL,
    archive BYTEA NOT NULL,
    outdated TEXT NOT NULL,
    published_by TEXT NOT NULL,
    published_at BIGINT NOT NULL,
    PRIMARY KEY (slug, version)
);

-- An author's text that met someone else's save of the same lesson: kept until she saves
-- again, so she sees both texts and nothing is overwritten silently. Authors are staff, not
-- learners: their work is the organisation's, not personal data to export.
CREATE TABLE draft_conflicts (
    slug TEXT NOT NULL REFERENCES drafts (slug) ON DELETE CASCADE,
    path TEXT NOT NULL,
    author_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    saved_at BIGINT NOT NULL,
    PRIMARY KEY (slug, path, author_id)
);
