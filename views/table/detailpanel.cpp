#include "detailpanel.h"

#include "highlight.h"

#include <QStringList>

namespace {

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

QString heading(const QString &text)
{
    return QStringLiteral("<h4>") + text.toHtmlEscaped() + QStringLiteral("</h4>");
}

/// What differs from the sentence above it, in the amber of the table's
/// mark (FigureFlag), said in words as well.
QString editedFigures(const QStringList &edits)
{
    if (edits.isEmpty())
        return {};
    QString html = QStringLiteral("<h4 style=\"color:#e65100\">▲ ")
        + DetailPanel::tr("Cifra editada: no es la del informe").toHtmlEscaped() + QStringLiteral("</h4>");
    for (const QString &edit : edits)
        html += paragraph(edit);
    return html;
}

} // namespace

DetailPanel::DetailPanel(QWidget *parent) : QTextBrowser(parent)
{
    setAccessibleName(tr("Detalle de la cifra"));
    setAccessibleDescription(tr("La oración del informe de la que proviene la cifra seleccionada, con su objetivo, "
                                "acción y justificación"));
    setOpenLinks(false);
    showNothing();
}

void DetailPanel::showFigure(const QString &headline, const QString &sourceQuote,
                             const std::optional<Catalog::Context> &context, const QStringList &edits)
{
    QString html = QStringLiteral("<h3>") + headline.toHtmlEscaped() + QStringLiteral("</h3>");
    html += heading(tr("Fuente (texto del informe)"));
    html += QStringLiteral("<blockquote><i>«") + Highlight::sentenceHtml(sourceQuote, m_words, m_figures)
        + QStringLiteral("»</i></blockquote>");
    html += editedFigures(edits);
    if (context) {
        html += heading(
            tr("Objetivo estratégico %1: %2").arg(context->objectiveNumber).arg(context->objectiveShortName));
        html += paragraph(context->objectiveTitle);
        if (context->actionNumber) {
            html += heading(tr("Acción %1").arg(*context->actionNumber));
            html += paragraph(context->actionText);
            html += heading(tr("Justificación"));
            if (!context->justificationIntro.isEmpty())
                html += paragraph(context->justificationIntro);
            html += paragraph(context->justification);
        }
    }
    setHtml(html);
}

void DetailPanel::setHighlights(const QString &searchText, const QList<double> &figures)
{
    m_words = Highlight::searchWords(searchText);
    m_figures = figures;
}

void DetailPanel::showNothing()
{
    setHtml(QStringLiteral("<p><i>") + tr("Seleccione una fila para ver la oración del informe de la que proviene "
                                          "la cifra, y su objetivo, acción y justificación.")
                .toHtmlEscaped()
            + QStringLiteral("</i></p>"));
}
