#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

/// One record of a CSV file: its fields and the 1-based line of the file on
/// which it starts (a quoted field may span lines, so records and lines differ).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/// A whole CSV file as CsvReader::read() gives it.
struct CsvFile
{
    QString encoding;  ///< "UTF-8 con BOM", "UTF-8", "UTF-16" or "Windows-1252"
    QChar separator;   ///< u',', u';' or u'\t'
    int headerLine = 0; ///< line of the header (1 unless the file starts with empty lines)
    QStringList header; ///< the first record, each name trimmed
    QList<CsvRecord> records; ///< the data records after the header
};

/// Reads the bytes of a CSV file as people and programs write them: Mirador's
/// own export (UTF-8, comma), Excel in Spanish (Windows-1252 or UTF-8 with BOM,
/// semicolon), and tab-separated text. The encoding and the separator are
/// detected, never asked for; quoting follows RFC 4180. Parsing is one pass
/// over the bytes, decoding each field once, so a 40 MB file takes well under
/// a second.
///
/// Only syntax is checked here: records may have more or fewer fields than the
/// header, and no field is interpreted; the importer decides what those mean.
class CsvReader
{
public:
    /// Parses a whole file. Detects the encoding (decode()) and the separator
    /// (detectSeparator()), then splits records by RFC 4180: a field in double
    /// quotes may hold separators, line breaks and doubled quotes ("") and is
    /// kept exactly; an unquoted field is trimmed of white space (no-break
    /// spaces too) and a quote inside it is an ordinary character. CRLF, LF or
    /// a lone CR ends a record; a last line without a line break counts.
    /// Records whose fields are all empty (empty lines, "  ", ";;;" rows that
    /// spreadsheets leave behind) are skipped but still counted as lines. The
    /// first record left is the header.
    ///
    /// On failure returns nullopt and, when error is not null, sets it to a
    /// Spanish sentence that names the line: a quote that never closes, text
    /// between a closing quote and the separator, or a file with no header.
    /// A file that is UTF-8 but for a stray byte is refused too, naming the
    /// byte's line and column (read as Windows-1252 it would garble every
    /// accent), and so is UTF-16 without a byte-order mark.
    static std::optional<CsvFile> read(const QByteArray &bytes, QString *error);

    /// Decodes file bytes: UTF-8 after a UTF-8 byte-order mark (which is
    /// removed), UTF-16 after a UTF-16 mark, UTF-8 when every byte sequence
    /// is valid UTF-8 or mostly is (a bad byte becomes U+FFFD; read() refuses
    /// such a file), and Windows-1252 otherwise (which cannot fail). Sets
    /// *encoding, when not null, to the name read() reports.
    static QString decode(const QByteArray &bytes, QString *encoding);

    /// Windows-1252, decoded here rather than by QStringDecoder because named
    /// encodings depend on ICU: Latin-1 plus the printable characters Windows
    /// puts at 0x80-0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ).
    /// The five undefined bytes 0x81 0x8D 0x8F 0x90 0x9D become U+FFFD.
    static QString fromWindows1252(QByteArrayView bytes);

    /// The separator of the header line (the first non-empty record): whichever
    /// of ',' ';' and tab occurs most often outside quotes; ',' on a tie or
    /// when none occurs (a one-column file).
    static QChar detectSeparator(QStringView text);
};
