import { describe, expect, it } from 'vitest';
import { summariseChannels } from '../../src/domain/channel-summary.ts';
import { handbookOf, tp } from '../helpers/handbook-of.ts';

const phases = [{ id: 'p', name: 'Fase' }];
const handbook = handbookOf({
  personas: { ana: { name: 'Ana', channels: ['email', 'web'] }, ben: { name: 'Ben' } },
  channels: { store: { label: 'Oficina' }, cajero: { label: 'Cajero', icon: '🏧' } },
  journeys: {
    uno: {
      title: 'Uno',
      persona: 'ana',
      phases,
      touchpoints: [tp('p', 'a', -1), tp('p', 'b', 2), { ...tp('p', 'c', -3, { moment: 'pain' }), channel: 'store' }],
    },
    dos: {
      title: 'Dos',
      persona: 'ben',
      phases,
      touchpoints: [tp('p', 'd', 'positive')],
    },
    vision: {
      title: 'Visión',
      persona: 'ana',
      state: 'future',
      phases,
      touchpoints: [tp('p', 'e', 3), { ...tp('p', 'f', 1), channel: 'cajero' }],
    },
  },
});
const summaries = summariseChannels(handbook);
const byId = new Map(summaries.map((summary) => [summary.channel.id, summary]));

describe('channel summary', () => {
  it('lists every channel in use or preferred, busiest first', () => {
    // web: 3 current (uno a, b; dos d); store: 1; cajero: 0 current, 1 future; email: preferred only.
    expect(summaries.map((summary) => summary.channel.id)).toEqual(['web', 'store', 'cajero', 'email']);
  });

  it('averages the emotion of the current touchpoints only', () => {
    // web: (−1 + 2 + 2) / 3 = 1; the future 3 does not count.
    expect(byId.get('web')).toMatchObject({ currentCount: 3, futureCount: 1, meanEmotion: 1, momentsOfPain: 0 });
    expect(byId.get('store')).toMatchObject({ currentCount: 1, futureCount: 0, meanEmotion: -3, momentsOfPain: 1 });
    expect(byId.get('cajero')!.meanEmotion).toBeUndefined();
  });

  it('names the journeys, protagonists and fans of each channel', () => {
    const web = byId.get('web')!;
    expect(web.touchpoints.map((entry) => entry.touchpoint.title)).toEqual(['d', 'a', 'b', 'e']);
    expect(web.journeys.map((journey) => journey.slug)).toEqual(['dos', 'uno', 'vision']);
    expect(web.currentJourneys.map((journey) => journey.slug)).toEqual(['dos', 'uno']);
    expect(web.personas.map((persona) => persona.slug)).toEqual(['ana', 'ben']);
    // Cajero is only on Ana's vision: no current journey, no protagonist today.
    expect(byId.get('cajero')).toMatchObject({ currentJourneys: [], personas: [] });
    expect(web.preferredBy.map((persona) => persona.slug)).toEqual(['ana']);
    expect(byId.get('email')).toMatchObject({ currentCount: 0, touchpoints: [] });
  });

  it('uses the labels of channels.yaml', () => {
    expect(byId.get('store')!.channel.label).toBe('Oficina');
    expect(byId.get('cajero')!.channel).toMatchObject({ label: 'Cajero', icon: '🏧' });
  });
});
