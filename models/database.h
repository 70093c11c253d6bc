#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

/// One open Mirador database: a named Qt SQL connection with foreign keys on,
/// WAL, and the schema at the version this build knows. Opening checks the file
/// first (is it there, is it SQLite, is it whole, is it a Mirador database,
/// is it newer than this build) and never writes to a file it refuses.
class Database
{
public:
    enum class Access { ReadWrite, ReadOnly };
    enum class Content { Empty, EmbeddedDataset };

    /// The schema version this build writes (PRAGMA user_version).
    static constexpr int schemaVersion = 1;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens an existing database. On failure returns null and sets *error to
    /// a sentence, in the user's language, naming the file and the reason.
    static std::unique_ptr<Database> open(const QString &path, Access access, QString *error);

    /// Creates a new database at path, which must not exist yet. The file is
    /// written beside under a temporary name and renamed into place only when
    /// complete, so a failure leaves nothing behind.
    static std::unique_ptr<Database> create(const QString &path, Content content, QString *error);

    /// Where Mirador keeps its database when none is named: the user's data
    /// folder (XDG_DATA_HOME on Linux).
    static QString defaultPath();

    /// Opens the default database, creating it with the embedded dataset on
    /// first run.
    static std::unique_ptr<Database> openDefault(QString *error);

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }

private:
    Database(QString connectionName, QString path, bool readOnly);

    QString m_connectionName;
    QString m_path;
    bool m_readOnly;
};
