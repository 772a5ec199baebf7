import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorEnvironment, freePort } from '../../bench/lib/dev-loop.ts';
import { createFixture, REPO, type Fixture } from './harness.ts';

/*
 * `npm run dev` with a file that has errors: the server starts anyway, prints each error as one
 * line (no stack trace), answers the broken file's pages with those lines, and serves every other
 * page. A real `astro dev` on a copy of a fixture handbook, edited while it runs, as an author does.
 */

const BROKEN_JOURNEY = `---
title: Pedir cita
persona: ana
owner: Atención: Primaria
phases:
  - id: pedir
    name: Pedir
touchpoints:
  - phase: pedir
    title: Llama
    channel: phone
    emotion: -1
---

Texto.
`;

/** A study, a journey resting on it and a track leading to that journey: research and tracks fail alone too. */
const SURVEY = `---
title: Patient survey
method: survey
date: 2026-02-01
---

Most callers hang up after ten minutes.
`;

const SURVEY_BACKED = `---
title: Call the appointment line
persona: staff/luis
phases:
  - id: call
    name: Call
touchpoints:
  - phase: call
    title: Waits on hold
    channel: phone
    emotion: -2
    sources: [survey]
---

Luis waits.
`;

const NEWCOMERS = `---
title: For newcomers
steps:
  - journey: health/survey-backed
  - page: insights
---

Start here.
`;

const COLON_LINE = 'content/journeys/health/broken.mdx:4:8: owner: the value contains ": ", which YAML reads as the start of another field: put the value in quotes: owner: "Atención: Primaria"';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the dev server with a broken file', () => {
  let fixture: Fixture;
  let server: ChildProcess;
  let output = '';
  let base = '';

  const get = async (path: string) => {
    const answer = await fetch(`${base}${path}`, { redirect: 'manual' });
    return { status: answer.status, text: await answer.text() };
  };
  /** The status of a page once the dev server has seen the last edit (it reloads content on save). */
  const eventually = async (path: string, status: number) => {
    let last = await get(path);
    for (let tries = 0; last.status !== status && tries < 60; tries++) {
      await sleep(250);
      last = await get(path);
    }
    return last;
  };
  const edit = (path: string, change: (text: string) => string) => {
    const file = join(fixture.root, path);
    writeFileSync(file, change(readFileSync(file, 'utf8')));
  };
  const errorLines = (html: string) => /<pre data-content-errors>([\s\S]*?)<\/pre>/.exec(html)?.[1]?.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').split('\n');

  beforeAll(async () => {
    fixture = createFixture('valid', {
      files: {
        'content/journeys/health/broken.mdx': BROKEN_JOURNEY,
        'content/research/survey.md': SURVEY,
        'content/journeys/health/survey-backed.md': SURVEY_BACKED,
        'content/tracks/newcomers.md': NEWCOMERS,
      },
    });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: fixture.root,
      env: { ...authorEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', JOURNEYBOOK_TODAY: '2026-03-10', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    for (let tries = 0; tries < 240; tries++) {
      if (server.exitCode !== null) throw new Error(`astro dev stopped:\n${output}`);
      try {
        if ((await fetch(`${base}/`, { signal: AbortSignal.timeout(60_000) })).status === 200) return;
      } catch {
        // Not listening yet.
      }
      await sleep(500);
    }
    throw new Error(`astro dev did not answer:\n${output}`);
  }, 180_000);

  afterAll(() => {
    server?.kill();
    fixture?.remove();
  });

  it('starts, and prints the error first as one plain line, without a stack trace', () => {
    const lines = output.split('\n');
    const first = lines.findIndex((line) => line.includes('content/journeys/health/broken.mdx'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(lines[first]).toContain(COLON_LINE);
    expect(lines.slice(0, first).some((line) => /error/i.test(line))).toBe(false);
    expect(output).not.toMatch(/^\s+at /m);
  });

  it('answers the broken file\'s pages with its error, and serves every other page', async () => {
    for (const path of ['/journeys/health/broken/', '/journeys/health/broken/blueprint/', '/journeys/health/broken.json']) {
      const page = await get(path);
      expect(page.status, path).toBe(500);
      expect(errorLines(page.text), path).toEqual([COLON_LINE]);
    }
    for (const path of ['/', '/journeys/', '/journeys/banking/open-account/', '/journeys/banking/open-account-future/', '/personas/ana/', '/personas/staff/luis/', '/insights/', '/channels/']) {
      expect((await get(path)).status, path).toBe(200);
    }
    expect((await get('/journeys/')).text).not.toContain('/journeys/health/broken/');
  });

  it('shows a "<3" in a narrative on that journey\'s page, and on the pages of the journeys that need it', async () => {
    edit('content/journeys/banking/open-account.mdx', (text) => `${text}\nWe love it <3\n`);
    const page = await eventually('/journeys/banking/open-account/', 500);
    expect(page.status).toBe(500);
    expect(errorLines(page.text)).toEqual([expect.stringMatching(/^content\/journeys\/banking\/open-account\.mdx:\d+:12: body: "<3" reads as the start of a tag: write &lt; for the "<" sign, or put the text in backticks/)]);
    const future = await get('/journeys/banking/open-account-future/');
    expect(future.status).toBe(500);
    expect(future.text).toContain('content/journeys/banking/open-account.mdx');
    expect((await get('/personas/ana/')).status).toBe(200);
    expect((await get('/journeys/health/appointment/')).status).toBe(200);
  });

  it('serves the page again once the file is fixed', async () => {
    edit('content/journeys/banking/open-account.mdx', (text) => text.replace('We love it <3', 'We love it'));
    expect((await eventually('/journeys/banking/open-account/', 200)).status).toBe(200);
    expect((await eventually('/journeys/banking/open-account-future/', 200)).status).toBe(200);
  });

  it("shows a saved title and narrative without a restart, and Astro's content store keeps neither frontmatter nor bodies", async () => {
    edit('content/journeys/banking/open-account-future.mdx', (text) => `${text.replace('title: Open an account online, in one sitting', 'title: Open an account in one sitting')}\nA sentence saved a moment ago.\n`);
    let page = await get('/journeys/banking/open-account-future/');
    for (let tries = 0; !(page.text.includes('Open an account in one sitting') && page.text.includes('A sentence saved a moment ago.')) && tries < 60; tries++) {
      await sleep(250);
      page = await get('/journeys/banking/open-account-future/');
    }
    expect(page.status).toBe(200);
    expect(page.text).toContain('Open an account in one sitting');
    expect(page.text).toContain('A sentence saved a moment ago.');
    // Pages read the model, not the store: Astro serialises the store after every save, so it stays small (src/integration/narrative-store.ts).
    const store = readFileSync(join(fixture.root, '.astro', 'data-store.json'), 'utf8');
    expect(store).toContain('open-account-future');
    for (const kept of ['The same journey once drafts are saved', 'What Ana would live if we fixed', 'Luis needs a cardiology appointment']) expect(store).not.toContain(kept);
  });

  it('answers a page asked for in the very instant of a save whole: with the content before the save or its error, never a stack trace', async () => {
    const path = '/journeys/banking/open-account-future/';
    for (const round of [1, 2, 3]) {
      edit('content/journeys/banking/open-account-future.mdx', (text) => text.replace(/^reviewed: .*$/m, 'reviewed: 2026-10-20: late'));
      // Asked for before the watcher can have told of the save, and while it does.
      const answers = await Promise.all([get(path), sleep(5).then(() => get(path)), sleep(20).then(() => get(path))]);
      for (const answer of answers) expect(answer.status === 200 || errorLines(answer.text)?.[0]?.startsWith('content/journeys/banking/open-account-future.mdx:'), `round ${round}: ${answer.status}`).toBe(true);
      expect((await eventually(path, 500)).status).toBe(500);
      edit('content/journeys/banking/open-account-future.mdx', (text) => text.replace('reviewed: 2026-10-20: late', 'reviewed: 2026-10-20'));
      expect((await eventually(path, 200)).status).toBe(200);
    }
    expect(output).not.toMatch(/^\s+at /m);
  });

  it('leaves out the journeys of a persona with errors, and keeps the rest', async () => {
    edit('content/personas/ana.mdx', (text) => text.replace(/^role: .*$/m, 'role: Cliente: particular'));
    const persona = await eventually('/personas/ana/', 500);
    expect(errorLines(persona.text)).toEqual([expect.stringContaining('content/personas/ana.mdx:3:7: role: the value contains ": "')]);
    expect((await get('/journeys/banking/open-account/')).status).toBe(500);
    expect((await get('/journeys/health/appointment/')).status).toBe(200);
    expect((await get('/personas/staff/luis/')).status).toBe(200);
    expect(output).not.toMatch(/^\s+at /m);
  });

  it('shows a research source with errors on its page, and on the journey citing it and the track leading there', async () => {
    for (const path of ['/research/survey/', '/journeys/health/survey-backed/', '/tracks/newcomers/']) expect((await get(path)).status, path).toBe(200);
    edit('content/research/survey.md', (text) => text.replace('title: Patient survey', 'title: Survey: patients'));
    const research = await eventually('/research/survey/', 500);
    // Long enough for Astro to save its content store, which is when it forgets the pages it
    // listed (getStaticPaths): the pages asked for below are then listed from the broken content.
    await sleep(2500);
    expect(errorLines(research.text)).toEqual([
      'content/research/survey.md:2:8: title: the value contains ": ", which YAML reads as the start of another field: put the value in quotes: title: "Survey: patients"',
    ]);
    const journey = await get('/journeys/health/survey-backed/');
    expect(journey.status).toBe(500);
    expect(journey.text).toContain('content/research/survey.md');
    const track = await get('/tracks/newcomers/');
    expect(track.status).toBe(500);
    expect(track.text).toContain('content/journeys/health/survey-backed.md');
    for (const path of ['/research/', '/tracks/', '/journeys/health/appointment/']) expect((await get(path)).status, path).toBe(200);

    edit('content/research/survey.md', (text) => text.replace('title: Survey: patients', 'title: Patient survey'));
    expect((await eventually('/tracks/newcomers/', 200)).status).toBe(200);
    expect((await get('/journeys/health/survey-backed/')).status).toBe(200);
  });

  it('shows a track with errors on its own page only', async () => {
    edit('content/tracks/newcomers.md', (text) => text.replace('title: For newcomers', 'title: For newcomers: week one'));
    const track = await eventually('/tracks/newcomers/', 500);
    expect(errorLines(track.text)).toEqual([expect.stringMatching(/^content\/tracks\/newcomers\.md:2:8: title: the value contains ": "/)]);
    for (const path of ['/tracks/', '/journeys/health/survey-backed/', '/research/survey/']) expect((await get(path)).status, path).toBe(200);
    expect(output).not.toMatch(/^\s+at /m);
  });
});
