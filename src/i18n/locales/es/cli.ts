import type { Message } from '../../message-format.ts';

/**
 * What `npm run new`, `npm run import` and `npm run check` say to the person at the keyboard, in
 * Spanish: the reference for every language. Command names, flags, field names and file paths are
 * the format's own words and stay as they are. The problems the validator and the Mermaid reader
 * find (`path:line:col: field: message`) are not here: they read the same in the build, the
 * editor and CI.
 */
export const cli = {
  'new.usage':
    'Uso:\n' +
    '  npm run new -- journey <slug> [--persona <slug>] [--title "…"] [--phases "Descubrir, Contratar, Usar"] [--lang {langs}]\n' +
    '  npm run new -- persona <slug> [--name "…"] [--role "…"] [--lang {langs}]\n' +
    '\n' +
    'Un slug es el nombre del archivo sin extensión; "/" crea subcarpetas (banca/alta-online).\n' +
    'En un terminal se pregunta lo que no se da con una opción; --interactive pregunta aunque la entrada venga de otro programa.',
  'new.unknownKind': 'no se puede crear "{kind}": escribe "journey" o "persona"',
  'new.sayKind': 'di qué quieres crear: journey o persona',
  'new.saySlug': 'di qué {kind} crear: npm run new -- {kind} <slug>',
  'new.notASlug': '"{text}" no es un slug: usa minúsculas, cifras y "-", con "/" para las subcarpetas',
  'new.notASlugTry': '"{text}" no es un slug: usa minúsculas, cifras y "-", con "/" para las subcarpetas (prueba con "{suggestion}")',
  'new.phasesEmpty': '--phases necesita al menos un nombre, por ejemplo --phases "Descubrir, Contratar, Usar"',
  'new.exists': 'new: {file} ya existe; no se ha escrito nada. Elige otro slug o edita ese archivo.',
  'new.noPersonas': 'new: un recorrido necesita una persona protagonista y este manual todavía no tiene ninguna.',
  'new.createPersonaFirst': '  Crea una primero: npm run new -- persona <slug>   (por ejemplo: npm run new -- persona maria-gomez)',
  'new.unknownPersona': 'new: no hay ninguna persona "{slug}"{hint} (personas: {list}). Para crearla: npm run new -- persona {newSlug}',
  'new.whichPersona': 'new: ¿qué persona protagoniza el recorrido? Indícalo con --persona <slug> (personas: {list})',
  'new.askTitle': 'Título del recorrido',
  'new.askPersona': 'Persona protagonista ({list})',
  'new.askPhases': 'Fases, separadas por comas',
  'new.askName': 'Nombre de la persona',
  'new.askRole': 'Una línea que la describa (opcional)',
  'new.notAPersona': 'No hay ninguna persona "{slug}"{hint}. Escribe uno de los slugs de la lista.',
  'new.fillIn': 'Rellénalo: cada campo lleva un comentario que explica qué poner.',

  'import.usage':
    'Uso:\n' +
    '  npm run import -- mermaid <archivo.mmd> [--persona <slug>] [--slug <slug>] [--force] [--lang {langs}]\n' +
    '\n' +
    '  --persona  el slug de la persona protagonista (si no, el primer actor del diagrama; se crea su archivo si hace falta)\n' +
    '  --slug     el slug del recorrido (si no, a partir del título del diagrama); "/" crea subcarpetas\n' +
    '  --force    sustituye un recorrido que ya tenga ese slug (las personas nunca se sustituyen)',
  'import.unknownFormat': 'no se puede importar el formato "{format}": solo "mermaid"',
  'import.sayFormat': 'di qué quieres importar: npm run import -- mermaid <archivo.mmd>',
  'import.sayFile': 'di qué diagrama importar: npm run import -- mermaid <archivo.mmd>',
  'import.flagNotASlug': '{flag} "{value}" no es un slug: usa minúsculas, cifras y "-", con "/" para las subcarpetas',
  'import.cannotRead': 'import: no se puede leer {file}: {reason}',
  'import.noSuchFile': 'no existe',
  'import.isFolder': 'es una carpeta',
  'import.titleWithoutSlug': '{file}: no se puede hacer un slug con el título "{title}": indícalo con --slug <slug>',
  'import.exists': 'import: {file} ya existe; no se ha escrito nada. Usa --force para sustituirlo, o --slug <otro-slug>.',
  'import.usesPersona': 'Protagonista: la persona existente "{slug}".',
  'import.otherActors': 'Otros personajes del diagrama, anotados en un comentario: {names}.',
  'import.looseTasks': 'Las tareas anteriores a la primera sección están en una fase "{phase}"; cámbiale el nombre si quieres.',
  'import.setChannels': 'Revisa los canales: Mermaid no dice dónde ocurre cada paso y todos son "web".',

  'check.usage': 'Uso: npm run check [-- --format text|json] [--strict] [--due] [--audience internal|public]',
  'check.badFormat': '--format debe ser "text" o "json"; se ha dado "{format}"',
  'check.files': { one: '{count} archivo revisado', other: '{count} archivos revisados' },
  'check.errors': { one: '{count} error', other: '{count} errores' },
  'check.warnings': { one: '{count} aviso', other: '{count} avisos' },
  'check.overdue': { one: '{count} recorrido con la revisión vencida', other: '{count} recorridos con la revisión vencida' },
  'check.summary': '{files} en {ms} ms: {errors}, {warnings}',

  'common.langMustBe': '--lang debe ser uno de {langs}; se ha dado "{lang}"',
  'common.unexpected': 'texto de más: {words} (pon entre comillas un valor que tenga espacios)',
  'common.didYouMean': ' (¿querías decir "{match}"?)',
  'common.created': 'Creado {file}',
  'common.check': 'Compruébalo: npm run check',
  'common.preview': 'Míralo: npm run dev y abre {url}',
  'common.cancelled': 'Cancelado: no se ha escrito nada.',

  // Mermaid import of what Mermaid accepts, and check --strict (issue 13)
  'import.placeholderPersona': 'El diagrama no nombra a nadie: la persona "{slug}" ocupa su lugar. Ponle nombre (o repite la importación con --persona <slug>).',
  'import.titleFromFile': 'El diagrama no tiene título: el recorrido se llama como el archivo {file}. Cámbialo en "title".',
  'import.placeholderTouchpoint': 'El diagrama no tiene tareas: el recorrido lleva un punto de contacto de ejemplo que debes sustituir.',
  'check.strictFailed': ' (--strict: los avisos hacen fallar la comprobación)',

  // Build progress
  'build.phase.validation': 'Validación',
  'build.phase.pages': 'Páginas',
  'build.phase.images': 'Imágenes para compartir',
  'build.phase.search': 'Índice de búsqueda',
  'build.files': { one: '{count} archivo', other: '{count} archivos' },
  'build.pages': { one: '{count} página', other: '{count} páginas' },
  'build.images': { one: '{count} imagen', other: '{count} imágenes' },
  'build.timeLeft': 'quedan ~{time}',
  'build.preparing': 'Astro prepara el sitio ({time})',
  'build.working': 'en curso ({time})',
  'build.starting': 'en marcha',
  'build.doneIn': '{what} en {time}',
  'build.summary': 'Construido en {time}:',
  'build.summary.validation': '{files} en {time}: {validated}, {cached}',
  'build.validated': { one: '{count} validado', other: '{count} validados' },
  'build.fromCache': '{count} de la caché',
  'build.summary.pages': '{files} en {time}: {rendered}, {copied}',
  'build.renderedFiles': { one: '{count} generado', other: '{count} generados' },
  'build.copiedFromAstro': { one: '{count} copiado de la caché de Astro', other: '{count} copiados de la caché de Astro' },
  'build.summary.images': '{images} en {time}: {rendered}, {cached}',
  'build.renderedImages': { one: '{count} generada', other: '{count} generadas' },
  'build.summary.search': '{pages} en {time}: {indexed}, {copied}',
  'build.shardsIndexed': { one: '{count} fragmento indexado', other: '{count} fragmentos indexados' },
  'build.shardsCopied': { one: '{count} copiado de la caché', other: '{count} copiados de la caché' },
} as const satisfies Record<string, Message>;
