#pragma once

#include "bounds.h"

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
    Unknown,
};

/// The column name Mirador's CSV export writes for a field ("budget_mclp"),
/// or "unknown".
QString importFieldName(ImportField field);

/// The field's name for people, in Spanish ("Presupuesto (M$)"), for messages
/// such as "falta la columna Año". Empty for Unknown.
QString importFieldLabel(ImportField field);

/// Recognises one column header: the machine names Mirador's export writes
/// (year, objective, objective_name, action, program, region_code, region,
/// budget_mclp, beneficiaries, beneficiary_unit, source_quote, indicator,
/// value, unit, note, call, budget_source, beneficiaries_source) and the ways people title columns in Spanish or English
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
/// Objective; recogniseHeaders() refines both using the other columns.
ImportField recogniseHeader(const QString &header);

/// Recognises every header of a file, using the others as context:
/// - "Unidad"/"Unit" alone means Unit when the file has an Indicator or Value
///   column, and BeneficiaryUnit otherwise ("Unidad de medida" is always Unit,
///   "Unidad de beneficiarios" always BeneficiaryUnit).
/// - "Objetivo"/"Objetivo estratégico" alone means Objective (number or name),
///   unless another column is explicitly the objective's number ("N° objetivo",
///   "Obj.", as on Mirador's own table): then it means ObjectiveName.
/// Duplicates are returned as they are; the caller reports them.
QList<ImportField> recogniseHeaders(const QStringList &headers);

/// How a file writes numbers.
enum class NumberStyle {
    Plain,   ///< 1487480, 51.8: dot decimal, no grouping (Mirador's export, programs)
    Chilean, ///< 1.487.480, 51,8: dot thousands in groups of three, comma decimal
};

/// Decides a file's number style from its numeric cells. wholeSamples come
/// from whole-number columns (budget, beneficiaries), decimalSamples from
/// columns that may hold decimals (an indicator's value); pass only numeric
/// columns, never text that may quote figures.
///
/// Evidence for Chilean: a comma decimal (51,8; 1.487.480,5), a dot grouping
/// with two or more dots (1.487.480), or, in a whole-number column only, one dot
/// before exactly three digits (1.455), which read as a plain decimal would not
/// be whole. Evidence for Plain: a single dot that cannot be thousands (51.8,
/// 3.14159, 1487.5, 0.455). The style with more evidence wins. With none, or as
/// much for each, a ';' separator means Chilean (Excel in Spanish writes ';')
/// and anything else Plain; so "1.455" in a decimal column of a comma file is
/// 1.455, and 1455 in a ';' file.
NumberStyle detectNumberStyle(const QStringList &wholeSamples, const QStringList &decimalSamples,
                              QChar separator);

/// Parses one number strictly in the given style. Surrounding white space
/// (no-break spaces U+00A0 and U+202F too) is ignored and a leading '-' is
/// accepted (the caller rejects negatives with its own words); nothing else:
/// no currency signs, units, exponents, '+', or grouping in Plain style.
/// Chilean style accepts digits without grouping too (1487480,5).
///
/// Empty or blank text gives nullopt with an empty *reason: no value, which
/// callers store as NULL. Anything else that is not a number gives nullopt and
/// a Spanish *reason quoting the text: "no es un número: «abc»",
/// "separador de miles mal puesto: «1.48.7480»". reason may be null.
std::optional<double> parseNumber(const QString &text, NumberStyle style, QString *reason);

/// As parseNumber(), for whole numbers: any decimal part, zeros included
/// ("1487480,00"), gives "debe ser un número entero: «51,8»"; beyond
/// maxFigure either way, "número demasiado grande".
std::optional<qint64> parseWholeNumber(const QString &text, NumberStyle style, QString *reason);
