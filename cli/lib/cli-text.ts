/**
 * What `new` and `import` say to the person at the keyboard: questions and the closing summary,
 * in the handbook's language. Errors stay in English, like every message of `check` and `build`,
 * so one error reads the same wherever it comes from.
 */
import type { Locale } from '../../src/schema/settings.ts';

const es = {
  askTitle: 'Título del recorrido',
  askPersona: (list: string) => `Persona protagonista (${list})`,
  askPhases: 'Fases, separadas por comas',
  askName: 'Nombre de la persona',
  askRole: 'Una línea que la describa (opcional)',
  unknownPersona: (slug: string, hint: string) => `No hay ninguna persona "${slug}"${hint}. Escribe uno de los slugs de la lista.`,
  cancelled: 'Cancelado: no se ha escrito nada.',
  created: (file: string) => `Creado ${file}`,
  fillIn: 'Rellénalo: cada campo lleva un comentario que explica qué poner.',
  check: 'Compruébalo: npm run check',
  preview: (url: string) => `Míralo: npm run dev y abre ${url}`,
  setChannels: 'Revisa los canales: Mermaid no dice dónde ocurre cada paso y todos son "web".',
  usesPersona: (slug: string) => `Protagonista: la persona existente "${slug}".`,
  otherActors: (names: string) => `Otros personajes del diagrama, anotados en un comentario: ${names}.`,
  looseTasks: (phase: string) => `Las tareas anteriores a la primera sección están en una fase "${phase}"; cámbiale el nombre si quieres.`,
  // Mermaid import: what Mermaid accepts and a journey still needs (issue 13)
  placeholderPersona: (slug: string) => `El diagrama no nombra a nadie: la persona "${slug}" ocupa su lugar. Ponle nombre (o repite la importación con --persona <slug>).`,
  titleFromFile: (file: string) => `El diagrama no tiene título: el recorrido se llama como el archivo ${file}. Cámbialo en "title".`,
  placeholderTouchpoint: 'El diagrama no tiene tareas: el recorrido lleva un punto de contacto de ejemplo que debes sustituir.',
};

export type CliText = typeof es;

const en: CliText = {
  askTitle: 'Journey title',
  askPersona: (list: string) => `Protagonist persona (${list})`,
  askPhases: 'Phases, separated by commas',
  askName: "The persona's name",
  askRole: 'One line that describes them (optional)',
  unknownPersona: (slug: string, hint: string) => `There is no persona "${slug}"${hint}. Type one of the slugs listed.`,
  cancelled: 'Cancelled: nothing was written.',
  created: (file: string) => `Created ${file}`,
  fillIn: 'Fill it in: every field has a comment that says what to write.',
  check: 'Check it: npm run check',
  preview: (url: string) => `Preview it: npm run dev, then open ${url}`,
  setChannels: 'Check the channels: Mermaid does not say where each step happens, so every one is "web".',
  usesPersona: (slug: string) => `Protagonist: the existing persona "${slug}".`,
  otherActors: (names: string) => `Other characters in the diagram, noted in a comment: ${names}.`,
  looseTasks: (phase: string) => `The tasks before the first section are in a phase called "${phase}"; rename it if you like.`,
  // Mermaid import: what Mermaid accepts and a journey still needs (issue 13)
  placeholderPersona: (slug: string) => `The diagram names nobody: the persona "${slug}" stands in. Give it a name (or import again with --persona <slug>).`,
  titleFromFile: (file: string) => `The diagram has no title: the journey is named after the file ${file}. Change its "title".`,
  placeholderTouchpoint: 'The diagram has no tasks: the journey has one example touchpoint for you to replace.',
};

export function cliText(lang: Locale): CliText {
  return lang === 'en' ? en : es;
}
