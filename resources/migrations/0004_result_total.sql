-- Mirador schema, version 4: totals kept by the database itself, so the
-- objective overview, the charts and the report read a few hundred rows
-- instead of every result.
--
-- result_total holds, for each objective, program, region, year and unit
-- (an empty unit for none), how many results there are and the sums of
-- their figures. A sum is 0 when no row has the figure; its *_rows count
-- tells "0" from "no figure". The both_* columns add up the rows that have
-- a budget and beneficiaries together, as budget per beneficiary needs.
-- Triggers on result keep it in step with every insert, update and delete,
-- whoever makes them, in the same transaction.
--
-- Lines "--@ sqlite" and "--@ postgresql" start a part for one database
-- only, "--@ both" a shared part again.

CREATE TABLE result_total (
    objective_id BIGINT NOT NULL,
    program_id BIGINT NOT NULL,
    region_id BIGINT NOT NULL,
    year INTEGER NOT NULL,
    beneficiary_unit TEXT NOT NULL,
    result_rows BIGINT NOT NULL,
    budget_rows BIGINT NOT NULL,
    budget_mclp BIGINT NOT NULL,
    beneficiaries_rows BIGINT NOT NULL,
    beneficiaries BIGINT NOT NULL,
    both_rows BIGINT NOT NULL,
    both_budget BIGINT NOT NULL,
    both_beneficiaries BIGINT NOT NULL,
    PRIMARY KEY (objective_id, program_id, region_id, year, beneficiary_unit)
);

INSERT INTO result_total (objective_id, program_id, region_id, year, beneficiary_unit, result_rows, budget_rows,
                          budget_mclp, beneficiaries_rows, beneficiaries, both_rows, both_budget, both_beneficiaries)
SELECT objective_id, program_id, region_id, year, COALESCE(beneficiary_unit, ''), COUNT(*), COUNT(budget_mclp),
       COALESCE(SUM(budget_mclp), 0), COUNT(beneficiaries), COALESCE(SUM(beneficiaries), 0),
       SUM(CASE WHEN budget_mclp IS NOT NULL AND beneficiaries IS NOT NULL THEN 1 ELSE 0 END),
       SUM(CASE WHEN budget_mclp IS NOT NULL AND beneficiaries IS NOT NULL THEN budget_mclp ELSE 0 END),
       SUM(CASE WHEN budget_mclp IS NOT NULL AND beneficiaries IS NOT NULL THEN beneficiaries ELSE 0 END)
FROM result
GROUP BY objective_id, program_id, region_id, year, COALESCE(beneficiary_unit, '');

-- Sorting a million rows by a figure walks an index in the table's order:
-- the sort key is the figure with -1 for none, then the id.
DROP INDEX result_budget_idx;
DROP INDEX result_beneficiaries_idx;
CREATE INDEX result_budget_key_idx ON result ((COALESCE(budget_mclp, -1)), id);
CREATE INDEX result_beneficiaries_key_idx ON result ((COALESCE(beneficiaries, -1)), id);

-- Indicator years, for the year filter, without reading every indicator.
CREATE INDEX indicator_year_idx ON indicator (year);

--@ sqlite
CREATE TRIGGER result_total_insert AFTER INSERT ON result
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

CREATE TRIGGER result_total_delete AFTER DELETE ON result
BEGIN
    UPDATE result_total SET
        result_rows = result_rows - 1,
        budget_rows = budget_rows - (OLD.budget_mclp IS NOT NULL),
        budget_mclp = budget_mclp - COALESCE(OLD.budget_mclp, 0),
        beneficiaries_rows = beneficiaries_rows - (OLD.beneficiaries IS NOT NULL),
        beneficiaries = beneficiaries - COALESCE(OLD.beneficiaries, 0),
        both_rows = both_rows - (OLD.budget_mclp IS NOT NULL AND OLD.beneficiaries IS NOT NULL),
        both_budget = both_budget - CASE WHEN OLD.beneficiaries IS NOT NULL THEN COALESCE(OLD.budget_mclp, 0) ELSE 0 END,
        both_beneficiaries = both_beneficiaries - CASE WHEN OLD.budget_mclp IS NOT NULL THEN COALESCE(OLD.beneficiaries, 0) ELSE 0 END
    WHERE objective_id = OLD.objective_id AND program_id = OLD.program_id AND region_id = OLD.region_id
      AND year = OLD.year AND beneficiary_unit = COALESCE(OLD.beneficiary_unit, '');
    DELETE FROM result_total
    WHERE objective_id = OLD.objective_id AND program_id = OLD.program_id AND region_id = OLD.region_id
      AND year = OLD.year AND beneficiary_unit = COALESCE(OLD.beneficiary_unit, '') AND result_rows = 0;
END;

-- An update is the old row taken out and the new one put in. SQLite runs a
-- trigger's statements in order, so the old row's totals go first.
CREATE TRIGGER result_total_update
AFTER UPDATE OF objective_id, program_id, region_id, year, beneficiary_unit, budget_mclp, beneficiaries ON result
BEGIN
    UPDATE result_total SET
        result_rows = result_rows - 1,
        budget_rows = budget_rows - (OLD.budget_mclp IS NOT NULL),
        budget_mclp = budget_mclp - COALESCE(OLD.budget_mclp, 0),
        beneficiaries_rows = beneficiaries_rows - (OLD.beneficiaries IS NOT NULL),
        beneficiaries = beneficiaries - COALESCE(OLD.beneficiaries, 0),
        both_rows = both_rows - (OLD.budget_mclp IS NOT NULL AND OLD.beneficiaries IS NOT NULL),
        both_budget = both_budget - CASE WHEN OLD.beneficiaries IS NOT NULL THEN COALESCE(OLD.budget_mclp, 0) ELSE 0 END,
        both_beneficiaries = both_beneficiaries - CASE WHEN OLD.budget_mclp IS NOT NULL THEN COALESCE(OLD.beneficiaries, 0) ELSE 0 END
    WHERE objective_id = OLD.objective_id AND program_id = OLD.program_id AND region_id = OLD.region_id
      AND year = OLD.year AND beneficiary_unit = COALESCE(OLD.beneficiary_unit, '');
    DELETE FROM result_total
    WHERE objective_id = OLD.objective_id AND program_id = OLD.program_id AND region_id = OLD.region_id
      AND year = OLD.year AND beneficiary_unit = COALESCE(OLD.beneficiary_unit, '') AND result_rows = 0;
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
CREATE FUNCTION result_total_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE result_total SET
            result_rows = result_rows - 1,
            budget_rows = budget_rows - (CASE WHEN OLD.budget_mclp IS NOT NULL THEN 1 ELSE 0 END),
            budget_mclp = budget_mclp - COALESCE(OLD.budget_mclp, 0),
            beneficiaries_rows = beneficiaries_rows - (CASE WHEN OLD.beneficiaries IS NOT NULL THEN 1 ELSE 0 END),
            beneficiaries = beneficiaries - COALESCE(OLD.beneficiaries, 0),
            both_rows = both_rows - (CASE WHEN OLD.budget_mclp IS NOT NULL AND OLD.beneficiaries IS NOT NULL THEN 1 ELSE 0 END),
            both_budget = both_budget - CASE WHEN OLD.beneficiaries IS NOT NULL THEN COALESCE(OLD.budget_mclp, 0) ELSE 0 END,
            both_beneficiaries = both_beneficiaries - CASE WHEN OLD.budget_mclp IS NOT NULL THEN COALESCE(OLD.beneficiaries, 0) ELSE 0 END
        WHERE objective_id = OLD.objective_id AND program_id = OLD.program_id AND region_id = OLD.region_id
          AND year = OLD.year AND beneficiary_unit = COALESCE(OLD.beneficiary_unit, '');
        DELETE FROM result_total
        WHERE objective_id = OLD.objective_id AND program_id = OLD.program_id AND region_id = OLD.region_id
          AND year = OLD.year AND beneficiary_unit = COALESCE(OLD.beneficiary_unit, '') AND result_rows = 0;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO result_total AS t (objective_id, program_id, region_id, year, beneficiary_unit, result_rows,
                                       budget_rows, budget_mclp, beneficiaries_rows, beneficiaries, both_rows,
                                       both_budget, both_beneficiaries)
        VALUES (NEW.objective_id, NEW.program_id, NEW.region_id, NEW.year, COALESCE(NEW.beneficiary_unit, ''), 1,
                CASE WHEN NEW.budget_mclp IS NOT NULL THEN 1 ELSE 0 END, COALESCE(NEW.budget_mclp, 0),
                CASE WHEN NEW.beneficiaries IS NOT NULL THEN 1 ELSE 0 END, COALESCE(NEW.beneficiaries, 0),
                CASE WHEN NEW.budget_mclp IS NOT NULL AND NEW.beneficiaries IS NOT NULL THEN 1 ELSE 0 END,
                CASE WHEN NEW.beneficiaries IS NOT NULL THEN COALESCE(NEW.budget_mclp, 0) ELSE 0 END,
                CASE WHEN NEW.budget_mclp IS NOT NULL THEN COALESCE(NEW.beneficiaries, 0) ELSE 0 END)
        ON CONFLICT (objective_id, program_id, region_id, year, beneficiary_unit) DO UPDATE SET
            result_rows = t.result_rows + 1,
            budget_rows = t.budget_rows + excluded.budget_rows,
            budget_mclp = t.budget_mclp + excluded.budget_mclp,
            beneficiaries_rows = t.beneficiaries_rows + excluded.beneficiaries_rows,
            beneficiaries = t.beneficiaries + excluded.beneficiaries,
            both_rows = t.both_rows + excluded.both_rows,
            both_budget = t.both_budget + excluded.both_budget,
            both_beneficiaries = t.both_beneficiaries + excluded.both_beneficiaries;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER result_total_change
AFTER INSERT OR DELETE OR UPDATE OF objective_id, program_id, region_id, year, beneficiary_unit, budget_mclp, beneficiaries
ON result FOR EACH ROW EXECUTE FUNCTION result_total_change();
