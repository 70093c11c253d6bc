#pragma once

#include <QScrollArea>

#include <memory>

class QLabel;

namespace Poppler {
class Document;
}

/// A page of the PDF under review, drawn by Poppler to the view's width,
/// with a sentence highlighted (SentenceOnPage finds its words among the
/// page's) and its figure marked more strongly. The page is drawn again only
/// when the page, the sentence or the width changes.
class PdfPageView : public QScrollArea
{
    Q_OBJECT

public:
    explicit PdfPageView(QWidget *parent = nullptr);
    ~PdfPageView() override;

    /// Opens the PDF; false, with *error in the user's words, when Poppler
    /// cannot.
    bool open(const QString &fileName, QString *error);

    /// Shows page (from 1) with sentence highlighted and its figure
    /// (figureStart, figureLength in sentence; -1 for none). Returns how many
    /// of the sentence's words were found on the page (0: shown without
    /// highlight).
    int showSentence(int page, const QString &sentence, qsizetype figureStart, qsizetype figureLength);

    /// The page as last drawn, highlight included (for the tests and the
    /// README's screenshots).
    QImage image() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int draw();

    std::unique_ptr<Poppler::Document> m_document;
    QLabel *m_label;
    int m_page = 0;
    QString m_sentence;
    qsizetype m_figureStart = -1;
    qsizetype m_figureLength = 0;
    int m_drawnWidth = 0;
};
