#include "overviewmodel.h"

#include "format.h"
#include "querytablemodel.h"
#include "sql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

std::optional<double> ratio(const QVariant &numerator, const QVariant &denominator)
{
    if (numerator.isNull() || denominator.isNull() || denominator.toLongLong() == 0)
        return std::nullopt;
    return numerator.toDouble() / denominator.toDouble();
}

/// A unit of row's and its beneficiaries (if any) counted in.
void addUnit(OverviewModel::Row *row, const QString &unit, std::optional<qint64> beneficiaries)
{
    if (!unit.isEmpty() && !row->units.contains(unit))
        row->units << unit;
    if (!beneficiaries)
        return;
    for (auto &counted : row->unitBeneficiaries) {
        if (counted.first == unit) {
            counted.second += *beneficiaries;
            return;
        }
    }
    row->unitBeneficiaries.append({unit, *beneficiaries});
}

} // namespace

OverviewModel::OverviewModel(QSqlDatabase db, QObject *parent) : QAbstractTableModel(parent), m_db(std::move(db)) {}

bool OverviewModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    return refresh();
}

const AggregateQueries &AggregateQueries::forFilter(const Filter &filter)
{
    static const AggregateQueries results{Sql::selectObjectiveTotals, Sql::selectObjectiveUnits,
                                          Sql::orderObjectiveUnits, Sql::selectProgramTotals,
                                          Sql::programTotalsTail, Sql::bothFiguresCondition,
                                          TableSpec::results().filterColumns};
    static const AggregateQueries kept{Sql::selectKeptObjectiveTotals, Sql::selectKeptObjectiveUnits,
                                       Sql::orderKeptObjectiveUnits, Sql::selectKeptProgramTotals,
                                       Sql::keptProgramTotalsTail, Sql::keptBothFiguresCondition,
                                       TableSpec::results().keptColumns};
    return filter.text.trimmed().isEmpty() ? kept : results;
}

bool OverviewModel::refresh()
{
    std::vector<Row> rows;
    QString error;
    const bool ok = readRows(m_db, m_filter, &rows, &error);
    setRows(m_filter, ok ? std::move(rows) : std::vector<Row>{});
    if (!ok) {
        m_lastError = error;
        Q_EMIT queryFailed(m_lastError);
        return false;
    }
    m_lastError.clear();
    return true;
}

void OverviewModel::setRows(const Filter &filter, std::vector<Row> rows)
{
    beginResetModel();
    m_filter = filter;
    m_rows = std::move(rows);
    endResetModel();
}

bool OverviewModel::readRows(const QSqlDatabase &db, const Filter &filter, std::vector<Row> *rows, QString *error)
{
    const AggregateQueries &sql = AggregateQueries::forFilter(filter);
    const SqlCondition condition = buildCondition(filter, sql.columns);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    rows->clear();
    bool ok = query.prepare(QString::fromUtf8(sql.objectiveTotals) + condition.where
                            + QString::fromUtf8(Sql::groupObjectiveTotals));
    if (ok) {
        for (const QVariant &value : condition.values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok) {
        *error = query.lastError().text();
        return false;
    }
    QVariant costedBudget = QVariant(QMetaType(QMetaType::LongLong));
    QVariant costedBeneficiaries = costedBudget;
    Row total;
    total.shortName = tr("Total");
    while (query.next()) {
        Row row;
        row.objective = query.value(0).toInt();
        row.shortName = query.value(1).toString();
        row.title = query.value(2).toString();
        row.programs = query.value(3).toLongLong();
        row.budget = optionalInt(query.value(4));
        row.beneficiaries = optionalInt(query.value(5));
        row.perBeneficiary = ratio(query.value(6), query.value(7));
        row.results = query.value(8).toLongLong();
        total.programs += row.programs;
        total.results += row.results;
        if (row.budget)
            total.budget = total.budget.value_or(0) + *row.budget;
        if (row.beneficiaries)
            total.beneficiaries = total.beneficiaries.value_or(0) + *row.beneficiaries;
        if (!query.value(6).isNull())
            costedBudget = costedBudget.toLongLong() + query.value(6).toLongLong();
        if (!query.value(7).isNull())
            costedBeneficiaries = costedBeneficiaries.toLongLong() + query.value(7).toLongLong();
        rows->push_back(row);
    }
    total.perBeneficiary = ratio(costedBudget, costedBeneficiaries);

    // The units behind each objective's beneficiaries, named for the reader.
    QSqlQuery units(db);
    units.setForwardOnly(true);
    ok = units.prepare(QString::fromUtf8(sql.objectiveUnits) + condition.where + QString::fromUtf8(sql.unitsOrder));
    if (ok) {
        for (const QVariant &value : condition.values)
            units.addBindValue(value);
        ok = units.exec();
    }
    if (!ok) {
        *error = units.lastError().text();
        rows->clear();
        return false;
    }
    while (units.next()) {
        const int objective = units.value(0).toInt();
        const QString unit = units.value(1).toString();
        const std::optional<qint64> beneficiaries = optionalInt(units.value(2));
        for (Row &row : *rows) {
            if (row.objective == objective)
                addUnit(&row, unit, beneficiaries);
        }
        addUnit(&total, unit, beneficiaries);
    }
    // Gremios and mujeres added together count nothing, and a budget
    // divided by them is no cost of anyone.
    if (total.mixedUnits()) {
        total.beneficiaries.reset();
        total.perBeneficiary.reset();
    }
    if (!rows->empty())
        rows->push_back(total);
    return true;
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    if (role == Qt::DisplayRole)
        return text(row, Column(index.column()));
    if (role == Qt::ToolTipRole && index.column() == ObjectiveColumn)
        return row.title.isEmpty() ? QVariant() : row.title;
    if (role == Qt::ToolTipRole && row.mixedUnits() && index.column() == BeneficiariesColumn) {
        return row.objective ? tr("Suma de unidades distintas: %1").arg(unitBreakdown(row))
                             : tr("No se suman beneficiarios de unidades distintas: %1").arg(unitBreakdown(row));
    }
    if (role == Qt::ToolTipRole && !row.objective && row.mixedUnits() && index.column() == PerBeneficiaryColumn)
        return tr("Sin M$ por beneficiario: los beneficiarios son de unidades distintas (%1)")
            .arg(row.units.join(QStringLiteral(", ")));
    if (role == Qt::TextAlignmentRole && index.column() >= ProgramsColumn && index.column() <= PerBeneficiaryColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == ObjectiveNumberRole)
        return row.objective ? QVariant(*row.objective) : QVariant();
    return {};
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ObjectiveColumn: return tr("Objetivo\nestratégico");
        case ProgramsColumn: return tr("Programas");
        case BudgetColumn: return tr("Presupuesto\n(M$)");
        case BeneficiariesColumn: return tr("Beneficiarios");
        case PerBeneficiaryColumn: return tr("M$ por\nbeneficiario");
        case UnitsColumn: return tr("Unidades de\nbeneficiario");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case BudgetColumn: return Format::moneyNote();
        case PerBeneficiaryColumn:
            return tr("Presupuesto dividido por beneficiarios, solo en los programas que informan ambos. "
                      "M$ = miles de pesos");
        case BeneficiariesColumn: return tr("Suma de beneficiarios de cada objetivo; el total no suma unidades distintas");
        }
    }
    return {};
}

QString OverviewModel::text(const Row &row, Column column)
{
    // The total of unlike units has no figure: a dash says so, where an
    // empty cell would say "no data".
    const bool unlike = !row.objective && row.mixedUnits();
    switch (column) {
    case ObjectiveColumn:
        return row.objective ? tr("%1. %2").arg(*row.objective).arg(row.shortName) : row.shortName;
    case ProgramsColumn:
        return Format::integer(row.programs);
    case BudgetColumn:
        return row.budget ? Format::integer(*row.budget) : QString();
    case BeneficiariesColumn:
        return unlike ? tr("—") : row.beneficiaries ? Format::integer(*row.beneficiaries) : QString();
    case PerBeneficiaryColumn:
        return unlike ? tr("—") : row.perBeneficiary ? QLocale().toString(*row.perBeneficiary, 'f', 1) : QString();
    case UnitsColumn:
        return row.units.join(QStringLiteral(", "));
    case ColumnCount:
        break;
    }
    return {};
}

QString OverviewModel::unitBreakdown(const Row &row)
{
    if (!row.mixedUnits())
        return {};
    QStringList parts;
    for (const auto &[unit, beneficiaries] : row.unitBeneficiaries)
        parts << tr("%1 %2").arg(Format::integer(beneficiaries), unit.isEmpty() ? tr("sin unidad") : unit);
    return parts.join(QStringLiteral(", "));
}
