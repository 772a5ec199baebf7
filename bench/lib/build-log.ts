/** What a build printed that the bench reports: Astro's own total, share images, search index. */
export interface BuildLog {
  /** Astro's "N page(s) built in X" (the whole `astro build`, before the integration's finishing steps). */
  astroMs: number | undefined;
  shareImages: { rendered: number; fromCache: number; ms: number } | undefined;
  searchIndexMs: number | undefined;
  /** Whether the search index was copied from the previous build (every page unchanged). */
  searchIndexReused: boolean;
  /** Pages Astro copied from the previous build instead of rendering (incremental builds). */
  pagesReused: number;
  warnings: number;
}

const ANSI = /\u001b\[[0-9;]*m/g;

export function parseBuildLog(output: string): BuildLog {
  const text = output.replace(ANSI, '');
  const astro = /page\(s\) built in\s+(?:(\d+)m\s+(\d+)s|([\d.]+)s|(\d+)ms)/.exec(text);
  const share = /share images: (\d+) rendered, (\d+) from cache in ([\d.]+) ?ms/.exec(text);
  const search = /search index: (\d+ pages|unchanged pages, copied from the cache) in ([\d.]+) ?ms/.exec(text);
  return {
    astroMs: astro ? astroDuration(astro) : undefined,
    shareImages: share ? { rendered: Number(share[1]), fromCache: Number(share[2]), ms: Number(share[3]) } : undefined,
    searchIndexMs: search ? Number(search[2]) : undefined,
    searchIndexReused: search?.[1]?.startsWith('unchanged') ?? false,
    pagesReused: (text.match(/├─ \S+ \((?:restored|cached)\)/g) ?? []).length,
    warnings: (text.match(/^warning: /gm) ?? []).length,
  };
}

function astroDuration(match: RegExpExecArray): number {
  if (match[1] !== undefined) return (Number(match[1]) * 60 + Number(match[2])) * 1000;
  if (match[3] !== undefined) return Number(match[3]) * 1000;
  return Number(match[4]);
}
