#pragma once

#include <QList>
#include <QStringList>

namespace TestSupport {

/// One line per item, as describe writes it: what a test compares, so that a
/// failure shows the items that differ.
template <typename Item, typename Describe>
QStringList describedLines(const QList<Item> &items, Describe describe)
{
    QStringList lines;
    for (const Item &item : items)
        lines << describe(item);
    return lines;
}

} // namespace TestSupport
