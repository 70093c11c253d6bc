#pragma once

#include <QString>

namespace RegularFile {

/// Why path is not a file Mirador may read whole: it does not exist, it is a
/// folder, or it is not a regular file. A FIFO would wait for a writer and a
/// device such as /dev/urandom never ends, so neither is ever opened. Empty
/// when path is a regular file (or a link to one). In Spanish, for a sentence
/// that names the file.
QString whyNot(const QString &path);

} // namespace RegularFile
