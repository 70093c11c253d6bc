// Catalog::findRegion() and findPrograms() on arbitrary words, against the
// catalog of a real database (the embedded dataset): no crash, an answer or
// a reason, and every answer one the words can name.

#include "fuzzsupport.h"

#include "catalog.h"
#include "textfold.h"

namespace {

void checkRegion(const Catalog &catalog, const QString &words)
{
    QString error;
    const std::optional<Catalog::Region> region = catalog.findRegion(words, &error);
    FUZZ_CHECK(region.has_value() == error.isEmpty(), words + QStringLiteral(": ") + error);
    if (region) {
        bool listed = false;
        for (const Catalog::Region &known : catalog.regions())
            listed = listed || known.id == region->id;
        FUZZ_CHECK(listed, words);
        // A number names a region by its code only.
        bool isNumber = false;
        const int code = TextFold::fold(words).toInt(&isNumber);
        FUZZ_CHECK(!isNumber || region->code.toInt() == code, words + QStringLiteral(" gave ") + region->code);
    }

    // Spaces around the words change nothing.
    QString padded;
    const std::optional<Catalog::Region> again =
        catalog.findRegion(QStringLiteral("  ") + words + QStringLiteral("\t"), &padded);
    FUZZ_CHECK(again.has_value() == region.has_value() && (!region || again->id == region->id), words);
}

void checkPrograms(const Catalog &catalog, const QString &words)
{
    QString error;
    const QList<Catalog::Program> programs = catalog.findPrograms(words, &error);
    FUZZ_CHECK(programs.isEmpty() != error.isEmpty(), words + QStringLiteral(": ") + error);
    const QString folded = TextFold::fold(words);
    for (const Catalog::Program &program : programs)
        FUZZ_CHECK(!folded.isEmpty() && program.folded.contains(folded),
                   words + QStringLiteral(" gave ") + program.name);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // What every input relies on: each region is found by its code, its
    // Roman numeral and its names, and each program by its name.
    const Catalog &catalog = FuzzSupport::fixture().catalog;
    FUZZ_CHECK(catalog.regions().size() == 17, QString::number(catalog.regions().size()));
    for (const Catalog::Region &region : catalog.regions()) {
        QStringList names = {region.code, region.officialName, region.shortName};
        if (!region.roman.isEmpty())
            names << region.roman;
        for (const QString &name : std::as_const(names)) {
            QString error;
            const std::optional<Catalog::Region> found = catalog.findRegion(name, &error);
            FUZZ_CHECK(found && found->id == region.id, name + QStringLiteral(": ") + error);
        }
    }
    FUZZ_CHECK(!catalog.programs().isEmpty(), QString());
    for (const Catalog::Program &program : catalog.programs()) {
        QString error;
        const QList<Catalog::Program> found = catalog.findPrograms(program.name, &error);
        FUZZ_CHECK(found.size() == 1 && found.first().id == program.id, program.name + QStringLiteral(": ") + error);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Catalog &catalog = FuzzSupport::fixture().catalog;
    const QString words = FuzzSupport::utf8(data, size);
    checkRegion(catalog, words);
    checkPrograms(catalog, words);
    return 0;
}
