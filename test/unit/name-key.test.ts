import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/domain/name-key.ts';

describe('name key', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(nameKey('Verificar la identidad')).toBe('verificar la identidad');
    expect(nameKey('  VERIFICAR   la Identidad. ')).toBe('verificar la identidad');
    expect(nameKey('Decisión')).toBe(nameKey('decision'));
    expect(nameKey('Pre-venta')).toBe(nameKey('pre venta'));
    expect(nameKey('Ünïcödé')).toBe('unicode');
  });

  it('keeps different words apart: no stemming', () => {
    expect(nameKey('Espera')).not.toBe(nameKey('Esperar'));
  });

  it('keeps digits and letters of any script', () => {
    expect(nameKey('Fase 2')).toBe('fase 2');
    expect(nameKey('Оплата')).toBe('оплата');
  });

  it('ends composed, as an address parameter is: Hangul syllables stay syllables', () => {
    expect(nameKey('사용자 경험')).toBe('사용자 경험');
    expect(nameKey('㈔')).toBe('사');
    for (const name of ['사용자', 'Ｆｕｌｌ ｗｉｄｔｈ', 'ﬁ', '가각']) expect(nameKey(name)).toBe(nameKey(name).normalize('NFC'));
  });
});
