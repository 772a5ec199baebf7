import { describe, expect, it } from 'vitest';
import { diffMaps, diffRevisions } from '../../src/domain/revision-diff.ts';
import type { MapSnapshot } from '../../src/model/types.ts';
import { readMapSnapshot } from '../../src/validate/revision-snapshot.ts';

type Step = [id: string | undefined, title: string, phase: string, emotion: number | undefined];

/** A map as a revision holds it: phases as [id, name], touchpoints as [written id, title, phase, emotion]. */
function map(phases: Array<[string, string]>, steps: Step[], title = 'Urgencias'): MapSnapshot {
  return {
    title,
    phases: phases.map(([id, name]) => ({ id, name })),
    touchpoints: steps.map(([id, title, phase, emotion], index) => ({ id: id ?? `t${index + 1}`, explicitId: id !== undefined, title, phase, emotion })),
  };
}

const PHASES: Array<[string, string]> = [
  ['llegar', 'Llegar'],
  ['esperar', 'Esperar'],
];

describe('what a revision changed in the map', () => {
  it('tells a first revision apart as the creation of the map', () => {
    expect(diffMaps(undefined, map(PHASES, [[undefined, 'Llamada', 'llegar', -3]]))).toEqual([{ kind: 'created', phases: 2, touchpoints: 1 }]);
  });

  it('reports an emotion changed on the same step', () => {
    const before = map(PHASES, [['llamada', 'Llamada', 'llegar', -3]]);
    const after = map(PHASES, [['llamada', 'Llamada', 'llegar', -1]]);
    expect(diffMaps(before, after)).toEqual([{ kind: 'emotion-changed', title: 'Llamada', from: -3, to: -1 }]);
  });

  it('does not mistake an inserted step for changes to every step after it (default ids shift)', () => {
    const before = map(PHASES, [[undefined, 'Llamada', 'llegar', -3], [undefined, 'Triaje', 'esperar', -1]]);
    const after = map(PHASES, [[undefined, 'Llamada', 'llegar', -3], [undefined, 'Recepción', 'llegar', 0], [undefined, 'Triaje', 'esperar', -1]]);
    expect(diffMaps(before, after)).toEqual([{ kind: 'touchpoint-added', title: 'Recepción', phase: 'Llegar' }]);
  });

  it('reports a removed step with the phase it was in', () => {
    const before = map(PHASES, [[undefined, 'Llamada', 'llegar', -3], [undefined, 'Triaje', 'esperar', -1]]);
    const after = map(PHASES, [[undefined, 'Triaje', 'esperar', -1]]);
    expect(diffMaps(before, after)).toEqual([{ kind: 'touchpoint-removed', title: 'Llamada', phase: 'Llegar' }]);
  });

  it('reports a step moved between phases, and a step retitled in place', () => {
    const before = map(PHASES, [['triaje', 'Triaje', 'llegar', -1], [undefined, 'Sala de espera', 'esperar', -2]]);
    const after = map(PHASES, [['triaje', 'Triaje', 'esperar', -1], [undefined, 'Sala de espera llena', 'esperar', -2]]);
    expect(diffMaps(before, after)).toEqual([
      { kind: 'touchpoint-moved', title: 'Triaje', from: 'Llegar', to: 'Esperar' },
      { kind: 'touchpoint-retitled', from: 'Sala de espera', to: 'Sala de espera llena' },
    ]);
  });

  it('matches a step by its title whatever its case and accents', () => {
    const before = map(PHASES, [[undefined, 'Llamada al 112', 'llegar', -3]]);
    const after = map(PHASES, [['llamada', 'LLAMADA al 112.', 'llegar', -2]]);
    expect(diffMaps(before, after)).toEqual([
      { kind: 'touchpoint-retitled', from: 'Llamada al 112', to: 'LLAMADA al 112.' },
      { kind: 'emotion-changed', title: 'LLAMADA al 112.', from: -3, to: -2 },
    ]);
  });

  it('reports phases renamed, added and removed, and the journey retitled', () => {
    const before = map(PHASES, [], 'Urgencias');
    const after = map([['llegar', 'Llegada'], ['alta', 'Alta']], [], 'Urgencias del hospital');
    expect(diffMaps(before, after)).toEqual([
      { kind: 'title-changed', from: 'Urgencias', to: 'Urgencias del hospital' },
      { kind: 'phase-renamed', from: 'Llegar', to: 'Llegada' },
      { kind: 'phase-added', name: 'Alta' },
      { kind: 'phase-removed', name: 'Esperar' },
    ]);
  });

  it('says so when a revision cannot be read, and compares the next one with the last readable one', () => {
    const first = map(PHASES, [['llamada', 'Llamada', 'llegar', -3]]);
    const broken: MapSnapshot = { title: undefined, phases: [], touchpoints: [], unreadable: 'line 3: bad indentation' };
    const third = map(PHASES, [['llamada', 'Llamada', 'llegar', -2]]);
    expect(diffRevisions([first, broken, third])).toEqual([
      [{ kind: 'created', phases: 2, touchpoints: 1 }],
      [{ kind: 'unreadable', reason: 'line 3: bad indentation' }],
      [{ kind: 'emotion-changed', title: 'Llamada', from: -3, to: -2 }],
    ]);
  });
});

describe('reading a past revision leniently', () => {
  it('reads what it can of a revision that no longer validates', () => {
    const text = [
      '---',
      'title: Urgencias',
      'emocion_media: 2',
      'phases:',
      '  - { id: llegar, name: Llegar }',
      '  - { nombre: Sin id }',
      'touchpoints:',
      '  - { phase: llegar, title: Llamada, channel: phone, emotion: negative }',
      '  - { id: triaje, phase: llegar, title: Triaje, emotion: 7 }',
      '  - just text',
      '---',
      'Cuerpo',
    ].join('\n');
    expect(readMapSnapshot(text)).toEqual({
      title: 'Urgencias',
      phases: [{ id: 'llegar', name: 'Llegar' }],
      touchpoints: [
        { id: 't1', explicitId: false, title: 'Llamada', phase: 'llegar', emotion: -2 },
        { id: 'triaje', explicitId: true, title: 'Triaje', phase: 'llegar', emotion: undefined },
      ],
    });
  });

  it('says why a revision with broken YAML cannot be read, without throwing', () => {
    const snapshot = readMapSnapshot('---\ntitle: [Urgencias\n---\n');
    expect(snapshot.touchpoints).toEqual([]);
    expect(snapshot.unreadable).toMatch(/^line \d+: /);
  });
});
