#include "cli.h"
#include "database.h"
#include "format.h"
#include "mainwindow.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void identify()
{
    QCoreApplication::setApplicationName(QStringLiteral("mirador"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIRADOR_VERSION));
}

/// Without a display Qt would abort with a message about xcb; say instead
/// how to get one, or what runs without.
bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = argumentsOf(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    if (Cli::needsPainting(arguments)) {
        // Charts and reports are drawn off screen: no window, no display needed.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        identify();
        Format::initDefaultLocale();
        return Cli::run(arguments, out, err);
    }
    if (Cli::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        identify();
        Format::initDefaultLocale();
        return Cli::run(arguments, out, err);
    }

    Cli::WindowOptions options;
    QString error;
    if (!Cli::parseWindowOptions(arguments, &options, &error)) {
        err << QCoreApplication::translate("Cli", "mirador: %1\nVea: mirador --help\n").arg(error);
        return 2;
    }
    if (!hasDisplay()) {
        err << QCoreApplication::translate(
            "Cli",
            "mirador: no hay pantalla gráfica (DISPLAY no está definido), así que la ventana no puede abrirse.\n"
            "  Con un servidor X virtual (paquete xvfb): xvfb-run -a mirador\n"
            "  Sin ventana: mirador export-csv --out resultados.csv (vea mirador --help)\n");
        return 1;
    }

    QApplication app(argc, argv);
    identify();
    Format::initDefaultLocale();

    const Database::Access access = options.readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite;
    bool passwordRequired = false;
    std::unique_ptr<Database> database = options.database.isEmpty()
        ? Database::openDefault(&error)
        : Database::open(options.database, access, &error, {}, &passwordRequired);
    // A server that wants a password libpq did not find (PGPASSWORD,
    // ~/.pgpass): ask, use it for this connection, keep it nowhere.
    while (!database && passwordRequired) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            nullptr, QObject::tr("Mirador"),
            QObject::tr("Contraseña para %1:\n(no se guarda)").arg(options.database.section(u'@', -1)),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            break;
        database = Database::open(options.database, access, &error, password, &passwordRequired);
    }
    if (!database) {
        err << error << '\n';
        err.flush();
        QMessageBox::critical(nullptr, QObject::tr("Mirador"), error);
        return 1;
    }

    MainWindow window(std::move(database));
    window.show();
    if (options.quitAfterLoad) {
        // The first page and the charts are read in the constructor; paint
        // them once, then leave.
        QTimer::singleShot(0, &window, [&window] {
            window.repaint();
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
