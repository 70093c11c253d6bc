#pragma once

// Every SQL statement Mirador runs outside the migration files. Values are
// always bound; the only text ever put together is a choice among these
// constants (filter conditions, sort columns), never user input.

namespace Sql {

// --- opening and checking --------------------------------------------------
inline constexpr char quickCheck[] = "PRAGMA quick_check";
inline constexpr char userVersion[] = "PRAGMA user_version";
// Is the connection still there?
inline constexpr char ping[] = "SELECT 1";
// A consistent copy of the whole database into a new file (bound path).
inline constexpr char vacuumInto[] = "VACUUM INTO ?";
inline constexpr char foreignKeysOn[] = "PRAGMA foreign_keys = ON";
inline constexpr char journalWal[] = "PRAGMA journal_mode = WAL";
// The schema as it is, to compare with what the migrations make: every
// table, index and trigger (SQLite's own, sqlite_*, left out), and a
// table's columns (the table's name bound).
inline constexpr char schemaObjects[] =
    "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index', 'trigger') "
    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid";
inline constexpr char tableColumns[] = "SELECT name FROM pragma_table_info(?)";
// Everything committed in the log copied into the file, the log emptied.
inline constexpr char walCheckpoint[] = "PRAGMA wal_checkpoint(TRUNCATE)";
// PRAGMA takes no bound value; the version is a compile-time integer.
inline constexpr char setUserVersionPrefix[] = "PRAGMA user_version = ";

// PostgreSQL keeps the schema version in a table of its own.
inline constexpr char pgCreateSchemaTable[] =
    "CREATE TABLE IF NOT EXISTS mirador_schema (version INTEGER NOT NULL)";
inline constexpr char pgSchemaVersion[] = "SELECT MAX(version) FROM mirador_schema";
inline constexpr char pgDeleteVersion[] = "DELETE FROM mirador_schema";
inline constexpr char pgInsertVersion[] = "INSERT INTO mirador_schema (version) VALUES (?)";
inline constexpr char pgTableNames[] =
    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";
inline constexpr char pgSchemaObjects[] =
    "SELECT 'table', table_name FROM information_schema.tables WHERE table_schema = current_schema() "
    "UNION ALL SELECT 'index', indexname FROM pg_indexes WHERE schemaname = current_schema() "
    "UNION ALL SELECT 'trigger', t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
    "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND NOT t.tgisinternal";
inline constexpr char pgTableColumns[] =
    "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?";
inline constexpr char pgCanWrite[] =
    "SELECT has_table_privilege('result', 'UPDATE') AND has_table_privilege('result', 'INSERT')";
inline constexpr char pgReadOnlySession[] =
    "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY";
// A migration's %SYNC_ID(table)%, on PostgreSQL: the identity goes on after
// the highest id copied. %1 is a table name from a migration file, never input.
inline constexpr char pgSyncIdentity[] =
    "SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)";
// Before schema 6 bounds the figures: the first that is past them, as (table,
// id, column, value). Bound: the largest figure four times, the third
// negative (models/text/bounds.h).
inline constexpr char firstFigureOutOfBounds[] =
    "SELECT 'result', id, 'budget_mclp', CAST(budget_mclp AS TEXT) FROM result "
    "WHERE budget_mclp < 0 OR budget_mclp > ? "
    "UNION ALL SELECT 'result', id, 'beneficiaries', CAST(beneficiaries AS TEXT) FROM result "
    "WHERE beneficiaries < 0 OR beneficiaries > ? "
    "UNION ALL SELECT 'indicator', id, 'value', CAST(value AS TEXT) FROM indicator "
    "WHERE value < ? OR value > ? LIMIT 1";
// The current time as ChangeLog writes it (Qt::ISODate in UTC), for %NOW% in
// a migration.
inline constexpr char sqliteNowIso[] = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')";
inline constexpr char pgNowIso[] = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";

// --- reference data and the embedded dataset -------------------------------
inline constexpr char insertRegion[] =
    "INSERT INTO region (code, roman, official_name, short_name, iso, sort_order, search_text) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id";
inline constexpr char insertService[] =
    "INSERT INTO service (name, short_name, ministry) VALUES (?, ?, ?) RETURNING id";
inline constexpr char insertReport[] =
    "INSERT INTO report (service_id, year, title, source_name, synthetic) VALUES (?, ?, ?, ?, ?) RETURNING id";
inline constexpr char insertObjective[] =
    "INSERT INTO objective (report_id, number, title, short_name, justification_intro) "
    "VALUES (?, ?, ?, ?, ?) RETURNING id";
inline constexpr char insertAction[] =
    "INSERT INTO action (objective_id, number, text, justification) VALUES (?, ?, ?, ?) RETURNING id";
inline constexpr char insertProgram[] =
    "INSERT INTO program (name, search_text) VALUES (?, ?) RETURNING id";
// A program by its folded name (search_text), which is unique (schema 5).
inline constexpr char findProgramByFoldedName[] = "SELECT id FROM program WHERE search_text = ?";
// A result's figures go in twice: as they stand, and as their source gave
// them (budget_source, beneficiaries_source), which no edit changes.
inline constexpr char insertResult[] =
    "INSERT INTO result (objective_id, action_id, program_id, region_id, year, budget_mclp, "
    "beneficiaries, beneficiary_unit, source_quote, search_text, budget_source, beneficiaries_source) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
inline constexpr char insertIndicator[] =
    "INSERT INTO indicator (objective_id, action_id, program_id, region_id, year, name, value, "
    "unit, source_quote, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
inline constexpr char insertMilestone[] =
    "INSERT INTO milestone (objective_id, action_id, kind, title, counterpart, source_quote, "
    "search_text) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id";

// --- large writes (BulkCache) --------------------------------------------------------
// About 256 MB of page cache (negative: KiB) while a large write runs, so the
// indexes it changes stay in memory.
inline constexpr char cacheSize[] = "PRAGMA cache_size";
inline constexpr char bulkCacheSize[] = "PRAGMA cache_size = -262144";
inline constexpr char setCacheSizePrefix[] = "PRAGMA cache_size = ";
inline constexpr char tempStore[] = "PRAGMA temp_store";
inline constexpr char tempStoreMemory[] = "PRAGMA temp_store = MEMORY";
inline constexpr char setTempStorePrefix[] = "PRAGMA temp_store = ";

// --- synthetic data (generate-demo) ----------------------------------------------
inline constexpr char insertDemoResult[] =
    "INSERT INTO result (objective_id, action_id, program_id, region_id, year, budget_mclp, "
    "beneficiaries, beneficiary_unit, source_quote, search_text, call, budget_source, beneficiaries_source) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
inline constexpr char insertDemoIndicator[] =
    "INSERT INTO indicator (objective_id, action_id, program_id, region_id, year, name, value, "
    "unit, source_quote, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// --- catalog ----------------------------------------------------------------
inline constexpr char selectRegions[] =
    "SELECT id, code, roman, official_name, short_name, search_text FROM region ORDER BY sort_order";
inline constexpr char selectPrograms[] =
    "SELECT id, name, search_text FROM program ORDER BY name";
inline constexpr char selectObjectives[] =
    "SELECT o.number, o.short_name, o.title FROM objective o "
    "GROUP BY o.number, o.short_name, o.title ORDER BY o.number";
// Indicator years by one index seek each (MIN, then the next above it).
inline constexpr char selectYears[] =
    "WITH RECURSIVE y (year) AS (SELECT MIN(year) FROM indicator UNION ALL "
    "SELECT (SELECT MIN(i.year) FROM indicator i WHERE i.year > y.year) FROM y WHERE y.year IS NOT NULL) "
    "SELECT year FROM y WHERE year IS NOT NULL UNION SELECT year FROM result_total ORDER BY 1";
inline constexpr char selectReportInfo[] =
    "SELECT s.name, s.short_name, r.year, r.title FROM report r "
    "JOIN service s ON s.id = r.service_id ORDER BY r.year DESC";
inline constexpr char selectAnySynthetic[] = "SELECT MAX(synthetic) FROM report";
inline constexpr char selectActionContext[] =
    "SELECT o.number, o.title, o.short_name, o.justification_intro, a.number, a.text, "
    "a.justification FROM objective o LEFT JOIN action a ON a.id = ? WHERE o.id = ?";

// --- the tables ---------------------------------------------------------------
// Each SELECT ends before WHERE; the filter adds conditions, then ORDER BY.
inline constexpr char selectResults[] =
    "SELECT r.id, r.objective_id, r.action_id, r.year, o.number, o.short_name, a.number, "
    "p.name, g.code, g.short_name, r.budget_mclp, r.beneficiaries, r.beneficiary_unit, "
    "r.source_quote, r.note, g.sort_order, r.call, r.budget_source, r.beneficiaries_source "
    "FROM result r "
    "JOIN objective o ON o.id = r.objective_id "
    "LEFT JOIN action a ON a.id = r.action_id "
    "JOIN program p ON p.id = r.program_id "
    "JOIN region g ON g.id = r.region_id";
inline constexpr char selectIndicators[] =
    "SELECT i.id, i.objective_id, i.action_id, i.year, o.number, a.number, p.name, g.code, "
    "g.short_name, i.name, i.value, i.unit, i.source_quote, g.sort_order "
    "FROM indicator i "
    "JOIN objective o ON o.id = i.objective_id "
    "LEFT JOIN action a ON a.id = i.action_id "
    "LEFT JOIN program p ON p.id = i.program_id "
    "JOIN region g ON g.id = i.region_id";
inline constexpr char selectMilestones[] =
    "SELECT m.id, m.objective_id, m.action_id, rp.year, o.number, a.number, m.kind, m.title, "
    "m.counterpart, m.source_quote "
    "FROM milestone m "
    "JOIN objective o ON o.id = m.objective_id "
    "JOIN report rp ON rp.id = o.report_id "
    "LEFT JOIN action a ON a.id = m.action_id";

// Objective totals: results, budget and beneficiaries per objective, with
// the budget per beneficiary computed over the rows that have both. Two
// sources answer them: result_total (kept by triggers, a few hundred rows)
// whenever the filter searches no text, result itself when it does.
inline constexpr char selectObjectiveTotals[] =
    "SELECT o.number, o.short_name, o.title, COUNT(DISTINCT r.program_id), SUM(r.budget_mclp), "
    "SUM(r.beneficiaries), "
    "SUM(CASE WHEN r.budget_mclp IS NOT NULL AND r.beneficiaries IS NOT NULL "
    "THEN r.budget_mclp END), "
    "SUM(CASE WHEN r.budget_mclp IS NOT NULL AND r.beneficiaries IS NOT NULL "
    "THEN r.beneficiaries END), COUNT(*) "
    "FROM result r "
    "JOIN objective o ON o.id = r.objective_id "
    "JOIN program p ON p.id = r.program_id "
    "JOIN region g ON g.id = r.region_id";
// How many results: the sum of result_total's counts.
inline constexpr char countKeptResults[] =
    "SELECT COALESCE(SUM(t.result_rows), 0) FROM result_total t "
    "JOIN objective o ON o.id = t.objective_id";
inline constexpr char selectKeptObjectiveTotals[] =
    "SELECT o.number, o.short_name, o.title, COUNT(DISTINCT t.program_id), "
    "CASE WHEN SUM(t.budget_rows) > 0 THEN SUM(t.budget_mclp) END, "
    "CASE WHEN SUM(t.beneficiaries_rows) > 0 THEN SUM(t.beneficiaries) END, "
    "CASE WHEN SUM(t.both_rows) > 0 THEN SUM(t.both_budget) END, "
    "CASE WHEN SUM(t.both_rows) > 0 THEN SUM(t.both_beneficiaries) END, SUM(t.result_rows) "
    "FROM result_total t "
    "JOIN objective o ON o.id = t.objective_id";
inline constexpr char groupObjectiveTotals[] =
    " GROUP BY o.number, o.short_name, o.title ORDER BY o.number";
// Each objective's units ('' for none) and the beneficiaries counted in
// each (null where no row of the unit has any): beneficiaries of different
// units are never added together.
inline constexpr char selectObjectiveUnits[] =
    "SELECT o.number, COALESCE(r.beneficiary_unit, ''), SUM(r.beneficiaries) FROM result r "
    "JOIN objective o ON o.id = r.objective_id "
    "JOIN program p ON p.id = r.program_id "
    "JOIN region g ON g.id = r.region_id";
inline constexpr char orderObjectiveUnits[] =
    " GROUP BY o.number, COALESCE(r.beneficiary_unit, '') ORDER BY o.number, COALESCE(r.beneficiary_unit, '')";
inline constexpr char selectKeptObjectiveUnits[] =
    "SELECT o.number, t.beneficiary_unit, "
    "CASE WHEN SUM(t.beneficiaries_rows) > 0 THEN SUM(t.beneficiaries) END FROM result_total t "
    "JOIN objective o ON o.id = t.objective_id";
inline constexpr char orderKeptObjectiveUnits[] =
    " GROUP BY o.number, t.beneficiary_unit ORDER BY o.number, t.beneficiary_unit";

// Budget and beneficiaries per program within each objective, over the rows
// that report both (a scatter point or a cost needs the two figures).
inline constexpr char selectProgramTotals[] =
    "SELECT o.number, o.short_name, p.name, r.beneficiary_unit, SUM(r.budget_mclp), "
    "SUM(r.beneficiaries) "
    "FROM result r "
    "JOIN objective o ON o.id = r.objective_id "
    "JOIN program p ON p.id = r.program_id "
    "JOIN region g ON g.id = r.region_id";
inline constexpr char programTotalsTail[] =
    " GROUP BY o.number, o.short_name, p.name, r.beneficiary_unit "
    "ORDER BY o.number, p.name, r.beneficiary_unit";
inline constexpr char bothFiguresCondition[] =
    "r.budget_mclp IS NOT NULL AND r.beneficiaries IS NOT NULL";
inline constexpr char selectKeptProgramTotals[] =
    "SELECT o.number, o.short_name, p.name, t.beneficiary_unit, SUM(t.both_budget), "
    "SUM(t.both_beneficiaries) "
    "FROM result_total t "
    "JOIN objective o ON o.id = t.objective_id "
    "JOIN program p ON p.id = t.program_id";
inline constexpr char keptProgramTotalsTail[] =
    " GROUP BY o.number, o.short_name, p.name, t.beneficiary_unit "
    "ORDER BY o.number, p.name, t.beneficiary_unit";
inline constexpr char keptBothFiguresCondition[] = "t.both_rows > 0";

// Facet counts (FacetCounts): "SELECT " + the table's four filter columns
// (constants of its TableSpec) + one of these + the filter's WHERE +
// groupByFacets. The results and indicators are read from what their
// tables' SELECTs read, so each entry's count is the row count the table
// shows once the entry is chosen.
inline constexpr char facetResults[] =
    ", COUNT(*) FROM result r "
    "JOIN objective o ON o.id = r.objective_id "
    "JOIN program p ON p.id = r.program_id "
    "JOIN region g ON g.id = r.region_id";
inline constexpr char facetKeptResults[] =
    ", SUM(t.result_rows) FROM result_total t "
    "JOIN objective o ON o.id = t.objective_id";
inline constexpr char facetIndicators[] =
    ", COUNT(*) FROM indicator i "
    "JOIN objective o ON o.id = i.objective_id "
    "LEFT JOIN program p ON p.id = i.program_id "
    "JOIN region g ON g.id = i.region_id";
inline constexpr char groupByFacets[] = " GROUP BY 1, 2, 3, 4";
// Results whose budget or beneficiaries differ from what their source gave
// (an edit), for the report: objective, program, unit, each figure and its
// source. The filter adds its conditions (with editedFiguresCondition).
inline constexpr char selectEditedFigures[] =
    "SELECT o.number, p.name, r.beneficiary_unit, r.budget_mclp, r.budget_source, r.beneficiaries, "
    "r.beneficiaries_source "
    "FROM result r "
    "JOIN objective o ON o.id = r.objective_id "
    "JOIN program p ON p.id = r.program_id "
    "JOIN region g ON g.id = r.region_id";
inline constexpr char editedFiguresCondition[] =
    "(r.budget_mclp <> r.budget_source OR (r.budget_mclp IS NULL) <> (r.budget_source IS NULL) "
    "OR r.beneficiaries <> r.beneficiaries_source "
    "OR (r.beneficiaries IS NULL) <> (r.beneficiaries_source IS NULL))";
inline constexpr char editedFiguresTail[] = " ORDER BY o.number, p.name, r.id LIMIT ?";

// The words of each objective's actions and justifications, for its word cloud.
inline constexpr char selectObjectiveTexts[] =
    "SELECT o.number, o.short_name, o.justification_intro, a.text, a.justification "
    "FROM objective o JOIN action a ON a.objective_id = o.id";
inline constexpr char objectiveTextsTail[] = " ORDER BY o.number, a.number";

// --- editing -------------------------------------------------------------------
inline constexpr char insertChangeLog[] =
    "INSERT INTO change_log (changed_at, user_name, table_name, row_id, column_name, old_value, new_value, "
    "origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
inline constexpr char selectResultSearchParts[] =
    "SELECT p.name, g.short_name, g.official_name, r.beneficiary_unit, r.source_quote FROM result r "
    "JOIN program p ON p.id = r.program_id JOIN region g ON g.id = r.region_id WHERE r.id = ?";
inline constexpr char updateResultSearchText[] = "UPDATE result SET search_text = ? WHERE id = ?";

// --- history (HistoryModel, ImportJournal, ImportUndo) -------------------------------
// The log a page at a time, newest first, by keyset on id (bind the last id
// shown, then the page size); the row's human name beside each line: a
// result's or indicator's program, name, region and year, a milestone's
// title, a new program's name. The second form is one row's history (bind table, row id, last id,
// page size).
#define MIRADOR_HISTORY_SELECT                                                                                     \
    "SELECT c.id, c.changed_at, c.user_name, c.table_name, c.row_id, c.column_name, c.old_value, c.new_value, "    \
    "c.origin, COALESCE(rp.name, ip.name, pp.name), COALESCE(i.name, m.title), "                                   \
    "COALESCE(rg.short_name, ig.short_name), COALESCE(r.year, i.year) "                                            \
    "FROM change_log c "                                                                                           \
    "LEFT JOIN result r ON c.table_name = 'result' AND r.id = c.row_id "                                           \
    "LEFT JOIN program rp ON rp.id = r.program_id LEFT JOIN region rg ON rg.id = r.region_id "                     \
    "LEFT JOIN indicator i ON c.table_name = 'indicator' AND i.id = c.row_id "                                     \
    "LEFT JOIN program ip ON ip.id = i.program_id LEFT JOIN region ig ON ig.id = i.region_id "                     \
    "LEFT JOIN milestone m ON c.table_name = 'milestone' AND m.id = c.row_id "                                     \
    "LEFT JOIN program pp ON c.table_name = 'program' AND pp.id = c.row_id "
inline constexpr char selectHistoryPage[] = MIRADOR_HISTORY_SELECT "WHERE c.id < ? ORDER BY c.id DESC LIMIT ?";
inline constexpr char selectRowHistoryPage[] =
    MIRADOR_HISTORY_SELECT "WHERE c.table_name = ? AND c.row_id = ? AND c.id < ? ORDER BY c.id DESC LIMIT ?";
#undef MIRADOR_HISTORY_SELECT
// An import's summary line, written first so its lines can name it
// (origin "import:<id>"), and its counts once it is done.
inline constexpr char insertChangeLogReturning[] =
    "INSERT INTO change_log (changed_at, user_name, table_name, row_id, column_name, old_value, new_value, "
    "origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
inline constexpr char insertChangeLogHead[] =
    "INSERT INTO change_log (changed_at, user_name, table_name, row_id, column_name, old_value, new_value, "
    "origin) VALUES ";
inline constexpr char changeLogValues[] = "(?, ?, ?, ?, ?, ?, ?, ?)";
// The log lines of a batch of new results with consecutive ids, in one
// statement (bind time, user, column "*", origin, the lowest and highest id).
inline constexpr char logInsertedResults[] =
    "INSERT INTO change_log (changed_at, user_name, table_name, row_id, column_name, old_value, new_value, origin) "
    "SELECT ?, ?, 'result', id, ?, NULL, NULL, ? FROM result WHERE id BETWEEN ? AND ?";
inline constexpr char updateChangeLogNewValue[] = "UPDATE change_log SET new_value = ? WHERE id = ?";
// An import's summary line by its id (table_name 'import').
inline constexpr char selectImportSummary[] =
    "SELECT column_name, new_value, origin FROM change_log WHERE id = ? AND table_name = 'import'";
// What an import did, newest first (bind its origin, "import:<id>").
inline constexpr char selectImportLines[] =
    "SELECT table_name, row_id, column_name, old_value FROM change_log WHERE origin = ? ORDER BY id DESC";
// The imports undone so far, by their undo summary lines' origins.
inline constexpr char selectUndoneImports[] =
    "SELECT origin FROM change_log WHERE table_name = 'import' AND origin LIKE 'undo-import:%'";
// Changes made after an import to the rows it wrote, by anyone else (bind
// the summary's id, its origin twice: the import's own lines are not later).
// The caller leaves out those of imports undone since, and their undos.
inline constexpr char selectLaterChanges[] =
    "SELECT c.changed_at, c.user_name, c.table_name, c.row_id, c.column_name, c.origin FROM change_log c "
    "WHERE c.id > ? AND c.origin <> ? AND c.row_id IS NOT NULL AND EXISTS (SELECT 1 FROM change_log d "
    "WHERE d.table_name = c.table_name AND d.row_id = c.row_id AND d.origin = ?) ORDER BY c.id";
// What a row an undo removes was, for its log line: program or name, region, year.
inline constexpr char selectResultLabel[] =
    "SELECT p.name, g.short_name, r.year FROM result r JOIN program p ON p.id = r.program_id "
    "JOIN region g ON g.id = r.region_id WHERE r.id = ?";
inline constexpr char selectIndicatorLabel[] =
    "SELECT COALESCE(p.name || ': ', '') || i.name, g.short_name, i.year FROM indicator i "
    "LEFT JOIN program p ON p.id = i.program_id JOIN region g ON g.id = i.region_id WHERE i.id = ?";
inline constexpr char selectProgramLabel[] = "SELECT name FROM program WHERE id = ?";
// A program an import made goes with it only when no row names it any more.
inline constexpr char deleteUnusedProgram[] =
    "DELETE FROM program WHERE id = ? AND NOT EXISTS (SELECT 1 FROM result WHERE program_id = ?) "
    "AND NOT EXISTS (SELECT 1 FROM indicator WHERE program_id = ?)";
inline constexpr char selectIndicatorSearchParts[] =
    "SELECT i.name, COALESCE(p.name, ''), g.short_name, g.official_name, i.unit, i.source_quote FROM indicator i "
    "LEFT JOIN program p ON p.id = i.program_id JOIN region g ON g.id = i.region_id WHERE i.id = ?";
inline constexpr char updateIndicatorSearchText[] = "UPDATE indicator SET search_text = ? WHERE id = ?";

// --- import ------------------------------------------------------------------------
inline constexpr char beginImmediate[] = "BEGIN IMMEDIATE";
inline constexpr char selectObjectivesForImport[] =
    "SELECT o.id, o.number, o.short_name, o.title, rp.year FROM objective o "
    "JOIN report rp ON rp.id = o.report_id ORDER BY rp.year";
inline constexpr char selectActionsForImport[] = "SELECT id, objective_id, number FROM action";
// A result by its key; the call is '' for none. With its id, the values an
// import may change, in the order of ImportJournal::columns(), which logs
// the ones that change.
inline constexpr char findResult[] =
    "SELECT id, action_id, budget_mclp, beneficiaries, beneficiary_unit, source_quote, budget_source, "
    "beneficiaries_source, note FROM result "
    "WHERE objective_id = ? AND program_id = ? AND year = ? AND region_id = ? AND COALESCE(call, '') = ?";
// New results go in many rows to an INSERT: the head, then one group of
// values per row, joined with commas, then returningId (the import logs
// each new row's id, so that it can be undone).
inline constexpr char insertImportedResults[] =
    "INSERT INTO result (objective_id, action_id, program_id, region_id, year, budget_mclp, "
    "beneficiaries, beneficiary_unit, source_quote, note, search_text, call, budget_source, "
    "beneficiaries_source) VALUES ";
inline constexpr char importedResultValues[] = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
inline constexpr char returningId[] = " RETURNING id";
// An import writes a figure, its source's figure and the sentence together.
inline constexpr char updateImportedResult[] =
    "UPDATE result SET action_id = ?, budget_mclp = ?, beneficiaries = ?, beneficiary_unit = ?, "
    "source_quote = ?, note = ?, search_text = ?, budget_source = ?, beneficiaries_source = ? WHERE id = ?";
// The same, for a file without a note column: the note stays as it was.
inline constexpr char updateImportedResultKeepNote[] =
    "UPDATE result SET action_id = ?, budget_mclp = ?, beneficiaries = ?, beneficiary_unit = ?, "
    "source_quote = ?, search_text = ?, budget_source = ?, beneficiaries_source = ? WHERE id = ?";
// The same for an indicator.
inline constexpr char findIndicator[] =
    "SELECT id, action_id, value, unit, source_quote FROM indicator WHERE objective_id = ? AND year = ? "
    "AND region_id = ? AND name = ? AND COALESCE(program_id, 0) = ?";
inline constexpr char insertImportedIndicator[] =
    "INSERT INTO indicator (objective_id, action_id, program_id, region_id, year, name, value, "
    "unit, source_quote, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
inline constexpr char updateImportedIndicator[] =
    "UPDATE indicator SET action_id = ?, value = ?, unit = ?, source_quote = ?, search_text = ? WHERE id = ?";

} // namespace Sql
