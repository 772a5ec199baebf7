import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO } from '../build/harness.ts';

/*
 * The rooms of src/ and the direction imports flow in live in .dependency-cruiser.cjs. TypeScript
 * modules are checked by dependency-cruiser itself; it cannot read .astro files, so their
 * frontmatter imports are checked here against the same rules.
 */

const run = promisify(execFile);
const config = createRequire(import.meta.url)(join(REPO, '.dependency-cruiser.cjs')) as {
  forbidden: Array<{ name: string; from: { path?: string }; to: { path?: string; circular?: boolean; couldNotResolve?: boolean } }>;
};

/** The path rules (not cycles or resolution, which only dependency-cruiser can judge) an import breaks. */
function brokenRules(from: string, to: string): string[] {
  return config.forbidden
    .filter((rule) => rule.to.path !== undefined && !rule.to.circular && !rule.to.couldNotResolve)
    .filter((rule) => new RegExp(rule.from.path ?? '').test(from) && new RegExp(rule.to.path!).test(to))
    .map((rule) => rule.name);
}

function astroFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => name.endsWith('.astro')).map((name) => join(dir, name));
}

/** Relative imports in an .astro file's frontmatter, as repository paths. */
function astroImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return [...frontmatter.matchAll(/\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]|\bimport\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) =>
    relative(REPO, resolve(dirname(file), (match[1] ?? match[2])!)).split('\\').join('/'),
  );
}

describe('the import graph', () => {
  it('has no cycle and no import from a lower room to a higher one (dependency-cruiser)', async () => {
    const depcruise = join(REPO, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs');
    const result = await run(process.execPath, [depcruise, 'src', 'cli', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd: REPO }).then(
      ({ stdout }) => ({ ok: true, output: stdout }),
      (error: { stdout?: string; stderr?: string }) => ({ ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
    );
    expect(result.output).toContain('no dependency violations found');
    expect(result.ok).toBe(true);
  });

  it('keeps the Astro components and pages to the same rules', () => {
    const violations = astroFiles(join(REPO, 'src')).flatMap((file) => {
      const from = relative(REPO, file).split('\\').join('/');
      return astroImports(file).flatMap((to) => brokenRules(from, to).map((rule) => `${from} → ${to} (${rule})`));
    });
    expect(violations).toEqual([]);
  });

  it('would see an upward import or Astro in a pure room', () => {
    expect(brokenRules('src/domain/atlas.ts', 'src/components/views/AtlasTable.astro')).toContain('no-upward-from-domain');
    expect(brokenRules('src/chart/map-columns.ts', 'src/site/urls.ts')).toContain('no-upward-from-chart-export');
    expect(brokenRules('src/components/journey/JourneyMap.astro', 'src/pages/index.astro')).toContain('no-upward-from-components-layouts');
    expect(brokenRules('src/export/journey-json.ts', 'node_modules/astro/dist/index.js')).toContain('pure-rooms-without-astro');
    expect(brokenRules('src/site/urls.ts', 'src/schema/reserved-names.ts')).toEqual([]);
  });
});
