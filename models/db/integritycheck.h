#pragma once

#include "queryinterrupter.h"

#include <QObject>
#include <QString>

class QThread;

/// Checks every page of an SQLite database (PRAGMA quick_check) in a worker
/// thread, on a connection of its own, for the files too large to check
/// before they open. Destroying it interrupts the check.
class IntegrityCheck : public QObject
{
    Q_OBJECT
public:
    explicit IntegrityCheck(QString sourceConnection, QObject *parent = nullptr);
    ~IntegrityCheck() override;

    void start();

Q_SIGNALS:
    /// problem is empty when the file is whole, else why not.
    void finished(const QString &problem);

private:
    QString m_source;
    QThread *m_thread = nullptr;
    QueryInterrupter m_interrupter;
};
