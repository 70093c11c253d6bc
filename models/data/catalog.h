#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// The small lists a database offers for filtering (years, objectives,
/// programs, regions), the words that name them, and the context of a figure
/// (its objective and action). Read once per database; a few dozen rows.
class Catalog
{
public:
    struct Region
    {
        qint64 id = 0;
        QString code; ///< CUT code, "00" for Nacional
        QString roman;
        QString officialName;
        QString shortName;
        QString folded;
    };
    struct Program
    {
        qint64 id = 0;
        QString name;
        QString folded;
    };
    /// An objective of one report: numbers start again in each report, so
    /// with several reports an objective is named with its report's label.
    struct Objective
    {
        int number = 0;
        QString shortName;
        QString title;
        qint64 id = 0;
        qint64 reportId = 0;
        /// "Sercotec 2025" when the database holds several reports; empty
        /// with one, where nothing needs telling apart.
        QString reportLabel;
        /// As name() puts it.
        QString label() const { return name(number, shortName, reportLabel); }
    };
    struct ReportInfo
    {
        QString serviceName;
        QString serviceShortName;
        int year = 0;
        QString title;
        qint64 id = 0;
        qint64 serviceId = 0;
        /// "Sercotec 2025": the service's short name and the year.
        QString label() const;
    };
    struct Service
    {
        qint64 id = 0;
        QString name;
        QString shortName;
    };
    /// Where a figure stands in the report, for the detail panel.
    struct Context
    {
        int objectiveNumber = 0;
        QString objectiveTitle;
        QString objectiveShortName;
        QString justificationIntro;
        std::optional<int> actionNumber;
        QString actionText;
        QString justification;
    };

    /// An objective as every list, chart and page names it: "1. Fomento",
    /// or "Sercotec 2025 · 1. Fomento" with a report label (several reports).
    static QString name(int number, const QString &shortName, const QString &reportLabel = QString());
    /// Each report's label ("Sercotec 2025") by its id, for aggregates that
    /// span several reports; null, with *error set, if the database will not
    /// answer.
    static std::optional<QHash<qint64, QString>> reportLabels(const QSqlDatabase &db, QString *error);

    /// Reads the lists; false, with *error set, if the database will not answer.
    bool load(const QSqlDatabase &db, QString *error);

    const QList<int> &years() const { return m_years; }
    /// Every report's objectives, report by report in reports()' order.
    const QList<Objective> &objectives() const { return m_objectives; }
    /// The objective with that id; null if there is none.
    const Objective *objectiveById(qint64 id) const;
    const QList<Program> &programs() const { return m_programs; }
    const QList<Region> &regions() const { return m_regions; }
    const QList<ReportInfo> &reports() const { return m_reports; }
    const QList<Service> &services() const { return m_services; }
    /// Whether the database holds synthetic data, as load() found it.
    bool isSynthetic() const { return m_synthetic; }

    /// Whether db holds synthetic data (generate-demo): any report marked
    /// so. The one test of it, which the window's banner, the report, the
    /// charts and every export ask. Null, with *error set when given, if the
    /// database will not answer.
    static std::optional<bool> isSynthetic(const QSqlDatabase &db, QString *error = nullptr);
    /// The sentence that says the figures are synthetic, in the window's
    /// banner, on the report's cover and atop every sheet of a workbook.
    static QString syntheticWarning();

    /// A region by CUT code ("14", "8", "08"), Roman numeral ("XIV", "RM") or
    /// name ("los rios", "Región de Los Ríos"), ignoring case and accents.
    /// Null, with *error saying why, when none or several match.
    std::optional<Region> findRegion(const QString &words, QString *error) const;

    /// The programs a user's words name: the one whose whole name matches,
    /// ignoring case and accents, or else every program whose name holds them.
    /// Empty, with *error saying why, when none does.
    QList<Program> findPrograms(const QString &words, QString *error) const;

    /// The service a user's words name: by its short name or its name, whole
    /// or in part, ignoring case and accents. Null, with *error saying why,
    /// when none or several match.
    std::optional<Service> findService(const QString &words, QString *error) const;

    /// The objective and action a figure belongs to.
    static std::optional<Context> context(const QSqlDatabase &db, qint64 objectiveId, const QVariant &actionId);

private:
    QList<int> m_years;
    QList<Objective> m_objectives;
    QList<Program> m_programs;
    QList<Region> m_regions;
    QList<ReportInfo> m_reports;
    QList<Service> m_services;
    bool m_synthetic = false;
};
