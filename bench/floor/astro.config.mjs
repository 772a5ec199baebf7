// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The bench runner wipes this folder for a cold build; .astro/ is ignored by git.
export default defineConfig({
  site: 'https://floor.example',
  cacheDir: './.astro/cache',
  vite: { cacheDir: './.astro/cache/vite' },
  integrations: [mdx()],
});
