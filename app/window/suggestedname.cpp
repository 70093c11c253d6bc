#include "suggestedname.h"

#include "querytablemodel.h"

QString SuggestedName::chart(Charts::Kind kind)
{
    switch (kind) {
    case Charts::Kind::BudgetBeneficiaries:
        return tr("presupuesto-beneficiarios");
    case Charts::Kind::Programs:
        return tr("programas");
    case Charts::Kind::CostPerBeneficiary:
        return tr("costo-por-beneficiario");
    case Charts::Kind::WordCloud:
        return tr("nube-de-palabras");
    case Charts::Kind::Trend:
        return tr("evolucion");
    }
    return tr("grafico");
}

QString SuggestedName::table(const TableSpec &spec, bool excel)
{
    QString name = tr("tabla");
    if (&spec == &TableSpec::results())
        name = tr("resultados");
    else if (&spec == &TableSpec::indicators())
        name = tr("indicadores");
    else if (&spec == &TableSpec::milestones())
        name = tr("hitos");
    return excel ? tr("%1-para-excel.csv").arg(name) : name + QStringLiteral(".csv");
}

QString SuggestedName::report()
{
    return tr("informe-mirador.pdf");
}
