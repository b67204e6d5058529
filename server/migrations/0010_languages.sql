-- The languages a person chose, kept with her account so that they follow her to another
-- phone: the pages' language (an interface language code) and the languages she reads
-- courses in (codes joined by dots, most wanted first). Empty: not chosen yet.
ALTER TABLE users ADD COLUMN interface_language TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN reading_languages TEXT NOT NULL DEFAULT '';
