#pragma once

// Helpers shared by the libFuzzer targets: how a broken invariant is
// reported, and the Qt application and database some targets need, made once
// per process.

#include "catalog.h"
#include "database.h"

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace FuzzSupport {

/// Stops the run as a crash would, so libFuzzer saves the input: an input
/// that breaks an invariant is a finding even when nothing crashed.
[[noreturn]] inline void fail(const char *file, int line, const char *condition, const QString &detail)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n%s\n", file, line, condition, qUtf8Printable(detail));
    std::abort();
}

/// Input bytes as the text a user would have typed: UTF-8, with invalid
/// sequences replaced as Qt replaces them.
inline QString utf8(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// The QCoreApplication the SQL driver plugins want.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "mirador-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
}

/// A database with the embedded dataset (the 17 regions, 15 programs and the
/// figures that quote them) in a temporary folder, and its Catalog. Made on
/// first use and kept for the whole run.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Catalog catalog;

    Fixture()
    {
        QString error;
        db = Database::create(dir.filePath(QStringLiteral("fuzz.sqlite")), Database::Content::EmbeddedDataset,
                              &error);
        if (!db || !catalog.load(db->connection(), &error)) {
            std::fprintf(stderr, "cannot make the fuzz database: %s\n", qUtf8Printable(error));
            std::abort();
        }
    }
};

inline const Fixture &fixture()
{
    ensureApplication();
    static const Fixture fixture;
    return fixture;
}

} // namespace FuzzSupport

/// Aborts with the condition and a detail (a QString) when condition is false.
#define FUZZ_CHECK(condition, detail)                                                                        \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            FuzzSupport::fail(__FILE__, __LINE__, #condition, (detail));                                     \
    } while (false)
