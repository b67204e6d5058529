-- What a trainer's group page shows of each course a learner worked on, kept with it instead
-- of counted on every view (on PostgreSQL those counts cost the page more than all the rest):
-- how many of the course's current lessons she has done, and 1 if a question the course now
-- asks (in its default language) was missed 3 times or more (STRUGGLING_MISSES) and never
-- answered right, in a course not withdrawn. Counted again by `progress::recount` with every
-- record of hers, and for every learner of a course when a version of it is imported or
-- published or it is withdrawn; counted here once for what was recorded before.
ALTER TABLE course_progress ADD COLUMN lessons_done BIGINT NOT NULL DEFAULT 0;
ALTER TABLE course_progress ADD COLUMN struggling BIGINT NOT NULL DEFAULT 0;
UPDATE course_progress SET
    lessons_done = (
        SELECT COUNT(*) FROM lesson_progress d JOIN lessons l
            ON l.course_slug = d.course_slug AND l.lesson_id = d.lesson_id
        WHERE d.user_id = course_progress.user_id AND d.course_slug = course_progress.course_slug
            AND l.retired = 0),
    struggling = CASE WHEN EXISTS (
        SELECT 1 FROM quiz_progress m
            JOIN courses k ON k.slug = m.course_slug AND k.withdrawn = 0
            JOIN quizzes q ON q.course_slug = m.course_slug AND q.quiz_id = m.quiz_id
                AND q.language = k.default_language
        WHERE m.user_id = course_progress.user_id AND m.course_slug = course_progress.course_slug
            AND m.misses >= 3 AND m.answered_right = 0) THEN 1 ELSE 0 END;
