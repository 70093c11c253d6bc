#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlDriver>

namespace {

/// The context of this file's messages in resources/translations.
struct SqlErrorText
{
    Q_DECLARE_TR_FUNCTIONS(SqlError)
};

QString lostConnection()
{
    return SqlErrorText::tr("se perdió la conexión con la base de datos; vuelva a conectarse");
}

} // namespace

QString SqlError::describe(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // The driver's own words only: QSqlError::text() would add Qt's, in
    // another language ("database is locked No es posible obtener la fila").
    const QString detail = (error.databaseText().isEmpty() ? error.driverText() : error.databaseText()).trimmed();
    QString meaning;
    // SQLite's result codes, PostgreSQL's SQLSTATEs.
    if (code == u"5" || code == u"6" || code == u"40P01" || code == u"55P03")
        meaning = SqlErrorText::tr("la base de datos está ocupada por otro programa que está escribiendo en ella; "
                                   "inténtelo de nuevo en un momento");
    else if (code == u"13" || code == u"53100")
        meaning = SqlErrorText::tr("no queda espacio: el disco está lleno o la base de datos llegó a su tamaño máximo");
    else if (code == u"10")
        meaning = SqlErrorText::tr("el sistema no pudo leer o escribir el archivo");
    else if (SqlError::isDamage(error))
        meaning = SqlErrorText::tr("el archivo está dañado");
    else if (code == u"8")
        meaning = SqlErrorText::tr("el archivo o su carpeta no se pueden escribir");
    else if (code == u"14")
        meaning = SqlErrorText::tr("el archivo no se puede abrir");
    else if (code.startsWith(QLatin1String("08")) || code == u"57P01")
        meaning = SqlErrorText::tr("se perdió la conexión con el servidor");
    if (meaning.isEmpty())
        return detail.isEmpty() ? SqlErrorText::tr("error desconocido de la base de datos") : detail;
    return detail.isEmpty() ? meaning : SqlErrorText::tr("%1 (%2)").arg(meaning, detail);
}

bool SqlError::isDamage(const QSqlError &error)
{
    return error.nativeErrorCode() == u"11" || error.nativeErrorCode() == u"26";
}

QString SqlError::describe(const QSqlQuery &query)
{
    if (query.driver() && !query.driver()->isOpen())
        return lostConnection();
    return SqlError::describe(query.lastError());
}

QString SqlError::describe(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return lostConnection();
    return SqlError::describe(db.lastError());
}
