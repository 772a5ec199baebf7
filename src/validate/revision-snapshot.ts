import { EMOTION_MAX, EMOTION_MIN, EMOTION_WORDS } from '../schema/emotion.ts';
import type { MapSnapshot } from '../model/types.ts';
import { parseSource } from './frontmatter.ts';

/**
 * Reads a past revision of a journey file leniently (docs/format.md#history-and-changes-v2): the
 * title, the phases and the touchpoints with their phase and emotion, each as far as it can be
 * read. A revision that no longer validates (a field since renamed, an emotion out of range) still
 * shows what it can; one whose YAML cannot be parsed says why. Never throws.
 */
export function readMapSnapshot(text: string): MapSnapshot {
  let parsed;
  try {
    parsed = parseSource(text);
  } catch (error) {
    return { title: undefined, phases: [], touchpoints: [], unreadable: error instanceof Error ? error.message : String(error) };
  }
  if (parsed.syntaxError) {
    return { title: undefined, phases: [], touchpoints: [], unreadable: `line ${parsed.syntaxError.line}: ${parsed.syntaxError.message}` };
  }
  const data = isRecord(parsed.data) ? parsed.data : {};
  const phases = listOf(data.phases).flatMap((phase) => {
    const id = isRecord(phase) ? text_(phase.id) : undefined;
    return id ? [{ id, name: (isRecord(phase) && text_(phase.name)) || id }] : [];
  });
  const touchpoints = listOf(data.touchpoints).flatMap((touchpoint, index) => {
    if (!isRecord(touchpoint)) return [];
    const written = text_(touchpoint.id);
    const id = written ?? `t${index + 1}`;
    return [{ id, explicitId: written !== undefined, title: text_(touchpoint.title) ?? id, phase: text_(touchpoint.phase), emotion: emotionOf(touchpoint.emotion) }];
  });
  const visibility = text_(data.visibility);
  return { title: text_(data.title), phases, touchpoints, ...(visibility && { visibility }) };
}

function emotionOf(value: unknown): number | undefined {
  if (typeof value === 'string' && value in EMOTION_WORDS) return EMOTION_WORDS[value as keyof typeof EMOTION_WORDS];
  return typeof value === 'number' && Number.isInteger(value) && value >= EMOTION_MIN && value <= EMOTION_MAX ? value : undefined;
}

function text_(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
