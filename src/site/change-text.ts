import type { MapChange } from '../model/types.ts';
import type { Translate } from '../i18n/index.ts';

/**
 * One change of a journey's map in words, the same on the history page, the changes page and
 * the Atom feed: "Emoción de Llamada: −3 → −1". Emotions are signed with a true minus sign.
 */
export function changeText(change: MapChange, t: Translate, locale: string, signed: (value: number) => string): string {
  const phase = (name: string | undefined) => name ?? t('change.noPhase');
  switch (change.kind) {
    case 'created':
      return t('change.created', { phases: t('change.phases', { count: change.phases }), touchpoints: t('journey.touchpoints', { count: change.touchpoints }) });
    case 'title-changed':
      return t('change.titleChanged', { from: change.from, to: change.to });
    case 'phase-added':
      return t('change.phaseAdded', { name: change.name });
    case 'phase-removed':
      return t('change.phaseRemoved', { name: change.name });
    case 'phase-renamed':
      return t('change.phaseRenamed', { from: change.from, to: change.to });
    case 'touchpoint-added':
      return t('change.touchpointAdded', { phase: phase(change.phase), title: change.title });
    case 'touchpoint-removed':
      return t('change.touchpointRemoved', { phase: phase(change.phase), title: change.title });
    case 'touchpoint-moved':
      return t('change.touchpointMoved', { title: change.title, from: phase(change.from), to: phase(change.to) });
    case 'touchpoint-retitled':
      return t('change.touchpointRetitled', { from: change.from, to: change.to });
    case 'emotion-changed':
      return t('change.emotion', { title: change.title, from: signed(change.from), to: signed(change.to) });
    case 'unreadable':
      return t('change.unreadable', { reason: change.reason });
  }
}
