#include "viewfiles.h"

#include "errorreporter.h"
#include "lastfolder.h"
#include "mainwindow.h"
#include "savedview.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QStatusBar>

namespace ViewFiles {

namespace {

/// The window's context in resources/translations, as the menu's other entries.
struct ViewFilesText
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
};

} // namespace

void addTo(QMenu *file, MainWindow *window, ErrorReporter *errors)
{
    QAction *openAction = file->addAction(ViewFilesText::tr("Abrir vis&ta…"), window, [window] { open(window); });
    openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openAction->setStatusTip(
        ViewFilesText::tr("Abrir un archivo .mirador-view: su base de datos, filtros, tabla, gráfico y columnas"));
    QAction *saveAction
        = file->addAction(ViewFilesText::tr("G&uardar vista…"), window, [window, errors] { save(window, errors); });
    saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    saveAction->setStatusTip(ViewFilesText::tr("Guardar la base de datos, los filtros, la tabla, el gráfico y las "
                                               "columnas que se ven, para volver a ellos o exportarlos con "
                                               "mirador --view"));
}

void open(MainWindow *window)
{
    const QString fileName = QFileDialog::getOpenFileName(
        window, ViewFilesText::tr("Abrir vista"), LastFolder::folder(LastFolder::Purpose::Export, QDir::homePath()),
        ViewFilesText::tr("Vistas de Mirador (*.mirador-view);;Todos los archivos (*)"));
    LastFolder::remember(LastFolder::Purpose::Export, fileName);
    if (!fileName.isEmpty())
        window->openView(fileName);
}

void save(MainWindow *window, ErrorReporter *errors)
{
    const QString suffix = u'.' + SavedView::suffix();
    QString fileName = QFileDialog::getSaveFileName(
        window, ViewFilesText::tr("Guardar vista"),
        LastFolder::suggest(LastFolder::Purpose::Export, ViewFilesText::tr("vista") + suffix),
        ViewFilesText::tr("Vistas de Mirador (*.mirador-view)"));
    LastFolder::remember(LastFolder::Purpose::Export, fileName);
    if (fileName.isEmpty())
        return;
    if (!fileName.endsWith(suffix))
        fileName += suffix;
    QString error;
    if (window->saveView(fileName, &error))
        window->statusBar()->showMessage(
            ViewFilesText::tr("Vista guardada en %1").arg(QDir::toNativeSeparators(fileName)), 5000);
    else
        errors->show(error);
}

} // namespace ViewFiles
