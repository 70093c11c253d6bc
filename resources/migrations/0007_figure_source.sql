-- Mirador schema, version 7: each editable figure as its source gave it.
--
-- budget_source and beneficiaries_source hold a result's budget and count of
-- beneficiaries as the report (or the file imported) states them, beside the
-- sentence they come from. Every import and every generated row writes them
-- together with the figure and its sentence; an edit in the window, and its
-- undo, change the figure only. Where the two differ the figure was edited,
-- and the window, the report and the exports say so and what the source said.
-- NULL is a source that gives no such figure.
--
-- An older database holds what was imported, except the cells edited since:
-- their source is the value before the first edit after the last import
-- (change_log keeps it; an import may have replaced figure and sentence, and
-- its log row does not say which rows). Only whole numbers within bounds
-- are taken from the log.
--
-- Bounded as the figures are (0006_figure_bounds.sql, models/bounds.h).

--@ sqlite
ALTER TABLE result ADD COLUMN budget_source BIGINT
    CHECK (budget_source IS NULL OR typeof(budget_source) = 'integer' AND budget_source BETWEEN 0 AND 999999999999);
ALTER TABLE result ADD COLUMN beneficiaries_source BIGINT
    CHECK (beneficiaries_source IS NULL OR typeof(beneficiaries_source) = 'integer'
           AND beneficiaries_source BETWEEN 0 AND 999999999999);

--@ postgresql
ALTER TABLE result ADD COLUMN budget_source BIGINT
    CONSTRAINT result_budget_source_in_bounds CHECK (budget_source BETWEEN 0 AND 999999999999);
ALTER TABLE result ADD COLUMN beneficiaries_source BIGINT
    CONSTRAINT result_beneficiaries_source_in_bounds CHECK (beneficiaries_source BETWEEN 0 AND 999999999999);

--@ both
CREATE TEMPORARY TABLE figure_first_edit AS
SELECT c.row_id AS row_id, c.column_name AS column_name, MIN(c.id) AS first_id
FROM change_log c
WHERE c.table_name = 'result' AND c.column_name IN ('budget_mclp', 'beneficiaries')
  AND c.origin IN ('edit', 'undo', 'redo')
  AND c.id > COALESCE((SELECT MAX(i.id) FROM change_log i WHERE i.origin = 'import'), 0)
GROUP BY c.row_id, c.column_name;

-- The value before that edit, when it is a whole number within bounds (or
-- none); any other text leaves the current figure as the source.
--@ sqlite
CREATE TEMPORARY TABLE figure_source_before AS
SELECT f.row_id AS row_id, f.column_name AS column_name, c.old_value AS old_value
FROM figure_first_edit f
JOIN change_log c ON c.id = f.first_id
WHERE c.old_value IS NULL OR (LENGTH(c.old_value) BETWEEN 1 AND 12 AND c.old_value NOT GLOB '*[^0-9]*');

--@ postgresql
CREATE TEMPORARY TABLE figure_source_before AS
SELECT f.row_id AS row_id, f.column_name AS column_name, c.old_value AS old_value
FROM figure_first_edit f
JOIN change_log c ON c.id = f.first_id
WHERE c.old_value IS NULL OR c.old_value ~ '^[0-9]{1,12}$';

--@ both
UPDATE result SET
    budget_source = CASE
        WHEN EXISTS (SELECT 1 FROM figure_source_before s WHERE s.row_id = result.id AND s.column_name = 'budget_mclp')
        THEN (SELECT CAST(s.old_value AS BIGINT) FROM figure_source_before s
              WHERE s.row_id = result.id AND s.column_name = 'budget_mclp')
        ELSE budget_mclp END,
    beneficiaries_source = CASE
        WHEN EXISTS (SELECT 1 FROM figure_source_before s WHERE s.row_id = result.id AND s.column_name = 'beneficiaries')
        THEN (SELECT CAST(s.old_value AS BIGINT) FROM figure_source_before s
              WHERE s.row_id = result.id AND s.column_name = 'beneficiaries')
        ELSE beneficiaries END;

DROP TABLE figure_source_before;
DROP TABLE figure_first_edit;
