-- Mirador schema, version 3: a result may belong to one call ("convocatoria")
-- of a program, e.g. "Convocatoria 2019-RM-0042", so one program, objective,
-- year and region can hold many results. The report's own figures keep a
-- NULL call, so their identity is unchanged.
--
-- SQLite cannot drop a table's UNIQUE constraint, so the table is rebuilt the
-- portable way: a new table, the rows copied ids and all, the old one
-- dropped, the new one renamed, the indexes made again. No table refers to
-- result, and change_log refers to its rows by id, which stay.
-- NULLs are distinct in a UNIQUE constraint: the importer finds an existing
-- result by objective, program, year and region itself, never relying on it.
-- On PostgreSQL the constraints, indexes and identity sequence made with
-- result_new keep that name in theirs (result_new_pkey...): PostgreSQL picks
-- implicit names that do not collide, so a later rebuild can reuse result_new.

CREATE TABLE result_new (
    id %ID%,
    objective_id BIGINT NOT NULL REFERENCES objective (id),
    action_id BIGINT REFERENCES action (id),
    program_id BIGINT NOT NULL REFERENCES program (id),
    region_id BIGINT NOT NULL REFERENCES region (id),
    year INTEGER NOT NULL,
    budget_mclp BIGINT CHECK (budget_mclp >= 0),
    beneficiaries BIGINT CHECK (beneficiaries >= 0),
    beneficiary_unit TEXT,
    note TEXT,
    source_quote TEXT NOT NULL,
    search_text TEXT NOT NULL,
    call TEXT,
    UNIQUE (objective_id, program_id, year, region_id, call)
);

INSERT INTO result_new (id, objective_id, action_id, program_id, region_id, year, budget_mclp, beneficiaries,
                        beneficiary_unit, note, source_quote, search_text, call)
SELECT id, objective_id, action_id, program_id, region_id, year, budget_mclp, beneficiaries,
       beneficiary_unit, note, source_quote, search_text, NULL
FROM result;

DROP TABLE result;
ALTER TABLE result_new RENAME TO result;

-- Ids were copied as they were: on PostgreSQL the identity must go on after
-- the highest of them (nothing to do on SQLite).
%SYNC_ID(result)%;

CREATE INDEX result_program_idx ON result (program_id);
CREATE INDEX result_region_idx ON result (region_id);
CREATE INDEX result_year_idx ON result (year);

-- For browsing a million rows: sorting by the figures, filtering an
-- objective by year.
CREATE INDEX result_budget_idx ON result (budget_mclp);
CREATE INDEX result_beneficiaries_idx ON result (beneficiaries);
CREATE INDEX result_objective_year_idx ON result (objective_id, year);
