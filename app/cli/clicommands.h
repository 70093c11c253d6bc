#pragma once

#include <QStringList>

#include <memory>

class Database;
struct Proposal;
struct ReportDraft;

class QTextStream;

/// The commands Cli::run dispatches to, each given its arguments without the
/// command's name; each returns the process exit code and writes its messages
/// to out and err.
namespace Cli {

// clidatabase.cpp: the commands that make a database.
int initCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int copyCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int generateDemoCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// cliimport.cpp
class Options;
/// The database of --db, else the default one, open for writing; nullptr,
/// with the reason on err ("mirador <command>: …"), when it cannot be opened,
/// is read-only or is damaged.
std::unique_ptr<Database> openForWriting(const Options &options, const QString &command, QTextStream &err);
int importCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// cliexport.cpp: the commands that write a file from a database.
int exportCsvCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int exportXlsxCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int exportPdfCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int exportChartCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// clireadreport.cpp: a BGI's PDF or text read into proposals.
int readReportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
/// "presupuestos: 8, beneficiarios: 8, indicadores: 34, hitos: 11".
QString counts(const QList<Proposal> &proposals);
/// Writes a report read (read-report --accept-all) or reviewed (import of a
/// proposals file) into the database of --db, else the default one. A report
/// the database has already is not written: err says what writing it would
/// change, + and - line by line. False, with the reason on err
/// ("mirador <command>: …"), when nothing was written.
bool writeDraft(const Options &options, const ReportDraft &draft, const QString &command, QTextStream &err);

} // namespace Cli
