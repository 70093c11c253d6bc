#pragma once

#include "charts.h"

#include <QCoreApplication>
#include <QString>

struct TableSpec;

/// The file names the window's save dialogs suggest, in the user's
/// language ("presupuesto-beneficiarios.pdf", "resultados.csv"). The
/// command line keeps its own names: they are part of its interface.
class SuggestedName
{
    Q_DECLARE_TR_FUNCTIONS(SuggestedName)
public:
    /// Without an extension: the dialog's format adds it.
    static QString chart(Charts::Kind kind);
    static QString table(const TableSpec &spec, bool excel);
    static QString report();
};
