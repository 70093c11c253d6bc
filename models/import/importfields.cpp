#include "importfields.h"

#include "textfold.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QStringView>

#include <cmath>

namespace {

/// The context of this file's messages in resources/translations.
struct ImportFieldsText
{
    Q_DECLARE_TR_FUNCTIONS(ImportFields)
};

// ---- Headers ---------------------------------------------------------------

// Headers whose meaning ImportFields::recogniseAll() settles from the other columns.
enum class Flavor { Exact, GenericObjective, NumberObjective, GenericUnit };

struct Match
{
    ImportField field = ImportField::Unknown;
    Flavor flavor = Flavor::Exact;
};

QSet<QString> wordSet(std::initializer_list<const char *> words)
{
    QSet<QString> set;
    for (const char *word : words)
        set.insert(QString::fromLatin1(word));
    return set;
}

// Words that say "the number of" or "the code of": they make "región" a code
// and "objetivo" the objective's number, and mean nothing elsewhere.
const QSet<QString> &numberMarkers()
{
    static const QSet<QString> set = wordSet({"n", "no", "nro", "nr", "nbr", "num", "numero", "number",
                                              "cod", "codigo", "code", "id"});
    return set;
}

// Filler words, units written out and qualifiers that do not change the field.
const QSet<QString> &ignoredWords()
{
    static const QSet<QString> set = wordSet({
        // articles, prepositions, conjunctions; "as"/"os"/"a"/"o" from "Beneficiarios/as"
        "de", "del", "la", "las", "el", "los", "en", "por", "para", "al", "y", "e", "a", "o", "as", "os",
        "of", "the", "and", "in",
        // units: "Presupuesto M$", "en miles de pesos", "budget_mclp"
        "m", "mm", "mclp", "clp", "miles", "mil", "pesos", "peso", "thousand", "thousands", "usd", "uf",
        // qualifiers
        "total", "cantidad", "estrategico", "estrategica", "ejecutado", "ejecutada", "anual",
    });
    return set;
}

const QHash<QString, Match> &knownHeaders()
{
    static const QHash<QString, Match> table = [] {
        QHash<QString, Match> t;
        const auto add = [&t](ImportField field, Flavor flavor, std::initializer_list<const char *> keys) {
            for (const char *key : keys)
                t.insert(QString::fromLatin1(key), Match{field, flavor});
        };
        using F = ImportField;
        add(F::Year, Flavor::Exact, {"year", "ano", "anio"});
        add(F::Objective, Flavor::GenericObjective, {"objective", "objetivo", "objetivos"});
        add(F::Objective, Flavor::NumberObjective, {"obj"}); // Mirador's own table says "Obj."
        add(F::ObjectiveName, Flavor::Exact,
            {"objective name", "nombre objetivo", "objetivo nombre", "descripcion objetivo",
             "objetivo descripcion", "objective description"});
        add(F::Action, Flavor::Exact, {"action", "accion", "acciones", "actions"});
        add(F::Program, Flavor::Exact,
            {"program", "programa", "programas", "programme", "nombre programa", "programa nombre",
             "program name"});
        add(F::Region, Flavor::Exact, {"region", "regiones", "nombre region", "region nombre", "region name"});
        add(F::Budget, Flavor::Exact, {"budget", "presupuesto", "monto", "amount", "gasto", "recursos"});
        add(F::Beneficiaries, Flavor::Exact,
            {"beneficiaries", "beneficiary", "beneficiarios", "beneficiarias", "beneficiario", "beneficiaria",
             "beneficiarios atendidos", "personas beneficiarias"});
        add(F::BeneficiaryUnit, Flavor::Exact,
            {"beneficiary unit", "unidad beneficiario", "unidad beneficiarios", "unidad beneficiaria",
             "unidad beneficiarias", "tipo beneficiario", "tipo beneficiarios", "beneficiary type"});
        add(F::BeneficiaryUnit, Flavor::GenericUnit, {"unidad", "unidades", "unit", "units"});
        add(F::Unit, Flavor::Exact,
            {"unidad medida", "unit measure", "measure unit", "measurement unit", "unidad indicador",
             "indicator unit"});
        add(F::SourceQuote, Flavor::Exact,
            {"source quote", "source", "quote", "fuente", "cita", "oracion", "extracto", "cita textual",
             "texto fuente", "oracion fuente", "cita fuente", "fuente cita", "oracion informe",
             "texto informe", "cita informe"});
        add(F::Note, Flavor::Exact,
            {"note", "notes", "nota", "notas", "observacion", "observaciones", "obs", "comentario",
             "comentarios", "comment", "comments"});
        add(F::Call, Flavor::Exact, {"call", "convocatoria", "llamado", "concurso"});
        add(F::BudgetSource, Flavor::Exact, {"budget source", "presupuesto fuente", "fuente presupuesto"});
        add(F::BeneficiariesSource, Flavor::Exact,
            {"beneficiaries source", "beneficiarios fuente", "fuente beneficiarios"});
        add(F::Indicator, Flavor::Exact,
            {"indicator", "indicador", "indicadores", "nombre indicador", "indicator name"});
        add(F::Value, Flavor::Exact, {"value", "valor", "valor indicador", "indicator value"});
        add(F::Service, Flavor::Exact,
            {"service", "servicio", "servicios", "services", "nombre servicio", "servicio nombre", "service name"});
        return t;
    }();
    return table;
}

void addWords(QStringView text, bool bracketed, QStringList *words, bool *numbered)
{
    const QString folded = TextFold::fold(text);
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool letter = i < folded.size() && folded.at(i).isLetterOrNumber();
        if (letter && start < 0)
            start = i;
        if (letter || start < 0)
            continue;
        const QString word = folded.mid(start, i - start);
        start = -1;
        if (numberMarkers().contains(word))
            *numbered = true;
        else if (bracketed && word != u"nombre" && word != u"name")
            continue; // a unit, "(M$)", or any other aside
        else if (!ignoredWords().contains(word))
            words->append(word);
    }
}

Match classify(const QString &header)
{
    // Text in brackets is an aside, usually a unit; only "code"/"number" and
    // "name" in it count ("Región (código)", "Objetivo (nombre)").
    QStringList words;
    bool numbered = false;
    int depth = 0;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= header.size(); ++i) {
        const QChar c = i < header.size() ? header.at(i) : QChar();
        const bool opens = c == u'(' || c == u'[';
        const bool closes = c == u')' || c == u']';
        if (!opens && !closes && i < header.size())
            continue;
        addWords(QStringView(header).mid(from, i - from), depth > 0, &words, &numbered);
        from = i + 1;
        if (opens)
            ++depth;
        else if (closes && depth > 0)
            --depth;
    }

    Match match = knownHeaders().value(words.join(u' '));
    if (numbered && match.field == ImportField::Region)
        match.field = ImportField::RegionCode;
    if (numbered && match.flavor == Flavor::GenericObjective)
        match.flavor = Flavor::NumberObjective;
    return match;
}

} // namespace

QString ImportFields::name(ImportField field)
{
    const char *name = "unknown";
    switch (field) {
    case ImportField::Year: name = "year"; break;
    case ImportField::Objective: name = "objective"; break;
    case ImportField::ObjectiveName: name = "objective_name"; break;
    case ImportField::Action: name = "action"; break;
    case ImportField::Program: name = "program"; break;
    case ImportField::RegionCode: name = "region_code"; break;
    case ImportField::Region: name = "region"; break;
    case ImportField::Budget: name = "budget_mclp"; break;
    case ImportField::Beneficiaries: name = "beneficiaries"; break;
    case ImportField::BeneficiaryUnit: name = "beneficiary_unit"; break;
    case ImportField::SourceQuote: name = "source_quote"; break;
    case ImportField::Note: name = "note"; break;
    case ImportField::Call: name = "call"; break;
    case ImportField::BudgetSource: name = "budget_source"; break;
    case ImportField::BeneficiariesSource: name = "beneficiaries_source"; break;
    case ImportField::Indicator: name = "indicator"; break;
    case ImportField::Value: name = "value"; break;
    case ImportField::Unit: name = "unit"; break;
    case ImportField::Service: name = "service"; break;
    case ImportField::Unknown: break;
    }
    return QString::fromLatin1(name);
}

QString ImportFields::label(ImportField field)
{
    switch (field) {
    case ImportField::Year: return ImportFieldsText::tr("Año");
    case ImportField::Objective: return ImportFieldsText::tr("Objetivo");
    case ImportField::ObjectiveName: return ImportFieldsText::tr("Nombre del objetivo");
    case ImportField::Action: return ImportFieldsText::tr("Acción");
    case ImportField::Program: return ImportFieldsText::tr("Programa");
    case ImportField::RegionCode: return ImportFieldsText::tr("Código de región");
    case ImportField::Region: return ImportFieldsText::tr("Región");
    case ImportField::Budget: return ImportFieldsText::tr("Presupuesto (M$)");
    case ImportField::Beneficiaries: return ImportFieldsText::tr("Beneficiarios");
    case ImportField::BeneficiaryUnit: return ImportFieldsText::tr("Unidad de beneficiarios");
    case ImportField::SourceQuote: return ImportFieldsText::tr("Fuente");
    case ImportField::Note: return ImportFieldsText::tr("Nota");
    case ImportField::Call: return ImportFieldsText::tr("Convocatoria");
    case ImportField::BudgetSource: return ImportFieldsText::tr("Presupuesto en la fuente (M$)");
    case ImportField::BeneficiariesSource: return ImportFieldsText::tr("Beneficiarios en la fuente");
    case ImportField::Indicator: return ImportFieldsText::tr("Indicador");
    case ImportField::Value: return ImportFieldsText::tr("Valor");
    case ImportField::Unit: return ImportFieldsText::tr("Unidad");
    case ImportField::Service: return ImportFieldsText::tr("Servicio");
    case ImportField::Unknown: break;
    }
    return {};
}

ImportField ImportFields::recognise(const QString &header)
{
    return classify(header).field;
}

QList<ImportField> ImportFields::recogniseAll(const QStringList &headers)
{
    QList<Match> matches;
    matches.reserve(headers.size());
    bool indicatorFile = false;
    bool numberedObjective = false;
    for (const QString &header : headers) {
        const Match match = classify(header);
        indicatorFile = indicatorFile || match.field == ImportField::Indicator || match.field == ImportField::Value;
        numberedObjective = numberedObjective || match.flavor == Flavor::NumberObjective;
        matches.append(match);
    }

    QList<ImportField> fields;
    fields.reserve(matches.size());
    for (const Match &match : std::as_const(matches)) {
        ImportField field = match.field;
        if (match.flavor == Flavor::GenericUnit && indicatorFile)
            field = ImportField::Unit;
        else if (match.flavor == Flavor::GenericObjective && numberedObjective)
            field = ImportField::ObjectiveName;
        fields.append(field);
    }
    return fields;
}

