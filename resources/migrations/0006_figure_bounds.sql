-- Mirador schema, version 6: every figure within bounds, whoever writes it.
--
-- A budget or a count of beneficiaries is a whole number from 0 to
-- 999.999.999.999, an indicator's value lies within ±999.999.999.999
-- (models/bounds.h says why that is enough). A budget of
-- 9223372036854775807 had been accepted, and then every sum overflowed.
-- Mirador checks the rows a file already has before this update
-- (Sql::firstFigureOutOfBounds) and names one that is out of bounds.
--
-- PostgreSQL checks with CHECK constraints. SQLite cannot add a constraint to
-- a table without making the table again, and with it its indexes and the
-- result_total triggers; triggers BEFORE each write refuse the same values,
-- for every writer (the sqlite3 shell included), and a whole number is
-- required there, as SQLite would otherwise keep 5,5 or 1,5e300 in a BIGINT.

--@ sqlite
CREATE TRIGGER result_figures_in_bounds_insert BEFORE INSERT ON result
WHEN NOT ((NEW.budget_mclp IS NULL OR typeof(NEW.budget_mclp) = 'integer' AND NEW.budget_mclp BETWEEN 0 AND 999999999999)
          AND (NEW.beneficiaries IS NULL OR typeof(NEW.beneficiaries) = 'integer' AND NEW.beneficiaries BETWEEN 0 AND 999999999999))
BEGIN
    SELECT RAISE(ABORT, 'cifra fuera de rango: presupuesto y beneficiarios son enteros de 0 a 999.999.999.999');
END;

CREATE TRIGGER result_figures_in_bounds_update BEFORE UPDATE OF budget_mclp, beneficiaries ON result
WHEN NOT ((NEW.budget_mclp IS NULL OR typeof(NEW.budget_mclp) = 'integer' AND NEW.budget_mclp BETWEEN 0 AND 999999999999)
          AND (NEW.beneficiaries IS NULL OR typeof(NEW.beneficiaries) = 'integer' AND NEW.beneficiaries BETWEEN 0 AND 999999999999))
BEGIN
    SELECT RAISE(ABORT, 'cifra fuera de rango: presupuesto y beneficiarios son enteros de 0 a 999.999.999.999');
END;

CREATE TRIGGER indicator_value_in_bounds_insert BEFORE INSERT ON indicator
WHEN NOT (NEW.value BETWEEN -999999999999 AND 999999999999)
BEGIN
    SELECT RAISE(ABORT, 'cifra fuera de rango: un indicador va de -999.999.999.999 a 999.999.999.999');
END;

CREATE TRIGGER indicator_value_in_bounds_update BEFORE UPDATE OF value ON indicator
WHEN NOT (NEW.value BETWEEN -999999999999 AND 999999999999)
BEGIN
    SELECT RAISE(ABORT, 'cifra fuera de rango: un indicador va de -999.999.999.999 a 999.999.999.999');
END;

--@ postgresql
ALTER TABLE result ADD CONSTRAINT result_budget_in_bounds CHECK (budget_mclp BETWEEN 0 AND 999999999999);
ALTER TABLE result ADD CONSTRAINT result_beneficiaries_in_bounds CHECK (beneficiaries BETWEEN 0 AND 999999999999);
ALTER TABLE indicator ADD CONSTRAINT indicator_value_in_bounds CHECK (value BETWEEN -999999999999 AND 999999999999);
