#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

/// One open Mirador database: a named Qt SQL connection to an SQLite file or
/// a PostgreSQL server, with the schema at the version this build knows.
/// Opening checks first (is it there, is it whole, is it a Mirador database,
/// is it newer than this build) and never writes to a database it refuses.
class Database
{
public:
    enum class Access { ReadWrite, ReadOnly };
    enum class Content {
        Empty,           ///< the schema and the regions
        EmbeddedDataset, ///< and the BGI 2025 data
        SchemaOnly,      ///< the schema alone, for copy(): the caller fills it
    };
    /// Fills a new database inside create()'s transaction.
    using Filler = std::function<bool(QSqlDatabase &db, QString *error)>;
    enum class Dialect { SQLite, PostgreSQL };

    /// The schema version this build writes.
    static constexpr int schemaVersion = 9;
    /// SQLite files up to this size have every page checked (PRAGMA
    /// quick_check) before they open; larger ones open at once and are
    /// checked in the background (IntegrityCheck).
    static constexpr qint64 checkAtOpenBytes = 64 * 1024 * 1024;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens an existing database: a file path, or a URL
    /// postgresql://user@host:port/dbname. On failure returns null and sets
    /// *error to a sentence, in the user's language, naming the database and
    /// the reason; *passwordRequired says when a password would help. The
    /// password, if any, is used for this connection and never stored.
    static std::unique_ptr<Database> open(const QString &location, Access access, QString *error,
                                          const QString &password = {}, bool *passwordRequired = nullptr);

    /// Creates a new database. A file must not exist yet: it is written under
    /// a temporary name and renamed into place only when complete. A
    /// PostgreSQL database must exist and hold no Mirador tables: the schema
    /// and data go in in one transaction. Either way, a failure leaves nothing.
    static std::unique_ptr<Database> create(const QString &location, Content content, QString *error,
                                            const QString &password = {}, const Filler &fill = {});

    /// Copies every table of this database, ids and all, into a new database
    /// at target (a path or a URL, as create()), in one transaction.
    std::unique_ptr<Database> copyTo(const QString &target, QString *error) const;

    /// Where Mirador keeps its database when none is named: the user's data
    /// folder (XDG_DATA_HOME on Linux).
    static QString defaultPath();

    /// Opens the default database, creating it with the embedded dataset on
    /// first run.
    static std::unique_ptr<Database> openDefault(QString *error);

    static bool isUrl(const QString &location);

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    /// The file path, or the URL without any password.
    QString location() const { return m_location; }
    QString path() const { return m_location; }
    /// The SQLite file this database is, which no export may replace; empty
    /// for a server.
    QString file() const { return m_dialect == Dialect::SQLite ? m_location : QString(); }
    Dialect dialect() const { return m_dialect; }
    bool isReadOnly() const { return m_readOnly; }
    /// Why the database is read-only, for the user; empty when it is not.
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// From now on nothing is written, for this reason (a damaged file).
    void setReadOnly(const QString &reason);
    /// The copy of an SQLite file made before open() updated its schema;
    /// empty when nothing was updated.
    QString migrationBackup() const { return m_migrationBackup; }
    /// True when opening skipped the check of every page (a large file).
    bool integrityDeferred() const { return m_integrityDeferred; }
    /// For a file opened without its pages checked (integrityDeferred()):
    /// checks them now (PRAGMA quick_check), before anything is written.
    /// Empty when whole; else the database becomes read-only and the reason
    /// ("está dañada (...)") is returned.
    QString checkBeforeWriting();
    /// PRAGMA quick_check on db: empty when whole, else why not ("está
    /// dañada (...)").
    static QString checkIntegrity(const QSqlDatabase &db);

    /// True when the connection no longer answers (a server restarted, the
    /// network gone).
    bool connectionLost() const;
    /// Opens the connection again, as it was; false, with *error, when the
    /// database still does not answer.
    bool reconnect(QString *error);

private:
    Database(QString connectionName, QString location, Dialect dialect);

    // open() and create() for each kind of location.
    static std::unique_ptr<Database> openServer(const QString &location, Access access, QString *error,
                                                const QString &password, bool *passwordRequired);
    static std::unique_ptr<Database> openFile(const QString &path, Access access, QString *error);
    static std::unique_ptr<Database> createOnServer(const QString &location, Content content, QString *error,
                                                    const QString &password, const Filler &fill);
    static std::unique_ptr<Database> createFile(const QString &path, Content content, QString *error,
                                                const Filler &fill);

    QString m_connectionName;
    QString m_location;
    Dialect m_dialect;
    bool m_readOnly = false;
    bool m_integrityDeferred = false;
    QString m_readOnlyReason;
    QString m_migrationBackup;
};
