#include "overviewmodel.h"

#include "format.h"
#include "tablespec.h"
#include "sql.h"

#include <QSqlError>
#include <QSqlQuery>

OverviewModel::OverviewModel(QSqlDatabase db, QObject *parent) : QAbstractTableModel(parent), m_db(std::move(db)) {}

bool OverviewModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    return refresh();
}


bool OverviewModel::refresh()
{
    std::vector<Row> rows;
    QString error;
    const bool ok = ObjectiveTotals::read(m_db, m_filter, &rows, &error);
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
    if (role == ReportIdRole)
        return row.objective ? QVariant(row.reportId) : QVariant();
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
    switch (column) {
    case ObjectiveColumn:
        return row.name();
    case ProgramsColumn:
        return Format::integer(row.programs);
    case BudgetColumn:
        return row.budget ? Format::integer(*row.budget) : QString();
    case BeneficiariesColumn:
        return row.beneficiariesText();
    case PerBeneficiaryColumn:
        return row.perBeneficiaryText();
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
