#include "errorreporter.h"

#include "database.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

ErrorReporter::ErrorReporter(QMainWindow *window, Database *database, std::function<void()> reload)
    : QObject(window), m_window(window), m_database(database), m_reload(std::move(reload))
{
}

void ErrorReporter::show(const QString &message)
{
    m_window->statusBar()->showMessage(message);
    // A server that went away: say so once, and offer to connect again.
    if (m_database->dialect() == Database::Dialect::PostgreSQL && !m_reconnecting && m_database->connectionLost()) {
        m_reconnecting = true;
        while (QMessageBox::question(m_window, tr("Mirador"),
                                     tr("%1\n\nSe perdió la conexión con el servidor. Lo que no se guardó se "
                                        "indicó arriba. ¿Volver a conectarse?")
                                         .arg(message),
                                     QMessageBox::Retry | QMessageBox::Cancel, QMessageBox::Retry)
               == QMessageBox::Retry) {
            QString error;
            if (m_database->reconnect(&error)) {
                m_reload();
                m_window->statusBar()->showMessage(tr("Conectado de nuevo a %1").arg(m_database->location()),
                                                   5000);
                break;
            }
            m_window->statusBar()->showMessage(error);
        }
        m_reconnecting = false;
        return;
    }
    QMessageBox::warning(m_window, tr("Mirador"), message);
}
