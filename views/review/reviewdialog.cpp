#include "reviewdialog.h"

#include "changelog.h"
#include "pdfpageview.h"
#include "reviewform.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QScreen>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QThread>
#include <QVBoxLayout>

#include <atomic>

namespace {

// The value before the long program names and titles, so that it is never
// pushed out of sight.
enum Column { StateColumn, KindColumn, ValueColumn, UnitColumn, ObjectiveColumn, ActionColumn, PageColumn,
              ProgramColumn, ColumnCount };

} // namespace

bool ReviewDialog::read(QWidget *parent, const QString &fileName, ReadReport *report, QString *error, int *pagesRead)
{
    std::atomic_int pages = 0;
    QProgressDialog progress(tr("Leyendo %1…").arg(QFileInfo(fileName).fileName()), tr("Cancelar"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic_bool cancelled = false;
    bool ok = false;
    ReadReport read;
    QString failure;
    QThread *thread = QThread::create([&] {
        ok = ReportReader::read(fileName, &read, &failure, [&](int done, int total) {
            pages = done;
            QMetaObject::invokeMethod(&progress, [&progress, done, total] {
                progress.setMaximum(total);
                progress.setValue(done);
            });
            return !cancelled.load();
        });
    });
    connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });
    QEventLoop loop;
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    progress.reset();
    if (pagesRead)
        *pagesRead = pages;
    if (cancelled || !ok) {
        *error = cancelled ? QString() : failure;
        return false;
    }
    *report = std::move(read);
    return true;
}

ReviewDialog::ReviewDialog(const QString &fileName, const ReadReport &report, const QSqlDatabase &db,
                           QWidget *parent)
    : QDialog(parent), m_fileName(fileName), m_report(report), m_db(db), m_summary(new QLabel),
      m_table(new QTableWidget(0, ColumnCount)), m_tabs(new QTabWidget), m_changes(new QPlainTextEdit),
      m_form(new ReviewForm), m_reviewer(new QLineEdit(ChangeLog::currentUser()))
{
    setWindowTitle(tr("Revisar la lectura de %1").arg(QFileInfo(fileName).fileName()));
    for (const Proposal &p : std::as_const(m_report.proposals))
        m_entries.append({p, p, Decision::Pending});

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    if (m_report.fromPdf) {
        m_page = new PdfPageView;
        QString error;
        if (!m_page->open(fileName, &error))
            m_summary->setText(error);
        m_tabs->addTab(m_page, tr("Pá&gina"));
    } else {
        // Text has no pages: the sentence is shown in the whole text.
        m_text = new QTextBrowser;
        m_text->setObjectName(QStringLiteral("reportText"));
        QFile file(fileName);
        if (file.open(QIODevice::ReadOnly))
            m_text->setPlainText(QString::fromUtf8(file.readAll()));
        m_tabs->addTab(m_text, tr("Te&xto"));
    }
    m_changes->setReadOnly(true);
    m_changes->setObjectName(QStringLiteral("changes"));
    m_reviewer->setObjectName(QStringLiteral("reviewer"));
    m_tabs->addTab(m_changes, tr("Ca&mbios respecto de la base de datos"));

    auto *accept = new QPushButton(tr("&Aceptar"));
    accept->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    accept->setToolTip(tr("Acepta la propuesta con lo que dice el formulario (Intro o Ctrl+Intro)"));
    auto *drop = new QPushButton(tr("&Descartar"));
    // Supr in the list drops (a line edit keeps its own Supr).
    auto *dropKey = new QAction(tr("Descartar"), m_table);
    dropKey->setShortcut(QKeySequence(Qt::Key_Delete));
    dropKey->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(dropKey);
    connect(dropKey, &QAction::triggered, this, &ReviewDialog::dropCurrent);
    drop->setToolTip(tr("No escribe esta propuesta (Supr en la lista)"));
    auto *acceptAll = new QPushButton(tr("Aceptar &todas"));
    connect(accept, &QPushButton::clicked, this, &ReviewDialog::acceptCurrent);
    connect(drop, &QPushButton::clicked, this, &ReviewDialog::dropCurrent);
    connect(acceptAll, &QPushButton::clicked, this, &ReviewDialog::acceptAll);
    auto *decisions = new QHBoxLayout;
    decisions->addWidget(accept);
    decisions->addWidget(drop);
    decisions->addStretch();
    decisions->addWidget(acceptAll);

    auto *formSide = new QWidget;
    auto *formLayout = new QVBoxLayout(formSide);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_form, 1);
    formLayout->addLayout(decisions);
    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(m_tabs);
    right->addWidget(formSide);
    right->setSizes({540, 300}); // the page first: the sentence is read there
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setSizes({540, 740});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_write = buttons->addButton(tr("&Escribir en la base de datos"), QDialogButtonBox::AcceptRole);
    // Enter accepts the proposal in the form, never writes the report.
    for (QPushButton *button : {accept, drop, acceptAll, m_write, buttons->button(QDialogButtonBox::Cancel)})
        button->setAutoDefault(false);
    accept->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewDialog::writeReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *reviewerLabel = new QLabel(tr("Revi&sor:"));
    reviewerLabel->setBuddy(m_reviewer);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(reviewerLabel);
    bottom->addWidget(m_reviewer);
    bottom->addStretch();
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);
    buildTable();
    compareWithDatabase();
    // Large enough for the page beside the list, never past the screen.
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(1280, screen.width() * 9 / 10), std::min(860, screen.height() * 9 / 10));
}

ReviewDialog::~ReviewDialog() = default;

void ReviewDialog::buildTable()
{
    m_table->setHorizontalHeaderLabels({tr("Estado"), tr("Tipo"), tr("Valor"), tr("Unidad"), tr("Objetivo"),
                                        tr("Acción"), tr("Página"), tr("Programa o título")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row)
        refreshRow(row);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRow(row); });
    if (!m_entries.isEmpty())
        m_table->setCurrentCell(0, 0);
}

QString ReviewDialog::decisionText(const Entry &entry) const
{
    switch (entry.decision) {
    case Decision::Pending:
        return tr("por revisar");
    case Decision::Accepted:
        return ReviewForm::same(entry.original, entry.current) ? tr("aceptada") : tr("corregida");
    case Decision::Dropped:
        return tr("descartada");
    }
    return {};
}

void ReviewDialog::refreshRow(int row)
{
    const Entry &entry = m_entries.at(row);
    const Proposal &p = entry.current;
    const QString value = p.kind == Proposal::Kind::Budget ? QStringLiteral("M$ ") + ReviewForm::shownValue(p)
                                                           : ReviewForm::shownValue(p);
    const QStringList cells{decisionText(entry),
                            ReviewForm::kindName(p.kind),
                            value,
                            p.unit,
                            QLocale().toString(p.objective),
                            p.action ? QLocale().toString(p.action) : QString(),
                            p.page ? QLocale().toString(p.page) : QString(),
                            p.kind == Proposal::Kind::Milestone ? p.title : p.program};
    for (int column = 0; column < ColumnCount; ++column) {
        auto *item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, column, item);
        }
        item->setText(cells.at(column));
        if (column == ValueColumn || column == ObjectiveColumn || column == ActionColumn || column == PageColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont font = item->font();
        font.setStrikeOut(entry.decision == Decision::Dropped);
        item->setFont(font);
    }
}

void ReviewDialog::showRow(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const Entry &entry = m_entries.at(row);
    m_form->setProposal(entry.current);
    const Proposal &p = entry.original;
    if (m_page) {
        m_page->showSentence(p.page, p.sourceQuote, p.start, p.length);
        m_tabs->setCurrentWidget(m_page);
    } else if (m_text) {
        showInText(p);
        m_tabs->setCurrentWidget(m_text);
    }
}

namespace {

/// words as a pattern that crosses the text's line breaks.
QRegularExpression acrossLines(const QString &text, int maxWords, bool last = false)
{
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    words = last ? words.mid(std::max<qsizetype>(0, words.size() - maxWords)) : words.mid(0, maxWords);
    for (QString &word : words)
        word = QRegularExpression::escape(word);
    return QRegularExpression(words.join(QLatin1String("\\s+")));
}

QTextEdit::ExtraSelection marked(QTextDocument *document, qsizetype from, qsizetype to, const QColor &colour)
{
    QTextEdit::ExtraSelection mark;
    mark.cursor = QTextCursor(document);
    mark.cursor.setPosition(int(from));
    mark.cursor.setPosition(int(to), QTextCursor::KeepAnchor);
    mark.format.setBackground(colour);
    return mark;
}

} // namespace

void ReviewDialog::showInText(const Proposal &p)
{
    // Positions in toPlainText() are the document's (a line break is one
    // character in both). A sentence that a footnote cut is found by its
    // first words.
    QTextDocument *document = m_text->document();
    const QString text = document->toPlainText();
    const QRegularExpressionMatch begin = acrossLines(p.sourceQuote, 8).match(text);
    QList<QTextEdit::ExtraSelection> marks;
    if (begin.hasMatch()) {
        const qsizetype from = begin.capturedStart();
        const QRegularExpressionMatch ending = acrossLines(p.sourceQuote, 8, true).match(text, from);
        const qsizetype to = ending.hasMatch() ? ending.capturedEnd() : std::min(from + p.sourceQuote.size(), text.size());
        marks << marked(document, from, to, QColor(255, 236, 120));
        if (p.start >= 0) {
            const QRegularExpressionMatch figure
                = acrossLines(p.sourceQuote.mid(p.start, p.length), 8).match(text, from);
            if (figure.hasMatch()) {
                marks << marked(document, figure.capturedStart(), figure.capturedEnd(), QColor(255, 150, 60));
                marks.last().format.setFontWeight(QFont::Bold);
            }
        }
        // The sentence's end in sight, then its start: all of it, when it fits.
        QTextCursor at(document);
        at.setPosition(int(to));
        m_text->setTextCursor(at);
        m_text->ensureCursorVisible();
        at.setPosition(int(from));
        m_text->setTextCursor(at);
        m_text->ensureCursorVisible();
    }
    m_text->setExtraSelections(marks);
}

void ReviewDialog::nextPending(int after)
{
    for (int i = 1; i <= m_entries.size(); ++i) {
        const int row = int((after + i) % m_entries.size());
        if (m_entries.at(row).decision == Decision::Pending) {
            m_table->setCurrentCell(row, StateColumn);
            return;
        }
    }
    showRow(after);
}

void ReviewDialog::acceptCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    QString error;
    const std::optional<Proposal> edited = m_form->edited(m_entries.at(row).current, &error);
    if (!edited) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    m_entries[row].current = *edited;
    m_entries[row].decision = Decision::Accepted;
    refreshRow(row);
    nextPending(row);
}

void ReviewDialog::dropCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_entries[row].decision = Decision::Dropped;
    refreshRow(row);
    nextPending(row);
}

void ReviewDialog::acceptAll()
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).decision == Decision::Pending) {
            m_entries[row].decision = Decision::Accepted;
            refreshRow(row);
        }
    }
}

void ReviewDialog::compareWithDatabase()
{
    const ReportOutline &outline = m_report.outline;
    int kinds[4] = {0, 0, 0, 0};
    for (const Proposal &p : std::as_const(m_report.proposals))
        ++kinds[int(p.kind)];
    QString summary = tr("%1 · %2 · %3 %4: %5 presupuestos, %6 beneficiarios, %7 indicadores, %8 hitos propuestos. "
                         "M$ = miles de pesos.")
                          .arg(outline.service, outline.ministry, QString::number(outline.year), outline.stage)
                          .arg(kinds[0])
                          .arg(kinds[1])
                          .arg(kinds[2])
                          .arg(kinds[3]);
    ReportChanges changes;
    QString error;
    if (!DraftWriter::compare(m_db, DraftWriter::unconfirmed(m_report, QFileInfo(m_fileName).fileName()), &changes,
                              &error)) {
        summary += u'\n' + tr("No se pudo comparar con la base de datos: %1").arg(error);
    } else if (changes.exists) {
        m_exists = true;
        summary += u'\n'
            + tr("La base de datos ya tiene el informe %1: no se escribirá otra vez. La pestaña «Cambios» dice qué "
                 "cambiaría.")
                  .arg(changes.report);
        QStringList lines{tr("%n cifras iguales; + lo que la lectura añadiría, - lo que la base de datos tiene y la "
                             "lectura no trae",
                             nullptr, changes.same)};
        for (const QString &line : std::as_const(changes.added))
            lines << QStringLiteral("+ ") + line;
        for (const QString &line : std::as_const(changes.missing))
            lines << QStringLiteral("- ") + line;
        m_changes->setPlainText(lines.join(u'\n'));
        m_write->setEnabled(false);
        m_write->setToolTip(tr("La base de datos ya tiene este informe"));
    } else {
        m_changes->setPlainText(tr("La base de datos no tiene este informe: se escribirá nuevo, con las cifras "
                                   "aceptadas."));
    }
    m_summary->setText(summary);
}

void ReviewDialog::writeReport()
{
    if (m_exists)
        return;
    const QString reviewer = m_reviewer->text().simplified();
    if (reviewer.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Escriba quién revisa: queda con cada cifra que confirme."));
        m_reviewer->setFocus();
        return;
    }
    ReportDraft draft;
    draft.outline = m_report.outline;
    draft.sourceName = QFileInfo(m_fileName).fileName();
    draft.reviewer = reviewer;
    draft.reviewedAt = QDateTime::currentDateTimeUtc();
    int pending = 0;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.decision == Decision::Pending)
            ++pending;
        if (entry.decision != Decision::Accepted)
            continue;
        const bool same = ReviewForm::same(entry.original, entry.current);
        draft.figures.append({entry.current, same ? ReviewedFigure::State::Confirmed : ReviewedFigure::State::Corrected,
                              same ? QString() : DraftWriter::describe(entry.original)});
    }
    if (pending > 0
        && QMessageBox::question(this, windowTitle(),
                                 tr("Quedan %n propuestas por revisar; no se escribirán. ¿Escribir el informe con las "
                                    "%1 aceptadas?",
                                    nullptr, pending)
                                     .arg(draft.figures.size()))
            != QMessageBox::Yes)
        return;
    QString error;
    if (!DraftWriter::write(m_db, draft, &error)) {
        QMessageBox::warning(this, windowTitle(), tr("No se escribió nada: %1").arg(error));
        return;
    }
    m_written = int(draft.figures.size());
    accept();
}
