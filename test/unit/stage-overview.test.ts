import { describe, expect, it } from 'vitest';
import { stageOverview } from '../../src/domain/stage-overview.ts';
import { alignmentKey, touchpointStages } from '../../src/domain/alignment.ts';
import { handbookOf, tp } from '../helpers/handbook-of.ts';

const handbook = handbookOf({
  personas: { ana: { name: 'Ana' } },
  stages: [
    { id: 'pedir', name: 'Pedir', description: 'Pide el servicio.' },
    { id: 'esperar', name: 'Esperar' },
    { id: 'usar', name: 'Usar' },
  ],
  journeys: {
    banco: {
      title: 'Banco',
      persona: 'ana',
      phases: [
        { id: 'alta', name: 'Alta', stage: 'pedir' },
        { id: 'firma', name: 'Firma', stage: 'pedir' },
        { id: 'cola', name: 'Cola', stage: 'esperar' },
        { id: 'otra', name: 'Otra cosa' },
      ],
      touchpoints: [tp('alta', 'a', -1, { importance: 5 }), tp('firma', 'b', -3, { moment: 'pain' }), tp('cola', 'c', 2), tp('otra', 'd', 0)],
    },
    vision: {
      title: 'Visión',
      persona: 'ana',
      state: 'future',
      phases: [{ id: 'app', name: 'App', stage: 'pedir' }],
      touchpoints: [tp('app', 'e', 3)],
    },
  },
});
const overview = stageOverview(handbook.journeys, handbook.stages!);

describe('the stages page', () => {
  it("puts every journey's phases under their stage, in the stages' order, futures included", () => {
    expect(overview.stages.map((row) => [row.stage.id, row.journeys.map((entry) => [entry.journey.slug, entry.phases.map((phase) => phase.id), entry.mean])])).toEqual([
      ['pedir', [['banco', ['alta', 'firma'], -2], ['vision', ['app'], 3]]],
      ['esperar', [['banco', ['cola'], 2]]],
      ['usar', []],
    ]);
    expect(overview.unstaged.map((entry) => [entry.journey.slug, entry.phases.map((phase) => phase.id)])).toEqual([['banco', ['otra']]]);
  });

  it('sums the pain and counts the moments of pain of the current journeys only', () => {
    // Pedir: importance 5 × 1 + 3 × 3 = 14, one moment of pain; the vision's +3 does not count in the mean.
    expect(overview.stages.map((row) => [row.stage.id, row.painTotal, row.momentsOfPain, row.mean, row.touchpointCount])).toEqual([
      ['pedir', 14, 1, -2, 2],
      ['esperar', 0, 0, 2, 1],
      ['usar', 0, 0, undefined, 0],
    ]);
  });
});

describe('alignment of phases across journeys', () => {
  it('meets by stage when a phase names a known one, else by normalised name', () => {
    expect(alignmentKey({ name: 'Alta', stage: 'pedir' }, handbook.stageById)).toBe('stage:pedir');
    expect(alignmentKey({ name: 'Otra Cosa.', stage: undefined }, handbook.stageById)).toBe('otra cosa');
  });

  it("places each touchpoint on its phase's stage, unless a stage is missing or the journey goes back", () => {
    expect(touchpointStages(handbook.journeyBySlug.get('vision')!, handbook.stages!)).toEqual([0]);
    expect(touchpointStages(handbook.journeyBySlug.get('banco')!, handbook.stages!)).toBeUndefined();
    expect(touchpointStages({ phases: [{ stage: 'usar' }, { stage: 'pedir' }], touchpoints: [{ phaseIndex: 0 }, { phaseIndex: 1 }] }, handbook.stages!)).toBeUndefined();
    expect(touchpointStages({ phases: [{ stage: 'pedir' }, { stage: 'pedir' }, { stage: 'usar' }], touchpoints: [{ phaseIndex: 0 }, { phaseIndex: 1 }, { phaseIndex: 2 }] }, handbook.stages!)).toEqual([0, 0, 2]);
  });
});
