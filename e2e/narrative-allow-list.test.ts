/**
 * Issue 12, finding 6, in the browser: random narrative markup (test/property/
 * narrative-markup-arbitrary.ts) that validation accepts is built into a handbook, in .md and
 * .mdx journeys, and each journey page is opened in Chromium. Its live DOM must hold exactly
 * the script-capable elements, attributes and URLs the site's own template has (those of a
 * journey with a plain narrative), no more; no dialog may open while it loads; and nothing in
 * the narrative may be taken out of the page's flow (fixed, sticky or absolute) to cover it.
 */
import fc from 'fast-check';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../test/build/harness.ts';
import { check } from '../test/helpers/content-sources.ts';
import { narrativeMarkup, scriptCapable } from '../test/property/narrative-markup-arbitrary.ts';
import { launchBrowser } from './lib/browser.ts';
import { serveStatic, type StaticSite } from './lib/static-server.ts';

const PERSONA = '---\nname: Ana\n---\n\nBiografía.\n';
const journeyFile = (title: string, body: string) =>
  `---\ntitle: ${title}\npersona: ana\nphases: [{ id: a, name: A }]\ntouchpoints:\n  - { id: t1, phase: a, title: Lee, channel: web, emotion: 1 }\n---\n\n${body}\n`;
/** Markup close to the line that validation accepts; each must build into something inert. */
const NEAR_MISSES = [
  '<a href="https://ok.example/&#106;avascript:alert(1)">a</a>',
  '<a href="/javascript:alert(1)">b</a> [c](./javascript:alert(1))',
  '<abbr title="javascript:alert(1)">KPI</abbr> <span title=\'" onmouseover="alert(1)\'>d</span>',
  '<details open><summary>e</summary>f</details> <img src="/x.png" alt="&quot; onerror=&quot;alert(1)">',
  '<!-- <script>alert(1)</script> --> g',
  '&lt;script&gt;alert(1)&lt;/script&gt; and `<img src=x onerror=alert(1)>`',
];
const SAMPLES = 500;
const KEEP = 30;

interface Accepted {
  slug: string;
  format: 'md' | 'mdx';
  body: string;
}

describe('narrative markup that validation accepts, in Chromium', () => {
  let fixture: Fixture;
  let site: StaticSite;
  let browser: Browser;
  const accepted: Accepted[] = [];
  let build: { code: number; stderr: string };

  beforeAll(async () => {
    const files: Record<string, string> = { 'content/personas/ana.md': PERSONA, 'content/journeys/control.md': journeyFile('Control', 'Un relato sin marcas.') };
    for (const format of ['md', 'mdx'] as const) {
      const bodies = [...NEAR_MISSES, ...fc.sample(narrativeMarkup, { numRuns: SAMPLES, seed: format === 'md' ? 612 : 1206 })];
      const kept = new Set<string>();
      for (const body of bodies) {
        if (kept.size >= KEEP + NEAR_MISSES.length || kept.has(body)) continue;
        const path = `content/journeys/${format}-${kept.size}.${format}`;
        if (!check({ 'content/personas/ana.md': PERSONA, [path]: journeyFile(`Relato ${kept.size}`, body) }).ok) continue;
        accepted.push({ slug: `${format}-${kept.size}`, format, body });
        files[path] = journeyFile(`Relato ${kept.size}`, body);
        kept.add(body);
      }
    }
    fixture = createFixture('narrative-allow-list', { files });
    build = await fixture.run('cli/build.ts');
    site = await serveStatic(fixture.dist);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    fixture?.remove();
  });

  it('builds every accepted narrative, in .md and .mdx', () => {
    expect(build.code, build.stderr).toBe(0);
    // Enough of each format to mean something, near misses included.
    expect(accepted.filter((item) => item.format === 'md').length).toBeGreaterThanOrEqual(KEEP);
    expect(accepted.filter((item) => item.format === 'mdx').length).toBeGreaterThanOrEqual(NEAR_MISSES.length + 5);
    console.info(`narratives accepted and built: ${accepted.filter((item) => item.format === 'md').length} .md, ${accepted.filter((item) => item.format === 'mdx').length} .mdx`);
  });

  it('leaves no script-capable element, attribute or URL, no dialog and no overlay in the live page', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const scan = async (slug: string) => {
      await page.goto(`${site.url}journeys/${slug}/`, { waitUntil: 'load' });
      const live = await page.evaluate(() => {
        const elements = Array.from(document.querySelectorAll('*')).map((element) => ({
          localName: element.localName,
          attributes: Array.from(element.attributes).map((attribute) => ({ name: attribute.name, value: attribute.value })),
        }));
        const narrative = document.querySelector('.narrative');
        const overlays = narrative
          ? Array.from(narrative.querySelectorAll('*')).filter((element) => ['fixed', 'sticky', 'absolute'].includes(getComputedStyle(element).position)).map((element) => element.localName)
          : ['no .narrative on the page'];
        return { elements, overlays };
      });
      // The journey's own title differs from page to page; script-capable things do not.
      const found = live.elements.flatMap((element) => scriptCapable(element.localName, element.attributes)).sort();
      return { found, overlays: live.overlays };
    };
    const control = await scan('control');
    const problems: string[] = [];
    for (const item of accepted) {
      const before = dialogs.length;
      const { found, overlays } = await scan(item.slug);
      const extra = [...found];
      for (const known of control.found) {
        const index = extra.indexOf(known);
        if (index !== -1) extra.splice(index, 1);
      }
      if (extra.length > 0) problems.push(`${item.slug} ${JSON.stringify(item.body)}: ${extra.join(', ')}`);
      if (overlays.length > 0) problems.push(`${item.slug} ${JSON.stringify(item.body)}: out of the flow: ${overlays.join(', ')}`);
      if (dialogs.length > before) problems.push(`${item.slug} ${JSON.stringify(item.body)}: a dialog opened: ${dialogs.slice(before).join(', ')}`);
    }
    await page.close();
    expect(problems).toEqual([]);
  });
});
