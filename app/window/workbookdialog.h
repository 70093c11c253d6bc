#pragma once

#include <QString>

class Catalog;
class Database;
class QWidget;
struct Filter;

/// The window's "Exportar tabla para Excel…": asks where to save, then
/// writes the results, indicators and milestones under the window's filter
/// as one Excel workbook (XlsxExport), opening on the table the user is
/// looking at.
namespace WorkbookDialog {

/// The outcome for the status bar ("Libro de Excel escrito en …"); empty if
/// the user cancelled. False, with *error in the user's words, if the
/// workbook could not be written.
bool run(QWidget *parent, const Database &database, const Catalog &catalog, const Filter &filter, int currentTab,
         QString *message, QString *error);

} // namespace WorkbookDialog
