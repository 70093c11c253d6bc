#pragma once

#include <QString>

/// Where a file dialog starts: the folder the user last chose a file in for
/// that purpose (kept in the settings), so a second export goes beside the
/// first; the fallback (the home folder) until then, or when that folder
/// is gone.
namespace LastFolder {

enum class Purpose { Database, Import, Export };

QString folder(Purpose purpose, const QString &fallback = QString());
/// fileName in folder(purpose): what a save dialog suggests.
QString suggest(Purpose purpose, const QString &fileName);
/// Keeps the folder of a file the user chose; an empty name (a cancelled
/// dialog) keeps nothing.
void remember(Purpose purpose, const QString &chosenFile);

} // namespace LastFolder
