#pragma once

#include "reportreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// A proposal as a person left it, ready to write.
struct ReviewedFigure
{
    /// Where it stands (the figure's review column, schema 8).
    enum class State {
        Proposed,  ///< written without anyone confirming it
        Confirmed, ///< accepted as the reader proposed it
        Corrected  ///< changed by a person before accepting it
    };
    Proposal figure; ///< as it will be written
    State state = State::Proposed;
    QString proposed; ///< Corrected: the reader's proposal, as DraftWriter::describe() gives it
};

/// A report read and reviewed: its structure, and the figures to write
/// (the dropped ones are not among them).
struct ReportDraft
{
    ReportOutline outline;
    QString sourceName; ///< the file read, without its folder
    QString reviewer;   ///< who confirmed or corrected ("" when nobody did)
    QDateTime reviewedAt;
    QList<ReviewedFigure> figures;
};

/// What a draft would change in a database that already holds the report
/// (same service, same year): the figures it would add, and the ones the
/// database has that it lacks, each as a person reads it.
struct ReportChanges
{
    bool exists = false;
    QString report; ///< "Servicio de Cooperación Técnica, 2025"
    int same = 0;   ///< figures in both
    QStringList added;
    QStringList missing;
};

/// Writes a reviewed report into Mirador's database: the service (found by
/// its name, ignoring accents and case, or new), the report, its objectives
/// and actions with their justifications, and every figure with its
/// sentence, page and review state. Programs are matched to the database's
/// by their folded name (TextFold), and new ones made. A budget and the
/// beneficiaries of the same objective, action and program are one result;
/// the region is "Nacional", the year the report's.
class DraftWriter
{
    Q_DECLARE_TR_FUNCTIONS(DraftWriter)

public:
    /// Whether db holds the draft's report already, and if so what writing
    /// it would change. False, with *error, when the database cannot say.
    static bool compare(const QSqlDatabase &db, const ReportDraft &draft, ReportChanges *changes, QString *error);

    /// Writes the draft in one transaction: all of it, or nothing. Refuses a
    /// report the database has already (compare()), a draft with no service
    /// or year, and a figure that cannot be stored (a budget that is not a
    /// whole number of M$), saying why in *error.
    static bool write(QSqlDatabase &db, const ReportDraft &draft, QString *error);

    /// A figure as a person reads it, for the review and ReviewedFigure::proposed:
    /// "presupuesto M$ 1.487.480 · Fortalecimiento Gremial".
    static QString describe(const Proposal &figure);

    /// The name an indicator gets when a person gave none: its unit, with a
    /// capital ("Gremios"), or "Porcentaje" for "%".
    static QString indicatorName(const Proposal &figure);

    /// A draft with every proposal of read, none confirmed (--accept-all).
    static ReportDraft unconfirmed(const ReadReport &read, const QString &sourceName);
};
