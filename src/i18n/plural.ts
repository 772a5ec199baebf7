import type { MessageKey, Translate } from './index.ts';

/** The stem of every message that comes in two forms, `<stem>.one` and `<stem>.other`. */
export type PluralStem = { [K in MessageKey]: K extends `${infer Stem}.one` ? Stem : never }[MessageKey];

/**
 * "1 punto de contacto" / "3 puntos de contacto": the `.one` or `.other` form of a message by
 * the locale's plural rules, with `{count}` filled in.
 */
export function countOf(t: Translate, locale: string, stem: PluralStem, count: number): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  return t(`${stem}.${form}` as MessageKey, { count });
}
