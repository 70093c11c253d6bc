#include "appearance.h"
#include "cli.h"
#include "database.h"
#include "firstpaint.h"
#include "format.h"
#include "language.h"
#include "mainwindow.h"
#include "recentdatabases.h"
#include "savedview.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QPointer>
#include <QTextStream>

#include <cstdio>

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

/// The first argument whose bytes are not text in the system's encoding
/// (a file name with byte 0xFF on a UTF-8 system), as Qt reads it; empty
/// when there is none. Qt would read such a name with U+FFFD in place of
/// the byte, and a file made under it would have another name.
QString unreadableArgument(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QString text = QString::fromLocal8Bit(argv[i]);
        if (text.toLocal8Bit() != QByteArrayView(argv[i]))
            return text;
    }
    return {};
}

/// Names the program (for QSettings: ~/.config/Mirador/mirador.conf), and
/// sets its language and number format.
void identify(QCoreApplication *app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Mirador"));
    QCoreApplication::setApplicationName(QStringLiteral("mirador"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIRADOR_VERSION));
    Language::install(app);
    Format::initDefaultLocale();
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

/// Why the window cannot open (its options are wrong, or there is no
/// display), said on err in the user's language: the exit status; -1 when
/// it can open.
int windowRefusal(int &argc, char *argv[], const QStringList &arguments, Cli::WindowOptions *options,
                  QTextStream &err)
{
    QString error;
    if (!Cli::parseWindowOptions(arguments, options, &error)) {
        // The message in the user's language, before any window.
        QCoreApplication app(argc, argv);
        identify(&app);
        Cli::parseWindowOptions(arguments, options, &error);
        err << QCoreApplication::translate("Cli", "mirador: %1\nVea: mirador --help\n").arg(error);
        return 2;
    }
    if (!hasDisplay()) {
        QCoreApplication app(argc, argv);
        identify(&app);
        err << QCoreApplication::translate(
            "Cli",
            "mirador: no hay pantalla gráfica (DISPLAY no está definido), así que la ventana no puede abrirse.\n"
            "  Con un servidor X virtual (paquete xvfb): xvfb-run -a mirador\n"
            "  Sin ventana: mirador export-csv --out resultados.csv (vea mirador --help)\n");
        return 1;
    }
    return -1;
}

/// The database the window opens: --db, else the last file the window had
/// open, else the default one. Null when none opened (the user was told).
std::unique_ptr<Database> windowDatabase(const Cli::WindowOptions &options, QTextStream &err)
{
    const Database::Access access = options.readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite;
    QString location = options.database.isEmpty() ? RecentDatabases::lastFile() : options.database;
    QString error;
    std::unique_ptr<Database> database;
    if (location.isEmpty()) {
        database = Database::openDefault(&error);
    } else {
        database = MainWindow::openDatabase(location, access, nullptr, &error);
        if (!database && options.database.isEmpty() && !error.isEmpty()) {
            err << error << '\n';
            QMessageBox::warning(nullptr, QObject::tr("Mirador"),
                                 QObject::tr("No se pudo abrir la última base de datos usada.\n\n%1\n\n"
                                             "Se abre la base de datos incorporada.").arg(error));
            database = Database::openDefault(&error);
        }
    }
    if (!database && !error.isEmpty()) { // empty: the password was not given
        err << error << '\n';
        err.flush();
        QMessageBox::critical(nullptr, QObject::tr("Mirador"), error);
    }
    return database;
}

/// The view --view names, read; its database becomes the window's unless
/// --db names another, or it is not there (said in *problems). Null, the
/// user told why, when the file is no view.
std::optional<SavedView> windowView(Cli::WindowOptions *options, QStringList *problems, QTextStream &err)
{
    if (options->view.isEmpty())
        return std::nullopt;
    QString error;
    std::optional<SavedView> view = SavedView::read(options->view, &error);
    if (!view) {
        err << error << '\n';
        err.flush();
        QMessageBox::warning(nullptr, QObject::tr("Mirador"), error);
    } else if (options->database.isEmpty()) {
        options->database = MainWindow::viewDatabase(*view, problems);
    }
    for (const QString &problem : std::as_const(*problems))
        err << QCoreApplication::translate("Cli", "mirador: la vista %1: %2\n").arg(options->view, problem);
    return view;
}

int runWindow(int &argc, char *argv[], Cli::WindowOptions options, QTextStream &err)
{
    QApplication app(argc, argv);
    identify(&app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mirador.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("cl.mirador.Mirador"));
    Appearance::apply(Appearance::saved());

    QStringList problems;
    const std::optional<SavedView> view = windowView(&options, &problems, err);
    std::unique_ptr<Database> database = windowDatabase(options, err);
    if (!database)
        return 1;
    QPointer<MainWindow> window = new MainWindow(std::move(database));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->restoreSettings();
    window->show();
    if (view)
        window->applyView(*view, problems);
    if (options.quitAfterLoad) {
        // Not when the rows are read, nor when a paint is asked for: once the
        // table in view has painted its first rows (or its empty table) and
        // the chart the filter's data, flushed to the window, nothing of
        // theirs is left to repaint, and the window system has drawn them
        // (FirstPaint). A window never shown gives up after a minute.
        FirstPaint::quitWhenOnScreen(window, 60000, [&err] {
            err << QCoreApplication::translate(
                "Cli", "mirador: la ventana no mostró sus primeras filas y su gráfico en 60 s; se cierra igual.\n");
            err.flush();
        });
    }
    const int status = app.exec();
    delete window; // one still open after quit(): its models before its database
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = argumentsOf(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    if (const QString unreadable = unreadableArgument(argc, argv); !unreadable.isEmpty()) {
        QCoreApplication app(argc, argv);
        identify(&app);
        err << QCoreApplication::translate("Cli",
                                           "mirador: «%1» tiene bytes que no son texto en la codificación del "
                                           "sistema (UTF-8); Mirador no abre ni crea un archivo con un nombre "
                                           "así, porque lo cambiaría. Cambie el nombre o use otro.\n")
                   .arg(unreadable);
        return 2;
    }

    if (Cli::needsPainting(arguments)) {
        // Charts and reports are drawn off screen: no window, no display needed.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        identify(&app);
        return Cli::run(arguments, out, err);
    }
    if (Cli::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        identify(&app);
        return Cli::run(arguments, out, err);
    }

    Cli::WindowOptions options;
    if (const int refused = windowRefusal(argc, argv, arguments, &options, err); refused >= 0)
        return refused;
    return runWindow(argc, argv, options, err);
}
