#pragma once

class ErrorReporter;
class MainWindow;
class QMenu;

/// Archivo → Abrir vista… and Guardar vista…: the file dialogs in front of
/// MainWindow::openView and saveView, apart so the window only wires them.
namespace ViewFiles {

/// The two entries, with their shortcuts, at the end of the file menu.
void addTo(QMenu *file, MainWindow *window, ErrorReporter *errors);
/// Asks for a .mirador-view file and opens it.
void open(MainWindow *window);
/// Asks where, and writes what the window shows there; says where, or why not.
void save(MainWindow *window, ErrorReporter *errors);

} // namespace ViewFiles
