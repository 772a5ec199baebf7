import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyData } from '../../src/schema/journey.ts';
import { parseSource } from '../../src/validate/frontmatter.ts';
import { parseWithMermaid } from '../helpers/mermaid-in-node.ts';
import { createFixture, type Fixture } from './harness.ts';

/** A journey in a sub-folder whose names use the characters Mermaid reserves. */
const AWKWARD_JOURNEY = `---
title: "Cita previa: urgencias #2; noche"
persona: ana
phases:
  - id: llamar
    name: "Llamar: 112"
  - id: esperar
    name: Esperar
touchpoints:
  - phase: llamar
    title: "Marca el 112; nadie contesta"
    channel: phone
    emotion: -3
  - phase: esperar
    title: Title of the form
    channel: in-person
    emotion: 3
---
`;

describe('the Mermaid export of a built handbook', () => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = createFixture('minimal', { files: { 'content/journeys/urgencias/noche.mdx': AWKWARD_JOURNEY } });
    const result = await fixture.run('cli/build.ts');
    expect(result.code, result.stderr).toBe(0);
  });
  afterAll(() => fixture.remove());

  it('serves /journeys/<slug>.mmd for every journey, sub-folders included', () => {
    expect(fixture.exists('journeys/alta.mmd')).toBe(true);
    expect(fixture.exists('journeys/urgencias/noche.mmd')).toBe(true);
  });

  it('writes a diagram Mermaid parses, with score = emotion + 3 and the persona as actor', async () => {
    const parsed = await parseWithMermaid(fixture.read('journeys/alta.mmd'));
    expect(parsed.title).toBe('Darse de alta');
    expect(parsed.sections).toEqual(['Descubrir', 'Contratar']);
    expect(parsed.tasks.map((task) => [task.task, task.score, task.people])).toEqual([
      ['Lee la web', 4, ['Ana Fernández']],
      ['Llama al centro de atención', 1, ['Ana Fernández']],
    ]);
  });

  it('keeps reserved characters through Mermaid and clamps emotions ±3 to scores 1 and 5', async () => {
    const parsed = await parseWithMermaid(fixture.read('journeys/urgencias/noche.mmd'));
    expect(parsed.title).toBe('Cita previa: urgencias #2; noche');
    expect(parsed.sections).toEqual(['Llamar: 112', 'Esperar']);
    expect(parsed.tasks.map((task) => [task.task, task.score])).toEqual([
      ['Marca el 112; nadie contesta', 1],
      ['Title of the form', 5],
    ]);
  });

  it('imports back to the same title, phase names and scores', async () => {
    const mmd = join(fixture.root, 'noche.mmd');
    writeFileSync(mmd, fixture.read('journeys/urgencias/noche.mmd'));
    const result = await fixture.run('cli/import.ts', ['mermaid', mmd, '--slug', 'reimportado', '--persona', 'ana']);
    expect(result.code, result.stderr).toBe(0);
    const check = await fixture.run('cli/check.ts');
    expect(check.code, check.stderr).toBe(0);
    const imported = parseSource(readFileSync(join(fixture.root, 'content/journeys/reimportado.mdx'), 'utf8')).data as JourneyData;
    expect(imported.title).toBe('Cita previa: urgencias #2; noche');
    expect(imported.phases.map((phase) => phase.name)).toEqual(['Llamar: 112', 'Esperar']);
    // Scores 1 and 5 come back as −2 and 2: Mermaid's range is narrower than Journeybook's.
    expect(imported.touchpoints.map((touchpoint) => [touchpoint.title, touchpoint.emotion])).toEqual([
      ['Marca el 112; nadie contesta', -2],
      ['Title of the form', 2],
    ]);
  });
});
