-- Mirador schema, version 5: one program per folded name.
--
-- A program's search_text is its name folded (no case, no accents). Two
-- imports running at once could each create the same program under two
-- spellings ("Carrera Común", "carrera común"); later imports then updated
-- one twin and added rows to the other. This merges every twin into the
-- program with the lowest id and makes search_text unique, so that no writer
-- can create a twin again.
--
-- Where merging makes two results of the same objective, year, region and
-- call, the newer row (the higher id, written by the later import) stays, as
-- an import that had found the program would have updated it. The older
-- row's figures go to change_log first, so nothing is lost without a trace.
-- Indicators have no such key; they are only moved to the kept program.

CREATE TEMPORARY TABLE program_twin AS
SELECT p.id AS twin_id, (SELECT MIN(k.id) FROM program k WHERE k.search_text = p.search_text) AS kept_id
FROM program p
WHERE p.id > (SELECT MIN(k.id) FROM program k WHERE k.search_text = p.search_text);

CREATE TEMPORARY TABLE result_superseded AS
SELECT r.id AS id, MAX(n.id) AS by_id
FROM result r
JOIN result n ON n.id > r.id AND n.objective_id = r.objective_id AND n.year = r.year AND n.region_id = r.region_id
             AND n.program_id <> r.program_id
             AND (n.call = r.call OR (n.call IS NULL AND r.call IS NULL))
             AND COALESCE((SELECT t.kept_id FROM program_twin t WHERE t.twin_id = n.program_id), n.program_id)
               = COALESCE((SELECT t.kept_id FROM program_twin t WHERE t.twin_id = r.program_id), r.program_id)
WHERE r.program_id IN (SELECT twin_id FROM program_twin UNION SELECT kept_id FROM program_twin)
GROUP BY r.id;

INSERT INTO change_log (changed_at, user_name, table_name, row_id, column_name, old_value, new_value, origin)
SELECT %NOW%, 'Mirador', 'result', r.id, c.name,
       CASE c.name WHEN 'budget_mclp' THEN CAST(r.budget_mclp AS TEXT)
                   WHEN 'beneficiaries' THEN CAST(r.beneficiaries AS TEXT)
                   ELSE r.beneficiary_unit END,
       NULL, 'esquema 5: fila de un programa repetido, reemplazada por la fila ' || CAST(s.by_id AS TEXT)
FROM result_superseded s
JOIN result r ON r.id = s.id
CROSS JOIN (SELECT 'budget_mclp' AS name UNION ALL SELECT 'beneficiaries' UNION ALL SELECT 'beneficiary_unit') c;

DELETE FROM result WHERE id IN (SELECT id FROM result_superseded);

UPDATE result SET program_id = (SELECT t.kept_id FROM program_twin t WHERE t.twin_id = result.program_id)
WHERE program_id IN (SELECT twin_id FROM program_twin);

UPDATE indicator SET program_id = (SELECT t.kept_id FROM program_twin t WHERE t.twin_id = indicator.program_id)
WHERE program_id IN (SELECT twin_id FROM program_twin);

DELETE FROM program WHERE id IN (SELECT twin_id FROM program_twin);

DROP TABLE result_superseded;
DROP TABLE program_twin;

CREATE UNIQUE INDEX program_search_text_idx ON program (search_text);
