/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import HeavyFirstSequencer from './test/heavy-first-sequencer.ts';

// Astro's Vite config lets specs import .astro components and render them with the Container API.
export default getViteConfig({
  test: {
    // e2e/ holds the quality gates on a built site (docs/quality.md): they share one cached build
    // of the sample handbook (e2e/lib/sample-site.ts) and drive /usr/bin/chromium, failing —
    // never skipping — when it cannot start.
    include: ['test/**/*.test.ts', 'e2e/**/*.test.ts'],
    // Build and browser specs start processes and servers; give them room, not a timing assertion.
    testTimeout: 180_000,
    hookTimeout: 600_000,
    // A page's script on a loaded machine can take seconds to run: polls wait for it, not 1 s.
    expect: { poll: { timeout: 15_000 } },
    // Fixture builds are heavy: two workers match CI's two cores.
    maxWorkers: 2,
    // Builds and browser specs first, quick specs last, on a clean clone too (test/heavy-first-sequencer.ts).
    sequence: { sequencer: HeavyFirstSequencer },
    passWithNoTests: false,
  },
});
