import type { Handbook, Journey, Persona, Phase, Touchpoint } from '../model/types.ts';
import { DEFAULT_CHANNEL_SYMBOL, type ChannelInfo } from '../schema/channels.ts';
import { mean, round2 } from './emotion-stats.ts';

export interface ChannelTouchpoint {
  journey: Journey;
  phase: Phase;
  touchpoint: Touchpoint;
}

export interface ChannelSummary {
  channel: ChannelInfo;
  /** Every touchpoint on the channel, current and future journeys, in handbook order then position. */
  touchpoints: ChannelTouchpoint[];
  /** Touchpoints of current journeys: what customers live today. */
  currentCount: number;
  /** Touchpoints of future journeys (visions). */
  futureCount: number;
  /** Mean emotion of the current touchpoints, two decimals; undefined when there are none. */
  meanEmotion: number | undefined;
  /** Moments of pain among the current touchpoints. */
  momentsOfPain: number;
  /** Distinct journeys with a touchpoint on the channel, current and future, in handbook order. */
  journeys: Journey[];
  /** The current ones among them. */
  currentJourneys: Journey[];
  /** Distinct protagonists of the current journeys, in handbook order. */
  personas: Persona[];
  /** Personas who list the channel among their preferred ones. */
  preferredBy: Persona[];
}

/**
 * Every channel the handbook uses: on a touchpoint, or in a persona's preferred channels (so
 * the persona page's channel links always lead somewhere). Sorted by current touchpoints,
 * then all touchpoints (most first), then label in the site's language. Figures (mean,
 * moments of pain) describe current journeys only; the lists include future ones.
 */
export function summariseChannels(handbook: Pick<Handbook, 'journeys' | 'personas' | 'channels' | 'settings'>): ChannelSummary[] {
  const byId = new Map<string, ChannelTouchpoint[]>();
  for (const journey of handbook.journeys) {
    for (const touchpoint of journey.touchpoints) {
      const list = byId.get(touchpoint.channel) ?? [];
      list.push({ journey, phase: journey.phases[touchpoint.phaseIndex]!, touchpoint });
      byId.set(touchpoint.channel, list);
    }
  }
  const preferred = new Map<string, Persona[]>();
  for (const persona of handbook.personas) {
    for (const id of new Set(persona.channels ?? [])) preferred.set(id, [...(preferred.get(id) ?? []), persona]);
  }
  const ids = new Set([...byId.keys(), ...preferred.keys()]);
  const summaries = [...ids].map((id): ChannelSummary => {
    const touchpoints = byId.get(id) ?? [];
    const current = touchpoints.filter((entry) => entry.journey.state === 'current');
    const journeys = [...new Set(touchpoints.map((entry) => entry.journey))];
    const currentJourneys = journeys.filter((journey) => journey.state === 'current');
    const personaSlugs = new Set(currentJourneys.map((journey) => journey.personaSlug));
    return {
      channel: handbook.channels.get(id) ?? { id, label: id, icon: undefined, symbol: DEFAULT_CHANNEL_SYMBOL, builtIn: false },
      touchpoints,
      currentCount: current.length,
      futureCount: touchpoints.length - current.length,
      meanEmotion: current.length > 0 ? round2(mean(current.map((entry) => entry.touchpoint.emotion))) : undefined,
      momentsOfPain: current.filter((entry) => entry.touchpoint.moment === 'pain').length,
      journeys,
      currentJourneys,
      personas: handbook.personas.filter((persona) => personaSlugs.has(persona.slug)),
      preferredBy: preferred.get(id) ?? [],
    };
  });
  const collator = new Intl.Collator(handbook.settings.locale);
  return summaries.sort(
    (a, b) =>
      b.currentCount - a.currentCount ||
      b.touchpoints.length - a.touchpoints.length ||
      collator.compare(a.channel.label, b.channel.label) ||
      collator.compare(a.channel.id, b.channel.id),
  );
}
