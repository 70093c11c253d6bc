// ReportLayout (a report's lines -> its paragraphs) and ReportStructure
// (paragraphs -> cover, objectives, actions, justifications). Read on the
// Sercotec text, they must give what the hand-typed dataset holds, word for
// word; the layout rules are also tried one by one on small invented texts.
#include "reportlayout.h"
#include "reportstructure.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray sourceFile(const char *path)
{
    QFile file(QStringLiteral(MIRADOR_SOURCE_DIR) + QLatin1String(path));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", path);
    return file.readAll();
}

QJsonObject dataset()
{
    return QJsonDocument::fromJson(sourceFile("/resources/data/bgi-2025-sercotec.json")).object();
}

ReportBody sercotecBody()
{
    const QString text = QString::fromUtf8(sourceFile("/resources/data/bgi-2025-sercotec-etapa1.txt"));
    return ReportLayout::read(ReportText::fromPlainText(text));
}

QString codePoint(const QString &text, qsizetype at)
{
    if (at >= text.size())
        return u"(the end)"_s;
    return u"'%1' (U+%2)"_s.arg(text.at(at)).arg(text.at(at).unicode(), 4, 16, QLatin1Char('0'));
}

/// Empty when the two are the same text with white space normalised; else
/// the first character where they differ, with the text around it.
QString difference(const QString &read, const QString &typed)
{
    const QString a = read.simplified();
    const QString b = typed.simplified();
    if (a == b)
        return {};
    qsizetype at = 0;
    while (at < a.size() && at < b.size() && a.at(at) == b.at(at))
        ++at;
    const qsizetype from = std::max<qsizetype>(0, at - 40);
    return u"character %1: the text reads %2, the dataset %3\n   text:    …%4…\n   dataset: …%5…"_s
        .arg(at)
        .arg(codePoint(a, at), codePoint(b, at), a.mid(from, 80), b.mid(from, 80));
}

/// A paragraph as the invented rows write it: "[Objective]", "[Action N]",
/// "[Justification]", or its sentences joined by " | ", each after "pN "
/// when its page is known.
QString shown(const Paragraph &paragraph)
{
    switch (paragraph.heading) {
    case Heading::Objective:
        return u"[Objective]"_s;
    case Heading::Action:
        return u"[Action %1]"_s.arg(paragraph.number);
    case Heading::Justification:
        return u"[Justification]"_s;
    case Heading::None:
        break;
    }
    QStringList sentences;
    for (const Sentence &sentence : paragraph.sentences)
        sentences.append(sentence.page ? u"p%1 %2"_s.arg(sentence.page).arg(sentence.text) : sentence.text);
    return sentences.join(u" | "_s);
}

QStringList allSentences(const QList<Paragraph> &paragraphs)
{
    QStringList sentences;
    for (const Paragraph &paragraph : paragraphs) {
        for (const Sentence &sentence : paragraph.sentences)
            sentences.append(sentence.text);
    }
    return sentences;
}

} // namespace

class TestReportLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheDatasetsStructure_data();
    void readsTheDatasetsStructure();
    void readsTheDatasetsCounts();
    void readsTheCover();
    void dropsHeaderAndFootnotes();
    void rejoinsTheSentenceAFootnoteCuts();
    void datasetQuotesStayInOneParagraph_data();
    void datasetQuotesStayInOneParagraph();
    void layout_data();
    void layout();
    void sentences_data();
    void sentences();
    void pagesOfPlainText();
    void readsAnInventedStructure();
};

void TestReportLayout::readsTheDatasetsStructure_data()
{
    QTest::addColumn<QString>("read");
    QTest::addColumn<QString>("typed");
    const ReportOutline outline = ReportStructure::read(sercotecBody().paragraphs);
    const QString missing = u"(not read)"_s;
    for (const QJsonValue &o : dataset().value(u"objectives"_s).toArray()) {
        const QJsonObject objective = o.toObject();
        const int n = objective.value(u"number"_s).toInt();
        const ObjectiveOutline *read = n <= outline.objectives.size() ? &outline.objectives.at(n - 1) : nullptr;
        const QByteArray name = "objective " + QByteArray::number(n);
        QTest::newRow(name + " title") << (read ? read->title : missing) << objective.value(u"title"_s).toString();
        QTest::newRow(name + " justification intro")
            << (read ? read->justificationIntroText() : missing)
            << objective.value(u"justification_intro"_s).toString();
        for (const QJsonValue &a : objective.value(u"actions"_s).toArray()) {
            const QJsonObject action = a.toObject();
            const int m = action.value(u"number"_s).toInt();
            const ActionOutline *readAction =
                read && m <= read->actions.size() ? &read->actions.at(m - 1) : nullptr;
            const QByteArray actionName = name + " action " + QByteArray::number(m);
            QTest::newRow(actionName + " text")
                << (readAction ? readAction->text() : missing) << action.value(u"text"_s).toString();
            QTest::newRow(actionName + " justification")
                << (readAction ? readAction->justificationText() : missing)
                << action.value(u"justification"_s).toString();
        }
    }
}

void TestReportLayout::readsTheDatasetsStructure()
{
    QFETCH(QString, read);
    QFETCH(QString, typed);
    const QString difference = ::difference(read, typed);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestReportLayout::readsTheDatasetsCounts()
{
    const ReportOutline outline = ReportStructure::read(sercotecBody().paragraphs);
    QCOMPARE(outline.objectives.size(), 4);
    qsizetype actions = 0;
    for (const ObjectiveOutline &objective : outline.objectives) {
        actions += objective.actions.size();
        for (qsizetype i = 0; i < objective.actions.size(); ++i)
            QCOMPARE(objective.actions.at(i).number, int(i) + 1);
    }
    QCOMPARE(actions, 12);
}

void TestReportLayout::readsTheCover()
{
    const ReportOutline outline = ReportStructure::read(sercotecBody().paragraphs);
    const QJsonObject typed = dataset();
    const QJsonObject service = typed.value(u"service"_s).toObject();
    QCOMPARE(outline.service, service.value(u"name"_s).toString());
    QCOMPARE(outline.ministry, service.value(u"ministry"_s).toString());
    QCOMPARE(outline.year, typed.value(u"report"_s).toObject().value(u"year"_s).toInt());
    QCOMPARE(outline.stage, u"Etapa 1"_s);
    QVERIFY(typed.value(u"report"_s).toObject().value(u"title"_s).toString().endsWith(outline.stage));
}

void TestReportLayout::dropsHeaderAndFootnotes()
{
    const ReportBody body = sercotecBody();
    QStringList texts;
    for (const Paragraph &paragraph : body.paragraphs)
        texts.append(paragraph.text);
    const QString all = texts.join(u'\n');
    // The running header, the two footnotes and their markers, as the text has them.
    for (const QString &gone : {u"INTEGRAL 2025 - ETAPA 1"_s, u"Las autoridades ministeriales"_s,
                                u"La redacción de las acciones"_s, u"directrices impartidas"_s,
                                u"Técnica1"_s, u"ellos2"_s})
        QVERIFY2(!all.contains(gone), qPrintable(gone));
    QVERIFY(all.contains(u"Principales resultados de la gestión 2025 según sus objetivos estratégicos "
                         "del Servicio de Cooperación Técnica"_s));
    QCOMPARE(body.footnotes.size(), 2);
    QCOMPARE(body.footnotes.at(0).number, 1);
    QCOMPARE(body.footnotes.at(0).text, u"Las autoridades ministeriales y del servicio corresponden a aquellas "
                                        "vigentes al momento de emitir este informe"_s);
    QCOMPARE(body.footnotes.at(1).number, 2);
    QCOMPARE(body.footnotes.at(1).text,
             u"La redacción de las acciones y justificación corresponde a un auto reporte elaborado "
             "íntegramente por el Servicio responsable de acuerdo con las directrices impartidas por "
             "la Dirección de Presupuestos"_s);
}

void TestReportLayout::rejoinsTheSentenceAFootnoteCuts()
{
    const QStringList sentences = allSentences(sercotecBody().paragraphs);
    QVERIFY(sentences.contains(u"Las acciones se centraron en identidad, imagen, seguridad, sostenibilidad "
                               "y mejora de la oferta comercial."_s));
}

// Each figure's sentence, as the dataset quotes it, is in one paragraph:
// no page break, footnote or line end has cut it.
void TestReportLayout::datasetQuotesStayInOneParagraph_data()
{
    QTest::addColumn<QString>("quote");
    const QJsonObject typed = dataset();
    QSet<QString> seen;
    for (const QString &table : {u"results"_s, u"indicators"_s, u"milestones"_s}) {
        for (const QJsonValue &row : typed.value(table).toArray()) {
            const QString quote = row.toObject().value(u"source_quote"_s).toString();
            if (!seen.contains(quote))
                QTest::newRow(qPrintable(quote.left(60))) << quote;
            seen.insert(quote);
        }
    }
}

void TestReportLayout::datasetQuotesStayInOneParagraph()
{
    QFETCH(QString, quote);
    static const QList<Paragraph> paragraphs = sercotecBody().paragraphs;
    const bool found = std::any_of(paragraphs.begin(), paragraphs.end(),
                                   [&](const Paragraph &paragraph) { return paragraph.text.contains(quote); });
    QVERIFY(found);
}

// Every text in these rows is invented for the test, not a report's.
void TestReportLayout::layout_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("paragraphs");
    QTest::addColumn<QStringList>("footnotes");
    const QString longNote = u"1 Nota inventada para esta prueba: los dirigentes de las juntas de vecinos "
                             "elegidos el año anterior y que"_s;
    QTest::newRow("footnote cuts a sentence, text")
        << u"El taller reunió a vecinos del barrio y a sus dirigentes1 para revisar\n"
           "el plan de la plaza. Las reuniones se hicieron\n\n"_s
               + longNote + u"\nsiguen en su cargo.\n en la sede social del sector.\n"_s
        << QStringList{u"El taller reunió a vecinos del barrio y a sus dirigentes para revisar el plan de "
                       "la plaza. | Las reuniones se hicieron en la sede social del sector."_s}
        << QStringList{u"1: Nota inventada para esta prueba: los dirigentes de las juntas de vecinos "
                       "elegidos el año anterior y que siguen en su cargo."_s};
    QTest::newRow("footnote cuts a sentence, pages")
        << u"INFORME INVENTADO DE PRUEBA 1\nEl taller reunió a vecinos del barrio y a sus dirigentes1 para "
           "revisar\nel plan de la plaza. Las reuniones se hicieron\n"_s
               + longNote + u"\nsiguen en su cargo.\n\fINFORME INVENTADO DE PRUEBA 2\nen la sede social del sector.\n\f"_s
        << QStringList{u"p1 El taller reunió a vecinos del barrio y a sus dirigentes para revisar el plan de "
                       "la plaza. | p1 Las reuniones se hicieron en la sede social del sector."_s}
        << QStringList{u"1: Nota inventada para esta prueba: los dirigentes de las juntas de vecinos "
                       "elegidos el año anterior y que siguen en su cargo."_s};
    QTest::newRow("page break under a running header")
        << u"INFORME INVENTADO - PARTE 1 3\nTexto inventado que empieza en una página y se corta en medio de\n"
           "\fINFORME INVENTADO - PARTE 1 4\nla frase, que sigue en la otra. Otra frase empieza aquí.\n\f"_s
        << QStringList{u"p1 Texto inventado que empieza en una página y se corta en medio de la frase, que "
                       "sigue en la otra. | p2 Otra frase empieza aquí."_s}
        << QStringList{};
    QTest::newRow("running header in lower case, no number")
        << u"Informe inventado de prueba\nUna frase inventada que\n\fInforme inventado de prueba\nsigue en "
           "otra\n\fInforme inventado de prueba\npágina más.\n\f"_s
        << QStringList{u"p1 Una frase inventada que sigue en otra página más."_s} << QStringList{};
    QTest::newRow("running header once, page breaks lost")
        << u"Primera línea inventada de un párrafo que sigue\n\n RESUMEN INVENTADO DE PRUEBA 7\n\n"
           "en la página siguiente.\n"_s
        << QStringList{u"Primera línea inventada de un párrafo que sigue en la página siguiente."_s}
        << QStringList{};
    QTest::newRow("page number")
        << u"Una frase inventada que\n12\ncontinúa tras el número de página.\n- 13 -\n"_s
        << QStringList{u"Una frase inventada que continúa tras el número de página."_s} << QStringList{};
    QTest::newRow("headings, word cloud beside action 1")
        << u"OBJETIVO ESTRATÉGICO\nTítulo inventado de un objetivo\nACCIÓN 1 NUBE DE PALABRAS\n"
           "Texto inventado de la acción uno.\nACCIÓN 2\nTexto de la dos.\n"
           "JUSTIFICACIÓN DE LAS ACCIONES\nEn la acción 1 se eligió un texto inventado.\n"_s
        << QStringList{u"[Objective]"_s, u"Título inventado de un objetivo"_s, u"[Action 1]"_s,
                       u"Texto inventado de la acción uno."_s, u"[Action 2]"_s, u"Texto de la dos."_s,
                       u"[Justification]"_s, u"En la acción 1 se eligió un texto inventado."_s}
        << QStringList{};
    QTest::newRow("headings in small capitals")
        << u"Objetivo Estratégico\nTítulo inventado.\nAcción 1\nTexto inventado.\nJustificación de las "
           "acciones\nEn la acción 1 se inventó.\n"_s
        << QStringList{u"[Objective]"_s, u"Título inventado."_s, u"[Action 1]"_s, u"Texto inventado."_s,
                       u"[Justification]"_s, u"En la acción 1 se inventó."_s}
        << QStringList{};
    QTest::newRow("word cloud label on a line of its own")
        << u"ACCIÓN 1\nNUBE DE PALABRAS\nTexto inventado.\n"_s
        << QStringList{u"[Action 1]"_s, u"Texto inventado."_s} << QStringList{};
    QTest::newRow("hyphen of a compound")
        << u"Se apoyó a grupos pre-\n\ncooperativos inventados.\n"_s
        << QStringList{u"Se apoyó a grupos pre-cooperativos inventados."_s} << QStringList{};
    QTest::newRow("hyphen of a syllable break")
        << u"Se apoyó a organiza-\nciones inventadas.\n"_s
        << QStringList{u"Se apoyó a organizaciones inventadas."_s} << QStringList{};
    QTest::newRow("hyphen after a prefix, word written whole elsewhere")
        << u"Los pre-\nsupuestos inventados y otros presupuestos.\n"_s
        << QStringList{u"Los presupuestos inventados y otros presupuestos."_s} << QStringList{};
    QTest::newRow("short last line ends a paragraph")
        << u"Un primer párrafo inventado que llena la línea entera de la página de prueba y\n"
           "termina aquí.\nUn segundo párrafo inventado.\n"_s
        << QStringList{u"Un primer párrafo inventado que llena la línea entera de la página de prueba y "
                       "termina aquí."_s,
                       u"Un segundo párrafo inventado."_s}
        << QStringList{};
    QTest::newRow("number at a line's start, no marker")
        << u"Se atendió a clientes del sector y a\n35 Empresas inventadas del rubro.\n"_s
        << QStringList{u"Se atendió a clientes del sector y a 35 Empresas inventadas del rubro."_s}
        << QStringList{};
}

void TestReportLayout::layout()
{
    QFETCH(QString, text);
    QFETCH(QStringList, paragraphs);
    QFETCH(QStringList, footnotes);
    const ReportBody body = ReportLayout::read(ReportText::fromPlainText(text));
    QStringList read;
    for (const Paragraph &paragraph : body.paragraphs)
        read.append(shown(paragraph));
    QCOMPARE(read, paragraphs);
    QStringList notes;
    for (const Footnote &note : body.footnotes)
        notes.append(u"%1: %2"_s.arg(note.number).arg(note.text));
    QCOMPARE(notes, footnotes);
}

// Invented sentences.
void TestReportLayout::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sentences");
    QTest::newRow("figures keep their dots")
        << u"Con M$ 1.234.567 se apoyó a 89 grupos. Otra frase."_s
        << QStringList{u"Con M$ 1.234.567 se apoyó a 89 grupos."_s, u"Otra frase."_s};
    QTest::newRow("a sentence may start with a figure")
        << u"Se atendió a 2.345 clientes. 123 compraron y 45 vendieron."_s
        << QStringList{u"Se atendió a 2.345 clientes."_s, u"123 compraron y 45 vendieron."_s};
    QTest::newRow("abbreviation and initial")
        << u"La Sra. Pérez y J. Soto firmaron. Luego salieron."_s
        << QStringList{u"La Sra. Pérez y J. Soto firmaron."_s, u"Luego salieron."_s};
    QTest::newRow("colon and semicolon do not end one")
        << u"Se encontró: Empleo: 12 casos; Ventas: 3 casos. Fin."_s
        << QStringList{u"Se encontró: Empleo: 12 casos; Ventas: 3 casos."_s, u"Fin."_s};
    QTest::newRow("closing bracket") << u"Se hizo (en dos etapas.) Después nada."_s
                                     << QStringList{u"Se hizo (en dos etapas.)"_s, u"Después nada."_s};
}

void TestReportLayout::sentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, sentences);
    QCOMPARE(ReportLayout::sentences(text), sentences);
}

void TestReportLayout::pagesOfPlainText()
{
    const SourcePages pages = ReportText::fromPlainText(u"uno\r\ndos\ftres\f"_s);
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.at(0).number, 1);
    QCOMPARE(pages.at(0).lines, (QStringList{u"uno"_s, u"dos"_s}));
    QCOMPARE(pages.at(1).number, 2);
    QCOMPARE(pages.at(1).lines, QStringList{u"tres"_s});
    const SourcePages one = ReportText::fromPlainText(u"uno\ndos"_s);
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.at(0).number, 0);
    QCOMPARE(one.at(0).lines, (QStringList{u"uno"_s, u"dos"_s}));
}

// An invented report in the template's shape.
void TestReportLayout::readsAnInventedStructure()
{
    const QString text =
        u"MINISTERIO DE PRUEBAS INVENTADAS\nOficina Inventada de Ensayo\n\nEtapa 2: Principales resultados\n"
        "de la gestión 2031\n\fENSAYO GENERAL INVENTADO 2\nPrincipales resultados de la gestión 2031 según sus "
        "objetivos\nestratégicos de la Oficina Inventada de Ensayo1\n1 Nota inventada.\n\f"
        "OBJETIVO ESTRATÉGICO\nProbar la lectura de un informe\ninventado.\nACCIÓN 1 NUBE DE PALABRAS\n"
        "Texto uno.\nACCIÓN 2\nTexto dos.\n\fJUSTIFICACIÓN DE LAS ACCIONES\nLas 2 acciones se inventaron "
        "para esta prueba. En la\nacción 1 se eligió el texto uno. Sigue la uno.\nEn la acción 2 se eligió "
        "el texto dos.\n"_s;
    const ReportOutline outline = ReportStructure::read(ReportLayout::paragraphs(ReportText::fromPlainText(text)));
    QCOMPARE(outline.service, u"Oficina Inventada de Ensayo"_s);
    QCOMPARE(outline.ministry, u"Ministerio de Pruebas Inventadas"_s);
    QCOMPARE(outline.year, 2031);
    QCOMPARE(outline.stage, u"Etapa 2"_s);
    QCOMPARE(outline.objectives.size(), 1);
    const ObjectiveOutline &objective = outline.objectives.constFirst();
    QCOMPARE(objective.title, u"Probar la lectura de un informe inventado."_s);
    QCOMPARE(objective.page, 3);
    QCOMPARE(objective.justificationIntroText(), u"Las 2 acciones se inventaron para esta prueba."_s);
    QCOMPARE(objective.actions.size(), 2);
    QCOMPARE(objective.actions.at(0).text(), u"Texto uno."_s);
    QCOMPARE(objective.actions.at(0).justificationText(), u"En la acción 1 se eligió el texto uno. Sigue la uno."_s);
    QCOMPARE(objective.actions.at(1).text(), u"Texto dos."_s);
    QCOMPARE(objective.actions.at(1).justificationText(), u"En la acción 2 se eligió el texto dos."_s);
    QCOMPARE(objective.actions.at(1).justification.constFirst().page, 4);
}

QTEST_GUILESS_MAIN(TestReportLayout)
#include "tst_reportlayout.moc"
