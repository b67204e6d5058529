-- A lesson text is kept aside not only when it meets someone else's save but also when its
-- save is refused (no title, too long...), so a refusal never costs her what she typed.
-- With it: the title she typed, and the file revision she wrote against (a conflict when it
-- is not the file's revision any more). Rows from before were all conflicts.
ALTER TABLE draft_conflicts ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE draft_conflicts ADD COLUMN based_on BIGINT NOT NULL DEFAULT -1;
