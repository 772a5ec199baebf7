import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folders whose code decides what a file's analysis holds: the validator itself and the
 * schemas it applies. Any edit there, even a comment, gives a new version.
 */
const VALIDATOR_FOLDERS = ['./', '../schema/'];

/** The parsers whose output (data, positions, messages) ends up in an analysis. */
const PARSER_PACKAGES = ['yaml', 'astro', 'unified', 'remark-parse', 'remark-mdx', 'satteri', 'parse5', '@astrojs/internal-helpers', 'js-yaml'];

let memo: { version: string | undefined } | undefined;

/**
 * A hash of the validator's own source files and of the versions of the parsers it uses, so
 * cached validation results made by other code are never reused and nobody has to remember to
 * bump a number. Undefined when the sources cannot be read (this module bundled by Vite for
 * Astro's pages): then nothing is cached.
 */
export function validatorVersion(): string | undefined {
  memo ??= { version: computeVersion() };
  return memo.version;
}

function computeVersion(): string | undefined {
  const here = fileURLToPath(new URL('./', import.meta.url));
  // Bundled, this module is a chunk in a folder without the validator's sources.
  if (!existsSync(join(here, 'validate-content.ts'))) return undefined;
  const hash = createHash('sha256');
  try {
    for (const folder of VALIDATOR_FOLDERS) {
      const dir = fileURLToPath(new URL(folder, import.meta.url));
      for (const name of readdirSync(dir).filter((name) => name.endsWith('.ts')).sort()) {
        hash.update(`${folder}${name}\0`).update(readFileSync(join(dir, name))).update('\0');
      }
    }
  } catch {
    return undefined;
  }
  for (const name of PARSER_PACKAGES) hash.update(`${name}@${packageVersion(name)}\0`);
  return hash.digest('hex').slice(0, 32);
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
