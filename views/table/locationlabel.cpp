#include "locationlabel.h"

#include <QResizeEvent>

LocationLabel::LocationLabel(const QString &location, QWidget *parent)
    : QLabel(parent),
      m_prefix(tr("Base de datos: ")),
      m_location(location)
{
    setTextFormat(Qt::PlainText);
    setText(m_prefix + m_location);
    setToolTip(m_location);
    setAccessibleName(tr("Base de datos abierta"));
    setAccessibleDescription(m_location);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

QSize LocationLabel::sizeHint() const
{
    const QMargins margins = contentsMargins();
    return {fontMetrics().horizontalAdvance(m_prefix + m_location) + margins.left() + margins.right() + 2 * margin(),
            QLabel::sizeHint().height()};
}

QSize LocationLabel::minimumSizeHint() const
{
    // A few characters of the file's name: its "…" shows the rest is hidden.
    // The filter summary beside it keeps its room.
    const QMargins margins = contentsMargins();
    const int shortest
        = std::min(fontMetrics().horizontalAdvance(m_prefix + m_location), 6 * fontMetrics().averageCharWidth());
    return {shortest + margins.left() + margins.right() + 2 * margin(), QLabel::minimumSizeHint().height()};
}

void LocationLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void LocationLabel::elide()
{
    const int room = std::max(contentsRect().width() - 2 * margin(), 0);
    const QFontMetrics metrics = fontMetrics();
    QString shown = m_prefix + m_location;
    if (metrics.horizontalAdvance(shown) > room) {
        // Short of room, the path's middle goes, then the prefix and the
        // start of the path: its end, the file's name, stays longest.
        const int pathRoom = room - metrics.horizontalAdvance(m_prefix);
        shown = pathRoom >= 12 * metrics.averageCharWidth()
            ? m_prefix + metrics.elidedText(m_location, Qt::ElideMiddle, pathRoom)
            : metrics.elidedText(m_location, Qt::ElideLeft, room);
    }
    if (shown != text())
        setText(shown);
}
