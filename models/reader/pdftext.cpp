#include "pdftext.h"

#include <poppler-qt6.h>

#include <QFileInfo>
#include <QLoggingCategory>
#include <QRectF>

#include <algorithm>
#include <optional>

namespace {

struct Word
{
    QString text;
    QRectF box;
    bool spaceAfter = false;
};
using Row = QList<Word>;

/// A horizontal strip [left, right] of the page that no word of some lines covers.
struct Gap
{
    qreal left = 0;
    qreal right = 0;
    qreal width() const { return right - left; }
};

qreal medianHeight(const QList<Word> &words)
{
    QList<qreal> heights;
    heights.reserve(words.size());
    for (const Word &word : words)
        heights.append(word.box.height());
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    return heights.at(heights.size() / 2);
}

/// Words whose vertical centres lie within half a word's height of each
/// other share a line; each line's words from left to right.
QList<Row> rowsOf(QList<Word> words, qreal height)
{
    std::stable_sort(words.begin(), words.end(), [](const Word &a, const Word &b) {
        return a.box.center().y() < b.box.center().y();
    });
    QList<Row> rows;
    qreal rowCentre = 0;
    for (const Word &word : words) {
        if (rows.isEmpty() || word.box.center().y() - rowCentre > height / 2) {
            rows.append(Row());
            rowCentre = word.box.center().y();
        }
        rows.last().append(word);
    }
    for (Row &row : rows)
        std::stable_sort(row.begin(), row.end(), [](const Word &a, const Word &b) {
            return a.box.left() < b.box.left();
        });
    return rows;
}

/// The widest space between two words of a row, if it is at least minWidth.
std::optional<Gap> widestGap(const Row &row, qreal minWidth)
{
    std::optional<Gap> widest;
    qreal reach = row.isEmpty() ? 0 : row.first().box.right();
    for (qsizetype i = 1; i < row.size(); ++i) {
        const Gap gap{reach, row.at(i).box.left()};
        if (gap.width() >= minWidth && (!widest || gap.width() > widest->width()))
            widest = gap;
        reach = std::max(reach, row.at(i).box.right());
    }
    return widest;
}

/// Whether a row leaves a strip of at least minWidth inside *gap free of
/// words; narrows *gap to that strip. A word that starts left of the strip
/// pushes its left edge, one that ends right of it its right edge; a word
/// inside goes to the nearer side.
bool fits(const Row &row, Gap *gap, qreal minWidth)
{
    Gap narrowed = *gap;
    for (const Word &word : row) {
        const QRectF &box = word.box;
        if (box.right() <= narrowed.left || box.left() >= narrowed.right)
            continue;
        if (box.left() <= narrowed.left)
            narrowed.left = box.right();
        else if (box.right() >= narrowed.right)
            narrowed.right = box.left();
        else if (box.left() - narrowed.left < narrowed.right - box.right())
            narrowed.left = box.right();
        else
            narrowed.right = box.left();
        if (narrowed.width() < minWidth)
            return false;
    }
    *gap = narrowed;
    return true;
}

/// A line's text: its words with a space where Poppler saw one or where
/// they stand apart.
QString joined(const Row &row, qreal height)
{
    QString line;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0) {
            const Word &before = row.at(i - 1);
            if (before.spaceAfter || row.at(i).box.left() - before.box.right() > height / 5)
                line += QLatin1Char(' ');
        }
        line += row.at(i).text;
    }
    return line;
}

/// The rows from first to last, left column first: each row's words left
/// of the gap, then each row's words right of it.
void appendColumns(const QList<Row> &rows, qsizetype first, qsizetype last, const Gap &gap,
                   qreal height, QStringList *lines)
{
    const qreal middle = (gap.left + gap.right) / 2;
    for (const bool left : {true, false}) {
        for (qsizetype i = first; i <= last; ++i) {
            Row part;
            for (const Word &word : rows.at(i))
                if ((word.box.center().x() < middle) == left)
                    part.append(word);
            if (!part.isEmpty())
                lines->append(joined(part, height));
        }
    }
}

/// The usual distance from one line to the next on the page.
qreal medianPitch(const QList<Row> &rows, qreal height)
{
    QList<qreal> pitches;
    for (qsizetype i = 1; i < rows.size(); ++i)
        pitches.append(rows.at(i).first().box.center().y() - rows.at(i - 1).first().box.center().y());
    if (pitches.isEmpty())
        return height;
    std::nth_element(pitches.begin(), pitches.begin() + pitches.size() / 2, pitches.end());
    return pitches.at(pitches.size() / 2);
}

/// A page's lines in reading order. A row with a wide space between two
/// words may be a row of two columns: the rows above and below it that
/// leave a strip free of words at the same place, with no blank line
/// between, belong to the same columns, which are read column by column.
/// The blank line matters because a picture beside a column has no words:
/// a heading under both would otherwise join the column.
QStringList linesOf(const QList<Word> &words)
{
    if (words.isEmpty())
        return {};
    const qreal height = medianHeight(words);
    const qreal minGutter = 2 * height;
    const QList<Row> rows = rowsOf(words, height);
    const qreal maxPitch = 1.5 * medianPitch(rows, height);
    const auto close = [&rows, maxPitch](qsizetype upper) {
        return rows.at(upper + 1).first().box.center().y() - rows.at(upper).first().box.center().y()
            <= maxPitch;
    };
    QStringList lines;
    qsizetype done = 0; // rows before this one are in lines
    for (qsizetype i = 0; i < rows.size(); ++i) {
        std::optional<Gap> gap = widestGap(rows.at(i), minGutter);
        if (!gap)
            continue;
        qsizetype first = i;
        while (first > done && close(first - 1) && fits(rows.at(first - 1), &*gap, minGutter))
            --first;
        qsizetype last = i;
        while (last + 1 < rows.size() && close(last) && fits(rows.at(last + 1), &*gap, minGutter))
            ++last;
        if (first == last)
            continue; // one row is one line, however far apart its words
        for (qsizetype j = done; j < first; ++j)
            lines.append(joined(rows.at(j), height));
        appendColumns(rows, first, last, *gap, height, &lines);
        done = last + 1;
        i = last;
    }
    for (qsizetype j = done; j < rows.size(); ++j)
        lines.append(joined(rows.at(j), height));
    return lines;
}

/// The word as typed: Poppler passes on the font's ligatures ("ﬁ", U+FB01),
/// which Unicode's compatibility decomposition spells out ("fi"). Only those
/// are decomposed: the same for "º" or "²" would change what they say.
QString spelledOut(QString text)
{
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0xFB00 && c <= 0xFB06)
            text.replace(i, 1, QString(text.at(i)).normalized(QString::NormalizationForm_KC));
    }
    return text;
}

QList<Word> wordsOf(const Poppler::Page &page)
{
    QList<Word> words;
    for (const std::unique_ptr<Poppler::TextBox> &box : page.textList()) {
        if (!box->text().trimmed().isEmpty())
            words.append({spelledOut(box->text()), box->boundingBox(), box->hasSpaceAfter()});
    }
    return words;
}

Q_LOGGING_CATEGORY(popplerLog, "mirador.poppler", QtWarningMsg)

/// Poppler writes what it finds wrong in a file ("Error: Incorrect
/// password") on stderr through qDebug; the user gets PdfText's sentence
/// instead, and the details go to a logging category
/// (QT_LOGGING_RULES="mirador.poppler.debug=true" shows them).
void popplerMessage(const QString &message, const QVariant &)
{
    qCDebug(popplerLog).noquote() << message;
}

} // namespace

bool PdfText::read(const QString &fileName, SourcePages *pages, QString *error,
                   const Progress &progress)
{
    const QFileInfo info(fileName);
    if (!info.exists()) {
        *error = tr("El archivo %1 no existe.").arg(fileName);
        return false;
    }
    if (info.isFile() && info.size() == 0) {
        *error = tr("El archivo %1 está vacío.").arg(fileName);
        return false;
    }
    Poppler::setDebugErrorFunction(popplerMessage, QVariant());
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(fileName);
    if (!document || (!document->isLocked() && document->numPages() < 1)) {
        *error = tr("El archivo %1 no es un PDF o está dañado.").arg(fileName);
        return false;
    }
    if (document->isLocked()) {
        *error = tr("El PDF %1 está protegido con contraseña; Mirador no puede leerlo.").arg(fileName);
        return false;
    }
    SourcePages read;
    bool anyText = false;
    const int total = document->numPages();
    for (int index = 0; index < total; ++index) {
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        ReportPage reportPage;
        reportPage.number = index + 1;
        if (page)
            reportPage.lines = linesOf(wordsOf(*page));
        anyText = anyText || !reportPage.lines.isEmpty();
        read.append(reportPage);
        if (progress && !progress(index + 1, total)) {
            *error = tr("Se canceló la lectura de %1.").arg(fileName);
            return false;
        }
    }
    if (!anyText) {
        *error = tr("El PDF %1 no tiene texto: puede ser un documento escaneado, que Mirador no sabe leer.")
                     .arg(fileName);
        return false;
    }
    *pages = read;
    return true;
}
