import { join } from 'node:path';
import { layoutCurve } from '../chart/emotion-curve.ts';
import type { Handbook, Journey, Persona } from '../model/types.ts';
import { translator } from '../i18n/index.ts';
import { initialsOf } from '../domain/initials.ts';
import { aggregatesOf } from '../handbook/aggregates.ts';
import { routes } from '../site/urls.ts';
import { CARD_CURVE, CARD_TEXT_LIMITS } from './card-layout.ts';
import { clipText } from './clip-text.ts';

/** How a card draws a persona: their image file, their emoji, or their initials. */
export type CardAvatar = { kind: 'image'; absolutePath: string } | { kind: 'emoji'; emoji: string } | { kind: 'initials'; initials: string };

export interface CardCurve {
  width: number;
  height: number;
  /**
   * The curve as an SVG path, and the region under it for a soft fill: the curve held level out
   * to both edges of the plot (only in the fill, the line itself stops at the first and last
   * touchpoint) and closed along the plot's floor.
   */
  path: string;
  area: string;
  zeroY: number;
  points: Array<{ x: number; y: number; emotion: number; moment?: 'truth' | 'pain' | undefined }>;
  /** Where each phase's column starts and how wide it is, for the separators and the labels. */
  phases: Array<{ name: string; x: number; width: number }>;
}

export interface JourneyCardData {
  kind: 'journey';
  handbookTitle: string;
  title: string;
  summary: string | undefined;
  /** Set for a future journey only: a vision is marked, a map of today is the default. */
  stateLabel: string | undefined;
  staleLabel: string | undefined;
  persona: { name: string; role: string | undefined; avatar: CardAvatar };
  curve: CardCurve;
}

export interface PersonaCardData {
  kind: 'persona';
  handbookTitle: string;
  name: string;
  role: string | undefined;
  quote: string | undefined;
  segment: string | undefined;
  avatar: CardAvatar;
}

export interface HomeCardData {
  kind: 'home';
  title: string;
  description: string;
  counts: string;
  /** Absolute path of the logo file under public/, when the settings name one. */
  logoPath: string | undefined;
}

export type ShareCardData = JourneyCardData | PersonaCardData | HomeCardData;

export interface ShareImageJob {
  /** Where the image goes, relative to the output folder, with "/" (docs/format.md#share-images). */
  path: string;
  card: ShareCardData;
}

/** Every share image of a handbook: the home card, then one per journey and per persona. */
export function shareImageJobs(handbook: Handbook, root: string): ShareImageJob[] {
  return [
    { path: routes.shareImage('home'), card: homeCard(handbook, root) },
    ...handbook.journeys.map((journey) => ({ path: routes.shareImage('journeys', journey.slug), card: journeyCard(handbook, journey) })),
    ...handbook.personas.map((persona) => ({ path: routes.shareImage('personas', persona.slug), card: personaCard(handbook, persona) })),
  ];
}

export function journeyCard(handbook: Handbook, journey: Journey): JourneyCardData {
  const t = translator(handbook.settings.locale);
  const persona = handbook.personaBySlug.get(journey.personaSlug);
  return {
    kind: 'journey',
    handbookTitle: clipText(handbook.settings.title, CARD_TEXT_LIMITS.handbookTitle),
    title: clipText(journey.title, CARD_TEXT_LIMITS.title),
    summary: optional(journey.summary, CARD_TEXT_LIMITS.summary),
    stateLabel: journey.state === 'future' ? t('state.future') : undefined,
    staleLabel: journey.stale ? t('journey.stale') : undefined,
    persona: {
      name: clipText(persona?.name ?? journey.personaSlug, CARD_TEXT_LIMITS.name),
      role: optional(persona?.role, CARD_TEXT_LIMITS.role),
      avatar: persona ? cardAvatar(persona) : { kind: 'initials', initials: initialsOf(journey.personaSlug) },
    },
    curve: cardCurve(journey),
  };
}

export function personaCard(handbook: Handbook, persona: Persona): PersonaCardData {
  return {
    kind: 'persona',
    handbookTitle: clipText(handbook.settings.title, CARD_TEXT_LIMITS.handbookTitle),
    name: clipText(persona.name, CARD_TEXT_LIMITS.name),
    role: optional(persona.role, CARD_TEXT_LIMITS.role),
    quote: optional(persona.quote, CARD_TEXT_LIMITS.quote),
    segment: optional(persona.segment, CARD_TEXT_LIMITS.role),
    avatar: cardAvatar(persona),
  };
}

export function homeCard(handbook: Handbook, root: string): HomeCardData {
  const { settings } = handbook;
  const t = translator(settings.locale);
  const touchpoints = aggregatesOf(handbook).touchpointCount;
  return {
    kind: 'home',
    title: clipText(settings.title, CARD_TEXT_LIMITS.title),
    description: clipText(settings.description || t('home.intro'), CARD_TEXT_LIMITS.description),
    counts: [
      t('views.journeys', { count: handbook.journeys.length }),
      t('views.personas', { count: handbook.personas.length }),
      t('journey.touchpoints', { count: touchpoints }),
    ].join(' · '),
    logoPath: settings.logo ? join(root, 'public', settings.logo) : undefined,
  };
}

/** The journey's emotion curve at card size, from the same geometry as the site's charts. */
export function cardCurve(journey: Pick<Journey, 'phases' | 'touchpoints'>): CardCurve {
  const geometry = layoutCurve(journey.phases, journey.touchpoints, { ...CARD_CURVE, labelSize: 0 });
  const first = geometry.points[0];
  const last = geometry.points.at(-1);
  const floor = round(geometry.plot.y + geometry.plot.height);
  return {
    width: geometry.width,
    height: geometry.height,
    path: geometry.path,
    area: first && last ? areaUnder(geometry.path, first, last, geometry.plot.x, geometry.plot.x + geometry.plot.width, floor) : '',
    zeroY: round(geometry.zeroY),
    points: geometry.points.map((point) => ({ x: round(point.x), y: round(point.y), emotion: point.emotion, moment: point.moment })),
    phases: geometry.bands.map((band) => ({ name: clipText(band.name, CARD_TEXT_LIMITS.phase), x: round(band.x), width: round(band.width) })),
  };
}

/** The region under the curve: the path held level out to the plot's edges, closed along its floor. */
function areaUnder(path: string, first: { y: number }, last: { y: number }, left: number, right: number, floor: number): string {
  const [, start = '', rest = ''] = /^M([^C]*)(.*)$/.exec(path) ?? [];
  const [x0, x1] = [round(left), round(right)];
  return `M${x0},${round(first.y)}L${start}${rest}L${x1},${round(last.y)}L${x1},${floor}L${x0},${floor}Z`;
}

export function cardAvatar(persona: Pick<Persona, 'name' | 'avatarInfo'>): CardAvatar {
  const avatar = persona.avatarInfo;
  if (avatar?.kind === 'image') return { kind: 'image', absolutePath: avatar.absolutePath };
  if (avatar?.kind === 'emoji') return { kind: 'emoji', emoji: avatar.emoji };
  return { kind: 'initials', initials: initialsOf(persona.name) };
}

function optional(text: string | undefined, max: number): string | undefined {
  return text && text.trim() ? clipText(text, max) : undefined;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
