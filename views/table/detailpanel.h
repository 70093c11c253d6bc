#pragma once

#include "catalog.h"

#include <QTextBrowser>

#include <optional>

/// The selected figure with the sentence of the report it came from, and the
/// objective, action and justification it belongs to: what a reviewer reads
/// to check a figure.
class DetailPanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DetailPanel(QWidget *parent = nullptr);

    /// edits: one line per figure that differs from the sentence (an edit,
    /// FigureFlag::rowNotes), said under it.
    void showFigure(const QString &headline, const QString &sourceQuote,
                    const std::optional<Catalog::Context> &context, const QStringList &edits = {});
    void showNothing();
    /// What the next showFigure() highlights: the words of searchText in
    /// the sentence, and where it writes these figures (its row's).
    void setHighlights(const QString &searchText, const QList<double> &figures);

private:
    QStringList m_words;
    QList<double> m_figures;
};
