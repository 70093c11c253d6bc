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
    QStringList order;
    QStringList hidden;
    QStringList widths;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        order << names.at(logical);
        if (header->isSectionHidden(logical))
            hidden << names.at(logical);
        else
            widths << names.at(logical) + u'=' + QString::number(header->sectionSize(logical));
    }
    settings->remove(group); // and a QHeaderView::saveState() kept there before
    settings->beginGroup(group);
    settings->setValue(QStringLiteral("order"), order);
    settings->setValue(QStringLiteral("hidden"), hidden);
    settings->setValue(QStringLiteral("widths"), widths);
    settings->endGroup();
}

bool restore(QHeaderView *header, const QSettings &settings, const QString &group)
{
    const QStringList order = settings.value(group + QStringLiteral("/order")).toStringList();
    const QStringList names = columnNames(header);
    if (order.isEmpty() || names.isEmpty())
        return false;
    const QStringList hidden = settings.value(group + QStringLiteral("/hidden")).toStringList();
    QHash<QString, int> widths;
    for (const QString &entry : settings.value(group + QStringLiteral("/widths")).toStringList()) {
        const qsizetype equals = entry.lastIndexOf(u'=');
        bool ok = false;
        const int width = entry.mid(equals + 1).toInt(&ok);
        if (equals > 0 && ok && width > 0)
            widths.insert(entry.left(equals), width);
    }
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
    return true;
}

} // namespace ColumnLayout
