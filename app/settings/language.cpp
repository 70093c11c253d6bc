#include "language.h"

#include "choicesetting.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace Language {

namespace {

const QString settingsKey = QStringLiteral("language");
// As kept in the settings, in the order of Choice.
const QStringList words{QString(), QStringLiteral("es"), QStringLiteral("en")};

/// Installs file's translator on app from the first directory that has it.
void load(QCoreApplication *app, const QString &file, const QStringList &directories)
{
    auto *translator = new QTranslator(app);
    for (const QString &directory : directories) {
        if (translator->load(file, directory)) {
            app->installTranslator(translator);
            return;
        }
    }
    delete translator;
}

} // namespace

Choice saved()
{
    return Choice(ChoiceSetting::read(settingsKey, words));
}

void save(Choice choice)
{
    ChoiceSetting::write(settingsKey, words, int(choice));
}

QString resolve(Choice choice, const QLocale &system)
{
    if (choice != Choice::System)
        return words.at(int(choice));
    // The first language the user's desktop asks for (LANGUAGE, LC_ALL,
    // LC_MESSAGES, LANG), not the number format's.
    const QStringList languages = system.uiLanguages();
    const bool english = !languages.isEmpty() && QLocale(languages.first()).language() == QLocale::English;
    return english ? QStringLiteral("en") : QStringLiteral("es");
}

ChangeNotice changeNotice(const QString &language)
{
    if (language == u"en")
        return {QStringLiteral("Language"), QStringLiteral("Mirador will be in English the next time you open it."),
                QStringLiteral("OK")};
    return {QStringLiteral("Idioma"), QStringLiteral("Mirador estará en español la próxima vez que lo abra."),
            QStringLiteral("Aceptar")};
}

void install(QCoreApplication *app)
{
    const QString language = resolve(saved());
    if (language == u"en") {
        // An installed translation (the data folder's mirador/translations,
        // found from bin/ as CMake installed it) before the built-in one.
        const QString installed = QDir(QCoreApplication::applicationDirPath())
                                      .absoluteFilePath(QStringLiteral(MIRADOR_TRANSLATIONS_FROM_BIN));
        load(app, QStringLiteral("mirador_en"), {installed, QStringLiteral(":/i18n")});
    } else {
        // Mirador speaks Spanish already; Qt's dialogs and buttons learn to.
        load(app, QStringLiteral("qtbase_es"), {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
    }
}

} // namespace Language
