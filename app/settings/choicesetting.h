#pragma once

#include <QStringList>

/// A choice made in a menu and kept in the settings as a word: the language
/// ("es", "en") or the appearance ("light", "dark"). Choice 0, "as the
/// system", is kept as no value at all, so the system decides again.
namespace ChoiceSetting {

/// The index in words of the word kept under key; 0 when none (or an
/// unknown one) is kept.
int read(const QString &key, const QStringList &words);
/// Keeps words[choice] under key; choice 0 removes the key.
void write(const QString &key, const QStringList &words, int choice);

} // namespace ChoiceSetting
