#pragma once

#include <QString>

#include <functional>

/// How many services and years generate-demo makes up.
struct DemoShape
{
    int services = 3; ///< "Servicio sintético A", "B", …: 1 to maxServices
    int years = 3; ///< the last `years` years up to lastYear: 1 to maxYears

    static constexpr int maxServices = 26; // one letter each
    static constexpr int maxYears = 10;
    static constexpr int lastYear = 2025;
};

/// Synthetic data for benchmarks and demos (mirador generate-demo): a new
/// SQLite database at path holding shape.services made-up services
/// ("Servicio sintético A", …), each with one report a year for the last
/// shape.years years up to 2025, every report marked synthetic
/// (report.synthetic = 1). No name and no figure is a real service's: the
/// services, objectives, actions and programs are named as synthetic, so a
/// demo can never pass for a real report.
///
/// Each service has 4 objectives of 3 actions in every year (the same titles
/// year after year, as a service keeps its objectives) and 5 programs of its
/// own, one program row each whatever the years it runs in: four run every
/// year; the fifth starts in the last year only, so two years of one service
/// have a program in one of them only. The `rows` made-up results are spread
/// over the reports, their objectives, programs and the 16 regions; each is
/// one call ("convocatoria") of its program in its report's year. One
/// made-up indicator per 10 results and one milestone per objective and
/// report. Every generated row says in its source sentence that it is
/// synthetic. The generator has a fixed seed: the same rows and shape give
/// the same database.
///
/// path must not exist; the file is written under a temporary name and
/// renamed into place only when complete (Database::create). progress(done,
/// total) is called about every 1 % of the rows, and once more with done ==
/// total after the indexes and result_total are made (a few seconds for a
/// million rows); when it returns false the generation stops and nothing is
/// left on disk. On failure returns false
/// and sets *error to a sentence, in the user's language, naming the file.
bool generateDemo(const QString &path, qint64 rows, QString *error,
                  const std::function<bool(qint64 done, qint64 total)> &progress = {}, const DemoShape &shape = {});
