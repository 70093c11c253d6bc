#include "exportprogress.h"

#include "format.h"

#include <QDir>
#include <QFileInfo>

#include <limits>

ExportProgress::ExportProgress(const QString &fileName, qint64 total, QWidget *parent)
    : QProgressDialog(parent), m_total(total)
{
    setWindowTitle(tr("Exportando tabla"));
    setWindowModality(Qt::WindowModal);
    setCancelButtonText(tr("Cancelar"));
    // Closed by its owner when the job ends, not when the bar is full.
    setAutoReset(false);
    setAutoClose(false);
    setMinimumDuration(400);
    setMinimumWidth(420);
    constexpr qint64 most = std::numeric_limits<int>::max();
    // 0..0: a busy bar.
    setRange(0, total > 0 ? int(std::min(total, most)) : 0);
    m_heading = tr("Escribiendo «%1»…").arg(QFileInfo(fileName).fileName());
    setToolTip(QDir::toNativeSeparators(fileName));
    setRows(0);
}

void ExportProgress::setRows(qint64 rows)
{
    if (m_total > 0) {
        setValue(int(std::min(rows, qint64(maximum()))));
        setLabelText(m_heading + u'\n'
                     + (m_total == 1 ? tr("%1 de %Ln fila", nullptr, int(m_total))
                                     : tr("%1 de %Ln filas", nullptr, int(m_total)))
                           .arg(Format::integer(rows)));
    } else {
        setValue(0);
        setLabelText(m_heading + u'\n'
                     + (rows == 1 ? tr("%Ln fila escrita", nullptr, int(rows))
                                  : tr("%Ln filas escritas", nullptr, int(rows))));
    }
}
