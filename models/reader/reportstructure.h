#pragma once

#include "reportlayout.h"

#include <QList>
#include <QString>

/// An action of an objective: ACCIÓN N's text and its paragraph in the
/// justification ("En la acción N …"), sentence by sentence with their pages.
struct ActionOutline
{
    int number = 0;
    QList<Sentence> sentences;
    QList<Sentence> justification;
    QString text() const;
    QString justificationText() const;
};

/// An objective: OBJETIVO ESTRATÉGICO's title, its actions, and the
/// sentences of JUSTIFICACIÓN DE LAS ACCIONES that precede the first
/// "En la acción N" (its introduction; often none).
struct ObjectiveOutline
{
    int number = 0; ///< as numbered by its heading, else its place (1 for the first)
    QString title;
    int page = 0;
    QList<ActionOutline> actions;
    QList<Sentence> justificationIntro;
    QString justificationIntroText() const;
};

/// What a BGI says about itself and how it is built. Empty fields and zeros
/// are what the report did not say in the template's words.
struct ReportOutline
{
    QString service;  ///< "… según sus objetivos estratégicos del <service>"
    QString ministry; ///< the first "Ministerio de …" of the cover, in title case
    int year = 0;     ///< the first "gestión <year>" of the cover
    QString stage;    ///< "Etapa N", from the cover
    QList<ObjectiveOutline> objectives;
};

/// Reads a report's structure from its paragraphs (ReportLayout), by the
/// headings that the Dirección de Presupuestos' template sets and by its
/// fixed sentences, never by the words of one report. The cover is what
/// comes before the first OBJETIVO ESTRATÉGICO. After that heading comes the
/// objective's title; after ACCIÓN N, the action's text up to the next
/// heading; after JUSTIFICACIÓN DE LAS ACCIONES, sentence by sentence: one
/// that begins "En la acción N" opens action N's paragraph, which runs to
/// the next such sentence; sentences before the first are the introduction.
namespace ReportStructure {

ReportOutline read(const QList<Paragraph> &paragraphs);

/// Sentences joined by one space, as a paragraph's text is.
QString joined(const QList<Sentence> &sentences);

} // namespace ReportStructure
