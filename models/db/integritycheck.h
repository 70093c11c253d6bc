#pragma once

#include "workerthreads.h"

#include <QObject>
#include <QString>

/// Checks every page of an SQLite database (PRAGMA quick_check) in a worker
/// thread, on a connection of its own, for the files too large to check
/// before they open. Destroying it interrupts the check.
class IntegrityCheck : public QObject
{
    Q_OBJECT
public:
    explicit IntegrityCheck(QString sourceConnection, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    /// problem is empty when the file is whole, else why not.
    void finished(const QString &problem);

private:
    QString m_source;
    bool m_started = false;
    WorkerThreads m_workers; // last: it goes first, interrupting the check
};
