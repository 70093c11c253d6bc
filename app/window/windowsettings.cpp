#include "windowsettings.h"

#include "chartpanel.h"
#include "database.h"
#include "filter.h"
#include "filterbar.h"
#include "recentdatabases.h"
#include "savedview.h"
#include "tablespane.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

WindowSettings::WindowSettings(QMainWindow *window, QSplitter *mainSplitter, TablesPane *tables, ChartPanel *charts,
                               FilterBar *filterBar, const Database &database)
    : m_window(window),
      m_mainSplitter(mainSplitter),
      m_tables(tables),
      m_charts(charts),
      m_filterBar(filterBar),
      m_database(database)
{
}

void WindowSettings::restore()
{
    m_remembers = true;
    RecentDatabases::remember(m_database.location());
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    if (!m_window->restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        // The first time: most of a large screen, all of a small one.
        const QSize available = m_window->screen()->availableSize();
        m_window->resize(available.width() > 1280 && available.height() > 800 ? available * 0.9 : available);
    }
    m_window->restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_mainSplitter->restoreState(settings.value(m_mainSplitter->objectName()).toByteArray());
    m_tables->restoreLayout(settings);
    const QVariant chart = settings.value(QStringLiteral("chart"));
    if (chart.isValid())
        m_charts->setKind(Charts::Kind(chart.toInt()));
    // Filters name rows of one database: they come back for the same one.
    if (settings.value(QStringLiteral("filterDatabase")).toString() == m_database.location())
        restoreFilter(settings);
}

void WindowSettings::restoreFilter(const QSettings &settings)
{
    Filter filter;
    // The service and report (with several reports): an objective is one report's.
    if (const QVariant service = settings.value(QStringLiteral("service")); service.isValid())
        filter.serviceId = service.toLongLong();
    if (const QVariant report = settings.value(QStringLiteral("report")); report.isValid())
        filter.reportId = report.toLongLong();
    if (const QVariant year = settings.value(QStringLiteral("year")); year.isValid())
        filter.year = year.toInt();
    if (const QVariant objective = settings.value(QStringLiteral("objective")); objective.isValid())
        filter.objective = objective.toInt();
    if (const QVariant program = settings.value(QStringLiteral("program")); program.isValid())
        filter.programIds = {program.toLongLong()};
    if (const QVariant region = settings.value(QStringLiteral("region")); region.isValid())
        filter.regionId = region.toLongLong();
    filter.text = settings.value(QStringLiteral("text")).toString();
    m_filterBar->setFilter(filter);
}

void WindowSettings::save() const
{
    if (!m_remembers)
        return;
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), m_window->saveGeometry());
    settings.setValue(QStringLiteral("state"), m_window->saveState());
    settings.setValue(m_mainSplitter->objectName(), m_mainSplitter->saveState());
    m_tables->saveLayout(&settings);
    settings.setValue(QStringLiteral("chart"), int(m_charts->kind()));
    saveFilter(&settings);
}

void WindowSettings::saveFilter(QSettings *settings) const
{
    const Filter filter = m_filterBar->filter();
    settings->setValue(QStringLiteral("filterDatabase"), m_database.location());
    const auto keep = [settings](const QString &key, const QVariant &value) {
        if (value.isValid())
            settings->setValue(key, value);
        else
            settings->remove(key);
    };
    keep(QStringLiteral("service"), filter.serviceId ? QVariant(*filter.serviceId) : QVariant());
    keep(QStringLiteral("report"), filter.reportId ? QVariant(*filter.reportId) : QVariant());
    keep(QStringLiteral("year"), filter.year ? QVariant(*filter.year) : QVariant());
    keep(QStringLiteral("objective"), filter.objective ? QVariant(*filter.objective) : QVariant());
    keep(QStringLiteral("program"), filter.programIds.isEmpty() ? QVariant() : QVariant(filter.programIds.first()));
    keep(QStringLiteral("region"), filter.regionId ? QVariant(*filter.regionId) : QVariant());
    keep(QStringLiteral("text"), filter.text.isEmpty() ? QVariant() : QVariant(filter.text));
}

SavedView WindowSettings::view(const Catalog &catalog) const
{
    SavedView view;
    view.database = m_database.location();
    view.setFilter(m_filterBar->filter(), catalog);
    view.chart = Charts::name(m_charts->kind());
    m_tables->saveView(&view);
    return view;
}

QStringList WindowSettings::restoreView(const SavedView &view, const Catalog &catalog)
{
    QStringList missing;
    const Filter filter = view.filter(catalog, &missing);
    if (!view.chart.isEmpty()) {
        if (const auto kind = Charts::fromName(view.chart))
            m_charts->setKind(*kind);
        else
            missing << QCoreApplication::translate("MainWindow", "el gráfico «%1»").arg(view.chart);
    }
    m_tables->restoreView(view);
    m_filterBar->setFilter(filter);
    return missing;
}
