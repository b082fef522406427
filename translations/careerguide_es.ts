<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CalendarExportStore</name>
    <message>
        <source>Could not read the last calendar export: %1</source>
        <translation>No se pudo leer la última exportación al calendario: %1</translation>
    </message>
    <message>
        <source>Could not remember the calendar export</source>
        <translation>No se pudo recordar la exportación al calendario</translation>
    </message>
    <message>
        <source>This plan was deleted in another window; it cannot be exported.</source>
        <translation>Este plan se eliminó en otra ventana; no se puede exportar.</translation>
    </message>
</context>
<context>
    <name>CalendarUpdatePlanner</name>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>No longer in the study plan.</source>
        <translation>Ya no forma parte del plan de estudio.</translation>
    </message>
</context>
<context>
    <name>ICalendarWriter</name>
    <message>
        <source>Could not write the calendar file %1: %2</source>
        <translation>No se pudo escribir el archivo de calendario %1: %2</translation>
    </message>
</context>
<context>
    <name>LearningPathTab</name>
    <message>
        <source>Learning path pages</source>
        <translation>Páginas de la ruta de aprendizaje</translation>
    </message>
    <message>
        <source>Switch between the routes and steps and your study plan</source>
        <translation>Cambia entre las vías y pasos y tu plan de estudio</translation>
    </message>
</context>
<context>
    <name>LearningRoutesPage</name>
    <message>
        <source>&amp;Path:</source>
        <translation>Ru&amp;ta:</translation>
    </message>
    <message>
        <source>Choose the learning path whose routes and steps are shown</source>
        <translation>Elige la ruta de aprendizaje cuyas vías y pasos se muestran</translation>
    </message>
    <message>
        <source>Learning path</source>
        <translation>Ruta de aprendizaje</translation>
    </message>
    <message>
        <source>Path summary</source>
        <translation>Resumen de la ruta</translation>
    </message>
    <message>
        <source>Ed&amp;ucation routes into the role</source>
        <translation>Vías de &amp;formación hacia el puesto</translation>
    </message>
    <message>
        <source>Education routes into the role, with their kind and duration</source>
        <translation>Vías de formación hacia el puesto, con su tipo y duración</translation>
    </message>
    <message>
        <source>Education routes</source>
        <translation>Vías de formación</translation>
    </message>
    <message>
        <source>S&amp;teps, in order</source>
        <translation>Pasos, en or&amp;den</translation>
    </message>
    <message>
        <source>The path&apos;s steps in order, with our hour estimates, prerequisites and resources</source>
        <translation>Los pasos de la ruta en orden, con nuestra estimación de horas, requisitos previos y recursos</translation>
    </message>
    <message>
        <source>Learning steps</source>
        <translation>Pasos de aprendizaje</translation>
    </message>
    <message>
        <source>Details of the selected route or step, with its sources</source>
        <translation>Detalles de la vía o el paso seleccionado, con sus fuentes</translation>
    </message>
    <message>
        <source>Route or step details</source>
        <translation>Detalles de la vía o del paso</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Career Guide</source>
        <translation>Career Guide</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Print Study Plan…</source>
        <translation>&amp;Imprimir plan de estudio…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Puestos</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>&amp;Habilidades</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>S&amp;alaries</source>
        <translation>&amp;Salarios</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Learning Path</source>
        <translation>&amp;Ruta de aprendizaje</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Career &amp;Tips and FAQ</source>
        <translation>&amp;Consejos profesionales y preguntas frecuentes</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Fuentes</translation>
    </message>
    <message>
        <source>&amp;About Career Guide</source>
        <translation>Acerca &amp;de Career Guide</translation>
    </message>
    <message>
        <source>Roles, skills, salaries and the learning path</source>
        <translation>Puestos, habilidades, salarios y la ruta de aprendizaje</translation>
    </message>
    <message>
        <source>Export Study Plan as &amp;PDF…</source>
        <translation>Exportar plan de estudio como &amp;PDF…</translation>
    </message>
    <message>
        <source>Export Salary Comparison as &amp;CSV…</source>
        <translation>Exportar comparación salarial como &amp;CSV…</translation>
    </message>
    <message>
        <source>Export Study Plan to Ca&amp;lendar…</source>
        <translation>Exportar plan de estudio al ca&amp;lendario…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Go back to what was shown before</source>
        <translation>Volver a lo que se mostraba antes</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Ade&amp;lante</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Avanzar de nuevo</translation>
    </message>
</context>
<context>
    <name>OwnTopicDialog</name>
    <message>
        <source>Your Own Topic</source>
        <translation>Tema propio</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Topic title</source>
        <translation>Título del tema</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>En&amp;lace:</translation>
    </message>
    <message>
        <source>Web address of a resource (optional)</source>
        <translation>Dirección web de un recurso (opcional)</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (opcional)</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>H&amp;oras:</translation>
    </message>
    <message>
        <source>Hours of study</source>
        <translation>Horas de estudio</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Note about the topic</source>
        <translation>Nota sobre el tema</translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation>Lo que hay que corregir</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <source>E&amp;ducation:</source>
        <translation>&amp;Formación:</translation>
    </message>
    <message>
        <source>Co&amp;mpare with:</source>
        <translation>Co&amp;mparar con:</translation>
    </message>
    <message>
        <source>Filter by title (a guide role also by its other names)</source>
        <translation>Filtrar por título (un rol de la guía, también por sus otros nombres)</translation>
    </message>
    <message>
        <source>Filter careers by title</source>
        <translation>Filtrar profesiones por título</translation>
    </message>
    <message>
        <source>&amp;Job family:</source>
        <translation>&amp;Familia profesional:</translation>
    </message>
    <message>
        <source>Filter careers by job family</source>
        <translation>Filtrar profesiones por familia profesional</translation>
    </message>
    <message>
        <source>The SOC 2018 major group of the career&apos;s occupation</source>
        <translation>El grupo principal SOC 2018 de la ocupación de la profesión</translation>
    </message>
    <message>
        <source>Job &amp;zone:</source>
        <translation>&amp;Zona laboral:</translation>
    </message>
    <message>
        <source>Filter careers by O*NET job zone</source>
        <translation>Filtrar profesiones por zona laboral de O*NET</translation>
    </message>
    <message>
        <source>How much preparation the work needs, from O*NET&apos;s job zone 1 (little) to 5 (extensive)</source>
        <translation>Cuánta preparación requiere el trabajo, desde la zona laboral 1 (poca) hasta la 5 (mucha) de O*NET</translation>
    </message>
    <message>
        <source>Filter careers by typical entry education</source>
        <translation>Filtrar profesiones por formación de acceso habitual</translation>
    </message>
    <message>
        <source>Typical education needed to enter the occupation (BLS Employment Projections)</source>
        <translation>Formación habitual necesaria para acceder a la ocupación (BLS Employment Projections)</translation>
    </message>
    <message>
        <source>&amp;Growth:</source>
        <translation>&amp;Crecimiento:</translation>
    </message>
    <message>
        <source>Filter careers by projected growth</source>
        <translation>Filtrar profesiones por crecimiento previsto</translation>
    </message>
    <message>
        <source>Projected change in employment 2024–34 in the words of BLS&apos;s Occupational Outlook Handbook</source>
        <translation>Cambio previsto en el empleo 2024–34 según el Occupational Outlook Handbook del BLS</translation>
    </message>
    <message>
        <source>Median &amp;pay from:</source>
        <translation>Salario mediano &amp;desde:</translation>
    </message>
    <message>
        <source>Lowest median annual pay</source>
        <translation>Salario anual mediano mínimo</translation>
    </message>
    <message>
        <source>Show careers whose median annual wage (BLS OEWS May 2024) is at least this much</source>
        <translation>Mostrar profesiones cuyo salario anual mediano (BLS OEWS, mayo de 2024) sea como mínimo esta cantidad</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>h&amp;asta</translation>
    </message>
    <message>
        <source>Highest median annual pay</source>
        <translation>Salario anual mediano máximo</translation>
    </message>
    <message>
        <source>Show careers whose median annual wage (BLS OEWS May 2024) is at most this much</source>
        <translation>Mostrar profesiones cuyo salario anual mediano (BLS OEWS, mayo de 2024) sea como máximo esta cantidad</translation>
    </message>
    <message>
        <source>Sor&amp;t by:</source>
        <translation>&amp;Ordenar por:</translation>
    </message>
    <message>
        <source>Sort careers by</source>
        <translation>Ordenar profesiones por</translation>
    </message>
    <message>
        <source>The order of the career list: by name with the guide&apos;s roles first, or by median pay, growth or annual openings, the highest first</source>
        <translation>El orden de la lista de profesiones: por nombre, con los roles de la guía primero, o por salario mediano, crecimiento o vacantes anuales, de mayor a menor</translation>
    </message>
    <message>
        <source>The guide&apos;s roles and every O*NET occupation; choose one to see its page</source>
        <translation>Los roles de la guía y todas las ocupaciones de O*NET; elige una para ver su página</translation>
    </message>
    <message>
        <source>Careers</source>
        <translation>Profesiones</translation>
    </message>
    <message>
        <source>Number of careers shown</source>
        <translation>Número de profesiones mostradas</translation>
    </message>
    <message>
        <source>Career to compare with</source>
        <translation>Profesión con la que comparar</translation>
    </message>
    <message>
        <source>Type part of a title or an O*NET code to find a role or occupation; it is shown beside the selected one</source>
        <translation>Escribe parte de un título o un código O*NET para buscar un rol u ocupación; se muestra junto a la seleccionada</translation>
    </message>
    <message>
        <source>The selected career&apos;s page: duties or tasks, skills, pay, outlook and sources, or two careers side by side</source>
        <translation>La página de la profesión seleccionada: funciones o tareas, habilidades, salario, perspectivas y fuentes, o dos profesiones lado a lado</translation>
    </message>
    <message>
        <source>Career details</source>
        <translation>Detalles de la profesión</translation>
    </message>
</context>
<context>
    <name>SalariesTab</name>
    <message>
        <source>R&amp;ole:</source>
        <translation>Pues&amp;to:</translation>
    </message>
    <message>
        <source>Show figures for role</source>
        <translation>Mostrar cifras del puesto</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <source>Show figures for country</source>
        <translation>Mostrar cifras del país</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>Show figures from source</source>
        <translation>Mostrar cifras de la fuente</translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>Fi&amp;ltro:</translation>
    </message>
    <message>
        <source>Any text: role, country, source, statistic…</source>
        <translation>Cualquier texto: puesto, país, fuente, estadística…</translation>
    </message>
    <message>
        <source>Filter salary figures by text</source>
        <translation>Filtrar las cifras salariales por texto</translation>
    </message>
    <message>
        <source>Salary figures</source>
        <translation>Cifras salariales</translation>
    </message>
    <message>
        <source>Press Enter or double-click to add the figure to the comparison.</source>
        <translation>Pulsa Intro o haz doble clic para añadir la cifra a la comparación.</translation>
    </message>
    <message>
        <source>Figure details</source>
        <translation>Detalles de la cifra</translation>
    </message>
    <message>
        <source>A&amp;dd to Comparison</source>
        <translation>Aña&amp;dir a la comparación</translation>
    </message>
    <message>
        <source>Add the selected figure as a new column (Enter or double-click in the table). Up to four.</source>
        <translation>Añade la cifra seleccionada como columna nueva (Intro o doble clic en la tabla). Hasta cuatro.</translation>
    </message>
    <message>
        <source>Add to comparison</source>
        <translation>Añadir a la comparación</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected column (Delete in the comparison)</source>
        <translation>Quita la columna seleccionada (Supr en la comparación)</translation>
    </message>
    <message>
        <source>Remove from comparison</source>
        <translation>Quitar de la comparación</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Move the selected column left (Ctrl+Shift+Left; or drag its header)</source>
        <translation>Mueve la columna seleccionada a la izquierda (Ctrl+Shift+Left, o arrastra su encabezado)</translation>
    </message>
    <message>
        <source>Move column left</source>
        <translation>Mover columna a la izquierda</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Move the selected column right (Ctrl+Shift+Right; or drag its header)</source>
        <translation>Mueve la columna seleccionada a la derecha (Ctrl+Shift+Right, o arrastra su encabezado)</translation>
    </message>
    <message>
        <source>Move column right</source>
        <translation>Mover columna a la derecha</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Remove every column</source>
        <translation>Quita todas las columnas</translation>
    </message>
    <message>
        <source>Clear comparison</source>
        <translation>Vaciar la comparación</translation>
    </message>
    <message>
        <source>Curre&amp;ncy:</source>
        <translation>Mo&amp;neda:</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Moneda de visualización</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Base:</translation>
    </message>
    <message>
        <source>Conversion basis</source>
        <translation>Base de conversión</translation>
    </message>
    <message>
        <source>Comparison views</source>
        <translation>Vistas de la comparación</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>Salary comparison</source>
        <translation>Comparación salarial</translation>
    </message>
    <message>
        <source>One column per pick. Delete removes a column; Ctrl+Shift+Left and Right move it.</source>
        <translation>Una columna por selección. Supr quita una columna; Ctrl+Shift+Left y Right la mueven.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>By Experience</source>
        <translation>Por experiencia</translation>
    </message>
    <message>
        <source>Skill Premiums</source>
        <translation>Primas por habilidad</translation>
    </message>
    <message>
        <source>Skill premiums as stated</source>
        <translation>Primas por habilidad según la fuente</translation>
    </message>
    <message>
        <source>Saved compar&amp;isons:</source>
        <translation>Comparaciones &amp;guardadas:</translation>
    </message>
    <message>
        <source>Saved comparison name</source>
        <translation>Nombre de la comparación guardada</translation>
    </message>
    <message>
        <source>Type a name and Save, or pick a saved comparison and Load</source>
        <translation>Escribe un nombre y pulsa Guardar, o elige una comparación guardada y pulsa Cargar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the comparison under this name (replaces one of the same name)</source>
        <translation>Guarda la comparación con este nombre (sustituye la que tenga el mismo nombre)</translation>
    </message>
    <message>
        <source>Save comparison</source>
        <translation>Guardar comparación</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
    <message>
        <source>Load saved comparison</source>
        <translation>Cargar la comparación guardada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete saved comparison</source>
        <translation>Eliminar la comparación guardada</translation>
    </message>
    <message>
        <source>Comparison messages</source>
        <translation>Mensajes de la comparación</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the comparison as a CSV file (also File → Export CSV…)</source>
        <translation>Guarda la comparación como archivo CSV (también en Archivo → Exportar CSV…)</translation>
    </message>
    <message>
        <source>Export comparison as CSV</source>
        <translation>Exportar la comparación como CSV</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>I&amp;mprimir…</translation>
    </message>
    <message>
        <source>Preview and print the comparison</source>
        <translation>Vista previa e impresión de la comparación</translation>
    </message>
    <message>
        <source>Print comparison</source>
        <translation>Imprimir la comparación</translation>
    </message>
    <message>
        <source>Show only figures for this role</source>
        <translation>Mostrar solo cifras de este puesto</translation>
    </message>
    <message>
        <source>Show only figures for this country</source>
        <translation>Mostrar solo cifras de este país</translation>
    </message>
    <message>
        <source>Show only figures from this source</source>
        <translation>Mostrar solo cifras de esta fuente</translation>
    </message>
    <message>
        <source>The selected figure with its source, date, conversion and notes</source>
        <translation>La cifra seleccionada con su fuente, fecha, conversión y notas</translation>
    </message>
    <message>
        <source>The currency the comparison is shown in</source>
        <translation>La moneda en la que se muestra la comparación</translation>
    </message>
    <message>
        <source>How amounts are converted: market exchange rates or purchasing-power parity</source>
        <translation>Cómo se convierten los importes: tipos de cambio de mercado o paridad de poder adquisitivo</translation>
    </message>
    <message>
        <source>Switch between the comparison table, the charts and the skill premiums</source>
        <translation>Cambia entre la tabla comparativa, los gráficos y las primas por habilidad</translation>
    </message>
    <message>
        <source>Load the selected saved comparison</source>
        <translation>Cargar la comparación guardada seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected saved comparison</source>
        <translation>Eliminar la comparación guardada seleccionada</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Type to search; Up and Down choose a result, Enter opens it</source>
        <translation>Escribe para buscar; Arriba y Abajo eligen un resultado, Intro lo abre</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Search roles, skills, occupations, learning, salaries and states</source>
        <translation>Buscar puestos, habilidades, ocupaciones, aprendizaje, salarios y estados</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Quizá quería decir</translation>
    </message>
    <message>
        <source>Did you mean:</source>
        <translation>Quizá quería decir:</translation>
    </message>
</context>
<context>
    <name>SkillsTab</name>
    <message>
        <source>Filter skills</source>
        <translation>Filtrar habilidades</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Skill category</source>
        <translation>Categoría de la habilidad</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Hard or soft skills</source>
        <translation>Habilidades técnicas o interpersonales</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Filter skills by my status</source>
        <translation>Filtrar habilidades por mi estado</translation>
    </message>
    <message>
        <source>H&amp;ot technologies only</source>
        <translation>Solo tecn&amp;ologías en auge</translation>
    </message>
    <message>
        <source>Hot technologies only</source>
        <translation>Solo tecnologías en auge</translation>
    </message>
    <message>
        <source>Only skills O*NET 29.3 flags as a Hot Technology, one often named in job postings</source>
        <translation>Solo las habilidades que O*NET 29.3 marca como Hot Technology, una tecnología que aparece a menudo en las ofertas de empleo</translation>
    </message>
    <message>
        <source>&amp;Target role:</source>
        <translation>Puesto o&amp;bjetivo:</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Puesto objetivo</translation>
    </message>
    <message>
        <source>The role you are working towards; the gap is what it needs that you do not mark as known</source>
        <translation>El puesto al que aspiras; la brecha es lo que necesita y que no has marcado como conocido</translation>
    </message>
    <message>
        <source>Skill gap towards the target role</source>
        <translation>Brecha de habilidades respecto al puesto objetivo</translation>
    </message>
    <message>
        <source>Show only what I still &amp;need</source>
        <translation>Mostrar solo lo que aún &amp;necesito</translation>
    </message>
    <message>
        <source>Show only the skills the target role needs that I do not know</source>
        <translation>Muestra solo las habilidades que necesita el puesto objetivo y que no conozco</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>M&amp;y status:</source>
        <translation>M&amp;i estado:</translation>
    </message>
    <message>
        <source>My status for this skill</source>
        <translation>Mi estado para esta habilidad</translation>
    </message>
    <message>
        <source>Saved at once; one status per skill, shared by every role</source>
        <translation>Se guarda al momento; un estado por habilidad, compartido por todos los puestos</translation>
    </message>
    <message>
        <source>Skill details</source>
        <translation>Detalles de la habilidad</translation>
    </message>
    <message>
        <source>Show only skills of this category</source>
        <translation>Mostrar solo habilidades de esta categoría</translation>
    </message>
    <message>
        <source>Show hard skills, soft skills or both</source>
        <translation>Mostrar habilidades técnicas, interpersonales o ambas</translation>
    </message>
    <message>
        <source>Show only skills with this status of yours</source>
        <translation>Mostrar solo habilidades con este estado tuyo</translation>
    </message>
    <message>
        <source>Show only the skills the target role needs that you do not know yet</source>
        <translation>Mostrar solo las habilidades que necesita el puesto objetivo y que aún no conoces</translation>
    </message>
    <message>
        <source>Skills with their category, kind, roles, O*NET flags and your status</source>
        <translation>Habilidades con su categoría, tipo, puestos, indicadores de O*NET y tu estado</translation>
    </message>
    <message>
        <source>The selected skill: the roles that need it, O*NET flags, premiums and learning steps</source>
        <translation>La habilidad seleccionada: puestos que la necesitan, indicadores de O*NET, primas y pasos de aprendizaje</translation>
    </message>
    <message>
        <source>L&amp;ist:</source>
        <translation>L&amp;ista:</translation>
    </message>
    <message>
        <source>Skill list</source>
        <translation>Lista de habilidades</translation>
    </message>
    <message>
        <source>Which list to show: the guide&apos;s skills, O*NET skills and knowledge, or technologies</source>
        <translation>Qué lista mostrar: las habilidades de la guía, las habilidades y conocimientos de O*NET, o las tecnologías</translation>
    </message>
    <message>
        <source>The guide&apos;s skills, O*NET&apos;s skills and knowledge areas, or the technologies O*NET names (Alt+I)</source>
        <translation>Las habilidades de la guía, las habilidades y áreas de conocimiento de O*NET, o las tecnologías que nombra O*NET (Alt+I)</translation>
    </message>
    <message>
        <source>How many entries the list shows</source>
        <translation>Cuántas entradas muestra la lista</translation>
    </message>
    <message>
        <source>O*NET skills and knowledge areas with how many occupations rate each important, and your status</source>
        <translation>Habilidades y áreas de conocimiento de O*NET, con cuántas ocupaciones califican cada una como importante, y tu estado</translation>
    </message>
    <message>
        <source>O*NET skills and knowledge</source>
        <translation>Habilidades y conocimientos de O*NET</translation>
    </message>
    <message>
        <source>Technologies O*NET names, with how many occupations list each, In Demand counts, the Hot flag and your status</source>
        <translation>Tecnologías que nombra O*NET, con cuántas ocupaciones incluyen cada una, los recuentos de Muy demandada, la marca En auge y tu estado</translation>
    </message>
    <message>
        <source>Technologies</source>
        <translation>Tecnologías</translation>
    </message>
    <message>
        <source>Share of what the target role needs that you know, weighted by importance</source>
        <translation>Parte de lo que necesita el puesto objetivo que ya conoces, ponderada por importancia</translation>
    </message>
    <message>
        <source>%p% of what it needs</source>
        <translation>%p % de lo que necesita</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Sources and what they contributed</source>
        <translation>Fuentes y lo que aportaron</translation>
    </message>
    <message>
        <source>Every source with what it contributed, how to cite it and its licence</source>
        <translation>Cada fuente con lo que aportó, cómo citarla y su licencia</translation>
    </message>
</context>
<context>
    <name>StepTopicsPanel</name>
    <message>
        <source>Topics o&amp;f:</source>
        <translation>&amp;Temas de:</translation>
    </message>
    <message>
        <source>Step whose topics are listed</source>
        <translation>Paso cuyos temas se muestran</translation>
    </message>
    <message>
        <source>&amp;Show hidden</source>
        <translation>Mostrar o&amp;cultos</translation>
    </message>
    <message>
        <source>Show hidden topics</source>
        <translation>Mostrar los temas ocultos</translation>
    </message>
    <message>
        <source>Topics of the step</source>
        <translation>Temas del paso</translation>
    </message>
    <message>
        <source>&amp;Add Topic…</source>
        <translation>Añad&amp;ir tema…</translation>
    </message>
    <message>
        <source>Add your own topic to this step</source>
        <translation>Añadir un tema propio a este paso</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>Edit your own topic</source>
        <translation>Editar tu tema propio</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Elimi&amp;nar</translation>
    </message>
    <message>
        <source>Remove your own topic</source>
        <translation>Eliminar tu tema propio</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Ocu&amp;ltar</translation>
    </message>
    <message>
        <source>Hide or show the topic</source>
        <translation>Ocultar o mostrar el tema</translation>
    </message>
    <message>
        <source>Mo&amp;ve Up</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <source>Move the topic up</source>
        <translation>Subir el tema</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the topic down</source>
        <translation>Bajar el tema</translation>
    </message>
</context>
<context>
    <name>StudyPlanCalendar</name>
    <message>
        <source>Week %1 (from %2): %3 h</source>
        <translation>Semana %1 (desde %2): %3 h</translation>
    </message>
    <message>
        <source>Study plan: %1</source>
        <translation>Plan de estudio: %1</translation>
    </message>
    <message>
        <source>%1 h in total</source>
        <translation>%1 h en total</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Temas:</translation>
    </message>
    <message>
        <source>- %1 (%2 h, %3)</source>
        <translation>- %1 (%2 h, %3)</translation>
    </message>
    <message>
        <source>- %1 (%2 h)</source>
        <translation>- %1 (%2 h)</translation>
    </message>
</context>
<context>
    <name>StudyPlanDocument</name>
    <message>
        <source>Study plan</source>
        <translation>Plan de estudio</translation>
    </message>
    <message>
        <source>Prepared for %1</source>
        <translation>Preparado para %1</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Puesto objetivo</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>%1 h a week</source>
        <translation>%1 h a la semana</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>Study time</source>
        <translation>Tiempo de estudio</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 de %2 pasos completados</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>Ya conocido</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Excluido</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Semana a semana</translation>
    </message>
    <message>
        <source>Tick a box when you have done that part; each step is finished by the end of its last week.</source>
        <translation>Marca una casilla cuando hayas hecho esa parte; cada paso se completa al final de su última semana.</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
    <message>
        <source>part %1 of %2</source>
        <translation>parte %1 de %2</translation>
    </message>
    <message>
        <source>%1 of %2 h</source>
        <translation>%1 de %2 h</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>Tu nota:</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Could not start painting the study plan on the printer or file.</source>
        <translation>No se pudo empezar a dibujar el plan de estudio en la impresora o el archivo.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Could not finish painting the study plan.</source>
        <translation>No se pudo terminar de dibujar el plan de estudio.</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>uno de: %1</translation>
    </message>
    <message>
        <source>%1 or the alternative you chose</source>
        <translation>%1 o la alternativa que eligió</translation>
    </message>
    <message>
        <source>Finish date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>%1 of %2 topics done</source>
        <translation>%1 de %2 temas hechos</translation>
    </message>
    <message>
        <source>Hours done</source>
        <translation>Horas hechas</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Milestones by month</source>
        <translation>Hitos por mes</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Steps finished</source>
        <translation>Pasos terminados</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>by %1, week %2</source>
        <translation>para el %1, semana %2</translation>
    </message>
    <message>
        <source>Hours are our own estimates. How each was reached, and the sources the steps were written from, are shown with each step in Career Guide.</source>
        <translation>Las horas son estimaciones nuestras. Cómo se calculó cada una y las fuentes con las que se escribieron los pasos se muestran con cada paso en Career Guide.</translation>
    </message>
    <message>
        <source>What to study</source>
        <translation>Qué estudiar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>finish it this week</source>
        <translation>termínelo esta semana</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>StudyPlanPage</name>
    <message>
        <source>Pla&amp;n:</source>
        <translation>Pla&amp;n:</translation>
    </message>
    <message>
        <source>Saved study plans</source>
        <translation>Planes de estudio guardados</translation>
    </message>
    <message>
        <source>New plan (not saved yet)</source>
        <translation>Plan nuevo (aún sin guardar)</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Nuev&amp;o</translation>
    </message>
    <message>
        <source>New study plan</source>
        <translation>Nuevo plan de estudio</translation>
    </message>
    <message>
        <source>Start a new, separate plan; your other plans stay as they are</source>
        <translation>Empieza un plan nuevo e independiente; los demás planes no cambian</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete this study plan</source>
        <translation>Eliminar este plan de estudio</translation>
    </message>
    <message>
        <source>Delete this plan and the progress recorded in it</source>
        <translation>Elimina este plan y el progreso registrado en él</translation>
    </message>
    <message>
        <source>Plan settings</source>
        <translation>Ajustes del plan</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Nombre del plan</translation>
    </message>
    <message>
        <source>Target &amp;job:</source>
        <translation>Puesto ob&amp;jetivo:</translation>
    </message>
    <message>
        <source>Target role and learning path</source>
        <translation>Puesto objetivo y ruta de aprendizaje</translation>
    </message>
    <message>
        <source>Ro&amp;ute:</source>
        <translation>Vía forma&amp;tiva:</translation>
    </message>
    <message>
        <source>Education route</source>
        <translation>Vía de formación</translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation>&amp;Fecha de inicio:</translation>
    </message>
    <message>
        <source>Start date of week 1</source>
        <translation>Fecha de inicio de la semana 1</translation>
    </message>
    <message>
        <source>Hours per wee&amp;k:</source>
        <translation>Horas se&amp;manales:</translation>
    </message>
    <message>
        <source>Study hours per week</source>
        <translation>Horas de estudio por semana</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Ski&amp;p what I already know</source>
        <translation>Omitir lo &amp;que ya sé</translation>
    </message>
    <message>
        <source>Skip steps I already know</source>
        <translation>Omitir los pasos que ya conozco</translation>
    </message>
    <message>
        <source>Leave out steps whose skills are all marked “I know it” on the Skills tab</source>
        <translation>Excluye los pasos cuyas habilidades están todas marcadas como «Lo sé» en la pestaña Habilidades</translation>
    </message>
    <message>
        <source>Steps known from the self-assessment</source>
        <translation>Pasos ya conocidos según la autoevaluación</translation>
    </message>
    <message>
        <source>&amp;Generate plan</source>
        <translation>&amp;Generar plan</translation>
    </message>
    <message>
        <source>Generate and save the study plan</source>
        <translation>Generar y guardar el plan de estudio</translation>
    </message>
    <message>
        <source>Schedule the steps into dated weeks and save the plan; progress already recorded is kept</source>
        <translation>Reparte los pasos en semanas con fechas y guarda el plan; se conserva el progreso ya registrado</translation>
    </message>
    <message>
        <source>Print and export</source>
        <translation>Imprimir y exportar</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the study plan</source>
        <translation>Imprimir el plan de estudio</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the study plan as a PDF file</source>
        <translation>Guardar el plan de estudio como archivo PDF</translation>
    </message>
    <message>
        <source>Add to &amp;calendar (.ics)…</source>
        <translation>Añadir al &amp;calendario (.ics)…</translation>
    </message>
    <message>
        <source>Save the study plan as a calendar file</source>
        <translation>Guardar el plan de estudio como archivo de calendario</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Resumen del plan</translation>
    </message>
    <message>
        <source>Week &amp;by week</source>
        <translation>&amp;Desglose semanal</translation>
    </message>
    <message>
        <source>Weeks of the plan</source>
        <translation>Semanas del plan</translation>
    </message>
    <message>
        <source>Steps: t&amp;ick off, set a status, add a note</source>
        <translation>Pasos: marcar, f&amp;ijar estado, añadir nota</translation>
    </message>
    <message>
        <source>Steps and progress</source>
        <translation>Pasos y progreso</translation>
    </message>
    <message>
        <source>N&amp;otify me:</source>
        <translation>Recordatorio (&amp;K):</translation>
    </message>
    <message>
        <source>Calendar reminder</source>
        <translation>Recordatorio del calendario</translation>
    </message>
    <message>
        <source>A reminder the calendar shows for each step of the plan</source>
        <translation>Un aviso que el calendario muestra para cada paso del plan</translation>
    </message>
    <message>
        <source>One all-day event per step, updated in place when you export again</source>
        <translation>Un evento de día completo por paso, actualizado en su sitio al exportar de nuevo</translation>
    </message>
</context>
<context>
    <name>StudyPlanScheduler</name>
    <message>
        <source>Hours per week must be between %1 and %2; %3 is not possible.</source>
        <translation>Las horas por semana deben estar entre %1 y %2; %3 no es posible.</translation>
    </message>
    <message>
        <source>This learning path has no steps to schedule.</source>
        <translation>Esta ruta de aprendizaje no tiene pasos que programar.</translation>
    </message>
    <message>
        <source>The learning path lists the step %1 twice.</source>
        <translation>La ruta de aprendizaje incluye dos veces el paso %1.</translation>
    </message>
    <message>
        <source>The step %1 requires %2, which is not a step of this learning path.</source>
        <translation>El paso %1 requiere %2, que no es un paso de esta ruta de aprendizaje.</translation>
    </message>
    <message>
        <source>The step %1 has no estimated hours (%2), so it cannot be scheduled.</source>
        <translation>El paso %1 no tiene horas estimadas (%2), así que no se puede programar.</translation>
    </message>
    <message>
        <source>Every step of this path is marked as already known; there is nothing left to schedule.</source>
        <translation>Todos los pasos de esta ruta están marcados como ya conocidos; no queda nada que programar.</translation>
    </message>
    <message>
        <source>The prerequisites of these steps go round in a circle, so none of them can start: %1.</source>
        <translation>Los requisitos previos de estos pasos forman un círculo, así que ninguno puede empezar: %1.</translation>
    </message>
    <message>
        <source>At %1 h per week this plan would take %2 weeks, more than the %3 weeks a plan may span. Plan more hours per week or mark steps you already know.</source>
        <translation>A %1 h por semana, este plan duraría %2 semanas, más de las %3 semanas que puede abarcar un plan. Planifica más horas por semana o marca los pasos que ya conoces.</translation>
    </message>
    <message>
        <source>Choose a start date between %1 and %2.</source>
        <translation>Elige una fecha de inicio entre %1 y %2.</translation>
    </message>
    <message>
        <source>Starting on %1, this plan would end after %2, the last date a plan can reach. Choose an earlier start date.</source>
        <translation>Si empieza el %1, este plan terminaría después del %2, la última fecha que puede alcanzar un plan. Elige una fecha de inicio anterior.</translation>
    </message>
</context>
<context>
    <name>StudyPlanStore</name>
    <message>
        <source>Could not read your study plans: %1</source>
        <translation>No se pudieron leer tus planes de estudio: %1</translation>
    </message>
    <message>
        <source>Give the plan a name.</source>
        <translation>Ponle un nombre al plan.</translation>
    </message>
    <message>
        <source>Choose the learning path the plan follows.</source>
        <translation>Elige la ruta de aprendizaje que sigue el plan.</translation>
    </message>
    <message>
        <source>A plan needs at least one hour a week.</source>
        <translation>Un plan necesita al menos una hora a la semana.</translation>
    </message>
    <message>
        <source>Choose a valid start date for the plan.</source>
        <translation>Elige una fecha de inicio válida para el plan.</translation>
    </message>
    <message>
        <source>There is already a plan called “%1”; choose another name.</source>
        <translation>Ya hay un plan llamado «%1»; elige otro nombre.</translation>
    </message>
    <message>
        <source>Could not save the plan “%1”: %2</source>
        <translation>No se pudo guardar el plan «%1»: %2</translation>
    </message>
    <message>
        <source>The plan “%1” no longer exists.</source>
        <translation>El plan «%1» ya no existe.</translation>
    </message>
    <message>
        <source>Could not delete the plan: %1</source>
        <translation>No se pudo eliminar el plan: %1</translation>
    </message>
    <message>
        <source>Could not read the progress of this plan: %1</source>
        <translation>No se pudo leer el progreso de este plan: %1</translation>
    </message>
    <message>
        <source>Could not save your progress: %1</source>
        <translation>No se pudo guardar tu progreso: %1</translation>
    </message>
    <message>
        <source>Could not save the plan “%1”</source>
        <translation>No se pudo guardar el plan «%1»</translation>
    </message>
    <message>
        <source>The plan “%1” was deleted in another window; it is no longer saved.</source>
        <translation>El plan «%1» se eliminó en otra ventana; ya no está guardado.</translation>
    </message>
    <message>
        <source>The plan “%1” was changed in another window since it was shown here, so your change was not saved. The plan now shows what is saved; make your change again if you still want it.</source>
        <translation>El plan «%1» cambió en otra ventana desde que se mostró aquí, así que tu cambio no se guardó. El plan muestra ahora lo guardado; vuelve a hacer el cambio si aún lo quieres.</translation>
    </message>
    <message>
        <source>Could not save your progress</source>
        <translation>No se pudo guardar tu progreso</translation>
    </message>
    <message>
        <source>This plan was deleted in another window; your progress was not saved.</source>
        <translation>Este plan se eliminó en otra ventana; tu progreso no se guardó.</translation>
    </message>
    <message>
        <source>This step was changed in another window since it was shown here, so your change was not saved. The plan now shows what is saved; make your change again if you still want it.</source>
        <translation>Este paso cambió en otra ventana desde que se mostró aquí, así que tu cambio no se guardó. El plan muestra ahora lo guardado; vuelve a hacer el cambio si aún lo quieres.</translation>
    </message>
</context>
<context>
    <name>TipsDialog</name>
    <message>
        <source>Career Tips and FAQ</source>
        <translation>Consejos profesionales y preguntas frecuentes</translation>
    </message>
    <message>
        <source>Career tips and frequently asked questions</source>
        <translation>Consejos profesionales y preguntas frecuentes</translation>
    </message>
    <message>
        <source>Advice on interviews, résumés, portfolios and professional bodies, and answers to common questions</source>
        <translation>Consejos sobre entrevistas, currículos, portafolios y asociaciones profesionales, y respuestas a preguntas frecuentes</translation>
    </message>
</context>
<context>
    <name>cg</name>
    <message>
        <source>$%1</source>
        <translation>US$ %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañada: %2</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a block device (a disk or partition)</source>
        <translation>un dispositivo de bloques (un disco o una partición)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un dispositivo de caracteres</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>una tubería con nombre</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>Could not write the PDF file %1: %2</source>
        <translation>No se pudo escribir el archivo PDF %1: %2</translation>
    </message>
    <message>
        <source>Could not save the PDF file %1 (%2). Any file of that name was left as it was.</source>
        <translation>No se pudo guardar el archivo PDF %1 (%2). Cualquier archivo con ese nombre se ha dejado como estaba.</translation>
    </message>
</context>
<context>
    <name>cg::CareerFitModel</name>
    <message>
        <source>%1%</source>
        <extracomment>a fit score in whole percent</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>The guide lists no skills for this role.</source>
        <translation>La guía no indica habilidades para este puesto.</translation>
    </message>
    <message>
        <source>O*NET publishes no usable skill or knowledge ratings for this occupation, so it is not scored.</source>
        <translation>O*NET no publica calificaciones utilizables de habilidades ni de conocimientos para esta ocupación, así que no se puntúa.</translation>
    </message>
    <message>
        <source>Share of the role&apos;s skills you know, each weighed by its importance (1 useful to 5 essential).</source>
        <translation>Parte de las habilidades del puesto que conoces, cada una ponderada por su importancia (de 1, útil, a 5, esencial).</translation>
    </message>
    <message>
        <source>Share of the occupation&apos;s O*NET skills and knowledge you know, each weighed by importance × level.</source>
        <translation>Parte de las habilidades y conocimientos de O*NET de la ocupación que conoces, cada uno ponderado por importancia × nivel.</translation>
    </message>
    <message>
        <source>Most important to learn: %1</source>
        <extracomment>%1 the skills or knowledge areas still to learn, most important first</extracomment>
        <translation>Lo más importante por aprender: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>Profesión</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Afinidad</translation>
    </message>
    <message>
        <source>Top gaps</source>
        <translation>Principales brechas</translation>
    </message>
    <message>
        <source>Median pay</source>
        <translation>Salario mediano</translation>
    </message>
    <message>
        <source>U.S. national annual median wage, BLS OEWS; hover a figure for its source and date.</source>
        <translation>Salario anual mediano nacional de EE. UU., BLS OEWS; pasa el cursor sobre una cifra para ver su fuente y su fecha.</translation>
    </message>
    <message>
        <source>How much of what the career needs you know, weighted by importance.</source>
        <translation>Cuánto conoces de lo que necesita la profesión, ponderado por importancia.</translation>
    </message>
</context>
<context>
    <name>cg::CareerFitPage</name>
    <message>
        <source>Careers that fit me</source>
        <translation>Profesiones a mi medida</translation>
    </message>
    <message>
        <source>Filter careers</source>
        <translation>Filtrar profesiones</translation>
    </message>
    <message>
        <source>Career name or code</source>
        <translation>Nombre o código de la profesión</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Curated roles o&amp;nly</source>
        <translation>So&amp;lo puestos de la guía</translation>
    </message>
    <message>
        <source>Curated roles only</source>
        <translation>Solo puestos de la guía</translation>
    </message>
    <message>
        <source>Show &amp;Moves</source>
        <translation>Mostrar &amp;cambios</translation>
    </message>
    <message>
        <source>Show career moves from the selected career</source>
        <translation>Mostrar los cambios posibles desde la profesión seleccionada</translation>
    </message>
    <message>
        <source>Careers ranked by fit</source>
        <translation>Profesiones ordenadas por afinidad</translation>
    </message>
    <message>
        <source>Mark skills you know on the Skills tab (guide skills, or O*NET skills and knowledge) and every career is ranked here by how much of what it needs you already know.</source>
        <translation>Marca en la pestaña Habilidades las que conoces (habilidades de la guía, o habilidades y conocimientos de O*NET) y aquí se ordenarán todas las profesiones según cuánto de lo que necesitan ya conoces.</translation>
    </message>
    <message>
        <source>&amp;Go to the Skills Tab</source>
        <translation>Ir a la pes&amp;taña Habilidades</translation>
    </message>
    <message>
        <source>Go to the Skills tab</source>
        <translation>Ir a la pestaña Habilidades</translation>
    </message>
    <message>
        <source>Career moves</source>
        <translation>Cambios de profesión</translation>
    </message>
    <message>
        <source>Current job</source>
        <translation>Trabajo actual</translation>
    </message>
    <message>
        <source>Type or choose a role or occupation</source>
        <translation>Escribe o elige un puesto u ocupación</translation>
    </message>
    <message>
        <source>Current &amp;job:</source>
        <translation>Traba&amp;jo actual:</translation>
    </message>
    <message>
        <source>&amp;Plan This Move</source>
        <translation>Pla&amp;nificar este cambio</translation>
    </message>
    <message>
        <source>Plan this move</source>
        <translation>Planificar este cambio</translation>
    </message>
    <message>
        <source>Start a study plan toward the selected occupation</source>
        <translation>Iniciar un plan de estudio hacia la ocupación seleccionada</translation>
    </message>
    <message>
        <source>Career moves from the current job</source>
        <translation>Cambios de profesión desde el trabajo actual</translation>
    </message>
    <message>
        <source>Choose your current job, or select a career above and press Show Moves, to see the occupations O*NET relates to it, with your fit and the change in pay.</source>
        <translation>Elige tu trabajo actual, o selecciona una profesión arriba y pulsa Mostrar cambios, para ver las ocupaciones que O*NET relaciona con ella, con tu afinidad y el cambio de salario.</translation>
    </message>
    <message>
        <source>The careers could not be read: %1</source>
        <translation>No se pudieron leer las profesiones: %1</translation>
    </message>
    <message>
        <source>%1 (role)</source>
        <translation>%1 (puesto)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Your skill marks could not be read: %1</source>
        <translation>No se pudieron leer tus marcas de habilidades: %1</translation>
    </message>
    <message>
        <source>Fit is weighted by importance. Pay: U.S. national annual median, %1, as of %2; a role shows the pay of its first occupation.</source>
        <extracomment>%1 source title, %2 its as-of date</extracomment>
        <translation>La afinidad se pondera por importancia. Salario: mediana anual nacional de EE. UU., %1, a fecha de %2; un puesto muestra el salario de su primera ocupación.</translation>
    </message>
    <message>
        <source>The related occupations could not be read: %1</source>
        <translation>No se pudieron leer las ocupaciones relacionadas: %1</translation>
    </message>
    <message>
        <source>O*NET lists no related occupations for %1.</source>
        <translation>O*NET no indica ocupaciones relacionadas para %1.</translation>
    </message>
    <message>
        <source>%1 is a role of this guide: its moves and pay are those of its first occupation, %2 (%3), as O*NET relates it to others. Pay change: annual medians, BLS OEWS.</source>
        <extracomment>%1 role, %2 its first occupation&apos;s title, %3 that occupation&apos;s code</extracomment>
        <translation>%1 es un puesto de esta guía: sus cambios y su salario son los de su primera ocupación, %2 (%3), según cómo la relaciona O*NET con otras. Cambio de salario: medianas anuales, BLS OEWS.</translation>
    </message>
    <message>
        <source>O*NET&apos;s related occupations of %1, closest first. Pay change: their annual median minus this one&apos;s, BLS OEWS.</source>
        <translation>Ocupaciones relacionadas con %1 según O*NET, de más a menos cercana. Cambio de salario: su mediana anual menos la de esta, BLS OEWS.</translation>
    </message>
</context>
<context>
    <name>cg::CareerMoveModel</name>
    <message>
        <source>Primary, short move</source>
        <translation>Principal, cambio corto</translation>
    </message>
    <message>
        <source>Primary, longer move</source>
        <translation>Principal, cambio más largo</translation>
    </message>
    <message>
        <source>Supplemental</source>
        <translation>Complementario</translation>
    </message>
    <message>
        <source>not in this guide</source>
        <translation>no está en esta guía</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown: BLS publishes no annual median for one of the two, or both are above its top figure.</source>
        <translation>Desconocido: la BLS no publica mediana anual para una de las dos, o ambas superan su cifra máxima.</translation>
    </message>
    <message>
        <source>Related occupation</source>
        <translation>Ocupación relacionada</translation>
    </message>
    <message>
        <source>O*NET tier</source>
        <translation>Nivel O*NET</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Afinidad</translation>
    </message>
    <message>
        <source>Top gaps</source>
        <translation>Principales brechas</translation>
    </message>
    <message>
        <source>Median pay</source>
        <translation>Salario mediano</translation>
    </message>
    <message>
        <source>Pay change</source>
        <translation>Cambio de salario</translation>
    </message>
    <message>
        <source>Its annual median minus that of where you are now (BLS OEWS). A median BLS tops out at $239,200 makes the change “at least” or “at most”.</source>
        <translation>Su mediana anual menos la de tu trabajo actual (BLS OEWS). Cuando la BLS limita una mediana a 239.200 US$, el cambio se indica como «al menos» o «como máximo».</translation>
    </message>
</context>
<context>
    <name>cg::CareerPay</name>
    <message>
        <source>not published</source>
        <translation>no publicado</translation>
    </message>
    <message>
        <source>No national annual median is published for this career.</source>
        <translation>No se publica ninguna mediana anual nacional para esta profesión.</translation>
    </message>
    <message>
        <source>Annual median, %1 (as of %2)</source>
        <extracomment>%1 source title, %2 its as-of date</extracomment>
        <translation>Mediana anual, %1 (a fecha de %2)</translation>
    </message>
    <message>
        <source>A role has no wage of its own: this is the pay of its first occupation, %1 (%2).</source>
        <extracomment>%1 the occupation&apos;s title, %2 its O*NET-SOC code</extracomment>
        <translation>Un puesto no tiene salario propio: este es el salario de su primera ocupación, %1 (%2).</translation>
    </message>
</context>
<context>
    <name>cg::CatalogueListModel</name>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>O*NET</source>
        <translation>O*NET</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>Profesión</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Median pay</source>
        <translation>Salario mediano</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Crecimiento</translation>
    </message>
    <message>
        <source>Guide: a role this guide describes in depth. O*NET: an official occupation.</source>
        <translation>Guía: un rol que esta guía describe en detalle. O*NET: una ocupación oficial.</translation>
    </message>
    <message>
        <source>Median annual wage, BLS OEWS May 2024 (national)</source>
        <translation>Salario anual mediano, BLS OEWS, mayo de 2024 (nacional)</translation>
    </message>
    <message>
        <source>O*NET occupation %1</source>
        <translation>Ocupación de O*NET %1</translation>
    </message>
    <message>
        <source>A role in the guide</source>
        <translation>Un rol de la guía</translation>
    </message>
    <message>
        <source>A role in the guide, filed under O*NET %1</source>
        <translation>Un rol de la guía, clasificado en O*NET %1</translation>
    </message>
    <message>
        <source>%1; growth: %2</source>
        <translation>%1; crecimiento: %2</translation>
    </message>
    <message>
        <source>%1, %2; growth: %3</source>
        <translation>%1, %2; crecimiento: %3</translation>
    </message>
    <message>
        <source>Projected change in employment 2024–34, BLS Employment Projections</source>
        <translation>Cambio previsto en el empleo 2024–34, BLS Employment Projections</translation>
    </message>
</context>
<context>
    <name>cg::CataloguePickModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cg::ComparisonCsvWriter</name>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>Salary comparison</source>
        <translation>Comparación salarial</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Moneda de visualización</translation>
    </message>
    <message>
        <source>Conversion basis</source>
        <translation>Base de conversión</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Redondeo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Pick %1</source>
        <translation>Selección %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Código de país</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Estadística</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Fecha de referencia</translation>
    </message>
    <message>
        <source>Amount as stated</source>
        <translation>Importe según la fuente</translation>
    </message>
    <message>
        <source>Currency as stated</source>
        <translation>Moneda según la fuente</translation>
    </message>
    <message>
        <source>Converted to %1</source>
        <translation>Convertido a %1</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>sin tipo de cambio</translation>
    </message>
    <message>
        <source>not converted</source>
        <translation>sin convertir</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Rate date or PPP year</source>
        <translation>Fecha del tipo o año de PPA</translation>
    </message>
    <message>
        <source>Rate source</source>
        <translation>Fuente del tipo de cambio</translation>
    </message>
    <message>
        <source>Difference to pick 1 (%1)</source>
        <translation>Diferencia con la selección 1 (%1)</translation>
    </message>
    <message>
        <source>Difference to pick 1 (%)</source>
        <translation>Diferencia con la selección 1 (%)</translation>
    </message>
    <message>
        <source>Difference note</source>
        <translation>Nota sobre la diferencia</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>10th percentile</source>
        <translation>Percentil 10</translation>
    </message>
    <message>
        <source>25th percentile</source>
        <translation>Percentil 25</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>75th percentile</source>
        <translation>Percentil 75</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Dudosa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not save %1 (%2). Any file of that name was left as it was.</source>
        <translation>No se pudo guardar %1 (%2). Cualquier archivo con ese nombre se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>no publicado</translation>
    </message>
    <message>
        <source>Regional price parity</source>
        <translation>Paridad de precios regional</translation>
    </message>
    <message>
        <source>BEA RPP %1: %2 (%3)</source>
        <translation>RPP de la BEA %1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>cg::ContentDatabase</name>
    <message>
        <source>no content database was given</source>
        <translation>no se indicó ninguna base de datos de contenido</translation>
    </message>
    <message>
        <source>the content database %1 does not exist</source>
        <translation>la base de datos de contenido %1 no existe</translation>
    </message>
    <message>
        <source>the content database %1 is not a readable file</source>
        <translation>la base de datos de contenido %1 no es un archivo legible</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database</source>
        <translation>%1 no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Career Guide content database</source>
        <translation>%1 no es una base de datos de contenido de Career Guide</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation>no se puede leer la versión de esquema de %1</translation>
    </message>
    <message>
        <source>%1 has content schema version %2, but this build reads version %3</source>
        <translation>%1 tiene la versión de esquema de contenido %2, pero esta compilación lee la versión %3</translation>
    </message>
    <message>
        <source>%1 is damaged: it holds %2 bytes, but its header records %3</source>
        <translation>%1 está dañada: contiene %2 bytes, pero su cabecera indica %3</translation>
    </message>
    <message>
        <source>%1 is not a complete content database: it has no table %2</source>
        <translation>%1 no es una base de contenido completa: no tiene la tabla %2</translation>
    </message>
    <message>
        <source>%1 is not a complete content database: its table %2 has no column %3</source>
        <translation>%1 no es una base de contenido completa: su tabla %2 no tiene la columna %3</translation>
    </message>
</context>
<context>
    <name>cg::CurrencyConverter</name>
    <message>
        <source>GDP</source>
        <translation>PIB</translation>
    </message>
    <message>
        <source>private consumption</source>
        <translation>consumo privado</translation>
    </message>
    <message>
        <source>%1 is not the currency of exactly one country with PPP factors; name the country whose prices to use</source>
        <translation>%1 no es la moneda de exactamente un país con factores PPA; indica el país cuyos precios se deben usar</translation>
    </message>
    <message>
        <source>The amount has no valid currency.</source>
        <translation>El importe no tiene una moneda válida.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code.</source>
        <translation>«%1» no es un código de moneda.</translation>
    </message>
    <message>
        <source>The conversion has no date.</source>
        <translation>La conversión no tiene fecha.</translation>
    </message>
    <message>
        <source>Same currency: no conversion</source>
        <translation>Misma moneda: sin conversión</translation>
    </message>
    <message>
        <source>No ECB reference rate for %1.</source>
        <translation>No hay tipo de referencia del BCE para %1.</translation>
    </message>
    <message>
        <source>No ECB reference rate for %1 on %2 or in the %3 days before.</source>
        <translation>No hay tipo de referencia del BCE para %1 el %2 ni en los %3 días anteriores.</translation>
    </message>
    <message>
        <source>The amount is too large to convert exactly.</source>
        <translation>El importe es demasiado grande para convertirlo con exactitud.</translation>
    </message>
    <message>
        <source>ECB reference rate of %1</source>
        <translation>Tipo de referencia del BCE del %1</translation>
    </message>
    <message>
        <source>%1 (no rate on %2)</source>
        <translation>%1 (sin tipo de cambio el %2)</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3, %4, derived through EUR</source>
        <translation>1 %1 = %2 %3, %4, calculado a través del EUR</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3, %4</source>
        <translation>1 %1 = %2 %3, %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 3166 country code.</source>
        <translation>«%1» no es un código de país ISO 3166.</translation>
    </message>
    <message>
        <source>Same country and currency: no conversion</source>
        <translation>Mismo país y moneda: sin conversión</translation>
    </message>
    <message>
        <source>No year from %1 back to %2 has World Bank PPP factors (%3) for both %4 and %5.</source>
        <translation>Ningún año entre %1 y %2 tiene factores PPA del Banco Mundial (%3) tanto para %4 como para %5.</translation>
    </message>
    <message>
        <source>No World Bank PPP factor (%1) for %2 in %3 or the %4 years before.</source>
        <translation>No hay factor PPA del Banco Mundial (%1) para %2 en %3 ni en los %4 años anteriores.</translation>
    </message>
    <message>
        <source>The PPP factor for %1 is in %2, but the amount is in %3.</source>
        <translation>El factor PPA de %1 está en %2, pero el importe está en %3.</translation>
    </message>
    <message>
        <source>The PPP factor for %1 is in %2, not %3.</source>
        <translation>El factor PPA de %1 está en %2, no en %3.</translation>
    </message>
    <message>
        <source>%1 (none yet for %2)</source>
        <translation>%1 (aún ninguno para %2)</translation>
    </message>
    <message>
        <source>1 %1 in %2 = %3 %4 in %5 at purchasing-power parity, World Bank PPP factors (%6) of %7, through international $</source>
        <translation>1 %1 en %2 = %3 %4 en %5 en paridad de poder adquisitivo, factores PPA del Banco Mundial (%6) de %7, a través del dólar internacional</translation>
    </message>
    <message>
        <source>No regional price index to adjust by.</source>
        <translation>No hay índice de precios regional con el que ajustar.</translation>
    </message>
</context>
<context>
    <name>cg::ExchangeRates</name>
    <message>
        <source>cannot read exchange rates: %1</source>
        <translation>no se pueden leer los tipos de cambio: %1</translation>
    </message>
    <message>
        <source>fx_rate %1 %2: &apos;%3&apos; is not a usable rate</source>
        <translation>fx_rate %1 %2: «%3» no es un tipo de cambio utilizable</translation>
    </message>
    <message>
        <source>fx_rate: &apos;%1&apos; is not a currency code</source>
        <translation>fx_rate: &apos;%1&apos; no es un código de moneda</translation>
    </message>
</context>
<context>
    <name>cg::ExperienceChartView</name>
    <message>
        <source>Pay by experience chart</source>
        <translation>Gráfico de salario por experiencia</translation>
    </message>
    <message>
        <source>Average pay for 0–1 years, all levels and 15+ years of experience, per role, as stated. The salary table lists the same figures.</source>
        <translation>Salario medio para 0–1 años, todos los niveles y más de 15 años de experiencia, por puesto, según la fuente. La tabla de salarios recoge las mismas cifras.</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Salario</translation>
    </message>
    <message>
        <source>%1 pay by experience, as stated — %2, %3, as of %4</source>
        <translation>Salario de %1 por experiencia, según la fuente — %2, %3, a fecha de %4</translation>
    </message>
    <message>
        <source>%1 pay by experience, as stated</source>
        <translation>Salario de %1 por experiencia, según la fuente</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4
%5</source>
        <translation>%1, %2: %3 %4
%5</translation>
    </message>
    <message>
        <source>No role has pay by experience</source>
        <translation>Ningún puesto tiene salario por experiencia</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>cg::GrowthCategories</name>
    <message>
        <source>Declining</source>
        <translation>En descenso</translation>
    </message>
    <message>
        <source>Little or no change</source>
        <translation>Poco o ningún cambio</translation>
    </message>
    <message>
        <source>Slower than average</source>
        <translation>Más lento que el promedio</translation>
    </message>
    <message>
        <source>As fast as average</source>
        <translation>Tan rápido como el promedio</translation>
    </message>
    <message>
        <source>Faster than average</source>
        <translation>Más rápido que el promedio</translation>
    </message>
    <message>
        <source>Much faster than average</source>
        <translation>Mucho más rápido que el promedio</translation>
    </message>
    <message>
        <source>No projection</source>
        <translation>Sin proyección</translation>
    </message>
</context>
<context>
    <name>cg::LearningPathTab</name>
    <message>
        <source>Study plan</source>
        <translation>Plan de estudio</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, a fecha de %2</translation>
    </message>
    <message>
        <source>Kind: %1. Duration: %2.</source>
        <translation>Tipo: %1. Duración: %2.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <source>Hours: about %1 — %2</source>
        <translation>Horas: unas %1 — %2</translation>
    </message>
    <message>
        <source>Comes after: %1</source>
        <translation>Va después de: %1</translation>
    </message>
    <message>
        <source>(you know it)</source>
        <translation>(ya lo sabes)</translation>
    </message>
    <message>
        <source>Skills it teaches</source>
        <translation>Habilidades que enseña</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>course</source>
        <translation>curso</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificado</translation>
    </message>
    <message>
        <source>job simulation</source>
        <translation>simulación de trabajo</translation>
    </message>
    <message>
        <source>professional body</source>
        <translation>organismo profesional</translation>
    </message>
    <message>
        <source>takes %1</source>
        <translation>dura %1</translation>
    </message>
    <message>
        <source>rated %1</source>
        <translation>valoración %1</translation>
    </message>
    <message>
        <source>%1 learners</source>
        <translation>%1 estudiantes</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>This plan cannot be scheduled: %1</source>
        <translation>Este plan no se puede programar: %1</translation>
    </message>
    <message>
        <source>There is no study plan yet. On Learning Path → Study plan, choose your settings and press Generate plan.</source>
        <translation>Aún no hay ningún plan de estudio. En Ruta de aprendizaje → Plan de estudio, elige los ajustes y pulsa Generar plan.</translation>
    </message>
    <message>
        <source>R&amp;outes and steps</source>
        <translation>Rutas &amp;y pasos</translation>
    </message>
    <message>
        <source>Stud&amp;y plan</source>
        <translation>Plan de estud&amp;io</translation>
    </message>
    <message>
        <source>Careers that fit me</source>
        <translation>Profesiones a mi medida</translation>
    </message>
</context>
<context>
    <name>cg::LearningRoutesPage</name>
    <message>
        <source>Steps: %1 · hours in all: about %2 (our estimate)</source>
        <translation>Pasos: %1 · horas en total: unas %2 (nuestra estimación)</translation>
    </message>
    <message>
        <source>The sum of our estimate for each step; select a step to see how its estimate was reached.</source>
        <translation>La suma de nuestra estimación para cada paso; selecciona un paso para ver cómo se calculó su estimación.</translation>
    </message>
</context>
<context>
    <name>cg::MainWindow</name>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Puestos</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>&amp;Habilidades</translation>
    </message>
    <message>
        <source>S&amp;alaries</source>
        <translation>&amp;Salarios</translation>
    </message>
    <message>
        <source>&amp;Learning Path</source>
        <translation>&amp;Ruta de aprendizaje</translation>
    </message>
    <message>
        <source>Save the salary comparison as a CSV file</source>
        <translation>Guardar la comparación salarial como archivo CSV</translation>
    </message>
    <message>
        <source>Content %1, as of %2</source>
        <translation>Contenido %1, a fecha de %2</translation>
    </message>
    <message>
        <source>Content version</source>
        <translation>Versión del contenido</translation>
    </message>
    <message>
        <source>Read-only: your changes are not saved</source>
        <translation>Solo lectura: tus cambios no se guardan</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <source>Go to that menu, tab, field or button</source>
        <translation>Ir a ese menú, pestaña, campo o botón</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>Control siguiente / anterior</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About Career Guide</source>
        <translation>Acerca de Career Guide</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Career Guide %1&lt;/h3&gt;&lt;p&gt;An offline guide to the back-end developer career and the roles around it.&lt;/p&gt;&lt;p&gt;Content %2, as of %3. Every figure names its source and date; see Help → Sources.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Career Guide %1&lt;/h3&gt;&lt;p&gt;Una guía sin conexión sobre la carrera de desarrollador back-end y los puestos relacionados.&lt;/p&gt;&lt;p&gt;Contenido %2, a fecha de %3. Cada cifra indica su fuente y su fecha; consulta Ayuda → Fuentes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Career Guide</source>
        <translation>Career Guide</translation>
    </message>
    <message>
        <source>Content %1, as of %2 (content in English)</source>
        <translation>Contenido %1, a fecha de %2 (contenido en inglés)</translation>
    </message>
    <message>
        <source>Your data was changed in another window; showing it as saved now.</source>
        <translation>Tus datos cambiaron en otra ventana; ahora se muestran tal como están guardados.</translation>
    </message>
    <message>
        <source>Career Guide is already open with this data file: here it is.</source>
        <translation>Career Guide ya está abierta con este archivo de datos: aquí está.</translation>
    </message>
    <message>
        <source>Part of the guide&apos;s content could not be read, so what is shown may be incomplete: %1</source>
        <translation>No se pudo leer parte del contenido de la guía, así que lo que se muestra puede estar incompleto: %1</translation>
    </message>
    <message>
        <source>&amp;Print Salary Comparison…</source>
        <translation>&amp;Imprimir comparación salarial…</translation>
    </message>
    <message>
        <source>&amp;Print Study Plan…</source>
        <translation>&amp;Imprimir plan de estudio…</translation>
    </message>
    <message>
        <source>Export Salary Comparison as &amp;PDF…</source>
        <translation>Exportar comparación salarial como &amp;PDF…</translation>
    </message>
    <message>
        <source>Export Study Plan as &amp;PDF…</source>
        <translation>Exportar plan de estudio como &amp;PDF…</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Atrás (%1)</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Adelante (%1)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Go back to what was shown before (%1)</source>
        <translation>Volver a lo que se mostraba antes (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Go forward again (%1)</source>
        <translation>Avanzar de nuevo (%1)</translation>
    </message>
    <message>
        <source>Mouse back / forward button</source>
        <translation>Botón atrás / adelante del ratón</translation>
    </message>
    <message>
        <source>Back / Forward</source>
        <translation>Atrás / Adelante</translation>
    </message>
</context>
<context>
    <name>cg::Money</name>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>«%1» no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain decimal amount</source>
        <translation>«%1» no es un importe decimal simple</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large</source>
        <translation>«%1» es demasiado grande</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more decimals than %2 has minor units</source>
        <translation>«%1» tiene más decimales que unidades fraccionarias tiene %2</translation>
    </message>
</context>
<context>
    <name>cg::NoteDelegate</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>A note holds up to %1 characters; the rest was not added.</source>
        <translation>Una nota admite hasta %1 caracteres; el resto no se añadió.</translation>
    </message>
    <message>
        <source>Up to %1 characters</source>
        <translation>Hasta %1 caracteres</translation>
    </message>
</context>
<context>
    <name>cg::OfficialFigure</name>
    <message>
        <source>not published</source>
        <translation>no publicado</translation>
    </message>
    <message>
        <source>no estimate</source>
        <translation>sin estimación</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>cg::OnetElementTableModel</name>
    <message>
        <source>Knowledge</source>
        <translation>Conocimiento</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Occupations that rate it %1 or more of 5 in importance (O*NET 29.3)</source>
        <translation>Ocupaciones que le dan una importancia de %1 o más sobre 5 (O*NET 29.3)</translation>
    </message>
    <message>
        <source>Skill or knowledge</source>
        <translation>Habilidad o conocimiento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>Ocupaciones</translation>
    </message>
    <message>
        <source>My status</source>
        <translation>Mi estado</translation>
    </message>
</context>
<context>
    <name>cg::OnetSkillPageDocument</name>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>O*NET knowledge area</source>
        <translation>Área de conocimiento de O*NET</translation>
    </message>
    <message>
        <source>O*NET skill</source>
        <translation>Habilidad de O*NET</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Occupations where it matters most</source>
        <translation>Ocupaciones donde más importa</translation>
    </message>
    <message>
        <source>No occupation rates it %1 or more of 5 in importance in O*NET 29.3.</source>
        <translation>Ninguna ocupación le da una importancia de %1 o más sobre 5 en O*NET 29.3.</translation>
    </message>
    <message>
        <source>%1 occupations rate it important (%2 or more of 5). The %3 where it is most important, with the level they need (0 to 7):</source>
        <translation>%1 ocupaciones la califican como importante (%2 o más sobre 5). Las %3 donde es más importante, con el nivel que requieren (de 0 a 7):</translation>
    </message>
    <message>
        <source>%1 occupations rate it important (%2 or more of 5), most important first, with the level they need (0 to 7):</source>
        <translation>%1 ocupaciones la califican como importante (%2 o más sobre 5), de mayor a menor importancia, con el nivel que requieren (de 0 a 7):</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>O*NET-SOC code</source>
        <translation>Código O*NET-SOC</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importancia</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <source>%1 of 7</source>
        <translation>%1 de 7</translation>
    </message>
    <message>
        <source>%1 more occupations rate it important.</source>
        <translation>Otras %1 ocupaciones la califican como importante.</translation>
    </message>
    <message>
        <source>Estimates O*NET recommends suppressing (low precision) are left out.</source>
        <translation>Se omiten las estimaciones que O*NET recomienda suprimir (baja precisión).</translation>
    </message>
    <message>
        <source>Technology · Hot Technology</source>
        <translation>Tecnología · Tecnología en auge</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <source>A Hot Technology: one of the technologies employers name most often in job postings.</source>
        <translation>Una tecnología en auge: una de las tecnologías que los empleadores mencionan con más frecuencia en las ofertas de empleo.</translation>
    </message>
    <message>
        <source>Occupations that use it</source>
        <translation>Ocupaciones que la usan</translation>
    </message>
    <message>
        <source>O*NET 29.3 lists no occupation for this technology.</source>
        <translation>O*NET 29.3 no incluye ninguna ocupación para esta tecnología.</translation>
    </message>
    <message>
        <source>O*NET lists it for %1 occupations; it is In Demand, often named in their job postings, for %2 of them, listed first.</source>
        <translation>O*NET la incluye en %1 ocupaciones; es Muy demandada, mencionada a menudo en sus ofertas de empleo, en %2 de ellas, que aparecen primero.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>In Demand</source>
        <translation>Muy demandada</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>En auge</translation>
    </message>
</context>
<context>
    <name>cg::OwnPathStore</name>
    <message>
        <source>Could not read your own topics: %1</source>
        <translation>No se pudieron leer tus temas propios: %1</translation>
    </message>
    <message>
        <source>Choose a step for the topic.</source>
        <translation>Elige un paso para el tema.</translation>
    </message>
    <message>
        <source>Your topic could not be saved</source>
        <translation>No se pudo guardar tu tema</translation>
    </message>
    <message>
        <source>This topic was removed in another window, so your change was not saved.</source>
        <translation>Este tema se eliminó en otra ventana, así que tu cambio no se guardó.</translation>
    </message>
    <message>
        <source>This topic was changed in another window, so your change was not saved. Edit it again if you still want to.</source>
        <translation>Este tema cambió en otra ventana, así que tu cambio no se guardó. Vuelve a editarlo si aún lo deseas.</translation>
    </message>
    <message>
        <source>Your topic could not be removed</source>
        <translation>No se pudo eliminar tu tema</translation>
    </message>
    <message>
        <source>The topic could not be hidden</source>
        <translation>No se pudo ocultar el tema</translation>
    </message>
    <message>
        <source>The topic could not be shown</source>
        <translation>No se pudo mostrar el tema</translation>
    </message>
    <message>
        <source>The order of the topics could not be saved</source>
        <translation>No se pudo guardar el orden de los temas</translation>
    </message>
</context>
<context>
    <name>cg::OwnTopic</name>
    <message>
        <source>Give the topic a title.</source>
        <translation>Ponle un título al tema.</translation>
    </message>
    <message>
        <source>The title is too long: at most %1 characters.</source>
        <translation>El título es demasiado largo: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The hours must be between 1 and %1.</source>
        <translation>Las horas deben estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>The link must be a web address starting with http:// or https://, for example https://www.postgresql.org/docs/.</source>
        <translation>El enlace debe ser una dirección web que empiece por http:// o https://, por ejemplo https://www.postgresql.org/docs/.</translation>
    </message>
    <message>
        <source>The note is too long: at most %1 characters.</source>
        <translation>La nota es demasiado larga: como máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>cg::OwnTopicDialog</name>
    <message>
        <source>Edit Your Topic</source>
        <translation>Editar tu tema</translation>
    </message>
    <message>
        <source>Add Your Own Topic</source>
        <translation>Añadir un tema propio</translation>
    </message>
    <message>
        <source>Under the step “%1”</source>
        <translation>En el paso «%1»</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Aña&amp;dir</translation>
    </message>
</context>
<context>
    <name>cg::PathCustomizer</name>
    <message>
        <source>your own estimate</source>
        <translation>tu propia estimación</translation>
    </message>
    <message>
        <source>your own link</source>
        <translation>tu propio enlace</translation>
    </message>
</context>
<context>
    <name>cg::PayChange</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1$%2</source>
        <extracomment>%1 the sign (+ or −), %2 the whole dollar amount</extracomment>
        <translation>%1US$ %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
</context>
<context>
    <name>cg::PlanWeekModel</name>
    <message>
        <source>(%1 h, part %2 of %3)</source>
        <translation>(%1 h, parte %2 de %3)</translation>
    </message>
    <message>
        <source>(%1 h)</source>
        <translation>(%1 h)</translation>
    </message>
    <message>
        <source>Finish: %1</source>
        <translation>Terminar: %1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>%1 of the %2 hours a week you planned</source>
        <translation>%1 de las %2 horas semanales que planificaste</translation>
    </message>
    <message>
        <source>Have these steps done by %1.</source>
        <translation>Ten estos pasos completados antes del %1.</translation>
    </message>
    <message>
        <source>%1: %2 h in all</source>
        <translation>%1: %2 h en total</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>What to study</source>
        <translation>Qué estudiar</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
</context>
<context>
    <name>cg::PppFactors</name>
    <message>
        <source>cannot read PPP factors: %1</source>
        <translation>no se pueden leer los factores PPA: %1</translation>
    </message>
    <message>
        <source>ppp_factor %1 %2 %3: &apos;%4&apos; is not a usable factor</source>
        <translation>ppp_factor %1 %2 %3: «%4» no es un factor utilizable</translation>
    </message>
</context>
<context>
    <name>cg::PremiumStatement</name>
    <message>
        <source>%1% vs peers without %2 — %3, %4</source>
        <extracomment>%1 signed percent as stated, %2 skill, %3 who says so, %4 the as-of date. Peers: people in the same role.</extracomment>
        <translation>%1 % frente a colegas sin %2 — %3, %4</translation>
    </message>
    <message>
        <source> ⚠ doubtful</source>
        <translation> ⚠ dudosa</translation>
    </message>
</context>
<context>
    <name>cg::PriceParityAdjustment</name>
    <message>
        <source>%1 in %2 ≈ %3 at U.S. average prices (BEA RPP %4: %5)</source>
        <translation>%1 en %2 ≈ %3 a precios medios de EE. UU. (BEA RPP %4: %5)</translation>
    </message>
</context>
<context>
    <name>cg::ProgressStatusDelegate</name>
    <message>
        <source>Step status</source>
        <translation>Estado del paso</translation>
    </message>
</context>
<context>
    <name>cg::RolePage</name>
    <message>
        <source>Essential</source>
        <translation>Esencial</translation>
    </message>
    <message>
        <source>Very important</source>
        <translation>Muy importante</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Útil</translation>
    </message>
    <message>
        <source>Useful</source>
        <translation>Conveniente</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (a fecha de %2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>⚠ Doubtful figure:</source>
        <translation>⚠ Cifra dudosa:</translation>
    </message>
    <message>
        <source>Also called %1</source>
        <translation>También llamado %1</translation>
    </message>
    <message>
        <source>an official statistical group rather than a job title</source>
        <translation>un grupo estadístico oficial más que un nombre de puesto</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Salario</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Perspectivas</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>The work</source>
        <translation>El trabajo</translation>
    </message>
    <message>
        <source>Related roles</source>
        <translation>Puestos relacionados</translation>
    </message>
    <message>
        <source>O*NET data</source>
        <translation>Datos de O*NET</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>On this page:</source>
        <translation>En esta página:</translation>
    </message>
    <message>
        <source>Official occupation data</source>
        <translation>Datos oficiales de la ocupación</translation>
    </message>
    <message>
        <source>The guide links this role to no official occupation.</source>
        <translation>La guía no vincula este puesto a ninguna ocupación oficial.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Median pay, U.S.</source>
        <translation>Salario mediano, EE. UU.</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 al año</translation>
    </message>
    <message>
        <source>all occupations %1; %2</source>
        <translation>todas las ocupaciones %1; %2</translation>
    </message>
    <message>
        <source>Typical entry education</source>
        <translation>Formación de acceso habitual</translation>
    </message>
    <message>
        <source>Preparation needed</source>
        <translation>Preparación necesaria</translation>
    </message>
    <message>
        <source>Job zone %1 of 5</source>
        <translation>Job Zone %1 de 5</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Official figures for %1, the main occupation the guide files this role under.</source>
        <translation>Cifras oficiales de %1, la ocupación principal en la que la guía clasifica este puesto.</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <source>The articles describe no duties for this role; see the official tasks below.</source>
        <translation>Los artículos no describen funciones para este puesto; consulta las tareas oficiales más abajo.</translation>
    </message>
    <message>
        <source>Skills:</source>
        <translation>Habilidades:</translation>
    </message>
    <message>
        <source>Skills they need</source>
        <translation>Habilidades que necesitan</translation>
    </message>
    <message>
        <source>The articles list no skills for this role.</source>
        <translation>Los artículos no mencionan habilidades para este puesto.</translation>
    </message>
    <message>
        <source>%1 skills, by how strongly the articles stress them. Select one to see it on the Skills tab.</source>
        <translation>%1 habilidades, según el énfasis que les dan los artículos. Selecciona una para verla en la pestaña Habilidades.</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <source>BLS publishes no national wage estimate for %1.</source>
        <translation>La BLS no publica ninguna estimación salarial nacional para %1.</translation>
    </message>
    <message>
        <source>%1 (%2), United States</source>
        <translation>%1 (%2), Estados Unidos</translation>
    </message>
    <message>
        <source>10th percentile</source>
        <translation>Percentil 10</translation>
    </message>
    <message>
        <source>25th</source>
        <translation>25</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>75th</source>
        <translation>75</translation>
    </message>
    <message>
        <source>90th</source>
        <translation>90</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Al año</translation>
    </message>
    <message>
        <source>An hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>Employment %1, not counting the self-employed.</source>
        <translation>Empleo: %1, sin contar a los trabajadores por cuenta propia.</translation>
    </message>
    <message>
        <source>“≥”: BLS reports only that the wage is at least $239,200 a year ($115.00 an hour).</source>
        <translation>«≥»: la BLS solo indica que el salario es de al menos 239.200 US$ al año (115,00 US$ por hora).</translation>
    </message>
    <message>
        <source>BLS publishes only annual wages for this occupation.</source>
        <translation>La BLS solo publica salarios anuales para esta ocupación.</translation>
    </message>
    <message>
        <source>BLS publishes only hourly wages for this occupation.</source>
        <translation>La BLS solo publica salarios por hora para esta ocupación.</translation>
    </message>
    <message>
        <source>What the articles report</source>
        <translation>Lo que indican los artículos</translation>
    </message>
    <message>
        <source>Compare these side by side, converted to one currency, on the Salaries tab.</source>
        <translation>Compáralas en paralelo, convertidas a una misma moneda, en la pestaña Salarios.</translation>
    </message>
    <message>
        <source>No pay figures for this role.</source>
        <translation>No hay cifras salariales para este puesto.</translation>
    </message>
    <message>
        <source>%1: %2 jobs in 2024, %3 projected for 2034 (%4; all occupations %5). About %6 openings a year on average, counting people who leave or change occupation.</source>
        <translation>%1: %2 empleos en 2024, %3 previstos para 2034 (%4; todas las ocupaciones %5). Una media de unas %6 vacantes al año, contando a quienes dejan la ocupación o cambian de ella.</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source> (all occupations %1)</source>
        <translation> (todas las ocupaciones %1)</translation>
    </message>
    <message>
        <source>No outlook figures for this role.</source>
        <translation>No hay cifras de perspectivas para este puesto.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Other figures</source>
        <translation>Otras cifras</translation>
    </message>
    <message>
        <source>Education and ways in</source>
        <translation>Formación y vías de acceso</translation>
    </message>
    <message>
        <source>%1: typical entry-level education %2; work experience needed: %3; on-the-job training: %4.</source>
        <translation>%1: formación de acceso habitual %2; experiencia laboral necesaria: %3; formación en el puesto: %4.</translation>
    </message>
    <message>
        <source>(low precision)</source>
        <translation>(poca precisión)</translation>
    </message>
    <message>
        <source>Education of people working as %1, as O*NET surveyed it:</source>
        <translation>Formación de quienes trabajan como %1, según la encuesta de O*NET:</translation>
    </message>
    <message>
        <source>Ways in the guide describes</source>
        <translation>Vías de acceso que describe la guía</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The Learning Path tab turns these into ordered steps and a study plan.</source>
        <translation>La pestaña Ruta de aprendizaje las convierte en pasos ordenados y en un plan de estudio.</translation>
    </message>
    <message>
        <source>A typical day</source>
        <translation>Un día típico</translation>
    </message>
    <message>
        <source>Who they work with</source>
        <translation>Con quién trabajan</translation>
    </message>
    <message>
        <source>Where they work</source>
        <translation>Dónde trabajan</translation>
    </message>
    <message>
        <source>Work environment</source>
        <translation>Entorno de trabajo</translation>
    </message>
    <message>
        <source>Who hires them</source>
        <translation>Quién los contrata</translation>
    </message>
    <message>
        <source>How it compares</source>
        <translation>Cómo se compara</translation>
    </message>
    <message>
        <source>The articles say nothing more about the day-to-day work of this role.</source>
        <translation>Los artículos no dicen nada más sobre el trabajo diario de este puesto.</translation>
    </message>
    <message>
        <source>Filed under the same official occupation:</source>
        <translation>Clasificados en la misma ocupación oficial:</translation>
    </message>
    <message>
        <source>Occupations O*NET relates to %1, closest first:</source>
        <translation>Ocupaciones que O*NET relaciona con %1, de la más cercana a la más lejana:</translation>
    </message>
    <message>
        <source>No related roles are recorded.</source>
        <translation>No hay puestos relacionados registrados.</translation>
    </message>
    <message>
        <source>Skills and knowledge: not rated in this release of O*NET (29.3) for this occupation.</source>
        <translation>Habilidades y conocimientos: sin valorar en esta edición de O*NET (29.3) para esta ocupación.</translation>
    </message>
    <message>
        <source>Most important skills (O*NET ratings)</source>
        <translation>Habilidades más importantes (valoraciones de O*NET)</translation>
    </message>
    <message>
        <source>Most important knowledge (O*NET ratings)</source>
        <translation>Conocimientos más importantes (valoraciones de O*NET)</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conocimiento</translation>
    </message>
    <message>
        <source>⚑ Left out: %1 ratings O*NET flags as too imprecise to use (%2).</source>
        <translation>⚑ Excluidas: %1 valoraciones que O*NET marca como demasiado imprecisas para usarlas (%2).</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <source>O*NET lists %1 software and tools used in this occupation.</source>
        <translation>O*NET recoge %1 programas y herramientas que se usan en esta ocupación.</translation>
    </message>
    <message>
        <source>In demand for this occupation:</source>
        <translation>Con demanda en esta ocupación:</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> y %1 más</translation>
    </message>
    <message>
        <source>Other hot technologies:</source>
        <translation>Otras tecnologías en auge:</translation>
    </message>
    <message>
        <source>%1 (O*NET-SOC %2)</source>
        <translation>%1 (O*NET-SOC %2)</translation>
    </message>
    <message>
        <source>Also titled: %1</source>
        <translation>También denominado: %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Supplemental tasks</source>
        <translation>Tareas complementarias</translation>
    </message>
    <message>
        <source>Help → Sources lists every source with its details.</source>
        <translation>Ayuda → Fuentes enumera todas las fuentes con sus detalles.</translation>
    </message>
    <message>
        <source>This occupation is not part of this build&apos;s official data.</source>
        <translation>Esta ocupación no forma parte de los datos oficiales de esta compilación.</translation>
    </message>
    <message>
        <source>Official occupation, O*NET-SOC %1</source>
        <translation>Ocupación oficial, O*NET-SOC %1</translation>
    </message>
    <message>
        <source>No role in this guide is filed under this occupation; what follows is the official data alone.</source>
        <translation>Ningún puesto de esta guía se clasifica en esta ocupación; lo que sigue son solo los datos oficiales.</translation>
    </message>
    <message>
        <source>Roles in this guide filed under it:</source>
        <translation>Puestos de esta guía clasificados en ella:</translation>
    </message>
    <message>
        <source>%1 and %2 side by side</source>
        <translation>%1 y %2 en paralelo</translation>
    </message>
    <message>
        <source>No figures in the articles</source>
        <translation>No hay cifras en los artículos</translation>
    </message>
    <message>
        <source>No projection in the articles</source>
        <translation>No hay proyección en los artículos</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>En resumen</translation>
    </message>
    <message>
        <source>Official occupation</source>
        <translation>Ocupación oficial</translation>
    </message>
    <message>
        <source>Typical entry education (BLS)</source>
        <translation>Formación de acceso habitual (BLS)</translation>
    </message>
    <message>
        <source>Both need %1 skills; %2 only %3 needs; %4 only %5 needs.</source>
        <translation>Ambos necesitan %1 habilidades; %2 solo las necesita %3; %4 solo las necesita %5.</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>No duties in the articles; O*NET&apos;s first tasks:</source>
        <translation>No hay funciones en los artículos; primeras tareas según O*NET:</translation>
    </message>
    <message>
        <source>Duties, pay and outlook in detail</source>
        <translation>Funciones, salario y perspectivas en detalle</translation>
    </message>
    <message>
        <source>Pay in the articles</source>
        <translation>Salario en los artículos</translation>
    </message>
    <message>
        <source>Outlook in the articles</source>
        <translation>Perspectivas en los artículos</translation>
    </message>
    <message>
        <source>Job growth 2024–34</source>
        <translation>Crecimiento del empleo 2024–34</translation>
    </message>
    <message>
        <source>Official projection, 2024–34</source>
        <translation>Proyección oficial, 2024–34</translation>
    </message>
    <message>
        <source>Importance (1–5)</source>
        <translation>Importancia (1–5)</translation>
    </message>
    <message>
        <source>Level (0–7)</source>
        <translation>Nivel (0–7)</translation>
    </message>
    <message>
        <source>Job growth 2024–34 (BLS)</source>
        <translation>Crecimiento del empleo 2024–34 (BLS)</translation>
    </message>
    <message>
        <source>Titles people report: %1</source>
        <translation>Títulos que indican las personas: %1</translation>
    </message>
    <message>
        <source>No range chart: BLS publishes no estimate for some of the percentiles of this occupation&apos;s wages (shown as “no estimate” below).</source>
        <translation>Sin gráfico de rango: el BLS no publica estimaciones para algunos de los percentiles salariales de esta ocupación (se indican como “sin estimación” más abajo).</translation>
    </message>
    <message>
        <source>Annual wages, scale $0 to %1 a year</source>
        <translation>Salarios anuales, escala de $0 a %1 al año</translation>
    </message>
    <message>
        <source>Hourly wages, scale $0 to %1 an hour</source>
        <translation>Salarios por hora, escala de $0 a %1 por hora</translation>
    </message>
    <message>
        <source>10th percentile %1 · 25th %2 · median %3 · 75th %4 · 90th %5</source>
        <translation>Percentil 10: %1 · 25: %2 · mediana: %3 · 75: %4 · 90: %5</translation>
    </message>
    <message>
        <source>(the bar is open-ended: BLS reports only that the top wages are at least %1)</source>
        <translation>(la barra no tiene límite superior: el BLS solo indica que los salarios más altos son de al menos %1)</translation>
    </message>
    <message>
        <source>Pay range</source>
        <translation>Rango salarial</translation>
    </message>
    <message>
        <source>%1. Light: 10th to 25th and 75th to 90th percentile; dark: the middle half; the thin dark mark: the median.</source>
        <translation>%1. Claro: del percentil 10 al 25 y del 75 al 90; oscuro: la mitad central; la marca oscura fina: la mediana.</translation>
    </message>
    <message>
        <source>Shaded cells differ between the two careers and are marked “≠”; “▲ higher” marks the larger figure. Pick “(nobody)” under “Compare with” to see one career again.</source>
        <translation>Las celdas sombreadas difieren entre las dos profesiones y se marcan con “≠”; “▲ mayor” marca la cifra más alta. Elige “(ninguna)” en “Comparar con” para volver a ver una sola profesión.</translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation>≠ difiere</translation>
    </message>
    <message>
        <source>▲ higher</source>
        <translation>▲ mayor</translation>
    </message>
    <message>
        <source>Not an occupation of this build.</source>
        <translation>No es una ocupación de esta compilación.</translation>
    </message>
    <message>
        <source>No projection: BLS projects no figures for this occupation.</source>
        <translation>Sin proyección: el BLS no proyecta cifras para esta ocupación.</translation>
    </message>
    <message>
        <source>Curated role: the guide&apos;s articles and official data</source>
        <translation>Rol de la guía: artículos propios y datos oficiales</translation>
    </message>
    <message>
        <source>Official occupation: O*NET and BLS data only</source>
        <translation>Ocupación oficial: solo datos de O*NET y del BLS</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Employment, 2024 (BLS)</source>
        <translation>Empleo, 2024 (BLS)</translation>
    </message>
    <message>
        <source>Openings a year, 2024–34 (BLS)</source>
        <translation>Vacantes al año, 2024–34 (BLS)</translation>
    </message>
    <message>
        <source>No estimate: BLS publishes no national wage estimate for this occupation.</source>
        <translation>Sin estimación: el BLS no publica una estimación salarial nacional para esta ocupación.</translation>
    </message>
    <message>
        <source>no estimate</source>
        <translation>sin estimación</translation>
    </message>
    <message>
        <source>Median pay and range, U.S. (BLS)</source>
        <translation>Salario mediano y rango, EE. UU. (BLS)</translation>
    </message>
    <message>
        <source>No job zone in this release of O*NET.</source>
        <translation>Sin zona laboral en esta versión de O*NET.</translation>
    </message>
    <message>
        <source>Preparation (O*NET job zone)</source>
        <translation>Preparación (zona laboral de O*NET)</translation>
    </message>
    <message>
        <source>The guide lists its own skills for curated roles only; O*NET&apos;s ratings below compare both sides.</source>
        <translation>La guía solo incluye habilidades propias para sus roles; las calificaciones de O*NET de abajo comparan ambos lados.</translation>
    </message>
    <message>
        <source>O*NET skills and knowledge</source>
        <translation>Habilidades y conocimientos de O*NET</translation>
    </message>
    <message>
        <source>%1: no official occupation, so no O*NET ratings.</source>
        <translation>%1: sin ocupación oficial, por lo que no hay calificaciones de O*NET.</translation>
    </message>
    <message>
        <source>%1 (%2): skills and knowledge not rated in this release of O*NET (29.3).</source>
        <translation>%1 (%2): habilidades y conocimientos sin calificar en esta versión de O*NET (29.3).</translation>
    </message>
    <message>
        <source>Ratings are compared only when both sides have them.</source>
        <translation>Las calificaciones solo se comparan cuando ambos lados las tienen.</translation>
    </message>
    <message>
        <source>Both are filed under %1, so O*NET&apos;s ratings are the same; its page lists them.</source>
        <translation>Ambos están clasificados en %1, por lo que las calificaciones de O*NET son las mismas; su página las muestra.</translation>
    </message>
    <message>
        <source>Importance on O*NET&apos;s scale of 1 to 5. Each side&apos;s %1 most important skills and %2 most important knowledge areas are listed; shaded rows are among one side&apos;s most important only, or differ by half a point or more.</source>
        <translation>Importancia en la escala de O*NET de 1 a 5. Se muestran las %1 habilidades y las %2 áreas de conocimiento más importantes de cada lado; las filas sombreadas están entre las más importantes de un solo lado o difieren en medio punto o más.</translation>
    </message>
    <message>
        <source>O*NET skill</source>
        <translation>Habilidad de O*NET</translation>
    </message>
    <message>
        <source>O*NET knowledge</source>
        <translation>Conocimiento de O*NET</translation>
    </message>
    <message>
        <source>≠ among the most important of %1 only</source>
        <translation>≠ entre las más importantes solo de %1</translation>
    </message>
    <message>
        <source>no usable rating</source>
        <translation>sin calificación utilizable</translation>
    </message>
    <message>
        <source>Technology in common</source>
        <translation>Tecnología en común</translation>
    </message>
    <message>
        <source>Technology is compared through the official occupations; one side has none.</source>
        <translation>La tecnología se compara a través de las ocupaciones oficiales; uno de los lados no tiene ninguna.</translation>
    </message>
    <message>
        <source>Both are filed under %1, so O*NET lists the same technology for both.</source>
        <translation>Ambos están clasificados en %1, por lo que O*NET incluye la misma tecnología para los dos.</translation>
    </message>
    <message>
        <source>(in demand for both)</source>
        <translation>(muy demandada para ambos)</translation>
    </message>
    <message>
        <source>(in demand for %1)</source>
        <translation>(muy demandada para %1)</translation>
    </message>
    <message>
        <source>O*NET lists no Hot or In Demand technology for both.</source>
        <translation>O*NET no incluye ninguna tecnología En auge o Muy demandada común a ambos.</translation>
    </message>
    <message>
        <source>Hot or In Demand technologies O*NET lists for both (%1):</source>
        <translation>Tecnologías En auge o Muy demandadas que O*NET incluye para ambos (%1):</translation>
    </message>
    <message>
        <source>Only %1: %2 more; only %3: %4 more.</source>
        <translation>Solo %1: %2 más; solo %3: %4 más.</translation>
    </message>
    <message>
        <source>An official occupation: no article figures; see the official pay above.</source>
        <translation>Una ocupación oficial: sin cifras de artículo; consulta el salario oficial más arriba.</translation>
    </message>
    <message>
        <source>An official occupation: no article projection; see the official growth above.</source>
        <translation>Una ocupación oficial: sin proyección de artículo; consulta el crecimiento oficial más arriba.</translation>
    </message>
    <message>
        <source>O*NET&apos;s first tasks:</source>
        <translation>Primeras tareas de O*NET:</translation>
    </message>
</context>
<context>
    <name>cg::RolesTab</name>
    <message>
        <source>Any education</source>
        <translation>Cualquier formación</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Crecimiento</translation>
    </message>
    <message>
        <source>Any growth</source>
        <translation>Cualquier crecimiento</translation>
    </message>
    <message>
        <source>Name (the guide&apos;s roles first)</source>
        <translation>Nombre (roles de la guía primero)</translation>
    </message>
    <message>
        <source>Median pay, highest first</source>
        <translation>Salario mediano, de mayor a menor</translation>
    </message>
    <message>
        <source>Growth, fastest first</source>
        <translation>Crecimiento, de mayor a menor</translation>
    </message>
    <message>
        <source>Annual openings, most first</source>
        <translation>Vacantes anuales, de más a menos</translation>
    </message>
    <message>
        <source>(nobody — show one career)</source>
        <translation>(ninguna — mostrar una sola profesión)</translation>
    </message>
    <message>
        <source>Any job family</source>
        <translation>Cualquier familia profesional</translation>
    </message>
    <message numerus="yes">
        <source>%1, SOC %2: %Ln careers</source>
        <translation>
            <numerusform>%1, SOC %2: %Ln profesión</numerusform>
            <numerusform>%1, SOC %2: %Ln profesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Any job zone</source>
        <translation>Cualquier zona laboral</translation>
    </message>
    <message>
        <source>Job zone %1</source>
        <translation>Zona laboral %1</translation>
    </message>
    <message>
        <source>No job zone in this release</source>
        <translation>Sin zona laboral en esta versión</translation>
    </message>
    <message>
        <source>Showing %L1 of %L2</source>
        <translation>Mostrando %L1 de %L2</translation>
    </message>
    <message>
        <source>No careers match these filters.</source>
        <translation>Ningún puesto coincide con estos filtros.</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>Clear the filters to see every career again.</source>
        <translation>Borre los filtros para volver a ver todos los puestos.</translation>
    </message>
</context>
<context>
    <name>cg::RouteTableModel</name>
    <message>
        <source>Degree</source>
        <translation>Grado universitario</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Formación en prácticas</translation>
    </message>
    <message>
        <source>Bootcamp</source>
        <translation>Bootcamp</translation>
    </message>
    <message>
        <source>Self-taught</source>
        <translation>Autodidacta</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>cg::SalariesTab</name>
    <message>
        <source>Your data file is read-only, so comparisons cannot be saved.</source>
        <translation>Tu archivo de datos es de solo lectura, así que no se pueden guardar comparaciones.</translation>
    </message>
    <message>
        <source>Select a figure, then Enter or double-click to compare it (up to %1).</source>
        <translation>Selecciona una cifra y pulsa Intro o haz doble clic para compararla (hasta %1).</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Todos los puestos</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todas las fuentes</translation>
    </message>
    <message>
        <source>Skill premiums, as stated</source>
        <translation>Primas por habilidad, según la fuente</translation>
    </message>
    <message>
        <source>Each premium compares people in the role who have one skill with those who lack it, as the source states it. They are shown one by one and never added up or compounded: no source says what two skills together are worth.</source>
        <translation>Cada prima compara a las personas del puesto que tienen una habilidad con las que no la tienen, tal como lo indica la fuente. Se muestran una a una y nunca se suman ni se acumulan: ninguna fuente dice cuánto valen dos habilidades juntas.</translation>
    </message>
    <message>
        <source>The content states no skill premiums.</source>
        <translation>El contenido no indica primas por habilidad.</translation>
    </message>
    <message>
        <source>Select a figure in the table first.</source>
        <translation>Selecciona primero una cifra en la tabla.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 %2 — %3, %4</source>
        <translation>%1 %2 — %3, %4</translation>
    </message>
    <message>
        <source>BLS occupation %1 (%2), linked to this role through O*NET %3.</source>
        <translation>Ocupación de la BLS %1 (%2), vinculada a este puesto a través de O*NET %3.</translation>
    </message>
    <message>
        <source>10th percentile: %1</source>
        <translation>Percentil 10: %1</translation>
    </message>
    <message>
        <source>25th percentile: %1</source>
        <translation>Percentil 25: %1</translation>
    </message>
    <message>
        <source>Median: %1</source>
        <translation>Mediana: %1</translation>
    </message>
    <message>
        <source>75th percentile: %1</source>
        <translation>Percentil 75: %1</translation>
    </message>
    <message>
        <source>90th percentile: %1</source>
        <translation>Percentil 90: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>⚠ Doubtful:</source>
        <translation>⚠ Dudosa:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Nothing to export: add figures to the comparison first.</source>
        <translation>Nada que exportar: primero añade cifras a la comparación.</translation>
    </message>
    <message>
        <source>salary-comparison.csv</source>
        <translation>comparacion-salarial.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Salary comparison</source>
        <translation>Comparación salarial</translation>
    </message>
    <message>
        <source>Print Salary Comparison</source>
        <translation>Imprimir comparación salarial</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>Por estado</translation>
    </message>
    <message>
        <source>Export Salary Comparison as CSV</source>
        <translation>Exportar comparación salarial como CSV</translation>
    </message>
    <message>
        <source>Export Salary Comparison as PDF</source>
        <translation>Exportar comparación salarial como PDF</translation>
    </message>
    <message>
        <source>salary-comparison.pdf</source>
        <translation>comparacion-salarial.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>No salary figures match these filters.</source>
        <translation>Ninguna cifra salarial coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Sho&amp;w All Figures</source>
        <translation>Mostrar todas las c&amp;ifras</translation>
    </message>
</context>
<context>
    <name>cg::SalaryComparison</name>
    <message>
        <source>PPP needs the prices of one country, and %1 is not the currency of exactly one country with World Bank PPP factors; choose another display currency for PPP.</source>
        <translation>La PPA necesita los precios de un país, y %1 no es la moneda de exactamente un país con factores PPA del Banco Mundial; elige otra moneda de visualización para la PPA.</translation>
    </message>
    <message>
        <source>The source gives only a lower bound (%1), not a figure to convert.</source>
        <translation>La fuente solo da un límite inferior (%1), no una cifra que convertir.</translation>
    </message>
    <message>
        <source>The source publishes no figure here.</source>
        <translation>La fuente no publica ninguna cifra aquí.</translation>
    </message>
    <message>
        <source>The first column has no amount in %1 to compare with.</source>
        <translation>La primera columna no tiene importe en %1 con el que comparar.</translation>
    </message>
    <message>
        <source>No amount in %1: %2</source>
        <translation>Sin importe en %1: %2</translation>
    </message>
    <message>
        <source>Not compared: this figure is %1, the first one %2.</source>
        <translation>Sin comparar: esta cifra es %1 y la primera, %2.</translation>
    </message>
    <message>
        <source>Market exchange rate (ECB)</source>
        <translation>Tipo de cambio de mercado (BCE)</translation>
    </message>
    <message>
        <source>Purchasing-power parity, GDP (World Bank)</source>
        <translation>Paridad de poder adquisitivo, PIB (Banco Mundial)</translation>
    </message>
    <message>
        <source>Purchasing-power parity, private consumption (World Bank)</source>
        <translation>Paridad de poder adquisitivo, consumo privado (Banco Mundial)</translation>
    </message>
    <message>
        <source>Each figure is converted on the last day of the period its source states (a year: 31 December; a month: its last day), with the ECB rate of that day or the nearest earlier business day, or the World Bank PPP factors of that year or the nearest earlier one (up to %1 years back). Converted amounts are rounded once to the cent, half away from zero; differences are exact differences of those amounts, and percentages are rounded to one decimal, half away from zero. The screen and the printout show whole units.</source>
        <translation>Cada cifra se convierte el último día del periodo que indica su fuente (un año: el 31 de diciembre; un mes: su último día), con el tipo del BCE de ese día o del día hábil anterior más cercano, o con los factores PPA del Banco Mundial de ese año o del anterior más cercano (hasta %1 años atrás). Los importes convertidos se redondean una sola vez al céntimo, alejándose de cero en caso de empate; las diferencias son diferencias exactas entre esos importes, y los porcentajes se redondean a un decimal, alejándose de cero en caso de empate. La pantalla y la impresión muestran unidades enteras.</translation>
    </message>
    <message>
        <source>ECB euro reference rate of the figure&apos;s date, or the nearest earlier business day</source>
        <translation>Tipo de referencia del euro del BCE en la fecha de la cifra, o el día hábil anterior más cercano</translation>
    </message>
    <message>
        <source>What the pay buys at home: World Bank PPP factors (GDP) of the figure&apos;s year, or the nearest earlier one</source>
        <translation>Lo que el salario permite comprar en el propio país: factores PPA (PIB) del Banco Mundial del año de la cifra, o el anterior más cercano</translation>
    </message>
    <message>
        <source>World Bank PPP factors for household consumption, the closest to what a salary buys</source>
        <translation>Factores PPA del Banco Mundial para el consumo de los hogares, lo más parecido a lo que se puede comprar con un salario</translation>
    </message>
    <message>
        <source>%1; then %2</source>
        <translation>%1; después %2</translation>
    </message>
</context>
<context>
    <name>cg::SalaryComparisonChartView</name>
    <message>
        <source>Comparison chart</source>
        <translation>Gráfico de la comparación</translation>
    </message>
    <message>
        <source>Bars for stated figures and ranges for official wages, in the display currency. The side-by-side table holds the same numbers as text.</source>
        <translation>Barras para las cifras según la fuente y rangos para los salarios oficiales, en la moneda de visualización. La tabla en paralelo contiene las mismas cifras como texto.</translation>
    </message>
    <message>
        <source>Pay in %1 — %2</source>
        <translation>Salario en %1 — %2</translation>
    </message>
    <message>
        <source>Figure as stated, converted</source>
        <translation>Cifra según la fuente, convertida</translation>
    </message>
    <message>
        <source>Official range: p10–p90, box p25–p75, line at median</source>
        <translation>Rango oficial: p10–p90, caja p25–p75, línea en la mediana</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>sin tipo de cambio</translation>
    </message>
    <message>
        <source>%1
median %2</source>
        <translation>%1
mediana %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Pick figures to compare</source>
        <translation>Elige cifras para comparar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (periods differ: see the table)</source>
        <translation>%1 (los periodos difieren: consulta la tabla)</translation>
    </message>
</context>
<context>
    <name>cg::SalaryComparisonDocument</name>
    <message>
        <source>Salary comparison</source>
        <translation>Comparación salarial</translation>
    </message>
    <message>
        <source>There is no printer to print on.</source>
        <translation>No hay ninguna impresora en la que imprimir.</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Moneda de visualización</translation>
    </message>
    <message>
        <source>Conversion basis</source>
        <translation>Base de conversión</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>Nothing has been picked to compare.</source>
        <translation>No se ha elegido nada para comparar.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>Pick %1</source>
        <translation>Selección %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, a fecha de %2</translation>
    </message>
    <message>
        <source>As stated</source>
        <translation>Según la fuente</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>sin tipo de cambio</translation>
    </message>
    <message>
        <source>not converted</source>
        <translation>sin convertir</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Difference to pick 1</source>
        <translation>Diferencia con la selección 1</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Range p10–p90</source>
        <translation>Rango p10–p90</translation>
    </message>
    <message>
        <source>%1 – %2 (middle half %3 – %4)</source>
        <translation>%1 – %2 (mitad central %3 – %4)</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>⚠ doubtful (see note)</source>
        <translation>⚠ dudosa (ver nota)</translation>
    </message>
    <message>
        <source>Sources and notes</source>
        <translation>Fuentes y notas</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source> ⚠ doubtful.</source>
        <translation> ⚠ dudosa.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>cg::SalaryComparisonModel</name>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, a fecha de %2</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>sin tipo de cambio</translation>
    </message>
    <message>
        <source>not converted</source>
        <translation>sin convertir</translation>
    </message>
    <message>
        <source>reference (pick 1)</source>
        <translation>referencia (selección 1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>— (a single figure)</source>
        <translation>— (una sola cifra)</translation>
    </message>
    <message>
        <source>%1 – %2, middle half %3 – %4</source>
        <translation>%1 – %2, mitad central %3 – %4</translation>
    </message>
    <message>
        <source>⚠ doubtful (hover or select for why)</source>
        <translation>⚠ dudosa (pasa el cursor o selecciona para ver por qué)</translation>
    </message>
    <message>
        <source>Has a note (hover or select)</source>
        <translation>Tiene una nota (pasa el cursor o selecciona)</translation>
    </message>
    <message>
        <source>%1 in %2 — %3. Drag to reorder.</source>
        <translation>%1 en %2 — %3. Arrastra para reordenar.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>As stated</source>
        <translation>Según la fuente</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>How converted</source>
        <translation>Cómo se convirtió</translation>
    </message>
    <message>
        <source>Difference to 1</source>
        <translation>Diferencia con 1</translation>
    </message>
    <message>
        <source>Range p10–p90</source>
        <translation>Rango p10–p90</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)
%4</source>
        <translation>%1 · %2 (%3)
%4</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>cg::SalaryComparisonSession</name>
    <message>
        <source>Exchange rates could not be read (%1); conversions show “no rate”.</source>
        <translation>No se pudieron leer los tipos de cambio (%1); las conversiones muestran «sin tipo de cambio».</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Australian dollar</source>
        <translation>Dólar australiano</translation>
    </message>
    <message>
        <source>Brazilian real</source>
        <translation>Real brasileño</translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation>Dólar canadiense</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>Franco suizo</translation>
    </message>
    <message>
        <source>Chinese yuan</source>
        <translation>Yuan chino</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Libra esterlina</translation>
    </message>
    <message>
        <source>Indian rupee</source>
        <translation>Rupia india</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>Yen japonés</translation>
    </message>
    <message>
        <source>Polish złoty</source>
        <translation>Złoty polaco</translation>
    </message>
    <message>
        <source>Swedish krona</source>
        <translation>Corona sueca</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>Dólar estadounidense</translation>
    </message>
    <message>
        <source>South African rand</source>
        <translation>Rand sudafricano</translation>
    </message>
    <message>
        <source>That figure is not in this content release.</source>
        <translation>Esa cifra no está en esta edición del contenido.</translation>
    </message>
    <message>
        <source>Added %1 (%2) as column %3.</source>
        <translation>Se añadió %1 (%2) como columna %3.</translation>
    </message>
    <message>
        <source>That figure is already column %1.</source>
        <translation>Esa cifra ya es la columna %1.</translation>
    </message>
    <message>
        <source>A comparison holds %1 picks; remove one first.</source>
        <translation>Una comparación admite %1 selecciones; quita una primero.</translation>
    </message>
    <message>
        <source>Removed column %1.</source>
        <translation>Se quitó la columna %1.</translation>
    </message>
    <message>
        <source>The comparison is empty.</source>
        <translation>La comparación está vacía.</translation>
    </message>
    <message>
        <source>In %1: no rate — %2</source>
        <translation>En %1: sin tipo de cambio — %2</translation>
    </message>
    <message>
        <source>In %1: %2 — %3</source>
        <translation>En %1: %2 — %3</translation>
    </message>
    <message>
        <source>Type a name for the comparison, then Save.</source>
        <translation>Escribe un nombre para la comparación y pulsa Guardar.</translation>
    </message>
    <message>
        <source>Nothing to save: add figures to the comparison first.</source>
        <translation>Nada que guardar: primero añade cifras a la comparación.</translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation>Guardar comparación</translation>
    </message>
    <message>
        <source>Replaced the saved comparison “%1”.</source>
        <translation>Se sustituyó la comparación guardada «%1».</translation>
    </message>
    <message>
        <source>Saved the comparison as “%1”.</source>
        <translation>Se guardó la comparación como «%1».</translation>
    </message>
    <message>
        <source>Loaded “%1”.</source>
        <translation>Se cargó «%1».</translation>
    </message>
    <message>
        <source>Loaded “%1”; %2 of its figures are no longer in the content and were left out.</source>
        <translation>Se cargó «%1»; %2 de sus cifras ya no están en el contenido y se han omitido.</translation>
    </message>
    <message>
        <source>There is no saved comparison named “%1”.</source>
        <translation>No hay ninguna comparación guardada llamada «%1».</translation>
    </message>
    <message>
        <source>Deleted the saved comparison “%1”; the columns on screen stay.</source>
        <translation>Se eliminó la comparación guardada «%1»; las columnas en pantalla se mantienen.</translation>
    </message>
    <message>
        <source>Purchasing-power parity needs the prices of one country, and %1 is not the currency of exactly one country with World Bank factors here. Choose market rates or another currency.</source>
        <translation>La paridad del poder adquisitivo necesita los precios de un solo país, y %1 no es aquí la moneda de exactamente un país con factores del Banco Mundial. Elige tipos de cambio de mercado u otra moneda.</translation>
    </message>
    <message>
        <source>Converted at market rates instead. %1</source>
        <translation>Convertido a tipos de cambio de mercado en su lugar. %1</translation>
    </message>
</context>
<context>
    <name>cg::SalaryComparisonStore</name>
    <message>
        <source>There is no saved comparison named “%1”.</source>
        <translation>No hay ninguna comparación guardada llamada «%1».</translation>
    </message>
    <message>
        <source>A saved comparison needs a name.</source>
        <translation>Una comparación guardada necesita un nombre.</translation>
    </message>
    <message>
        <source>A comparison holds at most %1 picks.</source>
        <translation>Una comparación admite como máximo %1 selecciones.</translation>
    </message>
    <message>
        <source>The comparison could not be saved</source>
        <translation>No se pudo guardar la comparación</translation>
    </message>
    <message>
        <source>The saved comparison “%1” was deleted in another window, so it was not replaced. Save again to keep this one under that name.</source>
        <translation>La comparación guardada «%1» se eliminó en otra ventana, así que no se reemplazó. Guarda de nuevo para conservar esta con ese nombre.</translation>
    </message>
    <message>
        <source>A comparison named “%1” was saved in another window since this list was shown, so it was not replaced. Save again to replace it, or choose another name.</source>
        <translation>Se guardó una comparación llamada «%1» en otra ventana después de mostrar esta lista, así que no se reemplazó. Guarda de nuevo para reemplazarla o elige otro nombre.</translation>
    </message>
    <message>
        <source>The comparison could not be saved: %1</source>
        <translation>No se pudo guardar la comparación: %1</translation>
    </message>
    <message>
        <source>The saved comparison could not be deleted</source>
        <translation>No se pudo eliminar la comparación guardada</translation>
    </message>
    <message>
        <source>The saved comparison “%1” was replaced or deleted in another window, so it was not deleted here.</source>
        <translation>La comparación guardada «%1» se reemplazó o eliminó en otra ventana, así que no se eliminó aquí.</translation>
    </message>
</context>
<context>
    <name>cg::SalaryEntry</name>
    <message>
        <source>BLS OEWS (official)</source>
        <translation>BLS OEWS (oficial)</translation>
    </message>
    <message>
        <source>Official wages of the BLS occupation %1 (%2), which the guide links to this role through O*NET %3. National, all industries, employees only (the self-employed are not counted); %4. Percentiles: p10 %5, p25 %6, median %7, p75 %8, p90 %9.</source>
        <translation>Salarios oficiales de la ocupación de la BLS %1 (%2), que la guía vincula a este puesto a través de O*NET %3. Nacional, todos los sectores, solo asalariados (no se cuenta a los trabajadores por cuenta propia); %4. Percentiles: p10 %5, p25 %6, mediana %7, p75 %8, p90 %9.</translation>
    </message>
    <message>
        <source>employment %1</source>
        <translation>empleo %1</translation>
    </message>
    <message>
        <source>employment not published</source>
        <translation>empleo no publicado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>BLS OEWS, state (official)</source>
        <translation>BLS OEWS, estatal (oficial)</translation>
    </message>
    <message>
        <source>Compared at U.S. average prices: divided by %1&apos;s all-items Regional Price Parity over 100 (BEA RPP %2: %3).</source>
        <translation>Comparado a precios medios de EE. UU.: dividido por la paridad de precios regional de %1 (todos los artículos) entre 100 (RPP de la BEA %2: %3).</translation>
    </message>
    <message>
        <source>BEA publishes no Regional Price Parity for %1, so it cannot be compared at U.S. average prices.</source>
        <translation>La BEA no publica paridad de precios regional para %1, así que no se puede comparar a precios medios de EE. UU.</translation>
    </message>
    <message>
        <source>Official wages of the BLS occupation %1 (%2) in %3, all industries, employees only; employment %4. Percentiles: p10 %5, p25 %6, median %7, p75 %8, p90 %9; %10.</source>
        <translation>Salarios oficiales de la ocupación del BLS %1 (%2) en %3, todas las industrias, solo asalariados; empleo %4. Percentiles: p10 %5, p25 %6, mediana %7, p75 %8, p90 %9; %10.</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>no publicado</translation>
    </message>
</context>
<context>
    <name>cg::SalaryTableModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 ⚠ doubtful</source>
        <translation>%1 ⚠ dudosa</translation>
    </message>
    <message>
        <source>%1
BLS occupation: %2 (%3)</source>
        <translation>%1
Ocupación de la BLS: %2 (%3)</translation>
    </message>
    <message>
        <source>10th to 90th percentile; the middle half earns %1 – %2.
%3</source>
        <translation>Del percentil 10 al 90; la mitad central gana %1 – %2.
%3</translation>
    </message>
    <message>
        <source>%1

⚠ Doubtful: %2</source>
        <translation>%1

⚠ Dudosa: %2</translation>
    </message>
    <message>
        <source>%1

Note: %2</source>
        <translation>%1

Nota: %2</translation>
    </message>
    <message>
        <source>Doubtful figure: %1</source>
        <translation>Cifra dudosa: %1</translation>
    </message>
    <message>
        <source>In the figure&apos;s own currency, as stated. Sorts by currency, then by amount.</source>
        <translation>En la moneda propia de la cifra, según la fuente. Ordena por moneda y luego por importe.</translation>
    </message>
    <message>
        <source>Range of official BLS wages: 10th to 90th percentile</source>
        <translation>Rango de salarios oficiales de la BLS: del percentil 10 al 90</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>p10–p90</source>
        <translation>p10–p90</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Estadística</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>cg::SalaryTerms</name>
    <message>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Low end</source>
        <translation>Extremo inferior</translation>
    </message>
    <message>
        <source>High end</source>
        <translation>Extremo superior</translation>
    </message>
    <message>
        <source>%1th percentile</source>
        <translation>Percentil %1</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>Entry level</source>
        <translation>Nivel inicial</translation>
    </message>
    <message>
        <source>15+ years</source>
        <translation>Más de 15 años</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>al año</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>al mes</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>por hora</translation>
    </message>
</context>
<context>
    <name>cg::SearchDialog</name>
    <message>
        <source>Type a few letters: results appear as you type.</source>
        <translation>Escribe unas letras: los resultados aparecen mientras escribes.</translation>
    </message>
    <message>
        <source>Search is not available: %1</source>
        <translation>La búsqueda no está disponible: %1</translation>
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation>No hay coincidencias para «%1».</translation>
    </message>
    <message>
        <source>%1 matches. Up and Down to choose, Enter to open, Escape to close.</source>
        <translation>%1 coincidencias. Arriba y Abajo para elegir, Intro para abrir, Esc para cerrar.</translation>
    </message>
    <message>
        <source>Search for %1</source>
        <translation>Buscar %1</translation>
    </message>
</context>
<context>
    <name>cg::SearchHit</name>
    <message>
        <source>Roles</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Official occupations (O*NET)</source>
        <translation>Ocupaciones oficiales (O*NET)</translation>
    </message>
    <message>
        <source>Learning steps</source>
        <translation>Pasos de aprendizaje</translation>
    </message>
    <message>
        <source>Courses and resources</source>
        <translation>Cursos y recursos</translation>
    </message>
    <message>
        <source>Salary figures</source>
        <translation>Cifras salariales</translation>
    </message>
    <message>
        <source>Pay by state</source>
        <translation>Salario por estado</translation>
    </message>
</context>
<context>
    <name>cg::SearchResultModel</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (O*NET-SOC %2)</source>
        <translation>%1 (O*NET-SOC %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
</context>
<context>
    <name>cg::SingleInstance</name>
    <message>
        <source>Career Guide is already running with this data file (%1) but did not answer (%2). Close it, or if it is no longer running, remove %1.lock.</source>
        <translation>Career Guide ya se está ejecutando con este archivo de datos (%1), pero no respondió (%2). Ciérrala o, si ya no se está ejecutando, elimina %1.lock.</translation>
    </message>
</context>
<context>
    <name>cg::SkillAssessmentStore</name>
    <message>
        <source>I know it</source>
        <translation>Lo sé</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendiendo</translation>
    </message>
    <message>
        <source>Want to learn</source>
        <translation>Quiero aprender</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Could not read your self-assessment: %1</source>
        <translation>No se pudo leer tu autoevaluación: %1</translation>
    </message>
    <message>
        <source>Your status for this skill could not be saved</source>
        <translation>No se pudo guardar tu estado para esta habilidad</translation>
    </message>
    <message>
        <source>Your status for this skill was changed in another window (it is now “%1”), so your change was not saved. Choose again if you still want it.</source>
        <translation>Tu estado para esta habilidad cambió en otra ventana (ahora es «%1»), así que tu cambio no se guardó. Elige de nuevo si aún lo quieres.</translation>
    </message>
</context>
<context>
    <name>cg::SkillGap</name>
    <message>
        <source>%1: the guide lists no skills for this role</source>
        <translation>%1: la guía no indica habilidades para este puesto</translation>
    </message>
    <message>
        <source>%1: all %2 skills known</source>
        <translation>%1: conoces las %2 habilidades</translation>
    </message>
    <message>
        <source>%1: %2 of %3 skills known, %4 to go</source>
        <translation>%1: conoces %2 de %3 habilidades, faltan %4</translation>
    </message>
    <message>
        <source>The guide lists no skills for this role</source>
        <translation>La guía no indica habilidades para este puesto</translation>
    </message>
    <message>
        <source>%1% of what the role needs, weighted by importance; %2 of %3 essential skills known</source>
        <extracomment>%1 whole percent; %2 of %3: essential skills (importance 5 of 5) marked known</extracomment>
        <translation>%1 % de lo que necesita el puesto, ponderado por importancia; conoces %2 de %3 habilidades esenciales</translation>
    </message>
</context>
<context>
    <name>cg::SkillTableModel</name>
    <message>
        <source>Programming language</source>
        <translation>Lenguaje de programación</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>Servidor web</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Version control</source>
        <translation>Control de versiones</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentación</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nube</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Soft skill</source>
        <translation>Habilidad interpersonal</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>En auge</translation>
    </message>
    <message>
        <source>In demand</source>
        <translation>Con demanda</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>En la lista</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Interpersonal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>%1 rates it %2 of 5 in importance</source>
        <translation>%1 le da una importancia de %2 sobre 5</translation>
    </message>
    <message>
        <source>%1 does not list this skill</source>
        <translation>%1 no incluye esta habilidad</translation>
    </message>
    <message>
        <source>O*NET names no technology exactly like this skill</source>
        <translation>O*NET no recoge ninguna tecnología que se llame exactamente como esta habilidad</translation>
    </message>
    <message>
        <source>O*NET 29.3 technology skills: %1%2</source>
        <translation>Habilidades tecnológicas de O*NET 29.3: %1%2</translation>
    </message>
    <message>
        <source>a Hot Technology, often named in job postings</source>
        <translation>una Hot Technology (tecnología en auge), mencionada a menudo en las ofertas de empleo</translation>
    </message>
    <message>
        <source>not a Hot Technology</source>
        <translation>no es una Hot Technology</translation>
    </message>
    <message>
        <source>; In Demand, occupations: %1</source>
        <translation>; In Demand (con demanda) en las ocupaciones: %1</translation>
    </message>
    <message>
        <source>Roles in the guide that list this skill</source>
        <translation>Puestos de la guía que incluyen esta habilidad</translation>
    </message>
    <message>
        <source>importance %1 of 5</source>
        <translation>importancia %1 de 5</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>no necesaria</translation>
    </message>
    <message>
        <source>How much your target role needs the skill</source>
        <translation>Cuánto necesita la habilidad tu puesto objetivo</translation>
    </message>
    <message>
        <source>How much %1 needs the skill (1 to 5)</source>
        <translation>Cuánto necesita %1 la habilidad (de 1 a 5)</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Puesto objetivo</translation>
    </message>
    <message>
        <source>O*NET</source>
        <translation>O*NET</translation>
    </message>
    <message>
        <source>My status</source>
        <translation>Mi estado</translation>
    </message>
    <message>
        <source>Flags from O*NET 29.3 where one of its technologies is this skill, by name</source>
        <translation>Indicadores de O*NET 29.3 cuando una de sus tecnologías es esta habilidad, por su nombre</translation>
    </message>
</context>
<context>
    <name>cg::SkillsTab</name>
    <message>
        <source>Hard and soft</source>
        <translation>Técnicas e interpersonales</translation>
    </message>
    <message>
        <source>Hard skills</source>
        <translation>Habilidades técnicas</translation>
    </message>
    <message>
        <source>Soft skills</source>
        <translation>Habilidades interpersonales</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>Todas las habilidades</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Aún no conocidas</translation>
    </message>
    <message>
        <source>Your data file is read-only; statuses cannot be changed.</source>
        <translation>Tu archivo de datos es de solo lectura; no se pueden cambiar los estados.</translation>
    </message>
    <message>
        <source>All categories (%1)</source>
        <translation>Todas las categorías (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 skill</source>
        <translation>%1 · habilidad %2</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>interpersonal</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>técnica</translation>
    </message>
    <message>
        <source>Roles that need it</source>
        <translation>Puestos que la necesitan</translation>
    </message>
    <message>
        <source>No role in the guide lists this skill yet.</source>
        <translation>Ningún puesto de la guía incluye aún esta habilidad.</translation>
    </message>
    <message>
        <source>%1, %2 of 5</source>
        <translation>%1, %2 de 5</translation>
    </message>
    <message>
        <source>In job postings (O*NET)</source>
        <translation>En ofertas de empleo (O*NET)</translation>
    </message>
    <message>
        <source>O*NET 29.3 lists no technology named exactly “%1”, so no Hot Technology or In Demand flag is shown for it.</source>
        <translation>O*NET 29.3 no recoge ninguna tecnología llamada exactamente «%1», así que no se muestra ningún indicador Hot Technology ni In Demand.</translation>
    </message>
    <message>
        <source>O*NET lists “%1” among the technology used in %2 of the occupations in this guide&apos;s official data.</source>
        <translation>O*NET incluye «%1» entre la tecnología usada en %2 de las ocupaciones de los datos oficiales de esta guía.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hot Technology&lt;/b&gt;: one of the technologies employers name most often in job postings.</source>
        <translation>&lt;b&gt;Hot Technology&lt;/b&gt; (tecnología en auge): una de las tecnologías que los empleadores mencionan con más frecuencia en las ofertas de empleo.</translation>
    </message>
    <message>
        <source>Not flagged as a Hot Technology.</source>
        <translation>No está marcada como Hot Technology.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In demand&lt;/b&gt; in postings for: %1.</source>
        <translation>&lt;b&gt;Con demanda&lt;/b&gt; en ofertas para: %1.</translation>
    </message>
    <message>
        <source>Also used by: %1.</source>
        <translation>También la usan: %1.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Pay premium</source>
        <translation>Prima salarial</translation>
    </message>
    <message>
        <source>+%1% for %2 who have it, as stated</source>
        <translation>+%1 % para %2 que la tienen, según la fuente</translation>
    </message>
    <message>
        <source>⚠ Doubtful figure:</source>
        <translation>⚠ Cifra dudosa:</translation>
    </message>
    <message>
        <source>Where the guide teaches it</source>
        <translation>Dónde la enseña la guía</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Your status for this skill could not be saved: the user database is locked by another program. Try again in a moment.</source>
        <translation>No se pudo guardar tu estado para esta habilidad: otro programa tiene bloqueada la base de datos de usuario. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Guide skills</source>
        <translation>Habilidades de la guía</translation>
    </message>
    <message>
        <source>O*NET skills and knowledge</source>
        <translation>Habilidades y conocimientos de O*NET</translation>
    </message>
    <message>
        <source>Technologies (O*NET)</source>
        <translation>Tecnologías (O*NET)</translation>
    </message>
    <message>
        <source>Filter skills</source>
        <translation>Filtrar habilidades</translation>
    </message>
    <message>
        <source>Filter O*NET skills and knowledge</source>
        <translation>Filtrar habilidades y conocimientos de O*NET</translation>
    </message>
    <message>
        <source>Filter technologies</source>
        <translation>Filtrar tecnologías</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Mostrando %1 de %2</translation>
    </message>
    <message>
        <source>Nothing in this list matches these filters.</source>
        <translation>Nada de esta lista coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Topics that teach it</source>
        <translation>Temas que la enseñan</translation>
    </message>
    <message>
        <source>Marking this skill as known counts a topic as known once you know every skill it teaches; a known topic&apos;s hours leave your study plan when you skip what you know.</source>
        <translation>Marcar esta habilidad como conocida cuenta un tema como conocido en cuanto conoce todas las habilidades que enseña; las horas de un tema conocido salen de su plan de estudio cuando omite lo que ya sabe.</translation>
    </message>
    <message>
        <source>(%1 h, our estimate)</source>
        <translation>(%1 h, estimación nuestra)</translation>
    </message>
    <message>
        <source>Counts as known once you know every skill it teaches (%1 in all).</source>
        <translation>Cuenta como conocido cuando conoce todas las habilidades que enseña (%1 en total).</translation>
    </message>
</context>
<context>
    <name>cg::SourceRef</name>
    <message>
        <source>%1, via %2</source>
        <translation>%1, a través de %2</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (a fecha de %2)</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 a través de %2</translation>
    </message>
</context>
<context>
    <name>cg::SourcesDialog</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Official data</source>
        <translation>Datos oficiales</translation>
    </message>
    <message>
        <source>Organisations quoted</source>
        <translation>Organizaciones citadas</translation>
    </message>
    <message>
        <source>Every fact and figure in Career Guide names one of these sources. Article text was rewritten in our own words; official data was subset and merged with the articles.</source>
        <translation>Cada dato y cifra de Career Guide indica una de estas fuentes. El texto de los artículos se ha redactado con nuestras propias palabras; los datos oficiales se han extraído en parte y combinado con los artículos.</translation>
    </message>
    <message>
        <source>Contributed: %1</source>
        <translation>Aportó: %1</translation>
    </message>
    <message>
        <source>Cite as: %1</source>
        <translation>Cita: %1</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
</context>
<context>
    <name>cg::SqlScript</name>
    <message>
        <source>statement %1: %2</source>
        <translation>instrucción %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cg::StateRankingView</name>
    <message>
        <source>States ranked</source>
        <translation>Estados por orden</translation>
    </message>
    <message>
        <source>%1, highest first: %2</source>
        <translation>%1, de mayor a menor: %2</translation>
    </message>
</context>
<context>
    <name>cg::StateTileMapView</name>
    <message>
        <source>Map of the states</source>
        <translation>Mapa de los estados</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>no publicado</translation>
    </message>
</context>
<context>
    <name>cg::StateWageFigures</name>
    <message>
        <source>Median (as stated)</source>
        <translation>Mediana (declarada)</translation>
    </message>
    <message>
        <source>Median at U.S. average prices</source>
        <translation>Mediana a precios medios de EE. UU.</translation>
    </message>
    <message>
        <source>10th percentile</source>
        <translation>Percentil 10</translation>
    </message>
    <message>
        <source>25th percentile</source>
        <translation>Percentil 25</translation>
    </message>
    <message>
        <source>75th percentile</source>
        <translation>Percentil 75</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <source>Jobs per 1,000</source>
        <translation>Empleos por cada 1000</translation>
    </message>
    <message>
        <source>Location quotient</source>
        <translation>Cociente de localización</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>no publicado</translation>
    </message>
    <message>
        <source>not published (at least $239,200, or no estimate)</source>
        <translation>no publicado (al menos $239,200, o sin estimación)</translation>
    </message>
    <message>
        <source>Pay by state</source>
        <translation>Salario por estado</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Salarios</translation>
    </message>
    <message>
        <source>U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2024, state estimates</source>
        <translation>U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, mayo de 2024, estimaciones por estado</translation>
    </message>
    <message>
        <source>Price levels</source>
        <translation>Niveles de precios</translation>
    </message>
    <message>
        <source>U.S. Bureau of Economic Analysis, Regional Price Parities by State (SARPP), all items</source>
        <translation>U.S. Bureau of Economic Analysis, Regional Price Parities by State (SARPP), todos los artículos</translation>
    </message>
    <message>
        <source>Empty cell</source>
        <translation>Celda vacía</translation>
    </message>
    <message>
        <source>At U.S. average prices</source>
        <translation>A precios medios de EE. UU.</translation>
    </message>
    <message>
        <source>the median divided by the state&apos;s RPP over 100, rounded once to the cent</source>
        <translation>la mediana dividida entre el RPP del estado sobre 100, redondeada una sola vez al centavo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>State code</source>
        <translation>Código de estado</translation>
    </message>
    <message>
        <source>Hourly median (USD)</source>
        <translation>Mediana por hora (USD)</translation>
    </message>
    <message>
        <source>Annual 10th percentile (USD)</source>
        <translation>Percentil 10 anual (USD)</translation>
    </message>
    <message>
        <source>Annual 25th percentile (USD)</source>
        <translation>Percentil 25 anual (USD)</translation>
    </message>
    <message>
        <source>Annual median (USD)</source>
        <translation>Mediana anual (USD)</translation>
    </message>
    <message>
        <source>Annual 75th percentile (USD)</source>
        <translation>Percentil 75 anual (USD)</translation>
    </message>
    <message>
        <source>Annual 90th percentile (USD)</source>
        <translation>Percentil 90 anual (USD)</translation>
    </message>
    <message>
        <source>Annual median at U.S. average prices (USD)</source>
        <translation>Mediana anual a precios medios de EE. UU. (USD)</translation>
    </message>
    <message>
        <source>RPP (all items)</source>
        <translation>RPP (todos los artículos)</translation>
    </message>
    <message>
        <source>RPP year</source>
        <translation>Año del RPP</translation>
    </message>
</context>
<context>
    <name>cg::StateWageModel</name>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1: price level %2 in %3 (BEA RPP, U.S. = 100)</source>
        <translation>%1: nivel de precios %2 en %3 (BEA RPP, EE. UU. = 100)</translation>
    </message>
</context>
<context>
    <name>cg::StateWagesPage</name>
    <message>
        <source>Pay by state</source>
        <translation>Salario por estado</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Figure shown on the map</source>
        <translation>Cifra que se muestra en el mapa</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>&amp;Ocupación:</translation>
    </message>
    <message>
        <source>&amp;Map shows:</source>
        <translation>El &amp;mapa muestra:</translation>
    </message>
    <message>
        <source>Export Table as CSV…</source>
        <translation>Exportar tabla como CSV…</translation>
    </message>
    <message>
        <source>Save Map as PNG…</source>
        <translation>Guardar mapa como PNG…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Source: U.S. Bureau of Labor Statistics, OEWS May 2024, state estimates. Median at U.S. average prices: the median divided by the state&apos;s price level over 100 (U.S. Bureau of Economic Analysis, Regional Price Parities %1, all items, U.S. = %2), rounded once to the cent. “Not published”: %3.</source>
        <translation>Fuente: U.S. Bureau of Labor Statistics, OEWS, mayo de 2024, estimaciones por estado. Mediana a precios medios de EE. UU.: la mediana dividida entre el nivel de precios del estado sobre 100 (U.S. Bureau of Economic Analysis, Regional Price Parities %1, todos los artículos, EE. UU. = %2), redondeada una sola vez al centavo. “No publicado”: %3.</translation>
    </message>
    <message>
        <source>%1: median %2.</source>
        <translation>%1: mediana %2.</translation>
    </message>
    <message>
        <source>Export Pay by State as CSV</source>
        <translation>Exportar salario por estado como CSV</translation>
    </message>
    <message>
        <source>salary-by-state.csv</source>
        <translation>salario-por-estado.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Save Map as PNG</source>
        <translation>Guardar mapa como PNG</translation>
    </message>
    <message>
        <source>salary-by-state.png</source>
        <translation>salario-por-estado.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>States ranked</source>
        <translation>Estados por orden</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>&amp;Add State to Comparison</source>
        <translation>Añadir estado a la &amp;comparación</translation>
    </message>
    <message>
        <source>Add the state to the comparison</source>
        <translation>Añadir el estado a la comparación</translation>
    </message>
    <message>
        <source>Compare this state&apos;s median with other places, at U.S. average prices</source>
        <translation>Comparar la mediana de este estado con otros lugares, a precios medios de EE. UU.</translation>
    </message>
    <message>
        <source>Add %1 to the comparison</source>
        <translation>Añadir %1 a la comparación</translation>
    </message>
</context>
<context>
    <name>cg::StepProgress</name>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>A note can hold up to %1 characters; this one has %2, so it was not saved. Shorten it, or keep longer texts in a file of your own.</source>
        <translation>Una nota admite hasta %1 caracteres; esta tiene %2, así que no se guardó. Acórtala o guarda los textos largos en un archivo propio.</translation>
    </message>
</context>
<context>
    <name>cg::StepProgressModel</name>
    <message>
        <source>Already known</source>
        <translation>Ya conocido</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Excluido</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
    <message>
        <source>Weeks %1–%2</source>
        <extracomment>A range of week numbers, e.g. &quot;Weeks 3–8&quot;.</extracomment>
        <translation>Semanas %1–%2</translation>
    </message>
    <message>
        <source>Left out of the plan: your self-assessment marks every skill this step teaches as known.</source>
        <translation>Excluido del plan: tu autoevaluación marca como conocidas todas las habilidades que enseña este paso.</translation>
    </message>
    <message>
        <source>Tick when you have finished this step</source>
        <translation>Marca la casilla cuando hayas terminado este paso</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 desde el %2</translation>
    </message>
    <message>
        <source>Not in the schedule</source>
        <translation>Fuera del calendario</translation>
    </message>
    <message>
        <source>Our estimate for each step; hover over a number to see how it was reached.</source>
        <translation>Nuestra estimación para cada paso; pasa el cursor sobre un número para ver cómo se calculó.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Hours (est.)</source>
        <translation>Horas (est.)</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>Finish by</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Aún sin guardar: %1</translation>
    </message>
    <message>
        <source>Double-click to write a note (up to %1 characters)</source>
        <translation>Haz doble clic para escribir una nota (hasta %1 caracteres)</translation>
    </message>
    <message>
        <source>Saved once the user database was free again.</source>
        <translation>Se guardó cuando la base de datos de usuario volvió a estar libre.</translation>
    </message>
    <message>
        <source>Waiting for the user database…</source>
        <translation>Esperando a la base de datos de usuario…</translation>
    </message>
    <message>
        <source>The user database is locked by another program, so your change was not saved.</source>
        <translation>Otro programa tiene bloqueada la base de datos de usuario, así que tu cambio no se guardó.</translation>
    </message>
    <message>
        <source>Your note is kept here, marked as not saved, until it is saved.</source>
        <translation>Tu nota se conserva aquí, marcada como no guardada, hasta que se guarde.</translation>
    </message>
    <message>
        <source>Your note was: %1</source>
        <translation>Tu nota era: %1</translation>
    </message>
    <message>
        <source>Topics done</source>
        <translation>Temas hechos</translation>
    </message>
    <message>
        <source>%1 · topics %2 of %3</source>
        <extracomment>A step&apos;s status rolled up from its topics, e.g. &quot;In progress · topics 2 of 9&quot;.</extracomment>
        <translation>%1 · temas %2 de %3</translation>
    </message>
</context>
<context>
    <name>cg::StepTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Hours (our estimate)</source>
        <translation>Horas (estimación)</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después de</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
</context>
<context>
    <name>cg::StepTopicModel</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: hecho</translation>
    </message>
    <message>
        <source>%1: not done</source>
        <translation>%1: sin hacer</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>known</source>
        <translation>conocido</translation>
    </message>
    <message>
        <source>your own</source>
        <translation>propio</translation>
    </message>
    <message>
        <source>pick one</source>
        <translation>elige uno</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
</context>
<context>
    <name>cg::StepTopicsPanel</name>
    <message>
        <source>Move the topic up within its step (%1)</source>
        <translation>Subir el tema dentro de su paso (%1)</translation>
    </message>
    <message>
        <source>Move the topic down within its step (%1)</source>
        <translation>Bajar el tema dentro de su paso (%1)</translation>
    </message>
    <message>
        <source>A hidden topic is neither scheduled nor counted; show it again at any time.</source>
        <translation>Un tema oculto no se programa ni se cuenta; puedes volver a mostrarlo en cualquier momento.</translation>
    </message>
    <message>
        <source>Add a topic of your own to this step, with a link, hours and a note.</source>
        <translation>Añade un tema propio a este paso, con un enlace, horas y una nota.</translation>
    </message>
    <message>
        <source>Study plan</source>
        <translation>Plan de estudio</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Add Topic</source>
        <translation>Añadir tema</translation>
    </message>
    <message>
        <source>Edit Topic</source>
        <translation>Editar tema</translation>
    </message>
    <message>
        <source>Remove Topic</source>
        <translation>Eliminar tema</translation>
    </message>
    <message>
        <source>Remove your topic “%1” and the progress recorded on it in every plan?</source>
        <translation>¿Eliminar tu tema «%1» y el progreso registrado en él en todos los planes?</translation>
    </message>
    <message>
        <source>Hide Topic</source>
        <translation>Ocultar tema</translation>
    </message>
    <message>
        <source>Show Topic</source>
        <translation>Mostrar tema</translation>
    </message>
    <message>
        <source>Move Topic</source>
        <translation>Mover tema</translation>
    </message>
</context>
<context>
    <name>cg::StudyPlanDocument</name>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Date format of the printed study plan (QDate format string); reorder for your language.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A range of dates, e.g. &quot;5 Jan 2026 – 11 Jan 2026&quot;.</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>cg::StudyPlanPage</name>
    <message>
        <source>Between %1 and %2 hours a week</source>
        <translation>Entre %1 y %2 horas a la semana</translation>
    </message>
    <message>
        <source>Study plan</source>
        <translation>Plan de estudio</translation>
    </message>
    <message>
        <source>%1

Try to save it again now?</source>
        <translation>%1

¿Intentar guardarla de nuevo ahora?</translation>
    </message>
    <message>
        <source>&amp;Generate again and save</source>
        <translation>&amp;Generar de nuevo y guardar</translation>
    </message>
    <message>
        <source>&amp;Generate plan</source>
        <translation>&amp;Generar plan</translation>
    </message>
    <message>
        <source>Delete Study Plan</source>
        <translation>Eliminar plan de estudio</translation>
    </message>
    <message>
        <source>Delete the plan “%1” and the progress and notes recorded in it? This cannot be undone.</source>
        <translation>¿Eliminar el plan «%1» y el progreso y las notas registrados en él? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Print Study Plan</source>
        <translation>Imprimir plan de estudio</translation>
    </message>
    <message>
        <source>Export Study Plan as PDF</source>
        <translation>Exportar plan de estudio como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Saved the study plan to %1 (pages: %2).</source>
        <translation>Plan de estudio guardado en %1 (páginas: %2).</translation>
    </message>
    <message>
        <source>Export Study Plan as Calendar</source>
        <translation>Exportar plan de estudio como calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Sin recordatorio</translation>
    </message>
    <message>
        <source>At 09:00 on the first day</source>
        <translation>A las 09:00 del primer día</translation>
    </message>
    <message>
        <source>At 09:00 the day before</source>
        <translation>A las 09:00 del día anterior</translation>
    </message>
    <message>
        <source>At 09:00 a week before</source>
        <translation>A las 09:00 una semana antes</translation>
    </message>
    <message>
        <source>Saved the study plan as a calendar to %1 (one event a step, %2 events).</source>
        <translation>Plan de estudio guardado como calendario en %1 (un evento por paso, %2 eventos).</translation>
    </message>
    <message>
        <source>Saved the study plan as a calendar to %1 (one event a step, %2 events; %3 cancelled).</source>
        <translation>Plan de estudio guardado como calendario en %1 (un evento por paso, %2 eventos; %3 cancelados).</translation>
    </message>
</context>
<context>
    <name>cg::StudyPlanSession</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None of these steps is known yet from your self-assessment. Mark skills as “I know it” on the Skills tab to leave out what you have already learned.</source>
        <translation>Ninguno de estos pasos consta aún como conocido en tu autoevaluación. Marca habilidades como «Lo sé» en la pestaña Habilidades para excluir lo que ya has aprendido.</translation>
    </message>
    <message>
        <source>Study plan</source>
        <translation>Plan de estudio</translation>
    </message>
    <message>
        <source>My study plan</source>
        <translation>Mi plan de estudio</translation>
    </message>
    <message>
        <source>Give the plan a name.</source>
        <translation>Ponle un nombre al plan.</translation>
    </message>
    <message>
        <source>Your data is read-only: this plan is shown but not saved.</source>
        <translation>Tus datos son de solo lectura: este plan se muestra, pero no se guarda.</translation>
    </message>
    <message>
        <source>This plan was deleted in another window.</source>
        <translation>Este plan se eliminó en otra ventana.</translation>
    </message>
    <message>
        <source>Saved the plan “%1” (weeks: %2).</source>
        <translation>Se guardó el plan «%1» (semanas: %2).</translation>
    </message>
    <message>
        <source>Delete Study Plan</source>
        <translation>Eliminar plan de estudio</translation>
    </message>
    <message>
        <source>Deleted the plan “%1”.</source>
        <translation>Se eliminó el plan «%1».</translation>
    </message>
    <message>
        <source>This plan is not saved, so its progress cannot be recorded.</source>
        <translation>Este plan no está guardado, así que su progreso no se puede registrar.</translation>
    </message>
    <message>
        <source>Scheduled again (weeks: %1).</source>
        <translation>Programado de nuevo (semanas: %1).</translation>
    </message>
    <message>
        <source>The plan could not be scheduled again: %1</source>
        <translation>No se pudo volver a programar el plan: %1</translation>
    </message>
    <message>
        <source>This plan cannot be scheduled: %1</source>
        <translation>Este plan no se puede programar: %1</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Plan nuevo</translation>
    </message>
    <message>
        <source>Choose a target, a route, a start date and your hours per week, then press Generate plan. The plan is saved at once, and you can keep several.</source>
        <translation>Elige un objetivo, una vía, una fecha de inicio y tus horas por semana, y pulsa Generar plan. El plan se guarda al momento y puedes tener varios.</translation>
    </message>
    <message>
        <source>Towards %1</source>
        <translation>Hacia %1</translation>
    </message>
    <message>
        <source>Towards %1, by way of: %2</source>
        <translation>Hacia %1, a través de: %2</translation>
    </message>
    <message>
        <source>%1 h a week · %2 · weeks: %3 · study time: %4 h</source>
        <translation>%1 h a la semana · %2 · semanas: %3 · tiempo de estudio: %4 h</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>Pasos completados: %1 de %2</translation>
    </message>
    <message>
        <source>next milestone: %1 by %2 (week %3)</source>
        <translation>próximo hito: %1 antes del %2 (semana %3)</translation>
    </message>
    <message>
        <source>every step is done</source>
        <translation>todos los pasos están completados</translation>
    </message>
    <message>
        <source>left out as already known: %1</source>
        <translation>excluidos por ya conocidos: %1</translation>
    </message>
    <message>
        <source>skipped by you: %1</source>
        <translation>omitidos por ti: %1</translation>
    </message>
    <message>
        <source>read-only: progress cannot be saved</source>
        <translation>solo lectura: no se puede guardar el progreso</translation>
    </message>
    <message>
        <source>Skipping what you already know: %1 → %2 weeks at %3 hours a week (%4 hours fewer).</source>
        <translation>Omitiendo lo que ya sabe: %1 → %2 semanas a %3 horas por semana (%4 horas menos).</translation>
    </message>
    <message>
        <source>You already know %1 hours of this path; skipping them would take it from %2 to %3 weeks.</source>
        <translation>Ya conoce %1 horas de esta ruta; omitirlas la reduciría de %2 a %3 semanas.</translation>
    </message>
    <message>
        <source>Plan This Move</source>
        <translation>Planificar este cambio</translation>
    </message>
    <message>
        <source>No learning path of this guide leads to %1 yet. Careers that fit me lists what it needs that you do not know; mark those skills on the Skills tab as you learn them.</source>
        <translation>Ninguna ruta de aprendizaje de esta guía lleva aún a %1. «Profesiones a mi medida» muestra lo que necesita y tú no conoces; marca esas habilidades en la pestaña Habilidades conforme las aprendas.</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Cambio a %1</translation>
    </message>
    <message>
        <source>Your data is read-only: your own topics cannot be saved.</source>
        <translation>Tus datos son de solo lectura: no se pueden guardar tus temas propios.</translation>
    </message>
    <message>
        <source>Your data is read-only: hidden topics cannot be saved.</source>
        <translation>Tus datos son de solo lectura: no se pueden guardar los temas ocultos.</translation>
    </message>
    <message>
        <source>Your data is read-only: the order of topics cannot be saved.</source>
        <translation>Tus datos son de solo lectura: no se puede guardar el orden de los temas.</translation>
    </message>
    <message>
        <source>This topic cannot move further.</source>
        <translation>Este tema no se puede mover más.</translation>
    </message>
    <message>
        <source>topics done: %1 of %2</source>
        <translation>temas hechos: %1 de %2</translation>
    </message>
</context>
<context>
    <name>cg::TechnologyTableModel</name>
    <message>
        <source>Hot</source>
        <translation>En auge</translation>
    </message>
    <message>
        <source>Hot Technology</source>
        <translation>Tecnología en auge</translation>
    </message>
    <message>
        <source>not a Hot Technology</source>
        <translation>no es una tecnología en auge</translation>
    </message>
    <message>
        <source>Occupations that list it in O*NET 29.3</source>
        <translation>Ocupaciones que la incluyen en O*NET 29.3</translation>
    </message>
    <message>
        <source>Occupations whose job postings often name it (O*NET In Demand)</source>
        <translation>Ocupaciones cuyas ofertas de empleo la mencionan a menudo (Muy demandada en O*NET)</translation>
    </message>
    <message>
        <source>A Hot Technology: one employers name often in job postings</source>
        <translation>Una tecnología en auge: una que los empleadores mencionan a menudo en las ofertas de empleo</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>Ocupaciones</translation>
    </message>
    <message>
        <source>In demand</source>
        <translation>Muy demandada</translation>
    </message>
    <message>
        <source>My status</source>
        <translation>Mi estado</translation>
    </message>
    <message>
        <source>O*NET&apos;s Hot Technology flag: often named in job postings</source>
        <translation>Marca Tecnología en auge de O*NET: mencionada a menudo en ofertas de empleo</translation>
    </message>
</context>
<context>
    <name>cg::TipsDialog</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Preparing for interviews</source>
        <translation>Preparar las entrevistas</translation>
    </message>
    <message>
        <source>Your résumé</source>
        <translation>Tu currículum</translation>
    </message>
    <message>
        <source>Your portfolio</source>
        <translation>Tu portafolio</translation>
    </message>
    <message>
        <source>Professional bodies</source>
        <translation>Organismos profesionales</translation>
    </message>
    <message>
        <source>Growing in the career</source>
        <translation>Crecer en la profesión</translation>
    </message>
    <message>
        <source>Frequently asked questions</source>
        <translation>Preguntas frecuentes</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
</context>
<context>
    <name>cg::TopicProgressStore</name>
    <message>
        <source>Could not read the topics you ticked off: %1</source>
        <translation>No se pudieron leer los temas que marcaste como hechos: %1</translation>
    </message>
    <message>
        <source>Your progress on this topic could not be saved</source>
        <translation>No se pudo guardar tu progreso en este tema</translation>
    </message>
    <message>
        <source>This plan was deleted in another window, so your progress was not saved.</source>
        <translation>Este plan se eliminó en otra ventana, así que tu progreso no se guardó.</translation>
    </message>
    <message>
        <source>This topic was ticked off in another window, so your change was not saved.</source>
        <translation>Este tema se marcó como hecho en otra ventana, así que tu cambio no se guardó.</translation>
    </message>
    <message>
        <source>This topic was taken back in another window, so your change was not saved.</source>
        <translation>Este tema se desmarcó en otra ventana, así que tu cambio no se guardó.</translation>
    </message>
</context>
<context>
    <name>cg::UserDatabase</name>
    <message>
        <source>The folder %1 cannot be created, so your progress cannot be saved this time.</source>
        <translation>No se puede crear la carpeta %1, así que esta vez no se podrá guardar tu progreso.</translation>
    </message>
    <message>
        <source>A leftover journal file without its database was found and moved to %1.</source>
        <translation>Se encontró un archivo de diario sobrante sin su base de datos y se movió a %1.</translation>
    </message>
    <message>
        <source>A leftover journal file %1 without its database is in the way and cannot be moved, so your progress cannot be saved this time.</source>
        <translation>Un archivo de diario sobrante %1 sin su base de datos estorba y no se puede mover, así que esta vez no se podrá guardar tu progreso.</translation>
    </message>
    <message>
        <source>Your data file %1 cannot be read, so it was left as it is and your progress cannot be saved this time.</source>
        <translation>No se puede leer tu archivo de datos %1, así que se ha dejado como estaba y esta vez no se podrá guardar tu progreso.</translation>
    </message>
    <message>
        <source>it is not a database</source>
        <translation>no es una base de datos</translation>
    </message>
    <message>
        <source>Your data file %1 is read-only, so changes cannot be saved. Everything you saved before is shown.</source>
        <translation>Tu archivo de datos %1 es de solo lectura, así que no se pueden guardar los cambios. Se muestra todo lo que guardaste antes.</translation>
    </message>
    <message>
        <source>The folder %1 that holds your data file is read-only, so changes cannot be saved. Everything you saved before is shown.</source>
        <translation>La carpeta %1 que contiene tu archivo de datos es de solo lectura, así que no se pueden guardar los cambios. Se muestra todo lo que guardaste antes.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so your progress cannot be saved this time.</source>
        <translation>La carpeta %1 es de solo lectura, así que esta vez no se podrá guardar tu progreso.</translation>
    </message>
    <message>
        <source>Your data file %1 cannot be created (%2), so your progress cannot be saved this time.</source>
        <translation>No se puede crear tu archivo de datos %1 (%2), así que esta vez no se podrá guardar tu progreso.</translation>
    </message>
    <message>
        <source>Your data file %1 cannot be opened for changes (%2), so changes cannot be saved. Everything you saved before is shown.</source>
        <translation>No se puede abrir tu archivo de datos %1 para modificarlo (%2), así que no se pueden guardar los cambios. Se muestra todo lo que guardaste antes.</translation>
    </message>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>no se puede abrir (%1)</translation>
    </message>
    <message>
        <source>Your data file %1 cannot be checked (%2), so changes cannot be saved.</source>
        <translation>No se puede comprobar tu archivo de datos %1 (%2), así que no se pueden guardar los cambios.</translation>
    </message>
    <message>
        <source>Your data file was written by a newer version of Career Guide (data version %1; this version knows up to %2). It is opened read-only so nothing in it is lost; update Career Guide to make changes.</source>
        <translation>Tu archivo de datos lo escribió una versión más reciente de Career Guide (versión de datos %1; esta versión admite hasta la %2). Se abre en solo lectura para que no se pierda nada; actualiza Career Guide para hacer cambios.</translation>
    </message>
    <message>
        <source> (a copy is also at %1)</source>
        <translation> (también hay una copia en %1)</translation>
    </message>
    <message>
        <source>Your data file %1 could not be upgraded to this version&apos;s format: %2. It was left as it was%3, and your changes cannot be saved this time.</source>
        <translation>Tu archivo de datos %1 no se pudo actualizar al formato de esta versión: %2. Se dejó como estaba%3, y esta vez no se podrán guardar tus cambios.</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>está dañado (%1)</translation>
    </message>
    <message>
        <source>it belongs to another application</source>
        <translation>pertenece a otra aplicación</translation>
    </message>
    <message>
        <source>cannot back it up first (%1)</source>
        <translation>no se puede hacer antes una copia de seguridad (%1)</translation>
    </message>
    <message>
        <source>cannot name the copy</source>
        <translation>no se puede asignar un nombre a la copia</translation>
    </message>
    <message>
        <source>step %1 failed (%2)</source>
        <translation>falló el paso %1 (%2)</translation>
    </message>
    <message>
        <source>Your data was upgraded to the new format; a copy of the old file was kept at %1.</source>
        <translation>Tus datos se actualizaron al nuevo formato; se conservó una copia del archivo anterior en %1.</translation>
    </message>
    <message>
        <source>%1 cannot be used because %2, and it cannot be moved aside</source>
        <translation>%1 no se puede usar porque %2, y no se puede apartar</translation>
    </message>
    <message>
        <source>Your data file %1 cannot be used because %2, and it cannot be moved out of the way, so it was left as it is and your progress cannot be saved this time.</source>
        <translation>Tu archivo de datos %1 no se puede usar porque %2, y no se puede apartar, así que se ha dejado como estaba y esta vez no se podrá guardar tu progreso.</translation>
    </message>
    <message>
        <source>Your data file could not be used because %1. It was moved, unchanged, to %2</source>
        <translation>Tu archivo de datos no se pudo usar porque %1. Se movió, sin cambios, a %2</translation>
    </message>
    <message>
        <source>%1, but a new one cannot be created (%2), so your progress cannot be saved this time.</source>
        <translation>%1, pero no se puede crear uno nuevo (%2), así que esta vez no se podrá guardar tu progreso.</translation>
    </message>
    <message>
        <source>%1, and a new, empty one was started.</source>
        <translation>%1, y se empezó uno nuevo y vacío.</translation>
    </message>
    <message>
        <source>%1 It cannot be read either (%2), so it was left as it is.</source>
        <translation>%1 Tampoco se puede leer (%2), así que se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>%1 It cannot be used (%2), and as it cannot be changed it was left where it is.</source>
        <translation>%1 No se puede usar (%2) y, como no se puede modificar, se ha dejado donde está.</translation>
    </message>
    <message>
        <source>%1 It was written by an older version and cannot be upgraded while it cannot be changed, so it was left as it is.</source>
        <translation>%1 Lo escribió una versión anterior y no se puede actualizar mientras no se pueda modificar, así que se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>HOME is not set</source>
        <translation>HOME no está definido</translation>
    </message>
    <message>
        <source>HOME (%1) is not a folder</source>
        <translation>HOME (%1) no es una carpeta</translation>
    </message>
    <message>
        <source>There is no place to keep your data (%1), so nothing you do is saved this time; use --user-db PATH to name a file.</source>
        <translation>No hay dónde guardar tus datos (%1), así que esta vez no se guarda nada de lo que hagas; usa --user-db RUTA para indicar un archivo.</translation>
    </message>
    <message>
        <source>The path given for your data file is empty.</source>
        <translation>La ruta indicada para tu archivo de datos está vacía.</translation>
    </message>
    <message>
        <source>The path given for your data file (%1) is not valid text in this system&apos;s encoding, so it cannot be opened exactly as given; rename the file or a folder in its path.</source>
        <translation>La ruta indicada para tu archivo de datos (%1) no es texto válido en la codificación de este sistema, así que no se puede abrir exactamente como se indicó; cambia el nombre del archivo o de una carpeta de la ruta.</translation>
    </message>
    <message>
        <source>%1 is %2, not a data file; Career Guide keeps your data only in a regular file.</source>
        <translation>%1 es %2, no un archivo de datos; Career Guide guarda tus datos solo en un archivo normal.</translation>
    </message>
    <message>
        <source>inside something that is not a folder</source>
        <translation>dentro de algo que no es una carpeta</translation>
    </message>
    <message>
        <source>The path to your data file %1 leads through a circle of links, so it was left as it is and your progress cannot be saved this time.</source>
        <translation>La ruta a tu archivo de datos %1 pasa por un círculo de enlaces, así que se dejó como estaba y esta vez tu progreso no se puede guardar.</translation>
    </message>
    <message>
        <source>inside %1, which is %2</source>
        <translation>dentro de %1, que es %2</translation>
    </message>
    <message>
        <source>Your data file %1 is a link that leads back to itself (through %2), so it was left as it is and your progress cannot be saved this time.</source>
        <translation>Tu archivo de datos %1 es un enlace que lleva de vuelta a sí mismo (a través de %2), así que se dejó como estaba y esta vez tu progreso no se puede guardar.</translation>
    </message>
    <message>
        <source>Your data file %1 is a link to %2, which does not exist (perhaps on a drive that is not connected), so the link was left as it is and your progress cannot be saved this time.</source>
        <translation>Tu archivo de datos %1 es un enlace a %2, que no existe (quizá en una unidad no conectada), así que el enlace se dejó como estaba y esta vez tu progreso no se puede guardar.</translation>
    </message>
    <message>
        <source>Your data file %1 is a link to %2, which cannot be reached (%3), so the link was left as it is and your progress cannot be saved this time.</source>
        <translation>Tu archivo de datos %1 es un enlace a %2, al que no se puede llegar (%3), así que el enlace se dejó como estaba y esta vez tu progreso no se puede guardar.</translation>
    </message>
    <message>
        <source>a link to %1, which is %2</source>
        <translation>un enlace a %1, que es %2</translation>
    </message>
    <message>
        <source>Your data file %1 is a link to %2, which does not exist, so the link was left as it is and your progress cannot be saved this time.</source>
        <translation>Tu archivo de datos %1 es un enlace a %2, que no existe, así que el enlace se dejó como estaba y esta vez tu progreso no se puede guardar.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; Career Guide keeps your data only in a regular file.</source>
        <translation>%1 no es un archivo normal; Career Guide guarda tus datos solo en un archivo normal.</translation>
    </message>
    <message>
        <source>%1 Another program holds it locked, so what you saved cannot be read now and is not shown (rather than an out-of-date copy); close the other program and start Career Guide again.</source>
        <translation>%1 Otro programa lo tiene bloqueado, así que lo que guardaste no se puede leer ahora y no se muestra (en lugar de una copia desactualizada); cierra el otro programa y vuelve a iniciar Career Guide.</translation>
    </message>
    <message>
        <source>%1 It cannot be read with its journal (%2), and without it an out-of-date copy would be shown, so what you saved is not shown this time; it was left as it is.</source>
        <translation>%1 No se puede leer con su diario (%2), y sin él se mostraría una copia desactualizada, así que esta vez no se muestra lo que guardaste; se dejó como estaba.</translation>
    </message>
</context>
<context>
    <name>cg::WriteTransaction</name>
    <message>
        <source>%1: the user database is locked by another program; try again in a moment.</source>
        <translation>%1: otro programa tiene bloqueada la base de datos de usuario; inténtalo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>An offline guide to the back-end developer career.</source>
        <translation>Una guía sin conexión sobre la carrera de desarrollador back-end.</translation>
    </message>
    <message>
        <source>Use this content database.</source>
        <translation>Usar esta base de datos de contenido.</translation>
    </message>
    <message>
        <source>Keep your own data in this file.</source>
        <translation>Guardar tus datos en este archivo.</translation>
    </message>
    <message>
        <source>Use this language (e.g. en, es, hi).</source>
        <translation>Usar este idioma (p. ej., en, es, hi).</translation>
    </message>
    <message>
        <source>Quit once the window has been painted.</source>
        <translation>Salir en cuanto se haya dibujado la ventana.</translation>
    </message>
    <message>
        <source>Career Guide cannot start</source>
        <translation>Career Guide no se puede iniciar</translation>
    </message>
    <message>
        <source>no display found (neither DISPLAY nor WAYLAND_DISPLAY is set); run it from a desktop session</source>
        <translation>no se encontró ninguna pantalla (no están definidas DISPLAY ni WAYLAND_DISPLAY); ejecútalo desde una sesión de escritorio</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>no content database found; looked for %1 (use --content-db PATH to name one)</source>
        <translation>no se encontró ninguna base de datos de contenido; se buscó en %1 (usa --content-db RUTA para indicar una)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>--lang cannot change the window that is already open; close it and start Career Guide again to use another language</source>
        <translation>--lang no puede cambiar la ventana que ya está abierta; ciérrala e inicia Career Guide de nuevo para usar otro idioma</translation>
    </message>
    <message>
        <source>Career Guide is already open with this data file; its window was brought to the front</source>
        <translation>Career Guide ya está abierta con este archivo de datos; su ventana se trajo al frente</translation>
    </message>
</context>
</TS>
