import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import type { Handbook } from '../model/types.ts';
import type { SiteSettings } from '../schema/settings.ts';
import { mapBounded } from '../og/bounded-map.ts';
import { cardColours } from '../og/card-colours.ts';
import { shareImageJobs, type ShareImageJob } from '../og/card-data.ts';
import { readCardFonts } from '../og/card-fonts.ts';
import { createCardKeyer } from '../og/card-key.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../og/card-layout.ts';
import { imageCache } from '../og/image-cache.ts';
import { isCompletePng } from '../og/png-check.ts';
import { createCardRenderer } from '../og/render-card.ts';

/** A cached image nobody has used for this long is deleted (other branches and old designs). */
const CACHE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export interface ShareImageStudio {
  jobs(handbook: Handbook): ShareImageJob[];
  /**
   * Writes a job's image at `target`, from the cache when it holds one; true when it had to
   * render. `knownKey` is the job's key when prepareShareImages already computed it.
   */
  write(job: ShareImageJob, target: string, knownKey?: string): Promise<boolean>;
  /** Renders a job's image into the cache unless it is there already; its key, and whether it had to render. */
  fill(job: ShareImageJob): Promise<{ key: string; rendered: boolean }>;
  /** The image as bytes, from the cache or freshly rendered (for the dev server). */
  image(job: ShareImageJob): Promise<Buffer>;
  prune(): Promise<number>;
}

/**
 * Everything one build (or one dev server) needs to produce share images: the fonts, read once;
 * the renderer; and the cache under Astro's cacheDir, keyed by a hash of each card's inputs.
 */
export function createShareImageStudio(options: { root: string; settings: SiteSettings; cacheDir: string }): ShareImageStudio {
  const colours = cardColours(options.settings.accent);
  const fonts = readCardFonts();
  const keyOf = createCardKeyer(colours, fonts);
  const renderer = createCardRenderer(colours, fonts);
  const cacheDir = join(options.cacheDir, 'journeybook', 'share-images');
  const cache = imageCache(cacheDir, (bytes) => isCompletePng(bytes, { width: CARD_WIDTH, height: CARD_HEIGHT }));
  const used = new Set<string>();

  const render = async (key: string, job: ShareImageJob) => {
    const png = await renderer.render(job.card);
    await cache.store(key, png);
    return png;
  };

  return {
    jobs: (handbook) => shareImageJobs(handbook, options.root),
    async write(job, target, knownKey) {
      const key = knownKey ?? (await keyOf(job.card));
      used.add(key);
      await mkdir(dirname(target), { recursive: true });
      if (await cache.copyTo(key, target)) return false;
      await writeFile(target, await render(key, job));
      return true;
    },
    async fill(job) {
      const key = await keyOf(job.card);
      used.add(key);
      if (await cache.has(key)) return { key, rendered: false };
      await render(key, job);
      return { key, rendered: true };
    },
    async image(job) {
      const key = await keyOf(job.card);
      used.add(key);
      return (await cache.read(key)) ?? render(key, job);
    },
    prune: () => cache.prune(used, CACHE_MAX_AGE_MS),
  };
}

export interface ShareImagesOptions {
  handbook: Handbook;
  root: string;
  settings: SiteSettings;
  outDir: string;
  cacheDir: string;
}

/** Told how far the images are: how many there are, then each one as it is done. */
export interface ShareImageProgress {
  jobs(total: number): void;
  /** One image done: `rendered` when it had to be rendered, not taken from the cache. */
  image(rendered: boolean): void;
}

export interface ShareImagesSummary {
  rendered: number;
  fromCache: number;
  milliseconds: number;
}

/** Share images rendered into the cache ahead of time, while Astro renders the pages. */
export interface PreparedShareImages {
  rendered: number;
  /** Each job's cache key by its path, so writing the images does not hash every card again. */
  keys: ReadonlyMap<string, string>;
  /** Time spent preparing (it overlaps with Astro rendering pages). */
  milliseconds: number;
}

/**
 * Renders the missing share images into the cache, a few at a time, one per core. The build
 * starts this when Astro starts rendering pages: sharp rasterises on its own threads, so the
 * images are mostly done by the time the pages are, and writing them is a copy.
 */
export async function prepareShareImages(options: Omit<ShareImagesOptions, 'outDir'>, progress?: ShareImageProgress): Promise<PreparedShareImages> {
  const started = performance.now();
  const studio = createShareImageStudio(options);
  const jobs = studio.jobs(options.handbook);
  progress?.jobs(jobs.length);
  const outcomes = await mapBounded(jobs, availableParallelism(), async (job) => {
    const outcome = await studio.fill(job);
    progress?.image(outcome.rendered);
    return outcome;
  });
  return {
    rendered: outcomes.filter((outcome) => outcome.rendered).length,
    keys: new Map(jobs.map((job, index) => [job.path, outcomes[index]!.key])),
    milliseconds: performance.now() - started,
  };
}

/**
 * Writes `/og/home.png`, `/og/journeys/<slug>.png` and `/og/personas/<slug>.png` into the build
 * (docs/format.md#share-images): cached images are copied, missing ones rendered a few at a time,
 * one per core. `prepared` is what prepareShareImages already rendered for this build, counted in
 * the summary; `progress` hears of each image written.
 */
export async function writeShareImages(options: ShareImagesOptions, prepared?: PreparedShareImages, progress?: ShareImageProgress): Promise<ShareImagesSummary> {
  const started = performance.now();
  const studio = createShareImageStudio(options);
  const jobs = studio.jobs(options.handbook);
  progress?.jobs(jobs.length);
  const outcomes = await mapBounded(jobs, availableParallelism(), async (job) => {
    const rendered = await studio.write(job, join(options.outDir, ...job.path.split('/')), prepared?.keys.get(job.path));
    progress?.image(rendered);
    return rendered;
  });
  await studio.prune();
  const rendered = outcomes.filter(Boolean).length + (prepared?.rendered ?? 0);
  const milliseconds = Math.round(performance.now() - started + (prepared?.milliseconds ?? 0));
  return { rendered, fromCache: jobs.length - rendered, milliseconds };
}

/** The build log's account of the share images (the bench and `astro build` read it). */
export function shareImagesLogLine(summary: ShareImagesSummary): string {
  return `share images: ${summary.rendered} rendered, ${summary.fromCache} from cache in ${summary.milliseconds} ms`;
}
