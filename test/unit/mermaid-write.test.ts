import { describe, expect, it } from 'vitest';
import { scoreForEmotion, writeMermaidJourney, type MermaidJourneySource } from '../../src/export/mermaid-write.ts';
import { readMermaidJourney } from '../../src/export/mermaid-read.ts';
import { parseWithMermaid } from '../helpers/mermaid-in-node.ts';

const JOURNEY: MermaidJourneySource = {
  title: 'Abrir una cuenta online',
  summary: 'Lucía abre una cuenta desde el móvil.\nTarda seis días.',
  phases: [
    { id: 'descubrir', name: 'Descubrir' },
    { id: 'solicitar', name: 'Solicitar' },
    { id: 'usar', name: 'Primer uso' },
  ],
  touchpoints: [
    { phase: 'descubrir', title: 'Ve un anuncio en Instagram', emotion: 1 },
    { phase: 'descubrir', title: 'Compara condiciones', emotion: 2 },
    { phase: 'solicitar', title: 'Rellena un formulario de 34 campos', emotion: -1 },
    { phase: 'solicitar', title: 'La videoidentificación falla', emotion: -3 },
    { phase: 'usar', title: 'Paga con el móvil', emotion: 3 },
  ],
};

/** Titles that collide with Mermaid's grammar in every way we know of. */
const AWKWARD: MermaidJourneySource = {
  title: 'Cita: paso #1; urgente',
  phases: [
    { id: 'a', name: 'Fase: uno' },
    { id: 'b', name: 'Section 2' },
    { id: 'c', name: 'Vacía' },
  ],
  touchpoints: [
    { phase: 'a', title: 'Llama: "¿hay cita?"', emotion: 0 },
    { phase: 'a', title: 'Title deed signed', emotion: 1 },
    { phase: 'a', title: 'Journey planner #2', emotion: -2 },
    { phase: 'b', title: 'section of the form; part two', emotion: 2 },
    { phase: 'b', title: '%% off the price', emotion: 0 },
    { phase: 'b', title: '100%% online\nsin papeles', emotion: 1 },
    { phase: 'b', title: 'accTitle is a word', emotion: 1 },
  ],
};

describe('Mermaid journey writer', () => {
  it('maps emotion to score as emotion + 3, kept within 1…5', () => {
    expect([-3, -2, -1, 0, 1, 2, 3].map(scoreForEmotion)).toEqual([1, 1, 2, 3, 4, 5, 5]);
  });

  it('writes the title, one section per phase and one task per touchpoint with the persona as actor', () => {
    expect(writeMermaidJourney(JOURNEY, 'Lucía Martín')).toBe(
      [
        'journey',
        '  title Abrir una cuenta online',
        '  accDescr: Lucía abre una cuenta desde el móvil. Tarda seis días.',
        '  section Descubrir',
        '    Ve un anuncio en Instagram: 4: Lucía Martín',
        '    Compara condiciones: 5: Lucía Martín',
        '  section Solicitar',
        '    Rellena un formulario de 34 campos: 2: Lucía Martín',
        '    La videoidentificación falla: 1: Lucía Martín',
        '  section Primer uso',
        '    Paga con el móvil: 5: Lucía Martín',
        '',
      ].join('\n'),
    );
  });

  it('keeps a phase without touchpoints as an empty section', () => {
    expect(writeMermaidJourney(AWKWARD, 'Ana')).toContain('  section Vacía\n');
  });

  it('writes ":", "#" and ";" as Mermaid entity codes and never breaks a title over lines', () => {
    const text = writeMermaidJourney(AWKWARD, 'Ana: la de "Compras", #1');
    expect(text).toContain('  title Cita: paso #35;1#59; urgente');
    expect(text).toContain('  section Fase#58; uno');
    expect(text).toContain('    Llama#58; "¿hay cita?": 3: Ana#58; la de "Compras"#44; #35;1');
    expect(text.split('\n').filter((line) => line.startsWith('    '))).toHaveLength(AWKWARD.touchpoints.length);
  });

  it('writes text Mermaid parses, with every section, task, score and actor intact', async () => {
    const parsed = await parseWithMermaid(writeMermaidJourney(JOURNEY, 'Lucía Martín'));
    expect(parsed.title).toBe('Abrir una cuenta online');
    expect(parsed.sections).toEqual(['Descubrir', 'Solicitar', 'Primer uso']);
    expect(parsed.tasks.map((task) => [task.section, task.task, task.score, task.people])).toEqual([
      ['Descubrir', 'Ve un anuncio en Instagram', 4, ['Lucía Martín']],
      ['Descubrir', 'Compara condiciones', 5, ['Lucía Martín']],
      ['Solicitar', 'Rellena un formulario de 34 campos', 2, ['Lucía Martín']],
      ['Solicitar', 'La videoidentificación falla', 1, ['Lucía Martín']],
      ['Primer uso', 'Paga con el móvil', 5, ['Lucía Martín']],
    ]);
  });

  it('writes text Mermaid parses even when titles contain its reserved characters and keywords', async () => {
    const parsed = await parseWithMermaid(writeMermaidJourney(AWKWARD, 'Ana: la de "Compras", #1'));
    expect(parsed.title).toBe('Cita: paso #1; urgente');
    expect(parsed.sections).toEqual(['Fase: uno', 'Section 2', 'Vacía']);
    expect(parsed.tasks.map((task) => task.task)).toEqual([
      'Llama: "¿hay cita?"',
      'Title deed signed',
      'Journey planner #2',
      'section of the form; part two',
      '%% off the price',
      '100%% online sin papeles',
      'accTitle is a word',
    ]);
    expect(parsed.tasks.map((task) => task.score)).toEqual([3, 4, 1, 5, 3, 4, 4]);
    expect(new Set(parsed.tasks.map((task) => task.people.join('|')))).toEqual(new Set(['Ana: la de "Compras", #1']));
  });

  it('is checked against a parser that really rejects broken diagrams', async () => {
    await expect(parseWithMermaid('journey\n  section A\n    Bad; task: 5: Me\n')).rejects.toThrow(/Parse error/);
  });
});

describe('Mermaid round trip', () => {
  it('import(export(journey)) keeps the title, the phase names and the scores', () => {
    const result = readMermaidJourney(writeMermaidJourney(JOURNEY, 'Lucía Martín'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.diagram.title).toBe(JOURNEY.title);
    expect(result.diagram.sections.map((section) => section.name)).toEqual(JOURNEY.phases.map((phase) => phase.name));
    expect(result.diagram.sections.flatMap((section) => section.tasks.map((task) => task.score))).toEqual(
      JOURNEY.touchpoints.map((touchpoint) => scoreForEmotion(touchpoint.emotion)),
    );
    expect(result.diagram.sections.flatMap((section) => section.tasks.map((task) => task.title))).toEqual(
      JOURNEY.touchpoints.map((touchpoint) => touchpoint.title),
    );
    expect(result.diagram.actors).toEqual(['Lucía Martín']);
    expect(result.diagram.accDescr).toBe('Lucía abre una cuenta desde el móvil. Tarda seis días.');
  });

  it('keeps titles with reserved characters exactly as written', () => {
    const result = readMermaidJourney(writeMermaidJourney(AWKWARD, 'Ana'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.diagram.title).toBe(AWKWARD.title);
    expect(result.diagram.sections.map((section) => section.name)).toEqual(AWKWARD.phases.map((phase) => phase.name));
    expect(result.diagram.sections.flatMap((section) => section.tasks.map((task) => task.title))).toEqual(
      AWKWARD.touchpoints.map((touchpoint) => touchpoint.title.replace(/\s+/g, ' ')),
    );
  });
});
