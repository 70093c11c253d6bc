-- Mirador schema, version 2: who changed what and when.
-- One row per edited value, and one per import.

CREATE TABLE change_log (
    id %ID%,
    changed_at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id BIGINT,
    column_name TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    origin TEXT NOT NULL
);
CREATE INDEX change_log_row_idx ON change_log (table_name, row_id);
