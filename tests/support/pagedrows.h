#pragma once

// A QueryTableModel reads the pages a view asks for in a worker thread; a
// test that reads rows beyond the first page waits for them, as a view does
// (it shows them when dataChanged says they are there).

#include "querytablemodel.h"

#include <QTest>

namespace TestSupport {

/// Asks for the row, and lets the event loop run until its page is there.
/// False when it did not come within timeout (or could not be read).
inline bool waitForRow(const QAbstractItemModel &model, int row, int timeout = 20000)
{
    return QTest::qWaitFor(
        [&] { return model.index(row, 0).data(QueryTableModel::RowIdRole).isValid(); }, timeout);
}

/// Whether a cell holds the value QSqlQuery read for it: both NULL, or the
/// same text. (A NULL integer from QPSQL is a null int, whose toString() is
/// "0"; a page's NULL is an invalid QVariant.)
inline bool sameValue(const QVariant &shown, const QVariant &stored)
{
    return shown.isNull() == stored.isNull() && (stored.isNull() || shown.toString() == stored.toString());
}

} // namespace TestSupport
