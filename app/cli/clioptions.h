#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

/// What the command line's files share: the context of their messages, the
/// exit codes and the option reader. Not part of Cli's public face (cli.h).
namespace Cli {

/// The context of the command line's messages in resources/translations.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr int exitError = 1;
constexpr int exitUsage = 2;

/// A tiny option reader: "--name value" and "--name=value", flags, and
/// positional words; anything unknown is an error, so a typo never passes
/// silently.
class Options
{
public:
    Options(QStringList valueOptions, QStringList flagOptions)
        : m_valueOptions(std::move(valueOptions)), m_flagOptions(std::move(flagOptions))
    {
    }

    bool parse(const QStringList &arguments, QString *error);

    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    const QStringList &positional() const { return m_positional; }

private:
    QStringList m_valueOptions;
    QStringList m_flagOptions;
    QHash<QString, QString> m_values;
    QStringList m_positional;
};

} // namespace Cli
