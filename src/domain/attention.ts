import type { Journey } from '../model/types.ts';
import { missesTarget } from './kpi.ts';
import { painScore } from './pain-ranking.ts';

/** Why a journey may need attention; the home page prints these as its reasons. */
export interface AttentionSignals {
  journey: Journey;
  /** Sum of painScore() over all its touchpoints: how much the journey hurts, in total. */
  painTotal: number;
  momentsOfPain: number;
  /** KPIs of the journey, its phases and touchpoints that miss their target. */
  missedKpis: number;
  stale: boolean;
  emotionMean: number;
}

export function attentionSignals(journey: Journey): AttentionSignals {
  return {
    journey,
    painTotal: journey.touchpoints.reduce((sum, touchpoint) => sum + painScore(touchpoint), 0),
    momentsOfPain: journey.stats.momentsOfPain.length,
    missedKpis: journey.allKpis.filter(({ kpi }) => missesTarget(kpi)).length,
    stale: journey.stale,
    emotionMean: journey.stats.emotionMean,
  };
}

/**
 * The current journeys most in need of attention, most urgent first. A journey qualifies
 * with any signal: some pain (painTotal > 0, which any negative touchpoint gives), a missed
 * KPI or a stale review. Order: higher painTotal; more moments of pain; more missed KPIs; stale
 * before fresh; lower mean emotion; handbook order. Future journeys are visions, left out.
 */
export function journeysNeedingAttention(journeys: readonly Journey[]): AttentionSignals[] {
  return journeys
    .map((journey, order) => ({ signals: attentionSignals(journey), order }))
    .filter(({ signals }) => signals.journey.state === 'current')
    .filter(({ signals }) => signals.painTotal > 0 || signals.missedKpis > 0 || signals.stale)
    .sort(
      ({ signals: a, order: orderA }, { signals: b, order: orderB }) =>
        b.painTotal - a.painTotal ||
        b.momentsOfPain - a.momentsOfPain ||
        b.missedKpis - a.missedKpis ||
        Number(b.stale) - Number(a.stale) ||
        a.emotionMean - b.emotionMean ||
        orderA - orderB,
    )
    .map(({ signals }) => signals);
}
