import { constants } from 'node:fs';
import { copyFile, link, mkdir, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface ImageCache {
  has(key: string): Promise<boolean>;
  /** Puts the cached image `key` at `target` (a hard link, or a copy); false when the cache has no such image. */
  copyTo(key: string, target: string): Promise<boolean>;
  store(key: string, bytes: Uint8Array): Promise<void>;
  /** Deletes images not used by this build and untouched for `maxAgeMs`. */
  prune(used: ReadonlySet<string>, maxAgeMs: number): Promise<number>;
}

/**
 * Rendered images kept between builds under Astro's cacheDir, one file per key (a hash of
 * everything that decides the pixels). Writes go through a temporary file and a rename, so a
 * build interrupted half-way, or two builds sharing the cache, never leave a truncated image.
 */
export function imageCache(dir: string): ImageCache {
  const fileOf = (key: string) => join(dir, `${key}.png`);
  let ready: Promise<unknown> | undefined;
  const ensureDir = () => (ready ??= mkdir(dir, { recursive: true }));
  return {
    async has(key) {
      try {
        await stat(fileOf(key));
        return true;
      } catch {
        return false;
      }
    },
    async copyTo(key, target) {
      try {
        // A hard link costs no copy (1,101 cards at 1,000 journeys are 90 MB). Cached files are
        // never changed in place (a new image is a new file renamed over the key), so the link
        // stays right; across file systems, a copy-on-write clone or a plain copy instead.
        await rm(target, { force: true });
        await link(fileOf(key), target).catch(async (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') throw error;
          await copyFile(fileOf(key), target, constants.COPYFILE_FICLONE);
        });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw error;
      }
      const now = new Date();
      await utimes(fileOf(key), now, now).catch(() => undefined);
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
