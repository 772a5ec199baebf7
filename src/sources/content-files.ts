import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

export type CollectionName = 'personas' | 'journeys' | 'tracks' | 'research';

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
  /** Where the file stops being UTF-8, when it is not (then `text` has U+FFFD for what could not be read). */
  encodingError?: TextPlace;
}

/** A 1-based place in a file's text. */
export interface TextPlace {
  line: number;
  column: number;
}

/** A file in content/ that was not read, and why (a link out of content/, an unreadable file). */
export interface RefusedFile {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  message: string;
}

export interface ContentSources {
  root: string;
  personas: SourceFile[];
  journeys: SourceFile[];
  /** (v2) Reading paths for onboarding, `content/tracks/<id>.md`. */
  tracks: SourceFile[];
  /** (v2) Research sources, `content/research/<id>.md`: one research source per file. */
  research: SourceFile[];
  /** `content/channels.yaml` (or `.yml`) when present. */
  channels?: { file: string; text: string; encodingError?: TextPlace };
  /** Files that were not read because they must not be published; each is a content error. */
  refused?: RefusedFile[];
  /** `content/stages.yaml` (or `.yml`) when present. */
  stages?: { file: string; text: string; encodingError?: TextPlace };
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
  /** Where the file stops being UTF-8, when it is not. */
  encodingError?: TextPlace;
}

/** The names a folder label file may have, the first one found wins (as for channels.yaml). */
export const FOLDER_FILE_NAMES = ['_folder.yaml', '_folder.yml'] as const;

const CONTENT_FILE = /\.(mdx?)$/i;

function isFolderFileName(name: string): boolean {
  return (FOLDER_FILE_NAMES as readonly string[]).includes(name);
}

/** The slug rule of docs/format.md#slugs-and-ids, shared by the reader and the Astro collection loader. */
export function slugFromPath(pathBelowCollection: string): string {
  return pathBelowCollection.split(sep).join('/').replace(CONTENT_FILE, '').toLowerCase();
}

/**
 * Whether a path below a collection folder is a content file: `.md` or `.mdx`, with no file or
 * folder on the way whose name starts with `_` or `.` (drafts, editor files). The one rule of
 * which files a handbook has, for the reader and for anything that counts them.
 */
function isContentPath(name: string): boolean {
  return CONTENT_FILE.test(name) && !name.split(sep).some((part) => part.startsWith('_') || part.startsWith('.'));
}

/** The content files of a collection, as paths below its folder (links not followed: for counting). */
export function listContentFiles(root: string, collection: CollectionName): string[] {
  const dir = join(root, 'content', collection);
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter(isContentPath);
}

/**
 * Reads every persona, journey, track, research source and the channels file below `<root>/content`.
 *
 * Symbolic links are followed only while they stay inside content/: a file or folder linked from
 * elsewhere on the disk is refused (and not read), since the build would otherwise publish it.
 * Each file's bytes are decoded as UTF-8; where they are not UTF-8 the place is kept, so
 * validation can ask for the file to be saved as UTF-8 instead of the build failing on it.
 */
export function readContentSources(root: string): ContentSources {
  return readContentSnapshot(root).sources;
}

/**
 * The files of one read of content/, by absolute path, each with the size and modification time
 * it had when read: what a later read may reuse.
 */
export type ReadFiles = ReadonlyMap<string, { stamp: string; source: SourceFile }>;

export interface ContentSnapshot {
  sources: ContentSources;
  files: ReadFiles;
}

/**
 * `readContentSources`, keeping what it read so the next read can reuse it: a file whose size
 * and modification time are those of `previous` is not read again, and its SourceFile is the
 * same object. The dev server reads content/ after every save; at 1,000 journeys this spares
 * reading and decoding a thousand files to pick up the one that changed. Listing the folders,
 * judging links and the YAML files are done afresh every time.
 */
export function readContentSnapshot(root: string, previous?: ContentSnapshot): ContentSnapshot {
  const files = new Map<string, { stamp: string; source: SourceFile }>();
  const contentDir = join(root, 'content');
  const refused: RefusedFile[] = [];
  const contentReal = existsSync(contentDir) ? realpathSync(contentDir) : contentDir;
  const fileOf = (absolutePath: string) => toPosix(relative(root, absolutePath));
  /** The real path of an entry when it stays in content/, or undefined (and the entry refused). */
  const staysInside = (absolutePath: string): string | undefined => {
    let real: string;
    try {
      real = realpathSync(absolutePath);
    } catch {
      refused.push({ file: fileOf(absolutePath), message: 'is a symbolic link to nothing: remove it or point it at a file in content/' });
      return undefined;
    }
    const below = relative(contentReal, real);
    if (below.startsWith(`..${sep}`) || below === '..' || isAbsolute(below)) {
      refused.push({ file: fileOf(absolutePath), message: 'is a symbolic link to a place outside content/: move the file into content/ instead of linking to it' });
      return undefined;
    }
    return real;
  };
  /** Every file below a collection's folder (links followed while they stay in content/). */
  const filesBelow = (collection: CollectionName): string[] => {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) return [];
    // Folder label files live among the journeys: one walk finds both, so a link is judged once.
    return contentFilesBelow(dir, staysInside, (name) => CONTENT_FILE.test(name) || (collection === 'journeys' && isFolderFileName(name)));
  };
  const journeyFiles = filesBelow('journeys');
  const read = (collection: CollectionName, names = filesBelow(collection)): SourceFile[] => {
    const dir = join(contentDir, collection);
    return names
      .filter(isContentPath)
      // By slug first, so the order (and which of two clashing files is reported) does not depend on letter case.
      .sort((a, b) => byCodePoint(slugFromPath(a), slugFromPath(b)) || byCodePoint(a, b))
      .map((name) => {
        const absolutePath = join(dir, name);
        // Stamped before reading: a save landing in between makes the next read read it again.
        const stamp = fileStamp(absolutePath);
        const known = previous?.files.get(absolutePath);
        const source: SourceFile =
          stamp !== undefined && known?.stamp === stamp && known.source.collection === collection
            ? known.source
            : {
                collection,
                slug: slugFromPath(name),
                file: fileOf(absolutePath),
                absolutePath,
                format: name.toLowerCase().endsWith('.mdx') ? 'mdx' : 'md',
                ...decodeUtf8(readFileSync(absolutePath)),
              };
        if (stamp !== undefined) files.set(absolutePath, { stamp, source });
        return source;
      });
  };
  const yamlFile = (...names: string[]) => {
    const path = names.map((name) => join(contentDir, name)).find((candidate) => existsSync(candidate) || isLink(candidate));
    // Never read a YAML file that links out of content/: its error message would quote it.
    return path && staysInside(path) ? { file: fileOf(path), ...decodeUtf8(readFileSync(path)) } : undefined;
  };
  const sources: ContentSources = {
    root,
    personas: read('personas'),
    journeys: read('journeys', journeyFiles),
    tracks: read('tracks'),
    research: read('research'),
    channels: yamlFile('channels.yaml', 'channels.yml'),
    stages: yamlFile('stages.yaml', 'stages.yml'),
    folders: folderFiles(join(contentDir, 'journeys'), journeyFiles, fileOf),
    refused,
  };
  return { sources, files };
}

/** A file's size and modification time, or undefined when it cannot be stat'ed (it is gone, or reading it will tell). */
function fileStamp(path: string): string | undefined {
  try {
    const stats = statSync(path);
    return `${stats.size}:${stats.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/**
 * The paths of the files below `dir` (relative to it), following links to content files and
 * folders for as long as `staysInside` allows, and each real folder once (a link loop ends
 * there). Links to other files (pictures) are left to the checks of whatever points at them.
 */
function contentFilesBelow(dir: string, staysInside: (absolutePath: string) => string | undefined, isContentFile: (name: string) => boolean): string[] {
  const found: string[] = [];
  const seen = new Set<string>([realpathSync(dir)]);
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const name = prefix ? join(prefix, entry.name) : entry.name;
      let directory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        // Hidden and "_" entries are never content (but a folder label is): a link among them is not judged.
        if ((entry.name.startsWith('.') || entry.name.startsWith('_')) && !isFolderFileName(entry.name)) continue;
        if (!isContentFile(entry.name) && !isDirectory(path)) continue;
        const real = staysInside(path);
        if (real === undefined) continue;
        directory = statSync(real).isDirectory();
        if (directory && seen.has(real)) continue;
        if (directory) seen.add(real);
      }
      if (directory) walk(path, name);
      else found.push(name);
    }
  };
  walk(dir, '');
  return found;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    // A dangling link: judged (and refused) as a folder would be.
    return true;
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The text of a file's bytes, and where they stop being UTF-8 when they do. */
export function decodeUtf8(bytes: Uint8Array): { text: string; encodingError?: TextPlace } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    // U+FFFD marks the first byte that is not UTF-8 (a file may hold U+FFFD itself, rarely before that).
    const offset = Math.max(0, text.indexOf('\uFFFD'));
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { text, encodingError: { line, column: offset - before.lastIndexOf('\n') } };
  }
}

/**
 * The folder label files among the files found below content/journeys/ (`names`, relative to
 * `dir`, links already judged). Folders whose name starts with `_` or `.` hold no journeys
 * (drafts), so their labels are not read either.
 */
function folderFiles(dir: string, names: readonly string[], fileOf: (absolutePath: string) => string): FolderSource[] {
  const byFolder = new Map<string, FolderSource>();
  for (const name of [...names].sort(byCodePoint)) {
    const parts = name.split(sep);
    const fileName = parts.at(-1)!;
    if (!isFolderFileName(fileName)) continue;
    if (parts.slice(0, -1).some((part) => part.startsWith('_') || part.startsWith('.'))) continue;
    const folder = parts.slice(0, -1).join('/').toLowerCase();
    const absolutePath = join(dir, name);
    const found = { folder, file: fileOf(absolutePath), ...decodeUtf8(readFileSync(absolutePath)) };
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
