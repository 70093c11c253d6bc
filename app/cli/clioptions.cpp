#include "clioptions.h"

namespace Cli {

bool Options::parse(const QStringList &arguments, QString *error)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--")) || argument == u"--") {
            m_positional << argument;
            continue;
        }
        QString name = argument.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(u'=');
        const bool inlineValue = equals >= 0;
        if (inlineValue) {
            value = name.mid(equals + 1);
            name = name.left(equals);
        }
        if (m_flagOptions.contains(name) && !inlineValue) {
            m_values.insert(name, QStringLiteral("1"));
        } else if (m_valueOptions.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= arguments.size()) {
                    *error = CliText::tr("a --%1 le falta su valor").arg(name);
                    return false;
                }
                value = arguments.at(++i);
            }
            m_values.insert(name, value);
        } else {
            *error = CliText::tr("opción desconocida: %1").arg(argument);
            return false;
        }
    }
    return true;
}

} // namespace Cli
