// ImportFields::recognise() and ImportFields::recogniseAll() on arbitrary column titles, one a
// line: no crash, one field per header, and the documented indifference to
// surrounding spaces and to a unit in brackets.

#include "fuzzsupport.h"

#include "importfields.h"

#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList headers = FuzzSupport::utf8(data, size).split(u'\n');
    const QList<ImportField> fields = ImportFields::recogniseAll(headers);
    FUZZ_CHECK(fields.size() == headers.size(),
               QStringLiteral("%1 fields, %2 headers").arg(fields.size()).arg(headers.size()));

    bool indicatorFile = false;
    for (const ImportField field : fields)
        indicatorFile = indicatorFile || field == ImportField::Indicator || field == ImportField::Value;

    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString &header = headers.at(i);
        const ImportField alone = ImportFields::recognise(header);
        const auto shown = [&header](ImportField field, const char *how) {
            return QStringLiteral("«%1»: %2 %3").arg(header, ImportFields::name(field), QLatin1String(how));
        };
        // In context only "Unidad" and "Objetivo" may change, and only to
        // their other meaning.
        const ImportField inContext = fields.at(i);
        FUZZ_CHECK(inContext == alone
                       || (alone == ImportField::BeneficiaryUnit && inContext == ImportField::Unit && indicatorFile)
                       || (alone == ImportField::Objective && inContext == ImportField::ObjectiveName),
                   shown(alone, "alone, ") + shown(inContext, "in context"));
        // A file of one column has no context.
        FUZZ_CHECK(ImportFields::recogniseAll({header}).constFirst() == alone, shown(alone, "alone"));
        FUZZ_CHECK(ImportFields::recognise(QStringLiteral("  ") + header + QStringLiteral("\t")) == alone,
                   shown(alone, "without spaces around"));
        // A unit in brackets is an aside ("Presupuesto (M$)").
        const ImportField withUnit = ImportFields::recognise(header + QStringLiteral(" (M$)"));
        FUZZ_CHECK(withUnit == alone, shown(alone, "without a unit, ") + shown(withUnit, "with one"));
    }
    return 0;
}
