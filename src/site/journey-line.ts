import type { Journey } from '../model/types.ts';
import type { PageContext } from './page-context.ts';

/**
 * What a journey's line in a list says under its title — "Ana Pérez · 10 puntos de contacto ·
 * emoción media −0,45" — the same on the journeys index, a tag page and the journeys index's
 * filter results (built in the reader's browser from journeys.json).
 */
export function journeyLineMeta(journey: Journey, { handbook, t, number }: Pick<PageContext, 'handbook' | 't' | 'number'>): string {
  const persona = handbook.personaBySlug.get(journey.personaSlug);
  return `${persona?.name ?? ''} · ${t('journey.touchpoints', { count: journey.touchpoints.length })} · ${t('journeys.meanEmotion', { value: number(journey.stats.emotionMean, { signed: true }) })}`;
}
