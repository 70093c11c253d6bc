#pragma once

#include <QCoreApplication>

/// The context of the importer's messages in resources/translations: the
/// plan (importplan.cpp), the writer (importwriter.cpp) and importer.cpp all
/// say theirs under "Importer".
struct ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};
