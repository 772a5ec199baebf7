/**
 * What `/journeys/<slug>.json` must say about a journey, worked out from what the author wrote
 * (docs/format.md#journeys and #journey-json) independently of the generator's own code: defaults
 * filled, text trimmed where the format trims it, emotions as integers, the figures computed by
 * hand.
 */
import type { HandbookSpec, JourneySpec, KpiSpec } from './handbook-arbitrary.ts';
import { REVIEW_MONTHS, TODAY } from './handbook-arbitrary.ts';

const WORDS: Record<string, number> = { positive: 2, neutral: 0, negative: -2 };

/** A KPI with every key of the contract: what the author left out is null, `better` defaults to higher. */
const kpi = (item: KpiSpec) => ({ name: item.name.trim(), value: item.value, unit: item.unit ?? null, target: item.target ?? null, better: item.better ?? 'higher' });
const trimmed = (list: string[] | undefined) => (list ?? []).map((item) => item.trim());

/** Half away from zero, two decimals. */
function round2(value: number): number {
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 100 + Number.EPSILON)) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}

function summary(emotions: number[]) {
  if (emotions.length === 0) return null;
  return { mean: round2(emotions.reduce((sum, value) => sum + value, 0) / emotions.length), min: Math.min(...emotions), max: Math.max(...emotions) };
}

/** A review is stale when it is older than the interval; the generator keeps dates off the edge. */
function isStale(reviewed: string | undefined): boolean {
  if (!reviewed) return false;
  const limit = new Date(`${TODAY}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() - REVIEW_MONTHS);
  return new Date(`${reviewed}T00:00:00Z`) < limit;
}

/** The review interval after the last review, held at the month's end (31 January → 28 February). */
function nextReview(reviewed: string | undefined): string | null {
  if (!reviewed) return null;
  const [year, month, day] = reviewed.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + REVIEW_MONTHS, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export function expectedJourneyJson(journey: JourneySpec, handbook: HandbookSpec) {
  const data = journey.data;
  const persona = handbook.personas.find((item) => item.slug === data.persona)!;
  const touchpoints = data.touchpoints.map((touchpoint, index) => ({
    id: touchpoint.id ?? `t${index + 1}`,
    phase: touchpoint.phase,
    title: touchpoint.title.trim(),
    channel: touchpoint.channel,
    emotion: typeof touchpoint.emotion === 'number' ? touchpoint.emotion : WORDS[touchpoint.emotion]!,
    feeling: touchpoint.feeling ?? null,
    thought: touchpoint.thought ?? null,
    pain: touchpoint.pain ?? null,
    opportunity: touchpoint.opportunity ?? null,
    moment: touchpoint.moment ?? null,
    importance: touchpoint.importance ?? 3,
    owner: touchpoint.owner ?? null,
    evidence: trimmed(touchpoint.evidence),
    backstage: trimmed(touchpoint.backstage),
    support: trimmed(touchpoint.support),
    kpis: (touchpoint.kpis ?? []).map(kpi),
    // (v2) The generated handbooks cite no research and quote nobody.
    sources: [] as string[],
    quote: null,
    // The generator writes no sub-journeys (their cycles have specs of their own).
    detail: null,
    tags: trimmed(touchpoint.tags),
  }));
  let lowest = touchpoints[0]!;
  let highest = touchpoints[0]!;
  for (const touchpoint of touchpoints) {
    if (touchpoint.emotion < lowest.emotion) lowest = touchpoint;
    if (touchpoint.emotion > highest.emotion) highest = touchpoint;
  }
  return {
    slug: journey.slug,
    title: data.title.trim(),
    summary: data.summary ?? null,
    scenario: data.scenario ?? null,
    state: data.state ?? 'current',
    compares: data.compares?.trim() ?? null,
    owner: data.owner ?? null,
    persona: { slug: persona.slug, name: persona.data.name.trim() },
    reviewed: data.reviewed ?? null,
    stale: isStale(data.reviewed),
    nextReview: nextReview(data.reviewed),
    tags: trimmed(data.tags),
    kpis: (data.kpis ?? []).map(kpi),
    phases: data.phases.map((phase) => {
      const own = touchpoints.filter((touchpoint) => touchpoint.phase === phase.id);
      return {
        id: phase.id,
        name: phase.name.trim(),
        goal: phase.goal ?? null,
        duration: phase.duration ?? null,
        kpis: (phase.kpis ?? []).map(kpi),
        // The generated handbooks have no stages.yaml, so no phase names a stage.
        stage: null,
        touchpoints: own.map((touchpoint) => touchpoint.id),
        emotion: summary(own.map((touchpoint) => touchpoint.emotion)),
      };
    }),
    touchpoints,
    stats: {
      emotionMean: round2(touchpoints.reduce((sum, touchpoint) => sum + touchpoint.emotion, 0) / touchpoints.length),
      lowest: lowest.id,
      highest: highest.id,
      momentsOfTruth: touchpoints.filter((touchpoint) => touchpoint.moment === 'truth').map((touchpoint) => touchpoint.id),
      momentsOfPain: touchpoints.filter((touchpoint) => touchpoint.moment === 'pain').map((touchpoint) => touchpoint.id),
      evidenceCoverage: round2(touchpoints.filter((touchpoint) => touchpoint.sources.length > 0).length / touchpoints.length),
    },
  };
}
