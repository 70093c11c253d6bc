#include "windowparts.h"
#include "readswhole.h"

#include "chartpanel.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "overviewmodel.h"
#include "querytablemodel.h"
#include "windowparts.h"

#include <QAbstractButton>
#include <QChart>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

namespace TestSupport {

/// A short name for a widget in a failure message: its class, object name
/// and text.
static QString describeWidget(const QWidget *widget, const QString &text)
{
    return QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName() + QStringLiteral(" «")
        + text + QStringLiteral("»");
}

QStringList cutText(MainWindow *window)
{
    QStringList cut;
    const auto visible = [window](const QWidget *widget) { return widget->isVisibleTo(window); };

    // Text given less width than it needs.
    const auto narrow = [&cut](const QWidget *widget, const QString &text, int width, int needed) {
        if (width < needed)
            cut << describeWidget(widget, text) + QStringLiteral(": %1 < %2 px").arg(width).arg(needed);
    };
    // Labels that keep to one line are as wide as their text.
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (visible(label) && !label->text().isEmpty() && !label->wordWrap())
            narrow(label, label->text(), label->width(), label->minimumSizeHint().width());
    }
    // Buttons: their text and margins.
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (visible(button) && !button->text().isEmpty())
            narrow(button, button->text(), button->width(), button->sizeHint().width());
    }
    // Lists: the entry chosen, in the box's text field.
    for (const QComboBox *combo : window->findChildren<QComboBox *>()) {
        if (!visible(combo) || combo->currentText().isEmpty())
            continue;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = combo->isEditable();
        option.currentText = combo->currentText();
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, combo);
        narrow(combo, combo->currentText(), field.width(),
               combo->fontMetrics().horizontalAdvance(combo->currentText()));
    }
    // Tabs: all in view, none elided behind scroll arrows.
    for (const QTabBar *tabs : window->findChildren<QTabBar *>()) {
        if (!visible(tabs))
            continue;
        for (const QToolButton *arrow : tabs->findChildren<QToolButton *>()) {
            if (arrow->isVisible())
                cut << describeWidget(tabs, tabs->tabText(tabs->currentIndex())) + QStringLiteral(": scroll arrows");
        }
        for (int i = 0; i < tabs->count(); ++i)
            narrow(tabs, tabs->tabText(i), tabs->tabRect(i).width(),
                   tabs->fontMetrics().horizontalAdvance(QString(tabs->tabText(i)).remove(u'&')));
    }
    // The search box shows its hint.
    const QLineEdit *search = windowPart<FilterBar>(*window)->searchEdit();
    if (search->fontMetrics().horizontalAdvance(search->placeholderText()) >= search->width() - 8)
        cut << describeWidget(search, search->placeholderText()) + QStringLiteral(": hint wider than the box");

    // The overview: every row and column whole, nothing to scroll.
    QTableView *overview = windowPart<QTableView>(*window, "overviewView");
    const QAbstractItemView *hints = overview; // sizeHintFor* are public there
    if (overview->horizontalScrollBar()->maximum() > 0 || overview->verticalScrollBar()->maximum() > 0)
        cut << QStringLiteral("overview: scrolls");
    for (int row = 0; row < overview->model()->rowCount(); ++row) {
        if (overview->rowHeight(row) < hints->sizeHintForRow(row)
            || overview->rowViewportPosition(row) + overview->rowHeight(row) > overview->viewport()->height())
            cut << QStringLiteral("overview row %1").arg(row);
    }
    for (int column = 0; column < OverviewModel::UnitsColumn; ++column) {
        if (overview->columnWidth(column) < hints->sizeHintForColumn(column))
            cut << QStringLiteral("overview column %1").arg(column);
    }
    if (overview->columnViewportPosition(OverviewModel::UnitsColumn) + overview->columnWidth(OverviewModel::UnitsColumn)
        > overview->viewport()->width())
        cut << QStringLiteral("overview: units column");

    // The results: each program's figures beside its name, in view.
    QTableView *results = windowPart<QTableView>(*window, "resultsView");
    for (const char *name : {"program", "budget_mclp", "beneficiaries"}) {
        const int column = windowPart<QueryTableModel>(*window, "resultsModel")->spec().columnIndex(QString::fromLatin1(name));
        if (results->columnViewportPosition(column) + results->columnWidth(column) > results->viewport()->width())
            cut << QStringLiteral("results: column %1 out of view").arg(QLatin1String(name));
    }

    // The chart's own text items (the labels Mirador draws and Qt's): inside
    // the chart, and no two of Mirador's category labels over each other.
    QChart *chart = windowPart<ChartPanel>(*window)->chart();
    QList<QRectF> labels;
    for (QGraphicsItem *item : chart->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible() || text->toPlainText().trimmed().isEmpty())
            continue;
        const QRectF box = text->mapRectToItem(chart, text->boundingRect());
        if (!chart->rect().contains(box))
            cut << QStringLiteral("chart «%1»: outside the chart").arg(text->toPlainText());
        // Qt Charts cuts a title, label or legend entry it has no room for to "...".
        if (text->toPlainText().contains(QStringLiteral("...")))
            cut << QStringLiteral("chart «%1»: cut short").arg(text->toPlainText());
        if (text->data(0).toString() == u"miradorLabel") {
            for (const QRectF &other : std::as_const(labels)) {
                if (other.intersects(box))
                    cut << QStringLiteral("chart «%1»: over another label").arg(text->toPlainText());
            }
            labels << box;
        }
    }
    return cut;
}

QStringList cutTextWhileFiltering(MainWindow *window, QSize size)
{
    window->resize(size);
    QStringList cut;
    const auto step = [&](const QString &name) {
        // The chart refits its labels after each layout (queued): wait for it.
        QStringList found;
        const bool whole = QTest::qWaitFor([&] {
            found = cutText(window);
            return found.isEmpty();
        }, 3000);
        if (!whole) {
            for (const QString &what : std::as_const(found))
                cut << name + QStringLiteral(": ") + what;
        }
    };
    step(QStringLiteral("no filter"));
    for (QComboBox *combo : windowPart<FilterBar>(*window)->findChildren<QComboBox *>()) {
        // The longest of the list's own entries, not its "Todos".
        int longest = combo->count() > 1 ? 1 : 0;
        for (int i = 2; i < combo->count(); ++i) {
            if (combo->itemText(i).size() > combo->itemText(longest).size())
                longest = i;
        }
        combo->setCurrentIndex(longest);
        step(combo->accessibleName() + QStringLiteral(" = ") + combo->currentText());
    }
    windowPart<FilterBar>(*window)->searchEdit()->setText(QStringLiteral("asociatividad gremios"));
    QTest::qWait(400); // the search waits for a pause in typing
    step(QStringLiteral("search"));
    for (const Charts::Kind kind : Charts::all()) {
        windowPart<ChartPanel>(*window)->setKind(kind);
        step(Charts::name(kind));
    }
    windowPart<FilterBar>(*window)->clear();
    return cut;
}

} // namespace TestSupport
