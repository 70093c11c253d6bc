#pragma once

#include <QString>

#include <functional>

/// Synthetic data for benchmarks and demos (mirador generate-demo): a new
/// SQLite database at path with the embedded report's real structure — the
/// service, the report with its 4 objectives and 12 actions, the 15
/// programs, the 17 regions — marked synthetic (report.synthetic = 1), and
/// `rows` made-up results spread over 2016–2025, the 16 regions and the
/// programs of each objective, each one call ("convocatoria") of its program,
/// plus one made-up indicator per 10 results. Every generated row says in its
/// source sentence that it is synthetic. The generator has a fixed seed: the
/// same number of rows gives the same database.
///
/// path must not exist; the file is written under a temporary name and
/// renamed into place only when complete (Database::create). progress(done,
/// total) is called about every 1 % of the rows; when it returns false the
/// generation stops and nothing is left on disk. On failure returns false
/// and sets *error to a sentence, in the user's language, naming the file.
bool generateDemo(const QString &path, qint64 rows, QString *error,
                  const std::function<bool(qint64 done, qint64 total)> &progress = {});
