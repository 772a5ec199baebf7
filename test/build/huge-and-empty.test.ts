/**
 * Issue 6 (hostile and broken input): a huge journey (10,000 touchpoints) and empty files.
 *
 * What is asserted for the huge journey, and why: validation reads every touchpoint (how fast is
 * the benchmark's business, `npm run bench`, not a timed test's: on a loaded machine a time limit
 * fails for no fault of the code; about 2 s measured alone), an error in
 * its last touchpoint must be reported at its real position, and the build must finish and write
 * a page and a JSON export with every touchpoint. The build is slow (about 45 s, an 18 MB page):
 * no time is asserted for it beyond the suite's own limit, because a journey of that size is a
 * data dump rather than a map, and the useful guarantee is that it neither crashes nor loses data.
 */
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from './harness.ts';
import { check } from '../helpers/content-sources.ts';

const HUGE = 10_000;
const PHASES = 10;
const PERSONA = '---\nname: Ana Fernández\n---\n\nBiografía.\n';
/** Signs of a crash instead of a message. */
const STACK_TRACE = /^\s+at |node:internal|TypeError|ReferenceError/m;

function hugeJourney(change: (touchpoints: Array<Record<string, unknown>>) => void = () => {}): string {
  const phases = Array.from({ length: PHASES }, (_, index) => ({ id: `fase-${index + 1}`, name: `Fase ${index + 1}` }));
  const touchpoints: Array<Record<string, unknown>> = Array.from({ length: HUGE }, (_, index) => ({
    phase: `fase-${Math.floor(index / (HUGE / PHASES)) + 1}`,
    title: `Paso ${index + 1}: llama al centro de atención`,
    channel: ['web', 'phone', 'app', 'store'][index % 4],
    emotion: (index % 7) - 3,
    ...(index % 5 === 0 ? { pain: 'Espera demasiado', moment: 'pain' } : {}),
  }));
  change(touchpoints);
  return `---\n${stringify({ title: 'Un recorrido enorme', persona: 'ana', phases, touchpoints }, { lineWidth: 0 })}---\n\nNarrativa breve.\n`;
}

describe('a journey with 10,000 touchpoints', () => {
  it('validates, with every touchpoint read', () => {
    const checked = check({ 'content/personas/ana.md': PERSONA, 'content/journeys/enorme.md': hugeJourney() });
    expect(checked.errors).toEqual([]);
    expect(checked.result.journeys[0]?.data.touchpoints).toHaveLength(HUGE);
  });

  it('reports an error in its last touchpoint at the line where it is', () => {
    const text = hugeJourney((touchpoints) => (touchpoints[HUGE - 1]!.channel = 'phon'));
    const checked = check({ 'content/personas/ana.md': PERSONA, 'content/journeys/enorme.md': text });
    expect(checked.errors).toHaveLength(1);
    const line = text.split('\n').findIndex((row) => /channel: phon$/.test(row)) + 1;
    expect(checked.errors[0]).toMatch(new RegExp(`^content/journeys/enorme\\.md:${line}:\\d+: touchpoints\\[${HUGE - 1}\\]\\.channel: unknown channel "phon" \\(did you mean "phone"\\?\\)`));
  });

  describe('built', () => {
    let fixture: Fixture;
    let build: { code: number; stdout: string; stderr: string };
    beforeAll(async () => {
      fixture = createFixture('huge-journey', { files: { 'content/personas/ana.md': PERSONA, 'content/journeys/enorme.md': hugeJourney() } });
      build = await fixture.run('cli/build.ts');
    }, 600_000);
    afterAll(() => fixture?.remove());

    it('builds without a crash', () => {
      expect(build.code, build.stderr).toBe(0);
      expect(build.stderr).not.toMatch(STACK_TRACE);
    });

    it('writes the page and a JSON export with every touchpoint, in order', () => {
      expect(fixture.exists('journeys/enorme/index.html')).toBe(true);
      const json = JSON.parse(fixture.read('journeys/enorme.json')) as { touchpoints: Array<{ id: string }>; stats: { momentsOfPain: string[] } };
      expect(json.touchpoints).toHaveLength(HUGE);
      expect(json.touchpoints.at(-1)?.id).toBe(`t${HUGE}`);
      expect(json.stats.momentsOfPain).toHaveLength(HUGE / 5);
    });
  });
});

describe('empty files', () => {
  const journey = (body: string) => ({ 'content/personas/ana.md': PERSONA, 'content/journeys/vacio.mdx': body });

  it.each([
    ['an empty file', ''],
    ['a file of blank lines', '\n\n  \n'],
    ['a file with only a byte order mark', '\uFEFF'],
    ['text without frontmatter', 'Aquí irá el recorrido.\n'],
  ])('rejects %s with a line that says what a journey file needs', (_, text) => {
    const checked = check(journey(text));
    expect(checked.errors).toEqual([
      'content/journeys/vacio.mdx:1:1: frontmatter: no frontmatter: start the file with a "---" line, the fields, and another "---" line',
    ]);
  });

  it('rejects empty frontmatter by naming every required field', () => {
    const checked = check(journey('---\n---\n'));
    expect(checked.ok).toBe(false);
    for (const field of ['title', 'persona', 'phases', 'touchpoints']) {
      expect(checked.messages.some((line) => line.startsWith(`content/journeys/vacio.mdx: ${field}: is required`)), field).toBe(true);
    }
  });

  it('rejects an empty persona file by naming it', () => {
    const checked = check({ 'content/personas/ana.md': '', 'content/journeys/vacio.mdx': '' });
    expect(checked.errors.some((line) => line.startsWith('content/personas/ana.md:1:1: frontmatter: no frontmatter'))).toBe(true);
  });

  it('accepts an empty channels.yaml as "no extra channels"', () => {
    const valid = `---\n${stringify({ title: 'Alta', persona: 'ana', phases: [{ id: 'a', name: 'A' }], touchpoints: [{ phase: 'a', title: 'Lee', channel: 'web', emotion: 1 }] })}---\n`;
    expect(check({ ...journey(valid), 'content/channels.yaml': '' }).errors).toEqual([]);
    expect(check({ ...journey(valid), 'content/channels.yaml': '# sin canales propios\n' }).errors).toEqual([]);
  });

  it('makes npm run check exit 1 with the message and no stack trace', async () => {
    const fixture = createFixture('empty-file', { files: journey('') });
    try {
      const result = await fixture.run('cli/check.ts');
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('content/journeys/vacio.mdx:1:1: frontmatter: no frontmatter');
      expect(result.stderr + result.stdout).not.toMatch(STACK_TRACE);
    } finally {
      fixture.remove();
    }
  });
});
