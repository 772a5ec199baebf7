import { z } from 'astro/zod';

/** Identifiers for phases, touchpoints and channels: lower-case letters, digits and dashes. */
export const ID_PATTERN = /^[a-z0-9-]+$/;

export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'use only lower-case letters, digits and "-" (for example "pedir-cita")');

/** A non-empty line of text. */
export const textSchema = z.string().trim().min(1, 'must not be empty');

/** A list of non-empty lines of text. */
export const textListSchema = z.array(textSchema);

/**
 * A calendar date written `YYYY-MM-DD`. YAML parsers disagree on whether that is a string or a
 * timestamp, so both are accepted and normalised to the string form.
 */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    // `abort` stops here, so "ayer" gets one message, not also "is not a real calendar date".
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'write the date as YYYY-MM-DD', abort: true })
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a real calendar date'),
);
