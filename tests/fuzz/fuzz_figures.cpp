// SpanishFigures::scan() on arbitrary text: no crash, and every figure is
// where it says it is, with an exact plain value that parses back.

#include "fuzzsupport.h"

#include "numbers.h"
#include "spanishfigures.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString sentence = FuzzSupport::utf8(data, size);
    const QList<FoundFigure> figures = SpanishFigures::scan(sentence);
    qsizetype previousEnd = 0;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const FoundFigure &f = figures.at(i);
        const QString shown = QStringLiteral("figure %1 «%2» @%3 = «%4» %5 in «%6»")
                                  .arg(i).arg(f.written).arg(f.start).arg(f.value, f.unit, sentence);
        // The highlight covers exactly what the sentence writes, in order.
        FUZZ_CHECK(!f.written.isEmpty() && f.start >= previousEnd, shown);
        FUZZ_CHECK(sentence.sliced(f.start, qMin(f.written.size(), sentence.size() - f.start)) == f.written, shown);
        previousEnd = f.start + f.written.size();
        // The value is a plain decimal ("1487480", "51.8") that reads back as itself.
        QString reason;
        const std::optional<QString> back = Numbers::exact(f.value, NumberStyle::Plain, &reason);
        FUZZ_CHECK(back && *back == f.value && !f.value.startsWith(u'-'), shown + u' ' + reason);
        FUZZ_CHECK(f.kind != FoundFigure::Kind::Money || f.unit == u"M$", shown);
        FUZZ_CHECK(f.kind != FoundFigure::Kind::Percent || f.unit == u"%", shown);
        FUZZ_CHECK(f.breakdownOf >= -1 && f.breakdownOf < i, shown);
        FUZZ_CHECK(!f.unitCarried || !f.unit.isEmpty(), shown);
    }
    return 0;
}
