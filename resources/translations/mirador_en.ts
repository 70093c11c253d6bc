<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es">
<context>
    <name>Catalog</name>
    <message>
        <source>DATOS SINTÉTICOS: estas cifras fueron generadas para pruebas y no provienen de ningún informe.</source>
        <translation>SYNTHETIC DATA: these figures were generated for testing and do not come from any report.</translation>
    </message>
    <message>
        <source>no se indicó una región</source>
        <translation>no region given</translation>
    </message>
    <message>
        <source>«%1» puede ser más de una región: %2</source>
        <translation>“%1” could be more than one region: %2</translation>
    </message>
    <message>
        <source>no hay una región «%1» (se acepta código, número romano o nombre: 14, XIV, Los Ríos)</source>
        <translation>there is no region “%1” (code, Roman numeral or name accepted: 14, XIV, Los Ríos)</translation>
    </message>
    <message>
        <source>no hay un programa «%1»</source>
        <translation>there is no program “%1”</translation>
    </message>
    <message>
        <source>no hay un servicio «%1»</source>
        <translation>there is no service “%1”</translation>
    </message>
    <message>
        <source>«%1» nombra a varios servicios: %2</source>
        <translation>“%1” names several services: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>CellEditor</name>
    <message>
        <source>Un número entero, no negativo: 1.487.480 o 1487480. Vacío: sin dato.</source>
        <translation>A whole number, not negative: 1.487.480 or 1487480. Empty: no data.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>cada lado del PNG debe medir entre %1 y %2 píxeles; se pidió %3 × %4</source>
        <translation>each side of the PNG must measure between %1 and %2 pixels; %3 × %4 was asked</translation>
    </message>
    <message>
        <source>No se pudo escribir «%1»: %2.</source>
        <translation>Could not write “%1”: %2.</translation>
    </message>
    <message>
        <source>el nombre debe terminar en .pdf, .png o .svg</source>
        <translation>the name must end in .pdf, .png or .svg</translation>
    </message>
    <message>
        <source>la resolución debe estar entre 30 y 1200 ppp; se pidió %1</source>
        <translation>the resolution must be between 30 and 1200 dpi; %1 was requested</translation>
    </message>
    <message>
        <source>no se pudo codificar la imagen PNG</source>
        <translation>could not encode the PNG image</translation>
    </message>
    <message>
        <source>no se pudo empezar el PDF</source>
        <translation>could not start the PDF</translation>
    </message>
    <message>
        <source>no se pudo terminar el PDF</source>
        <translation>could not finish the PDF</translation>
    </message>
    <message>
        <source>no se pudo empezar el SVG</source>
        <translation>could not start the SVG</translation>
    </message>
    <message>
        <source>no se pudo terminar el SVG</source>
        <translation>could not finish the SVG</translation>
    </message>
    <message>
        <source>no hay memoria para una imagen de %1 × %2 píxeles</source>
        <translation>not enough memory for an image of %1 × %2 pixels</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>&amp;Copiar gráfico</source>
        <translation>&amp;Copy chart</translation>
    </message>
    <message>
        <source>&amp;Exportar gráfico…</source>
        <translation>&amp;Export chart…</translation>
    </message>
    <message>
        <source>Gráfico</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>&amp;Gráfico:</source>
        <translation>Char&amp;t:</translation>
    </message>
    <message>
        <source>Todos los objetivos</source>
        <translation>All objectives</translation>
    </message>
    <message>
        <source>Quitar el filtro por objetivo (también: clic de nuevo en la barra)</source>
        <translation>Remove the objective filter (or click the bar again)</translation>
    </message>
    <message>
        <source>Exportar gráfico…</source>
        <translation>Export chart…</translation>
    </message>
    <message>
        <source>Guardar este gráfico como PDF, PNG o SVG</source>
        <translation>Save this chart as PDF, PNG or SVG</translation>
    </message>
    <message>
        <source>%1
Presupuesto: M$ %2
Beneficiarios: %3</source>
        <translation>%1
Budget: M$ %2
Beneficiaries: %3</translation>
    </message>
    <message>
        <source>sin dato</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>%1 (%2)
Presupuesto: M$ %3
Beneficiarios: %4 %5</source>
        <translation>%1 (%2)
Budget: M$ %3
Beneficiaries: %4 %5</translation>
    </message>
    <message>
        <source>%1: M$ %2, %3 beneficiarios</source>
        <translation>%1: M$ %2, %3 beneficiaries</translation>
    </message>
    <message>
        <source>Clic en la barra de un objetivo para filtrar por él; otro clic quita el filtro</source>
        <translation>Click an objective’s bar to filter by it; click again to remove the filter</translation>
    </message>
    <message>
        <source>%1: M$ %2, %3 %4</source>
        <translation>%1: M$ %2, %3 %4</translation>
    </message>
    <message>
        <source>%1, %2: M$ %3; %4; M$ por beneficiario: %5</source>
        <translation>%1, %2: M$ %3; %4; M$ per beneficiary: %5</translation>
    </message>
    <message>
        <source>sin beneficiarios</source>
        <translation>no beneficiaries</translation>
    </message>
    <message>
        <source>Clic en la barra de un año para filtrar por él; otro clic quita el filtro</source>
        <translation>Click a year’s bar to filter by it; click again to remove the filter</translation>
    </message>
    <message>
        <source>%1, %2
Presupuesto: M$ %3</source>
        <translation>%1, %2
Budget: M$ %3</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Presupuesto y beneficiarios por objetivo estratégico</source>
        <translation>Budget and beneficiaries by strategic objective</translation>
    </message>
    <message>
        <source>Programas: presupuesto y beneficiarios</source>
        <translation>Programs: budget and beneficiaries</translation>
    </message>
    <message>
        <source>M$ por beneficiario, por programa</source>
        <translation>M$ per beneficiary, by program</translation>
    </message>
    <message>
        <source>Nube de palabras por objetivo estratégico</source>
        <translation>Word cloud by strategic objective</translation>
    </message>
    <message>
        <source>DATOS SINTÉTICOS</source>
        <translation>SYNTHETIC DATA</translation>
    </message>
    <message>
        <source>Presupuesto y beneficiarios por programa</source>
        <translation>Budget and beneficiaries by program</translation>
    </message>
    <message>
        <source>Presupuesto (M$)</source>
        <translation>Budget (M$)</translation>
    </message>
    <message>
        <source>Beneficiarios</source>
        <translation>Beneficiaries</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2 beneficiarios</source>
        <translation>%1&lt;br&gt;%2 beneficiaries</translation>
    </message>
    <message>
        <source>M$ por beneficiario</source>
        <translation>M$ per beneficiary</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;M$ %2 por %3</source>
        <translation>%1&lt;br&gt;M$ %2 per %3</translation>
    </message>
    <message>
        <source>Ninguna cifra que mostrar con estos filtros</source>
        <translation>No figures to show with these filters</translation>
    </message>
    <message>
        <source>Evolución</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>beneficiarios</source>
        <translation>beneficiaries</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>M$ %1 por %2</source>
        <translation>M$ %1 per %2</translation>
    </message>
    <message>
        <source>beneficiario</source>
        <translation>beneficiary</translation>
    </message>
    <message>
        <source>M$ por beneficiario: — (unidades distintas)</source>
        <translation>M$ per beneficiary: — (different units)</translation>
    </message>
    <message>
        <source>M$ por beneficiario: sin dato</source>
        <translation>M$ per beneficiary: no data</translation>
    </message>
    <message>
        <source>Objetivo %1 de cada informe</source>
        <translation>Objective %1 of each report</translation>
    </message>
    <message>
        <source>Todos los años</source>
        <translation>Every year</translation>
    </message>
    <message>
        <source>Beneficiarios, cada unidad aparte</source>
        <translation>Beneficiaries, each unit apart</translation>
    </message>
    <message>
        <source>Presupuesto y beneficiarios por informe</source>
        <translation>Budget and beneficiaries per report</translation>
    </message>
    <message>
        <source>Este gráfico ordena los programas de un informe: elija uno en Informe</source>
        <translation>This chart ranks one report&apos;s programs: choose one under Report</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>mirador export-pdf: --compare espera un año, como 2024; se recibió «%1»
</source>
        <translation>mirador export-pdf: --compare expects a year, such as 2024; got “%1”
</translation>
    </message>
    <message>
        <source>mirador: la vista %1: %2
</source>
        <translation>mirador: the view %1: %2
</translation>
    </message>
    <message>
        <source>la base de datos «%1» que nombra la vista no existe; indique otra con --db</source>
        <translation>the database “%1” the view names does not exist; name another with --db</translation>
    </message>
    <message>
        <source>mirador %1: la vista nombra %2, que la base de datos no tiene; se exporta sin ese filtro
</source>
        <translation>mirador %1: the view names %2, which the database does not have; exporting without that filter
</translation>
    </message>
    <message>
        <source>mirador export-chart: --width y --height esperan un número entero de píxeles, como 1600
</source>
        <translation>mirador export-chart: --width and --height expect a whole number of pixels, such as 1600
</translation>
    </message>
    <message>
        <source>mirador: «%1» tiene bytes que no son texto en la codificación del sistema (UTF-8); Mirador no abre ni crea un archivo con un nombre así, porque lo cambiaría. Cambie el nombre o use otro.
</source>
        <translation>mirador: “%1” has bytes that are not text in the system’s encoding (UTF-8); Mirador neither opens nor creates a file with such a name, because it would change it. Rename it or use another.
</translation>
    </message>
    <message>
        <source>a --%1 le falta su valor</source>
        <translation>--%1 is missing its value</translation>
    </message>
    <message>
        <source>opción desconocida: %1</source>
        <translation>unknown option: %1</translation>
    </message>
    <message>
        <source>--year espera un año, como 2025; se recibió «%1»</source>
        <translation>--year expects a year, such as 2025; got “%1”</translation>
    </message>
    <message>
        <source>--objective espera el número de un objetivo, como 1; se recibió «%1»</source>
        <translation>--objective expects an objective number, such as 1; got “%1”</translation>
    </message>
    <message>
        <source>--search admite hasta %1 caracteres; se recibieron %2</source>
        <translation>--search accepts up to %1 characters; got %2</translation>
    </message>
    <message>
        <source>mirador init: %1
Uso: mirador init RUTA [--empty]
</source>
        <translation>mirador init: %1
Usage: mirador init PATH [--empty]
</translation>
    </message>
    <message>
        <source>indique una sola ruta</source>
        <translation>give a single path</translation>
    </message>
    <message>
        <source>mirador init: %1
</source>
        <translation>mirador init: %1
</translation>
    </message>
    <message>
        <source>Base de datos vacía creada en %1
</source>
        <translation>Empty database created at %1
</translation>
    </message>
    <message>
        <source>Base de datos creada en %1 con los datos del BGI 2025 de Sercotec
</source>
        <translation>Database created at %1 with the data from Sercotec’s BGI 2025
</translation>
    </message>
    <message>
        <source>falta --out ARCHIVO</source>
        <translation>missing --out FILE</translation>
    </message>
    <message>
        <source>argumento inesperado: %1</source>
        <translation>unexpected argument: %1</translation>
    </message>
    <message>
        <source>mirador %1: %2
Vea: mirador --help
</source>
        <translation>mirador %1: %2
See: mirador --help
</translation>
    </message>
    <message>
        <source>mirador %1: %2
</source>
        <translation>mirador %1: %2
</translation>
    </message>
    <message>
        <source>mirador export-csv: --table acepta results, indicators o milestones; se recibió «%1»
</source>
        <translation>mirador export-csv: --table accepts results, indicators or milestones; got “%1”
</translation>
    </message>
    <message>
        <source>mirador export-csv: %1
</source>
        <translation>mirador export-csv: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%n fila escrita en %1 (%2)
</source>
        <translation>
            <numerusform>%n row written to %1 (%2)
</numerusform>
            <numerusform>%n rows written to %1 (%2)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filas escritas en %1 (%2)
</source>
        <translation>
            <numerusform>%n row written to %1 (%2)
</numerusform>
            <numerusform>%n rows written to %1 (%2)
</numerusform>
        </translation>
    </message>
    <message>
        <source>mirador import: %1
Uso: mirador import [--db RUTA] ARCHIVO.csv
</source>
        <translation>mirador import: %1
Usage: mirador import [--db PATH] FILE.csv
</translation>
    </message>
    <message>
        <source>indique un solo archivo</source>
        <translation>give a single file</translation>
    </message>
    <message>
        <source>mirador import: %1
</source>
        <translation>mirador import: %1
</translation>
    </message>
    <message numerus="yes">
        <source>mirador import: %n problema; no se escribió nada
</source>
        <translation>
            <numerusform>mirador import: %n problem; nothing was written
</numerusform>
            <numerusform>mirador import: %n problems; nothing was written
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mirador import: %n problemas; no se escribió nada
</source>
        <translation>
            <numerusform>mirador import: %n problem; nothing was written
</numerusform>
            <numerusform>mirador import: %n problems; nothing was written
</numerusform>
        </translation>
    </message>
    <message>
        <source>mirador import: %1; no se escribió nada
</source>
        <translation>mirador import: %1; nothing was written
</translation>
    </message>
    <message>
        <source>%1: %2, %3 (%4, separador «%5»)
</source>
        <translation>%1: %2, %3 (%4, separator “%5”)
</translation>
    </message>
    <message numerus="yes">
        <source>%n fila nueva</source>
        <translation>
            <numerusform>%n new row</numerusform>
            <numerusform>%n new rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filas nuevas</source>
        <translation>
            <numerusform>%n new row</numerusform>
            <numerusform>%n new rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actualizada</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actualizadas</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message>
        <source>tabulador</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Programas nuevos: %1
</source>
        <translation>New programs: %1
</translation>
    </message>
    <message>
        <source>Columnas ignoradas: %1
</source>
        <translation>Ignored columns: %1
</translation>
    </message>
    <message>
        <source>mirador copy: %1
Uso: mirador copy --from RUTA|URL --to RUTA|URL
</source>
        <translation>mirador copy: %1
Usage: mirador copy --from PATH|URL --to PATH|URL
</translation>
    </message>
    <message>
        <source>faltan --from y --to</source>
        <translation>missing --from and --to</translation>
    </message>
    <message>
        <source>mirador copy: %1
</source>
        <translation>mirador copy: %1
</translation>
    </message>
    <message>
        <source>Copiada %1 en %2
</source>
        <translation>Copied %1 to %2
</translation>
    </message>
    <message>
        <source>faltan --rows N y --out RUTA</source>
        <translation>missing --rows N and --out PATH</translation>
    </message>
    <message>
        <source>falta --out RUTA</source>
        <translation>missing --out PATH</translation>
    </message>
    <message>
        <source>falta --rows N</source>
        <translation>missing --rows N</translation>
    </message>
    <message>
        <source>mirador generate-demo: %1
Uso: mirador generate-demo --rows N --out RUTA [--services K] [--years A]
</source>
        <translation>mirador generate-demo: %1
Usage: mirador generate-demo --rows N --out PATH [--services K] [--years Y]
</translation>
    </message>
    <message>
        <source>mirador generate-demo: --%1 espera un número entero de 1 a %2; se recibió «%3»
</source>
        <translation>mirador generate-demo: --%1 expects a whole number from 1 to %2; got “%3”
</translation>
    </message>
    <message>
        <source>mirador generate-demo: --rows espera un número entero positivo, como 100000; se recibió «%1»
</source>
        <translation>mirador generate-demo: --rows expects a positive whole number, such as 100000; got “%1”
</translation>
    </message>
    <message>
        <source>mirador generate-demo: %1 % (%2 de %3 filas)
</source>
        <translation>mirador generate-demo: %1 % (%2 of %3 rows)
</translation>
    </message>
    <message>
        <source>mirador generate-demo: %1
</source>
        <translation>mirador generate-demo: %1
</translation>
    </message>
    <message>
        <source>Base de datos de demostración creada en %1: %2 resultados y %3 indicadores sintéticos
</source>
        <translation>Demo database created at %1: %2 synthetic results and %3 synthetic indicators
</translation>
    </message>
    <message numerus="yes">
        <source>%n servicio sintético, con un informe por año de %1 a %2
</source>
        <translation>
            <numerusform>%n synthetic service, with one report a year from %1 to %2
</numerusform>
            <numerusform>%n synthetic services, with one report a year from %1 to %2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n servicios sintéticos, con un informe por año de %1 a %2
</source>
        <translation>
            <numerusform>%n synthetic service, with one report a year from %1 to %2
</numerusform>
            <numerusform>%n synthetic services, with one report a year from %1 to %2
</numerusform>
        </translation>
    </message>
    <message>
        <source>mirador export-pdf: %1
</source>
        <translation>mirador export-pdf: %1
</translation>
    </message>
    <message>
        <source>Informe de %1 páginas escrito en %2 (%3)
</source>
        <translation>%1-page report written to %2 (%3)
</translation>
    </message>
    <message>
        <source>mirador export-chart: --chart acepta %1; se recibió «%2»
</source>
        <translation>mirador export-chart: --chart accepts %1; got “%2”
</translation>
    </message>
    <message>
        <source>mirador export-chart: --out debe terminar en .pdf, .png o .svg
</source>
        <translation>mirador export-chart: --out must end in .pdf, .png or .svg
</translation>
    </message>
    <message>
        <source>mirador export-chart: --dpi espera un número entero, como 150
</source>
        <translation>mirador export-chart: --dpi expects a whole number, such as 150
</translation>
    </message>
    <message>
        <source>mirador export-chart: %1
</source>
        <translation>mirador export-chart: %1
</translation>
    </message>
    <message>
        <source>Gráfico «%1» escrito en %2 (%3)
</source>
        <translation>Chart “%1” written to %2 (%3)
</translation>
    </message>
    <message>
        <source>mirador: comando desconocido «%1». Vea: mirador --help
</source>
        <translation>mirador: unknown command “%1”. See: mirador --help
</translation>
    </message>
    <message>
        <source>mirador: %1
Vea: mirador --help
</source>
        <translation>mirador: %1
See: mirador --help
</translation>
    </message>
    <message>
        <source>mirador: no hay pantalla gráfica (DISPLAY no está definido), así que la ventana no puede abrirse.
  Con un servidor X virtual (paquete xvfb): xvfb-run -a mirador
  Sin ventana: mirador export-csv --out resultados.csv (vea mirador --help)
</source>
        <translation>mirador: no graphical display (DISPLAY is not set), so the window cannot open.
  With a virtual X server (package xvfb): xvfb-run -a mirador
  Without a window: mirador export-csv --out resultados.csv (see mirador --help)
</translation>
    </message>
    <message>
        <source>mirador: la ventana no mostró sus primeras filas y su gráfico en 60 s; se cierra igual.
</source>
        <translation>mirador: the window did not show its first rows and chart within 60 s; it closes anyway.
</translation>
    </message>
    <message>
        <source>mirador export-chart: --format acepta pdf, png o svg; se recibió «%1»
</source>
        <translation>mirador export-chart: --format takes pdf, png or svg; got “%1”
</translation>
    </message>
    <message>
        <source>mirador export-chart: para escribir en la salida estándar indique --format pdf, png o svg
</source>
        <translation>mirador export-chart: to write to standard output, give --format pdf, png or svg
</translation>
    </message>
    <message>
        <source>mirador export-chart: --format %1 no corresponde a «%2»
</source>
        <translation>mirador export-chart: --format %1 does not match “%2”
</translation>
    </message>
    <message>
        <source>mirador export-xlsx: --table acepta results, indicators o milestones; se recibió «%1»
</source>
        <translation>mirador export-xlsx: --table takes results, indicators or milestones; got “%1”
</translation>
    </message>
    <message>
        <source>mirador export-xlsx: %1
</source>
        <translation>mirador export-xlsx: %1
</translation>
    </message>
    <message>
        <source>Libro de Excel escrito en %1 (filas: %2; %3)
</source>
        <translation>Excel workbook written to %1 (rows: %2; %3)
</translation>
    </message>
    <message>
        <source>presupuestos: %1, beneficiarios: %2, indicadores: %3, hitos: %4</source>
        <translation>budgets: %1, beneficiaries: %2, indicators: %3, milestones: %4</translation>
    </message>
    <message>
        <source>mirador read-report: %1
</source>
        <translation>mirador read-report: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%n propuesta de %1 escrita en %2 (%3); nada se escribió en la base de datos
</source>
        <translation>
            <numerusform>%n proposal from %1 written to %2 (%3); nothing was written to the database
</numerusform>
            <numerusform>%n proposals from %1 written to %2 (%3); nothing was written to the database
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n propuestas de %1 escritas en %2 (%3); nada se escribió en la base de datos
</source>
        <translation>
            <numerusform>%n proposal from %1 written to %2 (%3); nothing was written to the database
</numerusform>
            <numerusform>%n proposals from %1 written to %2 (%3); nothing was written to the database
</numerusform>
        </translation>
    </message>
    <message>
        <source>mirador %1: la base de datos es de solo lectura (%2); no se escribió nada
</source>
        <translation>mirador %1: the database is read-only (%2); nothing was written
</translation>
    </message>
    <message>
        <source>mirador %1: «%2» %3; no se escribió nada
</source>
        <translation>mirador %1: “%2” %3; nothing was written
</translation>
    </message>
    <message>
        <source>mirador %1: se actualizó el esquema de la base de datos; la copia anterior está en «%2»
</source>
        <translation>mirador %1: the database schema was updated; the previous copy is at “%2”
</translation>
    </message>
    <message>
        <source>mirador read-report: %1
Uso: mirador read-report ARCHIVO.pdf|ARCHIVO.txt --out PROPUESTAS.csv
     mirador read-report ARCHIVO.pdf|ARCHIVO.txt [--db RUTA] --accept-all
</source>
        <translation>mirador read-report: %1
Usage: mirador read-report FILE.pdf|FILE.txt --out PROPOSALS.csv
       mirador read-report FILE.pdf|FILE.txt [--db PATH] --accept-all
</translation>
    </message>
    <message>
        <source>indique un archivo y --out, o --accept-all</source>
        <translation>give a file and --out, or --accept-all</translation>
    </message>
    <message numerus="yes">
        <source>%1: informe %2 %3 escrito con %n cifras sin confirmar (%4)
</source>
        <translation>
            <numerusform>%1: report %2 %3 written with %n unconfirmed figure (%4)
</numerusform>
            <numerusform>%1: report %2 %3 written with %n unconfirmed figures (%4)
</numerusform>
        </translation>
    </message>
    <message>
        <source>mirador %1: %2; no se escribió nada
</source>
        <translation>mirador %1: %2; nothing was written
</translation>
    </message>
    <message numerus="yes">
        <source>mirador %1: la base de datos ya tiene el informe %2, con las mismas %n cifras; no se escribió nada
</source>
        <translation>
            <numerusform>mirador %1: the database already has the report %2, with the same %n figure; nothing was written
</numerusform>
            <numerusform>mirador %1: the database already has the report %2, with the same %n figures; nothing was written
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mirador %1: la base de datos ya tiene el informe %2; no se duplica y no se escribió nada. Escribirlo cambiaría esto (%n cifras iguales; + las que añadiría, - las que tiene y no vienen):
</source>
        <translation>
            <numerusform>mirador %1: the database already has the report %2; it is not duplicated and nothing was written. Writing it would change this (%n figure the same; + those it would add, - those it has that are not coming):
</numerusform>
            <numerusform>mirador %1: the database already has the report %2; it is not duplicated and nothing was written. Writing it would change this (%n figures the same; + those it would add, - those it has that are not coming):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: informe %2, %3 escrito con %n cifra confirmada por %4 (%5)
</source>
        <translation>
            <numerusform>%1: report %2, %3 written with %n figure confirmed by %4 (%5)
</numerusform>
            <numerusform>%1: report %2, %3 written with %n figures confirmed by %4 (%5)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: informe %2, %3 escrito con %n cifras confirmadas por %4 (%5)
</source>
        <translation>
            <numerusform>%1: report %2, %3 written with %n figure confirmed by %4 (%5)
</numerusform>
            <numerusform>%1: report %2, %3 written with %n figures confirmed by %4 (%5)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Uso: mirador [[--db] RUTA|URL] [--read-only] [[--view] ARCHIVO.mirador-view]
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
  import [--db RUTA] PROPUESTAS.csv
                          Escribe el informe de un archivo de read-report --out que una
                          persona revisó (corrigió valores, borró filas): sus objetivos,
                          acciones y cifras, confirmadas por quien lo importa. No duplica
                          un informe que ya está (mismo servicio y año): dice qué cambiaría.
  export-csv --out ARCHIVO [--db RUTA] [--table results|indicators|milestones] [--excel]
                          [filtros]
                          Escribe la tabla en CSV UTF-8 simple (coma, números 1487480 y 51.8);
                          --excel: para Excel en español (BOM, punto y coma, 1.487.480 y 51,8).
  export-xlsx --out ARCHIVO.xlsx [--db RUTA] [--table results|indicators|milestones] [filtros]
                          Escribe un libro de Excel: una hoja por tabla (todas, o la de
                          --table) con los encabezados de la ventana, números como números,
                          y una hoja con los filtros, la fuente y la fecha.
  copy --from RUTA|URL --to RUTA|URL
                          Copia una base de datos completa entre SQLite y PostgreSQL.
  generate-demo --rows N --out RUTA [--services K] [--years A]
                          Crea una base de datos SQLite nueva con K servicios sintéticos
                          (3 si no se indica, hasta 26), cada uno con un informe por año en
                          los últimos A años hasta 2025 (3 si no se indica, hasta 10), y N
                          resultados sintéticos repartidos entre ellos (más un indicador cada
                          10), todo marcado como sintético, para pruebas de rendimiento y
                          demostraciones. Los mismos N, K y A dan siempre la misma base de datos.
  read-report ARCHIVO.pdf|ARCHIVO.txt --out PROPUESTAS.csv
                          Lee un Balance de Gestión Integral (su PDF, o el texto que escribe
                          pdftotext) y escribe cada cifra que propone, con su oración y su
                          página, para que una persona la revise. No escribe en la base de
                          datos.
  read-report ARCHIVO.pdf|ARCHIVO.txt [--db RUTA] --accept-all
                          Escribe el informe leído en la base de datos, con todas sus
                          cifras marcadas como no confirmadas. No duplica un informe que ya
                          está (mismo servicio y año): dice qué cambiaría.
  export-pdf --out ARCHIVO.pdf [--db RUTA] [--compare AÑO] [filtros]
                          Escribe el informe PDF A4: portada, una página por objetivo
                          estratégico, totales.
                          --compare AÑO: compara dos años de un servicio (--service, o el
                          único), el de --year (o el último) con AÑO: una página por
                          objetivo con ambos años y el cambio.
  export-chart --chart GRÁFICO --out ARCHIVO.pdf|.png|.svg [--dpi N] [--db RUTA] [filtros]
                          Escribe un gráfico: budget-beneficiaries, programs,
                          cost-per-beneficiary, word-cloud o trend (PNG a N ppp, 150 por
                          omisión). trend: cada año, sin el filtro de año ni de informe.
                          --width PX, --height PX: el PNG en píxeles (uno solo: el otro
                          en la forma del gráfico).
                          --format pdf|png|svg: el formato, si --out no lo dice (--out -).
  help, --help            Muestra esta ayuda.
  --version               Muestra la versión.

Filtros (los mismos de la ventana):
  --service TEXTO         Servicio, por su sigla o su nombre, entero o en parte, sin
                          distinguir mayúsculas ni tildes: --service sercotec.
  --year AÑO              Por ejemplo 2025.
  --objective N           Número del objetivo estratégico, 1 a 4.
  --program TEXTO         Nombre o parte del nombre del programa, sin distinguir mayúsculas
                          ni tildes: --program &quot;ferias libres&quot;.
  --region REGIÓN         Código (14, 08), número romano (XIV, RM) o nombre (&quot;los rios&quot;);
                          &quot;Nacional&quot; (00) para cifras no desglosadas por región.
  --search TEXTO          Palabras que deben aparecer en la fila, sin distinguir
                          mayúsculas ni tildes.
  --view ARCHIVO          Una vista guardada en la ventana (Archivo → Guardar vista…):
                          su base de datos, sus filtros y, en export-chart, su gráfico.
                          --db, --chart y cada filtro dado reemplazan los de la vista.

--out - (o /dev/stdout) escribe en la salida estándar; el mensaje final va entonces a la
salida de errores. Una exportación nunca reemplaza la base de datos abierta, otra base de
datos SQLite ni lo que no es un archivo común (carpeta, dispositivo, FIFO), y si falla (el
disco lleno) deja el archivo anterior como estaba.

Opciones de la ventana:
  [--db] RUTA|URL         Abre esta base de datos en vez de la predeterminada
                          (%1).
  --read-only             Abre la base de datos solo para lectura.
  [--view] ARCHIVO.mirador-view
                          Abre la vista guardada: su base de datos, filtros, tabla,
                          gráfico, columnas y orden.
  --quit-after-load       Sale (código 0) en cuanto la ventana muestra sus primeras filas y
                          gráficos: mide el tiempo hasta las primeras filas.

RUTA es un archivo SQLite; URL, un servidor PostgreSQL: postgresql://usuario@servidor:puerto/base.
La contraseña se toma de PGPASSWORD o ~/.pgpass; Mirador nunca la guarda.
Toda RUTA dada a un comando distinto de init, copy --to y generate-demo --out debe existir;
Mirador no crea ni modifica un archivo que no puede abrir.
</source>
        <translation>Usage: mirador [[--db] PATH|URL] [--read-only] [[--view] FILE.mirador-view]
       mirador COMMAND [OPTIONS]

Mirador shows the programs and results that a public service reports in its
Balance de Gestión Integral. Without a command it opens the window.

Commands:
  init PATH|URL [--empty]  Creates a database with the built-in data from Sercotec’s BGI 2025
                          (--empty: no data, only the regions).
  import [--db PATH] FILE.csv
                          Imports results or indicators (the export-csv format, or a
                          spreadsheet in Spanish). Checks everything before writing: a single
                          error and nothing is written.
  import [--db PATH] PROPOSALS.csv
                          Writes the report of a read-report --out file that a person
                          went through (corrected values, deleted rows): its objectives,
                          actions and figures, confirmed by whoever imports it. Does not
                          duplicate a report that is there (same service and year): says
                          what would change.
  export-csv --out FILE [--db PATH] [--table results|indicators|milestones] [--excel]
                          [filters]
                          Writes the table as plain UTF-8 CSV (comma, numbers 1487480 and 51.8);
                          --excel: for Excel in Spanish (BOM, semicolon, 1.487.480 and 51,8).
  export-xlsx --out FILE.xlsx [--db PATH] [--table results|indicators|milestones] [filters]
                          Writes an Excel workbook: one sheet per table (all of them, or the
                          one of --table) with the window’s headers, numbers as numbers,
                          and a sheet with the filters, the source and the date.
  copy --from PATH|URL --to PATH|URL
                          Copies a whole database between SQLite and PostgreSQL.
  generate-demo --rows N --out PATH [--services K] [--years Y]
                          Creates a new SQLite database with K synthetic services (3 unless
                          given, up to 26), each with one report a year for the last Y years
                          up to 2025 (3 unless given, up to 10), and N synthetic results
                          spread over them (plus one indicator every 10), all marked as
                          synthetic, for performance tests and demos. The same N, K and Y
                          always give the same database.
  read-report FILE.pdf|FILE.txt --out PROPOSALS.csv
                          Reads a Balance de Gestión Integral (its PDF, or the text pdftotext
                          writes) and writes each figure it proposes, with its sentence and
                          its page, for a person to review. Writes nothing to the database.
  read-report FILE.pdf|FILE.txt [--db PATH] --accept-all
                          Writes the report read into the database, with all its figures
                          marked as not confirmed. Does not duplicate a report that is
                          already there (same service and year): says what would change.
                          there (same service and year): says what would change.
  export-pdf --out FILE.pdf [--db PATH] [--compare YEAR] [filters]
                          Writes the A4 PDF report: cover page, one page per strategic
                          objective, totals.
                          --compare YEAR: compares two years of one service (--service, or
                          the only one), that of --year (or the latest) with YEAR: one page
                          per objective with both years and the change.
  export-chart --chart CHART --out FILE.pdf|.png|.svg [--dpi N] [--db PATH] [filters]
                          Writes a chart: budget-beneficiaries, programs,
                          cost-per-beneficiary, word-cloud or trend (PNG at N dpi, 150 by
                          default). trend: every year, without the year or report filter.
                          --width PX, --height PX: the PNG in pixels (only one: the other
                          in the chart’s shape).
                          --format pdf|png|svg: the format, when --out does not say it (--out -).
  help, --help            Shows this help.
  --version               Shows the version.

Filters (the same as in the window):
  --service TEXT          A service, by its acronym or its name, whole or in part,
                          ignoring case and accents: --service sercotec.
  --year YEAR             For example 2025.
  --objective N           Strategic objective number, 1 to 4.
  --program TEXT          Program name or part of it, ignoring case and
                          accents: --program &quot;ferias libres&quot;.
  --region REGION         Code (14, 08), Roman numeral (XIV, RM) or name (&quot;los rios&quot;);
                          &quot;Nacional&quot; (00) for figures not broken down by region.
  --search TEXT           Words that must appear in the row, ignoring
                          case and accents.
  --view FILE             A view saved in the window (File → Save view…): its
                          database, its filters and, for export-chart, its chart.
                          --db, --chart and each filter given replace the view&apos;s.

--out - (or /dev/stdout) writes to standard output; the closing message then goes to
standard error. An export never replaces the open database, another SQLite database or
anything that is not a regular file (folder, device, FIFO), and when it fails (a full
disk) it leaves the previous file as it was.

Window options:
  [--db] PATH|URL         Opens this database instead of the default one
                          (%1).
  --read-only             Opens the database read-only.
  [--view] FILE.mirador-view
                          Opens the saved view: its database, filters, table,
                          chart, columns and sort.
  --quit-after-load       Exits (code 0) as soon as the window shows its first rows and
                          charts: measures the time to the first rows.

PATH is an SQLite file; URL, a PostgreSQL server: postgresql://user@host:port/database.
The password is taken from PGPASSWORD or ~/.pgpass; Mirador never stores it.
Any PATH given to a command other than init, copy --to and generate-demo --out must exist;
Mirador does not create or modify a file it cannot open.
</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Presupuesto (M$)</source>
        <translation>Budget (M$)</translation>
    </message>
    <message>
        <source>Beneficiarios (sin unidad)</source>
        <translation>Beneficiaries (no unit)</translation>
    </message>
    <message>
        <source>Beneficiarios (%1)</source>
        <translation>Beneficiaries (%1)</translation>
    </message>
    <message>
        <source>M$ por beneficiario (sin unidad)</source>
        <translation>M$ per beneficiary (no unit)</translation>
    </message>
    <message>
        <source>M$ por %1</source>
        <translation>M$ per %1</translation>
    </message>
    <message>
        <source>unidad solo en %1</source>
        <translation>unit only in %1</translation>
    </message>
    <message>
        <source>solo en %1</source>
        <translation>only in %1</translation>
    </message>
    <message>
        <source>Es el mismo informe dos veces: elija dos informes distintos.</source>
        <translation>The same report twice: choose two different reports.</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Comparar informes</source>
        <translation>Compare reports</translation>
    </message>
    <message>
        <source>Informe anterior</source>
        <translation>Earlier report</translation>
    </message>
    <message>
        <source>Informe posterior</source>
        <translation>Later report</translation>
    </message>
    <message>
        <source>Informe &amp;anterior:</source>
        <translation>&amp;Earlier report:</translation>
    </message>
    <message>
        <source>Informe &amp;posterior:</source>
        <translation>&amp;Later report:</translation>
    </message>
    <message>
        <source>Comparación de los dos informes</source>
        <translation>Comparison of the two reports</translation>
    </message>
    <message>
        <source>%1. M$ por beneficiario: presupuesto dividido por beneficiarios, solo en las filas que informan ambos, unidad por unidad; beneficiarios de unidades distintas nunca se suman. Cambio %: respecto del informe anterior.</source>
        <translation>%1. M$ per beneficiary: budget divided by beneficiaries, only over the rows that report both, unit by unit; beneficiaries of different units are never added together. Change %: relative to the earlier report.</translation>
    </message>
    <message>
        <source>&amp;Exportar CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Filtro: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>(el objetivo no se aplica: cada informe tiene sus propios objetivos)</source>
        <translation>(the objective does not apply: each report has objectives of its own)</translation>
    </message>
    <message>
        <source>La base de datos tiene menos de dos informes: no hay qué comparar.</source>
        <translation>The database has fewer than two reports: there is nothing to compare.</translation>
    </message>
    <message>
        <source>No se pudo leer la comparación: %1</source>
        <translation>Could not read the comparison: %1</translation>
    </message>
    <message>
        <source>Programa</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Cifra</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Cambio</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Cambio %</source>
        <translation>Change %</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ningún programa de estos informes pasa el filtro.</source>
        <translation>No program of these reports passes the filter.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln programa</source>
        <translation>
            <numerusform>%Ln program</numerusform>
            <numerusform>%Ln programs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln programas</source>
        <translation>
            <numerusform>%Ln program</numerusform>
            <numerusform>%Ln programs</numerusform>
        </translation>
    </message>
    <message>
        <source>comparacion-%1-%2.csv</source>
        <translation>comparison-%1-%2.csv</translation>
    </message>
    <message>
        <source>Exportar comparación a CSV</source>
        <translation>Export comparison to CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>No se exportó la comparación: %1</source>
        <translation>The comparison was not exported: %1</translation>
    </message>
    <message>
        <source>Comparación escrita en %1</source>
        <translation>Comparison written to %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>línea %1, columna %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>El archivo está en UTF-16 sin marca de orden de bytes (BOM), que Mirador no lee. Guárdelo como «CSV UTF-8» o «CSV (delimitado por comas)».</source>
        <translation>The file is in UTF-16 without a byte-order mark (BOM), which Mirador does not read. Save it as “CSV UTF-8” or “CSV (Comma delimited)”.</translation>
    </message>
    <message>
        <source>El archivo está en UTF-8, pero en la %1 hay un byte (0x%2) que no es UTF-8 válido. Corríjalo o guarde el archivo de nuevo como UTF-8.</source>
        <translation>The file is in UTF-8, but at %1 there is a byte (0x%2) that is not valid UTF-8. Correct it, or save the file again as UTF-8.</translation>
    </message>
    <message>
        <source>Línea %1: unas comillas abren un campo y no se cierran.</source>
        <translation>Line %1: a quote opens a field and is never closed.</translation>
    </message>
    <message>
        <source>Línea %1: hay texto después de las comillas que cierran un campo; dentro de un campo entre comillas, las comillas se escriben dobles (&quot;&quot;).</source>
        <translation>Line %1: there is text after the quote that closes a field; inside a quoted field, quotes are written doubled (&quot;&quot;).</translation>
    </message>
    <message>
        <source>El archivo está vacío: no tiene ni una fila de encabezado.</source>
        <translation>The file is empty: it does not even have a header row.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>la exportación se canceló</source>
        <translation>the export was cancelled</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>la tabla de resultados ya tiene filas</source>
        <translation>the results table already has rows</translation>
    </message>
    <message>
        <source>la fila %1 de la tabla %2 tiene %3 = %4, fuera de lo que Mirador guarda (cifras de -%5 a %5; presupuestos y beneficiarios desde 0). Corríjala con sqlite3 o psql y vuelva a abrir el archivo.</source>
        <translation>row %1 of table %2 has %3 = %4, beyond what Mirador keeps (figures from -%5 to %5; budgets and beneficiaries from 0). Correct it with sqlite3 or psql and open the file again.</translation>
    </message>
    <message>
        <source>no se puede leer (%1)</source>
        <translation>cannot be read (%1)</translation>
    </message>
    <message>
        <source>el archivo está vacío; no es una base de datos de Mirador</source>
        <translation>the file is empty; it is not a Mirador database</translation>
    </message>
    <message>
        <source>no es una base de datos SQLite</source>
        <translation>not an SQLite database</translation>
    </message>
    <message>
        <source>está dañada: la cabecera SQLite no es válida</source>
        <translation>it is damaged: the SQLite header is not valid</translation>
    </message>
    <message>
        <source>está dañada o truncada: su tamaño (%1 bytes) no es múltiplo de la página (%2 bytes)</source>
        <translation>it is damaged or truncated: its size (%1 bytes) is not a multiple of the page size (%2 bytes)</translation>
    </message>
    <message>
        <source>está truncada: la cabecera anuncia %1 páginas y el archivo tiene %2</source>
        <translation>it is truncated: the header announces %1 pages and the file has %2</translation>
    </message>
    <message>
        <source>no se encontró la migración %1</source>
        <translation>migration %1 not found</translation>
    </message>
    <message>
        <source>la migración %1 falló: %2</source>
        <translation>migration %1 failed: %2</translation>
    </message>
    <message>
        <source>No se puede abrir «%1»: %2.</source>
        <translation>Cannot open “%1”: %2.</translation>
    </message>
    <message>
        <source>«%1» no es una dirección válida; se espera postgresql://usuario@servidor:puerto/basededatos</source>
        <translation>“%1” is not a valid address; expected postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>falta el controlador PostgreSQL de Qt (libqt6sql6-psql)</source>
        <translation>the Qt PostgreSQL driver is missing (libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>el servidor no aceptó la conexión (%1)</source>
        <translation>the server did not accept the connection (%1)</translation>
    </message>
    <message>
        <source>está dañada (%1)</source>
        <translation>it is damaged (%1)</translation>
    </message>
    <message>
        <source>fue creada por una versión más reciente de Mirador (esquema %1; esta versión conoce hasta el %2)</source>
        <translation>it was created by a newer version of Mirador (schema %1; this version knows up to %2)</translation>
    </message>
    <message>
        <source>no es una base de datos de Mirador (no tiene esquema; créela con mirador init)</source>
        <translation>not a Mirador database (it has no schema; create it with mirador init)</translation>
    </message>
    <message>
        <source>abierta solo para lectura</source>
        <translation>opened read-only</translation>
    </message>
    <message>
        <source>el usuario %1 no tiene permiso para modificarla</source>
        <translation>user %1 is not allowed to modify it</translation>
    </message>
    <message>
        <source>no se pudo actualizar su esquema: %1</source>
        <translation>could not update its schema: %1</translation>
    </message>
    <message>
        <source>falta el controlador SQLite de Qt (libqt6sql6-sqlite)</source>
        <translation>the Qt SQLite driver is missing (libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>no es una base de datos de Mirador (no tiene esquema)</source>
        <translation>not a Mirador database (it has no schema)</translation>
    </message>
    <message>
        <source>el archivo o su carpeta no se pueden escribir</source>
        <translation>the file or its folder is not writable</translation>
    </message>
    <message>
        <source>su esquema (versión %1) debe actualizarse y no se puede escribir</source>
        <translation>its schema (version %1) needs an update and the file is not writable</translation>
    </message>
    <message>
        <source>no se pudo guardar una copia de respaldo en «%1» antes de actualizar su esquema (%2)</source>
        <translation>could not save a backup copy to “%1” before updating its schema (%2)</translation>
    </message>
    <message>
        <source>no se pudo actualizar su esquema (%1); el archivo quedó como estaba y hay una copia de respaldo en «%2»</source>
        <translation>could not update its schema (%1); the file was left as it was and there is a backup copy at “%2”</translation>
    </message>
    <message>
        <source>No se creó «%1»: %2.</source>
        <translation>Could not create “%1”: %2.</translation>
    </message>
    <message>
        <source>ya contiene una base de datos de Mirador</source>
        <translation>it already contains a Mirador database</translation>
    </message>
    <message>
        <source>error desconocido</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>No se creó «%1»: ya existe.</source>
        <translation>Could not create “%1”: it already exists.</translation>
    </message>
    <message>
        <source>No se creó «%1»: la carpeta «%2» no existe.</source>
        <translation>Could not create “%1”: the folder “%2” does not exist.</translation>
    </message>
    <message>
        <source>No se creó «%1»: falta el controlador SQLite de Qt (libqt6sql6-sqlite).</source>
        <translation>Could not create “%1”: the Qt SQLite driver is missing (libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>no se pudo mover el archivo a su lugar</source>
        <translation>could not move the file into place</translation>
    </message>
    <message>
        <source>No se pudo crear la carpeta de datos «%1».</source>
        <translation>Could not create the data folder “%1”.</translation>
    </message>
    <message>
        <source>SQLite no la puede abrir: %1</source>
        <translation>SQLite cannot open it: %1</translation>
    </message>
    <message>
        <source>SQLite no la puede leer: %1</source>
        <translation>SQLite cannot read it: %1</translation>
    </message>
    <message>
        <source>no se pudo saber qué esquema debe tener (%1)</source>
        <translation>the schema it should have could not be worked out (%1)</translation>
    </message>
    <message>
        <source>la tabla «%1»</source>
        <translation>the table “%1”</translation>
    </message>
    <message>
        <source>el disparador «%1»</source>
        <translation>the trigger “%1”</translation>
    </message>
    <message>
        <source>el índice «%1»</source>
        <translation>the index “%1”</translation>
    </message>
    <message>
        <source>la columna «%1» de la tabla «%2»</source>
        <translation>the column “%1” of the table “%2”</translation>
    </message>
    <message>
        <source>no es una base de datos de Mirador completa: falta %1</source>
        <translation>it is not a complete Mirador database: missing %1</translation>
    </message>
    <message>
        <source>su versión de esquema (%1) no es una que Mirador haya escrito; no es una base de datos de Mirador válida</source>
        <translation>its schema version (%1) is not one Mirador ever wrote; it is not a valid Mirador database</translation>
    </message>
    <message>
        <source>no se pudo revisar: %1</source>
        <translation>it could not be checked: %1</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>la base de datos no devolvió el id insertado</source>
        <translation>the database did not return the inserted id</translation>
    </message>
    <message>
        <source>no se encontró la tabla de regiones</source>
        <translation>the regions table was not found</translation>
    </message>
    <message>
        <source>Nacional</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <source>línea de regiones mal formada: %1</source>
        <translation>malformed region line: %1</translation>
    </message>
    <message>
        <source>no se encontró el conjunto de datos incorporado</source>
        <translation>the built-in data set was not found</translation>
    </message>
    <message>
        <source>el conjunto de datos incorporado no se puede leer: %1</source>
        <translation>the built-in data set cannot be read: %1</translation>
    </message>
    <message>
        <source>el conjunto de datos incorporado tiene una referencia rota: %1</source>
        <translation>the built-in data set has a broken reference: %1</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>no hay regiones</source>
        <translation>there are no regions</translation>
    </message>
    <message>
        <source>generación cancelada</source>
        <translation>generation cancelled</translation>
    </message>
    <message>
        <source>no se pudo escribir el resultado %1: %2</source>
        <translation>could not write result %1: %2</translation>
    </message>
    <message>
        <source>no se pudo escribir el indicador %1: %2</source>
        <translation>could not write indicator %1: %2</translation>
    </message>
    <message>
        <source>No se creó «%1»: los datos sintéticos se escriben solo en un archivo SQLite.</source>
        <translation>Could not create “%1”: synthetic data is only written to an SQLite file.</translation>
    </message>
    <message>
        <source>No se creó «%1»: el número de filas debe ser positivo.</source>
        <translation>Could not create “%1”: the number of rows must be positive.</translation>
    </message>
    <message>
        <source>No se creó «%1»: se pueden generar de 1 a %2 servicios y de 1 a %3 años.</source>
        <translation>Could not create “%1”: from 1 to %2 services and from 1 to %3 years can be generated.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Cifra editada: no es la del informe</source>
        <translation>Edited figure: not the report&apos;s</translation>
    </message>
    <message>
        <source>Detalle de la cifra</source>
        <translation>Figure details</translation>
    </message>
    <message>
        <source>Fuente (texto del informe)</source>
        <translation>Source (report text)</translation>
    </message>
    <message>
        <source>Objetivo estratégico %1: %2</source>
        <translation>Strategic objective %1: %2</translation>
    </message>
    <message>
        <source>Acción %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <source>Justificación</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Seleccione una fila para ver la oración del informe de la que proviene la cifra, y su objetivo, acción y justificación.</source>
        <translation>Select a row to see the report sentence the figure comes from, along with its objective, action and justification.</translation>
    </message>
    <message>
        <source>La oración del informe de la que proviene la cifra seleccionada, con su objetivo, acción y justificación</source>
        <translation>The report sentence the selected figure comes from, with its objective, action and justification</translation>
    </message>
</context>
<context>
    <name>DraftWriter</name>
    <message>
        <source>Objetivo %1</source>
        <translation>Objective %1</translation>
    </message>
    <message>
        <source>«%1» no es un número entero, y un presupuesto (en M$) o un número de beneficiarios lo es: %2</source>
        <translation>“%1” is not a whole number, and a budget (in M$) or a number of beneficiaries is: %2</translation>
    </message>
    <message>
        <source>el programa %1 tiene dos %2 en el objetivo %3, acción %4; deje uno</source>
        <translation>the program %1 has two %2 in objective %3, action %4; keep one</translation>
    </message>
    <message>
        <source>presupuestos</source>
        <translation>budgets</translation>
    </message>
    <message>
        <source>cifras de beneficiarios</source>
        <translation>beneficiary counts</translation>
    </message>
    <message>
        <source>Balance de Gestión Integral %1</source>
        <translation>Balance de Gestión Integral %1</translation>
    </message>
    <message>
        <source>la base de datos no tiene la región «Nacional» (código 00)</source>
        <translation>the database has no region “Nacional” (code 00)</translation>
    </message>
    <message>
        <source>%1: el informe no tiene ese objetivo o esa acción</source>
        <translation>%1: the report has no such objective or action</translation>
    </message>
    <message>
        <source>el informe no dice de qué servicio o de qué año es; no se escribió nada</source>
        <translation>the report does not say which service or year it is from; nothing was written</translation>
    </message>
    <message numerus="yes">
        <source>la base de datos ya tiene el informe %1; no se duplica (%n cifras iguales, %2 nuevas, %3 que la lectura no trae)</source>
        <translation>
            <numerusform>the database already has the report %1; it is not duplicated (%n figure the same, %2 new, %3 the reading lacks)</numerusform>
            <numerusform>the database already has the report %1; it is not duplicated (%n figures the same, %2 new, %3 the reading lacks)</numerusform>
        </translation>
    </message>
    <message>
        <source>presupuesto %1</source>
        <translation>budget %1</translation>
    </message>
    <message>
        <source>beneficiarios %1</source>
        <translation>beneficiaries %1</translation>
    </message>
    <message>
        <source>indicador %1</source>
        <translation>indicator %1</translation>
    </message>
    <message>
        <source>hito %1: %2</source>
        <translation>milestone %1: %2</translation>
    </message>
    <message>
        <source> (con %1)</source>
        <translation> (with %1)</translation>
    </message>
    <message>
        <source>Porcentaje</source>
        <translation>Percentage</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>no queda espacio en el disco</source>
        <translation>no space left on the disk</translation>
    </message>
    <message>
        <source>se agotó la cuota de disco del usuario</source>
        <translation>the user’s disk quota is used up</translation>
    </message>
    <message>
        <source>el archivo es más grande de lo que admite el disco</source>
        <translation>the file is larger than the disk allows</translation>
    </message>
    <message>
        <source>el disco es de solo lectura</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>no hay permiso para escribir ahí</source>
        <translation>no permission to write there</translation>
    </message>
    <message>
        <source>la carpeta no existe</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>una parte de la ruta no es una carpeta</source>
        <translation>a part of the path is not a folder</translation>
    </message>
    <message>
        <source>el nombre es demasiado largo</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>error de entrada y salida del disco</source>
        <translation>the disk reported an input/output error</translation>
    </message>
    <message>
        <source>quien leía la salida la cerró</source>
        <translation>the program reading the output closed it</translation>
    </message>
    <message>
        <source>se escribieron %1 de %2 bytes</source>
        <translation>%1 of %2 bytes were written</translation>
    </message>
    <message>
        <source>es la base de datos abierta; una exportación nunca la reemplaza</source>
        <translation>it is the open database; an export never replaces it</translation>
    </message>
    <message>
        <source>es la base de datos abierta («%1»); una exportación nunca la reemplaza</source>
        <translation>it is the open database (“%1”); an export never replaces it</translation>
    </message>
    <message>
        <source>es el archivo «%1» de la base de datos abierta «%2»; una exportación nunca lo reemplaza</source>
        <translation>it is the “%1” file of the open database “%2”; an export never replaces it</translation>
    </message>
    <message>
        <source>la salida estándar</source>
        <translation>standard output</translation>
    </message>
    <message>
        <source>falta el nombre del archivo</source>
        <translation>the file name is missing</translation>
    </message>
    <message>
        <source>es una carpeta</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>es un dispositivo, no un archivo común</source>
        <translation>it is a device, not a regular file</translation>
    </message>
    <message>
        <source>es una tubería con nombre (FIFO), no un archivo común</source>
        <translation>it is a named pipe (FIFO), not a regular file</translation>
    </message>
    <message>
        <source>es un socket, no un archivo común</source>
        <translation>it is a socket, not a regular file</translation>
    </message>
    <message>
        <source>no es un archivo común</source>
        <translation>it is not a regular file</translation>
    </message>
    <message>
        <source>no se puede leer para comprobar que no sea una base de datos: %1</source>
        <translation>it cannot be read to check that it is not a database: %1</translation>
    </message>
    <message>
        <source>es una base de datos SQLite; una exportación nunca reemplaza una base de datos</source>
        <translation>it is an SQLite database; an export never replaces a database</translation>
    </message>
    <message>
        <source>No se pudo escribir en la salida estándar: %1.</source>
        <translation>Could not write to standard output: %1.</translation>
    </message>
    <message>
        <source>No se pudo escribir «%1»: %2. El archivo que había quedó como estaba.</source>
        <translation>Could not write “%1”: %2. The file that was there is as it was.</translation>
    </message>
    <message>
        <source>No se pudo escribir «%1»: %2. No se creó ningún archivo.</source>
        <translation>Could not write “%1”: %2. No file was created.</translation>
    </message>
    <message>
        <source>No se escribió en la salida estándar: %1.</source>
        <translation>Nothing was written to standard output: %1.</translation>
    </message>
    <message>
        <source>No se escribió «%1»: %2.</source>
        <translation>“%1” was not written: %2.</translation>
    </message>
    <message>
        <source>error desconocido al escribir</source>
        <translation>unknown error while writing</translation>
    </message>
    <message>
        <source>no se abrió</source>
        <translation>it was not opened</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <source>Exportando tabla</source>
        <translation>Exporting table</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Escribiendo «%1»…</source>
        <translation>Writing “%1”…</translation>
    </message>
    <message numerus="yes">
        <source>%1 de %Ln fila</source>
        <translation>
            <numerusform>%1 of %Ln row</numerusform>
            <numerusform>%1 of %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 de %Ln filas</source>
        <translation>
            <numerusform>%1 of %Ln row</numerusform>
            <numerusform>%1 of %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fila escrita</source>
        <translation>
            <numerusform>%Ln row written</numerusform>
            <numerusform>%Ln rows written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln filas escritas</source>
        <translation>
            <numerusform>%Ln row written</numerusform>
            <numerusform>%Ln rows written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureFlag</name>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>Año %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>Objetivo %1</source>
        <translation>Objective %1</translation>
    </message>
    <message>
        <source>Programa: %1</source>
        <translation>Program: %1</translation>
    </message>
    <message>
        <source>Región: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>Texto: «%1»</source>
        <translation>Text: “%1”</translation>
    </message>
    <message>
        <source>Sin filtros</source>
        <translation>No filters</translation>
    </message>
    <message>
        <source>Servicio: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <source>Informe: %1</source>
        <translation>Report: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Contando las cifras con los filtros nuevos…</source>
        <translation>Counting the figures under the new filters…</translation>
    </message>
    <message>
        <source>Ninguna cifra con los demás filtros: elegirla no muestra resultados ni indicadores</source>
        <translation>No figures under the other filters: choosing it shows no results or indicators</translation>
    </message>
    <message>
        <source>Con los demás filtros: %1 y %2 (los hitos no se cuentan)</source>
        <translation>Under the other filters: %1 and %2 (milestones are not counted)</translation>
    </message>
    <message>
        <source>1 resultado</source>
        <translation>1 result</translation>
    </message>
    <message>
        <source>%1 resultados</source>
        <translation>%1 results</translation>
    </message>
    <message>
        <source>1 indicador</source>
        <translation>1 indicator</translation>
    </message>
    <message>
        <source>%1 indicadores</source>
        <translation>%1 indicators</translation>
    </message>
    <message>
        <source>Año</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Objetivo estratégico</source>
        <translation>Strategic objective</translation>
    </message>
    <message>
        <source>Programa</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Región</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Buscar</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Quitar filtros</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>Mostrar todas las filas</source>
        <translation>Show all rows</translation>
    </message>
    <message>
        <source>Añ&amp;o:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Ob&amp;jetivo:</source>
        <translation>&amp;Objective:</translation>
    </message>
    <message>
        <source>&amp;Programa:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>Re&amp;gión:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>&amp;Buscar:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Todos</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Todas</source>
        <translation>All</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Palabras a buscar</source>
        <translation>Words to find</translation>
    </message>
    <message>
        <source>Busca en el programa, el indicador, la región, la unidad, la nota y la oración del informe, sin distinguir mayúsculas ni tildes (Ctrl+F)</source>
        <translation>Searches the program, indicator, region, unit, note and report sentence, ignoring case and accents (Ctrl+F)</translation>
    </message>
    <message>
        <source>Servicio</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Informe</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Servi&amp;cio:</source>
        <translation>Servi&amp;ce:</translation>
    </message>
    <message>
        <source>In&amp;forme:</source>
        <translation>Re&amp;port:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>M$ = miles de pesos</source>
        <translation>M$ = thousands of Chilean pesos</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>fila %1 (ya no está)</source>
        <translation>row %1 (no longer there)</translation>
    </message>
    <message>
        <source>Cuándo</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Tabla</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Fila</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Columna</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Antes</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Después</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Origen</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>importación %1</source>
        <translation>import %1</translation>
    </message>
    <message>
        <source>(quitada)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <source>(fila)</source>
        <translation>(row)</translation>
    </message>
    <message>
        <source>(fila nueva)</source>
        <translation>(new row)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 quitada</source>
        <translation>%1 removed</translation>
    </message>
    <message>
        <source>%1 quitadas</source>
        <translation>%1 removed</translation>
    </message>
    <message>
        <source>%1 restaurada</source>
        <translation>%1 restored</translation>
    </message>
    <message>
        <source>%1 restauradas</source>
        <translation>%1 restored</translation>
    </message>
    <message>
        <source>%1 nueva</source>
        <translation>%1 new</translation>
    </message>
    <message>
        <source>%1 nuevas</source>
        <translation>%1 new</translation>
    </message>
    <message>
        <source>%1 actualizada</source>
        <translation>%1 updated</translation>
    </message>
    <message>
        <source>%1 actualizadas</source>
        <translation>%1 updated</translation>
    </message>
    <message>
        <source>fila entera</source>
        <translation>whole row</translation>
    </message>
    <message>
        <source>Acción (id interno)</source>
        <translation>Action (internal id)</translation>
    </message>
    <message>
        <source>Resultados</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Indicadores</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Hitos</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Programas</source>
        <translation>Programs</translation>
    </message>
    <message>
        <source>Importación</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>edición</source>
        <translation>edit</translation>
    </message>
    <message>
        <source>deshacer</source>
        <translation>undo</translation>
    </message>
    <message>
        <source>rehacer</source>
        <translation>redo</translation>
    </message>
    <message>
        <source>importación</source>
        <translation>import</translation>
    </message>
    <message>
        <source>deshacer importación %1</source>
        <translation>undo of import %1</translation>
    </message>
    <message>
        <source>«%1» separado de «%2»</source>
        <translation>“%1” separated from “%2”</translation>
    </message>
    <message>
        <source>«%1» unido a «%2»</source>
        <translation>“%1” joined into “%2”</translation>
    </message>
    <message>
        <source>unión de programas %1</source>
        <translation>program join %1</translation>
    </message>
    <message>
        <source>(quitado)</source>
        <translation>(removed)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fila movida</source>
        <translation>
            <numerusform>%Ln row moved</numerusform>
            <numerusform>%Ln rows moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln filas movidas</source>
        <translation>
            <numerusform>%Ln row moved</numerusform>
            <numerusform>%Ln rows moved</numerusform>
        </translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unión de programas</source>
        <translation>Program join</translation>
    </message>
    <message>
        <source>deshacer unión %1</source>
        <translation>undo program join %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>• %1, %2: %3, fila %4, %5 (%6)</source>
        <translation>• %1, %2: %3, row %4, %5 (%6)</translation>
    </message>
    <message>
        <source>… y %1 más</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>Se quitarán %1 y se restaurarán los valores anteriores de %2, en una sola operación que queda en el historial.</source>
        <translation>This removes %1 and restores the previous values of %2, in a single operation that stays in the history.</translation>
    </message>
    <message>
        <source>%1 fila que agregó</source>
        <translation>%1 row it added</translation>
    </message>
    <message>
        <source>%1 filas que agregó</source>
        <translation>%1 rows it added</translation>
    </message>
    <message>
        <source>%1 fila que cambió</source>
        <translation>%1 row it changed</translation>
    </message>
    <message>
        <source>%1 filas que cambió</source>
        <translation>%1 rows it changed</translation>
    </message>
    <message>
        <source>Deshacer importación</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>¿Deshacer la importación de «%1» (importación %2)?</source>
        <translation>Undo the import of “%1” (import %2)?</translation>
    </message>
    <message>
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Deshacer importación</source>
        <translation>&amp;Undo import</translation>
    </message>
    <message>
        <source>Después de ella hubo %1 cambio en sus filas:</source>
        <translation>After it, its rows had %1 change:</translation>
    </message>
    <message>
        <source>Después de ella hubo %1 cambios en sus filas:</source>
        <translation>After it, its rows had %1 changes:</translation>
    </message>
    <message>
        <source>Lo seguro es deshacer primero esos cambios. Si la deshace de todos modos: %1 Esos cambios posteriores a sus filas se pierden (siguen en el historial).</source>
        <translation>The safe way is to undo those changes first. If you undo it anyway: %1 Those later changes to its rows are lost (they stay in the history).</translation>
    </message>
    <message>
        <source>Deshacer de &amp;todos modos</source>
        <translation>Undo &amp;anyway</translation>
    </message>
    <message>
        <source>Historial de cambios</source>
        <translation>History of changes</translation>
    </message>
    <message>
        <source>Solo la &amp;fila seleccionada</source>
        <translation>Only the selected &amp;row</translation>
    </message>
    <message>
        <source>&amp;Toda la base</source>
        <translation>The &amp;whole database</translation>
    </message>
    <message>
        <source>Deshacer &amp;importación…</source>
        <translation>Undo &amp;import…</translation>
    </message>
    <message>
        <source>Quita las filas que agregó la importación de la línea elegida y devuelve los valores que cambió</source>
        <translation>Removes the rows the import of the chosen line added and gives back the values it changed</translation>
    </message>
    <message>
        <source>(ninguna fila seleccionada)</source>
        <translation>(no row selected)</translation>
    </message>
    <message>
        <source>No se pudo leer la importación: %1</source>
        <translation>Could not read the import: %1</translation>
    </message>
    <message>
        <source>No se puede deshacer: %1.</source>
        <translation>It cannot be undone: %1.</translation>
    </message>
    <message>
        <source>No se deshizo la importación; la base quedó como estaba: %1</source>
        <translation>The import was not undone; the database is as it was: %1</translation>
    </message>
    <message>
        <source>Deshacer &amp;unión…</source>
        <translation>Undo &amp;join…</translation>
    </message>
    <message>
        <source>Separa otra vez los dos programas de la unión elegida, cada uno con sus filas</source>
        <translation>Separates the two programs of the chosen join again, each with its rows</translation>
    </message>
    <message>
        <source>Deshacer unión de programas</source>
        <translation>Undo program join</translation>
    </message>
    <message>
        <source>¿Separar otra vez los dos programas de esta unión? Las filas que la unión movió vuelven al programa que quitó; las agregadas después se quedan donde están.</source>
        <translation>Separate the two programs of this join again? The rows the join moved go back to the program it removed; rows added since stay where they are.</translation>
    </message>
    <message>
        <source>No se deshizo la unión; la base quedó como estaba: %1.</source>
        <translation>The join was not undone; the database is as it was: %1.</translation>
    </message>
    <message>
        <source>Unión deshecha: «%1» separado de «%2»</source>
        <translation>Join undone: “%1” separated from “%2”</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Servicio</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Presupuesto en la fuente (M$)</source>
        <translation>Budget in the source (M$)</translation>
    </message>
    <message>
        <source>Beneficiarios en la fuente</source>
        <translation>Beneficiaries in the source</translation>
    </message>
    <message>
        <source>Convocatoria</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>no es un número: «%1»</source>
        <translation>not a number: “%1”</translation>
    </message>
    <message>
        <source>no es un número: «%1» (en este archivo los decimales se escriben con punto, como 51.8)</source>
        <translation>not a number: “%1” (in this file decimals are written with a point, like 51.8)</translation>
    </message>
    <message>
        <source>no es un número: «%1» (en este archivo los números van sin separador de miles, como 1487480)</source>
        <translation>not a number: “%1” (in this file numbers have no thousands separator, like 1487480)</translation>
    </message>
    <message>
        <source>separador de miles mal puesto: «%1»</source>
        <translation>misplaced thousands separator: “%1”</translation>
    </message>
    <message>
        <source>Año</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Objetivo</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Nombre del objetivo</source>
        <translation>Objective name</translation>
    </message>
    <message>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Programa</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Código de región</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>Región</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Presupuesto (M$)</source>
        <translation>Budget (M$)</translation>
    </message>
    <message>
        <source>Beneficiarios</source>
        <translation>Beneficiaries</translation>
    </message>
    <message>
        <source>Unidad de beneficiarios</source>
        <translation>Beneficiary unit</translation>
    </message>
    <message>
        <source>Fuente</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Indicador</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Valor</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unidad</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>número demasiado grande: «%1»; Mirador guarda cifras de hasta %2</source>
        <translation>number too large: “%1”; Mirador keeps figures up to %2</translation>
    </message>
    <message>
        <source>debe ser un número entero: «%1»</source>
        <translation>must be a whole number: “%1”</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>esta línea del historial no es una importación</source>
        <translation>this line of the history is not an import</translation>
    </message>
    <message>
        <source>la importación de «%1» ya se deshizo</source>
        <translation>the import of “%1” was undone already</translation>
    </message>
    <message>
        <source>la importación de «%1» no dejó cambios registrados que deshacer (las importaciones hechas con versiones anteriores de Mirador no guardaban lo necesario para deshacerlas)</source>
        <translation>the import of “%1” logged no changes to undo (imports made with earlier versions of Mirador did not keep what undoing them needs)</translation>
    </message>
    <message>
        <source>la importación cambió «%1.%2», que Mirador no sabe restaurar</source>
        <translation>the import changed “%1.%2”, which Mirador cannot restore</translation>
    </message>
    <message>
        <source>la importación insertó en «%1», que Mirador no sabe deshacer</source>
        <translation>the import inserted into “%1”, which Mirador cannot undo</translation>
    </message>
    <message>
        <source>%1 cambio posterior toca filas de esta importación</source>
        <translation>%1 later change touches rows of this import</translation>
    </message>
    <message>
        <source>%1 cambios posteriores tocan filas de esta importación</source>
        <translation>%1 later changes touch rows of this import</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>chileno (1.487.480; 51,8)</source>
        <translation>Chilean (1.487.480; 51,8)</translation>
    </message>
    <message>
        <source>simple (1487480; 51.8)</source>
        <translation>plain (1487480; 51.8)</translation>
    </message>
    <message>
        <source>&amp;Cancelar importación</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>Importar CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>&lt; &amp;Atrás</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Siguiente &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Terminar</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Archivo</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Un CSV como el que escribe Exportar, o una planilla guardada como CSV: UTF-8 o Windows-1252, separada por coma, punto y coma o tabulador.</source>
        <translation>A CSV like the one Export writes, or a spreadsheet saved as CSV: UTF-8 or Windows-1252, separated by commas, semicolons or tabs.</translation>
    </message>
    <message>
        <source>&amp;Examinar…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Archivo:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Archivo a importar</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Mirador revisa todo el archivo antes de escribir. Si hay un solo problema, no se escribe nada. Una fila que ya existe (mismo año, objetivo, programa y región) se actualiza; nunca se duplica.</source>
        <translation>Mirador checks the whole file before writing. If there is a single problem, nothing is written. A row that already exists (same year, objective, program and region) is updated; it is never duplicated.</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt *.tsv);;Todos (*)</source>
        <translation>CSV (*.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Importar</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Revisión</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Primeras filas del archivo</source>
        <translation>First rows of the file</translation>
    </message>
    <message>
        <source>Problemas encontrados</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>&amp;Problemas:</source>
        <translation>&amp;Problems:</translation>
    </message>
    <message>
        <source>Importación</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%1 de %Ln fila</source>
        <translation>
            <numerusform>%1 of %Ln row</numerusform>
            <numerusform>%1 of %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 de %Ln filas</source>
        <translation>
            <numerusform>%1 of %Ln row</numerusform>
            <numerusform>%1 of %Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelando… la base de datos vuelve a como estaba.</source>
        <translation>Cancelling… the database is going back to how it was.</translation>
    </message>
    <message>
        <source>Leyendo y revisando «%1»…</source>
        <translation>Reading and checking “%1”…</translation>
    </message>
    <message>
        <source>Codificación: %1 · separador: %2 · números: %3</source>
        <translation>Encoding: %1 · separator: %2 · numbers: %3</translation>
    </message>
    <message>
        <source>tabulador</source>
        <translation>tab</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fila de %1 en el archivo; %2 sin problemas</source>
        <translation>
            <numerusform>%Ln row of %1 in the file; %2 without problems</numerusform>
            <numerusform>%Ln rows of %1 in the file; %2 without problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln filas de %1 en el archivo; %2 sin problemas</source>
        <translation>
            <numerusform>%Ln row of %1 in the file; %2 without problems</numerusform>
            <numerusform>%Ln rows of %1 in the file; %2 without problems</numerusform>
        </translation>
    </message>
    <message>
        <source>resultados</source>
        <translation>results</translation>
    </message>
    <message>
        <source>indicadores</source>
        <translation>indicators</translation>
    </message>
    <message>
        <source>Programas nuevos: %1</source>
        <translation>New programs: %1</translation>
    </message>
    <message>
        <source>Columnas que no se importan: %1</source>
        <translation>Columns not imported: %1</translation>
    </message>
    <message>
        <source>Sin problemas: puede importar.</source>
        <translation>No problems: you can import.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problema: corríjalo en el archivo; no se escribirá nada.</source>
        <translation>
            <numerusform>%Ln problem: fix it in the file; nothing will be written.</numerusform>
            <numerusform>%Ln problems: fix them in the file; nothing will be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problemas: corríjalos en el archivo; no se escribirá nada.</source>
        <translation>
            <numerusform>%Ln problem: fix it in the file; nothing will be written.</numerusform>
            <numerusform>%Ln problems: fix them in the file; nothing will be written.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
(se ignora)</source>
        <translation>%1
(ignored)</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>Listo: %1.</source>
        <translation>Done: %1.</translation>
    </message>
    <message>
        <source>%1 y %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fila nueva</source>
        <translation>
            <numerusform>%Ln new row</numerusform>
            <numerusform>%Ln new rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln filas nuevas</source>
        <translation>
            <numerusform>%Ln new row</numerusform>
            <numerusform>%Ln new rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actualizada</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actualizadas</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message>
        <source>Importación cancelada. No se escribió nada: la base de datos está como antes.</source>
        <translation>Import cancelled. Nothing was written: the database is as it was before.</translation>
    </message>
    <message>
        <source>La importación falló y no se escribió nada: %1</source>
        <translation>The import failed and nothing was written: %1</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <source>falta el servicio: el año %1 tiene informes de %n servicios (%2)</source>
        <translation>
            <numerusform>the service is missing: year %1 has reports of %n service (%2)</numerusform>
            <numerusform>the service is missing: year %1 has reports of %n services (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>el año %1 tiene informes de %n servicios (%2): agregue una columna service</source>
        <translation>
            <numerusform>year %1 has reports of %n service (%2): add a service column</numerusform>
            <numerusform>year %1 has reports of %n services (%2): add a service column</numerusform>
        </translation>
    </message>
    <message>
        <source>la convocatoria tiene %1 caracteres; se nombra en %2 o menos</source>
        <translation>the call has %1 characters; a call is named in %2 or fewer</translation>
    </message>
    <message>
        <source>tiene %1 MB; Mirador importa archivos de hasta %2 MB</source>
        <translation>it has %1 MB; Mirador imports files of up to %2 MB</translation>
    </message>
    <message>
        <source>no se puede leer «%1»: %2</source>
        <translation>cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>tiene %1 caracteres; el máximo es %2</source>
        <translation>it has %1 characters; the most is %2</translation>
    </message>
    <message>
        <source>línea %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>línea %1, %2: %3</source>
        <translation>line %1, %2: %3</translation>
    </message>
    <message>
        <source>la columna «%1» repite «%2»</source>
        <translation>column “%1” repeats “%2”</translation>
    </message>
    <message>
        <source>falta la columna %1</source>
        <translation>column %1 is missing</translation>
    </message>
    <message>
        <source>el archivo no tiene filas de datos</source>
        <translation>the file has no data rows</translation>
    </message>
    <message>
        <source>no se pudo leer la base de datos: %1</source>
        <translation>could not read the database: %1</translation>
    </message>
    <message>
        <source>contiene un carácter nulo (U+0000), que no es texto</source>
        <translation>contains a null character (U+0000), which is not text</translation>
    </message>
    <message>
        <source>tiene %1 campos y el encabezado %2</source>
        <translation>has %1 fields and the header has %2</translation>
    </message>
    <message>
        <source>falta el año</source>
        <translation>the year is missing</translation>
    </message>
    <message>
        <source>año fuera de rango: %1</source>
        <translation>year out of range: %1</translation>
    </message>
    <message>
        <source>no hay un objetivo «%1»</source>
        <translation>there is no objective “%1”</translation>
    </message>
    <message>
        <source>falta el objetivo</source>
        <translation>the objective is missing</translation>
    </message>
    <message>
        <source>no hay un objetivo número %1</source>
        <translation>there is no objective number %1</translation>
    </message>
    <message>
        <source>«%1» no es el nombre del objetivo %2 (%3)</source>
        <translation>“%1” is not the name of objective %2 (%3)</translation>
    </message>
    <message>
        <source>el objetivo %1 no tiene una acción «%2»</source>
        <translation>objective %1 has no action “%2”</translation>
    </message>
    <message>
        <source>el nombre tiene %1 caracteres; un programa se nombra en %2 o menos</source>
        <translation>the name has %1 characters; a program name has %2 or fewer</translation>
    </message>
    <message>
        <source>falta el programa</source>
        <translation>the program is missing</translation>
    </message>
    <message>
        <source>«%1» no es la región %2 (%3)</source>
        <translation>“%1” is not region %2 (%3)</translation>
    </message>
    <message>
        <source>falta la región</source>
        <translation>the region is missing</translation>
    </message>
    <message>
        <source>falta el nombre del indicador</source>
        <translation>the indicator name is missing</translation>
    </message>
    <message>
        <source>falta el valor</source>
        <translation>the value is missing</translation>
    </message>
    <message>
        <source>falta la unidad</source>
        <translation>the unit is missing</translation>
    </message>
    <message>
        <source>no puede ser negativo: %1</source>
        <translation>cannot be negative: %1</translation>
    </message>
    <message>
        <source>la unidad tiene %1 caracteres; se nombra en %2 o menos</source>
        <translation>the unit has %1 characters; a unit name has %2 or fewer</translation>
    </message>
    <message>
        <source>falta la fuente: la oración del informe de la que proviene la cifra</source>
        <translation>the source is missing: the report sentence the figure comes from</translation>
    </message>
    <message>
        <source>repite la fila de la línea %1 (mismo año, objetivo, programa y región)</source>
        <translation>repeats the row on line %1 (same year, objective, program and region)</translation>
    </message>
    <message>
        <source>no hay filas que importar</source>
        <translation>there are no rows to import</translation>
    </message>
    <message numerus="yes">
        <source>no quedan ids para %n resultados nuevos</source>
        <translation>
            <numerusform>no ids are left for %n new result</numerusform>
            <numerusform>no ids are left for %n new results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>el archivo tiene %n problema; no se escribió nada</source>
        <translation>
            <numerusform>the file has %n problem; nothing was written</numerusform>
            <numerusform>the file has %n problems; nothing was written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>el archivo tiene %n problemas; no se escribió nada</source>
        <translation>
            <numerusform>the file has %n problem; nothing was written</numerusform>
            <numerusform>the file has %n problems; nothing was written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocationLabel</name>
    <message>
        <source>Base de datos: </source>
        <translation>Database: </translation>
    </message>
    <message>
        <source>Base de datos abierta</source>
        <translation>Open database</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cancelado: «%1» quedó como estaba.</source>
        <translation>Cancelled: “%1” is as it was.</translation>
    </message>
    <message>
        <source>Cancelado: no se creó «%1».</source>
        <translation>Cancelled: “%1” was not created.</translation>
    </message>
    <message>
        <source>Exportar comparación de &amp;dos años…</source>
        <translation>Export two-&amp;year comparison…</translation>
    </message>
    <message>
        <source>No se puede comparar: %1</source>
        <translation>Cannot compare: %1</translation>
    </message>
    <message>
        <source>No se puede comparar: %1 solo tiene el informe de %2.</source>
        <translation>Cannot compare: %1 has only the %2 report.</translation>
    </message>
    <message>
        <source>Comparar con el año…</source>
        <translation>Compare with the year…</translation>
    </message>
    <message>
        <source>Comparar %1 %2 con el año:</source>
        <translation>Compare %1 %2 with the year:</translation>
    </message>
    <message>
        <source>el gráfico «%1»</source>
        <translation>the chart “%1”</translation>
    </message>
    <message>
        <source>Abrir vis&amp;ta…</source>
        <translation>Open vie&amp;w…</translation>
    </message>
    <message>
        <source>Abrir un archivo .mirador-view: su base de datos, filtros, tabla, gráfico y columnas</source>
        <translation>Open a .mirador-view file: its database, filters, table, chart and columns</translation>
    </message>
    <message>
        <source>G&amp;uardar vista…</source>
        <translation>Sa&amp;ve view…</translation>
    </message>
    <message>
        <source>Guardar la base de datos, los filtros, la tabla, el gráfico y las columnas que se ven, para volver a ellos o exportarlos con mirador --view</source>
        <translation>Save the database, filters, table, chart and columns shown, to come back to them or export them with mirador --view</translation>
    </message>
    <message>
        <source>Abrir vista</source>
        <translation>Open view</translation>
    </message>
    <message>
        <source>Vistas de Mirador (*.mirador-view);;Todos los archivos (*)</source>
        <translation>Mirador views (*.mirador-view);;All files (*)</translation>
    </message>
    <message>
        <source>Guardar vista</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>vista</source>
        <translation>view</translation>
    </message>
    <message>
        <source>Vistas de Mirador (*.mirador-view)</source>
        <translation>Mirador views (*.mirador-view)</translation>
    </message>
    <message>
        <source>Vista guardada en %1</source>
        <translation>View saved in %1</translation>
    </message>
    <message>
        <source>no se pudo abrir la base de datos «%1»; se usa la abierta</source>
        <translation>the database “%1” could not be opened; the open one is used</translation>
    </message>
    <message>
        <source>la base de datos «%1» no existe; se usa otra</source>
        <translation>the database “%1” does not exist; another one is used</translation>
    </message>
    <message>
        <source>La vista se abrió con lo que se pudo encontrar. Falta: %1.</source>
        <translation>The view was opened with what could be found. Missing: %1.</translation>
    </message>
    <message>
        <source>No se pudieron contar las cifras de las listas: %1</source>
        <translation>The figures of the lists could not be counted: %1</translation>
    </message>
    <message>
        <source>Cambiar %1 de %2 a %3</source>
        <translation>Change %1 from %2 to %3</translation>
    </message>
    <message>
        <source>Cambio guardado</source>
        <translation>Change saved</translation>
    </message>
    <message>
        <source>No se guardó el cambio: %1</source>
        <translation>The change was not saved: %1</translation>
    </message>
    <message>
        <source>No se pudieron leer las listas de la base de datos: %1</source>
        <translation>Could not read the lists from the database: %1</translation>
    </message>
    <message>
        <source>Resumen por objetivo estratégico</source>
        <translation>Summary by strategic objective</translation>
    </message>
    <message>
        <source>Doble clic en un objetivo para filtrar por él. M$ = miles de pesos.</source>
        <translation>Double-click an objective to filter by it. M$ = thousands of Chilean pesos.</translation>
    </message>
    <message>
        <source>Resultados por programa</source>
        <translation>Results by program</translation>
    </message>
    <message>
        <source>Indicadores</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Hitos: convenios, acuerdos y publicaciones</source>
        <translation>Milestones: formal agreements, accords and publications</translation>
    </message>
    <message>
        <source>&amp;Resultados</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <source>&amp;Indicadores</source>
        <translation>&amp;Indicators</translation>
    </message>
    <message>
        <source>&amp;Hitos</source>
        <translation>&amp;Milestones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Resumen por objetivo estratégico&lt;/b&gt; (M$ = miles de pesos)</source>
        <translation>&lt;b&gt;Summary by strategic objective&lt;/b&gt; (M$ = thousands of Chilean pesos)</translation>
    </message>
    <message>
        <source>Filtro activo y número de filas</source>
        <translation>Active filter and number of rows</translation>
    </message>
    <message>
        <source>Deshecho: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>Rehecho: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <source>Se actualizó el esquema de %1; la copia anterior está en %2</source>
        <translation>The schema of %1 was updated; a backup of the old version is at %2</translation>
    </message>
    <message>
        <source>Mirador</source>
        <translation>Mirador</translation>
    </message>
    <message>
        <source>Mirador — %1 · %2</source>
        <translation>Mirador — %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>I&amp;mportar CSV…</source>
        <translation>I&amp;mport CSV…</translation>
    </message>
    <message>
        <source>&amp;Exportar tabla a CSV…</source>
        <translation>&amp;Export table to CSV…</translation>
    </message>
    <message>
        <source>Exportar tabla para E&amp;xcel…</source>
        <translation>Export table for E&amp;xcel…</translation>
    </message>
    <message>
        <source>Exportar &amp;gráfico…</source>
        <translation>Export &amp;chart…</translation>
    </message>
    <message>
        <source>&amp;Vista previa del informe…</source>
        <translation>Report pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Imprimir informe…</source>
        <translation>&amp;Print report…</translation>
    </message>
    <message>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Editar</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Deshacer</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Rehacer</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Copiar filas seleccionadas</source>
        <translation>&amp;Copy selected rows</translation>
    </message>
    <message>
        <source>&amp;Ver</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Buscar</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Quitar filtros</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>A&amp;yuda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Acerca de Mirador</source>
        <translation>&amp;About Mirador</translation>
    </message>
    <message>
        <source>No se puede importar: la base de datos es de solo lectura (%1)</source>
        <translation>Cannot import: the database is read-only (%1)</translation>
    </message>
    <message>
        <source>Solo lectura: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <source>Revisadas todas las páginas de %1: está sana.</source>
        <translation>Checked all pages of %1: no damage found.</translation>
    </message>
    <message>
        <source>«%1» %2. Mirador la deja en solo lectura para no escribir sobre páginas dañadas; cierre Mirador y recupere una copia de respaldo.</source>
        <translation>“%1”: %2. Mirador keeps it read-only so as not to write over damaged pages; close Mirador and restore a backup copy.</translation>
    </message>
    <message>
        <source>No se pudieron leer los totales ni los gráficos: %1</source>
        <translation>Could not read the totals or the charts: %1</translation>
    </message>
    <message>
        <source>contando…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <source>&amp;Resultados (%1)</source>
        <translation>&amp;Results (%1)</translation>
    </message>
    <message>
        <source>&amp;Indicadores (%1)</source>
        <translation>&amp;Indicators (%1)</translation>
    </message>
    <message>
        <source>&amp;Hitos (%1)</source>
        <translation>&amp;Milestones (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filtro:&lt;/b&gt; %1 — %2, %3, %4</source>
        <translation>&lt;b&gt;Filter:&lt;/b&gt; %1 — %2, %3, %4</translation>
    </message>
    <message>
        <source>%1 resultado</source>
        <translation>%1 result</translation>
    </message>
    <message>
        <source>%1 resultados</source>
        <translation>%1 results</translation>
    </message>
    <message>
        <source>%1 indicador</source>
        <translation>%1 indicator</translation>
    </message>
    <message>
        <source>%1 indicadores</source>
        <translation>%1 indicators</translation>
    </message>
    <message>
        <source>%1 hito</source>
        <translation>%1 milestone</translation>
    </message>
    <message>
        <source>%1 hitos</source>
        <translation>%1 milestones</translation>
    </message>
    <message>
        <source>%1: M$ %2 · %3 %4</source>
        <translation>%1: M$ %2 · %3 %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1

Se perdió la conexión con el servidor. Lo que no se guardó se indicó arriba. ¿Volver a conectarse?</source>
        <translation>%1

The connection to the server was lost. What was not saved is shown above. Reconnect?</translation>
    </message>
    <message>
        <source>Conectado de nuevo a %1</source>
        <translation>Reconnected to %1</translation>
    </message>
    <message>
        <source>Exportar para Excel</source>
        <translation>Export for Excel</translation>
    </message>
    <message>
        <source>Exportar a CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fila escrita en %1</source>
        <translation>
            <numerusform>%Ln row written to %1</numerusform>
            <numerusform>%Ln rows written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln filas escritas en %1</source>
        <translation>
            <numerusform>%Ln row written to %1</numerusform>
            <numerusform>%Ln rows written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Importado de %1: %2</source>
        <translation>Imported from %1: %2</translation>
    </message>
    <message>
        <source>Filas copiadas: pegue en una planilla</source>
        <translation>Rows copied: paste them into a spreadsheet</translation>
    </message>
    <message>
        <source>Exportar gráfico</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>PDF, vectorial (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation>PDF, vector (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>Gráfico guardado en %1</source>
        <translation>Chart saved to %1</translation>
    </message>
    <message>
        <source>No se pudieron leer los datos del informe: %1</source>
        <translation>Could not read the report data: %1</translation>
    </message>
    <message>
        <source>Exportar informe</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Informe de %1 páginas guardado en %2</source>
        <translation>%1-page report saved to %2</translation>
    </message>
    <message>
        <source>Vista previa del informe</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <source>Acerca de Mirador</source>
        <translation>About Mirador</translation>
    </message>
    <message>
        <source>&amp;Abrir base de datos…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Abrir otro archivo de Mirador (SQLite) en esta ventana</source>
        <translation>Open another Mirador file (SQLite) in this window</translation>
    </message>
    <message>
        <source>Bases de datos &amp;recientes</source>
        <translation>Recent databa&amp;ses</translation>
    </message>
    <message>
        <source>&amp;Idioma</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Según el &amp;sistema</source>
        <translation>Follow the &amp;system</translation>
    </message>
    <message>
        <source>&amp;Apariencia</source>
        <translation>&amp;Appearance</translation>
    </message>
    <message>
        <source>&amp;Clara</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Oscura</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>Acerca de &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mirador %1&lt;/h3&gt;&lt;p&gt;Un visor de los programas y resultados que los servicios públicos de Chile informan en su Balance de Gestión Integral.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datos incorporados:&lt;/b&gt; Servicio de Cooperación Técnica (Sercotec), Balance de Gestión Integral 2025 – Etapa 1, transcritos cifra por cifra; cada cifra guarda la oración del informe de la que proviene.&lt;/p&gt;&lt;p&gt;M$ = miles de pesos.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licencia:&lt;/b&gt; MIT. Hecho con Qt %2 (LGPLv3) y SQLite.&lt;/p&gt;&lt;p&gt;Base de datos abierta: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mirador %1&lt;/h3&gt;&lt;p&gt;A browser for the programs and results that Chile’s public services report in their Balance de Gestión Integral (annual management report).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built-in data:&lt;/b&gt; Servicio de Cooperación Técnica (Sercotec), Balance de Gestión Integral 2025 – Etapa 1, transcribed figure by figure; each figure keeps the sentence of the report it comes from.&lt;/p&gt;&lt;p&gt;M$ = thousands of Chilean pesos.&lt;/p&gt;&lt;p&gt;&lt;b&gt;License:&lt;/b&gt; MIT. Made with Qt %2 (LGPLv3) and SQLite.&lt;/p&gt;&lt;p&gt;Open database: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Contraseña para %1:
(no se guarda)</source>
        <translation>Password for %1:
(not stored)</translation>
    </message>
    <message>
        <source>Abrir base de datos</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Bases de datos SQLite (*.sqlite *.sqlite3 *.db);;Todos los archivos (*)</source>
        <translation>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Exportar in&amp;forme PDF…</source>
        <translation>Export PDF &amp;report…</translation>
    </message>
    <message>
        <source>Tablas: resultados, indicadores e hitos</source>
        <translation>Tables: results, indicators and milestones</translation>
    </message>
    <message>
        <source>Ctrl+Tab pasa a la tabla siguiente</source>
        <translation>Ctrl+Tab moves to the next table</translation>
    </message>
    <message>
        <source>Presupuesto y beneficiarios de cada programa, con la oración de la que provienen</source>
        <translation>Budget and beneficiaries of each program, with the sentence they come from</translation>
    </message>
    <message>
        <source>Otras cifras del informe: asesorías, empleos, porcentajes…</source>
        <translation>Other figures of the report: advisory services, jobs, percentages…</translation>
    </message>
    <message>
        <source>Convenios, acuerdos, publicaciones y estudios</source>
        <translation>Agreements, publications and studies</translation>
    </message>
    <message>
        <source>Importación deshecha: la base volvió a como estaba antes de ella</source>
        <translation>Import undone: the database is back to what it was before it</translation>
    </message>
    <message>
        <source>&amp;Historial de cambios</source>
        <translation>&amp;History of changes</translation>
    </message>
    <message>
        <source>Com&amp;parar informes…</source>
        <translation>Com&amp;pare reports…</translation>
    </message>
    <message>
        <source>&amp;Leer informe BGI…</source>
        <translation>&amp;Read BGI report…</translation>
    </message>
    <message>
        <source>Leer el PDF o el texto de un Balance de Gestión Integral, revisar cada cifra que propone y escribir las aceptadas</source>
        <translation>Read the PDF or text of a Balance de Gestión Integral, review each figure it proposes and write the accepted ones</translation>
    </message>
    <message>
        <source>Leer informe BGI</source>
        <translation>Read BGI report</translation>
    </message>
    <message>
        <source>Informes BGI (*.pdf *.txt);;Todos los archivos (*)</source>
        <translation>BGI reports (*.pdf *.txt);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>Informe %1 %2 escrito con %n cifras revisadas</source>
        <translation>
            <numerusform>Report %1 %2 written with %n reviewed figure</numerusform>
            <numerusform>Report %1 %2 written with %n reviewed figures</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Unir programas…</source>
        <translation>&amp;Join programs…</translation>
    </message>
    <message>
        <source>Hacer de dos nombres un solo programa, con las filas de ambos</source>
        <translation>Make two names one program, with the rows of both</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Suma de unidades distintas: %1</source>
        <translation>A sum of different units: %1</translation>
    </message>
    <message>
        <source>No se suman beneficiarios de unidades distintas: %1</source>
        <translation>Beneficiaries in different units are not added up: %1</translation>
    </message>
    <message>
        <source>Sin M$ por beneficiario: los beneficiarios son de unidades distintas (%1)</source>
        <translation>No M$ per beneficiary: the beneficiaries are in different units (%1)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>sin unidad</source>
        <translation>no unit</translation>
    </message>
    <message>
        <source>Suma de beneficiarios de cada objetivo; el total no suma unidades distintas</source>
        <translation>Sum of each objective&apos;s beneficiaries; the total does not add up different units</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Programas</source>
        <translation>Programs</translation>
    </message>
    <message>
        <source>Beneficiarios</source>
        <translation>Beneficiaries</translation>
    </message>
    <message>
        <source>Presupuesto dividido por beneficiarios, solo en los programas que informan ambos. M$ = miles de pesos</source>
        <translation>Budget divided by beneficiaries, only for programs that report both. M$ = thousands of Chilean pesos</translation>
    </message>
    <message>
        <source>Objetivo
estratégico</source>
        <translation>Strategic
objective</translation>
    </message>
    <message>
        <source>Presupuesto
(M$)</source>
        <translation>Budget
(M$)</translation>
    </message>
    <message>
        <source>M$ por
beneficiario</source>
        <translation>M$ per
beneficiary</translation>
    </message>
    <message>
        <source>Unidades de
beneficiario</source>
        <translation>Beneficiary
units</translation>
    </message>
</context>
<context>
    <name>PdfPageView</name>
    <message>
        <source>no se puede mostrar el PDF «%1»</source>
        <translation>cannot show the PDF “%1”</translation>
    </message>
</context>
<context>
    <name>PdfText</name>
    <message>
        <source>El archivo %1 no existe.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>El archivo %1 está vacío.</source>
        <translation>The file %1 is empty.</translation>
    </message>
    <message>
        <source>El archivo %1 no es un PDF o está dañado.</source>
        <translation>The file %1 is not a PDF or is damaged.</translation>
    </message>
    <message>
        <source>El PDF %1 está protegido con contraseña; Mirador no puede leerlo.</source>
        <translation>The PDF %1 is protected with a password; Mirador cannot read it.</translation>
    </message>
    <message>
        <source>Se canceló la lectura de %1.</source>
        <translation>Reading %1 was cancelled.</translation>
    </message>
    <message>
        <source>El PDF %1 no tiene texto: puede ser un documento escaneado, que Mirador no sabe leer.</source>
        <translation>The PDF %1 has no text: it may be a scanned document, which Mirador cannot read.</translation>
    </message>
</context>
<context>
    <name>PngSizeDialog</name>
    <message>
        <source>Por &amp;resolución</source>
        <translation>By &amp;resolution</translation>
    </message>
    <message>
        <source>Por tamaño en &amp;píxeles</source>
        <translation>By size in &amp;pixels</translation>
    </message>
    <message>
        <source>Tamaño del PNG</source>
        <translation>PNG size</translation>
    </message>
    <message>
        <source> ppp</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Puntos por p&amp;ulgada (el gráfico mide %1 × %2 mm):</source>
        <translation>Dots per &amp;inch (the chart measures %1 × %2 mm):</translation>
    </message>
    <message>
        <source>&amp;Ancho:</source>
        <translation>&amp;Width:</translation>
    </message>
    <message>
        <source>A&amp;lto:</source>
        <translation>&amp;Height:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
</context>
<context>
    <name>ProgramJoin</name>
    <message>
        <source>objetivo %1 de %2 %3, año %4, %5</source>
        <translation>objective %1 of %2 %3, year %4, %5</translation>
    </message>
    <message>
        <source> (convocatoria %1)</source>
        <translation> (call %1)</translation>
    </message>
    <message>
        <source> (indicador «%1»)</source>
        <translation> (indicator “%1”)</translation>
    </message>
    <message>
        <source>y otras</source>
        <translation>and others</translation>
    </message>
    <message>
        <source>el programa ya no existe; vuelva a abrir la lista</source>
        <translation>the program no longer exists; open the list again</translation>
    </message>
    <message>
        <source>«%1» es el mismo programa; elija dos distintos</source>
        <translation>“%1” is the same program; choose two different ones</translation>
    </message>
    <message>
        <source>no se unieron: «%1» y «%2» tienen cifras en el mismo lugar, y una reemplazaría a la otra: %3. Quite o corrija una de cada par y vuelva a unirlos.</source>
        <translation>not joined: “%1” and “%2” have figures in the same place, and one would replace the other: %3. Remove or correct one of each pair and join them again.</translation>
    </message>
    <message>
        <source>la unión de «%1» a «%2» ya se deshizo</source>
        <translation>the join of “%1” into “%2” was undone already</translation>
    </message>
    <message>
        <source>«%1» ya no existe (se unió a otro programa después); deshaga primero esa unión</source>
        <translation>“%1” no longer exists (it was joined into another program since); undo that join first</translation>
    </message>
    <message>
        <source>ya hay otra vez un programa «%1»; únalo a «%2» antes de deshacer esta unión</source>
        <translation>there is a program “%1” again; join it into “%2” before undoing this join</translation>
    </message>
    <message>
        <source>esta línea del historial no es una unión de programas</source>
        <translation>this line of the history is not a program join</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resultado</source>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resultados</source>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln indicador</source>
        <translation>
            <numerusform>%Ln indicator</numerusform>
            <numerusform>%Ln indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln indicadores</source>
        <translation>
            <numerusform>%Ln indicator</numerusform>
            <numerusform>%Ln indicators</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramJoinDialog</name>
    <message>
        <source>Unir programas</source>
        <translation>Join programs</translation>
    </message>
    <message>
        <source>Si dos nombres son el mismo programa (en dos años de un servicio, por ejemplo), únalos: las filas del primero pasan al segundo, que conserva su nombre, y el primero deja de existir. El historial de cambios lo registra y puede deshacerlo.</source>
        <translation>If two names are the same program (in two years of one service, say), join them: the rows of the first go to the second, which keeps its name, and the first no longer exists. The history of changes records it and can undo it.</translation>
    </message>
    <message>
        <source>&amp;Programa que se une:</source>
        <translation>&amp;Program to join:</translation>
    </message>
    <message>
        <source>El programa cuyas filas pasan al otro; después de unirlos deja de existir</source>
        <translation>The program whose rows go to the other; once they are joined it no longer exists</translation>
    </message>
    <message>
        <source>Programa que &amp;queda:</source>
        <translation>Program that &amp;stays:</translation>
    </message>
    <message>
        <source>El programa que recibe las filas del otro y conserva su nombre</source>
        <translation>The program that receives the other&apos;s rows and keeps its name</translation>
    </message>
    <message>
        <source>U&amp;nir…</source>
        <translation>&amp;Join…</translation>
    </message>
    <message>
        <source>Une los dos programas elegidos, después de preguntar</source>
        <translation>Joins the two chosen programs, after asking</translation>
    </message>
    <message>
        <source>No se pudieron leer los programas: %1</source>
        <translation>The programs could not be read: %1</translation>
    </message>
    <message>
        <source>Filtrar por nombre…</source>
        <translation>Filter by name…</translation>
    </message>
    <message>
        <source>Filtrar %1</source>
        <translation>Filter %1</translation>
    </message>
    <message>
        <source>Muestra solo los programas cuyo nombre contiene este texto (sin importar tildes ni mayúsculas)</source>
        <translation>Shows only the programs whose name holds this text (accents and case ignored)</translation>
    </message>
    <message>
        <source>Elija un programa.</source>
        <translation>Choose a program.</translation>
    </message>
    <message>
        <source>%1; en ningún informe.</source>
        <translation>%1; in no report.</translation>
    </message>
    <message>
        <source>%1; en %2.</source>
        <translation>%1; in %2.</translation>
    </message>
    <message>
        <source>¿Unir «%1» a «%2»?

Sus %3 pasan a «%2», y «%1» deja de existir. El historial de cambios lo registra y puede deshacerlo.</source>
        <translation>Join “%1” into “%2”?

Its %3 go to “%2”, and “%1” no longer exists. The history of changes records it and can undo it.</translation>
    </message>
    <message numerus="yes">
        <source>«%1» unido a «%2»: %Ln fila movida</source>
        <translation>
            <numerusform>“%1” joined into “%2”: %Ln row moved</numerusform>
            <numerusform>“%1” joined into “%2”: %Ln rows moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>«%1» unido a «%2»: %Ln filas movidas</source>
        <translation>
            <numerusform>“%1” joined into “%2”: %Ln row moved</numerusform>
            <numerusform>“%1” joined into “%2”: %Ln rows moved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalsCsv</name>
    <message>
        <source>falta la columna %1</source>
        <translation>column %1 is missing</translation>
    </message>
    <message>
        <source>el archivo no tiene filas de datos</source>
        <translation>the file has no data rows</translation>
    </message>
    <message>
        <source>falta el servicio</source>
        <translation>the service is missing</translation>
    </message>
    <message>
        <source>tipo desconocido: «%1»; los tipos son objective, action, budget, beneficiaries, indicator y milestone</source>
        <translation>unknown kind: “%1”; the kinds are objective, action, budget, beneficiaries, indicator and milestone</translation>
    </message>
    <message>
        <source>contiene un carácter nulo (U+0000), que no es texto</source>
        <translation>contains a null character (U+0000), which is not text</translation>
    </message>
    <message>
        <source>«%1» no es lo que dice la línea %2 («%3»); un archivo es un solo informe</source>
        <translation>“%1” is not what line %2 says (“%3”); a file is a single report</translation>
    </message>
    <message>
        <source>falta; debe ser un número entero mayor que cero</source>
        <translation>missing; it must be a whole number greater than zero</translation>
    </message>
    <message>
        <source>no es un número entero mayor que cero: «%1»</source>
        <translation>not a whole number greater than zero: “%1”</translation>
    </message>
    <message>
        <source>el objetivo %1 ya tiene su fila en la línea %2</source>
        <translation>objective %1 already has its row on line %2</translation>
    </message>
    <message>
        <source>no hay una fila «objective» del objetivo %1</source>
        <translation>there is no “objective” row for objective %1</translation>
    </message>
    <message>
        <source>la acción %1 del objetivo %2 ya tiene su fila en la línea %3</source>
        <translation>action %1 of objective %2 already has its row on line %3</translation>
    </message>
    <message>
        <source>el objetivo %1 no tiene una fila «action» de la acción %2</source>
        <translation>objective %1 has no “action” row for action %2</translation>
    </message>
    <message>
        <source>falta lo que el hito acordó, publicó o estudió</source>
        <translation>what the milestone agreed, published or studied is missing</translation>
    </message>
    <message>
        <source>no puede ser negativo: %1</source>
        <translation>cannot be negative: %1</translation>
    </message>
    <message>
        <source>falta el valor</source>
        <translation>the value is missing</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Mirador</source>
        <translation>Mirador</translation>
    </message>
    <message>
        <source>No se pudo abrir la última base de datos usada.

%1

Se abre la base de datos incorporada.</source>
        <translation>Could not open the last database used.

%1

Opening the built-in database instead.</translation>
    </message>
</context>
<context>
    <name>QueryTableModel</name>
    <message>
        <source>Mirador leyó esta cifra del informe y nadie la ha confirmado: compárela con la oración y la página</source>
        <translation>Mirador read this figure from the report and nobody has confirmed it: check it against the sentence and the page</translation>
    </message>
    <message>
        <source>no puede ser negativo: «%1»</source>
        <translation>cannot be negative: “%1”</translation>
    </message>
    <message>
        <source>Editado: el informe no da esta cifra</source>
        <translation>Edited: the report gives no such figure</translation>
    </message>
    <message>
        <source>«%1»: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>esta celda no se puede modificar</source>
        <translation>this cell cannot be edited</translation>
    </message>
    <message>
        <source>%1. Se espera un número entero de 0 en adelante, como 1.487.480 o 1487480; vacío deja la celda sin dato</source>
        <translation>%1. A whole number from 0 up is expected, like 1.487.480 or 1487480; empty leaves the cell without a value</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>el archivo no existe</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>es una carpeta, no un archivo</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <source>no es un archivo común (es una tubería, un dispositivo o un socket)</source>
        <translation>it is not a regular file (it is a pipe, a device or a socket)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Escribiendo el informe PDF…</source>
        <translation>Writing the PDF report…</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReportReader</name>
    <message>
        <source>El archivo %1 no es un PDF ni texto UTF-8.</source>
        <translation>The file %1 is neither a PDF nor UTF-8 text.</translation>
    </message>
    <message>
        <source>No se pudo abrir el archivo %1: %2.</source>
        <translation>Could not open the file %1: %2.</translation>
    </message>
    <message>
        <source>El archivo %1 está vacío.</source>
        <translation>The file %1 is empty.</translation>
    </message>
    <message>
        <source>El archivo %1 no parece un Balance de Gestión Integral: no tiene ningún «OBJETIVO ESTRATÉGICO».</source>
        <translation>The file %1 does not look like a Balance de Gestión Integral: it has no “OBJETIVO ESTRATÉGICO”.</translation>
    </message>
    <message>
        <source>No se puede leer %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Presupuesto y beneficiarios (%1) por año</source>
        <translation>Budget and beneficiaries (%1) per year</translation>
    </message>
    <message>
        <source>%1 y %2 más</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <source>Informes: %1</source>
        <translation>Reports: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n servicios, %1</source>
        <translation>
            <numerusform>%n service, %1</numerusform>
            <numerusform>%n services, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>—: sin cifra ese año. Cambio: %2 menos %1; cambio %: sobre %1. M$ = miles de pesos. Los beneficiarios de unidades distintas no se suman.</source>
        <translation>—: no figure that year. Change: %2 minus %1; change %: over %1. M$ = thousands of pesos. Beneficiaries of different units are not added together.</translation>
    </message>
    <message>
        <source>Presupuesto por año</source>
        <translation>Budget per year</translation>
    </message>
    <message>
        <source>Cifra</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>solo en %1</source>
        <translation>only in %1</translation>
    </message>
    <message>
        <source>Cambio %</source>
        <translation>Change %</translation>
    </message>
    <message>
        <source>Cambio</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>Objetivo estratégico %1</source>
        <translation>Strategic objective %1</translation>
    </message>
    <message>
        <source>Solo en el informe de %1.</source>
        <translation>Only in the %1 report.</translation>
    </message>
    <message>
        <source>M$ por beneficiario: %1</source>
        <translation>M$ per beneficiary: %1</translation>
    </message>
    <message>
        <source>Beneficiarios: %1</source>
        <translation>Beneficiaries: %1</translation>
    </message>
    <message>
        <source>sin unidad</source>
        <translation>no unit</translation>
    </message>
    <message>
        <source>Una página por objetivo estratégico con sus cifras de %1 y de %2, y el cambio: %2 menos %1, y en porcentaje de %1. El objetivo N de un año se compara con el objetivo N del otro; los programas, por su nombre. Los beneficiarios se comparan por unidad y nunca se suman unidades distintas. M$ por beneficiario se calcula solo sobre las cifras que informan presupuesto y beneficiarios.</source>
        <translation>One page per strategic objective with its figures for %1 and for %2, and the change: %2 minus %1, and as a percentage of %1. Objective N of one year is compared with objective N of the other; programs, by their name. Beneficiaries are compared per unit and different units are never added together. M$ per beneficiary is computed only over the figures that report both a budget and beneficiaries.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1, %2 y %3</source>
        <translation>%1, %2 and %3</translation>
    </message>
    <message>
        <source>Balances de Gestión Integral</source>
        <translation>Balances de Gestión Integral</translation>
    </message>
    <message>
        <source>Comparación de dos años</source>
        <translation>Two-year comparison</translation>
    </message>
    <message>
        <source>%1 Cifra leída por Mirador del informe; nadie la ha confirmado.</source>
        <translation>%1 Figure read by Mirador from the report; nobody has confirmed it.</translation>
    </message>
    <message numerus="yes">
        <source>† %Ln cifra sin confirmar (leída por Mirador; nadie la ha revisado)</source>
        <translation>
            <numerusform>† %Ln figure not confirmed (read by Mirador; nobody has checked it)</numerusform>
            <numerusform>† %Ln figures not confirmed (read by Mirador; nobody has checked them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>† %Ln cifras sin confirmar (leídas por Mirador; nadie las ha revisado)</source>
        <translation>
            <numerusform>† %Ln figure not confirmed (read by Mirador; nobody has checked it)</numerusform>
            <numerusform>† %Ln figures not confirmed (read by Mirador; nobody has checked them)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (continuación)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>es</source>
        <extracomment>The code of this translation&apos;s language (ISO 639): the report&apos;s dates are written in it.</extracomment>
        <translation>en</translation>
    </message>
    <message>
        <source>d &apos;de&apos; MMMM &apos;de&apos; yyyy, HH:mm</source>
        <translation>d MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>sin cifra</source>
        <translation>no figure</translation>
    </message>
    <message>
        <source>* %1, %2: %3, editado en Mirador; el informe dice %4.</source>
        <translation>* %1, %2: %3, edited in Mirador; the report says %4.</translation>
    </message>
    <message>
        <source>presupuesto (M$)</source>
        <translation>budget (M$)</translation>
    </message>
    <message>
        <source>beneficiarios</source>
        <translation>beneficiaries</translation>
    </message>
    <message>
        <source>Balance de Gestión Integral</source>
        <translation>Balance de Gestión Integral</translation>
    </message>
    <message>
        <source>Mirador · Informe de resultados</source>
        <translation>Mirador · Results report</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Año %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>Filtros: %1</source>
        <translation>Filters: %1</translation>
    </message>
    <message>
        <source>Generado el %1</source>
        <translation>Generated on %1</translation>
    </message>
    <message>
        <source>Cada cifra de este informe se acompaña de la oración del informe original de la que proviene. M$ por beneficiario se calcula solo sobre los programas que informan presupuesto y beneficiarios; las unidades de beneficiario difieren entre programas.</source>
        <translation>Each figure in this report comes with the sentence of the original report it was taken from. M$ per beneficiary is calculated only over programs that report both budget and beneficiaries; beneficiary units differ between programs.</translation>
    </message>
    <message>
        <source>Objetivo estratégico %1: %2</source>
        <translation>Strategic objective %1: %2</translation>
    </message>
    <message>
        <source>Programa</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Presupuesto (M$)</source>
        <translation>Budget (M$)</translation>
    </message>
    <message>
        <source>Beneficiarios</source>
        <translation>Beneficiaries</translation>
    </message>
    <message>
        <source>Unidad</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>M$ por beneficiario</source>
        <translation>M$ per beneficiary</translation>
    </message>
    <message>
        <source>Ningún programa de este objetivo informa presupuesto y beneficiarios bajo estos filtros.</source>
        <translation>No program under this objective reports budget and beneficiaries with these filters.</translation>
    </message>
    <message>
        <source>Indicadores</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Indicador</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Valor</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>… y %1 indicadores más; la lista completa está en la exportación CSV.</source>
        <translation>… and %1 more indicators; the full list is in the CSV export.</translation>
    </message>
    <message>
        <source>Fuentes (texto del informe)</source>
        <translation>Sources (report text)</translation>
    </message>
    <message>
        <source>[%1] «%2»</source>
        <translation>[%1] “%2”</translation>
    </message>
    <message>
        <source>Fuentes de los primeros %1 de %2 resultados.</source>
        <translation>Sources of the first %1 of %2 results.</translation>
    </message>
    <message>
        <source>Totales por objetivo estratégico</source>
        <translation>Totals by strategic objective</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No hay resultados bajo estos filtros.</source>
        <translation>No results with these filters.</translation>
    </message>
    <message>
        <source>Objetivo</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Programas</source>
        <translation>Programs</translation>
    </message>
    <message>
        <source>Unidades de beneficiario</source>
        <translation>Beneficiary units</translation>
    </message>
    <message>
        <source>M$ = miles de pesos. M$ por beneficiario: presupuesto dividido por beneficiarios, solo en los programas que informan ambos. El total no suma beneficiarios de unidades distintas (—).</source>
        <translation>M$ = thousands of Chilean pesos. M$ per beneficiary: budget divided by beneficiaries, only for programs that report both. The total does not add up beneficiaries in different units (—).</translation>
    </message>
    <message>
        <source>no se pudo empezar a dibujar el informe</source>
        <translation>could not start drawing the report</translation>
    </message>
    <message>
        <source>Mirador %1 · %2 · %3</source>
        <translation>Mirador %1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>DATOS SINTÉTICOS</source>
        <translation>SYNTHETIC DATA</translation>
    </message>
    <message>
        <source>Página %1 de %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>no se pudo empezar una página nueva</source>
        <translation>could not start a new page</translation>
    </message>
    <message>
        <source>Mirador %1</source>
        <translation>Mirador %1</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Leyendo %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Revisar la lectura de %1</source>
        <translation>Review the reading of %1</translation>
    </message>
    <message>
        <source>&amp;Aceptar</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Acepta la propuesta con lo que dice el formulario (Intro o Ctrl+Intro)</source>
        <translation>Accepts the proposal as the form says (Enter or Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Descartar</source>
        <translation>D&amp;rop</translation>
    </message>
    <message>
        <source>Descartar</source>
        <translation>Drop</translation>
    </message>
    <message>
        <source>No escribe esta propuesta (Supr en la lista)</source>
        <translation>Does not write this proposal (Delete in the list)</translation>
    </message>
    <message>
        <source>Aceptar &amp;todas</source>
        <translation>Accept a&amp;ll</translation>
    </message>
    <message>
        <source>&amp;Escribir en la base de datos</source>
        <translation>&amp;Write to the database</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Valor</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unidad</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Objetivo</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Página</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Programa o título</source>
        <translation>Program or title</translation>
    </message>
    <message>
        <source>por revisar</source>
        <translation>to review</translation>
    </message>
    <message>
        <source>aceptada</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>corregida</source>
        <translation>corrected</translation>
    </message>
    <message>
        <source>descartada</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 %4: %5 presupuestos, %6 beneficiarios, %7 indicadores, %8 hitos propuestos. M$ = miles de pesos.</source>
        <translation>%1 · %2 · %3 %4: %5 budgets, %6 beneficiary counts, %7 indicators, %8 milestones proposed. M$ = thousands of pesos.</translation>
    </message>
    <message>
        <source>No se pudo comparar con la base de datos: %1</source>
        <translation>Could not compare with the database: %1</translation>
    </message>
    <message>
        <source>La base de datos ya tiene el informe %1: no se escribirá otra vez. La pestaña «Cambios» dice qué cambiaría.</source>
        <translation>The database already has the report %1: it will not be written again. The “Changes” tab says what would change.</translation>
    </message>
    <message numerus="yes">
        <source>%n cifras iguales; + lo que la lectura añadiría, - lo que la base de datos tiene y la lectura no trae</source>
        <translation>
            <numerusform>%n figure the same; + what the reading would add, - what the database has and the reading lacks</numerusform>
            <numerusform>%n figures the same; + what the reading would add, - what the database has and the reading lacks</numerusform>
        </translation>
    </message>
    <message>
        <source>La base de datos ya tiene este informe</source>
        <translation>The database already has this report</translation>
    </message>
    <message>
        <source>La base de datos no tiene este informe: se escribirá nuevo, con las cifras aceptadas.</source>
        <translation>The database does not have this report: it will be written new, with the accepted figures.</translation>
    </message>
    <message>
        <source>Escriba quién revisa: queda con cada cifra que confirme.</source>
        <translation>Type who is reviewing: it is kept with each figure they confirm.</translation>
    </message>
    <message numerus="yes">
        <source>Quedan %n propuestas por revisar; no se escribirán. ¿Escribir el informe con las %1 aceptadas?</source>
        <translation>
            <numerusform>%n proposal is still to review; it will not be written. Write the report with the %1 accepted?</numerusform>
            <numerusform>%n proposals are still to review; they will not be written. Write the report with the %1 accepted?</numerusform>
        </translation>
    </message>
    <message>
        <source>No se escribió nada: %1</source>
        <translation>Nothing was written: %1</translation>
    </message>
    <message>
        <source>Pá&amp;gina</source>
        <translation>Pa&amp;ge</translation>
    </message>
    <message>
        <source>Ca&amp;mbios respecto de la base de datos</source>
        <translation>Changes against the &amp;database</translation>
    </message>
    <message>
        <source>Revi&amp;sor:</source>
        <translation>Revie&amp;wer:</translation>
    </message>
    <message>
        <source>Te&amp;xto</source>
        <translation>Te&amp;xt</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>ninguna</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Presupuestos en M$ (miles de pesos)</source>
        <translation>Budgets in M$ (thousands of pesos)</translation>
    </message>
    <message>
        <source>&amp;Programa:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>&amp;Valor:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>&amp;Unidad:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Nombre o título:</source>
        <translation>&amp;Name or title:</translation>
    </message>
    <message>
        <source>&amp;Objetivo:</source>
        <translation>&amp;Objective:</translation>
    </message>
    <message>
        <source>A&amp;cción:</source>
        <translation>A&amp;ction:</translation>
    </message>
    <message>
        <source>Oración de la que viene la cifra</source>
        <translation>Sentence the figure comes from</translation>
    </message>
    <message>
        <source>Presupuesto</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Beneficiarios</source>
        <translation>Beneficiaries</translation>
    </message>
    <message>
        <source>Indicador</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Hito</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Valor: %1</source>
        <translation>Value: %1</translation>
    </message>
    <message>
        <source>falta el número</source>
        <translation>the number is missing</translation>
    </message>
    <message>
        <source>T&amp;ipo:</source>
        <translation>K&amp;ind:</translation>
    </message>
    <message>
        <source>Contrapa&amp;rte:</source>
        <translation>Counte&amp;rpart:</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <source>no es JSON válido (%1, en el carácter %2)</source>
        <translation>is not valid JSON (%1, at character %2)</translation>
    </message>
    <message>
        <source>no es una vista de Mirador (no tiene «&quot;%1&quot;: %2»)</source>
        <translation>is not a Mirador view (it has no “&quot;%1&quot;: %2”)</translation>
    </message>
    <message>
        <source>es una vista de la versión %1, y esta versión de Mirador lee la %2</source>
        <translation>is a view of version %1, and this version of Mirador reads version %2</translation>
    </message>
    <message>
        <source>tiene un valor de tipo equivocado (un texto, un número o una lista)</source>
        <translation>has a value of the wrong type (a text, a number or a list)</translation>
    </message>
    <message>
        <source>No se pudo guardar la vista en %1: %2</source>
        <translation>The view could not be saved in %1: %2</translation>
    </message>
    <message>
        <source>No se pudo leer la vista %1: %2</source>
        <translation>The view %1 could not be read: %2</translation>
    </message>
    <message>
        <source>es demasiado grande</source>
        <translation>it is too large</translation>
    </message>
    <message>
        <source>La vista %1 %2.</source>
        <translation>The view %1 %2.</translation>
    </message>
    <message>
        <source>el año %1</source>
        <translation>the year %1</translation>
    </message>
    <message>
        <source>el objetivo %1</source>
        <translation>objective %1</translation>
    </message>
    <message>
        <source>el programa «%1»</source>
        <translation>the program “%1”</translation>
    </message>
    <message>
        <source>la región de código %1</source>
        <translation>the region of code %1</translation>
    </message>
    <message>
        <source>el servicio «%1»</source>
        <translation>the service “%1”</translation>
    </message>
    <message>
        <source>el informe «%1»</source>
        <translation>the report “%1”</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>se perdió la conexión con la base de datos; vuelva a conectarse</source>
        <translation>the connection to the database was lost; reconnect</translation>
    </message>
    <message>
        <source>no queda espacio: el disco está lleno o la base de datos llegó a su tamaño máximo</source>
        <translation>no space left: the disk is full or the database has reached its maximum size</translation>
    </message>
    <message>
        <source>el sistema no pudo leer o escribir el archivo</source>
        <translation>the system could not read or write the file</translation>
    </message>
    <message>
        <source>el archivo está dañado</source>
        <translation>the file is damaged</translation>
    </message>
    <message>
        <source>se perdió la conexión con el servidor</source>
        <translation>the connection to the server was lost</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>la base de datos está ocupada por otro programa que está escribiendo en ella; inténtelo de nuevo en un momento</source>
        <translation>the database is busy: another program is writing to it; try again in a moment</translation>
    </message>
    <message>
        <source>el archivo o su carpeta no se pueden escribir</source>
        <translation>the file or its folder cannot be written</translation>
    </message>
    <message>
        <source>el archivo no se puede abrir</source>
        <translation>the file cannot be opened</translation>
    </message>
    <message>
        <source>error desconocido de la base de datos</source>
        <translation>unknown database error</translation>
    </message>
</context>
<context>
    <name>SuggestedName</name>
    <message>
        <source>presupuesto-beneficiarios</source>
        <translation>budget-beneficiaries</translation>
    </message>
    <message>
        <source>programas</source>
        <translation>programs</translation>
    </message>
    <message>
        <source>costo-por-beneficiario</source>
        <translation>cost-per-beneficiary</translation>
    </message>
    <message>
        <source>nube-de-palabras</source>
        <translation>word-cloud</translation>
    </message>
    <message>
        <source>grafico</source>
        <translation>chart</translation>
    </message>
    <message>
        <source>tabla</source>
        <translation>table</translation>
    </message>
    <message>
        <source>resultados</source>
        <translation>results</translation>
    </message>
    <message>
        <source>indicadores</source>
        <translation>indicators</translation>
    </message>
    <message>
        <source>hitos</source>
        <translation>milestones</translation>
    </message>
    <message>
        <source>%1-para-excel.csv</source>
        <translation>%1-for-excel.csv</translation>
    </message>
    <message>
        <source>informe-mirador.pdf</source>
        <translation>mirador-report.pdf</translation>
    </message>
    <message>
        <source>evolucion</source>
        <translation>trend</translation>
    </message>
</context>
<context>
    <name>TableMenus</name>
    <message>
        <source>&amp;Columnas de la tabla</source>
        <translation>Table &amp;columns</translation>
    </message>
    <message>
        <source>Mostrar u ocultar columnas de la tabla que se ve</source>
        <translation>Show or hide columns of the table on view</translation>
    </message>
    <message>
        <source>&amp;Copiar</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Filtrar por este valor</source>
        <translation>&amp;Filter by this value</translation>
    </message>
</context>
<context>
    <name>TableSpec</name>
    <message>
        <source>Revisión</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Si alguien confirmó o corrigió la cifra que Mirador leyó del informe; vacía si nadie la leyó con Mirador</source>
        <translation>Whether someone confirmed or corrected the figure Mirador read from the report; empty if nobody read it with Mirador</translation>
    </message>
    <message>
        <source>Página</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>La página del informe en la que está la oración</source>
        <translation>The page of the report that holds the sentence</translation>
    </message>
    <message>
        <source>sin confirmar</source>
        <translation>not confirmed</translation>
    </message>
    <message>
        <source>confirmada por %1 el %2</source>
        <translation>confirmed by %1 on %2</translation>
    </message>
    <message>
        <source>corregida por %1 el %2 (propuesta: %3)</source>
        <translation>corrected by %1 on %2 (proposed: %3)</translation>
    </message>
    <message>
        <source>Editado: el informe dice M$ %1</source>
        <translation>Edited: the report says M$ %1</translation>
    </message>
    <message>
        <source>Editado: el informe dice %1</source>
        <translation>Edited: the report says %1</translation>
    </message>
    <message>
        <source>Presupuesto en la fuente (M$)</source>
        <translation>Budget in the source (M$)</translation>
    </message>
    <message>
        <source>El presupuesto como lo da la oración del informe; editar la cifra no lo cambia</source>
        <translation>The budget as the report&apos;s sentence gives it; editing the figure does not change it</translation>
    </message>
    <message>
        <source>Beneficiarios en la fuente</source>
        <translation>Beneficiaries in the source</translation>
    </message>
    <message>
        <source>Los beneficiarios como los da la oración del informe; editar la cifra no los cambia</source>
        <translation>The beneficiaries as the report&apos;s sentence gives them; editing the figure does not change them</translation>
    </message>
    <message>
        <source>Año</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Obj.</source>
        <translation>Obj.</translation>
    </message>
    <message>
        <source>Número del objetivo estratégico</source>
        <translation>Strategic objective number</translation>
    </message>
    <message>
        <source>Objetivo</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Programa</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Cód. región</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>Región</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Presupuesto (M$)</source>
        <translation>Budget (M$)</translation>
    </message>
    <message>
        <source>M$ = miles de pesos</source>
        <translation>M$ = thousands of Chilean pesos</translation>
    </message>
    <message>
        <source>Beneficiarios</source>
        <translation>Beneficiaries</translation>
    </message>
    <message>
        <source>Unidad</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nota del equipo; no es parte del informe</source>
        <translation>Team note; not part of the report</translation>
    </message>
    <message>
        <source>Fuente</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>La oración del informe de la que proviene la cifra</source>
        <translation>The report sentence the figure comes from</translation>
    </message>
    <message>
        <source>Indicador</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Valor</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Título</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Contraparte</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <source>Servicio</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>El servicio que publicó el informe</source>
        <translation>The service that published the report</translation>
    </message>
</context>
<context>
    <name>WordCloudView</name>
    <message>
        <source>Sin palabras para mostrar</source>
        <translation>No words to show</translation>
    </message>
    <message>
        <source>Nube de palabras por objetivo</source>
        <translation>Word cloud by objective</translation>
    </message>
</context>
<context>
    <name>WorkbookDialog</name>
    <message>
        <source>Exportar para Excel</source>
        <translation>Export for Excel</translation>
    </message>
    <message>
        <source>tablas.xlsx</source>
        <translation>tables.xlsx</translation>
    </message>
    <message>
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Libro de Excel escrito en %1</source>
        <translation>Excel workbook written to %1</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>un texto tiene más de 32.767 caracteres, lo más que admite una celda de Excel</source>
        <translation>a text has more than 32,767 characters, the most an Excel cell holds</translation>
    </message>
    <message>
        <source>no se pudo armar el libro de Excel (libxlsxwriter: %1)</source>
        <translation>the Excel workbook could not be built (libxlsxwriter: %1)</translation>
    </message>
    <message>
        <source>«%1» tiene más filas de las %2 que caben en una hoja de Excel; acote los filtros</source>
        <translation>“%1” has more rows than the %2 an Excel sheet holds; narrow the filters</translation>
    </message>
    <message>
        <source>Filtro y fuente</source>
        <translation>Filter and source</translation>
    </message>
    <message>
        <source>Mirador · Tablas exportadas</source>
        <translation>Mirador · Exported tables</translation>
    </message>
    <message>
        <source>Filtros</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Informe</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Servicio</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Base de datos</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Generado el</source>
        <translation>Generated on</translation>
    </message>
    <message>
        <source>Filas en «%1»</source>
        <translation>Rows in “%1”</translation>
    </message>
    <message>
        <source>Montos</source>
        <translation>Amounts</translation>
    </message>
    <message>
        <source>Fuente</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>La columna Fuente trae la oración del informe de la que proviene cada cifra.</source>
        <translation>The Source column holds the report sentence each figure comes from.</translation>
    </message>
    <message>
        <source>Cifras editadas</source>
        <translation>Edited figures</translation>
    </message>
    <message>
        <source>En ámbar, las cifras editadas en Mirador que difieren de su fuente; las columnas «… en la fuente» dicen lo que informa el informe.</source>
        <translation>In amber, the figures edited in Mirador that differ from their source; the “… in the source” columns say what the report gives.</translation>
    </message>
    <message>
        <source>Resultados</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Indicadores</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Hitos</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>no se pudo crear una carpeta temporal: %1</source>
        <translation>a temporary folder could not be created: %1</translation>
    </message>
    <message>
        <source>Tablas de Mirador</source>
        <translation>Mirador tables</translation>
    </message>
</context>
<context>
    <name>YearComparison</name>
    <message>
        <source>«%1»</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>la base de datos no tiene informes que comparar</source>
        <translation>the database has no reports to compare</translation>
    </message>
    <message>
        <source>la base de datos tiene informes de %1 servicios (%2): elija uno para comparar sus años</source>
        <translation>the database has reports of %1 services (%2): choose one to compare its years</translation>
    </message>
    <message>
        <source>%1 no tiene informe de %2; tiene de: %3</source>
        <translation>%1 has no report for %2; it has reports for: %3</translation>
    </message>
    <message>
        <source>no se puede comparar %1 %2 consigo mismo: elija otro año</source>
        <translation>%1 %2 cannot be compared with itself: choose another year</translation>
    </message>
</context>
</TS>
