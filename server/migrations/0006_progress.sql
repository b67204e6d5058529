-- Learning: quizzes as imported, and what each learner did. Progress is keyed by the stable
-- course slug, lesson id and quiz id (never by a row of a course version), so a new version
-- of a course keeps it; it only ever moves forward.
ALTER TABLE courses ADD COLUMN pass_mark BIGINT NOT NULL DEFAULT 100;

-- Raised by every record of hers, in the same transaction: the session lookup reads it with
-- her account, so a page can tell whether what it kept of her progress is still current
-- (whichever instance wrote since) without asking the database again.
ALTER TABLE users ADD COLUMN progress_version BIGINT NOT NULL DEFAULT 0;

-- A group's learners with no activity for this many days are flagged as stuck.
ALTER TABLE cohorts ADD COLUMN stuck_days BIGINT NOT NULL DEFAULT 14;

-- A lesson's quizzes in each language, with their answers (JSON): the server grades with them
-- and sends only the questions and options. Replaced wholesale on import, like the texts.
CREATE TABLE quizzes (
    course_slug TEXT NOT NULL REFERENCES courses (slug) ON DELETE CASCADE,
    quiz_id TEXT NOT NULL,
    language TEXT NOT NULL,
    lesson_id TEXT NOT NULL,
    position BIGINT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (course_slug, quiz_id, language)
);
CREATE INDEX quizzes_by_lesson ON quizzes (course_slug, lesson_id, language);

-- Every answer and every "done", once: request_id is made by the form she sent, so a resent
-- form, a double tap or a late retry finds its record already there and changes nothing.
-- quiz_id is empty for a lesson marked done.
CREATE TABLE learning_records (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    request_id TEXT NOT NULL,
    course_slug TEXT NOT NULL,
    course_version BIGINT NOT NULL,
    lesson_id TEXT NOT NULL,
    quiz_id TEXT NOT NULL,
    answer TEXT NOT NULL,
    is_right BIGINT NOT NULL,
    recorded_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, request_id)
);
CREATE INDEX learning_records_by_time ON learning_records (user_id, recorded_at);

-- What the records add up to, kept in the same transaction as each record, so that a group's
-- page reads a few rows per learner however long her history.
CREATE TABLE lesson_progress (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_slug TEXT NOT NULL,
    lesson_id TEXT NOT NULL,
    course_version BIGINT NOT NULL,
    done_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, course_slug, lesson_id)
);

CREATE TABLE quiz_progress (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_slug TEXT NOT NULL,
    quiz_id TEXT NOT NULL,
    lesson_id TEXT NOT NULL,
    tries BIGINT NOT NULL,
    misses BIGINT NOT NULL,
    -- 1 once she has answered it right: the best result counts.
    answered_right BIGINT NOT NULL,
    last_answer TEXT NOT NULL,
    last_right BIGINT NOT NULL,
    last_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, course_slug, quiz_id)
);

CREATE TABLE course_progress (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_slug TEXT NOT NULL,
    last_lesson_id TEXT NOT NULL,
    last_at BIGINT NOT NULL,
    -- Set once, by the course's completion rule; a later version never unsets it.
    completed_at BIGINT,
    PRIMARY KEY (user_id, course_slug)
);
