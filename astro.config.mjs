// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import journeybook from './src/integration/index.ts';

export default defineConfig({
  // The deployed address; SITE_URL and BASE_PATH override these for one build.
  site: 'https://journeybook.example',
  base: '/',
  // Editors with the Astro extension complete and check the frontmatter of journeys and personas.
  experimental: { contentIntellisense: true },
  integrations: [
    mdx(),
    journeybook({
      title: 'Manual de experiencia de cliente',
      description: 'Los recorridos de nuestros clientes, pacientes y ciudadanos: qué viven, qué sienten y dónde actuar.',
      logo: '/logo.svg',
      locale: 'es',
      reviewIntervalMonths: 6,
      accent: '#0b6e6e',
    }),
  ],
});
