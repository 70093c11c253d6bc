#pragma once

// The text a widget really paints, and where: each string handed to the
// paint engine with its box, in the widget's coordinates. What a person sees
// of a cell is what its delegate draws, after elision, wherever it lands,
// not what the model holds.

#include <QList>
#include <QRectF>
#include <QString>

class QWidget;

namespace TestSupport {

struct PaintedText
{
    QString text;
    QRectF box; ///< from the start of the text to its end, ascent to descent
};

/// The text widget paints (itself only, not its children), in its coordinates.
QList<PaintedText> paintedText(QWidget *widget);

} // namespace TestSupport
