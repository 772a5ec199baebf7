import { describe, expect, it } from 'vitest';
import { stepKey, trackPositions, trackTarget } from '../../src/domain/tracks.ts';
import type { Track, TrackTarget } from '../../src/model/types.ts';

/** A track whose steps lead to `targets`, in order. */
function track(id: string, targets: TrackTarget[]): Track {
  return {
    id,
    file: `content/tracks/${id}.md`,
    format: 'md',
    title: id,
    description: undefined,
    audience: undefined,
    visibility: undefined,
    steps: targets.map((target, index) => ({ index, target, key: stepKey(target), note: undefined })),
  };
}

const home: TrackTarget = { kind: 'page', page: 'home' };
const alta: TrackTarget = { kind: 'journey', slug: 'banca/alta' };
const ana: TrackTarget = { kind: 'persona', slug: 'ana' };
const insights: TrackTarget = { kind: 'page', page: 'insights' };

describe('a track step’s target', () => {
  it('is the one thing the step names', () => {
    const title = (id: string) => `Estudio ${id}`;
    expect(trackTarget({ journey: 'banca/alta', note: 'Por qué' }, title)).toEqual({ kind: 'journey', slug: 'banca/alta' });
    expect(trackTarget({ persona: 'ana' }, title)).toEqual({ kind: 'persona', slug: 'ana' });
    expect(trackTarget({ research: 'entrevistas' }, title)).toEqual({ kind: 'research', id: 'entrevistas', title: 'Estudio entrevistas' });
    expect(trackTarget({ page: 'insights' }, title)).toEqual({ kind: 'page', page: 'insights' });
  });

  it('cannot be made from a step that names nothing (validation keeps such steps out)', () => {
    expect(() => trackTarget({ note: 'nada' }, (id) => id)).toThrow(/names no journey/);
  });
});

describe('step keys', () => {
  it('name a page the same way whichever track leads to it', () => {
    expect([alta, ana, home, { kind: 'research', id: 'e', title: 'E' } as const].map(stepKey)).toEqual(['journey:banca/alta', 'persona:ana', 'page:home', 'research:e']);
  });

  it('keep a journey and a persona with the same slug apart', () => {
    expect(stepKey({ kind: 'journey', slug: 'ana' })).not.toBe(stepKey({ kind: 'persona', slug: 'ana' }));
  });
});

describe('a page’s place in tracks', () => {
  const first = track('primera-semana', [home, ana, alta, insights]);
  const second = track('urgencias', [alta, home]);
  const positions = trackPositions([first, second]);

  it('is "step n of count", with the steps before and after it', () => {
    const [only] = positions.get('persona:ana')!;
    expect(only!.track).toBe(first);
    expect(only!.step.index).toBe(1);
    expect(only!.count).toBe(4);
    expect(only!.previous?.key).toBe('page:home');
    expect(only!.next?.key).toBe('journey:banca/alta');
  });

  it('has no previous step at the start of a track and no next one at its end', () => {
    const [inFirst, inSecond] = positions.get('page:home')!;
    expect([inFirst!.previous, inFirst!.next?.key]).toEqual([undefined, 'persona:ana']);
    expect([inSecond!.previous?.key, inSecond!.next]).toEqual(['journey:banca/alta', undefined]);
  });

  it('lists every track a page is in, in the order the tracks are given', () => {
    expect(positions.get('journey:banca/alta')!.map((position) => [position.track.id, position.step.index + 1, position.count])).toEqual([
      ['primera-semana', 3, 4],
      ['urgencias', 1, 2],
    ]);
  });

  it('is nowhere for a page no track leads to', () => {
    expect(positions.get('page:channels')).toBeUndefined();
    expect(trackPositions([]).size).toBe(0);
  });
});
