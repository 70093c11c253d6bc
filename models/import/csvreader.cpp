#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace {

/// The context of this file's messages in resources/translations.
struct CsvReaderText
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

// What Windows-1252 puts at 0x80-0x9F; U+FFFD where it puts nothing.
constexpr char16_t windows1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, // 88-8F
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178, // 98-9F
};

template <typename Char>
bool isLineBreak(Char c)
{
    return c == Char('\n') || c == Char('\r');
}

/// What a pass over the bytes found: how many multi-byte UTF-8 sequences are
/// well formed (Unicode table 3-7: no overlong forms, no surrogates, nothing
/// above U+10FFFF), how many are not, and where the first bad one starts.
struct Utf8Scan
{
    qsizetype wellFormed = 0; ///< multi-byte sequences
    qsizetype malformed = 0;
    qsizetype firstMalformed = -1; ///< byte offset
};

Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    const auto *begin = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *p = begin;
    const auto *end = p + bytes.size();
    while (p != end) {
        // Eight ASCII bytes at a time: most of a CSV file.
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (!(word & 0x8080808080808080ULL)) {
                p += 8;
                continue;
            }
        }
        const unsigned char lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF; // range of the second byte
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        }
        bool ok = length > 0 && end - p >= length && p[1] >= low && p[1] <= high;
        for (int i = 2; ok && i < length; ++i)
            ok = p[i] >= 0x80 && p[i] <= 0xBF;
        if (ok) {
            ++scan.wellFormed;
            p += length;
            continue;
        }
        if (scan.firstMalformed < 0)
            scan.firstMalformed = p - begin;
        ++scan.malformed;
        ++p;
    }
    return scan;
}

/// UTF-16 without a byte-order mark: text such as "A\0ñ\0o\0" has a zero
/// in every other byte of its first line, which no 8-bit text has.
bool looksLikeUtf16(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 512) & ~qsizetype(1);
    qsizetype zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        zeroEven += bytes[i] == 0;
        zeroOdd += bytes[i + 1] == 0;
    }
    return n >= 4 && std::max(zeroEven, zeroOdd) * 4 >= n && std::min(zeroEven, zeroOdd) == 0;
}

/// "línea 3, columna 12", 1-based, columns counted in characters.
QString placeOf(QByteArrayView bytes, qsizetype offset)
{
    const QByteArrayView before = bytes.first(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    qsizetype column = 1;
    for (const char c : before.sliced(lineStart))
        column += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return CsvReaderText::tr("línea %1, columna %2").arg(before.count('\n') + 1).arg(column);
}

QString decodeUtf8(QByteArrayView bytes)
{
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes);
    // QString::fromUtf8() would drop this U+FEFF as a byte-order mark: right
    // for a file (source() has removed its mark already), wrong for a field
    // that begins with one. The decoder is slower, so only here.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

/// The file's bytes ready to split: without a byte-order mark, and in UTF-8
/// or Windows-1252; both keep , ; tab quotes and line breaks as single ASCII
/// bytes, so the parser works on bytes and decodes one field at a time.
struct Source
{
    QString encoding;
    QString error; ///< why the bytes are not text Mirador can read; empty when they are
    QByteArrayView bytes;
    QString (*decode)(QByteArrayView) = decodeUtf8;
    QByteArray converted; ///< UTF-16 files, as UTF-8
};

Source source(const QByteArray &bytes)
{
    Source s;
    s.bytes = bytes;
    if (s.bytes.startsWith("\xEF\xBB\xBF")) {
        s.encoding = QStringLiteral("UTF-8 con BOM");
        s.bytes = s.bytes.sliced(3);
    } else if (s.bytes.startsWith("\xFF\xFE") || s.bytes.startsWith("\xFE\xFF")) {
        // Excel's "Unicode text". Rare enough to convert whole.
        s.encoding = QStringLiteral("UTF-16");
        QStringDecoder decoder(s.bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        s.converted = QString(decoder(s.bytes.sliced(2))).toUtf8();
        s.bytes = s.converted;
    } else if (looksLikeUtf16(s.bytes)) {
        s.encoding = QStringLiteral("UTF-16 sin BOM");
        s.error = CsvReaderText::tr("El archivo está en UTF-16 sin marca de orden de bytes (BOM), que Mirador no "
                                    "lee. Guárdelo como «CSV UTF-8» o «CSV (delimitado por comas)».");
    } else if (const Utf8Scan scan = scanUtf8(s.bytes); scan.malformed == 0) {
        s.encoding = QStringLiteral("UTF-8");
    } else if (scan.wellFormed > scan.malformed) {
        // Mostly UTF-8: a stray byte is damage to report, not a sign of
        // Windows-1252, which would turn every "ó" into "Ã³".
        s.encoding = QStringLiteral("UTF-8");
        s.error = CsvReaderText::tr("El archivo está en UTF-8, pero en la %1 hay un byte (0x%2) que no es UTF-8 "
                                    "válido. Corríjalo o guarde el archivo de nuevo como UTF-8.")
                      .arg(placeOf(s.bytes, scan.firstMalformed))
                      .arg(static_cast<unsigned char>(s.bytes[scan.firstMalformed]), 2, 16, QLatin1Char('0'));
    } else {
        s.encoding = QStringLiteral("Windows-1252");
        s.decode = CsvReader::fromWindows1252;
    }
    return s;
}

template <typename Char>
QChar separatorOf(const Char *p, const Char *end)
{
    while (p != end && isLineBreak(*p))
        ++p;
    qsizetype commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (; p != end; ++p) {
        const Char c = *p;
        if (c == Char('"'))
            quoted = !quoted; // a doubled quote toggles twice
        else if (quoted)
            continue;
        else if (isLineBreak(c))
            break;
        else if (c == Char(','))
            ++commas;
        else if (c == Char(';'))
            ++semicolons;
        else if (c == Char('\t'))
            ++tabs;
    }
    if (semicolons > commas && semicolons > tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

/// Splits the bytes into records in one pass and decodes each field once.
/// A field with the same bytes as the one above it shares that QString
/// (implicit sharing): years, objectives, programs and regions repeat down a
/// column, and not allocating them halves the time and the memory.
class Parser
{
public:
    Parser(const Source &source, char separator)
        : m_p(source.bytes.data()),
          m_end(source.bytes.data() + source.bytes.size()),
          m_separator(separator),
          m_decode(source.decode)
    {
    }

    /// The next record that holds something, or false at the end of the text
    /// or on a syntax error (then error() is set).
    bool next(CsvRecord *record, qsizetype expectedFields)
    {
        while (m_p != m_end) {
            record->line = m_line;
            record->fields.clear();
            record->fields.reserve(expectedFields);
            bool content = false;
            if (!parseRecord(&record->fields, &content))
                return false;
            if (content)
                return true;
        }
        return false;
    }

    const QString &error() const { return m_error; }

private:
    struct Previous
    {
        const char *data = nullptr;
        qsizetype size = -1;
        bool quoted = false;
        QString value;
    };

    // White space that may surround a field: not the separator (a tab may be
    // one) and not a line break (which ends the record). Non-ASCII spaces
    // (no-break spaces) are trimmed after decoding.
    bool isPadding(char c) const
    {
        return c != m_separator && (c == ' ' || c == '\t' || c == '\v' || c == '\f');
    }

    QString field(qsizetype column, const char *data, qsizetype size, bool quoted)
    {
        if (m_previous.size() <= column)
            m_previous.resize(column + 1);
        Previous &previous = m_previous[column];
        if (previous.size == size && previous.quoted == quoted && std::memcmp(previous.data, data, size) == 0)
            return previous.value;
        QString value = m_decode(QByteArrayView(data, size));
        if (!quoted && !value.isEmpty() && (value.front().isSpace() || value.back().isSpace()))
            value = std::move(value).trimmed();
        previous = {data, size, quoted, value};
        return value;
    }

    bool parseRecord(QStringList *fields, bool *content)
    {
        for (;;) {
            while (m_p != m_end && isPadding(*m_p))
                ++m_p;
            if (m_p != m_end && *m_p == '"') {
                QString value;
                if (!parseQuoted(fields->size(), &value))
                    return false;
                *content = *content || !value.isEmpty();
                fields->append(std::move(value));
            } else {
                const char *start = m_p;
                while (m_p != m_end && *m_p != m_separator && !isLineBreak(*m_p))
                    ++m_p;
                const char *last = m_p;
                while (last != start && isPadding(last[-1]))
                    --last;
                QString value = field(fields->size(), start, last - start, false);
                *content = *content || !value.isEmpty();
                fields->append(std::move(value));
            }

            if (m_p == m_end)
                return true;
            if (*m_p == m_separator) {
                ++m_p;
                continue;
            }
            if (*m_p == '\r' && m_p + 1 != m_end && m_p[1] == '\n')
                ++m_p;
            ++m_p;
            ++m_line;
            return true;
        }
    }

    void countLines(const char *p, const char *end)
    {
        for (; p != end; ++p) {
            if (*p == '\n' || (*p == '\r' && (p + 1 == m_end || p[1] != '\n')))
                ++m_line;
        }
    }

    // At the opening quote; leaves m_p after the field's padding.
    bool parseQuoted(qsizetype column, QString *value)
    {
        const int openedOn = m_line;
        const char *begin = ++m_p;
        m_scratch.resize(0);
        bool doubled = false;
        for (;;) {
            const char *chunk = m_p;
            const auto *quote = static_cast<const char *>(std::memchr(m_p, '"', m_end - m_p));
            if (!quote) {
                m_error = CsvReaderText::tr("Línea %1: unas comillas abren un campo y no se cierran.").arg(openedOn);
                return false;
            }
            m_p = quote;
            if (std::memchr(chunk, '\n', m_p - chunk) || std::memchr(chunk, '\r', m_p - chunk))
                countLines(chunk, m_p);
            ++m_p;
            if (m_p != m_end && *m_p == '"') {
                // "" stands for one quote: copy up to and including the first.
                m_scratch.append(chunk, m_p - chunk);
                ++m_p;
                doubled = true;
                continue;
            }
            if (doubled) {
                m_scratch.append(chunk, quote - chunk);
                *value = m_decode(m_scratch);
            } else {
                *value = field(column, begin, quote - begin, true);
            }
            break;
        }
        while (m_p != m_end && isPadding(*m_p))
            ++m_p;
        if (m_p != m_end && *m_p != m_separator && !isLineBreak(*m_p)) {
            m_error = CsvReaderText::tr("Línea %1: hay texto después de las comillas que cierran un campo; "
                         "dentro de un campo entre comillas, las comillas se escriben dobles (\"\").")
                          .arg(m_line);
            return false;
        }
        return true;
    }

    const char *m_p;
    const char *m_end;
    char m_separator;
    QString (*m_decode)(QByteArrayView);
    int m_line = 1;
    QByteArray m_scratch;
    QList<Previous> m_previous;
    QString m_error;
};

} // namespace

QString CsvReader::fromWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *to = out.data();
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        *to++ = (b >= 0x80 && b < 0xA0) ? QChar(windows1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

QString CsvReader::decode(const QByteArray &bytes, QString *encoding)
{
    const Source s = source(bytes);
    if (encoding)
        *encoding = s.encoding;
    return s.decode(s.bytes);
}

QChar CsvReader::detectSeparator(QStringView text)
{
    return separatorOf(text.utf16(), text.utf16() + text.size());
}

std::optional<CsvFile> CsvReader::read(const QByteArray &bytes, QString *error)
{
    const Source s = source(bytes);
    if (!s.error.isEmpty()) {
        if (error)
            *error = s.error;
        return std::nullopt;
    }
    CsvFile file;
    file.encoding = s.encoding;
    file.separator = separatorOf(s.bytes.data(), s.bytes.data() + s.bytes.size());

    Parser parser(s, char(file.separator.unicode()));
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };

    CsvRecord header;
    if (!parser.next(&header, 16)) {
        if (!parser.error().isEmpty())
            return fail(parser.error());
        return fail(CsvReaderText::tr("El archivo está vacío: no tiene ni una fila de encabezado."));
    }
    file.headerLine = header.line;
    file.header = std::move(header.fields);
    for (QString &name : file.header)
        name = name.trimmed();

    // One record per line is the usual case; quoted line breaks only make
    // the estimate generous.
    file.records.reserve(std::count(s.bytes.begin(), s.bytes.end(), '\n') + 1);
    CsvRecord record;
    while (parser.next(&record, file.header.size()))
        file.records.append(std::move(record));
    if (!parser.error().isEmpty())
        return fail(parser.error());
    return file;
}
