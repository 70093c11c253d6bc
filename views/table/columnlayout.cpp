#include "columnlayout.h"

#include "querytablemodel.h"

#include <QHash>
#include <QHeaderView>
#include <QSettings>

namespace ColumnLayout {

namespace {

/// The columns' names by logical index; empty for a model without names.
QStringList columnNames(const QHeaderView *header)
{
    const auto *model = qobject_cast<const QueryTableModel *>(header->model());
    QStringList names;
    if (model) {
        for (const TableSpec::Column &column : model->spec().columns)
            names << QString::fromLatin1(column.csvName);
    }
    return names;
}

} // namespace

void save(const QHeaderView *header, QSettings *settings, const QString &group)
{
    const QStringList names = columnNames(header);
    if (names.isEmpty())
        return;
    QStringList widths;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            widths << names.at(logical) + u'=' + QString::number(header->sectionSize(logical));
    }
    settings->remove(group); // and a QHeaderView::saveState() kept there before
    settings->beginGroup(group);
    settings->setValue(QStringLiteral("order"), order(header));
    settings->setValue(QStringLiteral("hidden"), hidden(header));
    settings->setValue(QStringLiteral("widths"), widths);
    settings->endGroup();
}

bool restore(QHeaderView *header, const QSettings &settings, const QString &group)
{
    const QStringList order = settings.value(group + QStringLiteral("/order")).toStringList();
    if (order.isEmpty() || columnNames(header).isEmpty())
        return false;
    QHash<QString, int> widths;
    for (const QString &entry : settings.value(group + QStringLiteral("/widths")).toStringList()) {
        const qsizetype equals = entry.lastIndexOf(u'=');
        bool ok = false;
        const int width = entry.mid(equals + 1).toInt(&ok);
        if (equals > 0 && ok && width > 0)
            widths.insert(entry.left(equals), width);
    }
    apply(header, order, settings.value(group + QStringLiteral("/hidden")).toStringList(), widths);
    return true;
}

void apply(QHeaderView *header, const QStringList &order, const QStringList &hidden, const QHash<QString, int> &widths)
{
    const QStringList names = columnNames(header);
    int visual = 0;
    for (const QString &name : order) {
        const int logical = int(names.indexOf(name));
        if (logical < 0)
            continue; // a column this table no longer has
        header->moveSection(header->visualIndex(logical), visual++);
        header->setSectionHidden(logical, hidden.contains(name));
        if (widths.contains(name) && !header->isSectionHidden(logical))
            header->resizeSection(logical, widths.value(name));
    }
    if (header->hiddenSectionCount() == header->count() && header->count() > 0)
        header->showSection(header->logicalIndex(0));
}

QStringList order(const QHeaderView *header)
{
    const QStringList names = columnNames(header);
    QStringList shown;
    for (int visual = 0; visual < header->count() && !names.isEmpty(); ++visual)
        shown << names.at(header->logicalIndex(visual));
    return shown;
}

QStringList hidden(const QHeaderView *header)
{
    const QStringList names = columnNames(header);
    QStringList result;
    for (const QString &name : order(header)) {
        if (header->isSectionHidden(int(names.indexOf(name))))
            result << name;
    }
    return result;
}

QString sortColumn(const QHeaderView *header)
{
    const QStringList names = columnNames(header);
    const int section = header->sortIndicatorSection();
    return section >= 0 && section < names.size() ? names.at(section) : QString();
}

void setSort(QHeaderView *header, const QString &column, bool descending)
{
    header->setSortIndicator(int(columnNames(header).indexOf(column)),
                             descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

} // namespace ColumnLayout
