#include "choicesetting.h"

#include <QSettings>

namespace ChoiceSetting {

int read(const QString &key, const QStringList &words)
{
    const QString kept = QSettings().value(key).toString();
    const qsizetype index = kept.isEmpty() ? -1 : words.indexOf(kept);
    return index > 0 ? int(index) : 0;
}

void write(const QString &key, const QStringList &words, int choice)
{
    QSettings settings;
    if (choice > 0 && choice < words.size())
        settings.setValue(key, words.at(choice));
    else
        settings.remove(key);
}

} // namespace ChoiceSetting
