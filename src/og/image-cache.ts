import { readFile, mkdir, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface ImageCache {
  has(key: string): Promise<boolean>;
  /** The cached image `key`, when the cache holds an intact one; a damaged one is deleted. */
  read(key: string): Promise<Buffer | undefined>;
  /** Writes the cached image `key` at `target`, as a file of its own; false when the cache holds no intact image. */
  copyTo(key: string, target: string): Promise<boolean>;
  store(key: string, bytes: Uint8Array): Promise<void>;
  /** Deletes images not used by this build and untouched for `maxAgeMs`. */
  prune(used: ReadonlySet<string>, maxAgeMs: number): Promise<number>;
}

/**
 * Rendered images kept between builds under Astro's cacheDir, one file per key (a hash of
 * everything that decides the pixels). Writes go through a temporary file and a rename, so a
 * build interrupted half-way, or two builds sharing the cache, never leave a truncated image.
 *
 * What the cache gives back is checked with `isIntact` first (for share images: a whole PNG of
 * the card's size, every chunk's checksum right): a damaged image counts as a miss and is
 * rendered again, never published. A copy is a file of its own, never a hard link to the cached
 * one, so writing to either never changes the other.
 */
export function imageCache(dir: string, isIntact: (bytes: Uint8Array) => boolean): ImageCache {
  const fileOf = (key: string) => join(dir, `${key}.png`);
  let ready: Promise<unknown> | undefined;
  const ensureDir = () => (ready ??= mkdir(dir, { recursive: true }));
  const read = async (key: string) => {
    let bytes: Buffer;
    try {
      bytes = await readFile(fileOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    if (!isIntact(bytes)) {
      await rm(fileOf(key), { force: true });
      return undefined;
    }
    // Touched, so pruning keeps what builds still use.
    const now = new Date();
    await utimes(fileOf(key), now, now).catch(() => undefined);
    return bytes;
  };
  return {
    async has(key) {
      try {
        await stat(fileOf(key));
        return true;
      } catch {
        return false;
      }
    },
    read,
    async copyTo(key, target) {
      // Verifying reads the whole image anyway, so the copy writes those very bytes: what is
      // published is what was checked (1,101 cards at 1,000 journeys are 90 MB).
      const bytes = await read(key);
      if (!bytes) return false;
      await rm(target, { force: true });
      await writeFile(target, bytes);
      return true;
    },
    async store(key, bytes) {
      await ensureDir();
      const temporary = `${fileOf(key)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, fileOf(key));
    },
    async prune(used, maxAgeMs) {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch {
        return 0;
      }
      const cutoff = Date.now() - maxAgeMs;
      let removed = 0;
      for (const name of names) {
        if (used.has(name.replace(/\.png$/, ''))) continue;
        const path = join(dir, name);
        const info = await stat(path).catch(() => undefined);
        if (info && info.mtimeMs < cutoff) {
          await rm(path, { force: true });
          removed++;
        }
      }
      return removed;
    },
  };
}
