import { join } from 'node:path';

/** The folders `npm run build` works in, below the project root. */
export function buildFolders(root: string) {
  return {
    /** What readers get: replaced only by a complete build. */
    dist: join(root, 'dist'),
    /** Where a build writes until it has succeeded. */
    staging: join(root, '.journeybook', 'staging'),
    /**
     * Where a replaced site goes. Deleting a large site takes seconds, so the next build deletes
     * it in the background while Astro works, rather than this one at its end.
     */
    replaced: join(root, '.journeybook', 'replaced-sites'),
  };
}
