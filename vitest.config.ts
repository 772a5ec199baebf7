/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets specs import .astro components and render them with the Container API.
export default getViteConfig({
  test: {
    include: ['test/**/*.test.ts', 'e2e/**/*.test.ts'],
    // Build and browser specs start processes and servers; give them room, not a timing assertion.
    testTimeout: 180_000,
    hookTimeout: 600_000,
    // Fixture builds are heavy: two workers match CI's two cores.
    maxWorkers: 2,
    passWithNoTests: false,
  },
});
