#include "migrations.h"

#include "bounds.h"
#include "dbsupport.h"
#include "sql.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

#include <vector>

namespace Migrations {
namespace {

/// A migration file's statements for one database: the shared lines and those
/// after "--@ sqlite" or "--@ postgresql" for this one (until "--@ both"),
/// without comments, cut at each ';' that ends a line outside a trigger's
/// BEGIN ... END; or a $$-quoted function body.
QStringList migrationStatements(const QString &script, bool postgres)
{
    QStringList statements;
    QString current;
    bool wanted = true;
    bool inBlock = false;
    bool inDollar = false;
    for (const QString &line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--@"))) {
            const QString part = trimmed.mid(3).trimmed();
            wanted = part == QLatin1String("both")
                || part == (postgres ? QLatin1String("postgresql") : QLatin1String("sqlite"));
            continue;
        }
        if (!wanted || (!inDollar && trimmed.startsWith(QLatin1String("--"))))
            continue;
        current += line + u'\n';
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollar = !inDollar;
        if (!inDollar && trimmed == QLatin1String("BEGIN"))
            inBlock = true;
        if (inDollar || !trimmed.endsWith(u';') || (inBlock && trimmed != QLatin1String("END;")))
            continue;
        inBlock = false;
        current = current.trimmed();
        current.chop(1);
        if (!current.trimmed().isEmpty())
            statements << current;
        current.clear();
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

/// Migration `version`'s statements for one database; empty, with *error,
/// when the file is not there.
QStringList migrationScript(int version, bool postgres, QString *error)
{
    static const char *const files[] = {":/migrations/0001_initial.sql", ":/migrations/0002_change_log.sql",
                                        ":/migrations/0003_result_call.sql", ":/migrations/0004_result_total.sql",
                                        ":/migrations/0005_program_unique_folded.sql", ":/migrations/0006_figure_bounds.sql",
                                        ":/migrations/0007_figure_source.sql", ":/migrations/0008_review_state.sql",
                                        ":/migrations/0009_result_total_bulk.sql"};
    static_assert(std::size(files) == Database::schemaVersion);
    QFile file(QString::fromLatin1(files[version - 1]));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = DatabaseText::tr("no se encontró la migración %1").arg(version);
        return {};
    }
    QString script = QString::fromUtf8(file.readAll());
    script.replace(QLatin1String("%ID%"), QLatin1String(postgres ? Sql::pgIdColumn : Sql::sqliteIdColumn));
    // %SYNC_ID(table)%: after rows were copied ids and all, PostgreSQL's
    // identity must go on after the highest; SQLite needs nothing.
    static const QRegularExpression syncId(QStringLiteral("%SYNC_ID\\((\\w+)\\)%"));
    script.replace(syncId, postgres ? QString::fromLatin1(Sql::pgSyncIdentity).arg(QStringLiteral("\\1")) : QString());
    // %NOW%: the time of the update, as ChangeLog writes it (ISO 8601, UTC).
    script.replace(QLatin1String("%NOW%"), QLatin1String(postgres ? Sql::pgNowIso : Sql::sqliteNowIso));
    return migrationStatements(script, postgres);
}

/// False, with *error naming the row, when a result or an indicator holds a
/// figure past maxFigure: schema 6 bounds them, and a file written before
/// may hold one (an import took 9223372036854775807). Nothing is changed.
bool figuresWithinBounds(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromLatin1(Sql::firstFigureOutOfBounds))) {
        *error = SqlError::describe(query);
        return false;
    }
    for (const qint64 bound : {maxFigure, maxFigure, -maxFigure, maxFigure})
        query.addBindValue(bound);
    if (!query.exec()) {
        *error = SqlError::describe(query);
        return false;
    }
    if (!query.next())
        return true;
    *error = DatabaseText::tr("la fila %1 de la tabla %2 tiene %3 = %4, fuera de lo que Mirador guarda (cifras de "
                              "-%5 a %5; presupuestos y beneficiarios desde 0). Corríjala con sqlite3 o psql y "
                              "vuelva a abrir el archivo.")
                 .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString(),
                      query.value(3).toString(), QLocale(QLocale::Spanish, QLocale::Chile).toString(maxFigure));
    return false;
}

} // namespace

bool migrate(QSqlDatabase &db, Database::Dialect dialect, int from, QString *error, int to)
{
    const bool postgres = dialect == Database::Dialect::PostgreSQL;
    if (postgres && !execStatement(db, QString::fromLatin1(Sql::pgCreateSchemaTable), error))
        return false;
    for (int version = from + 1; version <= to; ++version) {
        const QStringList statements = migrationScript(version, postgres, error);
        if (statements.isEmpty() || (version == 6 && !figuresWithinBounds(db, error)))
            return false;
        for (const QString &statement : statements) {
            if (!execStatement(db, statement, error)) {
                *error = DatabaseText::tr("la migración %1 falló: %2").arg(version).arg(*error);
                return false;
            }
        }
    }
    if (postgres) {
        QSqlQuery insert(db);
        if (!execStatement(db, QString::fromLatin1(Sql::pgDeleteVersion), error)
            || !insert.prepare(QString::fromLatin1(Sql::pgInsertVersion)))
            return false;
        insert.addBindValue(to);
        if (!insert.exec()) {
            *error = SqlError::describe(insert);
            return false;
        }
        return true;
    }
    return execStatement(db, QString::fromLatin1(Sql::setUserVersionPrefix) + QString::number(to), error);
}

namespace {

/// Mirador's schema at one version, or a database's as it is: each table,
/// index and trigger by type and name, and each table's columns.
struct Schema
{
    QList<std::pair<QString, QString>> objects; ///< (type, name), in the order they were made
    QHash<QString, QStringList> columns;        ///< a table's columns
};

const QString tableType = QStringLiteral("table");
const QString triggerType = QStringLiteral("trigger");

/// The schema of the database on db; only the columns of the tables in
/// `wanted` are read.
Schema readSchema(const QSqlDatabase &db, Database::Dialect dialect, const Schema &wanted)
{
    const bool postgres = dialect == Database::Dialect::PostgreSQL;
    Schema schema;
    QSqlQuery objects(db);
    objects.setForwardOnly(true);
    if (objects.exec(QString::fromLatin1(postgres ? Sql::pgSchemaObjects : Sql::schemaObjects))) {
        while (objects.next())
            schema.objects.append({objects.value(0).toString(), objects.value(1).toString()});
    }
    QSqlQuery columns(db);
    columns.setForwardOnly(true);
    if (!columns.prepare(QString::fromLatin1(postgres ? Sql::pgTableColumns : Sql::tableColumns)))
        return schema;
    for (const auto &object : std::as_const(wanted.objects)) {
        if (object.first != tableType || !schema.objects.contains(object))
            continue;
        columns.addBindValue(object.second);
        if (!columns.exec())
            continue;
        QStringList &names = schema.columns[object.second];
        while (columns.next())
            names << columns.value(0).toString();
    }
    return schema;
}

/// What Mirador's migrations make, at each version (index 0: version 1):
/// built once, by running them one version at a time on an in-memory SQLite
/// database, so that a new migration is checked for without anyone listing
/// its names. PostgreSQL's triggers differ from SQLite's (one function
/// serves all three), so they are taken from the migrations' PostgreSQL
/// statements. *error says why the schema could not be built, should it fail.
struct ExpectedSchemas
{
    std::vector<Schema> sqlite;
    std::vector<Schema> postgres;
    QString error;
};

const ExpectedSchemas &expectedSchemas()
{
    static const ExpectedSchemas expected = [] {
        ExpectedSchemas built;
        const QString name = newConnectionName();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            if (!db.open())
                built.error = SqlError::describe(db.lastError());
            static const QRegularExpression createTrigger(
                QStringLiteral("^\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?TRIGGER\\s+(\\w+)"),
                QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression dropTrigger(
                QStringLiteral("^\\s*DROP\\s+TRIGGER\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)"),
                QRegularExpression::CaseInsensitiveOption);
            QStringList postgresTriggers;
            for (int version = 1; built.error.isEmpty() && version <= Database::schemaVersion; ++version) {
                if (!migrate(db, Database::Dialect::SQLite, version - 1, &built.error, version))
                    break;
                Schema schema = readSchema(db, Database::Dialect::SQLite, readSchema(db, Database::Dialect::SQLite, {}));
                for (const QString &statement : migrationScript(version, true, &built.error)) {
                    if (const auto match = createTrigger.match(statement); match.hasMatch())
                        postgresTriggers << match.captured(1);
                    else if (const auto drop = dropTrigger.match(statement); drop.hasMatch())
                        postgresTriggers.removeAll(drop.captured(1));
                }
                Schema postgres = schema;
                postgres.objects.removeIf([](const auto &object) { return object.first == triggerType; });
                for (const QString &trigger : std::as_const(postgresTriggers))
                    postgres.objects.append({triggerType, trigger});
                built.sqlite.push_back(std::move(schema));
                built.postgres.push_back(std::move(postgres));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return built;
    }();
    return expected;
}

} // namespace

QString missingSchema(const QSqlDatabase &db, Database::Dialect dialect, int version)
{
    const ExpectedSchemas &all = expectedSchemas();
    if (!all.error.isEmpty() || version < 1 || std::size_t(version) > all.sqlite.size())
        return DatabaseText::tr("no se pudo saber qué esquema debe tener (%1)").arg(all.error);
    const Schema &expected = (dialect == Database::Dialect::SQLite ? all.sqlite : all.postgres)[version - 1];
    const Schema present = readSchema(db, dialect, expected);
    QStringList missing;
    for (const auto &[type, name] : expected.objects) {
        if (!present.objects.contains(std::pair(type, name))) {
            missing << (type == tableType ? DatabaseText::tr("la tabla «%1»").arg(name)
                            : type == triggerType ? DatabaseText::tr("el disparador «%1»").arg(name)
                                                  : DatabaseText::tr("el índice «%1»").arg(name));
            continue;
        }
        const QStringList has = present.columns.value(name);
        for (const QString &column : expected.columns.value(name)) {
            if (!has.contains(column))
                missing << DatabaseText::tr("la columna «%1» de la tabla «%2»").arg(column, name);
        }
    }
    if (missing.isEmpty())
        return {};
    return DatabaseText::tr("no es una base de datos de Mirador completa: falta %1").arg(missing.join(QStringLiteral(", ")));
}

QString versionProblem(int version)
{
    if (version > Database::schemaVersion)
        return DatabaseText::tr(
                   "fue creada por una versión más reciente de Mirador (esquema %1; esta versión conoce hasta el %2)")
            .arg(version)
            .arg(Database::schemaVersion);
    if (version < 0)
        return DatabaseText::tr("su versión de esquema (%1) no es una que Mirador haya escrito; no es una base de "
                                "datos de Mirador válida")
            .arg(version);
    return {};
}

} // namespace Migrations
