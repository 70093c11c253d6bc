// CsvReader::read() on arbitrary file bytes: no crash, and what it reads
// is what a file written back from it reads again.

#include "fuzzsupport.h"

#include "csvreader.h"

#include <QStringList>

namespace {

bool allEmpty(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!field.isEmpty())
            return false;
    }
    return true;
}

/// Every field in quotes (RFC 4180), in UTF-8 after a byte-order mark, so
/// the reader keeps each one exactly and need not guess the encoding.
QByteArray written(const CsvFile &file)
{
    const auto line = [&file](const QStringList &fields) {
        QStringList quoted;
        for (QString field : fields)
            quoted << u'"' + field.replace(u'"', QStringLiteral("\"\"")) + u'"';
        return quoted.join(file.separator) + QStringLiteral("\r\n");
    };
    QString text = line(file.header);
    for (const CsvRecord &record : file.records)
        text += line(record.fields);
    return "\xEF\xBB\xBF" + text.toUtf8();
}

QString shown(const QStringList &fields)
{
    return u'[' + fields.join(QStringLiteral("|")) + u']';
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    QString encoding;
    const QString text = CsvReader::decode(bytes, &encoding);

    QString error;
    const std::optional<CsvFile> file = CsvReader::read(bytes, &error);
    if (!file) {
        FUZZ_CHECK(!error.isEmpty(), QStringLiteral("read() failed without saying why"));
        return 0;
    }

    // read() and the public pieces it is described by agree.
    FUZZ_CHECK(file->encoding == encoding, file->encoding + QStringLiteral(" vs ") + encoding);
    FUZZ_CHECK(file->separator == CsvReader::detectSeparator(text),
               QStringLiteral("separator %1 vs %2").arg(file->separator).arg(CsvReader::detectSeparator(text)));
    FUZZ_CHECK(file->headerLine >= 1, QString::number(file->headerLine));
    FUZZ_CHECK(!file->header.isEmpty(), shown(file->header));
    for (const QString &name : file->header)
        FUZZ_CHECK(name == name.trimmed(), name);
    int previousLine = file->headerLine;
    for (const CsvRecord &record : file->records) {
        FUZZ_CHECK(record.line > previousLine, QStringLiteral("line %1 after %2").arg(record.line).arg(previousLine));
        FUZZ_CHECK(!record.fields.isEmpty() && !allEmpty(record.fields), shown(record.fields));
        previousLine = record.line;
    }

    // Written back with every field quoted, the file reads the same. A
    // header of one field has no separator to detect: the reader then takes
    // ',', which is what the file says only when it was ','. A header of
    // quoted spaces ("  ") holds names trimmed to nothing, and written back
    // is a line of empty fields, which the reader skips.
    if ((file->header.size() < 2 && file->separator != u',') || allEmpty(file->header))
        return 0;
    const std::optional<CsvFile> again = CsvReader::read(written(*file), &error);
    FUZZ_CHECK(again, error);
    FUZZ_CHECK(again->separator == file->separator, QString(again->separator));
    FUZZ_CHECK(again->header == file->header, shown(again->header) + QStringLiteral(" vs ") + shown(file->header));
    FUZZ_CHECK(again->records.size() == file->records.size(),
               QStringLiteral("%1 records vs %2").arg(again->records.size()).arg(file->records.size()));
    for (qsizetype i = 0; i < file->records.size(); ++i)
        FUZZ_CHECK(again->records.at(i).fields == file->records.at(i).fields,
                   shown(again->records.at(i).fields) + QStringLiteral(" vs ") + shown(file->records.at(i).fields));
    return 0;
}
