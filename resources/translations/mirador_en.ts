<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es">
<context>
    <name>Catalog</name>
    <message>
        <source>no se indicó una región</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» puede ser más de una región: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hay una región «%1» (se acepta código, número romano o nombre: 14, XIV, Los Ríos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hay un programa «%1»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellEditor</name>
    <message>
        <source>Un número entero, no negativo: 1.487.480 o 1487480. Vacío: sin dato.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>No se pudo escribir «%1»: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el nombre debe terminar en .pdf, .png o .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la resolución debe estar entre 30 y 1200 ppp; se pidió %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no se pudo codificar la imagen PNG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Gráfico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gráfico:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Todos los objetivos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitar el filtro por objetivo (también: clic de nuevo en la barra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportar gráfico…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardar este gráfico como PDF, PNG o SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Presupuesto: M$ %2
Beneficiarios: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sin dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
Presupuesto: M$ %3
Beneficiarios: %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Presupuesto y beneficiarios por objetivo estratégico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programas: presupuesto y beneficiarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M$ por beneficiario, por programa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nube de palabras por objetivo estratégico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATOS SINTÉTICOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presupuesto y beneficiarios por programa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presupuesto (M$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2 beneficiarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M$ por beneficiario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;M$ %2 por %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>a --%1 le falta su valor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opción desconocida: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year espera un año, como 2025; se recibió «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--objective espera el número de un objetivo, como 1; se recibió «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--search admite hasta %1 caracteres; se recibieron %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador init: %1
Uso: mirador init RUTA [--empty]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indique una sola ruta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador init: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de datos vacía creada en %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de datos creada en %1 con los datos del BGI 2025 de Sercotec
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falta --out ARCHIVO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argumento inesperado: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador %1: %2
Vea: mirador --help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador export-csv: --table acepta results, indicators o milestones; se recibió «%1»
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador export-csv: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filas escritas en %2 (%3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador import: %1
Uso: mirador import [--db RUTA] ARCHIVO.csv
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indique un solo archivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador import: no se puede leer «%1»: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador import: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador import: la base de datos es de solo lectura (%1); no se importó nada
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador import: se actualizó el esquema de la base de datos; la copia anterior está en «%1»
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador import: %1 problemas; no se escribió nada
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador import: %1; no se escribió nada
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 filas nuevas, %3 actualizadas (%4, separador «%5»)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabulador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programas nuevos: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columnas ignoradas: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador copy: %1
Uso: mirador copy --from RUTA|URL --to RUTA|URL
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faltan --from y --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador copy: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copiada %1 en %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faltan --rows N y --out RUTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falta --out RUTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falta --rows N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador generate-demo: %1
Uso: mirador generate-demo --rows N --out RUTA
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador generate-demo: --rows espera un número entero positivo, como 100000; se recibió «%1»
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador generate-demo: %1 % (%2 de %3 filas)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador generate-demo: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de datos de demostración creada en %1: %2 resultados y %3 indicadores sintéticos
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador export-pdf: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informe de %1 páginas escrito en %2 (%3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador export-chart: --chart acepta %1; se recibió «%2»
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador export-chart: --out debe terminar en .pdf, .png o .svg
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador export-chart: --dpi espera un número entero, como 150
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador export-chart: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gráfico «%1» escrito en %2 (%3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uso: mirador [--db RUTA] [--read-only]
       mirador COMANDO [OPCIONES]

Mirador muestra los programas y resultados que informa un servicio público en su
Balance de Gestión Integral. Sin comando abre la ventana.

Comandos:
  init RUTA|URL [--empty]  Crea una base de datos con los datos incorporados del BGI 2025
                          de Sercotec (--empty: sin datos, solo las regiones).
  import [--db RUTA] ARCHIVO.csv
                          Importa resultados o indicadores (el formato de export-csv, o una
                          planilla en español). Revisa todo antes de escribir: un solo
                          error y no se escribe nada.
  export-csv --out ARCHIVO [--db RUTA] [--table results|indicators|milestones] [--excel]
                          [filtros]
                          Escribe la tabla en CSV UTF-8 simple (coma, números 1487480 y 51.8);
                          --excel: para Excel en español (BOM, punto y coma, 1.487.480 y 51,8).
  copy --from RUTA|URL --to RUTA|URL
                          Copia una base de datos completa entre SQLite y PostgreSQL.
  generate-demo --rows N --out RUTA
                          Crea una base de datos SQLite nueva con la estructura del BGI 2025
                          y N resultados sintéticos (más un indicador cada 10), marcados como
                          tales, para pruebas de rendimiento y demostraciones. Los mismos N
                          dan siempre la misma base de datos.
  export-pdf --out ARCHIVO.pdf [--db RUTA] [filtros]
                          Escribe el informe PDF A4: portada, una página por objetivo
                          estratégico, totales.
  export-chart --chart GRÁFICO --out ARCHIVO.pdf|.png|.svg [--dpi N] [--db RUTA] [filtros]
                          Escribe un gráfico: budget-beneficiaries, programs,
                          cost-per-beneficiary o word-cloud (PNG a N ppp, 150 por omisión).
  help, --help            Muestra esta ayuda.
  --version               Muestra la versión.

Filtros (los mismos de la ventana):
  --year AÑO              Por ejemplo 2025.
  --objective N           Número del objetivo estratégico, 1 a 4.
  --program TEXTO         Nombre o parte del nombre del programa, sin distinguir mayúsculas
                          ni tildes: --program &quot;ferias libres&quot;.
  --region REGIÓN         Código (14, 08), número romano (XIV, RM) o nombre (&quot;los rios&quot;);
                          &quot;Nacional&quot; (00) para cifras no desglosadas por región.
  --search TEXTO          Palabras que deben aparecer en la fila, sin distinguir
                          mayúsculas ni tildes.

Opciones de la ventana:
  --db RUTA|URL           Abre esta base de datos en vez de la predeterminada
                          (%1).
  --read-only             Abre la base de datos solo para lectura.
  --quit-after-load       Sale (código 0) en cuanto la ventana muestra sus primeras filas y
                          gráficos: mide el tiempo hasta las primeras filas.

RUTA es un archivo SQLite; URL, un servidor PostgreSQL: postgresql://usuario@servidor:puerto/base.
La contraseña se toma de PGPASSWORD o ~/.pgpass; Mirador nunca la guarda.
Toda RUTA dada a un comando distinto de init, copy --to y generate-demo --out debe existir;
Mirador no crea ni modifica un archivo que no puede abrir.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador: comando desconocido «%1». Vea: mirador --help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador: %1
Vea: mirador --help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirador: no hay pantalla gráfica (DISPLAY no está definido), así que la ventana no puede abrirse.
  Con un servidor X virtual (paquete xvfb): xvfb-run -a mirador
  Sin ventana: mirador export-csv --out resultados.csv (vea mirador --help)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>No se pudo escribir «%1»: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Línea %1: unas comillas abren un campo y no se cierran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Línea %1: hay texto después de las comillas que cierran un campo; dentro de un campo entre comillas, las comillas se escriben dobles (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>El archivo está vacío: no tiene ni una fila de encabezado.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>no se puede leer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el archivo está vacío; no es una base de datos de Mirador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no es una base de datos SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>está dañada: la cabecera SQLite no es válida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>está dañada o truncada: su tamaño (%1 bytes) no es múltiplo de la página (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>está truncada: la cabecera anuncia %1 páginas y el archivo tiene %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite no la puede abrir (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no es una base de datos de Mirador completa: falta la tabla «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no se encontró la migración %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la migración %1 falló: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se puede abrir «%1»: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» no es una dirección válida; se espera postgresql://usuario@servidor:puerto/basededatos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falta el controlador PostgreSQL de Qt (libqt6sql6-psql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el servidor no aceptó la conexión (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>está dañada (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fue creada por una versión más reciente de Mirador (esquema %1; esta versión conoce hasta el %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no es una base de datos de Mirador (no tiene esquema; créela con mirador init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abierta solo para lectura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el usuario %1 no tiene permiso para modificarla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no se pudo actualizar su esquema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el archivo no existe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>es una carpeta, no un archivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falta el controlador SQLite de Qt (libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no es una base de datos de Mirador (no tiene esquema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el archivo o su carpeta no se pueden escribir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>su esquema (versión %1) debe actualizarse y no se puede escribir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no se pudo guardar una copia de respaldo en «%1» antes de actualizar su esquema (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no se pudo actualizar su esquema (%1); el archivo quedó como estaba y hay una copia de respaldo en «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se creó «%1»: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ya contiene una base de datos de Mirador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error desconocido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se creó «%1»: ya existe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se creó «%1»: la carpeta «%2» no existe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se creó «%1»: falta el controlador SQLite de Qt (libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no se pudo mover el archivo a su lugar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo crear la carpeta de datos «%1».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>la base de datos no devolvió el id insertado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no se encontró la tabla de regiones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nacional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>línea de regiones mal formada: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no se encontró el conjunto de datos incorporado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el conjunto de datos incorporado no se puede leer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el conjunto de datos incorporado tiene una referencia rota: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>no hay regiones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el programa «%1» no está en el conjunto de datos incorporado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el objetivo %1 no tiene programas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generación cancelada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no se pudo escribir el resultado %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no se pudo escribir el indicador %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se creó «%1»: los datos sintéticos se escriben solo en un archivo SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se creó «%1»: el número de filas debe ser positivo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Detalle de la cifra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuente (texto del informe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objetivo estratégico %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acción %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justificación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seleccione una fila para ver la oración del informe de la que proviene la cifra, y su objetivo, acción y justificación.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>Año %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objetivo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programa: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Región: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texto: «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin filtros</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Año</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objetivo estratégico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Región</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buscar (sin distinguir mayúsculas ni tildes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buscar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitar filtros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostrar todas las filas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Añ&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ob&amp;jetivo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gión:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buscar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Todos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Todas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>no es un número: «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no es un número: «%1» (en este archivo los decimales se escriben con punto, como 51.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no es un número: «%1» (en este archivo los números van sin separador de miles, como 1487480)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separador de miles mal puesto: «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Año</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objetivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre del objetivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Código de región</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Región</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presupuesto (M$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unidad de beneficiarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>número demasiado grande: «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debe ser un número entero: «%1»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>no se puede leer «%1»: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>chileno (1.487.480; 51,8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simple (1487480; 51.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancelar importación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importar CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Atrás</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Siguiente &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un CSV como el que escribe Exportar, o una planilla guardada como CSV: UTF-8 o Windows-1252, separada por coma, punto y coma o tabulador.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Examinar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archivo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archivo a importar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirador revisa todo el archivo antes de escribir. Si hay un solo problema, no se escribe nada. Una fila que ya existe (mismo año, objetivo, programa y región) se actualiza; nunca se duplica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt *.tsv);;Todos (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primeras filas del archivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problemas encontrados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problemas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 de %2 filas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelando… la base de datos vuelve a como estaba.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leyendo y revisando «%1»…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codificación: %1 · separador: %2 · números: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabulador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filas de %2 en el archivo; %3 sin problemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resultados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicadores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programas nuevos: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columnas que no se importan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sin problemas: puede importar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problemas: corríjalos en el archivo; no se escribirá nada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(se ignora)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listo: %1 filas nuevas y %2 actualizadas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importación cancelada. No se escribió nada: la base de datos está como antes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La importación falló y no se escribió nada: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>línea %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>línea %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la columna «%1» repite «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falta la columna %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el archivo no tiene filas de datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no se pudo leer la base de datos: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contiene un carácter nulo (U+0000), que no es texto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiene %1 campos y el encabezado %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falta el año</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>año fuera de rango: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hay un objetivo «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falta el objetivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hay un objetivo número %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» no es el nombre del objetivo %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el objetivo %1 no tiene una acción «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el nombre tiene %1 caracteres; un programa se nombra en %2 o menos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falta el programa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» no es la región %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falta la región</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falta el nombre del indicador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falta el valor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falta la unidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no puede ser negativo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la unidad tiene %1 caracteres; se nombra en %2 o menos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falta la fuente: la oración del informe de la que proviene la cifra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repite la fila de la línea %1 (mismo año, objetivo, programa y región)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hay filas que importar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el archivo tiene %1 problemas; no se escribió nada</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cambiar %1 de %2 a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cambio guardado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se guardó el cambio: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudieron leer las listas de la base de datos: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATOS SINTÉTICOS: estas cifras fueron generadas para pruebas y no provienen de ningún informe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumen por objetivo estratégico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doble clic en un objetivo para filtrar por él. M$ = miles de pesos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultados por programa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicadores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hitos: convenios, acuerdos y publicaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resultados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicadores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hitos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Resumen por objetivo estratégico&lt;/b&gt; (M$ = miles de pesos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtro activo y número de filas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de datos: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se actualizó el esquema de %1; la copia anterior está en %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirador — %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mportar CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exportar tabla a CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportar tabla para E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportar &amp;gráfico…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportar &amp;informe PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vista previa del informe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imprimir informe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Salir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Editar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deshacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rehacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copiar filas seleccionadas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buscar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitar filtros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;yuda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acerca de Mirador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se puede importar: la base de datos es de solo lectura (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo lectura: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisadas todas las páginas de %1: está sana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» %2. Mirador la deja en solo lectura para no escribir sobre páginas dañadas; cierre Mirador y recupere una copia de respaldo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudieron leer los totales ni los gráficos: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resultados (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicadores (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hitos (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Filtro:&lt;/b&gt; %1 — %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resultado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resultados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 indicador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 indicadores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hitos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: M$ %2 · %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Se perdió la conexión con el servidor. Lo que no se guardó se indicó arriba. ¿Volver a conectarse?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conectado de nuevo a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportar para Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportar a CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filas escritas en %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importadas %1 filas nuevas y %2 actualizadas de %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filas copiadas: pegue en una planilla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportar gráfico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, vectorial (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolución del PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puntos por pulgada (el gráfico mide %1 × %2 mm):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gráfico guardado en %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudieron leer los datos del informe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportar informe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informe de %1 páginas guardado en %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vista previa del informe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acerca de Mirador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mirador %1&lt;/h3&gt;&lt;p&gt;Un visor de los programas y resultados que los servicios públicos de Chile informan en su Balance de Gestión Integral.&lt;/p&gt;&lt;p&gt;Datos incorporados: Servicio de Cooperación Técnica (Sercotec), Balance de Gestión Integral 2025 – Etapa 1, transcritos cifra por cifra con la oración de la que provienen.&lt;/p&gt;&lt;p&gt;M$ = miles de pesos.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objetivo estratégico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presupuesto (M$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M$ por beneficiario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unidades de beneficiario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presupuesto dividido por beneficiarios, solo en los programas que informan ambos. M$ = miles de pesos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suma de beneficiarios; las unidades difieren entre programas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Mirador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraseña para %1:
(no se guarda)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryTableModel</name>
    <message>
        <source>no puede ser negativo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1»: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>esta celda no se puede modificar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Balance de Gestión Integral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATOS SINTÉTICOS: estas cifras fueron generadas para pruebas y no provienen de ningún informe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirador · Informe de resultados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Año %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtros: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generado el %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cada cifra de este informe se acompaña de la oración del informe original de la que proviene. M$ por beneficiario se calcula solo sobre los programas que informan presupuesto y beneficiarios; las unidades de beneficiario difieren entre programas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objetivo estratégico %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presupuesto (M$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M$ por beneficiario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ningún programa de este objetivo informa presupuesto y beneficiarios bajo estos filtros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicadores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… y %1 indicadores más; la lista completa está en la exportación CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuentes (texto del informe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuentes de los primeros %1 de %2 resultados.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totales por objetivo estratégico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hay resultados bajo estos filtros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objetivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unidades de beneficiario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M$ = miles de pesos. M$ por beneficiario: presupuesto dividido por beneficiarios, solo en los programas que informan ambos; el total suma beneficiarios de unidades distintas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no se pudo empezar a dibujar el informe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirador %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATOS SINTÉTICOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Página %1 de %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no se pudo empezar una página nueva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No se pudo escribir «%1»: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirador %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>se perdió la conexión con la base de datos; vuelva a conectarse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la base de datos está ocupada: otra persona o programa está escribiendo en ella; inténtelo de nuevo en un momento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no queda espacio: el disco está lleno o la base de datos llegó a su tamaño máximo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el sistema no pudo leer o escribir el archivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>el archivo está dañado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>se perdió la conexión con el servidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableSpec</name>
    <message>
        <source>Año</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obj.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Número del objetivo estratégico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objetivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cód. región</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Región</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presupuesto (M$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M$ = miles de pesos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nota del equipo; no es parte del informe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La oración del informe de la que proviene la cifra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Título</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraparte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordCloudView</name>
    <message>
        <source>Sin palabras para mostrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nube de palabras por objetivo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
