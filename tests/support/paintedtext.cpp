#include "paintedtext.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QWidget>

namespace TestSupport {

namespace {

/// A paint engine that keeps the text drawn on it and draws nothing else.
class TextRecordingEngine : public QPaintEngine
{
public:
    TextRecordingEngine() : QPaintEngine(QPaintEngine::AllFeatures) {}

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &state) override
    {
        if (state.state() & QPaintEngine::DirtyTransform)
            m_transform = state.transform();
    }
    void drawTextItem(const QPointF &at, const QTextItem &item) override
    {
        const QRectF box(at.x(), at.y() - item.ascent(), item.width(), item.ascent() + item.descent());
        texts.append({item.text(), m_transform.mapRect(box)});
    }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}
    void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override {}
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawPolygon(const QPoint *, int, PolygonDrawMode) override {}
    void drawRects(const QRectF *, int) override {}
    void drawRects(const QRect *, int) override {}
    void drawLines(const QLineF *, int) override {}
    void drawLines(const QLine *, int) override {}
    void drawEllipse(const QRectF &) override {}
    void drawPoints(const QPointF *, int) override {}
    Type type() const override { return QPaintEngine::User; }

    QList<PaintedText> texts;

private:
    QTransform m_transform;
};

/// A device of a widget's size that paints through a TextRecordingEngine.
class TextRecordingDevice : public QPaintDevice
{
public:
    explicit TextRecordingDevice(QSize size) : m_size(size) {}
    QPaintEngine *paintEngine() const override { return &m_engine; }
    const QList<PaintedText> &texts() const { return m_engine.texts; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth: return m_size.width();
        case PdmHeight: return m_size.height();
        case PdmDepth: return 32;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
        default: return 96; // dpi, and the size in millimetres, which nothing here reads
        }
    }

private:
    QSize m_size;
    mutable TextRecordingEngine m_engine;
};

} // namespace

QList<PaintedText> paintedText(QWidget *widget)
{
    TextRecordingDevice device(widget->size());
    widget->render(&device, QPoint(), QRegion(), QWidget::DrawWindowBackground);
    return device.texts();
}

} // namespace TestSupport
