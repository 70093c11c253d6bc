// PdfText: a BGI's PDF read back page by page, line by line, in reading
// order, and every input it cannot read refused with a message and no pages.

#include "bgipdf.h"
#include "pdftext.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList normalised(const QStringList &lines)
{
    QStringList result;
    for (const QString &line : lines)
        result.append(line.simplified());
    return result;
}

void writeFile(const QString &fileName, const QByteArray &contents)
{
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(contents), contents.size());
}

QByteArray rc4(const QByteArray &key, const QByteArray &data)
{
    unsigned char s[256];
    for (int i = 0; i < 256; ++i)
        s[i] = static_cast<unsigned char>(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + s[i] + static_cast<unsigned char>(key.at(i % key.size()))) % 256;
        std::swap(s[i], s[j]);
    }
    QByteArray out = data;
    for (int n = 0, i = 0, j = 0; n < data.size(); ++n) {
        i = (i + 1) % 256;
        j = (j + s[i]) % 256;
        std::swap(s[i], s[j]);
        out[n] = static_cast<char>(data.at(n) ^ s[(s[i] + s[j]) % 256]);
    }
    return out;
}

QByteArray md5(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5);
}

/// A one-page PDF with the words "Hola BGI", encrypted as PDF 1.3's
/// standard security handler does (RC4, 40 bits, revision 2) with the user
/// password "clave": neither QPdfWriter nor an installed tool encrypts.
QByteArray encryptedPdf()
{
    const QByteArray padding = QByteArray::fromHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
    const QByteArray user = (QByteArray("clave") + padding).left(32);
    const QByteArray owner = (QByteArray("propietario") + padding).left(32);
    const QByteArray id = md5("Mirador test fixture");
    const QByteArray o = rc4(md5(owner).left(5), user);
    const QByteArray permissions = QByteArray::fromHex("FCFFFFFF"); // P = -4, little-endian
    const QByteArray key = md5(user + o + permissions + id).left(5);
    const QByteArray u = rc4(key, padding);
    const QByteArray content = "BT /F1 24 Tf 20 100 Td (Hola BGI) Tj ET";
    const QByteArray streamKey = md5(key + QByteArray::fromHex("0400000000")).left(10); // object 4, generation 0
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + rc4(streamKey, content) + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Filter /Standard /V 1 /R 2 /O <" + o.toHex() + "> /U <" + u.toHex() + "> /P -4 >>"};
    QByteArray pdf = "%PDF-1.3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Encrypt 6 0 R /ID [<"
        + id.toHex() + "> <" + id.toHex() + ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

/// A PDF whose only page is a picture of text, as a scanner makes.
void writeScannedPdf(const QString &fileName)
{
    QImage scan(1240, 1754, QImage::Format_Grayscale8);
    scan.fill(Qt::white);
    {
        QPainter painter(&scan);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(40);
        painter.setFont(font);
        painter.drawText(QPointF(100, 200), QStringLiteral("OBJETIVO ESTRATÉGICO"));
        painter.drawText(QPointF(100, 300), QStringLiteral("Con recursos por M$ 1.000 se apoyó a 10 gremios."));
    }
    QPdfWriter writer(fileName);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(QStringLiteral("Mirador test fixture"));
    writer.setCreator(QStringLiteral("Mirador test fixture"));
    QPainter painter(&writer);
    painter.drawImage(QRect(0, 0, writer.width(), writer.height()), scan);
}

/// Draws each line at its place (x, baseline y, in points) on one A4 page.
void writeLines(const QString &fileName, const QList<QPair<QPointF, QString>> &lines)
{
    QPdfWriter writer(fileName);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    writer.setTitle(QStringLiteral("Mirador test fixture"));
    writer.setCreator(QStringLiteral("Mirador test fixture"));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    painter.setFont(font);
    for (const auto &[at, text] : lines)
        painter.drawText(at, text);
}

} // namespace

class TestPdfText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsEveryPageInOrder();
    void readsActionOneColumnBeforeItsPicture();
    void readsTwoColumnsOfTextInTurn();
    void readsALongReport();
    void refusesWhatItCannotRead_data();
    void refusesWhatItCannotRead();
    void cancelsAfterTheFirstPage();
    void reportsEveryPage();

private:
    QTemporaryDir m_dir;
    QString m_fixture;
    SourcePages m_written;
};

void TestPdfText::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixture = m_dir.filePath(QStringLiteral("bgi.pdf"));
    const QStringList text = BgiPdf::sercotecLines();
    QVERIFY(!text.isEmpty());
    QString error;
    m_written = BgiPdf::write(m_fixture, text, &error);
    QVERIFY2(!m_written.isEmpty(), qPrintable(error));
    QVERIFY(m_written.size() >= 5);
}

// The fixture read back gives the lines it was written with, page by page.
void TestPdfText::readsEveryPageInOrder()
{
    SourcePages pages;
    QString error;
    QVERIFY2(PdfText::read(m_fixture, &pages, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(pages.size(), m_written.size());
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QCOMPARE(pages.at(i).number, int(i + 1));
        QCOMPARE(pages.at(i).number, m_written.at(i).number);
        QCOMPARE(normalised(pages.at(i).lines), normalised(m_written.at(i).lines));
    }
}

// Action 1 is set in a column beside its word cloud: its text comes whole
// before the heading on the right, and neither is glued to the other.
void TestPdfText::readsActionOneColumnBeforeItsPicture()
{
    SourcePages pages;
    QString error;
    QVERIFY2(PdfText::read(m_fixture, &pages, &error), qPrintable(error));
    const QString cloud = QStringLiteral("NUBE DE PALABRAS");
    int clouds = 0;
    for (const ReportPage &page : std::as_const(pages)) {
        const QStringList lines = normalised(page.lines);
        const qsizetype right = lines.indexOf(cloud);
        if (right < 0) {
            QVERIFY(!lines.join(QLatin1Char(' ')).contains(cloud));
            continue;
        }
        ++clouds;
        const qsizetype action = lines.indexOf(QStringLiteral("ACCIÓN 1"));
        const QByteArray read = lines.join(QLatin1Char('\n')).toUtf8();
        QVERIFY2(action >= 0 && action < right, read.constData());
        QVERIFY2(right - action > 5, read.constData()); // the column's lines between
        const qsizetype next = lines.indexOf(QStringLiteral("ACCIÓN 2"), action);
        QVERIFY2(next < 0 || next > right, read.constData());
    }
    QCOMPARE(clouds, 4);
}

// Two columns that both hold text, with lines at different heights, between
// a line and a heading across the page: the left column whole, then the right.
void TestPdfText::readsTwoColumnsOfTextInTurn()
{
    const QString fileName = m_dir.filePath(QStringLiteral("columnas.pdf"));
    const QString across = QStringLiteral("Una línea que cruza la página de un margen al otro, por encima de las dos columnas.");
    const QStringList left{QStringLiteral("izquierda uno"), QStringLiteral("izquierda dos, más larga que la otra"),
                           QStringLiteral("izquierda tres"), QStringLiteral("izquierda cuatro"),
                           QStringLiteral("izquierda cinco")};
    const QStringList right{QStringLiteral("derecha uno"), QStringLiteral("derecha dos"),
                            QStringLiteral("derecha tres")};
    const QString below = QStringLiteral("Un título");
    QList<QPair<QPointF, QString>> lines{{QPointF(50, 100), across}};
    for (qsizetype i = 0; i < left.size(); ++i)
        lines.append({QPointF(50, 124 + 12 * i), left.at(i)});
    for (qsizetype i = 0; i < right.size(); ++i)
        lines.append({QPointF(330, 130 + 14 * i), right.at(i)});
    lines.append({QPointF(50, 210), below});
    writeLines(fileName, lines);

    SourcePages pages;
    QString error;
    QVERIFY2(PdfText::read(fileName, &pages, &error), qPrintable(error));
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.first().lines, QStringList{across} + left + right + QStringList{below});
}

// The benchmark's report: the body written again to 60 pages reads back whole.
void TestPdfText::readsALongReport()
{
    const QString fileName = m_dir.filePath(QStringLiteral("largo.pdf"));
    QString error;
    const SourcePages written = BgiPdf::write(fileName, BgiPdf::sercotecLines(), &error, 60);
    QVERIFY2(written.size() >= 60, qPrintable(error));
    SourcePages pages;
    QVERIFY2(PdfText::read(fileName, &pages, &error), qPrintable(error));
    QCOMPARE(pages.size(), written.size());
    for (qsizetype i = 0; i < pages.size(); ++i)
        QCOMPARE(normalised(pages.at(i).lines), normalised(written.at(i).lines));
}

void TestPdfText::refusesWhatItCannotRead_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("message");

    QFile fixture(m_fixture);
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray pdf = fixture.readAll();

    QTest::newRow("missing") << "no-existe.pdf" << QByteArray() << "El archivo %1 no existe.";
    QTest::newRow("empty") << "vacio.pdf" << QByteArray("") << "El archivo %1 está vacío.";
    QTest::newRow("text") << "texto.pdf" << QByteArray("BALANCE DE GESTIÓN INTEGRAL\nOBJETIVO ESTRATÉGICO\n")
                          << "El archivo %1 no es un PDF o está dañado.";
    QTest::newRow("truncated") << "cortado.pdf" << pdf.left(pdf.size() / 3)
                               << "El archivo %1 no es un PDF o está dañado.";
    QTest::newRow("encrypted") << "clave.pdf" << encryptedPdf()
                               << "El PDF %1 está protegido con contraseña; Mirador no puede leerlo.";
    QTest::newRow("scanned") << "escaneado.pdf" << QByteArray()
                             << "El PDF %1 no tiene texto: puede ser un documento escaneado, que Mirador no sabe leer.";
}

// Each input gets its message, and the pages the caller had stay as they were.
void TestPdfText::refusesWhatItCannotRead()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, contents);
    QFETCH(QString, message);
    const QString fileName = m_dir.filePath(name);
    if (QByteArray(QTest::currentDataTag()) == "scanned")
        writeScannedPdf(fileName);
    else if (!contents.isNull())
        writeFile(fileName, contents);
    const SourcePages before{ReportPage{7, {QStringLiteral("antes")}}};
    SourcePages pages = before;
    QString error;
    QVERIFY(!PdfText::read(fileName, &pages, &error));
    QCOMPARE(error, message.arg(fileName));
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.first().number, 7);
    QCOMPARE(pages.first().lines, before.first().lines);
}

// A progress callback that answers false after the first page stops there.
void TestPdfText::cancelsAfterTheFirstPage()
{
    SourcePages pages;
    QString error;
    QList<int> calls;
    const bool read = PdfText::read(m_fixture, &pages, &error, [&calls](int done, int) {
        calls.append(done);
        return done < 1;
    });
    QVERIFY(!read);
    QCOMPARE(calls, QList<int>{1});
    QCOMPARE(error, QStringLiteral("Se canceló la lectura de %1.").arg(m_fixture));
    QVERIFY(pages.isEmpty());
}

void TestPdfText::reportsEveryPage()
{
    SourcePages pages;
    QString error;
    QList<QPair<int, int>> calls;
    QVERIFY(PdfText::read(m_fixture, &pages, &error, [&calls](int done, int total) {
        calls.append({done, total});
        return true;
    }));
    const int total = int(m_written.size());
    QCOMPARE(calls.size(), total);
    for (int i = 0; i < total; ++i)
        QCOMPARE(calls.at(i), qMakePair(i + 1, total));
}

QTEST_MAIN(TestPdfText)
#include "tst_pdftext.moc"
