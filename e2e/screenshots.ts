/**
 * Takes screenshots of a built handbook for people to look at: `npx node e2e/screenshots.ts
 * [--full] [outDir] [path …]`. Serves dist/ locally; writes PNGs (light, dark, phone) to outDir.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';

const args = process.argv.slice(2);
const full = args.includes('--full');
const [outDir = 'test-results/screenshots', ...paths] = args.filter((arg) => arg !== '--full');
const pages = paths.length > 0 ? paths : ['', 'journeys/', 'journeys/banca/alta-online/', 'personas/maria-gomez/'];
mkdirSync(outDir, { recursive: true });
const site = await serveStatic(join(process.cwd(), 'dist'));
const browser = await launchBrowser();
try {
  for (const path of pages) {
    const name = path.replace(/\/$/, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
    for (const [variant, viewport, theme] of [
      ['desktop', { width: 1440, height: 900 }, 'light'],
      ['dark', { width: 1440, height: 900 }, 'dark'],
      ['phone', { width: 390, height: 844 }, 'light'],
    ] as const) {
      const context = await browser.newContext({ viewport, colorScheme: theme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      const file = join(outDir, `${name}-${variant}.png`);
      await page.screenshot({ path: file, fullPage: full && variant !== 'phone' });
      console.log(file);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
