import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CollectionName, SourceFile } from '../../src/sources/content-files.ts';

/** Where `new` and `import` write a persona or journey: always MDX, so the narrative can use components. */
export function contentFilePath(root: string, collection: CollectionName, slug: string): { absolute: string; relative: string } {
  return { absolute: join(root, 'content', collection, ...`${slug}.mdx`.split('/')), relative: `content/${collection}/${slug}.mdx` };
}

/** The file that already has this slug (`alta.md`, `alta.mdx` or `Alta.mdx` all have slug "alta"). */
export function fileWithSlug(sources: readonly SourceFile[], slug: string): SourceFile | undefined {
  return sources.find((source) => source.slug === slug);
}

/**
 * Writes a new content file, creating its folders. Without `replacing`, an existing file is never
 * touched ("wx" fails if the file appeared since it was checked); with it, the file `replacing`
 * names is removed first, so `--force` cannot leave two files with one slug.
 */
export function writeContentFile(absolutePath: string, text: string, replacing?: SourceFile): void {
  mkdirSync(dirname(absolutePath), { recursive: true });
  if (replacing && replacing.absolutePath !== absolutePath) rmSync(replacing.absolutePath);
  writeFileSync(absolutePath, text, { encoding: 'utf8', flag: replacing ? 'w' : 'wx' });
}
