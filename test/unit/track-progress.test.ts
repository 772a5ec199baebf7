import { describe, expect, it } from 'vitest';
import { fillTemplate, parseProgress, progressStorageKey, progressThrough, serialiseProgress } from '../../src/site/track-progress.ts';

describe('a reader’s progress through a track, as stored in their browser', () => {
  it('is stored per handbook and per track, so two handbooks on one intranet host never mix', () => {
    expect(progressStorageKey('/handbook/', 'primera-semana')).toBe('journeybook:track-progress:/handbook/primera-semana');
    expect(progressStorageKey('/otro-manual/', 'primera-semana')).not.toBe(progressStorageKey('/handbook/', 'primera-semana'));
  });

  it('reads back what it wrote, whatever the order steps were ticked in', () => {
    const stored = serialiseProgress(['page:home', 'journey:banca/alta', 'page:home']);
    expect(stored).toBe('{"done":["journey:banca/alta","page:home"]}');
    expect([...parseProgress(stored)]).toEqual(['journey:banca/alta', 'page:home']);
  });

  it('counts a missing, damaged or foreign entry as nothing read, never as an error', () => {
    for (const stored of [null, undefined, '', 'not json', '[1,2]', '{"done":"x"}', '{"done":[1,"page:home"]}', 'null']) {
      expect(() => parseProgress(stored)).not.toThrow();
    }
    expect([...parseProgress('{"done":[1,"page:home"]}')]).toEqual(['page:home']);
    expect(parseProgress('null').size).toBe(0);
  });

  it('counts only the track’s current steps and points at the first one not read', () => {
    const done = new Set(['page:home', 'journey:borrado', 'persona:ana']);
    expect(progressThrough(['page:home', 'journey:banca/alta', 'persona:ana'], done)).toEqual({ done: 2, count: 3, firstUnread: 1 });
  });

  it('has no step left to read when every step is ticked, and starts at the first when none is', () => {
    expect(progressThrough(['a', 'b'], new Set(['a', 'b'])).firstUnread).toBeUndefined();
    expect(progressThrough(['a', 'b'], new Set())).toEqual({ done: 0, count: 2, firstUnread: 0 });
  });
});

describe('interface strings handed to the browser', () => {
  it('get their placeholders filled, and keep one they were not given', () => {
    expect(fillTemplate('{done} de {count} pasos leídos', { done: 2, count: 5 })).toBe('2 de 5 pasos leídos');
    expect(fillTemplate('Paso {n}: {title}', { n: 3 })).toBe('Paso 3: {title}');
  });
});
