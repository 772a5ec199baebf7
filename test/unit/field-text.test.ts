import { describe, expect, it } from 'vitest';
import { DEFAULT_LENGTH_LIMIT, LENGTH_LIMITS, NARRATIVE_LENGTH_LIMIT } from '../../src/validate/field-text.ts';
import { check, lines } from '../helpers/content-sources.ts';

const PERSONA = lines('---', 'name: Ana', '---', '', 'Biografía.');
const journey = (fields: string[], body = 'Relato.') =>
  lines('---', ...fields, 'persona: ana', 'phases: [{ id: a, name: A }]', 'touchpoints:', '  - { phase: a, title: Lee, channel: web, emotion: 1 }', '---', '', body);
const checkJourney = (fields: string[], body?: string) => check({ 'content/personas/ana.md': PERSONA, 'content/journeys/alta.md': journey(fields, body) });

describe('characters a text may not hold (issue 12, findings 7 and 9)', () => {
  it('refuses a NUL byte in a title, written raw or as a YAML escape, at the field', () => {
    expect(checkJourney(['title: "Alta\\0 online"']).errors).toEqual([
      "content/journeys/alta.md:2:1: title: contains the control character U+0000 at character 5: remove it (it is invisible and breaks the build's tools)",
    ]);
    expect(checkJourney(['title: Alta\u0000online']).ok).toBe(false);
  });

  it('refuses a control character in a narrative, at its line and column', () => {
    expect(checkJourney(['title: Alta'], 'Texto\u0007 con campana.').errors).toEqual([
      "content/journeys/alta.md:9:6: body: contains the control character U+0007: remove it (it is invisible and breaks the build's tools)",
    ]);
  });

  it('refuses bidirectional overrides and isolates in titles, which reorder the text around them', () => {
    const checked = checkJourney(['title: "Factura \u202Egnp.exe"']);
    expect(checked.errors).toEqual([
      'content/journeys/alta.md:2:1: title: contains the bidirectional control U+202E at character 9, which reorders the text shown around it: remove it',
    ]);
    expect(checkJourney(['title: "a \u2067b\u2069"']).ok).toBe(false);
  });

  it('refuses zero-width characters that make a title differ from the same title typed again', () => {
    expect(checkJourney(['title: "Al\u200Bta"']).errors).toEqual([
      'content/journeys/alta.md:2:1: title: contains the invisible character U+200B at character 3, which makes it differ from the same text typed again: remove it',
    ]);
  });

  it('keeps what scripts and emoji need: joiners, right-to-left letters and marks', () => {
    expect(checkJourney(['title: "👩‍💻 فتح حساب\u200F y می\u200Cخواهم"']).errors).toEqual([]);
  });
});

describe('how long a text may be (issue 12, finding 8)', () => {
  it('warns past the comfortable length of a field, and refuses past its hard limit', () => {
    const long = (n: number) => 'a'.repeat(n);
    expect(checkJourney([`title: ${long(LENGTH_LIMITS.title!.warning + 1)}`]).warnings).toEqual([
      `content/journeys/alta.md:2:1: title: is ${LENGTH_LIMITS.title!.warning + 1} characters long: under 120 reads best here (the limit is 500)`,
    ]);
    expect(checkJourney([`title: ${long(LENGTH_LIMITS.title!.error + 1)}`]).errors).toEqual([
      `content/journeys/alta.md:2:1: title: is ${LENGTH_LIMITS.title!.error + 1} characters long, more than the 500 allowed here: shorten it (under 120 reads best)`,
    ]);
  });

  it('refuses a 5 MB summary, and any other field past the default limit', () => {
    expect(checkJourney(['title: Alta', `summary: ${'x'.repeat(5_000_000)}`]).errors).toEqual([
      expect.stringMatching(/^content\/journeys\/alta\.md:3:1: summary: is 5000000 characters long, more than the 2000 allowed here/),
    ]);
    expect(checkJourney(['title: Alta', `owner: ${'x'.repeat(DEFAULT_LENGTH_LIMIT.error + 1)}`]).ok).toBe(false);
  });

  it('warns about a long narrative and refuses a huge one', () => {
    const words = (n: number) => 'palabra '.repeat(Math.ceil(n / 8));
    expect(checkJourney(['title: Alta'], words(NARRATIVE_LENGTH_LIMIT.warning + 10)).warnings).toEqual([
      expect.stringMatching(/^content\/journeys\/alta\.md:8:1: body: the narrative is \d+ characters long: pages read best/),
    ]);
    expect(checkJourney(['title: Alta'], words(NARRATIVE_LENGTH_LIMIT.error + 10)).ok).toBe(false);
  });
});
