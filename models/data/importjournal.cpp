#include "importjournal.h"

#include "changelog.h"
#include "sql.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

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
                                      {"source_quote", QMetaType::QString},   {"budget_source", QMetaType::LongLong},
                                      {"beneficiaries_source", QMetaType::LongLong}, {"note", QMetaType::QString}};
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
    qint64 low = std::numeric_limits<qint64>::max();
    qint64 high = std::numeric_limits<qint64>::min();
    for (const QVariant &id : ids) {
        low = std::min(low, id.toLongLong());
        high = std::max(high, id.toLongLong());
    }
    // A batch of results with consecutive ids (as a many-row INSERT gives
    // them) is logged by one statement: binding 800 values a batch made a
    // large import a third slower. The lines before go first, so the log
    // keeps the order things happened in.
    if (name == u"result" && ids.size() > 1 && high - low + 1 == ids.size())
        return insertedResults(low, high, error);
    for (const QVariant &id : ids) {
        if (!log(name, id, whole, QVariant(), QVariant(), error))
            return false;
    }
    return true;
}

bool ImportJournal::insertedResults(qint64 low, qint64 high, QString *error)
{
    if (!m_lines->flush(error))
        return false;
    if (!m_insertedResults)
        m_insertedResults = std::make_unique<BoundQuery>(m_db, Sql::logInsertedResults);
    return m_insertedResults->run({m_changedAt, m_user, QString::fromLatin1(wholeRow), m_origin, low, high}, error);
}

bool ImportJournal::updated(const char *table, const QVariantList &found, const QVariantList &written, QString *error)
{
    const QString name = QString::fromLatin1(table);
    const QList<Column> &tracked = columns(name);
    for (int i = 0; i < tracked.size() && i + 1 < found.size() && i < written.size(); ++i) {
        const QVariant &before = found.at(i + 1);
        if (!sameValue(before, written.at(i))
            && !log(name, found.at(0), QString::fromLatin1(tracked.at(i).name), before, written.at(i), error))
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
