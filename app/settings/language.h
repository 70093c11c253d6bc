#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

/// The language of Mirador's text. Spanish is the source language; English
/// comes from resources/translations. Unless the user chose one (Ver →
/// Idioma, kept in the settings), an English system gets English and every
/// other one Spanish. Qt's own dialogs follow (qtbase_es.qm).
namespace Language {

enum class Choice { System, Spanish, English };

Choice saved();
void save(Choice choice);
/// "es" or "en".
QString resolve(Choice choice, const QLocale &system = QLocale::system());
/// What the window says once a language is chosen ("es" or "en"), all in
/// that language, its button too: the window itself changes only at the
/// next start, so this cannot come from the translators installed now.
struct ChangeNotice
{
    QString title;
    QString text;
    QString button;
};
ChangeNotice changeNotice(const QString &language);
/// Installs the translators of the saved choice's language on app (for the
/// window and for the command line alike).
void install(QCoreApplication *app);

} // namespace Language
