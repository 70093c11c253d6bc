#include "figurespane.h"

#include "aggregatejob.h"
#include "celleditor.h"
#include "chartdata.h"
#include "chartpanel.h"
#include "database.h"
#include "errorreporter.h"
#include "overviewmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

FiguresPane::FiguresPane(const Database *database, ErrorReporter *errors, QWidget *parent)
    : QWidget(parent),
      m_database(database),
      m_errors(errors),
      m_aggregates(new AggregateJob(database->connectionName(), this)),
      m_overview(new OverviewModel(database->connection(), this)),
      m_overviewView(new QTableView(this)),
      m_layout(new QVBoxLayout(this))
{
    m_overview->setObjectName(QStringLiteral("overviewModel"));
    m_overviewView->setObjectName(QStringLiteral("overviewView"));
    setUpOverview();
    connect(m_aggregates, &AggregateJob::figuresRead, this, &FiguresPane::showFigures);

    auto *overviewBox = new QWidget(this);
    auto *overviewLayout = new QVBoxLayout(overviewBox);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    auto *overviewTitle = new QLabel(tr("<b>Resumen por objetivo estratégico</b> (M$ = miles de pesos)"), overviewBox);
    overviewLayout->addWidget(overviewTitle);
    overviewLayout->addWidget(m_overviewView);

    // The overview is as tall as its rows; the chart takes the rest.
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(overviewBox);
}

void FiguresPane::setUpOverview()
{
    m_overviewView->setItemDelegate(new WholeTextDelegate(m_overviewView));
    m_overviewView->setModel(m_overview);
    m_overviewView->setAccessibleName(tr("Resumen por objetivo estratégico"));
    m_overviewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overviewView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_overviewView->verticalHeader()->hide();
    m_overviewView->verticalHeader()->setDefaultSectionSize(m_overviewView->fontMetrics().height() + 8);
    // Every row whole, the units wrapped in the last column: the view is as
    // tall as its rows, and fits them again when it is wider or narrower.
    m_overviewView->horizontalHeader()->setStretchLastSection(true);
    m_overviewView->setWordWrap(true);
    m_overviewView->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded); // several reports' objectives
    m_overviewView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_overviewView->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == OverviewModel::UnitsColumn)
            QMetaObject::invokeMethod(this, &FiguresPane::fitOverview, Qt::QueuedConnection);
    });
    m_overviewView->setToolTip(tr("Doble clic en un objetivo para filtrar por él. M$ = miles de pesos."));
}

void FiguresPane::setCharts(ChartPanel *charts)
{
    m_charts = charts;
    m_layout->insertWidget(0, m_charts, 1);
}

void FiguresPane::showError(const QString &message)
{
    m_errors->show(message);
}

void FiguresPane::loadFigures(const Filter &filter)
{
    // With a text search, read in a worker: showFigures follows.
    m_aggregates->readFigures(filter);
}

void FiguresPane::showFigures(const ChartData &data, const QString &error)
{
    // The overview shows the totals the charts are drawn from.
    if (!error.isEmpty())
        showError(tr("No se pudieron leer los totales ni los gráficos: %1").arg(error));
    m_overview->setRows(data.filter, data.objectives);
    fitOverview();
    m_charts->setData(data);
}

void FiguresPane::fitOverview()
{
    // Fitted at its real width once shown: at the width of a window not yet
    // laid out the units wrap on many lines, and the window would keep the
    // height they asked for (issue 16: off an 800 px screen).
    if (!m_overviewView->isVisible())
        return;
    QHeaderView *header = m_overviewView->horizontalHeader();
    for (int column = 0; column < OverviewModel::UnitsColumn; ++column)
        m_overviewView->resizeColumnToContents(column);
    m_overviewView->resizeRowsToContents();
    int height = header->sizeHint().height() + 2 * m_overviewView->frameWidth();
    // Every row of a report's few objectives; with several reports' (a dozen
    // and more), the first ones and a vertical scroll bar, or the window
    // would not fit an 800 px screen.
    constexpr int maxShownRows = 5;
    const int shown = std::min(m_overview->rowCount(), maxShownRows);
    for (int row = 0; row < shown; ++row)
        height += m_overviewView->rowHeight(row);
    if (m_overviewView->horizontalScrollBar()->maximum() > 0)
        height += m_overviewView->horizontalScrollBar()->sizeHint().height();
    if (m_overviewView->height() != height)
        m_overviewView->setFixedHeight(height);
}
