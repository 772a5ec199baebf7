/**
 * Writes a journey as a Mermaid `journey` diagram (`/journeys/<slug>.mmd`,
 * docs/format.md#mermaid-diagram), for READMEs and wikis that render Mermaid. Pure: journey in,
 * diagram text out.
 *
 * Mermaid's journey grammar reserves some characters: a task or section name ends at ":", "#"
 * starts a comment, ";" ends a statement, a line is a statement, and a line that starts with
 * "title ", "section ", "journey", "accTitle"/"accDescr" or "%" is read as something else. Such
 * characters are written as Mermaid entity codes (`#58;` for ":"), which Mermaid renders as the
 * character and the importer reads back, so nothing an author wrote is lost.
 */
import { EMOTION_MAX, EMOTION_MIN } from '../schema/emotion.ts';
import { entityFor } from './mermaid-text.ts';
import { MERMAID_SCORE_MAX, MERMAID_SCORE_MIN } from './mermaid-read.ts';

/** What the writer needs of a journey: the handbook model's Journey fits, and so does raw frontmatter. */
export interface MermaidJourneySource {
  title: string;
  summary?: string | undefined;
  phases: ReadonlyArray<{ id: string; name: string }>;
  touchpoints: ReadonlyArray<{ phase: string; title: string; emotion: number }>;
}

/** Emotion −3…3 → Mermaid score 1…5: emotion + 3, kept within Mermaid's range (−3 and 3 share 1 and 5). */
export function scoreForEmotion(emotion: number): number {
  const bounded = Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, Math.round(emotion)));
  return Math.min(MERMAID_SCORE_MAX, Math.max(MERMAID_SCORE_MIN, bounded + 3));
}

/** Mermaid score 1…5 → emotion −2…2 (the inverse of scoreForEmotion within Mermaid's range). */
export function emotionForScore(score: number): number {
  return score - 3;
}

/**
 * The diagram: a title, the summary as the accessible description, one section per phase (in
 * order, empty phases included) and one task per touchpoint, with the persona as actor.
 */
export function writeMermaidJourney(journey: MermaidJourneySource, personaName: string): string {
  const actor = escapeText(personaName, ACTOR_RESERVED) || 'Persona';
  const out = ['journey', `  title ${escapeText(journey.title, TITLE_RESERVED)}`];
  if (journey.summary?.trim()) out.push(`  accDescr: ${oneLine(journey.summary)}`);
  for (const phase of journey.phases) {
    out.push(`  section ${escapeText(phase.name, NAME_RESERVED)}`);
    for (const touchpoint of journey.touchpoints) {
      if (touchpoint.phase !== phase.id) continue;
      out.push(`    ${escapeText(touchpoint.title, NAME_RESERVED)}: ${scoreForEmotion(touchpoint.emotion)}: ${actor}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** Characters that end or break each kind of text in Mermaid's journey grammar. */
const TITLE_RESERVED = /[#;]/g;
const NAME_RESERVED = /[#:;]/g;
const ACTOR_RESERVED = /[#:;,]/g;

/** Words Mermaid's lexer reads as a statement when a line starts with them (case-insensitive). */
const LEADING_KEYWORD = /^(?:journey\b|title\s|section\s|acc(?:title|descr)|%)/i;

function escapeText(text: string, reserved: RegExp): string {
  let out = oneLine(text).replace(reserved, entityFor);
  // "%%" anywhere can start a comment in Mermaid's lexer; a code keeps the percent signs.
  out = out.replace(/%(?=%)|(?<=%)%/g, entityFor);
  if (LEADING_KEYWORD.test(out)) out = entityFor(out.charAt(0)) + out.slice(1);
  return out;
}

/** One line of text: Mermaid statements end at a newline. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
