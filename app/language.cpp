#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace Language {

namespace {

const QString settingsKey = QStringLiteral("language");

/// Installs file's translator on app if it loads; false otherwise.
bool load(QCoreApplication *app, const QString &file, const QStringList &directories)
{
    auto *translator = new QTranslator(app);
    for (const QString &directory : directories) {
        if (translator->load(file, directory)) {
            app->installTranslator(translator);
            return true;
        }
    }
    delete translator;
    return false;
}

} // namespace

Choice saved()
{
    const QString value = QSettings().value(settingsKey).toString();
    if (value == u"es")
        return Choice::Spanish;
    if (value == u"en")
        return Choice::English;
    return Choice::System;
}

void save(Choice choice)
{
    QSettings settings;
    switch (choice) {
    case Choice::System:
        settings.remove(settingsKey);
        break;
    case Choice::Spanish:
        settings.setValue(settingsKey, QStringLiteral("es"));
        break;
    case Choice::English:
        settings.setValue(settingsKey, QStringLiteral("en"));
        break;
    }
}

QString resolve(Choice choice, const QLocale &system)
{
    switch (choice) {
    case Choice::Spanish:
        return QStringLiteral("es");
    case Choice::English:
        return QStringLiteral("en");
    case Choice::System:
        break;
    }
    // The first language the user's desktop asks for (LANGUAGE, LC_ALL,
    // LC_MESSAGES, LANG), not the number format's.
    const QStringList languages = system.uiLanguages();
    const bool english = !languages.isEmpty() && QLocale(languages.first()).language() == QLocale::English;
    return english ? QStringLiteral("en") : QStringLiteral("es");
}

QString install(QCoreApplication *app)
{
    const QString language = resolve(saved());
    if (language == u"en") {
        // An installed translation (share/mirador/translations beside bin/)
        // before the one built into the program.
        const QString installed = QDir(QCoreApplication::applicationDirPath())
                                      .absoluteFilePath(QStringLiteral("../share/mirador/translations"));
        load(app, QStringLiteral("mirador_en"), {installed, QStringLiteral(":/i18n")});
    } else {
        // Mirador speaks Spanish already; Qt's dialogs and buttons learn to.
        load(app, QStringLiteral("qtbase_es"), {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
    }
    return language;
}

} // namespace Language
