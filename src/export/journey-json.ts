import type { Handbook, Journey } from '../model/types.ts';
import type { Kpi } from '../schema/kpi.ts';

/** A KPI with every key present: `unit` and `target` null when not given, `better` defaulted. */
export function kpiToJson(kpi: Kpi) {
  return { name: kpi.name, value: kpi.value, unit: kpi.unit ?? null, target: kpi.target ?? null, better: kpi.better };
}

/**
 * `/journeys/<slug>.json` (docs/format.md#journey-json): the validated journey with defaults filled
 * and the computed figures. Optional fields the author left out are `null` (lists: `[]`), so every
 * key is always there, in KPIs too. A phase with no touchpoints has `emotion: null`.
 */
export function journeyToJson(journey: Journey, handbook: Pick<Handbook, 'personaBySlug'>) {
  const persona = handbook.personaBySlug.get(journey.personaSlug);
  return {
    slug: journey.slug,
    title: journey.title,
    summary: journey.summary ?? null,
    scenario: journey.scenario ?? null,
    state: journey.state,
    compares: journey.compares ?? null,
    owner: journey.owner ?? null,
    persona: { slug: journey.personaSlug, name: persona?.name ?? journey.personaSlug },
    reviewed: journey.reviewed ?? null,
    stale: journey.stale,
    nextReview: journey.nextReview ?? null,
    tags: journey.tags ?? [],
    kpis: (journey.kpis ?? []).map(kpiToJson),
    phases: journey.phases.map((phase) => ({
      id: phase.id,
      name: phase.name,
      goal: phase.goal ?? null,
      duration: phase.duration ?? null,
      kpis: (phase.kpis ?? []).map(kpiToJson),
      stage: phase.stage ?? null,
      touchpoints: phase.touchpoints.map((touchpoint) => touchpoint.id),
      emotion: phase.emotion ?? null,
    })),
    touchpoints: journey.touchpoints.map((touchpoint) => ({
      id: touchpoint.id,
      phase: touchpoint.phase,
      title: touchpoint.title,
      channel: touchpoint.channel,
      emotion: touchpoint.emotion,
      feeling: touchpoint.feeling ?? null,
      thought: touchpoint.thought ?? null,
      pain: touchpoint.pain ?? null,
      opportunity: touchpoint.opportunity ?? null,
      moment: touchpoint.moment ?? null,
      importance: touchpoint.importance,
      owner: touchpoint.owner ?? null,
      evidence: touchpoint.evidence ?? [],
      backstage: touchpoint.backstage ?? [],
      support: touchpoint.support ?? [],
      kpis: (touchpoint.kpis ?? []).map(kpiToJson),
      sources: touchpoint.sources ?? [],
      quote: touchpoint.quote ?? null,
      detail: touchpoint.detail ?? null,
      tags: touchpoint.tags ?? [],
    })),
    stats: journey.stats,
  };
}

export type JourneyJson = ReturnType<typeof journeyToJson>;
