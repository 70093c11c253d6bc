#include "pdfpageview.h"

#include "sentenceonpage.h"

#include <QLabel>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTimer>

#include <poppler-qt6.h>

PdfPageView::PdfPageView(QWidget *parent) : QScrollArea(parent), m_label(new QLabel)
{
    m_label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_label->setBackgroundRole(QPalette::Dark);
    setBackgroundRole(QPalette::Dark);
    setWidget(m_label);
    setWidgetResizable(true);
    setFocusPolicy(Qt::StrongFocus); // scrolled with the keyboard
}

PdfPageView::~PdfPageView() = default;

bool PdfPageView::open(const QString &fileName, QString *error)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(fileName);
    if (!document || document->isLocked()) {
        *error = tr("no se puede mostrar el PDF «%1»").arg(fileName);
        return false;
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    m_document = std::move(document);
    return true;
}

int PdfPageView::showSentence(int page, const QString &sentence, qsizetype figureStart, qsizetype figureLength)
{
    m_page = page;
    m_sentence = sentence;
    m_figureStart = figureStart;
    m_figureLength = figureLength;
    return draw();
}

QImage PdfPageView::image() const
{
    return m_label->pixmap().toImage();
}

void PdfPageView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (m_page > 0 && std::abs(viewport()->width() - m_drawnWidth) > 8)
        draw();
}

int PdfPageView::draw()
{
    if (!m_document || m_page < 1 || m_page > m_document->numPages()) {
        m_label->clear();
        return 0;
    }
    const std::unique_ptr<Poppler::Page> page = m_document->page(m_page - 1);
    if (!page)
        return 0;
    m_drawnWidth = viewport()->width();
    const qreal ratio = devicePixelRatioF();
    const qreal scale = (m_drawnWidth - 2) / page->pageSizeF().width(); // pixels per point
    QImage image = page->renderToImage(72.0 * scale * ratio, 72.0 * scale * ratio);
    image.setDevicePixelRatio(ratio);

    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList();
    QStringList words;
    words.reserve(qsizetype(boxes.size()));
    for (const auto &box : boxes)
        words << box->text();
    const SentenceOnPage::Found found = SentenceOnPage::locate(words, m_sentence, m_figureStart, m_figureLength);
    {
        QPainter painter(&image);
        painter.scale(scale, scale);
        painter.setCompositionMode(QPainter::CompositionMode_Multiply);
        for (const int i : found.sentence)
            painter.fillRect(boxes.at(i)->boundingBox().adjusted(-1, -1, 1, 1), QColor(255, 236, 120));
        for (const int i : found.figure)
            painter.fillRect(boxes.at(i)->boundingBox().adjusted(-1, -1, 1, 1), QColor(255, 150, 60));
        painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
        painter.setPen(QPen(QColor(200, 60, 0), 1.2));
        for (const int i : found.figure)
            painter.drawRect(boxes.at(i)->boundingBox().adjusted(-1.5, -1.5, 1.5, 1.5));
    }
    m_label->setPixmap(QPixmap::fromImage(image));
    if (!found.sentence.isEmpty()) {
        const QRectF first = boxes.at(found.sentence.first())->boundingBox();
        const QPoint at(int(first.center().x() * scale), int(first.center().y() * scale));
        // After the label takes its new size, or the scroll range is the old one.
        QTimer::singleShot(0, this, [this, at] { ensureVisible(at.x(), at.y(), 40, viewport()->height() / 3); });
    }
    return int(found.sentence.size());
}
