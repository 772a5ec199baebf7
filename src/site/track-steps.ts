import type { Translate } from '../i18n/index.ts';
import type { Handbook, TrackStep } from '../model/types.ts';
import type { TrackPage } from '../schema/track.ts';
import type { SiteUrls } from './urls.ts';

/** What a track shows of one step: where it leads, its name, what kind of page it is and what is in it. */
export interface StepView {
  kind: TrackStep['target']['kind'];
  /** The page's address, without the track. */
  href: string;
  title: string;
  /** "Recorrido", "Persona", … in the handbook's language. */
  kindLabel: string;
  /** What the page holds, in a sentence ("what each is"); the author's note says why to read it. */
  about: string | undefined;
}

const PAGE_TITLES = { home: 'site.home', insights: 'nav.insights', channels: 'nav.channels', personas: 'nav.personas', journeys: 'nav.journeys' } as const;
const PAGE_ABOUT = {
  home: 'track.about.home',
  insights: 'track.about.insights',
  channels: 'track.about.channels',
  personas: 'track.about.personas',
  journeys: 'track.about.journeys',
} as const;

function pageHref(page: TrackPage, urls: SiteUrls): string {
  switch (page) {
    case 'home':
      return urls.home();
    case 'insights':
      return urls.insights();
    case 'channels':
      return urls.channels();
    case 'personas':
      return urls.personas();
    case 'journeys':
      return urls.journeys();
  }
}

/**
 * A step as the track page, the home page and the step pages' track bars show it. Validation
 * guarantees that the journey or persona a step names exists.
 */
export function stepView(step: TrackStep, handbook: Pick<Handbook, 'journeyBySlug' | 'personaBySlug'>, urls: SiteUrls, t: Translate): StepView {
  const { target } = step;
  const kindLabel = t(`track.kind.${target.kind}`);
  switch (target.kind) {
    case 'journey': {
      const journey = handbook.journeyBySlug.get(target.slug)!;
      const persona = handbook.personaBySlug.get(journey.personaSlug);
      const protagonist = persona ? t('track.about.journey', { name: persona.name }) : undefined;
      return { kind: target.kind, href: urls.journey(journey.slug), title: journey.title, kindLabel, about: [journey.summary, protagonist].filter(Boolean).join(' ') || undefined };
    }
    case 'persona': {
      const persona = handbook.personaBySlug.get(target.slug)!;
      return { kind: target.kind, href: urls.persona(persona.slug), title: persona.name, kindLabel, about: persona.role };
    }
    case 'research':
      return { kind: target.kind, href: urls.researchSource(target.id), title: target.title, kindLabel, about: undefined };
    case 'page':
      return { kind: target.kind, href: pageHref(target.page, urls), title: t(PAGE_TITLES[target.page]), kindLabel, about: t(PAGE_ABOUT[target.page]) };
  }
}
