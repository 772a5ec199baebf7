import type { z } from 'astro/zod';
import { didYouMean } from './did-you-mean.ts';
import { fieldPath } from './problem.ts';

/** A schema issue in the author's words: the field it concerns and what to do about it. */
export interface FriendlyIssue {
  path: PropertyKey[];
  field: string;
  message: string;
}

type Issue = z.core.$ZodIssue & { input?: unknown };

/** What a value looks like, for "got …" in messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return 'a group of fields';
}

const KIND_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  record: 'a group of fields',
};

/** The fields a schema object accepts, for "did you mean" on unknown keys. */
export type KnownKeys = (path: readonly PropertyKey[]) => readonly string[];

/** Turns raw Zod issues into one friendly message each (docs/format.md#validation). */
export function friendlyIssues(issues: readonly Issue[], knownKeys: KnownKeys): FriendlyIssue[] {
  const out: FriendlyIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      // One line per unknown key, pointing at the key itself so positions land on it.
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        out.push({
          path,
          field: fieldPath(path),
          message: `unknown field "${key}"${didYouMean(key, knownKeys(issue.path)) || ` (fields here: ${knownKeys(issue.path).join(', ')})`}`,
        });
      }
      continue;
    }
    out.push({ path: [...issue.path], field: fieldPath(issue.path), message: messageFor(issue) });
  }
  return out;
}

function messageFor(issue: Issue): string {
  const got = describeValue(issue.input);
  const last = issue.path.at(-1);
  // A missing field fails whatever its type (a number, a choice, a number-or-word): say so plainly.
  const missing = issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union' || issue.code === 'invalid_value');
  if (missing) return `is required${requiredHint(last)}`;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = KIND_NAMES[issue.expected] ?? issue.expected;
      return `expected ${expected}, got ${got}`;
    }
    case 'invalid_union':
      if (last === 'emotion') {
        return `expected a whole number from -3 to 3, or positive, neutral or negative; got ${got}`;
      }
      return `${got} is not allowed here`;
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const hint = typeof issue.input === 'string' ? didYouMean(issue.input, allowed) : '';
      return `${got} is not one of ${allowed.join(', ')}${hint}`;
    }
    case 'too_small':
    case 'too_big':
      return rangeMessage(issue, got);
    case 'invalid_format':
      return `${issue.message}; got ${got}`;
    case 'invalid_key': {
      // A key of a record (a channel id in channels.yaml): the key's own rule says what is wrong.
      const reason = issue.issues[0]?.message ?? issue.message;
      return `${reason}; got ${got}`;
    }
    default:
      return `${issue.message}${issue.input === undefined ? '' : `; got ${got}`}`;
  }
}

function rangeMessage(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, got: string): string {
  const origin = issue.origin;
  if (issue.message && !issue.message.startsWith('Too ')) return issue.message;
  const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  if (origin === 'number' || origin === 'int') {
    const word = issue.code === 'too_small' ? 'at least' : 'at most';
    return `must be ${word} ${String(bound)}, got ${got}`;
  }
  const unit = origin === 'array' ? 'item' : 'character';
  const word = issue.code === 'too_small' ? 'at least' : 'at most';
  return `must have ${word} ${String(bound)} ${unit}${Number(bound) === 1 ? '' : 's'}`;
}

function requiredHint(field: PropertyKey | undefined): string {
  return typeof field === 'string' ? `: add "${field}: …"` : '';
}
