import { z } from 'astro/zod';

/**
 * A review interval as authors write it (docs/format.md#values): a whole number of months or
 * years, in English, Spanish or Portuguese — `6 months`, `1 year`, `3 meses`, `1 año`, `1 ano`.
 * Months are the unit of the site's `reviewIntervalMonths`, so a year is twelve of them.
 */
const UNIT_MONTHS: Record<string, number> = {
  month: 1,
  months: 1,
  mes: 1,
  meses: 1,
  mês: 1,
  year: 12,
  years: 12,
  año: 12,
  años: 12,
  ano: 12,
  anos: 12,
};

/** Also the JSON Schema's pattern, so editors flag a wrong duration as it is typed. */
export const DURATION_PATTERN = /^[1-9][0-9]*\s+(months?|mes|meses|mês|years?|años?|anos?)$/;

/** How many months a duration is, or undefined when the text is not a duration. */
export function durationMonths(text: string): number | undefined {
  const match = DURATION_PATTERN.exec(text.trim().toLowerCase());
  if (!match) return undefined;
  return Number(text.trim().split(/\s+/)[0]) * UNIT_MONTHS[match[1]!]!;
}

export const durationSchema = z
  .string()
  .trim()
  .regex(DURATION_PATTERN, 'write a whole number of months or years, such as "6 months" or "1 year" (also "6 meses", "1 año", "1 ano")');
