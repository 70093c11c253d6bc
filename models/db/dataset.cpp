#include "dataset.h"

#include "boundquery.h"
#include "sql.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

/// The context of this file's messages in resources/translations.
struct DatasetText
{
    Q_DECLARE_TR_FUNCTIONS(Dataset)
};

QVariant nullable(const QJsonValue &value, QMetaType type)
{
    if (value.isNull() || value.isUndefined())
        return QVariant(type);
    if (type.id() == QMetaType::LongLong)
        return QVariant(static_cast<qlonglong>(value.toDouble()));
    if (type.id() == QMetaType::Double)
        return QVariant(value.toDouble());
    return QVariant(value.toString());
}

QString searchText(const QStringList &parts)
{
    return TextFold::fold(parts.join(u' '));
}

/// The ids the embedded report's objectives, actions and programs got.
struct EmbeddedStructure
{
    QHash<int, qint64> objectives; ///< objective number -> id
    QHash<QPair<int, int>, qint64> actions; ///< (objective number, action number) -> id
    QHash<QString, qint64> programs; ///< program name -> id
};

struct Region
{
    qint64 id = 0;
    QString shortName;
    QString officialName;
};

} // namespace

bool Dataset::loadRegions(QSqlDatabase &db, QString *error)
{
    QFile file(QStringLiteral(":/data/regions-cl.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = DatasetText::tr("no se encontró la tabla de regiones");
        return false;
    }
    BoundQuery insert(db, Sql::insertRegion);
    bool ok = insert.insert({QStringLiteral("00"), QVariant(QMetaType(QMetaType::QString)), DatasetText::tr("Nacional"),
                             DatasetText::tr("Nacional"), QVariant(QMetaType(QMetaType::QString)), 0,
                             searchText({DatasetText::tr("Nacional"), QStringLiteral("00")})},
                            error);
    bool header = true;
    while (ok && !file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (header) { // order cut roman official_name short_name iso
            header = false;
            continue;
        }
        const QStringList f = line.split(u'\t');
        if (f.size() < 6) {
            *error = DatasetText::tr("línea de regiones mal formada: %1").arg(line);
            ok = false;
            break;
        }
        ok = insert.insert({f[1], f[2], f[3], f[4], f[5], f[0].toInt(), searchText({f[4], f[3], f[2], f[1]})}, error);
    }
    return ok;
}

namespace {

/// The embedded dataset's JSON, or an empty object with *error set.
QJsonObject embeddedJson(QString *error)
{
    QFile file(QStringLiteral(":/data/bgi-2025-sercotec.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = DatasetText::tr("no se encontró el conjunto de datos incorporado");
        return {};
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || root.isEmpty()) {
        *error = DatasetText::tr("el conjunto de datos incorporado no se puede leer: %1").arg(parseError.errorString());
        return {};
    }
    return root;
}

/// The service, report, programs, objectives and actions of root.
bool loadStructure(QSqlDatabase &db, const QJsonObject &root, EmbeddedStructure *ids, QString *error)
{
    const QJsonObject service = root.value(u"service").toObject();
    const QJsonObject report = root.value(u"report").toObject();
    qint64 serviceId = 0;
    qint64 reportId = 0;
    if (!BoundQuery(db, Sql::insertService)
             .insert({service.value(u"name").toString(), service.value(u"short_name").toString(),
                      service.value(u"ministry").toString()},
                     error, &serviceId)
        || !BoundQuery(db, Sql::insertReport)
                .insert({serviceId, report.value(u"year").toInt(), report.value(u"title").toString(),
                         report.value(u"source").toString(), 0},
                        error, &reportId))
        return false;

    BoundQuery insertProgram(db, Sql::insertProgram);
    for (const QJsonValue &value : root.value(u"programs").toArray()) {
        const QString name = value.toString();
        qint64 id = 0;
        if (!insertProgram.insert({name, TextFold::fold(name)}, error, &id))
            return false;
        ids->programs.insert(name, id);
    }

    BoundQuery insertObjective(db, Sql::insertObjective);
    BoundQuery insertAction(db, Sql::insertAction);
    for (const QJsonValue &value : root.value(u"objectives").toArray()) {
        const QJsonObject o = value.toObject();
        const int number = o.value(u"number").toInt();
        qint64 id = 0;
        if (!insertObjective.insert({reportId, number, o.value(u"title").toString(), o.value(u"short_name").toString(),
                                     nullable(o.value(u"justification_intro"), QMetaType(QMetaType::QString))},
                                    error, &id))
            return false;
        ids->objectives.insert(number, id);
        for (const QJsonValue &a : o.value(u"actions").toArray()) {
            const QJsonObject action = a.toObject();
            qint64 actionId = 0;
            if (!insertAction.insert({id, action.value(u"number").toInt(), action.value(u"text").toString(),
                                      action.value(u"justification").toString()},
                                     error, &actionId))
                return false;
            ids->actions.insert({number, action.value(u"number").toInt()}, actionId);
        }
    }
    return true;
}

/// Writes the embedded dataset's figures, each with the keys it carries
/// (objective, action, program, region) looked up in what is already loaded.
class FigureLoader
{
public:
    FigureLoader(QSqlDatabase &db, const EmbeddedStructure &structure, QString *error)
        : m_db(db), m_structure(structure), m_error(error)
    {
    }

    /// Regions by code, as Dataset::loadRegions() wrote them.
    bool readRegions()
    {
        QSqlQuery query(m_db);
        if (!query.exec(QString::fromLatin1(Sql::selectRegions))) {
            *m_error = query.lastError().text();
            return false;
        }
        while (query.next())
            m_regions.insert(query.value(1).toString(),
                             {query.value(0).toLongLong(), query.value(4).toString(), query.value(3).toString()});
        return true;
    }

    bool loadResults(const QJsonArray &rows)
    {
        BoundQuery insertResult(m_db, Sql::insertResult);
        for (const QJsonValue &value : rows) {
            const QJsonObject r = value.toObject();
            Keys keys;
            if (!keysOf(r, &keys))
                return false;
            const QString unit = r.value(u"beneficiary_unit").toString();
            const QString quote = r.value(u"source_quote").toString();
            const QVariant budget = nullable(r.value(u"budget_mclp"), QMetaType(QMetaType::LongLong));
            const QVariant beneficiaries = nullable(r.value(u"beneficiaries"), QMetaType(QMetaType::LongLong));
            // The report's figures are their own source.
            if (!insertResult.insert({keys.objective, keys.action, keys.program, keys.region.id,
                                      r.value(u"year").toInt(), budget, beneficiaries, unit, quote,
                                      resultSearchText(r.value(u"program").toString(), keys.region.shortName,
                                                       keys.region.officialName, unit, quote),
                                      budget, beneficiaries},
                                     m_error))
                return false;
        }
        return true;
    }

    bool loadIndicators(const QJsonArray &rows)
    {
        BoundQuery insertIndicator(m_db, Sql::insertIndicator);
        for (const QJsonValue &value : rows) {
            const QJsonObject i = value.toObject();
            Keys keys;
            if (!keysOf(i, &keys))
                return false;
            const QString name = i.value(u"name").toString();
            const QString unit = i.value(u"unit").toString();
            const QString quote = i.value(u"source_quote").toString();
            if (!insertIndicator.insert(
                    {keys.objective, keys.action, keys.program, keys.region.id, i.value(u"year").toInt(), name,
                     i.value(u"value").toDouble(), unit, quote,
                     indicatorSearchText(name, i.value(u"program").toString(), keys.region.shortName,
                                         keys.region.officialName, unit, quote)},
                    m_error))
                return false;
        }
        return true;
    }

    bool loadMilestones(const QJsonArray &rows)
    {
        BoundQuery insertMilestone(m_db, Sql::insertMilestone);
        for (const QJsonValue &value : rows) {
            const QJsonObject m = value.toObject();
            Keys keys;
            if (!keysOf(m, &keys))
                return false;
            const QString kind = m.value(u"kind").toString();
            const QString title = m.value(u"title").toString();
            const QString quote = m.value(u"source_quote").toString();
            if (!insertMilestone.insert({keys.objective, keys.action, kind, title,
                                         nullable(m.value(u"counterpart"), QMetaType(QMetaType::QString)), quote,
                                         searchText({kind, title, m.value(u"counterpart").toString(), quote})},
                                        m_error))
                return false;
        }
        return true;
    }

private:
    struct Keys
    {
        qint64 objective = 0;
        QVariant action;
        QVariant program;
        Region region;
    };

    /// Looks up the keys every figure carries; a dangling one is a dataset bug.
    bool keysOf(const QJsonObject &row, Keys *keys) const
    {
        const int objective = row.value(u"objective").toInt();
        const int action = row.value(u"action").toInt();
        const QString program = row.value(u"program").toString();
        const QString region = row.value(u"region").toString(QStringLiteral("00"));
        const auto &objectives = m_structure.objectives;
        const auto &actions = m_structure.actions;
        const auto &programs = m_structure.programs;
        if (!objectives.contains(objective) || (action && !actions.contains({objective, action}))
            || (!program.isEmpty() && !programs.contains(program)) || !m_regions.contains(region)) {
            *m_error = DatasetText::tr("el conjunto de datos incorporado tiene una referencia rota: %1")
                           .arg(QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)));
            return false;
        }
        keys->objective = objectives.value(objective);
        keys->action = action ? QVariant(actions.value({objective, action})) : QVariant(QMetaType(QMetaType::LongLong));
        keys->program
            = program.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(programs.value(program));
        keys->region = m_regions.value(region);
        return true;
    }

    QSqlDatabase &m_db;
    const EmbeddedStructure &m_structure;
    QString *m_error;
    QHash<QString, Region> m_regions;
};

} // namespace

bool Dataset::loadEmbedded(QSqlDatabase &db, QString *error)
{
    const QJsonObject root = embeddedJson(error);
    if (root.isEmpty())
        return false;
    EmbeddedStructure structure;
    FigureLoader figures(db, structure, error);
    return figures.readRegions() && loadStructure(db, root, &structure, error)
        && figures.loadResults(root.value(u"results").toArray())
        && figures.loadIndicators(root.value(u"indicators").toArray())
        && figures.loadMilestones(root.value(u"milestones").toArray());
}

QString resultSearchText(const QString &program, const QString &regionShort, const QString &regionOfficial,
                         const QString &unit, const QString &quote)
{
    return searchText({program, regionShort, regionOfficial, unit, quote});
}

QString indicatorSearchText(const QString &name, const QString &program, const QString &regionShort,
                            const QString &regionOfficial, const QString &unit, const QString &quote)
{
    return searchText({name, program, regionShort, regionOfficial, unit, quote});
}

QString Dataset::embeddedSourceText()
{
    QFile file(QStringLiteral(":/data/bgi-2025-sercotec-etapa1.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}
