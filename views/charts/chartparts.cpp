#include "chartparts.h"

#include "format.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace Charts::Parts {
namespace {

const QList<QColor> &objectiveColours()
{
    static const QList<QColor> colours{QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
                                       QColor(0x94, 0x67, 0xbd), QColor(0xff, 0x7f, 0x0e), QColor(0x8c, 0x56, 0x4b)};
    return colours;
}

QFont plainShaping(QFont font)
{
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

QColor objectiveColour(int objective)
{
    return objectiveColours().at((std::max(objective, 1) - 1) % objectiveColours().size());
}

void withoutLigatures(QChart *chart)
{
    chart->setTitleFont(plainShaping(chart->titleFont()));
    chart->legend()->setFont(plainShaping(chart->legend()->font()));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(plainShaping(axis->labelsFont()));
        axis->setTitleFont(plainShaping(axis->titleFont()));
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelFont(plainShaping(set->labelFont()));
        }
    }
}

void reset(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(true);
    chart->setProperty(emptyTextProperty, QVariant());
}

QString titleHtml(const QString &title, const QStringList &subtitleLines)
{
    return QStringLiteral("<b>") + title.toHtmlEscaped() + QStringLiteral("</b><br><small>")
        + subtitleLines.join(QStringLiteral("<br>")) + QStringLiteral("</small>");
}

void setTitle(QChart *chart, const QString &title, const QString &subtitle)
{
    chart->setProperty(titleProperty, title);
    chart->setProperty(subtitleProperty, subtitle);
    chart->setTitle(titleHtml(title, {subtitle.toHtmlEscaped()}));
}

QString subtitleFrom(const QString &shown, bool synthetic)
{
    QString text = shown + QStringLiteral(" · ") + Format::moneyNote();
    if (synthetic)
        text = ChartsText::tr("DATOS SINTÉTICOS") + QStringLiteral(" · ") + text;
    return text;
}

void setEmpty(QChart *chart)
{
    setEmpty(chart, ChartsText::tr("Ninguna cifra que mostrar con estos filtros"));
}

void setEmpty(QChart *chart, const QString &why)
{
    chart->setProperty(emptyTextProperty, why);
    chart->legend()->setVisible(false);
}

QValueAxis *valueAxis(const QString &title, double max)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, max > 0 ? max * 1.08 : 1);
    axis->applyNiceNumbers();
    axis->setMinorTickCount(0);
    // Whole numbers; the chart's locale adds the separators (2.000.000).
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

QStringList uniqueLabels(const QStringList &labels)
{
    QStringList unique;
    for (QString label : labels) {
        while (unique.contains(label))
            label += QChar(0x200b);
        unique << label;
    }
    return unique;
}

QBarCategoryAxis *categoryAxis(const QStringList &labels, qreal pointScale)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(uniqueLabels(labels));
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * pointScale);
    axis->setLabelsFont(font);
    axis->setProperty(wholeLabelsProperty, labels);
    axis->setProperty(labelPointsProperty, font.pointSizeF());
    return axis;
}

} // namespace Charts::Parts
