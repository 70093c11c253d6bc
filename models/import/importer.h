#pragma once

#include <optional>

#include "importfields.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

/// One thing wrong with an import file, where a person can find it.
struct ImportProblem
{
    int line = 0;   ///< line in the file (the header's line for a missing column)
    QString column; ///< the column as the file titles it; empty for the whole row
    QString reason;

    /// "línea 7, Presupuesto (M$): no es un número: «abc»"
    QString describe() const;
};

/// A file read and checked against the database, ready to write; nothing has
/// been written. Results are identified by year + objective + program +
/// region, indicators by year + objective + program + region + name: a row
/// that exists already is updated, never duplicated. The objective is one
/// report's: number N of the report of the row's service (its service
/// column; none needed while each year has one service's report) and year.
struct ImportPlan
{
    enum class Kind { Results, Indicators };

    struct Row
    {
        int line = 0;
        int year = 0;
        qint64 objectiveId = 0;
        QVariant actionId;    ///< null: no action
        QVariant programId;   ///< null: a new program (programName) or none
        QString programName;
        qint64 regionId = 0;
        QString regionShort;
        QString regionOfficial;
        QVariant budget;        ///< results
        QVariant beneficiaries; ///< results
        /// What the sentence gives: the file's budget_source and
        /// beneficiaries_source where it has them (a Mirador export of an
        /// edited figure), else the figures themselves.
        QVariant budgetSource;
        QVariant beneficiariesSource;
        QString unit;           ///< beneficiary unit, or the indicator's unit
        QString name;           ///< indicators
        double value = 0;       ///< indicators
        QString quote;
        QString note;
        QString call; ///< results: empty for none
    };

    QString fileName;
    Kind kind = Kind::Results;
    QString encoding;
    QChar separator;
    NumberStyle numbers = NumberStyle::Plain;
    QStringList header;
    QList<ImportField> fields;
    QStringList ignoredColumns;
    QStringList newPrograms;
    QList<QStringList> preview; ///< the first records as read, for a preview
    QList<int> previewLines;    ///< the line in the file where each of them starts
    int records = 0;            ///< data records in the file
    QList<Row> rows;
    QList<ImportProblem> problems;

    bool isValid() const { return problems.isEmpty() && !rows.isEmpty(); }
};

/// What writing a plan did.
struct ImportOutcome
{
    bool ok = false;
    bool cancelled = false;
    qint64 inserted = 0;
    qint64 updated = 0;
    QString error;
};

/// CSV import: the format export-csv writes, and spreadsheets as people make
/// them (see CsvReader and ImportFields::recogniseAll()). prepare() reads and checks
/// everything and lists every problem with its line; apply() writes a clean
/// plan in one transaction, so one bad row, an error or a cancel leaves the
/// database exactly as it was.
///
/// readFile() is in importer.cpp, prepare() in importplan.cpp and apply() in
/// importwriter.cpp.
class Importer
{
public:
    /// The bytes of a file to import. Only a regular file is read: a FIFO
    /// would wait for a writer and a device such as /dev/urandom never ends.
    /// A file over maxFileBytes is refused before it is read. On failure
    /// returns nullopt and sets *error to a Spanish sentence.
    static std::optional<QByteArray> readFile(const QString &fileName, QString *error);
    static constexpr qint64 maxFileBytes = qint64(1) << 30;

    /// Reads and checks a file's bytes against the database. Never writes.
    static ImportPlan prepare(const QSqlDatabase &db, const QByteArray &bytes, const QString &fileName);

    /// Writes a plan without problems in one transaction. progress(done,
    /// total) is called now and then; when it returns false the transaction
    /// is rolled back and the outcome says cancelled.
    static ImportOutcome apply(const QSqlDatabase &db, const ImportPlan &plan,
                               const std::function<bool(qint64, qint64)> &progress = {});
};
