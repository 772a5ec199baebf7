import { describe, expect, it } from 'vitest';
import { journeyDraftFromMermaid } from '../../src/authoring/journey-from-mermaid.ts';
import { journeyFileText, type JourneyDraft } from '../../src/authoring/journey-file.ts';
import { newJourneyDraft, parsePhaseList } from '../../src/authoring/new-journey.ts';
import { personaFileText } from '../../src/authoring/persona-file.ts';
import { nameFromSlug, slugify, titleFromSlug, uniqueIds } from '../../src/authoring/slugify.ts';
import { readMermaidJourney } from '../../src/export/mermaid-read.ts';
import { LOCALES } from '../../src/schema/locales.ts';
import type { SourceFile } from '../../src/sources/content-files.ts';
import { validateContent } from '../../src/validate/validate-content.ts';
import { parseSource } from '../../src/validate/frontmatter.ts';

function source(collection: 'personas' | 'journeys', slug: string, text: string): SourceFile {
  return { collection, slug, file: `content/${collection}/${slug}.mdx`, absolutePath: `/nowhere/${slug}.mdx`, format: 'mdx', text };
}

/** Every problem `npm run check` would report for a handbook made of these two files. */
function problemsOf(persona: string, journey: string) {
  const result = validateContent(
    { root: '/nowhere', personas: [source('personas', 'ana', persona)], journeys: [source('journeys', 'alta', journey)], tracks: [], research: [] },
    { reviewIntervalMonths: 6, today: new Date('2026-03-01T00:00:00Z') },
  );
  return result.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`);
}

describe('slugs and ids from names', () => {
  it('removes accents and joins words with dashes', () => {
    expect(slugify('Atención al cliente')).toBe('atencion-al-cliente');
    expect(slugify('  ¿Pedir cita?  ')).toBe('pedir-cita');
    expect(slugify('Straße & Ærø')).toBe('strasse-aero');
    expect(slugify('🙂')).toBe('');
  });

  it('numbers repeated names and names with nothing usable', () => {
    expect(uniqueIds(['Usar', 'Usar', '¿?', 'usar'], 'fase')).toEqual(['usar', 'usar-2', 'fase-3', 'usar-3']);
  });

  it('makes readable defaults from a slug', () => {
    expect(titleFromSlug('banca/alta-online')).toBe('Alta online');
    expect(nameFromSlug('clientes/maria-gomez')).toBe('Maria Gomez');
  });

  it('reads a comma-separated phase list, capitalising each name', () => {
    expect(parsePhaseList('descubrir, contratar ,, usar el producto ')).toEqual(['Descubrir', 'Contratar', 'Usar el producto']);
  });
});

describe('the files new and import write', () => {
  const persona = personaFileText({ name: 'Ana "la de siempre": #1' }, { lang: 'es' });

  it('validate as written, in every language', () => {
    for (const lang of LOCALES) {
      const journey = journeyFileText(newJourneyDraft({ title: 'Alta', persona: 'ana', phaseNames: [], lang }), { lang, today: '2026-03-01' });
      expect(problemsOf(personaFileText({ name: 'Ana' }, { lang }), journey)).toEqual([]);
    }
  });

  it('write comments, placeholders and phase ids in the language asked for', () => {
    const draft = newJourneyDraft({ title: 'Abrir conta', persona: 'ana', phaseNames: ['Descobrir', '¿?'], lang: 'pt' });
    expect(draft.phases).toEqual([
      { id: 'descobrir', name: 'Descobrir' },
      { id: 'fase-2', name: '¿?' },
    ]);
    expect(draft.touchpoints[0]!.title).toBe('O que a persona faz ou vive em «Descobrir»');
    const text = journeyFileText(draft, { lang: 'pt', today: '2026-03-01' });
    expect(text).toContain('# Título da jornada, tal como aparece no manual.');
    expect(newJourneyDraft({ title: 'Sign up', persona: 'ana', phaseNames: ['?'], lang: 'en' }).phases[0]!.id).toBe('phase-1');
    expect(personaFileText({ name: 'Ana' }, { lang: 'pt' })).toContain('# Nome que aparece no manual.');
  });

  it('keep titles and names with quotes, colons and # exactly', () => {
    const draft: JourneyDraft = {
      title: '* Cita: "urgente" #2',
      persona: 'ana',
      summary: '¿Y ahora qué? — dijo: «nada»',
      phases: [{ id: 'a', name: '- Fase: uno' }],
      touchpoints: [{ phase: 'a', title: '[Llama] & espera: 20 min', channel: 'phone', emotion: -2 }],
    };
    const text = journeyFileText(draft, { lang: 'es', today: '2026-03-01' });
    expect(problemsOf(persona, text)).toEqual([]);
    expect(parseSource(text).data).toMatchObject({
      title: draft.title,
      summary: draft.summary,
      phases: [{ id: 'a', name: '- Fase: uno' }],
      touchpoints: [{ title: '[Llama] & espera: 20 min', emotion: -2 }],
    });
    expect(parseSource(persona).data).toEqual({ name: 'Ana "la de siempre": #1' });
  });

  it('list supporting characters on a persona made from a diagram', () => {
    const text = personaFileText({ name: 'Luis', supporting: [{ name: 'Carmen' }, { name: 'Su médico: el Dr. Gil' }] }, { lang: 'es' });
    expect(parseSource(text).data).toEqual({ name: 'Luis', supporting: [{ name: 'Carmen' }, { name: 'Su médico: el Dr. Gil' }] });
  });
});

describe('a journey from a Mermaid diagram', () => {
  const read = readMermaidJourney(`journey
  title Renovar el DNI
  accDescr: Cómo lo vive Luis
  Entra: 3: Luis
  section Pedir cita
    Busca la web: 3: Luis
    No hay citas: 1: Luis, Carmen
  section Pedir cita
    Vuelve a intentarlo: 5: Luis
`);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const draft = journeyDraftFromMermaid(read.diagram, 'luis', 'es');

  it('makes a phase per section, with ids from the names, and one for tasks before any section', () => {
    expect(draft.phases).toEqual([
      { id: 'general', name: 'General' },
      { id: 'pedir-cita', name: 'Pedir cita' },
      { id: 'pedir-cita-2', name: 'Pedir cita' },
    ]);
  });

  it('turns scores 1…5 into emotions −2…2 on the web channel, in diagram order', () => {
    expect(draft.touchpoints).toEqual([
      { phase: 'general', title: 'Entra', channel: 'web', emotion: 0 },
      { phase: 'pedir-cita', title: 'Busca la web', channel: 'web', emotion: 0 },
      { phase: 'pedir-cita', title: 'No hay citas', channel: 'web', emotion: -2 },
      { phase: 'pedir-cita-2', title: 'Vuelve a intentarlo', channel: 'web', emotion: 2 },
    ]);
  });

  it('names the phase of tasks before any section in the language asked for', () => {
    expect(journeyDraftFromMermaid(read.diagram, 'luis', 'pt').phases[0]).toEqual({ id: 'geral', name: 'Geral' });
  });

  it('keeps the accessible description as the summary and validates as written', () => {
    expect(draft.summary).toBe('Cómo lo vive Luis');
    const journey = journeyFileText({ ...draft, persona: 'ana' }, { lang: 'es', today: '2026-03-01', channelNote: 'revisa el canal' });
    expect(problemsOf(personaFileText({ name: 'Ana' }, { lang: 'es' }), journey)).toEqual([]);
  });
});
