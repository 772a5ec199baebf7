import { describe, expect, it } from 'vitest';
import { en, es, formatDate, formatNumber, translator, type MessageKey } from '../../src/i18n/index.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the interface strings', () => {
  it('has every Spanish key in English and no English key missing in Spanish', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
  });

  it('uses the same {placeholders} in both languages', () => {
    for (const key of Object.keys(es) as MessageKey[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(es[key]));
    }
  });

  it('has no empty string in either language', () => {
    for (const [key, text] of [...Object.entries(es), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });
});

describe('looking strings up', () => {
  it('gives the string of the locale', () => {
    expect(translator('es')('nav.journeys')).toBe('Recorridos');
    expect(translator('en')('nav.journeys')).toBe('Journeys');
  });

  it('fills placeholders, formatting numbers for the locale', () => {
    expect(translator('es')('journey.touchpoints', { count: 12 })).toBe('12 puntos de contacto');
    expect(translator('en')('journey.touchpoints', { count: 1200 })).toBe('1,200 touchpoints');
    expect(translator('es')('chart.title', { title: 'Abrir una cuenta' })).toBe('Curva emocional de «Abrir una cuenta»');
  });

  it('leaves a placeholder it was not given visible rather than inventing a value', () => {
    expect(translator('en')('chart.title', {})).toBe('Emotion curve of “{title}”');
  });
});

describe('dates', () => {
  it('writes a date as people of the locale do', () => {
    expect(formatDate('es', '2026-03-09')).toBe('9 de marzo de 2026');
    expect(formatDate('en', '2026-03-09')).toBe('March 9, 2026');
  });

  it('does not shift a date by the time zone', () => {
    expect(formatDate('es', '2026-01-01')).toBe('1 de enero de 2026');
    expect(formatDate('en', '2026-12-31')).toBe('December 31, 2026');
  });
});

describe('numbers', () => {
  it('uses the locale\'s decimal separator, two decimals at most and a true minus sign', () => {
    expect(formatNumber('es', -1.25)).toBe('−1,25');
    expect(formatNumber('en', -1.25)).toBe('−1.25');
    expect(formatNumber('es', 2 / 3)).toBe('0,67');
    expect(formatNumber('en', 2 / 3)).toBe('0.67');
  });

  it('groups thousands as the locale does', () => {
    expect(formatNumber('es', 12345.678)).toBe('12.345,68');
    expect(formatNumber('en', 12345.678)).toBe('12,345.68');
  });

  it('signs positive values on request, but never zero', () => {
    expect(formatNumber('es', 1.5, { signed: true })).toBe('+1,5');
    expect(formatNumber('en', -2, { signed: true })).toBe('−2');
    expect(formatNumber('en', 0, { signed: true })).toBe('0');
  });
});
