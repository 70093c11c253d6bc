#pragma once

#include <QStringList>

/// The databases the window opened, most recent first, in the settings: the
/// File menu lists them, and a start without --db opens the last file.
namespace RecentDatabases {

constexpr int maximum = 8;

QStringList list();
/// Puts location first (a path, or a server URL without password).
void remember(const QString &location);
void forget(const QString &location);
/// The last file opened that still exists; empty if none (a server is not
/// connected to unasked).
QString lastFile();

} // namespace RecentDatabases
