#pragma once

#include "numbers.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// What a column of an imported CSV file holds.
enum class ImportField {
    Year,
    Objective,     ///< the objective's number or its name: the importer accepts both
    ObjectiveName,
    Action,
    Program,
    RegionCode,
    Region,
    Budget,        ///< M$ (thousands of pesos), a whole number
    Beneficiaries, ///< a whole number
    BeneficiaryUnit,
    SourceQuote,
    Note,
    Call,          ///< a result's call (convocatoria), which tells apart the rows of one program
    BudgetSource,  ///< the budget as the sentence gives it (export-csv's budget_source)
    BeneficiariesSource, ///< the beneficiaries as the sentence gives them
    Indicator,
    Value,         ///< an indicator's value, may have decimals
    Unit,          ///< an indicator's unit
    /// The service whose report the row belongs to, by short name or name:
    /// what tells apart objective N of one year when several services have a
    /// report that year (export-csv writes it with several reports).
    Service,
    Unknown,
};

namespace ImportFields {

/// The column name Mirador's CSV export writes for a field ("budget_mclp"),
/// or "unknown".
QString name(ImportField field);

/// The field's name for people, in Spanish ("Presupuesto (M$)"), for messages
/// such as "falta la columna Año". Empty for Unknown.
QString label(ImportField field);

/// Recognises one column header: the machine names Mirador's export writes
/// (year, objective, objective_name, action, program, region_code, region,
/// budget_mclp, beneficiaries, beneficiary_unit, source_quote, indicator,
/// value, unit, note, call, budget_source, beneficiaries_source, service) and the ways people title columns in Spanish or English
/// ("Año", "N° objetivo", "Cód. región", "Presupuesto (M$)", "Beneficiarios/as",
/// "Observaciones", "Budget"...).
///
/// Case, accents, surrounding and repeated spaces, underscores, punctuation and
/// anything in parentheses or brackets (a unit: "(M$)", "[M$]") are ignored, as
/// are filler words (de, del, la, of, the...), units written out (M$, miles de
/// pesos) and qualifiers (total, cantidad, estratégico, ejecutado). A number
/// marker (N°, Nº, Nro., Número, #) turns "región" into RegionCode.
/// "Ano" is taken as "Año" written without ñ: as a column title it can mean
/// nothing else.
///
/// Without context, "Unidad" means BeneficiaryUnit and "Objetivo" means
/// Objective; recogniseAll() refines both using the other columns.
ImportField recognise(const QString &header);

/// Recognises every header of a file, using the others as context:
/// - "Unidad"/"Unit" alone means Unit when the file has an Indicator or Value
///   column, and BeneficiaryUnit otherwise ("Unidad de medida" is always Unit,
///   "Unidad de beneficiarios" always BeneficiaryUnit).
/// - "Objetivo"/"Objetivo estratégico" alone means Objective (number or name),
///   unless another column is explicitly the objective's number ("N° objetivo",
///   "Obj.", as on Mirador's own table): then it means ObjectiveName.
/// Duplicates are returned as they are; the caller reports them.
QList<ImportField> recogniseAll(const QStringList &headers);

} // namespace ImportFields
