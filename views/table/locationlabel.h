#pragma once

#include <QLabel>

/// The open database in the status bar, whatever messages come and go:
/// "Base de datos: path", the path cut in its middle ("…" says so) when the
/// bar has less room than it needs, whole in the tooltip. It yields its
/// room to the filter summary beside it rather than pushing it out.
class LocationLabel : public QLabel
{
    Q_OBJECT
public:
    explicit LocationLabel(const QString &location, QWidget *parent = nullptr);

    QString location() const { return m_location; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_prefix;
    QString m_location;
};
