#pragma once

#include "wordfrequency.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QWidget>

class QPainter;
class QPaintEvent;

/// A word of a cloud with the font, box and colour it is drawn with.
struct PlacedWord
{
    QString word;
    int count = 0;
    QFont font;
    QRectF rect; ///< the word's box, inside the cloud's rectangle
    QColor color;
};

/// Lays out a word cloud inside rect: the font's pixel size grows with the
/// square root of the count (so a word's area follows its frequency), the
/// most frequent words go first on an Archimedean spiral from the centre,
/// and no two boxes overlap. Words that do not fit are left out rather than
/// drawn overlapping or outside rect. Only baseFont's family and style are
/// used. Deterministic: the same input gives the same picture, so tests and
/// exports are stable. Sizes are in the painter's units, so the layout is the
/// same on screen, a QImage, a PDF page or an SVG file.
QList<PlacedWord> layoutWordCloud(const QList<WordCount> &words, const QRectF &rect, const QFont &baseFont);

/// Paints a title line at the top of rect and the cloud of words below it,
/// with the painter's font family, using only QPainter (text stays text in
/// PDF and SVG output).
void paintWordCloud(QPainter *painter, const QRectF &rect, const QString &title, const QList<WordCount> &words);

/// One word cloud per strategic objective, in a grid (2x2 for four clouds),
/// as the report prints a "nube de palabras" beside each objective. The same
/// drawing goes to the screen and, through render(), to PDF, PNG and SVG.
class WordCloudView : public QWidget
{
    Q_OBJECT
public:
    struct Cloud
    {
        QString title; ///< "1. Asociatividad"
        QList<WordCount> words;
    };

    explicit WordCloudView(QWidget *parent = nullptr);

    void setClouds(const QList<Cloud> &clouds);
    const QList<Cloud> &clouds() const { return m_clouds; }
    /// A title in bold over a smaller line (the filter), above the grid, as
    /// the other charts have; none when both are empty.
    void setHeader(const QString &title, const QString &subtitle);

    /// What the clouds are painted with: exports always light; on screen, a
    /// dark window gets its own background and the words lightened.
    struct Colours
    {
        QColor background = Qt::white;
        QColor title{0x20, 0x20, 0x20};
        QColor note{0x70, 0x70, 0x70};
        QColor border{0xd8, 0xd8, 0xd8};
        bool lightWords = false; ///< the palette's words lightened, to read on dark
    };
    /// The colours for a window with this palette.
    static Colours coloursFor(const QPalette &palette);

    using QWidget::render;
    /// Paints the grid of clouds filling target, on white as exports are.
    void render(QPainter *painter, const QRectF &target) const;
    void render(QPainter *painter, const QRectF &target, const Colours &colours) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /// Paints the header at the top of target; returns the room left under it.
    QRectF paintHeader(QPainter *painter, const QRectF &target, const Colours &colours) const;

    QList<Cloud> m_clouds;
    QString m_title;
    QString m_subtitle;
    // The layouts of the last render(), for the target and font they were made for.
    mutable QList<QList<PlacedWord>> m_layouts;
    mutable QRectF m_layoutTarget;
    mutable QFont m_layoutFont;
};
