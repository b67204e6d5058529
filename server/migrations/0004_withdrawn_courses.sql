-- A course whose folder left the catalogue is withdrawn: no longer listed, read or served
-- (its media neither), while everything recorded against it is kept, and it comes back as it
-- was if its folder returns.
ALTER TABLE courses ADD COLUMN withdrawn BIGINT NOT NULL DEFAULT 0;
