#include "catalog.h"
#include "chartpanel.h"
#include "cli.h"
#include "database.h"
#include "filterbar.h"
#include "format.h"
#include "importer.h"
#include "language.h"
#include "mainwindow.h"
#include "querytablemodel.h"
#include "readswhole.h"
#include "testsupport.h"
#include "windowparts.h"
#include "windowsupport.h"

#include <QChart>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QString tsFile = QStringLiteral(MIRADOR_SOURCE_DIR "/resources/translations/mirador_en.ts");

/// The English translator, noting every message of Mirador's that it could
/// not translate: a text missing from the .ts file, or asked for under
/// another context than lupdate gave it.
class RecordingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        const QString translated = QTranslator::translate(context, sourceText, disambiguation, n);
        const QString name = QString::fromLatin1(context);
        // Qt's own classes ask too; Mirador's contexts are its class and file names.
        const bool qts = name.startsWith(u'Q') && name != u"QObject" && name != u"QueryTableModel";
        if (translated.isEmpty() && !qts && sourceText && *sourceText)
            misses.insert(name + QStringLiteral(" | ") + QString::fromUtf8(sourceText));
        return translated;
    }
    mutable QSet<QString> misses;
};

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression pattern(QStringLiteral("%L?\\d+|%n"));
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured().remove(u'L'));
    return found;
}

} // namespace

/// English: every message of resources/translations/mirador_en.ts is
/// translated, and what the window and the command line show in English
/// comes from it (no Spanish left behind by a context lupdate did not see).
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMessageTranslated();
    void languageFollowsTheSystem_data();
    void languageFollowsTheSystem();
    void choiceIsKept();
    void windowAndCommandLineInEnglish();
};

void TestTranslations::everyMessageTranslated()
{
    QFile file(tsFile);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(tsFile));
    QXmlStreamReader xml(&file);
    QString context, source;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const bool unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            // A plural message holds its forms one after the other.
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            ++messages;
            if (unfinished || translation.isEmpty())
                problems << context + QStringLiteral(": not translated: ") + source;
            else if (placeholders(source) != placeholders(translation))
                problems << context + QStringLiteral(": placeholders differ: ") + source;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 400, qPrintable(QString::number(messages)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // And the program carries it.
    QTranslator english;
    QVERIFY(english.load(QStringLiteral("mirador_en"), QStringLiteral(":/i18n")));
    QCOMPARE(english.translate("MainWindow", "&Archivo"), QStringLiteral("&File"));
}

void TestTranslations::languageFollowsTheSystem_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("English (US)") << "en_US" << "en";
    QTest::newRow("English (GB)") << "en_GB" << "en";
    QTest::newRow("Spanish (Chile)") << "es_CL" << "es";
    QTest::newRow("German: Spanish") << "de_DE" << "es";
    QTest::newRow("C/POSIX: Spanish") << "C" << "es";
}

void TestTranslations::languageFollowsTheSystem()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(Language::resolve(Language::Choice::System, QLocale(locale)), language);
    QCOMPARE(Language::resolve(Language::Choice::Spanish, QLocale(locale)), QStringLiteral("es"));
    QCOMPARE(Language::resolve(Language::Choice::English, QLocale(locale)), QStringLiteral("en"));
}

void TestTranslations::choiceIsKept()
{
    TestSupport::useTestSettings(QStringLiteral("tst_translations"));
    QCOMPARE(Language::saved(), Language::Choice::System);
    Language::save(Language::Choice::English);
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    QCOMPARE(Language::saved(), Language::Choice::English);
    Language::save(Language::Choice::Spanish);
    QCOMPARE(Language::saved(), Language::Choice::Spanish);
    Language::save(Language::Choice::System);
    QVERIFY(!QSettings().contains(QStringLiteral("language")));
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("fr"));
    QCOMPARE(Language::saved(), Language::Choice::System);
    QSettings().clear();
}

void TestTranslations::windowAndCommandLineInEnglish()
{
    Format::initDefaultLocale();
    RecordingTranslator english;
    QVERIFY(english.load(QStringLiteral("mirador_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&english);
    TestSupport::Fixture fixture;

    {
        QString error;
        const auto opened = TestSupport::openWindow(fixture.path(), &error);
        QVERIFY2(opened, qPrintable(error));
        MainWindow &window = *opened;
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                     QStringLiteral("&Help")}));
        // Every menu entry, the tables' headers, filters and charts.
        for (QAction *action : window.menuBar()->actions()) {
            for (QAction *entry : action->menu()->actions())
                QVERIFY2(entry->isSeparator() || !entry->text().isEmpty(), "an empty menu entry");
        }
        QCOMPARE(windowPart<QueryTableModel>(window, "resultsModel")->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Year"));
        windowPart<FilterBar>(window)->setObjective(2);
        QTRY_VERIFY(windowPart<QLabel>(window, "filterSummary")->text().contains(QStringLiteral("Objective 2")));
        for (const Charts::Kind kind : Charts::all())
            windowPart<ChartPanel>(window)->setKind(kind);
        windowPart<ChartPanel>(window)->setKind(Charts::Kind::CostPerBeneficiary);
        QCOMPARE(windowPart<ChartPanel>(window)->chart()->title(),
                 QStringLiteral("<b>M$ per beneficiary, by program</b><br><small>Objective 2 · M$ = thousands of "
                                "Chilean pesos</small>"));
        // Nothing cut in English either, at either size, as a user filters.
        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            const QStringList cut = TestSupport::cutTextWhileFiltering(&window, size);
            QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("%1x%2:\n").arg(size.width()).arg(size.height())
                                               + cut.join(u'\n')));
        }
    }

    // The command line: its help, a refused option, a file that is not a database.
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    Cli::run({QStringLiteral("--help")}, outStream, errStream);
    outStream.flush();
    QVERIFY2(out.contains(QStringLiteral("Usage: mirador")), qPrintable(out));
    QString error;
    Cli::WindowOptions options;
    QVERIFY(!Cli::parseWindowOptions({QStringLiteral("--nothing")}, &options, &error));
    QVERIFY2(error.startsWith(QStringLiteral("unknown option")), qPrintable(error));
    const QString notSqlite = fixture.dir.filePath(QStringLiteral("notes.sqlite"));
    QFile text(notSqlite);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not a database\n");
    text.close();
    QVERIFY(!Database::open(notSqlite, Database::Access::ReadWrite, &error));
    QVERIFY2(!error.isEmpty(), "no error");

    QCoreApplication::removeTranslator(&english);
    QStringList misses(english.misses.cbegin(), english.misses.cend());
    misses.sort();
    QVERIFY2(misses.isEmpty(), qPrintable(QStringLiteral("Shown in Spanish:\n") + misses.join(u'\n')));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
