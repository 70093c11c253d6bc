#include "savedview.h"

#include "catalog.h"
#include "textfold.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

namespace {

/// The context of this file's messages in resources/translations.
struct SavedViewText
{
    Q_DECLARE_TR_FUNCTIONS(SavedView)
};

const QString versionKey = QStringLiteral("mirador-view");

/// The filter's whole numbers, each one line: "year": 2025.
struct NumberField
{
    const char *key;
    std::optional<int> SavedView::*member;
};
constexpr NumberField numberFields[] = {
    {"year", &SavedView::year},
    {"objective", &SavedView::objective},
};

/// The view's texts, each one line: "region": "14".
struct TextField
{
    const char *key;
    QString SavedView::*member;
};
constexpr TextField textFields[] = {
    {"database", &SavedView::database}, {"service", &SavedView::service}, {"report", &SavedView::report},
    {"region", &SavedView::region},     {"text", &SavedView::text},
    {"tab", &SavedView::tab},           {"chart", &SavedView::chart},
};

/// A server's address without its password, which a file never keeps.
QString withoutPassword(const QString &database)
{
    if (!database.contains(QStringLiteral("://")))
        return database;
    QUrl url(database);
    if (url.password().isEmpty())
        return database;
    url.setPassword({});
    return url.toString();
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

/// A JSON array of texts as a list; false if it holds anything else.
bool readStrings(const QJsonValue &value, QStringList *list)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return false;
        *list << item.toString();
    }
    return true;
}

bool readTable(const QJsonValue &value, SavedView::Table *table)
{
    const QJsonObject object = value.toObject();
    if (!value.isObject() || !object.value(QStringLiteral("name")).isString())
        return false;
    table->name = object.value(QStringLiteral("name")).toString();
    table->sortColumn = object.value(QStringLiteral("sortColumn")).toString();
    table->sortDescending = object.value(QStringLiteral("sortOrder")).toString() == u"descending";
    return readStrings(object.value(QStringLiteral("order")), &table->order)
        && readStrings(object.value(QStringLiteral("hidden")), &table->hidden);
}

QJsonObject tableJson(const SavedView::Table &table)
{
    QJsonObject object{{QStringLiteral("name"), table.name},
                       {QStringLiteral("order"), strings(table.order)},
                       {QStringLiteral("hidden"), strings(table.hidden)}};
    if (!table.sortColumn.isEmpty()) {
        object.insert(QStringLiteral("sortColumn"), table.sortColumn);
        object.insert(QStringLiteral("sortOrder"),
                      table.sortDescending ? QStringLiteral("descending") : QStringLiteral("ascending"));
    }
    return object;
}

} // namespace

QByteArray SavedView::toJson() const
{
    QJsonObject object{{versionKey, version}};
    for (const TextField &field : textFields) {
        const QString value = field.member == &SavedView::database ? withoutPassword(database) : this->*field.member;
        if (!value.isEmpty())
            object.insert(QLatin1String(field.key), value);
    }
    for (const NumberField &field : numberFields) {
        if (this->*field.member)
            object.insert(QLatin1String(field.key), *(this->*field.member));
    }
    if (!programs.isEmpty())
        object.insert(QStringLiteral("programs"), strings(programs));
    QJsonArray tableArray;
    for (const Table &table : tables)
        tableArray.append(tableJson(table));
    if (!tableArray.isEmpty())
        object.insert(QStringLiteral("tables"), tableArray);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<SavedView> SavedView::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = SavedViewText::tr("no es JSON válido (%1, en el carácter %2)")
                     .arg(parse.errorString())
                     .arg(parse.offset);
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    const QJsonValue versionValue = object.value(versionKey);
    if (!document.isObject() || !versionValue.isDouble()) {
        *error = SavedViewText::tr("no es una vista de Mirador (no tiene «\"%1\": %2»)").arg(versionKey).arg(version);
        return std::nullopt;
    }
    if (versionValue.toInt(-1) != version) {
        *error = SavedViewText::tr("es una vista de la versión %1, y esta versión de Mirador lee la %2")
                     .arg(versionValue.toVariant().toString())
                     .arg(version);
        return std::nullopt;
    }
    SavedView view;
    bool ok = true;
    for (const TextField &field : textFields) {
        const QJsonValue value = object.value(QLatin1String(field.key));
        ok = ok && (value.isUndefined() || value.isString());
        view.*field.member = value.toString();
    }
    for (const NumberField &field : numberFields) {
        const QJsonValue value = object.value(QLatin1String(field.key));
        ok = ok && (value.isUndefined() || value.isDouble());
        if (value.isDouble())
            view.*field.member = value.toInt();
    }
    ok = ok && readStrings(object.value(QStringLiteral("programs")), &view.programs);
    const QJsonValue tableArray = object.value(QStringLiteral("tables"));
    ok = ok && (tableArray.isUndefined() || tableArray.isArray());
    for (const QJsonValue &value : tableArray.toArray()) {
        Table table;
        ok = ok && readTable(value, &table);
        view.tables << table;
    }
    if (!ok) {
        *error = SavedViewText::tr("tiene un valor de tipo equivocado (un texto, un número o una lista)");
        return std::nullopt;
    }
    return view;
}

bool SavedView::write(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit()) {
        *error = SavedViewText::tr("No se pudo guardar la vista en %1: %2")
                     .arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    return true;
}

std::optional<SavedView> SavedView::read(const QString &fileName, QString *error)
{
    QFile file(fileName);
    // A view is a few hundred bytes: a megabyte is no view.
    if (!file.open(QIODevice::ReadOnly) || file.size() > (1 << 20)) {
        *error = SavedViewText::tr("No se pudo leer la vista %1: %2")
                     .arg(QDir::toNativeSeparators(fileName),
                          file.isOpen() ? SavedViewText::tr("es demasiado grande") : file.errorString());
        return std::nullopt;
    }
    QString why;
    std::optional<SavedView> view = fromJson(file.readAll(), &why);
    if (!view)
        *error = SavedViewText::tr("La vista %1 %2.").arg(QDir::toNativeSeparators(fileName), why);
    return view;
}

void SavedView::setFilter(const Filter &filter, const Catalog &catalog)
{
    service.clear();
    for (const Catalog::Service &known : catalog.services()) {
        if (filter.serviceId == known.id)
            service = known.shortName;
    }
    report.clear();
    for (const Catalog::ReportInfo &known : catalog.reports()) {
        if (filter.reportId == known.id)
            report = known.label();
    }
    year = filter.year;
    objective = filter.objective;
    text = filter.text;
    programs.clear();
    for (const Catalog::Program &program : catalog.programs()) {
        if (filter.programIds.contains(program.id))
            programs << program.name;
    }
    region.clear();
    for (const Catalog::Region &known : catalog.regions()) {
        if (filter.regionId == known.id)
            region = known.code;
    }
}

Filter SavedView::filter(const Catalog &catalog, QStringList *missing) const
{
    Filter filter;
    if (!service.isEmpty()) {
        const QString folded = TextFold::fold(service);
        const auto known = std::find_if(catalog.services().cbegin(), catalog.services().cend(),
                                        [&folded](const Catalog::Service &s) {
                                            return TextFold::fold(s.shortName) == folded;
                                        });
        if (known == catalog.services().cend()) {
            *missing << SavedViewText::tr("el servicio «%1»").arg(service);
        } else {
            filter.serviceId = known->id;
            filter.serviceLabel = known->shortName;
        }
    }
    if (!report.isEmpty()) {
        const QString folded = TextFold::fold(report);
        const auto known = std::find_if(catalog.reports().cbegin(), catalog.reports().cend(),
                                        [&folded](const Catalog::ReportInfo &r) {
                                            return TextFold::fold(r.label()) == folded;
                                        });
        if (known == catalog.reports().cend()) {
            *missing << SavedViewText::tr("el informe «%1»").arg(report);
        } else {
            filter.reportId = known->id;
            filter.reportLabel = known->label();
        }
    }
    if (year && !catalog.years().contains(*year))
        *missing << SavedViewText::tr("el año %1").arg(*year);
    else
        filter.year = year;
    const bool knownObjective = objective && std::any_of(catalog.objectives().cbegin(), catalog.objectives().cend(),
                                                         [this](const Catalog::Objective &o) {
                                                             return o.number == *objective;
                                                         });
    if (objective && !knownObjective)
        *missing << SavedViewText::tr("el objetivo %1").arg(*objective);
    else
        filter.objective = objective;
    filter.text = text;
    QStringList found;
    for (const QString &name : programs) {
        const QString folded = TextFold::fold(name);
        const auto program = std::find_if(catalog.programs().cbegin(), catalog.programs().cend(),
                                          [&folded](const Catalog::Program &p) { return p.folded == folded; });
        if (program == catalog.programs().cend()) {
            *missing << SavedViewText::tr("el programa «%1»").arg(name);
            continue;
        }
        filter.programIds << program->id;
        found << program->name;
    }
    filter.programLabel = found.join(QStringLiteral(", "));
    if (!region.isEmpty()) {
        const auto known = std::find_if(catalog.regions().cbegin(), catalog.regions().cend(),
                                        [this](const Catalog::Region &r) { return r.code == region; });
        if (known == catalog.regions().cend()) {
            *missing << SavedViewText::tr("la región de código %1").arg(region);
        } else {
            filter.regionId = known->id;
            filter.regionLabel = known->shortName;
        }
    }
    return filter;
}

const SavedView::Table *SavedView::table(const QString &name) const
{
    for (const Table &t : tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}
