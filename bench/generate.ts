/**
 * Generates a synthetic handbook for the benchmark: N journeys (5 phases, 10 touchpoints, every
 * field of docs/format.md#journeys, ~1,000 words of MDX narrative using every narrative component),
 * N/10 personas (every field of docs/format.md#personas), a channels.yaml, a stages.yaml every
 * phase names, and a few sub-folders with `_folder.yaml` labels. One journey in twenty has a
 * touchpoint detailed by an earlier journey (never a later one, so details form no cycle).
 * The same seed always gives the same files, so runs on different days and machines build the same
 * handbook.
 *
 *   node bench/generate.ts --journeys 200 [--seed 7] --out <project dir>
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { seededRandom, type Random } from './lib/random.ts';
import * as words from './lib/vocabulary.ts';

export const DEFAULT_SEED = 7;
/** Journeys are compared with the date a handbook is built on; the bench pins it (JOURNEYBOOK_TODAY). */
export const BENCH_TODAY = '2026-11-25';
export const TOUCHPOINTS_PER_PHASE = 2;
export const NARRATIVE_WORDS = 1000;

export interface HandbookOptions {
  journeys: number;
  seed?: number;
}

export interface GeneratedHandbook {
  /** Path relative to the project root (`content/journeys/banca/….mdx`) → file contents. */
  files: Map<string, string>;
  journeySlugs: string[];
  personaSlugs: string[];
  researchIds: string[];
}

/** One research source per this many journeys (at least one), each cited by several touchpoints. */
export const JOURNEYS_PER_RESEARCH = 20;
const RESEARCH_METHODS = ['interview', 'survey', 'usability-test', 'analytics', 'support-tickets', 'observation', 'desk', 'other'] as const;

export function generateHandbook({ journeys: journeyCount, seed = DEFAULT_SEED }: HandbookOptions): GeneratedHandbook {
  if (!Number.isInteger(journeyCount) || journeyCount < 1) throw new Error(`--journeys must be a positive integer, got ${journeyCount}`);
  const random = seededRandom(seed);
  const files = new Map<string, string>();
  files.set('content/channels.yaml', channelsFile());
  files.set('content/stages.yaml', stringify(words.STAGES.map(([id, name, description]) => ({ id, name, description })), { lineWidth: 0 }));
  for (const [folder, label] of Object.entries(words.FOLDER_LABELS)) files.set(`content/journeys/${folder}/_folder.yaml`, stringify(label, { lineWidth: 0 }));

  const personaCount = Math.max(1, Math.round(journeyCount / 10));
  const personas = Array.from({ length: personaCount }, (_, index) => personaFile(random, index));
  for (const persona of personas) {
    files.set(persona.path, persona.text);
    if (persona.image) files.set(persona.image.path, persona.image.text);
  }
  const personaSlugs = personas.map((persona) => persona.slug);

  // Research is derived from positions, not drawn from `random`: the journeys stay the ones
  // earlier runs of the bench generated with the same seed.
  const researchIds = Array.from({ length: Math.max(1, Math.round(journeyCount / JOURNEYS_PER_RESEARCH)) }, (_, index) => `estudio-${pad(index + 1)}`);
  researchIds.forEach((id, index) => files.set(`content/research/${id}.md`, researchFile(index)));

  const journeySlugs: string[] = [];
  for (let index = 0; index < journeyCount; index++) {
    const journey = journeyFile(random, index, personas, journeySlugs, researchIds);
    journeySlugs.push(journey.slug);
    files.set(journey.path, journey.text);
  }
  return { files, journeySlugs, personaSlugs, researchIds };
}

function researchFile(index: number): string {
  const method = RESEARCH_METHODS[index % RESEARCH_METHODS.length]!;
  const date = new Date(Date.parse(`${BENCH_TODAY}T00:00:00Z`) - (20 + index * 9) * 86_400_000).toISOString().slice(0, 10);
  const data = { title: `Estudio ${index + 1}: ${words.TAGS[index % words.TAGS.length]}`, method, date, participants: 8 + ((index * 7) % 40), owner: words.OWNERS[index % words.OWNERS.length] };
  return withFrontmatter(data, `Hallazgos del estudio ${index + 1}.\n\n> «${words.THOUGHTS[index % words.THOUGHTS.length]}»`);
}

/**
 * Gives `root` a git history with `revisions` revisions of every journey (docs/performance.md,
 * "History"): revision 1 to `revisions − 1` differ from the generated file in some emotions and
 * the last one is the file itself, so the working tree is the last commit. Each revision is
 * committed in batches of 50 journeys, one commit per batch, a day apart, as a team would.
 * Returns how many commits it made.
 */
export function writeHistory(root: string, handbook: GeneratedHandbook, revisions: number): number {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  rmSync(join(root, '.git'), { recursive: true, force: true });
  writeFileSync(join(root, '.gitignore'), 'node_modules\n.cache\n.astro\n.journeybook\ndist\n');
  git('init', '-q', '-b', 'main');
  const journeys = [...handbook.files.keys()].filter((path) => path.startsWith('content/journeys/'));
  const others = [...handbook.files.keys()].filter((path) => !path.startsWith('content/journeys/'));
  let commits = 0;
  let day = Date.parse('2025-01-06T09:00:00Z');
  const commit = (paths: readonly string[], message: string) => {
    git('add', '--', ...paths);
    const when = new Date(day).toISOString();
    execFileSync('git', ['-c', 'user.name=Equipo CX', '-c', 'user.email=cx@example.org', 'commit', '-q', '-m', message], {
      cwd: root,
      env: { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
    });
    commits++;
    day += 86_400_000;
  };
  for (const path of others) writeFileSync(join(root, path), handbook.files.get(path)!);
  commit(['.gitignore', ...others.map((path) => path)], 'Personas, canales e investigación');
  for (let revision = 1; revision <= revisions; revision++) {
    for (let start = 0; start < journeys.length; start += 50) {
      const batch = journeys.slice(start, start + 50);
      for (const path of batch) writeFileSync(join(root, path), revision === revisions ? handbook.files.get(path)! : earlierRevision(handbook.files.get(path)!, revision));
      commit(batch, `Revisión ${revision} de los recorridos ${start + 1}–${start + batch.length}`);
    }
  }
  return commits;
}

/** The file as it was in an earlier revision: some touchpoints felt a point better or worse. */
function earlierRevision(text: string, revision: number): string {
  let position = 0;
  return text.replace(/^(\s+emotion: )(-?\d+)$/gm, (_, prefix: string, value: string) => {
    const shift = ((revision * 7 + position++ * 3) % 3) - 1;
    return `${prefix}${Math.max(-3, Math.min(3, Number(value) + shift))}`;
  });
}

/**
 * Makes `<root>/content` hold exactly the generated handbook. Files that already hold the right
 * text are left untouched, so regenerating the same handbook changes nothing a warm build sees.
 */
export function writeHandbook(root: string, handbook: GeneratedHandbook): void {
  const contentDir = join(root, 'content');
  if (existsSync(contentDir)) {
    for (const name of readdirSync(contentDir, { recursive: true, encoding: 'utf8' })) {
      const path = join('content', name);
      if (!handbook.files.has(path.split(sep).join('/')) && statSync(join(root, path)).isFile()) rmSync(join(root, path));
    }
  }
  for (const [path, text] of handbook.files) {
    const target = join(root, path);
    if (existsSync(target) && readFileSync(target, 'utf8') === text) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

function channelsFile(): string {
  return `# Channels of the synthetic benchmark handbook: one relabelled built-in channel and three new ones.
store:
  label: Oficina
  icon: "🏦"
cajero:
  label: Cajero automático
  icon: "🏧"
portal-cliente:
  label: Portal del cliente
  icon: "🖥️"
quiosco:
  label: Quiosco de autoservicio
`;
}

interface GeneratedPersona {
  slug: string;
  name: string;
  path: string;
  text: string;
  image?: { path: string; text: string };
}

function personaFile(random: Random, index: number): GeneratedPersona {
  const first = words.FIRST_NAMES[index % words.FIRST_NAMES.length]!;
  const last = random.pick(words.LAST_NAMES);
  const name = `${first} ${last}`;
  // One persona in four lives in a sub-folder, one in five is plain Markdown.
  const folder = index % 4 === 1 ? 'empresas/' : '';
  const format = index % 5 === 2 ? 'md' : 'mdx';
  const base = `${slugify(name)}-${pad(index + 1)}`;
  const slug = `${folder}${base}`;
  const imageName = `img/${base}.svg`;
  const usesImage = index % 2 === 0;
  const age = random.int(19, 82);
  const occupation = random.pick(words.OCCUPATIONS);
  const city = random.pick(words.CITIES);
  const data = {
    name,
    role: `${occupation[0]!.toUpperCase()}${occupation.slice(1)}, ${age} años`,
    avatar: usesImage ? `./${imageName}` : random.pick(words.EMOJI_AVATARS),
    quote: random.pick(words.THOUGHTS),
    segment: random.pick(words.SEGMENTS),
    goals: random.sample(words.PERSONA_GOALS, 3),
    needs: random.sample(words.PERSONA_NEEDS, 3),
    pains: random.sample(words.PERSONA_PAINS, 3),
    expectations: random.sample(words.PERSONA_EXPECTATIONS, 2),
    motivations: random.sample(words.PERSONA_MOTIVATIONS, 2),
    channels: random.sample(words.CHANNELS, 4),
    visibility: 'internal',
    supporting: random.sample(words.RELATIVES, 2).map((relative, position) => ({
      name: `${random.pick(words.FIRST_NAMES)}, ${relative.name}`,
      role: relative.role,
      influence: words.INFLUENCES[(index + position) % words.INFLUENCES.length],
    })),
  };
  const paragraphs = [
    `${first} vive en ${city} y trabaja como ${occupation}. ${paragraph(random, 50)}`,
    paragraph(random, 70),
  ];
  const callout = `<Callout type="note">\n${paragraph(random, 30)}\n</Callout>`;
  const body = format === 'mdx' ? [paragraphs[0], callout, paragraphs[1]].join('\n\n') : paragraphs.join('\n\n');
  return {
    slug,
    name,
    path: `content/personas/${slug}.${format}`,
    text: withFrontmatter(data, body),
    image: usesImage ? { path: `content/personas/${folder}${imageName}`, text: avatarSvg(name, index) } : undefined,
  };
}

function journeyFile(random: Random, index: number, personas: readonly GeneratedPersona[], earlier: readonly string[], researchIds: readonly string[]) {
  const sector = words.SECTORS[index % words.SECTORS.length]!;
  const action = random.pick(sector.actions);
  const title = `${action} ${random.pick(sector.objects)}`;
  const slug = `${sector.folder ? `${sector.folder}/` : ''}${slugify(action)}-${pad(index + 1)}`;
  const persona = personas[index % personas.length]!;
  // Every tenth journey is a vision of the future that improves on the journey before it.
  const future = index % 10 === 9 && earlier.length > 0;
  const phases = words.PHASE_SETS[index % words.PHASE_SETS.length]!.map(([id, name, goal, duration], position) => ({
    id,
    name,
    goal,
    duration,
    ...(position % 2 === 1 ? { kpis: [kpi(random)] } : {}),
    stage: words.STAGES[position % words.STAGES.length]![0],
  }));
  const touchpoints: Array<ReturnType<typeof touchpoint> & { sources?: string[]; quote?: string; tags?: string[]; detail?: string }> = phases.flatMap((phase, phaseIndex) =>
    Array.from({ length: TOUCHPOINTS_PER_PHASE }, (_, k) => {
      const position = phaseIndex * TOUCHPOINTS_PER_PHASE + k;
      // Two touchpoints in three rest on research; one in five carries a verbatim from it.
      const evidence =
        position % 3 === 2
          ? {}
          : { sources: [researchIds[(index * 10 + position) % researchIds.length]!], ...(position % 5 === 0 ? { quote: words.THOUGHTS[(index + position) % words.THOUGHTS.length]! } : {}) };
      return { ...touchpoint(random, phase.id, position), ...evidence };
    }),
  );
  // Tags and details are picked without drawing from `random`, so the rest of the handbook stays
  // what earlier runs of the same seed generated.
  touchpoints.forEach((item, position) => {
    if (position % 3 === 0) item.tags = [words.TAGS[(index * 7 + position) % words.TAGS.length]!];
  });
  if (index % 20 === 19 && earlier.length >= 5) touchpoints[4]!.detail = earlier[earlier.length - 5]!;
  // The last touchpoint has no id: it gets the default one, `t10`.
  delete (touchpoints[touchpoints.length - 1] as { id?: string }).id;
  const data = {
    title,
    persona: persona.slug,
    summary: `${persona.name.split(' ')[0]} quiere ${action.toLowerCase()} ${random.pick(sector.objects)}. ${sentence(random)}`,
    scenario: `${paragraph(random, 35)}`,
    state: future ? 'future' : 'current',
    ...(future ? { compares: earlier[earlier.length - 1] } : {}),
    owner: random.pick(words.OWNERS),
    reviewed: reviewDate(random),
    // One journey in four is reviewed on its own schedule, a year apart.
    ...(index % 4 === 0 ? { review_every: '1 año' } : {}),
    tags: random.sample(words.TAGS, 3),
    // Stated, as the default says the same: the whole handbook is built, as an intranet would.
    visibility: 'internal',
    kpis: [kpi(random), kpi(random), kpi(random)],
    phases,
    touchpoints,
  };
  const namedIds = touchpoints.flatMap((item) => ('id' in item && item.id ? [item.id] : []));
  return { slug, path: `content/journeys/${slug}.mdx`, text: withFrontmatter(data, narrative(random, persona, phases, namedIds)) };
}

function touchpoint(random: Random, phase: string, position: number) {
  const emotion = random.int(-3, 3);
  const mood = emotion < 0 ? 'negative' : emotion === 0 ? 'neutral' : 'positive';
  // One touchpoint in six writes its emotion as a word, as authors may (docs/format.md#the-emotion-scale).
  const written = position % 6 === 5 && emotion !== 0 && Math.abs(emotion) === 2 ? mood : emotion;
  const moment = emotion >= 2 && random.chance(0.5) ? 'truth' : emotion <= -2 && random.chance(0.6) ? 'pain' : undefined;
  return {
    id: `${phase}-${position + 1}`,
    phase,
    title: `${random.pick(words.TOUCHPOINT_VERBS)} ${random.pick(words.TOUCHPOINT_OBJECTS)}`,
    channel: random.pick(words.CHANNELS),
    emotion: written,
    feeling: random.pick(words.FEELINGS[mood]),
    thought: random.pick(words.THOUGHTS),
    ...(emotion < 1 ? { pain: random.pick(words.PAINS), opportunity: random.pick(words.OPPORTUNITIES) } : {}),
    ...(moment ? { moment } : {}),
    // Most touchpoints keep the default importance (3), as authors would.
    ...(random.chance(0.6) ? { importance: random.int(1, 5) } : {}),
    owner: random.pick(words.OWNERS),
    evidence: random.sample(words.EVIDENCE, random.int(1, 2)),
    backstage: random.sample(words.BACKSTAGE, random.int(1, 2)),
    support: random.sample(words.SUPPORT, random.int(1, 2)),
    ...(position % 4 === 1 ? { kpis: [kpi(random)] } : {}),
  };
}

function kpi(random: Random) {
  const [name, unit, typical, better] = random.pick(words.KPIS);
  const value = Math.round(typical * (0.6 + random.next() * 0.8) * 10) / 10;
  return {
    name,
    value,
    ...(unit ? { unit } : {}),
    target: typical,
    // `better` is written only when it is not the default, as authors would.
    ...(better === 'lower' ? { better } : {}),
  };
}

/** ~1,000 words: an introduction, one section per phase and next steps, with every narrative component. */
function narrative(random: Random, persona: GeneratedPersona, phases: ReadonlyArray<{ id: string; name: string }>, touchpointIds: readonly string[]): string {
  const blocks: string[] = [paragraph(random, 70), `<Persona slug="${persona.slug}" />`];
  phases.forEach((phase, index) => {
    blocks.push(`## ${phase.name}: ${random.pick(words.HEADINGS).toLowerCase()}`, paragraph(random, 70), paragraph(random, 55));
    if (index === 0 || index === 3) blocks.push(`<Touchpoint id="${touchpointIds[index * TOUCHPOINTS_PER_PHASE]}" />`);
    if (index === 1) blocks.push('<EmotionChart />');
    if (index === 2) {
      blocks.push(random.sample(words.PAINS, 3).map((pain) => `- ${pain}.`).join('\n'));
    }
    if (index === 4) blocks.push(`<Callout type="warning">\n**${random.pick(words.PAINS)}.** ${paragraph(random, 25)}\n</Callout>`);
  });
  blocks.push(
    `## ${words.HEADINGS.at(-1)}`,
    paragraph(random, 40),
    random.sample(words.OPPORTUNITIES, 3).map((item, n) => `${n + 1}. ${item}.`).join('\n'),
    `<Callout type="tip">\n${paragraph(random, 30)}\n</Callout>`,
  );
  // Top up with prose until the narrative reaches its length.
  let count = wordCount(blocks.join('\n'));
  while (count < NARRATIVE_WORDS) {
    const extra = paragraph(random, Math.min(90, NARRATIVE_WORDS - count + 5));
    blocks.splice(blocks.length - 3, 0, extra);
    count += wordCount(extra);
  }
  return blocks.join('\n\n');
}

function paragraph(random: Random, targetWords: number): string {
  const sentences: string[] = [];
  let count = 0;
  while (count < targetWords) {
    const next = sentence(random);
    sentences.push(next);
    count += wordCount(next);
  }
  return sentences.join(' ');
}

function sentence(random: Random): string {
  const opening = random.chance(0.35) ? `${random.pick(words.CONNECTORS)} ${lowerFirst(random.pick(words.SUBJECTS))}` : random.pick(words.SUBJECTS);
  const emphasis = random.chance(0.08) ? `*${random.pick(words.OBJECTS)}*` : random.pick(words.OBJECTS);
  return `${opening} ${random.pick(words.VERBS)} ${emphasis} ${random.pick(words.COMPLEMENTS)}.`;
}

/** Counts the words a reader reads: component tags and Markdown markers are not words. */
export function wordCount(text: string): number {
  return text
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter((token) => /\p{L}/u.test(token)).length;
}

function reviewDate(random: Random): string {
  // Between about 7.5 months and a few days before the pinned build date: some journeys are stale.
  const today = Date.parse(`${BENCH_TODAY}T00:00:00Z`);
  const daysAgo = random.int(3, 230);
  return new Date(today - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

function withFrontmatter(data: unknown, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`;
}

function avatarSvg(name: string, index: number): string {
  const initials = name.split(' ').map((part) => part[0]).join('');
  const hue = (index * 47) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96" role="img" aria-label="${name}">
  <rect width="96" height="96" rx="48" fill="hsl(${hue} 45% 42%)"/>
  <text x="48" y="58" font-family="sans-serif" font-size="32" fill="#fff" text-anchor="middle">${initials}</text>
</svg>
`;
}

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function lowerFirst(text: string): string {
  return `${text[0]!.toLowerCase()}${text.slice(1)}`;
}

function pad(value: number): string {
  return String(value).padStart(4, '0');
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { journeys: { type: 'string', default: '200' }, seed: { type: 'string', default: String(DEFAULT_SEED) }, out: { type: 'string' } },
  });
  if (!values.out) {
    console.error('usage: node bench/generate.ts --journeys N [--seed S] --out <project dir>');
    process.exit(2);
  }
  const handbook = generateHandbook({ journeys: Number(values.journeys), seed: Number(values.seed) });
  writeHandbook(values.out, handbook);
  console.log(`wrote ${handbook.journeySlugs.length} journeys and ${handbook.personaSlugs.length} personas into ${join(values.out, 'content')}`);
}
