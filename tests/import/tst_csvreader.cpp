#include "csvexport.h"
#include "csvtext.h"
#include "csvreader.h"
#include "importfields.h"

#include <QElapsedTimer>
#include <QTest>

Q_DECLARE_METATYPE(NumberStyle)

// Found by QCOMPARE through argument-dependent lookup, so beside NumberStyle.
char *toString(NumberStyle style)
{
    return qstrdup(style == NumberStyle::Plain ? "Plain" : "Chilean");
}

namespace {

QStringList fieldNames(const QList<ImportField> &fields)
{
    QStringList names;
    for (ImportField field : fields)
        names << ImportFields::name(field);
    return names;
}

QStringList column(const CsvFile &file, int index)
{
    QStringList values;
    for (const CsvRecord &record : file.records)
        values << record.fields.value(index);
    return values;
}

const QString exportHeader = QStringLiteral(
    "year,objective,objective_name,action,program,region_code,region,budget_mclp,beneficiaries,"
    "beneficiary_unit,source_quote");

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data();
    void decode();
    void windows1252MatchesLatin1OutsideTheTable();
    void separator_data();
    void separator();
    void read_data();
    void read();
    void readErrors_data();
    void readErrors();
    void headers_data();
    void headers();
    void headersInContext_data();
    void headersInContext();
    void numberStyle_data();
    void numberStyle();
    void parseNumber_data();
    void parseNumber();
    void parseWholeNumber_data();
    void parseWholeNumber();
    void exportRoundTrip();
    void exportRoundTripOfAwkwardText();
    void fieldStartingWithU_FEFF_data();
    void fieldStartingWithU_FEFF();
    void spanishExcelFile();
    void twoHundredThousandRows();
};

void TestCsvReader::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" "A\xC3\xB1o") << QString("Año")
                                    << QString("UTF-8 con BOM");
    QTest::newRow("UTF-8") << QByteArray("A\xC3\xB1o \xE2\x82\xAC") << QString("Año €") << QString("UTF-8");
    QTest::newRow("ASCII is UTF-8") << QByteArray("year") << QString("year") << QString("UTF-8");
    QTest::newRow("empty") << QByteArray() << QString() << QString("UTF-8");
    QTest::newRow("Windows-1252") << QByteArray("A\xF1o Regi\xF3n \xD1uble") << QString("Año Región Ñuble")
                                  << QString("Windows-1252");
    QTest::newRow("Windows-1252 0x80-0x9F")
        << QByteArray("\x80\x82\x83\x84\x85\x86\x87\x88\x89\x8A\x8B\x8C\x8E")
        << QString("€‚ƒ„…†‡ˆ‰Š‹ŒŽ") << QString("Windows-1252");
    QTest::newRow("Windows-1252 0x91-0x9F")
        << QByteArray("\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9A\x9B\x9C\x9E\x9F")
        << QString("‘’“”•–—˜™š›œžŸ") << QString("Windows-1252");
    QTest::newRow("Windows-1252 undefined bytes") << QByteArray("\x81\x8D\x8F\x90\x9D")
                                                  << QString(5, QChar(0xFFFD)) << QString("Windows-1252");
    QTest::newRow("overlong UTF-8 is not UTF-8") << QByteArray("\xC0\xAF") << QString("À¯")
                                                << QString("Windows-1252");
    QTest::newRow("one bad byte makes it all Windows-1252")
        << QByteArray("A\xC3\xB1o;Regi\xF3n") << QString("AÃ±o;Región") << QString("Windows-1252");
    QTest::newRow("UTF-16LE") << QByteArray("\xFF\xFE" "A\0\xF1\0o\0", 8) << QString("Año") << QString("UTF-16");
    QTest::newRow("UTF-16BE") << QByteArray("\xFE\xFF\0A\0\xF1\0o", 8) << QString("Año") << QString("UTF-16");
}

void TestCsvReader::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QString detected;
    QCOMPARE(CsvReader::decode(bytes, &detected), text);
    QCOMPARE(detected, encoding);
}

void TestCsvReader::windows1252MatchesLatin1OutsideTheTable()
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(char(b));
    const QString text = CsvReader::fromWindows1252(all);
    QCOMPARE(text.size(), 256);
    for (int b = 0; b < 256; ++b) {
        if (b < 0x80 || b >= 0xA0)
            QCOMPARE(text.at(b).unicode(), char16_t(b));
        else
            QVERIFY2(text.at(b).unicode() > 0xFF, qPrintable(QString::number(b, 16)));
    }
}

void TestCsvReader::separator_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("separator");

    QTest::newRow("comma") << QString("a,b,c\n1,2,3") << QChar(u',');
    QTest::newRow("semicolon") << QString("a;b;c\r\n1;2;3") << QChar(u';');
    QTest::newRow("tab") << QString("a\tb\tc\n") << QChar(u'\t');
    QTest::newRow("tie is a comma") << QString("a;b,c") << QChar(u',');
    QTest::newRow("semicolon and tab tie") << QString("a;b\tc") << QChar(u',');
    QTest::newRow("one column") << QString("year\n2025") << QChar(u',');
    QTest::newRow("empty") << QString() << QChar(u',');
    QTest::newRow("most frequent wins") << QString("a\tb;c\td") << QChar(u'\t');
    QTest::newRow("quoted commas do not count") << QString("\"a,b,c\";\"d,e\";f") << QChar(u';');
    QTest::newRow("doubled quotes") << QString("\"say \"\"a;b;c\"\"\",x,y") << QChar(u',');
    QTest::newRow("only the header line counts") << QString("a;b\n1,2,3,4,5") << QChar(u';');
    QTest::newRow("quoted line break stays in the header")
        << QString("\"Presupuesto\n(M$)\";Año\n1,2,3,4") << QChar(u';');
    QTest::newRow("leading empty lines") << QString("\r\n\na;b") << QChar(u';');
}

void TestCsvReader::separator()
{
    QFETCH(QString, text);
    QFETCH(QChar, separator);
    QCOMPARE(CsvReader::detectSeparator(text), separator);
}

void TestCsvReader::read_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<int>("headerLine");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<int>>("lines");

    const QString utf8 = "UTF-8";
    QTest::newRow("UTF-8, LF") << QByteArray("year,region\n2025,\xC3\x91uble\n") << utf8 << QChar(u',') << 1
                               << QStringList{"year", "region"} << QList<QStringList>{{"2025", "Ñuble"}}
                               << QList<int>{2};
    QTest::newRow("UTF-8 with BOM, semicolon, CRLF")
        << QByteArray("\xEF\xBB\xBF" "A\xC3\xB1o;Regi\xC3\xB3n\r\n2025;\xC3\x91uble\r\n2024;Los R\xC3\xADos\r\n")
        << QString("UTF-8 con BOM") << QChar(u';') << 1 << QStringList{"Año", "Región"}
        << QList<QStringList>{{"2025", "Ñuble"}, {"2024", "Los Ríos"}} << QList<int>{2, 3};
    QTest::newRow("Windows-1252")
        << QByteArray("A\xf1o;Regi\xf3n;Presupuesto (M$)\r\n2025;\xd1uble;1.487.480\r\n") << QString("Windows-1252")
        << QChar(u';') << 1 << QStringList{"Año", "Región", "Presupuesto (M$)"}
        << QList<QStringList>{{"2025", "Ñuble", "1.487.480"}} << QList<int>{2};
    QTest::newRow("tab") << QByteArray("a\tb\n1\t dos \n") << utf8 << QChar(u'\t') << 1 << QStringList{"a", "b"}
                         << QList<QStringList>{{"1", "dos"}} << QList<int>{2};
    QTest::newRow("quoted separator") << QByteArray("a,b\n\"x,y\",z\n") << utf8 << QChar(u',') << 1
                                      << QStringList{"a", "b"} << QList<QStringList>{{"x,y", "z"}}
                                      << QList<int>{2};
    QTest::newRow("quoted semicolon") << QByteArray("a;b\n\"x;y\";z\n") << utf8 << QChar(u';') << 1
                                      << QStringList{"a", "b"} << QList<QStringList>{{"x;y", "z"}}
                                      << QList<int>{2};
    QTest::newRow("quoted CRLF in a field")
        << QByteArray("a,b\r\n\"line 1\r\nline 2\",z\r\nnext,row\r\n") << utf8 << QChar(u',') << 1
        << QStringList{"a", "b"} << QList<QStringList>{{"line 1\r\nline 2", "z"}, {"next", "row"}}
        << QList<int>{2, 4};
    QTest::newRow("doubled quotes") << QByteArray("a,b\n\"say \"\"hola\"\"\",\"\"\"\"\n") << utf8 << QChar(u',')
                                    << 1 << QStringList{"a", "b"} << QList<QStringList>{{"say \"hola\"", "\""}}
                                    << QList<int>{2};
    QTest::newRow("CRLF and LF mixed") << QByteArray("a,b\r\n1,2\n3,4\r\n") << utf8 << QChar(u',') << 1
                                       << QStringList{"a", "b"} << QList<QStringList>{{"1", "2"}, {"3", "4"}}
                                       << QList<int>{2, 3};
    QTest::newRow("lone CR") << QByteArray("a,b\r1,2\r3,4") << utf8 << QChar(u',') << 1 << QStringList{"a", "b"}
                             << QList<QStringList>{{"1", "2"}, {"3", "4"}} << QList<int>{2, 3};
    QTest::newRow("no final line break") << QByteArray("a,b\n1,2") << utf8 << QChar(u',') << 1
                                         << QStringList{"a", "b"} << QList<QStringList>{{"1", "2"}}
                                         << QList<int>{2};
    QTest::newRow("no final line break after a quote")
        << QByteArray("a,b\n1,\"2\"") << utf8 << QChar(u',') << 1 << QStringList{"a", "b"}
        << QList<QStringList>{{"1", "2"}} << QList<int>{2};
    QTest::newRow("header only") << QByteArray("a,b\r\n") << utf8 << QChar(u',') << 1 << QStringList{"a", "b"}
                                 << QList<QStringList>{} << QList<int>{};
    QTest::newRow("empty lines are skipped but counted")
        << QByteArray("\n\na,b\n\n1,2\r\n\r\n\n3,4\n\n") << utf8 << QChar(u',') << 3 << QStringList{"a", "b"}
        << QList<QStringList>{{"1", "2"}, {"3", "4"}} << QList<int>{5, 8};
    QTest::newRow("spreadsheet rows with only separators or spaces are skipped")
        << QByteArray("a;b;c\n1;2;3\n;;\n   \n ; ;\"\"\n4;5;6\n") << utf8 << QChar(u';') << 1
        << QStringList{"a", "b", "c"} << QList<QStringList>{{"1", "2", "3"}, {"4", "5", "6"}}
        << QList<int>{2, 6};
    QTest::newRow("lines after a multi-line field")
        << QByteArray("h,i\n\"a\nb\r\nc\",1\n\nx,2\n") << utf8 << QChar(u',') << 1 << QStringList{"h", "i"}
        << QList<QStringList>{{"a\nb\r\nc", "1"}, {"x", "2"}} << QList<int>{2, 6};
    QTest::newRow("multi-line header")
        << QByteArray("\"Presupuesto\n(M$)\",b\n1,2\n") << utf8 << QChar(u',') << 1
        << QStringList{"Presupuesto\n(M$)", "b"} << QList<QStringList>{{"1", "2"}} << QList<int>{3};
    QTest::newRow("unquoted fields are trimmed")
        << QByteArray(" a , b \n  1 ,\t2  \n") << utf8 << QChar(u',') << 1 << QStringList{"a", "b"}
        << QList<QStringList>{{"1", "2"}} << QList<int>{2};
    QTest::newRow("no-break spaces are trimmed")
        << QByteArray("a,b\n\xC2\xA0" "1\xC2\xA0,\xE2\x80\xAF" "2\n") << utf8 << QChar(u',') << 1
        << QStringList{"a", "b"} << QList<QStringList>{{"1", "2"}} << QList<int>{2};
    QTest::newRow("quoted fields are kept exactly")
        << QByteArray("a,b\n\"  padded  \",\"\"\n") << utf8 << QChar(u',') << 1 << QStringList{"a", "b"}
        << QList<QStringList>{{"  padded  ", ""}} << QList<int>{2};
    QTest::newRow("spaces around quotes") << QByteArray("a,b\n  \"x\"  ,y\n") << utf8 << QChar(u',') << 1
                                          << QStringList{"a", "b"} << QList<QStringList>{{"x", "y"}}
                                          << QList<int>{2};
    QTest::newRow("empty fields") << QByteArray("a,b,c\n1,,\n,,3\n") << utf8 << QChar(u',') << 1
                                  << QStringList{"a", "b", "c"} << QList<QStringList>{{"1", "", ""}, {"", "", "3"}}
                                  << QList<int>{2, 3};
    QTest::newRow("field counts are the caller's business")
        << QByteArray("a;b\n1;2;\n3\n") << utf8 << QChar(u';') << 1 << QStringList{"a", "b"}
        << QList<QStringList>{{"1", "2", ""}, {"3"}} << QList<int>{2, 3};
    QTest::newRow("a quote inside an unquoted field is a character")
        << QByteArray("a,b\n5\" disk,z\n") << utf8 << QChar(u',') << 1 << QStringList{"a", "b"}
        << QList<QStringList>{{"5\" disk", "z"}} << QList<int>{2};
}

void TestCsvReader::read()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QChar, separator);
    QFETCH(int, headerLine);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<int>, lines);

    QString error;
    const std::optional<CsvFile> file = CsvReader::read(bytes, &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(file->encoding, encoding);
    QCOMPARE(file->separator, separator);
    QCOMPARE(file->headerLine, headerLine);
    QCOMPARE(file->header, header);
    QList<QStringList> gotRecords;
    QList<int> gotLines;
    for (const CsvRecord &record : file->records) {
        gotRecords << record.fields;
        gotLines << record.line;
    }
    QCOMPARE(gotRecords, records);
    QCOMPARE(gotLines, lines);
}

void TestCsvReader::readErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unclosed quote") << QByteArray("a,b\n1,2\n\"open,3\n4,5\n")
                                    << QString("Línea 3: unas comillas abren un campo y no se cierran.");
    QTest::newRow("unclosed quote in the header") << QByteArray("\"a,b\n1,2\n") << QString("Línea 1: unas comillas");
    QTest::newRow("unclosed quote after a multi-line field")
        << QByteArray("a,b\n\"x\ny\",1\n\n2,\"z\n") << QString("Línea 5: unas comillas");
    QTest::newRow("text after a closing quote") << QByteArray("a,b\n1,2\n3,\"x\"y\n")
                                                << QString("Línea 3: hay texto después de las comillas");
    QTest::newRow("single quotes in a quoted field") << QByteArray("a\r\n\"say \"hi\"\"\r\n")
                                                     << QString("Línea 2: hay texto después");
    QTest::newRow("text after a multi-line quoted field")
        << QByteArray("a\n\"x\r\ny\"z\n") << QString("Línea 3: hay texto después");
    QTest::newRow("empty file") << QByteArray() << QString("El archivo está vacío");
    QTest::newRow("only empty lines") << QByteArray("\r\n\r\n;;\n") << QString("El archivo está vacío");
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << QString("El archivo está vacío");
    // A UTF-8 file with one stray byte was read as Windows-1252: "Acción" became "AcciÃ³n".
    QTest::newRow("a stray byte in UTF-8")
        << QByteArray("Año,Acción\n2025,Ñandú\xFF x\n2026,Región\n")
        << QString("El archivo está en UTF-8, pero en la línea 2, columna 11 hay un byte (0xff) que no es UTF-8");
    // UTF-16 without a byte-order mark was refused as "falta la columna Año".
    const QString text = QStringLiteral("Año,Programa\n2025,Ñandú\n");
    QTest::newRow("UTF-16 LE without a BOM")
        << QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2)
        << QString("El archivo está en UTF-16 sin marca de orden de bytes");
    QByteArray bigEndian;
    for (const QChar c : text)
        bigEndian.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    QTest::newRow("UTF-16 BE without a BOM") << bigEndian << QString("El archivo está en UTF-16 sin marca");
}

void TestCsvReader::readErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QString error;
    const std::optional<CsvFile> file = CsvReader::read(bytes, &error);
    QVERIFY(!file);
    QVERIFY2(error.startsWith(expected), qPrintable(error));
    QVERIFY(!CsvReader::read(bytes, nullptr)); // error may be null
}

void TestCsvReader::headers_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");

    // Mirador's export.
    for (const QString &name : exportHeader.split(u','))
        QTest::newRow(qPrintable(name)) << name << name;
    QTest::newRow("indicator") << QString("indicator") << QString("indicator");
    QTest::newRow("value") << QString("value") << QString("value");
    QTest::newRow("unit") << QString("unit") << QString("beneficiary_unit"); // no context: see headersInContext
    QTest::newRow("note") << QString("note") << QString("note");

    // As people type them.
    QTest::newRow("Año") << QString("Año") << QString("year");
    QTest::newRow("AÑO") << QString("AÑO") << QString("year");
    QTest::newRow("Anio") << QString("Anio") << QString("year");
    QTest::newRow("Ano (año without ñ)") << QString("Ano") << QString("year");
    QTest::newRow("Year") << QString(" Year ") << QString("year");
    QTest::newRow("Objetivo") << QString("Objetivo") << QString("objective");
    QTest::newRow("N° objetivo") << QString("N° objetivo") << QString("objective");
    QTest::newRow("Nº Objetivo") << QString("Nº Objetivo") << QString("objective");
    QTest::newRow("Número de objetivo estratégico") << QString("Número de objetivo estratégico")
                                                   << QString("objective");
    QTest::newRow("Objetivo estratégico") << QString("Objetivo estratégico") << QString("objective");
    QTest::newRow("Obj.") << QString("Obj.") << QString("objective");
    QTest::newRow("Nombre objetivo") << QString("Nombre objetivo") << QString("objective_name");
    QTest::newRow("Nombre del objetivo estratégico") << QString("Nombre del objetivo estratégico")
                                                    << QString("objective_name");
    QTest::newRow("Objetivo (nombre)") << QString("Objetivo (nombre)") << QString("objective_name");
    QTest::newRow("Objective name") << QString("Objective name") << QString("objective_name");
    QTest::newRow("Acción") << QString("Acción") << QString("action");
    QTest::newRow("N° de acción") << QString("N° de acción") << QString("action");
    QTest::newRow("ACCION") << QString("ACCION") << QString("action");
    QTest::newRow("Programa") << QString("Programa") << QString("program");
    QTest::newRow("Nombre del programa") << QString("Nombre del programa") << QString("program");
    QTest::newRow("Región") << QString("Región") << QString("region");
    QTest::newRow("Region") << QString("Region") << QString("region");
    QTest::newRow("Nombre región") << QString("Nombre región") << QString("region");
    QTest::newRow("Código región") << QString("Código región") << QString("region_code");
    QTest::newRow("Código de la región") << QString("Código de la región") << QString("region_code");
    QTest::newRow("Cód. región") << QString("Cód. región") << QString("region_code");
    QTest::newRow("Región (código)") << QString("Región (código)") << QString("region_code");
    QTest::newRow("N° región") << QString("N° región") << QString("region_code");
    QTest::newRow("Region code") << QString("Region code") << QString("region_code");
    QTest::newRow("Presupuesto (M$)") << QString("Presupuesto (M$)") << QString("budget_mclp");
    QTest::newRow("Presupuesto [M$]") << QString("Presupuesto [M$]") << QString("budget_mclp");
    QTest::newRow("Presupuesto M$") << QString("Presupuesto M$") << QString("budget_mclp");
    QTest::newRow("Presupuesto en miles de pesos") << QString("Presupuesto en miles de pesos")
                                                  << QString("budget_mclp");
    QTest::newRow("Presupuesto ejecutado (M$)") << QString("Presupuesto ejecutado (M$)")
                                               << QString("budget_mclp");
    QTest::newRow("Monto (M$)") << QString("Monto (M$)") << QString("budget_mclp");
    QTest::newRow("Budget") << QString("Budget") << QString("budget_mclp");
    QTest::newRow("Budget (thousand CLP)") << QString("Budget (thousand CLP)") << QString("budget_mclp");
    QTest::newRow("Beneficiarios") << QString("Beneficiarios") << QString("beneficiaries");
    QTest::newRow("Beneficiarios/as") << QString("Beneficiarios/as") << QString("beneficiaries");
    QTest::newRow("N° de beneficiarios") << QString("N° de beneficiarios") << QString("beneficiaries");
    QTest::newRow("Cantidad de beneficiarios") << QString("Cantidad de beneficiarios")
                                              << QString("beneficiaries");
    QTest::newRow("Number of beneficiaries") << QString("Number of beneficiaries") << QString("beneficiaries");
    QTest::newRow("Unidad") << QString("Unidad") << QString("beneficiary_unit");
    QTest::newRow("Unidad de beneficiario") << QString("Unidad de beneficiario") << QString("beneficiary_unit");
    QTest::newRow("Tipo de beneficiario") << QString("Tipo de beneficiario") << QString("beneficiary_unit");
    QTest::newRow("Unidad de medida") << QString("Unidad de medida") << QString("unit");
    QTest::newRow("Fuente") << QString("Fuente") << QString("source_quote");
    QTest::newRow("Cita") << QString("Cita") << QString("source_quote");
    QTest::newRow("Oración") << QString("Oración") << QString("source_quote");
    QTest::newRow("Oración del informe") << QString("Oración del informe") << QString("source_quote");
    QTest::newRow("Cita textual") << QString("Cita textual") << QString("source_quote");
    QTest::newRow("Source") << QString("Source") << QString("source_quote");
    QTest::newRow("Nota") << QString("Nota") << QString("note");
    QTest::newRow("Observación") << QString("Observación") << QString("note");
    QTest::newRow("OBSERVACIONES") << QString("OBSERVACIONES") << QString("note");
    QTest::newRow("Comentarios") << QString("Comentarios") << QString("note");
    QTest::newRow("Indicador") << QString("Indicador") << QString("indicator");
    QTest::newRow("Nombre del indicador") << QString("Nombre del indicador") << QString("indicator");
    QTest::newRow("Valor") << QString("Valor") << QString("value");
    QTest::newRow("Valor (%)") << QString("Valor (%)") << QString("value");
    // export-csv's last column with several reports, and as people title it.
    QTest::newRow("service") << QString("service") << QString("service");
    QTest::newRow("Servicio") << QString("Servicio") << QString("service");
    QTest::newRow("Nombre del servicio") << QString("Nombre del servicio") << QString("service");
    QTest::newRow("underscores and spaces") << QString("  BENEFICIARY__UNIT ") << QString("beneficiary_unit");
    QTest::newRow("spaces for underscores") << QString("source quote") << QString("source_quote");

    // Not recognised.
    QTest::newRow("empty") << QString() << QString("unknown");
    QTest::newRow("Código alone is ambiguous") << QString("Código") << QString("unknown");
    QTest::newRow("N°") << QString("N°") << QString("unknown");
    QTest::newRow("(M$)") << QString("(M$)") << QString("unknown");
    QTest::newRow("Comuna") << QString("Comuna") << QString("unknown");
    QTest::newRow("Presupuesto por beneficiario") << QString("Presupuesto por beneficiario")
                                                 << QString("unknown");
}

void TestCsvReader::headers()
{
    QFETCH(QString, header);
    QFETCH(QString, field);
    QCOMPARE(ImportFields::name(ImportFields::recognise(header)), field);
}

void TestCsvReader::headersInContext_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("Mirador's results export") << exportHeader.split(u',') << exportHeader.split(u',');
    QTest::newRow("Mirador's indicators export")
        << QStringList{"year", "objective", "action", "program", "region_code", "region", "indicator", "value",
                       "unit", "source_quote"}
        << QStringList{"year", "objective", "action", "program", "region_code", "region", "indicator", "value",
                       "unit", "source_quote"};
    QTest::newRow("Unidad in a results file") << QStringList{"Año", "Beneficiarios", "Unidad"}
                                              << QStringList{"year", "beneficiaries", "beneficiary_unit"};
    QTest::newRow("Unidad in an indicators file") << QStringList{"Año", "Indicador", "Valor", "Unidad"}
                                                  << QStringList{"year", "indicator", "value", "unit"};
    QTest::newRow("Unidad with only a value column") << QStringList{"Valor", "Unidad"}
                                                     << QStringList{"value", "unit"};
    QTest::newRow("explicit units keep their meaning")
        << QStringList{"Indicador", "Unidad de beneficiarios", "Unidad de medida"}
        << QStringList{"indicator", "beneficiary_unit", "unit"};
    QTest::newRow("Objetivo alone") << QStringList{"Año", "Objetivo", "Acción"}
                                    << QStringList{"year", "objective", "action"};
    QTest::newRow("Objetivo beside its number")
        << QStringList{"N° objetivo", "Objetivo", "Acción"} << QStringList{"objective", "objective_name", "action"};
    QTest::newRow("Mirador's table headers")
        << QStringList{"Año", "Obj.", "Objetivo", "Acción", "Programa", "Cód. región", "Región",
                       "Presupuesto (M$)", "Beneficiarios", "Unidad", "Fuente"}
        << exportHeader.split(u',');
    QTest::newRow("Objetivo beside its name")
        << QStringList{"Objetivo", "Nombre objetivo"} << QStringList{"objective", "objective_name"};
    QTest::newRow("duplicates are kept") << QStringList{"Año", "Year"} << QStringList{"year", "year"};
}

void TestCsvReader::headersInContext()
{
    QFETCH(QStringList, headers);
    QFETCH(QStringList, fields);
    QCOMPARE(fieldNames(ImportFields::recogniseAll(headers)), fields);
}

void TestCsvReader::numberStyle_data()
{
    QTest::addColumn<QStringList>("whole");
    QTest::addColumn<QStringList>("decimal");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<NumberStyle>("style");

    const auto plain = NumberStyle::Plain;
    const auto chilean = NumberStyle::Chilean;
    QTest::newRow("plain integers") << QStringList{"1487480", "104"} << QStringList{} << QChar(u',') << plain;
    QTest::newRow("plain decimal") << QStringList{"1487480"} << QStringList{"51.8"} << QChar(u',') << plain;
    QTest::newRow("grouped thousands") << QStringList{"1.487.480", "104"} << QStringList{} << QChar(u',')
                                       << chilean;
    QTest::newRow("comma decimal") << QStringList{} << QStringList{"51,8"} << QChar(u',') << chilean;
    QTest::newRow("comma decimal with thousands") << QStringList{} << QStringList{"1.487.480,5"} << QChar(u'\t')
                                                  << chilean;
    QTest::newRow("semicolon, integers only") << QStringList{"1487480", "104"} << QStringList{"5"}
                                              << QChar(u';') << chilean;
    QTest::newRow("tab, integers only") << QStringList{"1487480"} << QStringList{} << QChar(u'\t') << plain;
    QTest::newRow("semicolon but a plain decimal") << QStringList{"1487480"} << QStringList{"51.8"}
                                                   << QChar(u';') << plain;
    QTest::newRow("1.455 in a whole-number column") << QStringList{"1.455"} << QStringList{} << QChar(u',')
                                                    << chilean;
    QTest::newRow("1.455 in a decimal column, comma file") << QStringList{"104"} << QStringList{"1.455"}
                                                           << QChar(u',') << plain;
    QTest::newRow("1.455 in a decimal column, semicolon file") << QStringList{} << QStringList{"1.455"}
                                                               << QChar(u';') << chilean;
    QTest::newRow("0.455 cannot be thousands") << QStringList{} << QStringList{"0.455"} << QChar(u';') << plain;
    QTest::newRow("1487.480 cannot be thousands") << QStringList{} << QStringList{"1487.480"} << QChar(u';')
                                                  << plain;
    QTest::newRow("more Chilean evidence wins") << QStringList{"1.487.480", "2.000"} << QStringList{"51.8"}
                                                << QChar(u',') << chilean;
    QTest::newRow("more plain evidence wins") << QStringList{"1487480"} << QStringList{"51.8", "3.25", "51,8"}
                                              << QChar(u';') << plain;
    QTest::newRow("a tie goes to the separator (;)") << QStringList{"1.487.480"} << QStringList{"51.8"}
                                                     << QChar(u';') << chilean;
    QTest::newRow("a tie goes to the separator (,)") << QStringList{"1.487.480"} << QStringList{"51.8"}
                                                     << QChar(u',') << plain;
    QTest::newRow("text and empty cells say nothing") << QStringList{"", "n/a", "M$ 1.487.480", "1,487,480"}
                                                      << QStringList{"1.2.3"} << QChar(u',') << plain;
    QTest::newRow("negative and padded") << QStringList{"\u00A0-1.500.000 "} << QStringList{} << QChar(u',')
                                         << chilean;
    QTest::newRow("nothing at all") << QStringList{} << QStringList{} << QChar(u',') << plain;
}

void TestCsvReader::numberStyle()
{
    QFETCH(QStringList, whole);
    QFETCH(QStringList, decimal);
    QFETCH(QChar, separator);
    QFETCH(NumberStyle, style);
    QCOMPARE(Numbers::detectStyle(whole, decimal, separator), style);
}

void TestCsvReader::parseNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<NumberStyle>("style");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("reason"); // a fragment of it

    const auto plain = NumberStyle::Plain;
    const auto chilean = NumberStyle::Chilean;
    QTest::newRow("plain integer") << QString("1487480") << plain << true << 1487480.0 << QString();
    QTest::newRow("plain decimal") << QString("51.8") << plain << true << 51.8 << QString();
    QTest::newRow("plain 1.455") << QString("1.455") << plain << true << 1.455 << QString();
    QTest::newRow("plain 0.5") << QString("0.5") << plain << true << 0.5 << QString();
    QTest::newRow("plain negative") << QString("-3.5") << plain << true << -3.5 << QString();
    QTest::newRow("plain leading zeros") << QString("007") << plain << true << 7.0 << QString();
    QTest::newRow("plain padded") << QString(" \u00A051.8\u202F\t") << plain << true << 51.8 << QString();
    QTest::newRow("plain comma") << QString("51,8") << plain << false << 0.0
                                 << QString(
                                        "no es un número: «51,8» (en este archivo los decimales se escriben con punto");
    QTest::newRow("plain grouping") << QString("1.487.480") << plain << false << 0.0
                                    << QString("no es un número: «1.487.480» (en este archivo los números van sin "
                                               "separador de miles");
    QTest::newRow("plain trailing dot") << QString("5.") << plain << false << 0.0
                                        << QString("no es un número: «5.»");
    QTest::newRow("plain leading dot") << QString(".5") << plain << false << 0.0 << QString("no es un número: «.5»");
    QTest::newRow("letters") << QString("abc") << plain << false << 0.0 << QString("no es un número: «abc»");
    QTest::newRow("letters, trimmed in the reason") << QString("  abc ") << chilean << false << 0.0
                                                    << QString("no es un número: «abc»");
    QTest::newRow("exponent") << QString("1e5") << plain << false << 0.0 << QString("no es un número: «1e5»");
    QTest::newRow("plus sign") << QString("+5") << plain << false << 0.0 << QString("no es un número: «+5»");
    QTest::newRow("double minus") << QString("--5") << plain << false << 0.0 << QString("no es un número");
    QTest::newRow("lone minus") << QString("-") << plain << false << 0.0 << QString("no es un número: «-»");
    QTest::newRow("currency") << QString("M$ 100") << chilean << false << 0.0 << QString("no es un número");
    QTest::newRow("percent") << QString("51,8 %") << chilean << false << 0.0 << QString("no es un número");
    QTest::newRow("inner space") << QString("1 487 480") << plain << false << 0.0 << QString("no es un número");
    QTest::newRow("empty") << QString() << plain << false << 0.0 << QString();
    QTest::newRow("blank") << QString(" \u00A0 ") << chilean << false << 0.0 << QString();
    QTest::newRow("past the largest") << QString("-1000000000000") << plain << false << 0.0
                                      << QString("número demasiado grande: «-1000000000000»");
    QTest::newRow("too big") << QString("1" + QString(400, u'0')) << plain << false << 0.0
                             << QString("número demasiado grande");

    QTest::newRow("Chilean thousands") << QString("1.487.480") << chilean << true << 1487480.0 << QString();
    QTest::newRow("Chilean decimal") << QString("51,8") << chilean << true << 51.8 << QString();
    QTest::newRow("Chilean both") << QString("1.487.480,25") << chilean << true << 1487480.25 << QString();
    QTest::newRow("Chilean without grouping") << QString("1487480,5") << chilean << true << 1487480.5 << QString();
    QTest::newRow("Chilean 1.455") << QString("1.455") << chilean << true << 1455.0 << QString();
    QTest::newRow("Chilean negative") << QString("-1.500,5") << chilean << true << -1500.5 << QString();
    QTest::newRow("Chilean zero point") << QString("0,25") << chilean << true << 0.25 << QString();
    QTest::newRow("Chilean bad grouping") << QString("1.48.7480") << chilean << false << 0.0
                                          << QString("separador de miles mal puesto: «1.48.7480»");
    QTest::newRow("Chilean plain decimal") << QString("51.8") << chilean << false << 0.0
                                           << QString("separador de miles mal puesto: «51.8»");
    QTest::newRow("Chilean four-digit group") << QString("1.4870") << chilean << false << 0.0
                                              << QString("separador de miles mal puesto");
    QTest::newRow("Chilean long first group") << QString("1487.480") << chilean << false << 0.0
                                              << QString("separador de miles mal puesto");
    QTest::newRow("Chilean leading zero group") << QString("0.455") << chilean << false << 0.0
                                                << QString("separador de miles mal puesto");
    QTest::newRow("Chilean dot after comma") << QString("1,5.3") << chilean << false << 0.0
                                             << QString("separador de miles mal puesto");
    QTest::newRow("Chilean two commas") << QString("1,2,3") << chilean << false << 0.0
                                        << QString("no es un número: «1,2,3»");
    QTest::newRow("Chilean leading comma") << QString(",5") << chilean << false << 0.0
                                           << QString("no es un número");
    QTest::newRow("Chilean trailing comma") << QString("5,") << chilean << false << 0.0
                                            << QString("no es un número");
}

void TestCsvReader::parseNumber()
{
    QFETCH(QString, text);
    QFETCH(NumberStyle, style);
    QFETCH(bool, ok);
    QFETCH(double, value);
    QFETCH(QString, reason);

    QString why = "not touched";
    const std::optional<double> parsed = Numbers::parse(text, style, &why);
    QCOMPARE(parsed.has_value(), ok);
    if (ok)
        QCOMPARE(*parsed, value);
    if (reason.isEmpty())
        QCOMPARE(why, QString());
    else
        QVERIFY2(why.contains(reason), qPrintable(why));
    QCOMPARE(Numbers::parse(text, style, nullptr).has_value(), ok); // reason may be null
}

void TestCsvReader::parseWholeNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<NumberStyle>("style");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("reason");

    const auto plain = NumberStyle::Plain;
    const auto chilean = NumberStyle::Chilean;
    QTest::newRow("plain") << QString("1487480") << plain << true << qint64(1487480) << QString();
    QTest::newRow("plain padded") << QString(" 104 ") << plain << true << qint64(104) << QString();
    QTest::newRow("plain negative") << QString("-5") << plain << true << qint64(-5) << QString();
    QTest::newRow("largest") << QString("999999999999") << plain << true << qint64(999999999999LL) << QString();
    QTest::newRow("largest negative") << QString("-999.999.999.999") << chilean << true << qint64(-999999999999LL)
                                      << QString();
    // A budget of 9223372036854775807 imported, and then every sum overflowed.
    QTest::newRow("past the largest") << QString("1.000.000.000.000") << chilean << false << qint64(0)
                                      << QString("número demasiado grande: «1.000.000.000.000»; Mirador guarda "
                                                 "cifras de hasta 999.999.999.999");
    QTest::newRow("largest qint64") << QString("9223372036854775807") << plain << false << qint64(0)
                                    << QString("número demasiado grande: «9223372036854775807»");
    QTest::newRow("Chilean") << QString("1.487.480") << chilean << true << qint64(1487480) << QString();
    QTest::newRow("Chilean ungrouped") << QString("1487480") << chilean << true << qint64(1487480) << QString();
    QTest::newRow("Chilean 1.455") << QString("1.455") << chilean << true << qint64(1455) << QString();
    QTest::newRow("plain decimal") << QString("51.8") << plain << false << qint64(0)
                                   << QString("debe ser un número entero: «51.8»");
    QTest::newRow("plain 1.455") << QString("1.455") << plain << false << qint64(0)
                                 << QString("debe ser un número entero: «1.455»");
    QTest::newRow("Chilean decimal") << QString("51,8") << chilean << false << qint64(0)
                                     << QString("debe ser un número entero: «51,8»");
    QTest::newRow("Chilean zero decimals") << QString("1.487.480,00") << chilean << false << qint64(0)
                                           << QString("debe ser un número entero");
    QTest::newRow("too big") << QString("9223372036854775808") << plain << false << qint64(0)
                             << QString("número demasiado grande: «9223372036854775808»");
    QTest::newRow("Chilean bad grouping") << QString("1.48.7480") << chilean << false << qint64(0)
                                          << QString("separador de miles mal puesto: «1.48.7480»");
    QTest::newRow("plain grouping") << QString("1.487.480") << plain << false << qint64(0)
                                    << QString("sin separador de miles");
    QTest::newRow("letters") << QString("ciento cuatro") << plain << false << qint64(0)
                             << QString("no es un número: «ciento cuatro»");
    QTest::newRow("empty") << QString("") << chilean << false << qint64(0) << QString();
}

void TestCsvReader::parseWholeNumber()
{
    QFETCH(QString, text);
    QFETCH(NumberStyle, style);
    QFETCH(bool, ok);
    QFETCH(qint64, value);
    QFETCH(QString, reason);

    QString why = "not touched";
    const std::optional<qint64> parsed = Numbers::parseWhole(text, style, &why);
    QCOMPARE(parsed.has_value(), ok);
    if (ok)
        QCOMPARE(*parsed, value);
    if (reason.isEmpty())
        QCOMPARE(why, QString());
    else
        QVERIFY2(why.contains(reason), qPrintable(why));
}

void TestCsvReader::exportRoundTrip()
{
    // The row quotes "M$ 1.487.480": number style must come from the numeric
    // columns only, or this plain file would be read as Chilean.
    const QString quote = "Fortalecimiento Gremial: Con recursos por M$ 1.487.480 se apoyó a 104 gremios regionales "
                          "y nacionales, fortaleciendo su gestión interna y la oferta de servicios para sus asociados.";
    const QStringList row{"2025",    "1",       "Asociatividad", "1",       "Fortalecimiento Gremial", "00",
                          "Nacional", "1487480", "104",           "gremios", quote};
    const QByteArray bytes = (exportHeader + "\n2025,1,Asociatividad,1,Fortalecimiento Gremial,00,Nacional,1487480,"
                              "104,gremios,\"" + quote + "\"\n").toUtf8();

    QString error;
    const std::optional<CsvFile> file = CsvReader::read(bytes, &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(file->encoding, QString("UTF-8"));
    QCOMPARE(file->separator, QChar(u','));
    QCOMPARE(file->header, exportHeader.split(u','));
    QCOMPARE(file->records.size(), 1);
    QCOMPARE(file->records.first().fields, row);
    QCOMPARE(file->records.first().line, 2);

    const QList<ImportField> fields = ImportFields::recogniseAll(file->header);
    QCOMPARE(fieldNames(fields), exportHeader.split(u','));
    const QStringList whole = column(*file, fields.indexOf(ImportField::Budget))
                              + column(*file, fields.indexOf(ImportField::Beneficiaries));
    const NumberStyle style = Numbers::detectStyle(whole, {}, file->separator);
    QCOMPARE(style, NumberStyle::Plain);
    QString reason;
    QCOMPARE(Numbers::parseWhole(row.at(7), style, &reason), std::optional<qint64>(1487480));
    QCOMPARE(Numbers::parseWhole(row.at(8), style, &reason), std::optional<qint64>(104));
    QCOMPARE(Numbers::detectStyle({quote}, {}, file->separator), NumberStyle::Plain); // text is no evidence
}

void TestCsvReader::exportRoundTripOfAwkwardText()
{
    // Whatever CsvText::field() writes, the reader reads back exactly.
    const QStringList values{"plain",  "with, comma", "say \"hola\"", "two\nlines", "crlf\r\nline", "",
                             "  padded  ", "\"", ";", "Ñuble €"};
    QStringList written;
    for (const QString &value : values)
        written << CsvText::field(value);
    QStringList header;
    for (int i = 0; i < values.size(); ++i)
        header << QString("c%1").arg(i);
    const QByteArray bytes = (header.join(u',') + '\n' + written.join(u',') + '\n' + written.join(u',') + '\n')
                                 .toUtf8();

    QString error;
    const std::optional<CsvFile> file = CsvReader::read(bytes, &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(file->records.size(), 2);
    // An unquoted "  padded  " is trimmed; CsvExport does not quote it.
    QStringList expected = values;
    expected[6] = "padded";
    QCOMPARE(file->records.at(0).fields, expected);
    QCOMPARE(file->records.at(1).fields, expected);
    QCOMPARE(file->records.at(0).line, 2);
    QCOMPARE(file->records.at(1).line, 5); // after the two line breaks in quoted fields
}

void TestCsvReader::fieldStartingWithU_FEFF_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("fields");

    const QString feff(QChar(0xFEFF));
    QTest::newRow("quoted") << QByteArray("year,quote\n2025,\"\xEF\xBB\xBF" "cita\"\n")
                            << QStringList{"year", "quote"} << QStringList{"2025", feff + "cita"};
    QTest::newRow("quoted, with a doubled quote")
        << QByteArray("year,quote\n2025,\"\xEF\xBB\xBF\"\"cita\"\"\"\n") << QStringList{"year", "quote"}
        << QStringList{"2025", feff + "\"cita\""};
    QTest::newRow("unquoted") << QByteArray("year;quote\r\n2025;\xEF\xBB\xBF" "cita\r\n")
                              << QStringList{"year", "quote"} << QStringList{"2025", feff + "cita"};
    QTest::newRow("after the file's own mark") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF" "a,b\n1,2\n")
                                               << QStringList{feff + "a", "b"} << QStringList{"1", "2"};
    // As fuzz_csvreader found it: UTF-16, an ideographic space (trimmed) and U+FEFF.
    QTest::newRow("UTF-16, after a space")
        << QByteArray("\xFF\xFE\x00\x30\xFF\xFE" ",\x00x\x00\n\x00" "1\x00,\x00" "2\x00", 18)
        << QStringList{feff, "x"} << QStringList{"1", "2"};
}

void TestCsvReader::fieldStartingWithU_FEFF()
{
    // Found by fuzz_csvreader: each field was decoded with QString::fromUtf8(),
    // which drops a U+FEFF at the start of its input as a file's byte-order mark.
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, header);
    QFETCH(QStringList, fields);
    QString error;
    const std::optional<CsvFile> file = CsvReader::read(bytes, &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(file->header, header);
    QCOMPARE(file->records.size(), 1);
    QCOMPARE(file->records.at(0).fields, fields);
    // The text decode() gives for the whole file says the same.
    QCOMPARE(CsvReader::decode(bytes, nullptr).section(u'\n', 0, 0).split(file->separator).value(0).trimmed(),
             header.value(0));

    // Written back as CsvExport writes fields, after a byte-order mark, the file reads the same.
    QStringList lines;
    for (const QStringList &row : {file->header, file->records.at(0).fields}) {
        QStringList written;
        for (const QString &value : row)
            written << CsvText::field(value, file->separator);
        lines << written.join(file->separator);
    }
    const std::optional<CsvFile> again = CsvReader::read("\xEF\xBB\xBF" + lines.join(u'\n').toUtf8(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->header, header);
    QCOMPARE(again->records.size(), 1);
    QCOMPARE(again->records.at(0).fields, fields);
}

void TestCsvReader::spanishExcelFile()
{
    const QByteArray bytes("A\xf1o;Regi\xf3n;Presupuesto (M$);Beneficiarios;Unidad\r\n"
                           "2025;\xd1uble;1.487.480;104;gremios\r\n"
                           "2025;Los R\xedos;1.455;2.536;mujeres\r\n");
    QString error;
    const std::optional<CsvFile> file = CsvReader::read(bytes, &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(file->encoding, QString("Windows-1252"));
    const QList<ImportField> fields = ImportFields::recogniseAll(file->header);
    QCOMPARE(fieldNames(fields),
             (QStringList{"year", "region", "budget_mclp", "beneficiaries", "beneficiary_unit"}));
    const NumberStyle style = Numbers::detectStyle(column(*file, 2) + column(*file, 3), {}, file->separator);
    QCOMPARE(style, NumberStyle::Chilean);
    QString reason;
    QCOMPARE(Numbers::parseWhole(file->records.at(1).fields.at(2), style, &reason), std::optional<qint64>(1455));
    QCOMPARE(Numbers::parseWhole(file->records.at(1).fields.at(3), style, &reason), std::optional<qint64>(2536));
    QCOMPARE(file->records.at(1).fields.at(1), QString("Los Ríos"));
}

void TestCsvReader::twoHundredThousandRows()
{
    // A sanity run, not a timed assertion: prints the time for a human to read.
    const int rows = 200000;
    QByteArray bytes = exportHeader.toUtf8() + '\n';
    bytes.reserve(rows * 200);
    for (int i = 0; i < rows; ++i) {
        bytes += QByteArray::number(2000 + i % 26) + ",3,Asociatividad," + QByteArray::number(i % 9)
               + ",Fortalecimiento Gremial,13,Metropolitana de Santiago," + QByteArray::number(i * 7) + ","
               + QByteArray::number(i % 500) + ",gremios,\"Con recursos por M$ 1.487.480 se apoy\xC3\xB3 a "
               + QByteArray::number(i) + " gremios, \"\"regionales\"\" y nacionales.\"\r\n";
    }

    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::optional<CsvFile> file = CsvReader::read(bytes, &error);
    const qint64 elapsed = timer.elapsed();
    qInfo("parsed %d rows (%.1f MB) in %lld ms", rows, bytes.size() / 1e6, elapsed);

    QVERIFY2(file, qPrintable(error));
    QCOMPARE(file->records.size(), rows);
    const CsvRecord &last = file->records.last();
    QCOMPARE(last.line, rows + 1);
    QCOMPARE(last.fields.size(), 11);
    QCOMPARE(last.fields.at(7), QString::number(qint64(rows - 1) * 7));
    QCOMPARE(last.fields.at(10), QString("Con recursos por M$ 1.487.480 se apoyó a %1 gremios, \"regionales\" y "
                                         "nacionales.").arg(rows - 1));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
