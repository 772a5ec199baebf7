import { describe, expect, it } from 'vitest';
import { check, lines } from '../helpers/content-sources.ts';

/*
 * docs/format.md#research-v2 and the v2 review schedule, as `npm run check` reports them: each
 * problem one line with the file, line, column, field and a fix.
 */

const ANA = lines('---', 'name: Ana Fernández', '---');

const ENTREVISTAS = lines(
  '---',
  'title: Entrevistas a autónomos, marzo 2026',
  'method: interview',
  'date: 2026-03-28',
  'participants: 12',
  'link: https://intranet.example/informes/autonomos.pdf',
  '---',
  '',
  'Nueve de doce entrevistados abandonaron el alta online al menos una vez.',
);

const journey = (...touchpointExtra: string[]) =>
  lines(
    '---',
    'title: Abrir una cuenta',
    'persona: ana',
    'reviewed: 2026-10-01',
    'phases:',
    '  - { id: solicitar, name: Solicitar }',
    'touchpoints:',
    '  - phase: solicitar',
    '    title: Rellena el formulario',
    '    channel: app',
    '    emotion: -2',
    ...touchpointExtra,
    '---',
  );

const files = (alta: string, research: Record<string, string> = { 'entrevistas-autonomos': ENTREVISTAS }) => ({
  'content/personas/ana.md': ANA,
  'content/journeys/alta.md': alta,
  ...Object.fromEntries(Object.entries(research).map(([id, text]) => [`content/research/${id}.md`, text])),
});

describe('research sources', () => {
  it('accepts a touchpoint citing research, with a quote, and hands the research on', () => {
    const checked = check(files(journey('    sources: [entrevistas-autonomos]', '    quote: Me pidió tres veces la dirección.')));
    expect(checked.result.problems).toEqual([]);
    expect(checked.result.research.map(({ source, data }) => [source.slug, data.method, data.participants])).toEqual([['entrevistas-autonomos', 'interview', 12]]);
    expect(checked.result.journeys[0]!.data.touchpoints[0]).toMatchObject({ sources: ['entrevistas-autonomos'], quote: 'Me pidió tres veces la dirección.' });
  });

  it('refuses an unknown research id at its place, with a did-you-mean', () => {
    const checked = check(files(journey('    sources: [entrevistas-autonomo]')));
    expect(checked.errors).toEqual([
      'content/journeys/alta.md:12:15: touchpoints[0].sources[0]: unknown research "entrevistas-autonomo" (did you mean "entrevistas-autonomos"?) (research: entrevistas-autonomos)',
    ]);
  });

  it('says where research goes when a touchpoint cites some and there is none', () => {
    const checked = check(files(journey('    sources: [encuesta]'), {}));
    expect(checked.errors).toEqual(['content/journeys/alta.md:12:15: touchpoints[0].sources[0]: unknown research "encuesta" (content/research/ has no files yet)']);
  });

  it('refuses a research file with a method that is not one of the list', () => {
    const checked = check(files(journey('    sources: [entrevistas-autonomos]'), { 'entrevistas-autonomos': ENTREVISTAS.replace('method: interview', 'method: interviews') }));
    expect(checked.errors).toEqual([
      'content/research/entrevistas-autonomos.md:3:1: method: "interviews" is not one of interview, survey, usability-test, analytics, support-tickets, observation, desk, other (did you mean "interview"?)',
    ]);
  });

  it('refuses a research date that is not a calendar date, and a link that is not a web address', () => {
    const broken = ENTREVISTAS.replace('date: 2026-03-28', 'date: marzo de 2026').replace('link: https://', 'link: javascript:');
    const checked = check(files(journey('    sources: [entrevistas-autonomos]'), { 'entrevistas-autonomos': broken }));
    expect(checked.errors).toEqual([
      'content/research/entrevistas-autonomos.md:4:1: date: write the date as YYYY-MM-DD; got "marzo de 2026"',
      'content/research/entrevistas-autonomos.md:6:1: link: write the address of the report, starting with https:// or http://; got "javascript:intranet.example/informes/aut…"',
    ]);
  });

  it('warns about research no touchpoint cites, naming the field to add', () => {
    const checked = check(files(journey()));
    expect(checked.ok).toBe(true);
    expect(checked.warnings).toEqual(['content/research/entrevistas-autonomos.md: file: no touchpoint cites this research yet: add "sources: [entrevistas-autonomos]" to the touchpoints it backs']);
  });

  it('counts a citation from a journey with other errors, so its research is not called unused', () => {
    const checked = check(files(journey('    sources: [entrevistas-autonomos]', '    importance: 9')));
    expect(checked.errors).toHaveLength(1);
    expect(checked.warnings).toEqual([]);
  });
});

describe('review_every', () => {
  const reviewed = (date: string, every: string) => journey().replace('reviewed: 2026-10-01', `reviewed: ${date}\nreview_every: ${every}`);

  it('refuses a review_every that is not a duration, at its place', () => {
    const checked = check(files(reviewed('2026-10-01', 'cada trimestre'), {}));
    expect(checked.errors).toEqual([
      'content/journeys/alta.md:5:1: review_every: write a whole number of months or years, such as "6 months" or "1 year" (also "6 meses", "1 año", "1 ano"); got "cada trimestre"',
    ]);
  });

  it('measures a stale review by the journey\'s own interval, not the site\'s', () => {
    // Reviewed ten months before 2026-11-25: stale at the site's six months, current at one year.
    expect(check(files(reviewed('2026-01-25', '1 año'), {})).warnings).toEqual([]);
    expect(check(files(reviewed('2026-08-01', '3 months'), {})).warnings).toEqual([
      'content/journeys/alta.md:4:1: reviewed: last reviewed 2026-08-01, more than 3 months ago (its review_every): review the journey and update the date',
    ]);
  });
});
