#include "csvtext.h"

#include <QStringView>

QString CsvText::field(const QString &value, QChar separator)
{
    if (!value.contains(separator) && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

namespace {

/// What a spreadsheet runs as a formula when a cell starts with it (OWASP's list).
bool startsAFormula(QChar c)
{
    return QStringView(u"=+-@\t\r").contains(c);
}

} // namespace

QString CsvText::neutralised(const QString &text)
{
    if (!text.isEmpty() && startsAFormula(text.front()))
        return u'\'' + text;
    return text;
}

QString CsvText::unneutralised(const QString &text)
{
    if (text.size() > 1 && text.front() == u'\'' && startsAFormula(text.at(1)))
        return text.mid(1);
    return text;
}
