#pragma once

#include <QStringList>

class QTextStream;

/// Mirador's command line: the commands that work without a display, and the
/// options of the window. The same Filter, Catalog and TableSpec as the
/// window, so both show the same rows.
namespace Cli {

/// True for an argument that names a database for the window, as a file
/// manager hands one over: a path (with a slash, or an existing file) or a
/// postgresql:// address.
bool isDatabaseArgument(const QString &argument);
/// True for a saved view's file name: it ends in .mirador-view.
bool isViewArgument(const QString &argument);

/// True when arguments (without the program name) name a command that runs
/// without a window: init, export-csv, export-pdf, export-chart, help,
/// --help, --version.
bool isCommand(const QStringList &arguments);

/// True for the commands that draw (export-pdf, export-chart): they need a
/// QApplication, on the offscreen platform when there is no display.
bool needsPainting(const QStringList &arguments);

/// Runs a command; returns the process exit code. Messages go to out and err.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// The text of --help.
QString helpText();

/// Options of the window: --db PATH, --read-only, --view FILE (or a
/// .mirador-view file named alone, as a file manager hands one over).
/// Returns false with *error set for anything else.
struct WindowOptions
{
    QString database;
    QString view; ///< a saved view to open (SavedView)
    bool readOnly = false;
    bool help = false;
    bool quitAfterLoad = false; ///< exit 0 once the first rows and charts are painted (a measure)
};
bool parseWindowOptions(const QStringList &arguments, WindowOptions *options, QString *error);

} // namespace Cli
