#pragma once

#include "chartexport.h"

#include <QDialog>

#include <optional>

class QRadioButton;
class QSpinBox;

/// Asks how big a chart's PNG is: a resolution (ppp) for the chart's
/// 240 × 150 mm, or a width and a height in pixels (for a slide or a web
/// page). Changing one side proposes the other in the chart's shape.
class PngSizeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PngSizeDialog(QWidget *parent = nullptr);

    ChartExport::PngSize size() const;

    /// Shows the dialog; nothing when the user cancels.
    static std::optional<ChartExport::PngSize> ask(QWidget *parent);

private:
    void updateEnabled();

    QRadioButton *m_byDpi;
    QRadioButton *m_byPixels;
    QSpinBox *m_dpi;
    QSpinBox *m_width;
    QSpinBox *m_height;
};
