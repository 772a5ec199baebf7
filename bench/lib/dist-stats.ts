import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export interface DistStats {
  pages: number;
  images: number;
  /** Share images: everything under og/. */
  shareImages: number;
  files: number;
  bytes: number;
}

const IMAGE = new Set(['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg']);

/** Counts what a build wrote into its output folder. */
export function distStats(dist: string): DistStats {
  const stats: DistStats = { pages: 0, images: 0, shareImages: 0, files: 0, bytes: 0 };
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const relative = path.slice(dist.length + 1);
    const extension = extname(entry.name).toLowerCase();
    stats.files++;
    stats.bytes += statSync(path).size;
    if (extension === '.html') stats.pages++;
    if (IMAGE.has(extension)) {
      stats.images++;
      if (relative.startsWith('og/')) stats.shareImages++;
    }
  }
  return stats;
}
