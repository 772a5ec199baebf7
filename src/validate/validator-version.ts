import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The modules whose code decides what a cached analysis holds: the per-file analysis and the
 * cache's own format. Everything they import, in any room, is followed: moving a helper to
 * another folder cannot leave stale analyses behind. Any edit there, even a comment, gives a new
 * version.
 */
const ENTRY_MODULES = ['./file-analysis.ts', './validation-cache.ts'];

/** The parsers whose output (data, positions, messages) ends up in an analysis. */
const PARSER_PACKAGES = ['yaml', 'astro', 'unified', 'remark-parse', 'remark-mdx', 'satteri', 'parse5', '@astrojs/internal-helpers', 'js-yaml'];

let memo: { version: string | undefined } | undefined;
let snapshotMemo: { version: string | undefined } | undefined;

/**
 * The version of the lenient reader of past revisions (revision-snapshot.ts), for the cache of
 * what each old file version holds: like validatorVersion(), a hash of its code and parsers.
 */
export function snapshotReaderVersion(): string | undefined {
  snapshotMemo ??= { version: computeVersion(['./revision-snapshot.ts']) };
  return snapshotMemo.version;
}

/**
 * A hash of the validator's own source files and of the versions of the parsers it uses, so
 * cached validation results made by other code are never reused and nobody has to remember to
 * bump a number. Undefined when the sources cannot be read (this module bundled by Vite for
 * Astro's pages): then nothing is cached.
 */
export function validatorVersion(): string | undefined {
  memo ??= { version: computeVersion(ENTRY_MODULES) };
  return memo.version;
}

function computeVersion(modules: readonly string[]): string | undefined {
  const entries = modules.map((entry) => fileURLToPath(new URL(entry, import.meta.url)));
  // Bundled, this module is a chunk in a folder without the validator's sources.
  if (!entries.every((entry) => existsSync(entry))) return undefined;
  const hash = createHash('sha256');
  const root = fileURLToPath(new URL('../', import.meta.url));
  try {
    for (const [file, text] of moduleGraph(entries)) hash.update(`${relative(root, file)}\0`).update(text).update('\0');
  } catch {
    return undefined;
  }
  for (const name of PARSER_PACKAGES) hash.update(`${name}@${packageVersion(name)}\0`);
  return hash.digest('hex').slice(0, 32);
}

/** A relative import or re-export: `from './x.ts'`, `import './x.ts'`, `import('./x.ts')`. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * Every source file reachable from `entries` through relative imports (type-only ones included:
 * they are few, and cheaper to hash than to tell apart), with its text, sorted by path.
 */
export function moduleGraph(entries: readonly string[]): Array<[string, Buffer]> {
  const seen = new Map<string, Buffer>();
  const pending = [...entries];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    const text = readFileSync(file);
    seen.set(file, text);
    for (const match of text.toString('utf8').matchAll(RELATIVE_IMPORT)) {
      // The pattern also meets examples in comments; a real import names a file that exists.
      const target = resolve(dirname(file), match[1]!);
      if (existsSync(target)) pending.push(target);
    }
  }
  return [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The version of the copy of `name` this module loads, or "unknown". */
function packageVersion(name: string): string {
  try {
    let dir = dirname(fileURLToPath(import.meta.resolve(name)));
    for (let guard = 0; guard < 10 && dirname(dir) !== dir; guard++, dir = dirname(dir)) {
      const manifest = join(dir, 'package.json');
      if (!existsSync(manifest)) continue;
      const { name: found, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (found === name && version) return version;
    }
  } catch {
    // import.meta.resolve is missing in some loaders, and a package may not resolve from here.
  }
  return 'unknown';
}
