#include "workbookdialog.h"

#include "catalog.h"
#include "database.h"
#include "exportfile.h"
#include "lastfolder.h"
#include "querytablemodel.h"
#include "xlsxexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>

namespace WorkbookDialog {
namespace {

/// The context of this file's messages in resources/translations.
struct WorkbookText
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookDialog)
};

} // namespace

bool run(QWidget *parent, const Database &database, const Catalog &catalog, const Filter &filter, int currentTab,
         QString *message, QString *error)
{
    const QString fileName = QFileDialog::getSaveFileName(
        parent, WorkbookText::tr("Exportar para Excel"),
        LastFolder::suggest(LastFolder::Purpose::Export, WorkbookText::tr("tablas.xlsx")),
        WorkbookText::tr("Libro de Excel (*.xlsx)"));
    LastFolder::remember(LastFolder::Purpose::Export, fileName);
    message->clear();
    if (fileName.isEmpty())
        return true;
    // The window's tabs, in its order.
    const std::vector<const TableSpec *> tables{&TableSpec::results(), &TableSpec::indicators(),
                                                &TableSpec::milestones()};
    const auto rows = XlsxExport::write(database.connection(), tables, filter, {database.location(), catalog.reports()},
                                        fileName, error, currentTab);
    if (!rows)
        return false;
    *message = WorkbookText::tr("Libro de Excel escrito en %1").arg(ExportFile::displayName(fileName));
    return true;
}

} // namespace WorkbookDialog
