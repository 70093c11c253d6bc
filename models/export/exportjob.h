#pragma once

#include "csvexport.h"
#include "filter.h"

#include <QObject>
#include <QString>

#include <atomic>

class Database;
class QThread;
struct TableSpec;

/// The window's CSV export: CsvExport::write, the writer export-csv runs,
/// in a thread of its own on a read-only connection of its own
/// (WorkerConnection), so the window keeps painting while a million rows are
/// written. Progress and the end come back as queued signals, as ImportJob's
/// do. cancel() stops the writer at its next progress step (a few thousand
/// rows); then no file appears, and a file that was there stays as it was
/// (ExportFile writes a temporary file and replaces the old one only at the end).
class ExportJob : public QObject
{
    Q_OBJECT
public:
    explicit ExportJob(const Database &database, QObject *parent = nullptr);
    /// Cancels a running export and waits for it (the window closing).
    ~ExportJob() override;

    bool isRunning() const;
    /// Writes spec's rows under filter to fileName; spec is one of
    /// TableSpec's own, which live as long as the program.
    void start(const TableSpec &spec, const Filter &filter, const QString &fileName, CsvExport::Style style);
    void cancel() { m_cancel = true; }
    void wait();

Q_SIGNALS:
    /// Rows written so far.
    void progress(qint64 rows);
    /// rows written, or -1 with error in the user's words; cancelled when
    /// cancel() stopped it (error then says what became of the file).
    void finished(qint64 rows, const QString &error, bool cancelled);

private:
    QString m_sourceConnection;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
};
