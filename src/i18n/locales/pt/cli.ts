import type { CliMessages } from '../../catalogue.ts';

/** What `npm run new`, `npm run import` and `npm run check` say, in European Portuguese. */
export const cli: CliMessages = {
  'new.usage':
    'Utilização:\n' +
    '  npm run new -- journey <slug> [--persona <slug>] [--title "…"] [--phases "Descobrir, Contratar, Usar"] [--lang {langs}]\n' +
    '  npm run new -- persona <slug> [--name "…"] [--role "…"] [--lang {langs}]\n' +
    '\n' +
    'Um slug é o nome do ficheiro sem extensão; "/" cria subpastas (banca/abertura-conta).\n' +
    'Num terminal, pergunta-se o que não for dado numa opção; --interactive pergunta mesmo quando a entrada vem de outro programa.',
  'new.unknownKind': 'não é possível criar "{kind}": escreva "journey" ou "persona"',
  'new.sayKind': 'indique o que quer criar: journey ou persona',
  'new.saySlug': 'indique que {kind} criar: npm run new -- {kind} <slug>',
  'new.notASlug': '"{text}" não é um slug: use minúsculas, algarismos e "-", com "/" para as subpastas',
  'new.notASlugTry': '"{text}" não é um slug: use minúsculas, algarismos e "-", com "/" para as subpastas (experimente "{suggestion}")',
  'new.phasesEmpty': '--phases precisa de pelo menos um nome, por exemplo --phases "Descobrir, Contratar, Usar"',
  'new.exists': 'new: {file} já existe; não foi escrito nada. Escolha outro slug ou edite esse ficheiro.',
  'new.noPersonas': 'new: uma jornada precisa de uma persona protagonista e este manual ainda não tem nenhuma.',
  'new.createPersonaFirst': '  Crie uma primeiro: npm run new -- persona <slug>   (por exemplo: npm run new -- persona maria-gomes)',
  'new.unknownPersona': 'new: não existe nenhuma persona "{slug}"{hint} (personas: {list}). Para a criar: npm run new -- persona {newSlug}',
  'new.whichPersona': 'new: que persona protagoniza a jornada? Indique-a com --persona <slug> (personas: {list})',
  'new.askTitle': 'Título da jornada',
  'new.askPersona': 'Persona protagonista ({list})',
  'new.askPhases': 'Fases, separadas por vírgulas',
  'new.askName': 'Nome da persona',
  'new.askRole': 'Uma linha que a descreva (opcional)',
  'new.notAPersona': 'Não existe nenhuma persona "{slug}"{hint}. Escreva um dos slugs da lista.',
  'new.fillIn': 'Preencha-o: cada campo tem um comentário que explica o que escrever.',

  'import.usage':
    'Utilização:\n' +
    '  npm run import -- mermaid <ficheiro.mmd> [--persona <slug>] [--slug <slug>] [--force] [--lang {langs}]\n' +
    '\n' +
    '  --persona  o slug da persona protagonista (por omissão, o primeiro ator do diagrama; o ficheiro é criado se for preciso)\n' +
    '  --slug     o slug da jornada (por omissão, a partir do título do diagrama); "/" cria subpastas\n' +
    '  --force    substitui uma jornada que já tenha esse slug (as personas nunca são substituídas)',
  'import.unknownFormat': 'não é possível importar o formato "{format}": só "mermaid"',
  'import.sayFormat': 'indique o que quer importar: npm run import -- mermaid <ficheiro.mmd>',
  'import.sayFile': 'indique que diagrama importar: npm run import -- mermaid <ficheiro.mmd>',
  'import.flagNotASlug': '{flag} "{value}" não é um slug: use minúsculas, algarismos e "-", com "/" para as subpastas',
  'import.cannotRead': 'import: não é possível ler {file}: {reason}',
  'import.noSuchFile': 'o ficheiro não existe',
  'import.isFolder': 'é uma pasta',
  'import.titleWithoutSlug': '{file}: não é possível fazer um slug a partir do título "{title}": indique-o com --slug <slug>',
  'import.exists': 'import: {file} já existe; não foi escrito nada. Use --force para o substituir, ou --slug <outro-slug>.',
  'import.usesPersona': 'Protagonista: a persona existente "{slug}".',
  'import.otherActors': 'Outras personagens do diagrama, anotadas num comentário: {names}.',
  'import.looseTasks': 'As tarefas anteriores à primeira secção estão numa fase "{phase}"; mude-lhe o nome, se quiser.',
  'import.setChannels': 'Reveja os canais: o Mermaid não diz onde acontece cada passo e todos ficam como "web".',

  'check.usage': 'Utilização: npm run check [-- --format text|json] [--strict] [--due] [--audience internal|public]',
  'check.badFormat': '--format tem de ser "text" ou "json"; foi dado "{format}"',
  'check.files': { one: '{count} ficheiro verificado', other: '{count} ficheiros verificados' },
  'check.errors': { one: '{count} erro', other: '{count} erros' },
  'check.warnings': { one: '{count} aviso', other: '{count} avisos' },
  'check.overdue': { one: '{count} jornada com a revisão em atraso', other: '{count} jornadas com a revisão em atraso' },
  'check.summary': '{files} em {ms} ms: {errors}, {warnings}',

  'common.langMustBe': '--lang tem de ser um de {langs}; foi dado "{lang}"',
  'common.unexpected': 'texto a mais: {words} (ponha entre aspas um valor que tenha espaços)',
  'common.didYouMean': ' (queria dizer "{match}"?)',
  'common.created': 'Criado {file}',
  'common.check': 'Verifique-o: npm run check',
  'common.preview': 'Veja-o: npm run dev e abra {url}',
  'common.cancelled': 'Cancelado: não foi escrito nada.',

  // Mermaid import of what Mermaid accepts, and check --strict (issue 13)
  'import.placeholderPersona': 'O diagrama não nomeia ninguém: a persona "{slug}" ocupa o seu lugar. Dê-lhe um nome (ou repita a importação com --persona <slug>).',
  'import.titleFromFile': 'O diagrama não tem título: a jornada tem o nome do ficheiro {file}. Altere-o em "title".',
  'import.placeholderTouchpoint': 'O diagrama não tem tarefas: a jornada leva um ponto de contacto de exemplo que deve substituir.',
  'check.strictFailed': ' (--strict: os avisos fazem falhar a verificação)',

  // Build progress
  'build.phase.validation': 'Validação',
  'build.phase.pages': 'Páginas',
  'build.phase.images': 'Imagens de partilha',
  'build.phase.search': 'Índice de pesquisa',
  'build.files': { one: '{count} ficheiro', other: '{count} ficheiros' },
  'build.pages': { one: '{count} página', other: '{count} páginas' },
  'build.images': { one: '{count} imagem', other: '{count} imagens' },
  'build.timeLeft': 'faltam ~{time}',
  'build.preparing': 'o Astro prepara o site ({time})',
  'build.working': 'em curso ({time})',
  'build.starting': 'em curso',
  'build.doneIn': '{what} em {time}',
  'build.summary': 'Construído em {time}:',
  'build.summary.validation': '{files} em {time}: {validated}, {cached}',
  'build.validated': { one: '{count} validado', other: '{count} validados' },
  'build.fromCache': '{count} da cache',
  'build.summary.pages': '{files} em {time}: {rendered}, {copied}',
  'build.renderedFiles': { one: '{count} gerado', other: '{count} gerados' },
  'build.copiedFromAstro': { one: '{count} copiado da cache do Astro', other: '{count} copiados da cache do Astro' },
  'build.summary.images': '{images} em {time}: {rendered}, {cached}',
  'build.renderedImages': { one: '{count} gerada', other: '{count} geradas' },
  'build.summary.search': '{pages} em {time}: {indexed}, {copied}',
  'build.shardsIndexed': { one: '{count} fragmento indexado', other: '{count} fragmentos indexados' },
  'build.shardsCopied': { one: '{count} copiado da cache', other: '{count} copiados da cache' },
};
