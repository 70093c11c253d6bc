#pragma once

// Helpers shared by the tests: a fresh database in a temporary folder.

#include "database.h"
#include "format.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace TestSupport {

/// A database with the embedded dataset in its own temporary folder.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    explicit Fixture(Database::Content content = Database::Content::EmbeddedDataset)
    {
        QString error;
        db = Database::create(dir.filePath(QStringLiteral("mirador.sqlite")), content, &error);
        if (!db)
            qFatal("cannot create the test database: %s", qPrintable(error));
    }
    QString path() const { return dir.filePath(QStringLiteral("mirador.sqlite")); }
};

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace TestSupport
