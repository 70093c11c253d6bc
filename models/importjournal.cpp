#include "importjournal.h"

#include "changelog.h"
#include "sql.h"

#include <QDateTime>

namespace {

/// change_log holds text: a figure as its shortest exact form, null as null.
QVariant logText(const QVariant &value)
{
    return value.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value.toString());
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    return a.isNull() == b.isNull() && (a.isNull() || a.toString() == b.toString());
}

} // namespace

const QList<ImportJournal::Column> &ImportJournal::columns(QStringView table)
{
    static const QList<Column> result{{"action_id", QMetaType::LongLong},     {"budget_mclp", QMetaType::LongLong},
                                      {"beneficiaries", QMetaType::LongLong}, {"beneficiary_unit", QMetaType::QString},
                                      {"source_quote", QMetaType::QString},   {"note", QMetaType::QString}};
    static const QList<Column> indicator{{"action_id", QMetaType::LongLong},
                                         {"value", QMetaType::Double},
                                         {"unit", QMetaType::QString},
                                         {"source_quote", QMetaType::QString}};
    static const QList<Column> none;
    return table == u"result" ? result : table == u"indicator" ? indicator : none;
}

QString ImportJournal::origin(qint64 summaryId)
{
    return QStringLiteral("import:%1").arg(summaryId);
}

QString ImportJournal::undoOrigin(qint64 summaryId)
{
    return QStringLiteral("undo-import:%1").arg(summaryId);
}

ImportJournal::ImportJournal(const QSqlDatabase &db)
    : m_db(db),
      m_changedAt(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
      m_user(ChangeLog::currentUser())
{ }

ImportJournal::~ImportJournal() = default;

bool ImportJournal::begin(const QString &fileName, QString *error)
{
    BoundQuery summary(m_db, Sql::insertChangeLogReturning);
    if (!summary.run({m_changedAt, m_user, QStringLiteral("import"), QVariant(QMetaType(QMetaType::LongLong)), fileName,
                      QVariant(QMetaType(QMetaType::QString)), QVariant(QMetaType(QMetaType::QString)),
                      QStringLiteral("import")},
                     error))
        return false;
    m_summaryId = summary.first().toLongLong();
    m_origin = origin(m_summaryId);
    m_lines = std::make_unique<InsertBatch>(m_db, Sql::insertChangeLogHead, Sql::changeLogValues);
    return true;
}

bool ImportJournal::log(const QString &table, const QVariant &rowId, const QString &column, const QVariant &oldValue,
                        const QVariant &newValue, QString *error)
{
    return m_lines->add({m_changedAt, m_user, table, rowId, column, logText(oldValue), logText(newValue), m_origin},
                        error);
}

bool ImportJournal::inserted(const char *table, const QVariantList &ids, QString *error)
{
    const QString name = QString::fromLatin1(table);
    const QString whole = QString::fromLatin1(wholeRow);
    for (const QVariant &id : ids) {
        if (!log(name, id, whole, QVariant(), QVariant(), error))
            return false;
    }
    return true;
}

bool ImportJournal::readRow(QVariantList *values, QString *error)
{
    if (m_selectTable != m_table) {
        // The table and its columns are the constants above, never input.
        QStringList names;
        for (const Column &column : columns(m_table))
            names << QString::fromLatin1(column.name);
        m_select
            = std::make_unique<BoundQuery>(m_db,
                                           QStringLiteral("SELECT ") + names.join(QStringLiteral(", "))
                                               + QStringLiteral(" FROM ") + m_table + QStringLiteral(" WHERE id = ?"));
        m_selectTable = m_table;
    }
    if (!m_select->run({m_rowId}, error))
        return false;
    *values = m_select->firstRow();
    return true;
}

bool ImportJournal::beforeUpdate(const char *table, const QVariant &id, QString *error)
{
    m_table = QString::fromLatin1(table);
    m_rowId = id;
    return readRow(&m_before, error);
}

bool ImportJournal::afterUpdate(QString *error)
{
    QVariantList after;
    if (!readRow(&after, error))
        return false;
    const QList<Column> &tracked = columns(m_table);
    for (int i = 0; i < after.size() && i < m_before.size(); ++i) {
        if (!sameValue(m_before.at(i), after.at(i))
            && !log(m_table, m_rowId, QString::fromLatin1(tracked.at(i).name), m_before.at(i), after.at(i), error))
            return false;
    }
    return true;
}

bool ImportJournal::finish(qint64 inserted, qint64 updated, QString *error)
{
    if (!m_lines->flush(error))
        return false;
    BoundQuery counts(m_db, Sql::updateChangeLogNewValue);
    return counts.run({QStringLiteral("%1 nuevas, %2 actualizadas").arg(inserted).arg(updated), m_summaryId}, error);
}
