import { describe, expect, it } from 'vitest';
import { templateLeftovers } from '../../src/authoring/template-leftovers.ts';
import { journeyFileText } from '../../src/authoring/journey-file.ts';
import { newJourneyDraft } from '../../src/authoring/new-journey.ts';
import { personaFileText } from '../../src/authoring/persona-file.ts';
import { fillPlaceholders, templateText } from '../../src/i18n/index.ts';
import { formatProblem } from '../../src/validate/problem.ts';
import type { SourceFile } from '../../src/sources/content-files.ts';
import type { Locale } from '../../src/schema/settings.ts';

function journeyFile(text: string): SourceFile {
  return { collection: 'journeys', slug: 'alta', file: 'content/journeys/alta.mdx', absolutePath: '/x/content/journeys/alta.mdx', format: 'mdx', text };
}

function personaFile(text: string): SourceFile {
  return { collection: 'personas', slug: 'ana', file: 'content/personas/ana.mdx', absolutePath: '/x/content/personas/ana.mdx', format: 'mdx', text };
}

/** A journey exactly as `npm run new -- journey alta --phases "…"` writes it. */
function untouchedJourney(lang: Locale = 'es', phases = ['Descubrir', 'Contratar']): string {
  return journeyFileText(newJourneyDraft({ title: 'Abrir una cuenta', persona: 'ana', phaseNames: phases, lang }), { lang, today: '2026-03-01' });
}

const lineOf = (text: string, search: string) => text.split('\n').findIndex((line) => line.includes(search)) + 1;

describe('text left as the templates wrote it', () => {
  it('reports every placeholder touchpoint title and the example paragraph of an untouched journey, each at its line', () => {
    const text = untouchedJourney();
    const lines = templateLeftovers([journeyFile(text)]).map(formatProblem);
    const t = templateText('es');
    expect(lines).toEqual([
      `content/journeys/alta.mdx:${lineOf(text, fillPlaceholders(t.touchpointPlaceholder, { phase: 'Descubrir' }))}:5: touchpoints[0].title: still the placeholder "npm run new" wrote: write what the persona does or experiences at this step`,
      `content/journeys/alta.mdx:${lineOf(text, fillPlaceholders(t.touchpointPlaceholder, { phase: 'Contratar' }))}:5: touchpoints[1].title: still the placeholder "npm run new" wrote: write what the persona does or experiences at this step`,
      `content/journeys/alta.mdx:${lineOf(text, t.journeyBody.split('\n')[0]!)}:1: body: still the example paragraph the template wrote: tell the journey's story here, or delete the paragraph`,
    ]);
    expect(templateLeftovers([journeyFile(text)]).every((problem) => problem.severity === 'warning')).toBe(true);
  });

  it('knows the templates of every language, whatever the handbook is written in', () => {
    const text = untouchedJourney('en', ['Before']);
    expect(templateLeftovers([journeyFile(text)]).map((problem) => problem.field)).toEqual(['touchpoints[0].title', 'body']);
  });

  it('says nothing once the author has written their own text', () => {
    const t = templateText('es');
    const text = untouchedJourney()
      .replace(fillPlaceholders(t.touchpointPlaceholder, { phase: 'Descubrir' }), 'Ve un anuncio en el metro')
      .replace(fillPlaceholders(t.touchpointPlaceholder, { phase: 'Contratar' }), 'Firma el contrato')
      .replace(t.journeyBody, 'Ana quiere abrir una cuenta sin ir a la oficina.');
    expect(templateLeftovers([journeyFile(text)])).toEqual([]);
  });

  it('does not count the examples the template leaves in comments', () => {
    const t = templateText('es');
    const text = untouchedJourney().replace(fillPlaceholders(t.touchpointPlaceholder, { phase: 'Descubrir' }), 'Uno').replace(fillPlaceholders(t.touchpointPlaceholder, { phase: 'Contratar' }), 'Dos').replace(t.journeyBody, 'Texto propio.');
    // The commented-out optional fields and the {/* … */} component list are still there.
    expect(text).toContain('# summary:');
    expect(text).toContain('{/*');
    expect(templateLeftovers([journeyFile(text)])).toEqual([]);
  });

  it('reports the example biography of a new persona', () => {
    const text = personaFileText({ name: 'Ana Pérez' }, { lang: 'es' });
    expect(templateLeftovers([personaFile(text)]).map(formatProblem)).toEqual([
      `content/personas/ana.mdx:${lineOf(text, templateText('es').personaBody)}:1: body: still the example paragraph the template wrote: tell their biography here, or delete the paragraph`,
    ]);
  });

  it('reports the placeholder persona of a diagram without actors, and channels the import guessed', () => {
    const t = templateText('es');
    const persona = personaFileText({ name: t.placeholderPersonaName }, { lang: 'es' });
    expect(templateLeftovers([personaFile(persona)]).map((problem) => problem.field)).toEqual(['name', 'body']);
    const journey = journeyFileText(
      { title: 'Importado', persona: 'ana', phases: [{ id: 'a', name: 'A' }], touchpoints: [{ phase: 'a', title: 'Llama', channel: 'web', emotion: 0 }] },
      { lang: 'es', today: '2026-03-01', channelNote: t.channelToCheck },
    ).replace(t.journeyBody, 'Texto.');
    expect(templateLeftovers([journeyFile(journey)]).map(formatProblem)).toEqual([
      `content/journeys/alta.mdx:${lineOf(journey, 'channel: web')}:5: touchpoints[0].channel: the channel was guessed by "npm run import": set where this step really happens, then delete the comment "# revisa el canal"`,
    ]);
  });
});
