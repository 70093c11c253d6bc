-- Mirador schema, version 9: result_total kept per statement, not per row,
-- where a bulk write needs it (issue 20).
--
-- SQLite has no statement-level triggers. An import of 200.000 results ran
-- result_total_insert 200.000 times; now it puts a row in
-- result_total_paused inside its own write transaction (BEGIN IMMEDIATE: no
-- other connection can see that row or write meanwhile), inserts its
-- results, adds their totals with one INSERT ... SELECT ... GROUP BY, and
-- deletes the row again before COMMIT. Every other writer, sqlite3
-- included, finds the table empty and the trigger runs as before.
--
-- PostgreSQL runs one statement-level trigger per INSERT, UPDATE or DELETE,
-- with the statement's rows as transition tables: a COPY or an INSERT of
-- many rows adds their totals once, grouped. An UPDATE trigger with
-- transition tables cannot name columns, so it fires on every UPDATE of
-- result; one that changes no figure adds and takes away the same totals.
-- result_total_paused stays empty there.

CREATE TABLE result_total_paused (
    paused INTEGER PRIMARY KEY CHECK (paused = 1)
);

--@ sqlite
DROP TRIGGER result_total_insert;
CREATE TRIGGER result_total_insert AFTER INSERT ON result
WHEN NOT EXISTS (SELECT 1 FROM result_total_paused)
BEGIN
    INSERT INTO result_total (objective_id, program_id, region_id, year, beneficiary_unit, result_rows, budget_rows,
                              budget_mclp, beneficiaries_rows, beneficiaries, both_rows, both_budget,
                              both_beneficiaries)
    VALUES (NEW.objective_id, NEW.program_id, NEW.region_id, NEW.year, COALESCE(NEW.beneficiary_unit, ''), 1,
            NEW.budget_mclp IS NOT NULL, COALESCE(NEW.budget_mclp, 0),
            NEW.beneficiaries IS NOT NULL, COALESCE(NEW.beneficiaries, 0),
            NEW.budget_mclp IS NOT NULL AND NEW.beneficiaries IS NOT NULL,
            CASE WHEN NEW.beneficiaries IS NOT NULL THEN COALESCE(NEW.budget_mclp, 0) ELSE 0 END,
            CASE WHEN NEW.budget_mclp IS NOT NULL THEN COALESCE(NEW.beneficiaries, 0) ELSE 0 END)
    ON CONFLICT (objective_id, program_id, region_id, year, beneficiary_unit) DO UPDATE SET
        result_rows = result_rows + 1,
        budget_rows = budget_rows + excluded.budget_rows,
        budget_mclp = budget_mclp + excluded.budget_mclp,
        beneficiaries_rows = beneficiaries_rows + excluded.beneficiaries_rows,
        beneficiaries = beneficiaries + excluded.beneficiaries,
        both_rows = both_rows + excluded.both_rows,
        both_budget = both_budget + excluded.both_budget,
        both_beneficiaries = both_beneficiaries + excluded.both_beneficiaries;
END;

--@ postgresql
DROP TRIGGER result_total_change ON result;
DROP FUNCTION result_total_change();

-- The totals of a statement's rows, grouped, with sign +1 (new rows) or -1
-- (old rows), added to result_total; groups left with no row go.
CREATE FUNCTION result_total_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE result_total AS t SET
            result_rows = t.result_rows - o.result_rows,
            budget_rows = t.budget_rows - o.budget_rows,
            budget_mclp = t.budget_mclp - o.budget_mclp,
            beneficiaries_rows = t.beneficiaries_rows - o.beneficiaries_rows,
            beneficiaries = t.beneficiaries - o.beneficiaries,
            both_rows = t.both_rows - o.both_rows,
            both_budget = t.both_budget - o.both_budget,
            both_beneficiaries = t.both_beneficiaries - o.both_beneficiaries
        FROM (SELECT objective_id, program_id, region_id, year, COALESCE(beneficiary_unit, '') AS beneficiary_unit,
                     COUNT(*) AS result_rows, COUNT(budget_mclp) AS budget_rows,
                     COALESCE(SUM(budget_mclp), 0) AS budget_mclp, COUNT(beneficiaries) AS beneficiaries_rows,
                     COALESCE(SUM(beneficiaries), 0) AS beneficiaries,
                     COUNT(*) FILTER (WHERE budget_mclp IS NOT NULL AND beneficiaries IS NOT NULL) AS both_rows,
                     COALESCE(SUM(budget_mclp) FILTER (WHERE beneficiaries IS NOT NULL), 0) AS both_budget,
                     COALESCE(SUM(beneficiaries) FILTER (WHERE budget_mclp IS NOT NULL), 0) AS both_beneficiaries
              FROM old_rows GROUP BY 1, 2, 3, 4, 5) AS o
        WHERE t.objective_id = o.objective_id AND t.program_id = o.program_id AND t.region_id = o.region_id
          AND t.year = o.year AND t.beneficiary_unit = o.beneficiary_unit;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO result_total AS t (objective_id, program_id, region_id, year, beneficiary_unit, result_rows,
                                       budget_rows, budget_mclp, beneficiaries_rows, beneficiaries, both_rows,
                                       both_budget, both_beneficiaries)
        SELECT objective_id, program_id, region_id, year, COALESCE(beneficiary_unit, ''), COUNT(*),
               COUNT(budget_mclp), COALESCE(SUM(budget_mclp), 0), COUNT(beneficiaries),
               COALESCE(SUM(beneficiaries), 0),
               COUNT(*) FILTER (WHERE budget_mclp IS NOT NULL AND beneficiaries IS NOT NULL),
               COALESCE(SUM(budget_mclp) FILTER (WHERE beneficiaries IS NOT NULL), 0),
               COALESCE(SUM(beneficiaries) FILTER (WHERE budget_mclp IS NOT NULL), 0)
        FROM new_rows GROUP BY 1, 2, 3, 4, 5
        ON CONFLICT (objective_id, program_id, region_id, year, beneficiary_unit) DO UPDATE SET
            result_rows = t.result_rows + excluded.result_rows,
            budget_rows = t.budget_rows + excluded.budget_rows,
            budget_mclp = t.budget_mclp + excluded.budget_mclp,
            beneficiaries_rows = t.beneficiaries_rows + excluded.beneficiaries_rows,
            beneficiaries = t.beneficiaries + excluded.beneficiaries,
            both_rows = t.both_rows + excluded.both_rows,
            both_budget = t.both_budget + excluded.both_budget,
            both_beneficiaries = t.both_beneficiaries + excluded.both_beneficiaries;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM result_total AS t USING (SELECT DISTINCT objective_id, program_id, region_id, year,
                                                    COALESCE(beneficiary_unit, '') AS beneficiary_unit
                                             FROM old_rows) AS o
        WHERE t.objective_id = o.objective_id AND t.program_id = o.program_id AND t.region_id = o.region_id
          AND t.year = o.year AND t.beneficiary_unit = o.beneficiary_unit AND t.result_rows = 0;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER result_total_insert AFTER INSERT ON result
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION result_total_statement();
CREATE TRIGGER result_total_update AFTER UPDATE ON result
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION result_total_statement();
CREATE TRIGGER result_total_delete AFTER DELETE ON result
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION result_total_statement();
