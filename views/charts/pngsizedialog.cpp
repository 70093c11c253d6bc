#include "pngsizedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QSpinBox *pixelBox(int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(ChartExport::minPixels, ChartExport::maxPixels);
    box->setSingleStep(10);
    box->setGroupSeparatorShown(true);
    box->setValue(value);
    return box;
}

} // namespace

PngSizeDialog::PngSizeDialog(QWidget *parent)
    : QDialog(parent),
      m_byDpi(new QRadioButton(tr("Por &resolución"), this)),
      m_byPixels(new QRadioButton(tr("Por tamaño en &píxeles"), this)),
      m_dpi(new QSpinBox(this)),
      m_width(pixelBox(1600, this)),
      m_height(pixelBox(ChartExport::heightFor(1600), this))
{
    setWindowTitle(tr("Tamaño del PNG"));
    m_dpi->setRange(30, 1200);
    m_dpi->setSingleStep(10);
    m_dpi->setValue(150);
    m_dpi->setSuffix(tr(" ppp"));
    m_byDpi->setChecked(true);

    auto *dpiLabel = new QLabel(tr("Puntos por p&ulgada (el gráfico mide %1 × %2 mm):")
                                    .arg(ChartExport::widthMm)
                                    .arg(ChartExport::heightMm),
                                this);
    dpiLabel->setBuddy(m_dpi);
    auto *pixels = new QFormLayout;
    pixels->addRow(tr("&Ancho:"), m_width);
    pixels->addRow(tr("A&lto:"), m_height);
    m_width->setSuffix(tr(" px"));
    m_height->setSuffix(tr(" px"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_byDpi);
    layout->addWidget(dpiLabel);
    layout->addWidget(m_dpi);
    layout->addWidget(m_byPixels);
    layout->addLayout(pixels);
    layout->addWidget(buttons);

    connect(m_byPixels, &QRadioButton::toggled, this, &PngSizeDialog::updateEnabled);
    // One side proposes the other in the chart's shape; either can then be changed.
    connect(m_width, &QSpinBox::valueChanged, this, [this](int width) {
        const QSignalBlocker blocker(m_height);
        m_height->setValue(ChartExport::heightFor(width));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateEnabled();
}

void PngSizeDialog::updateEnabled()
{
    m_dpi->setEnabled(m_byDpi->isChecked());
    m_width->setEnabled(m_byPixels->isChecked());
    m_height->setEnabled(m_byPixels->isChecked());
}

ChartExport::PngSize PngSizeDialog::size() const
{
    if (m_byPixels->isChecked())
        return {m_dpi->value(), QSize(m_width->value(), m_height->value())};
    return {m_dpi->value(), {}};
}

std::optional<ChartExport::PngSize> PngSizeDialog::ask(QWidget *parent)
{
    PngSizeDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.size();
}
