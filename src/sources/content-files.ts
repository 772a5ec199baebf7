import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export type CollectionName = 'personas' | 'journeys';

/** One content file as read from disk, before any parsing. */
export interface SourceFile {
  collection: CollectionName;
  /** docs/format.md#slugs-and-ids: the path below the collection folder, without extension, lower-cased. */
  slug: string;
  /** Path relative to the project root, with forward slashes, as messages show it. */
  file: string;
  absolutePath: string;
  format: 'md' | 'mdx';
  text: string;
}

export interface ContentSources {
  root: string;
  personas: SourceFile[];
  journeys: SourceFile[];
  /** `content/channels.yaml` (or `.yml`) when present. */
  channels?: { file: string; text: string };
  /** `content/stages.yaml` (or `.yml`) when present. */
  stages?: { file: string; text: string };
  /** Every `_folder.yaml` (or `.yml`) below content/journeys/, sorted by folder. */
  folders?: FolderSource[];
}

/** A `_folder.yaml` as read from disk. */
export interface FolderSource {
  /**
   * The folder below content/journeys/, as journey slugs spell it ("banca", "banca/empresas"):
   * the group of the journeys it holds. "" for a file directly in content/journeys/.
   */
  folder: string;
  file: string;
  text: string;
}

/** The names a folder label file may have, the first one found wins (as for channels.yaml). */
export const FOLDER_FILE_NAMES = ['_folder.yaml', '_folder.yml'] as const;

const CONTENT_FILE = /\.(mdx?)$/i;

/** The slug rule of docs/format.md#slugs-and-ids, shared by the reader and the Astro collection loader. */
export function slugFromPath(pathBelowCollection: string): string {
  return pathBelowCollection.split(sep).join('/').replace(CONTENT_FILE, '').toLowerCase();
}

/**
 * The content files of a collection, as paths below its folder: `.md` and `.mdx` files, leaving
 * out every file and folder whose name starts with `_` or `.` (drafts, editor files). The one
 * rule of which files a handbook has, for the reader and for anything that counts them.
 */
export function listContentFiles(root: string, collection: CollectionName): string[] {
  const dir = join(root, 'content', collection);
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter(
    (name) => CONTENT_FILE.test(name) && !name.split(sep).some((part) => part.startsWith('_') || part.startsWith('.')),
  );
}

/** Reads every persona, journey and the channels file below `<root>/content`. */
export function readContentSources(root: string): ContentSources {
  const contentDir = join(root, 'content');
  const read = (collection: CollectionName): SourceFile[] => {
    const dir = join(contentDir, collection);
    return listContentFiles(root, collection)
      // By slug first, so the order (and which of two clashing files is reported) does not depend on letter case.
      .sort((a, b) => byCodePoint(slugFromPath(a), slugFromPath(b)) || byCodePoint(a, b))
      .map((name) => {
        const absolutePath = join(dir, name);
        return {
          collection,
          slug: slugFromPath(name),
          file: toPosix(relative(root, absolutePath)),
          absolutePath,
          format: name.toLowerCase().endsWith('.mdx') ? 'mdx' : 'md',
          text: readFileSync(absolutePath, 'utf8'),
        } satisfies SourceFile;
      });
  };
  const yamlFile = (...names: string[]) => {
    const path = names.map((name) => join(contentDir, name)).find((candidate) => existsSync(candidate));
    return path ? { file: toPosix(relative(root, path)), text: readFileSync(path, 'utf8') } : undefined;
  };
  return {
    root,
    personas: read('personas'),
    journeys: read('journeys'),
    channels: yamlFile('channels.yaml', 'channels.yml'),
    stages: yamlFile('stages.yaml', 'stages.yml'),
    folders: readFolderFiles(root),
  };
}

/**
 * The folder label files below content/journeys/. Folders whose name starts with `_` or `.` hold
 * no journeys (drafts), so their labels are not read either.
 */
function readFolderFiles(root: string): FolderSource[] {
  const dir = join(root, 'content', 'journeys');
  if (!existsSync(dir)) return [];
  const byFolder = new Map<string, FolderSource>();
  const names = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).sort(byCodePoint);
  for (const name of names) {
    const parts = name.split(sep);
    const fileName = parts.at(-1)!;
    if (!(FOLDER_FILE_NAMES as readonly string[]).includes(fileName)) continue;
    if (parts.slice(0, -1).some((part) => part.startsWith('_') || part.startsWith('.'))) continue;
    const folder = parts.slice(0, -1).join('/').toLowerCase();
    const absolutePath = join(dir, name);
    const found = { folder, file: toPosix(relative(root, absolutePath)), text: readFileSync(absolutePath, 'utf8') };
    // `_folder.yaml` sorts before `_folder.yml`, so the .yaml file wins as channels.yaml does.
    if (!byFolder.has(folder)) byFolder.set(folder, found);
  }
  return [...byFolder.values()].sort((a, b) => byCodePoint(a.folder, b.folder));
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/**
 * A cheap fingerprint of content/ (paths, sizes and modification times), so the dev server can
 * reuse the handbook between requests and rebuild it as soon as an author saves a file.
 */
export function contentSignature(root: string): string {
  const contentDir = join(root, 'content');
  if (!existsSync(contentDir)) return '';
  const parts: string[] = [];
  for (const name of (readdirSync(contentDir, { recursive: true, encoding: 'utf8' }) as string[]).sort()) {
    try {
      const stats = statSync(join(contentDir, name));
      parts.push(`${name}:${stats.size}:${stats.mtimeMs}`);
    } catch {
      parts.push(`${name}:gone`);
    }
  }
  return parts.join('|');
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
