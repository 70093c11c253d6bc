#include "tablemenus.h"

#include "catalog.h"
#include "filterbar.h"
#include "querytablemodel.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>

namespace {

/// The value of the column named csvName in index's row; null if the
/// table has no such column.
QVariant rowValue(const QModelIndex &index, QStringView csvName)
{
    const auto *model = qobject_cast<const QueryTableModel *>(index.model());
    const int column = model->spec().columnIndex(csvName);
    if (column < 0 || column >= int(model->spec().columns.size()))
        return {};
    return index.siblingAtColumn(column).data(Qt::EditRole);
}

template <typename List, typename Test>
auto findIn(const List &list, Test test) -> std::optional<typename List::value_type>
{
    const auto found = std::find_if(list.begin(), list.end(), test);
    if (found == list.end())
        return std::nullopt;
    return *found;
}

} // namespace

TableMenus::TableMenus(QTableView *view, FilterBar *filterBar, const Catalog *catalog, std::function<void()> copy)
    : QObject(view),
      m_view(view),
      m_filterBar(filterBar),
      m_catalog(catalog),
      m_copy(std::move(copy))
{
    view->horizontalHeader()->setSectionsMovable(true);
    view->viewport()->installEventFilter(this);
    view->installEventFilter(this);
    view->horizontalHeader()->viewport()->installEventFilter(this);
    // The Menu key reaches the view as a context menu event; Shift+F10 as
    // this shortcut.
    auto *menuKey = new QAction(view);
    menuKey->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
    menuKey->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(menuKey);
    connect(menuKey, &QAction::triggered, this, [this] { showCellMenu(m_view->currentIndex(), std::nullopt); });
}

TableMenus *TableMenus::of(const QTableView *view)
{
    return view ? view->findChild<TableMenus *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void TableMenus::addColumnsMenu(QMenu *menu, const QTabWidget *tabs)
{
    QMenu *columns = menu->addMenu(tr("&Columnas de la tabla"));
    columns->setStatusTip(tr("Mostrar u ocultar columnas de la tabla que se ve"));
    connect(columns, &QMenu::aboutToShow, columns, [columns, tabs] {
        columns->clear();
        if (const TableMenus *menus = of(qobject_cast<const QTableView *>(tabs->currentWidget())))
            menus->fillColumnMenu(columns);
    });
}

void TableMenus::fillColumnMenu(QMenu *menu) const
{
    QHeaderView *header = m_view->horizontalHeader();
    const bool lastShown = header->hiddenSectionCount() >= header->count() - 1;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        QAction *action = menu->addAction(m_view->model()->headerData(logical, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        // The one column left shown stays.
        action->setEnabled(!(lastShown && action->isChecked()));
        connect(action, &QAction::toggled, header,
                [header, logical](bool shown) { header->setSectionHidden(logical, !shown); });
    }
}

void TableMenus::fillCellMenu(QMenu *menu, const QModelIndex &index)
{
    menu->addAction(tr("&Copiar"), this, [this] {
        m_view->setFocus(Qt::OtherFocusReason);
        m_copy();
    });
    const std::optional<Filter> filter = filterFor(index);
    QAction *byValue = menu->addAction(tr("&Filtrar por este valor"), this, [this, filter] {
        if (filter)
            m_filterBar->setFilter(*filter);
    });
    byValue->setEnabled(filter.has_value());
}

std::optional<Filter> TableMenus::filterFor(const QModelIndex &index) const
{
    const auto *model = qobject_cast<const QueryTableModel *>(index.model());
    if (!model || !index.isValid() || index.data(Qt::EditRole).isNull())
        return std::nullopt;
    const QString text = index.data(Qt::DisplayRole).toString();
    const QByteArrayView name(model->spec().columns[index.column()].csvName);
    Filter filter = m_filterBar->filter();
    if (name == "year") {
        const int year = index.data(Qt::EditRole).toInt();
        if (!m_catalog->years().contains(year))
            return std::nullopt;
        filter.year = year;
    } else if (name == "objective" || name == "objective_name") {
        // The row's own objective, of its own report.
        const Catalog::Objective *objective
            = m_catalog->objectiveById(index.data(QueryTableModel::ObjectiveIdRole).toLongLong());
        if (!objective)
            return std::nullopt;
        filter.objective = objective->number;
        if (m_catalog->reports().size() > 1) {
            filter.reportId = objective->reportId;
            filter.reportLabel = objective->reportLabel;
        }
    } else if (name == "program") {
        const auto program = findIn(m_catalog->programs(), [&text](const auto &p) { return p.name == text; });
        if (!program)
            return std::nullopt;
        filter.programIds = {program->id};
        filter.programLabel = program->name;
    } else if (name == "region" || name == "region_code") {
        const QString code = rowValue(index, u"region_code").toString();
        const auto region = findIn(m_catalog->regions(), [&code](const auto &r) { return r.code == code; });
        if (!region)
            return std::nullopt;
        filter.regionId = region->id;
        filter.regionLabel = region->shortName;
    } else if (name == "action" || text.trimmed().isEmpty()) {
        // The bar has no action filter, and searching for "2" finds any 2.
        return std::nullopt;
    } else {
        filter.text = text.left(Filter::maxTextLength);
    }
    return filter;
}

bool TableMenus::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu)
        return QObject::eventFilter(watched, event);
    auto *request = static_cast<QContextMenuEvent *>(event);
    if (watched == m_view->horizontalHeader()->viewport()) {
        auto *menu = new QMenu(m_view);
        fillColumnMenu(menu);
        popUp(menu, request->globalPos());
        return true;
    }
    // From the keyboard, the menu of the current cell.
    if (request->reason() == QContextMenuEvent::Keyboard)
        showCellMenu(m_view->currentIndex(), std::nullopt);
    else
        showCellMenu(m_view->indexAt(request->pos()), request->globalPos());
    return true;
}

void TableMenus::showCellMenu(const QModelIndex &index, std::optional<QPoint> globalPos)
{
    if (!index.isValid())
        return;
    auto *menu = new QMenu(m_view);
    fillCellMenu(menu, index);
    popUp(menu, globalPos.value_or(m_view->viewport()->mapToGlobal(m_view->visualRect(index).center())));
}

void TableMenus::popUp(QMenu *menu, const QPoint &globalPos)
{
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}
