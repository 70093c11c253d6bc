#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariant>

/// One value of a row as the database typed it, for a reader that formats
/// values itself (the CSV export) and so needs neither a QVariant nor a
/// QString per value. Read through SQLite's C API, text is the database's
/// own UTF-8, valid until the next row; read through QSqlQuery (PostgreSQL),
/// variant holds the value as Qt gave it.
struct CellValue
{
    enum class Type : quint8 { Null, Integer, Real, Text };
    Type type = Type::Null;
    qint64 integer = 0;
    double real = 0;
    QByteArrayView text; ///< UTF-8
    const QVariant *variant = nullptr;

    /// The value as QSqlQuery gives it (Qt's SQLite driver reads an integer
    /// as qlonglong, a real as double and text as QString).
    QVariant toVariant() const
    {
        if (variant)
            return *variant;
        switch (type) {
        case Type::Null:
            return QVariant(QMetaType::fromType<QString>());
        case Type::Integer:
            return QVariant(integer);
        case Type::Real:
            return QVariant(real);
        case Type::Text:
            break;
        }
        return QVariant(QString::fromUtf8(text));
    }
};
