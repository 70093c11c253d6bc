-- Mirador schema, version 8: where a figure stands in review, and its page.
--
-- The reader of BGI reports (models/reader) proposes figures; a person
-- confirms, corrects or drops each of them. Every figure that came from the
-- reader keeps what became of it:
--   review       'proposed'  written without anyone confirming it
--                             (read-report --accept-all);
--                'confirmed' a person accepted it as the reader proposed it;
--                'corrected' a person changed it before accepting it;
--                NULL        not read by Mirador: typed, imported or generated.
--   reviewed_by  who confirmed or corrected it (NULL while proposed);
--   reviewed_at  when, ISO 8601 UTC as change_log writes it;
--   proposed     for a correction, what the reader had proposed, as a person
--                reads it ("valor 104; unidad gremios").
--   source_page  the page of the report that holds the sentence; NULL when
--                the source had no pages (text) or nobody gave one.
-- Rows written before this version are NULL in all five: nobody read them
-- with the reader.

--@ sqlite
ALTER TABLE result ADD COLUMN source_page INTEGER CHECK (source_page IS NULL OR source_page > 0);
ALTER TABLE result ADD COLUMN review TEXT CHECK (review IS NULL OR review IN ('proposed', 'confirmed', 'corrected'));
ALTER TABLE result ADD COLUMN reviewed_by TEXT;
ALTER TABLE result ADD COLUMN reviewed_at TEXT;
ALTER TABLE result ADD COLUMN proposed TEXT;
ALTER TABLE indicator ADD COLUMN source_page INTEGER CHECK (source_page IS NULL OR source_page > 0);
ALTER TABLE indicator ADD COLUMN review TEXT CHECK (review IS NULL OR review IN ('proposed', 'confirmed', 'corrected'));
ALTER TABLE indicator ADD COLUMN reviewed_by TEXT;
ALTER TABLE indicator ADD COLUMN reviewed_at TEXT;
ALTER TABLE indicator ADD COLUMN proposed TEXT;
ALTER TABLE milestone ADD COLUMN source_page INTEGER CHECK (source_page IS NULL OR source_page > 0);
ALTER TABLE milestone ADD COLUMN review TEXT CHECK (review IS NULL OR review IN ('proposed', 'confirmed', 'corrected'));
ALTER TABLE milestone ADD COLUMN reviewed_by TEXT;
ALTER TABLE milestone ADD COLUMN reviewed_at TEXT;
ALTER TABLE milestone ADD COLUMN proposed TEXT;

--@ postgresql
ALTER TABLE result ADD COLUMN source_page INTEGER CONSTRAINT result_source_page_positive CHECK (source_page > 0);
ALTER TABLE result ADD COLUMN review TEXT
    CONSTRAINT result_review_state CHECK (review IN ('proposed', 'confirmed', 'corrected'));
ALTER TABLE result ADD COLUMN reviewed_by TEXT;
ALTER TABLE result ADD COLUMN reviewed_at TEXT;
ALTER TABLE result ADD COLUMN proposed TEXT;
ALTER TABLE indicator ADD COLUMN source_page INTEGER CONSTRAINT indicator_source_page_positive CHECK (source_page > 0);
ALTER TABLE indicator ADD COLUMN review TEXT
    CONSTRAINT indicator_review_state CHECK (review IN ('proposed', 'confirmed', 'corrected'));
ALTER TABLE indicator ADD COLUMN reviewed_by TEXT;
ALTER TABLE indicator ADD COLUMN reviewed_at TEXT;
ALTER TABLE indicator ADD COLUMN proposed TEXT;
ALTER TABLE milestone ADD COLUMN source_page INTEGER CONSTRAINT milestone_source_page_positive CHECK (source_page > 0);
ALTER TABLE milestone ADD COLUMN review TEXT
    CONSTRAINT milestone_review_state CHECK (review IN ('proposed', 'confirmed', 'corrected'));
ALTER TABLE milestone ADD COLUMN reviewed_by TEXT;
ALTER TABLE milestone ADD COLUMN reviewed_at TEXT;
ALTER TABLE milestone ADD COLUMN proposed TEXT;
