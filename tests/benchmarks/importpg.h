#pragma once

#include <QString>

#include <optional>

/// A throw-away PostgreSQL server for the benchmark's import_200k_pg,
/// started as the tests start theirs (tests/pg/pgserver.sh: initdb, pg_ctl
/// on loopback, fsync off) and stopped when it goes. `why` says why there is
/// none when url is empty.
class PgBenchServer
{
public:
    explicit PgBenchServer(const QString &dir);
    ~PgBenchServer();
    PgBenchServer(const PgBenchServer &) = delete;
    PgBenchServer &operator=(const PgBenchServer &) = delete;

    QString url;
    QString why;

    /// A new database holding the embedded dataset; its URL, or empty with *failure.
    QString newDatabase(QString *failure) const;
    /// Importer::prepare + apply of csv into a new database (made untimed).
    std::optional<double> importMs(const QString &csv, qint64 written, QString *failure) const;
    /// psql's \copy of csv into a bare table of text columns of a new
    /// database (made untimed): the whole psql process.
    std::optional<double> psqlCopyMs(const QString &csv, qint64 written, QString *failure) const;

    /// The same rows by one INSERT ... SELECT into result of a new database
    /// (importbaseline.h), from the file \copy-ed untimed into a table of
    /// text columns: the whole psql process of the one transaction.
    std::optional<double> insertSelectMs(const QString &csv, qint64 written, QString *failure) const;

private:
    /// A new database with a table "staged" of text columns, one per the
    /// file's header; its URL, or empty with *failure. With the embedded
    /// dataset when `dataset`.
    QString stagedDatabase(const QString &csv, bool dataset, bool copyRows, QString *failure) const;

    QString m_dir;
};
