/**
 * Issue 6 (hostile and broken input): markup, script and syntax payloads in every string field
 * come out as the same text, inert, in every output: the HTML pages and their inline SVG (read
 * by Chromium's own parser, so nothing counts as text that a browser would run), the JSON
 * exports (the exact string back), /touchpoints.csv (the exact string, formula-safe) and the
 * share images (rendered). Narratives with braces, angle brackets and raw markup either fail
 * validation with a positioned message or render as inert text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../test/build/harness.ts';
import { check } from '../test/helpers/content-sources.ts';
import { expectedJourneyJson } from '../test/property/expected-json.ts';
import { contentFile, handbookFiles, REVIEW_MONTHS, TODAY } from '../test/property/handbook-arbitrary.ts';
import { launchBrowser } from './lib/browser.ts';
import { parseCsv } from './lib/csv.ts';
import { hostileHandbook, hostileTracks, PAYLOADS, payloadSlug, STRING_FIELD_COUNT } from './lib/hostile-handbook.ts';
import { validateHtml } from './lib/html-validator.ts';
import { filesUnder, htmlPages } from './lib/site-pages.ts';

/** Runs in the browser: parses a page as Chromium does and lists anything a payload made live. */
function liveInjections(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const found: string[] = [];
  const all = [doc.documentElement, ...Array.from(doc.querySelectorAll('*'))];
  // <template> content is parsed into a separate fragment: look inside it too.
  for (const template of Array.from(doc.querySelectorAll('template'))) all.push(...Array.from(template.content.querySelectorAll('*')));
  for (const element of all) {
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) found.push(`<${element.localName} ${attribute.name}>`);
      if (/(^|:)(href|src|action|formaction|data)$/i.test(attribute.name) && /^\s*javascript:/i.test(attribute.value)) found.push(`<${element.localName} ${attribute.name}="javascript:…">`);
    }
    // An embed page's own <base target="_top"> (its links open in the host page), in its <head>.
    const embedsOwnBase = element.localName === 'base' && element.attributes.length === 1 && element.getAttribute('target') === '_top' && element.parentElement === doc.head;
    // The site itself has none of these; a payload that opened one escaped its text.
    if (['iframe', 'frame', 'object', 'embed', 'base'].includes(element.localName) && !embedsOwnBase) found.push(`<${element.localName}>`);
    if (element.localName === 'script' && /alert\(1\)/.test(element.textContent ?? '')) found.push(`<script> running "${(element.textContent ?? '').slice(0, 40)}"`);
    if (element.localName === 'img' && element.getAttribute('src') === 'x') found.push('<img src=x>');
  }
  return { found, text: doc.body.textContent ?? '', title: doc.title, heading: doc.querySelector('main h1')?.textContent ?? '' };
}

/** How a spreadsheet-safe CSV writes a cell: a leading = + - @ tab or CR is neutralised with '. */
const csvText = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

describe('payloads in every string field', () => {
  const spec = hostileHandbook();
  let fixture: Fixture;
  let browser: Browser;
  let parser: Page;
  let build: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    fixture = createFixture('hostile-fields', {
      files: { ...handbookFiles(spec), ...hostileTracks() },
      settings: { title: 'Manual <b>hostil</b> & "raro"', description: '</title><script>alert(1)</script>', locale: 'es', reviewIntervalMonths: REVIEW_MONTHS },
      site: 'https://intranet.example',
      env: { JOURNEYBOOK_TODAY: TODAY },
    });
    build = await fixture.run('cli/build.ts');
    browser = await launchBrowser();
    parser = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    fixture?.remove();
    console.info(`payloads tried: ${PAYLOADS.length} payloads × ${STRING_FIELD_COUNT} string fields = ${PAYLOADS.length * STRING_FIELD_COUNT} placements, plus the site title and description`);
  });

  it('validate and build without a crash', () => {
    expect(check({ ...handbookFiles(spec), ...hostileTracks() }, { today: TODAY, reviewIntervalMonths: REVIEW_MONTHS }).errors).toEqual([]);
    expect(build.code, build.stderr).toBe(0);
    expect(build.stdout + build.stderr).not.toMatch(/^\s+at |Error:/m);
  });

  it('inject no live element, attribute or script into any page or inline SVG, and show each payload as text', async () => {
    const problems: string[] = [];
    for (const page of htmlPages(fixture.dist)) {
      const result = await parser.evaluate(liveInjections, readFileSync(join(fixture.dist, page.file), 'utf8'));
      for (const found of result.found) problems.push(`${page.file}: ${found}`);
    }
    for (const [index, payload] of PAYLOADS.entries()) {
      const journey = spec.journeys[index]!;
      const page = await parser.evaluate(liveInjections, fixture.read(`journeys/${payloadSlug(index)}/index.html`));
      const title = journey.data.title.trim();
      if (!page.heading.includes(title)) problems.push(`journey ${index + 1}: <h1> "${page.heading}" does not show "${title}"`);
      if (!page.title.startsWith(title)) problems.push(`journey ${index + 1}: <title> "${page.title}" does not start with "${title}"`);
      if (!page.text.includes(payload.trim())) problems.push(`journey ${index + 1}: the page text never shows ${JSON.stringify(payload)}`);
      const persona = await parser.evaluate(liveInjections, fixture.read(`personas/${payloadSlug(index)}/index.html`));
      if (!persona.heading.includes(spec.personas[index]!.data.name.trim())) problems.push(`persona ${index + 1}: <h1> "${persona.heading}"`);
      const track = await parser.evaluate(liveInjections, fixture.read(`tracks/${payloadSlug(index)}/index.html`));
      if (!track.heading.includes(payload.trim())) problems.push(`track ${index + 1}: <h1> "${track.heading}" does not show ${JSON.stringify(payload)}`);
      if (!track.text.includes(`${payload} ·nota-2-${index + 1}`.trim())) problems.push(`track ${index + 1}: a step's note is not shown as text`);
      for (const view of ['present', 'embed']) {
        const standalone = await parser.evaluate(liveInjections, fixture.read(`journeys/${payloadSlug(index)}/${view}/index.html`));
        if (!standalone.text.includes(title)) problems.push(`journey ${index + 1} (${view}): the page text never shows its title`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('leave every stand-alone SVG free of scripts and event handlers', async () => {
    const svgs = filesUnder(fixture.dist).filter((file) => file.endsWith('.svg'));
    for (const file of svgs) {
      const found = await parser.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        if (doc.querySelector('parsererror')) return ['not well-formed XML'];
        return Array.from(doc.querySelectorAll('*')).flatMap((element) => [
          ...(element.localName === 'script' || element.localName === 'foreignObject' ? [`<${element.localName}>`] : []),
          ...Array.from(element.attributes).filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.localName} ${attribute.name}`),
        ]);
      }, readFileSync(join(fixture.dist, file), 'utf8'));
      expect(found, file).toEqual([]);
    }
  });

  it('keep every page valid HTML', async () => {
    const problems: string[] = [];
    const pages = htmlPages(fixture.dist);
    console.info(`html-validate: ${pages.length} pages of the hostile handbook checked`);
    for (const page of pages) {
      for (const problem of await validateHtml(readFileSync(join(fixture.dist, page.file), 'utf8'), page.file)) {
        problems.push(`${page.file}:${problem.line}:${problem.column}: ${problem.rule}: ${problem.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('round-trip the exact strings through /journeys/<slug>.json', () => {
    for (const journey of spec.journeys) {
      expect(JSON.parse(fixture.read(`journeys/${journey.slug}.json`)), journey.slug).toEqual(expectedJourneyJson(journey, spec));
    }
  });

  it('round-trip the exact strings through /touchpoints.csv, formulas neutralised', () => {
    const records = parseCsv(fixture.read('touchpoints.csv'));
    for (const journey of spec.journeys) {
      const persona = spec.personas.find((item) => item.slug === journey.data.persona)!;
      journey.data.touchpoints.forEach((touchpoint, index) => {
        const id = touchpoint.id ?? `t${index + 1}`;
        const record = records.find((item) => item.journey_slug === journey.slug && item.touchpoint_id === id);
        expect(record, `${journey.slug}#${id}`).toBeDefined();
        const phase = journey.data.phases.find((item) => item.id === touchpoint.phase)!;
        const expected: Record<string, string> = {
          journey_title: csvText(journey.data.title.trim()),
          persona_name: csvText(persona.data.name.trim()),
          phase_name: csvText(phase.name.trim()),
          title: csvText(touchpoint.title.trim()),
          feeling: csvText(touchpoint.feeling ?? ''),
          thought: csvText(touchpoint.thought ?? ''),
          pain: csvText(touchpoint.pain ?? ''),
          opportunity: csvText(touchpoint.opportunity ?? ''),
          owner: csvText(touchpoint.owner ?? ''),
          evidence: csvText((touchpoint.evidence ?? []).map((item) => item.trim()).join(' | ')),
          backstage: csvText((touchpoint.backstage ?? []).map((item) => item.trim()).join(' | ')),
          support: csvText((touchpoint.support ?? []).map((item) => item.trim()).join(' | ')),
          tags: csvText((touchpoint.tags ?? []).map((item) => item.trim()).join(' | ')),
        };
        for (const [column, value] of Object.entries(expected)) expect(record![column], `${journey.slug}#${id} ${column}`).toBe(value);
        for (const kpi of touchpoint.kpis ?? []) expect(record!.kpis, `${journey.slug}#${id} kpis`).toContain(kpi.name.trim());
      });
    }
  });

  it('render every share image as a 1200×630 PNG', () => {
    const images = [...spec.journeys.map((journey) => `og/journeys/${journey.slug}.png`), ...spec.personas.map((persona) => `og/personas/${persona.slug}.png`), 'og/home.png'];
    for (const image of images) {
      expect(fixture.exists(image), image).toBe(true);
      const png = readFileSync(join(fixture.dist, image));
      expect(png.subarray(0, 8).toString('hex'), image).toBe('89504e470d0a1a0a');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
    }
  });
});

describe('narratives with braces, angle brackets and raw markup', () => {
  interface Body {
    name: string;
    format: 'md' | 'mdx';
    body: string;
    /** Text the page must show when the body is accepted. */
    shows?: string;
  }
  /** MDX reads `{…}`, `import` and `export` as JavaScript that runs during the build. */
  const CODE: Body[] = [
    { name: 'llave-abierta', format: 'mdx', body: 'El precio {sin cerrar.' },
    { name: 'expresion', format: 'mdx', body: 'Hola {nombre}, bienvenida.' },
    { name: 'expresion-alert', format: 'mdx', body: 'Texto {alert(1)} más texto.' },
    { name: 'esm', format: 'mdx', body: 'export const dato = 1;\n\nEl dato es {dato}.' },
    { name: 'import', format: 'mdx', body: "import { readFileSync } from 'node:fs';\n\nTexto." },
  ];
  /** Text that looks like markup; each either fails validation clearly or renders inert. */
  const MARKUP: Body[] = [
    { name: 'llave-suelta', format: 'mdx', body: 'Una llave } suelta.', shows: 'Una llave } suelta.' },
    { name: 'menor-que', format: 'mdx', body: 'Si a < b y c > d, esperamos.', shows: 'Si a < b y c > d, esperamos.' },
    { name: 'script-mdx', format: 'mdx', body: '<script>alert(1)</script>' },
    { name: 'img-mdx', format: 'mdx', body: '<img src="x" onerror="alert(1)" />' },
    { name: 'svg-mdx', format: 'mdx', body: '<svg onLoad="alert(1)"></svg>' },
    { name: 'enlace-mdx', format: 'mdx', body: '[pulsa](javascript:alert(1))' },
    { name: 'script-md', format: 'md', body: '<script>alert(1)</script>' },
    { name: 'img-md', format: 'md', body: 'Texto <img src=x onerror=alert(1)> en línea.' },
    { name: 'iframe-md', format: 'md', body: '<iframe src="https://otro.example"></iframe>' },
    { name: 'llaves-md', format: 'md', body: 'Llaves {nombre} } y < sueltas.', shows: 'Llaves {nombre} } y < sueltas.' },
  ];
  const PERSONA = '---\nname: Ana\n---\n\nBiografía.\n';
  const journeyFile = (name: string, body: string) =>
    contentFile({ title: `Relato ${name}`, persona: 'ana', phases: [{ id: 'a', name: 'A' }], touchpoints: [{ phase: 'a', title: 'Lee', channel: 'web', emotion: 1 }] }, `\n${body}\n`);
  const path = (item: Body) => `content/journeys/${item.name}.${item.format}`;
  const validate = (item: Body) => check({ 'content/personas/ana.md': PERSONA, [path(item)]: journeyFile(item.name, item.body) });
  const positioned = (item: Body, lines: string[]) => lines.some((line) => line.startsWith(`${path(item)}:`) && /^[^:]+:\d+:\d+: body/.test(line));

  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it('refuse code ({…} expressions, import, export) in validation, with a positioned body message, before the build runs it', () => {
    const problems = CODE.flatMap((item) => {
      const checked = validate(item);
      if (checked.ok) return [`${item.name}: accepted by validation, so the build runs ${JSON.stringify(item.body)} as code`];
      return positioned(item, checked.errors) ? [] : [`${item.name}: rejected without a positioned body message: ${checked.errors.join(' / ')}`];
    });
    expect(problems).toEqual([]);
  });

  it('either refuse markup with a positioned body message, or build it into inert text', async () => {
    const problems: string[] = [];
    const accepted = MARKUP.filter((item) => {
      const checked = validate(item);
      if (!checked.ok && !positioned(item, checked.errors)) problems.push(`${item.name}: rejected without a positioned body message: ${checked.errors.join(' / ')}`);
      return checked.ok;
    });
    const files: Record<string, string> = { 'content/personas/ana.md': PERSONA };
    for (const item of accepted) files[path(item)] = journeyFile(item.name, item.body);
    const fixture = createFixture('hostile-bodies', { files });
    try {
      const build = await fixture.run('cli/build.ts');
      if (build.code !== 0) problems.push(`the build of the bodies validation accepted (${accepted.map((item) => item.name).join(', ')}) failed:\n${build.stderr}`);
      if (/^\s+at /m.test(build.stdout + build.stderr)) problems.push('the build printed a stack trace');
      if (build.code === 0) {
        browser = await launchBrowser();
        const parser = await browser.newPage();
        for (const item of accepted) {
          const page = await parser.evaluate(liveInjections, fixture.read(`journeys/${item.name}/index.html`));
          for (const found of page.found) problems.push(`${item.name}: ${found} is live in the page`);
          if (item.shows && !page.text.includes(item.shows)) problems.push(`${item.name}: the page does not show "${item.shows}"`);
        }
      }
    } finally {
      fixture.remove();
    }
    expect(problems).toEqual([]);
  });
});
