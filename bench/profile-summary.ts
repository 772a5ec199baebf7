/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): where the main thread spent its own time,
 * by function and by area (package, engine folder, build chunk).
 *
 *   node bench/profile-summary.ts <file.cpuprofile> [--top 25]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ENGINE, REPO } from './lib/projects.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  where: string;
  area: string;
  ms: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: SelfTime[];
  areas: Array<{ area: string; ms: number }>;
  /** Time with each of the engine's own functions on the stack (itself and what it calls). */
  engine: SelfTime[];
}

export function summariseProfile(profile: CpuProfile): ProfileSummary {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfByNode = new Map<number, number>();
  // timeDeltas[i] is the time between sample i-1 and sample i: it is spent in sample i's frame.
  profile.samples.forEach((id, index) => selfByNode.set(id, (selfByNode.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));

  const functions = new Map<string, SelfTime>();
  const areas = new Map<string, number>();
  for (const [id, ms] of selfByNode) {
    const frame = byNode.get(id)!.callFrame;
    const where = frame.url ? `${shortPath(frame.url)}:${frame.lineNumber + 1}` : '';
    const name = frame.functionName || '(anonymous)';
    const key = `${name}@${where}`;
    const area = areaOf(frame.url, name);
    const entry = functions.get(key) ?? { name, where, area, ms: 0 };
    entry.ms += ms;
    functions.set(key, entry);
    areas.set(area, (areas.get(area) ?? 0) + ms);
  }
  return {
    totalMs: (profile.endTime - profile.startTime) / 1000,
    functions: [...functions.values()].sort((a, b) => b.ms - a.ms),
    areas: [...areas].map(([area, ms]) => ({ area, ms })).sort((a, b) => b.ms - a.ms),
    engine: engineInclusive(profile, selfByNode),
  };
}

/**
 * Inclusive time of the engine's functions (src/, cli/ and the page bundles built from them):
 * each sample counts once for every distinct engine function on its stack, so a caller's time
 * includes the libraries it calls (validateContent includes yaml and zod).
 */
function engineInclusive(profile: CpuProfile, selfByNode: ReadonlyMap<number, number>): SelfTime[] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, SelfTime>();
  for (const [id, ms] of selfByNode) {
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const frame = byNode.get(current)!.callFrame;
      const area = areaOf(frame.url, frame.functionName);
      if (!isEngineArea(area) || !frame.functionName) continue;
      const where = `${shortPath(frame.url)}:${frame.lineNumber + 1}`;
      const key = `${frame.functionName}@${where}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = totals.get(key) ?? { name: frame.functionName, where, area, ms: 0 };
      entry.ms += ms;
      totals.set(key, entry);
    }
  }
  return [...totals.values()].sort((a, b) => b.ms - a.ms);
}

function isEngineArea(area: string): boolean {
  return area.startsWith('src') || area.startsWith('cli') || area.startsWith('bundle: ');
}

/** Where a frame's code comes from: a package, a folder of the engine, a build chunk, or V8 itself. */
export function areaOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : 'native';
  if (url.startsWith('node:')) return 'node internals';
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules !== -1) {
    const [first, second] = path.slice(modules + '/node_modules/'.length).split('/');
    return first?.startsWith('@') ? `${first}/${second}` : first ?? 'node_modules';
  }
  // Pages and components run from the chunks Vite bundled for prerendering.
  const chunk = /\/\.prerender\/(.+)$|\/(chunks\/[^/]+)$|\/(pages\/.+)$/.exec(path);
  if (chunk) return `bundle: ${(chunk[1] ?? chunk[2] ?? chunk[3])!.replace(/[_.][\w-]{8}\.mjs$/, '.mjs')}`;
  const home = [ENGINE, REPO].find((folder) => path.startsWith(`${folder}/`));
  if (home) {
    const parts = path.slice(home.length + 1).split('/');
    return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  return 'other';
}

function shortPath(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules !== -1) return path.slice(modules + '/node_modules/'.length);
  const home = [ENGINE, REPO].find((folder) => path.startsWith(`${folder}/`));
  return home ? path.slice(home.length + 1) : path;
}

/** The summary as Markdown tables, for the results file. */
export function profileMarkdown(summary: ProfileSummary, top = 25): string {
  const percent = (ms: number) => `${((100 * ms) / summary.totalMs).toFixed(1)} %`;
  const lines = [
    `Profile of ${(summary.totalMs / 1000).toFixed(1)} s of the main thread (self time; satori/sharp/Pagefind work in other threads or processes is not in it).`,
    '',
    '| area | self time | share |',
    '|---|---:|---:|',
    ...summary.areas.slice(0, 15).map((area) => `| ${area.area} | ${(area.ms / 1000).toFixed(2)} s | ${percent(area.ms)} |`),
    '',
    '| function | where | self time | share |',
    '|---|---|---:|---:|',
    ...summary.functions.slice(0, top).map((fn) => `| \`${fn.name}\` | ${fn.where || fn.area} | ${(fn.ms / 1000).toFixed(2)} s | ${percent(fn.ms)} |`),
    '',
    "The engine's own functions, with everything they call (a sample counts for each of them on its stack):",
    '',
    '| function | where | inclusive time | share |',
    '|---|---|---:|---:|',
    ...summary.engine.slice(0, top).map((fn) => `| \`${fn.name}\` | ${fn.where} | ${(fn.ms / 1000).toFixed(2)} s | ${percent(fn.ms)} |`),
  ];
  return lines.join('\n');
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
  if (positionals.length !== 1) {
    console.error('usage: node bench/profile-summary.ts <file.cpuprofile> [--top 25]');
    process.exit(2);
  }
  const profile = JSON.parse(readFileSync(positionals[0]!, 'utf8')) as CpuProfile;
  console.log(profileMarkdown(summariseProfile(profile), Number(values.top)));
}
