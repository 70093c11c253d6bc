#pragma once

#include <QCoreApplication>
#include <QObject>

#include <functional>

class Database;
class QMainWindow;

/// Tells the user of an error: in the status bar and in a dialog. When a
/// PostgreSQL server went away, it asks once whether to connect again, and
/// keeps asking until the connection is back (then reload) or the user
/// cancels. A model's error reaches it through a queued connection, so the
/// dialog opens after the paint that read the failing page.
class ErrorReporter : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    ErrorReporter(QMainWindow *window, Database *database, std::function<void()> reload);

    void show(const QString &message);

private:
    QMainWindow *m_window;
    Database *m_database;
    std::function<void()> m_reload;
    bool m_reconnecting = false; ///< the reconnect question is showing
};
