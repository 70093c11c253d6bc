#pragma once

#include "importer.h"

#include <QObject>
#include <QSqlDatabase>

#include <atomic>

class Database;
class QThread;

/// Runs an import off the GUI thread, on a connection of its own: prepare()
/// reads and checks a file, apply() writes a plan. Progress and results come
/// back as queued signals; cancel() stops a running apply(), which then rolls
/// back and leaves the database as it was.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(const Database &database, QObject *parent = nullptr);
    ~ImportJob() override;

    bool isRunning() const;
    void prepare(const QString &fileName);
    void apply(const ImportPlan &plan);
    void cancel() { m_cancel = true; }
    /// Waits for a running job to end (the window does this when it closes).
    void wait();

Q_SIGNALS:
    void prepared(const ImportPlan &plan);
    void progress(qint64 done, qint64 total);
    void finished(const ImportOutcome &outcome);

private:
    template<typename Work>
    void start(Work work);

    QString m_sourceConnection;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
};
