import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type CommandResult, type Fixture } from './harness.ts';

/*
 * One build of test/build/fixtures/valid (an English handbook: nested folders, a .md journey and
 * persona, channels.yaml, an avatar image, a current/future pair, an empty phase, every narrative
 * component), shared by every assertion on the output contract of
 * docs/format.md#what-a-build-publishes.
 */

const SETTINGS = { title: 'Fixture handbook', description: 'Journeys for the build tests.', locale: 'en' as const };

const PAGES = [
  'index.html',
  'journeys/index.html',
  'journeys/banking/open-account/index.html',
  'journeys/banking/open-account-future/index.html',
  'journeys/health/appointment/index.html',
  'personas/index.html',
  'personas/ana/index.html',
  'personas/bea/index.html',
  'personas/staff/luis/index.html',
  '404.html',
];

const OPEN_ACCOUNT = {
  ids: ['ad', 't2', 'form', 'id-check', 'call', 'welcome'],
  emotions: [2, 1, -1, -3, -3, 3],
};

let fixture: Fixture;
let build: CommandResult;

beforeAll(async () => {
  fixture = createFixture('valid', { settings: SETTINGS });
  build = await fixture.run('cli/build.ts');
  expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(0);
});
afterAll(() => fixture?.remove());

/** The value of attribute `name` in the first `<tag …>` that `where` accepts. */
function attribute(html: string, tag: string, name: string, where: (element: string) => boolean = () => true): string | undefined {
  const element = [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))].map((match) => match[0]).find(where);
  return element ? new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1] : undefined;
}

const metaDescription = (html: string) => attribute(html, 'meta', 'content', (element) => element.includes('name="description"'));

const decode = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

interface Chart {
  name: string;
  points: Array<{ id: string; emotion: number }>;
  tableRows: number;
}

/** Every emotion chart of a page: its accessible name, its plotted points and its data table. */
function charts(html: string): Chart[] {
  const figures = [...html.matchAll(/<svg\b[^>]*role="img"[^>]*>[\s\S]*?<\/svg>(?:[\s\S]*?<table\b[\s\S]*?<\/table>)?/g)].map((match) => match[0]);
  return figures.map((figure) => {
    const svg = figure.slice(0, figure.indexOf('</svg>'));
    const open = /<svg\b[^>]*>/.exec(svg)![0];
    const label = /\saria-label="([^"]*)"/.exec(open)?.[1];
    const labelledBy = /\saria-labelledby="([^"]*)"/.exec(open)?.[1];
    const name =
      label ??
      (labelledBy ?? '')
        .split(/\s+/)
        .map((id) => new RegExp(`<(?:title|desc)\\b[^>]*\\sid="${id}"[^>]*>([^<]*)<`).exec(svg)?.[1] ?? '')
        .join(' ')
        .trim();
    const points = [...svg.matchAll(/<[a-z]+\b[^>]*\sdata-touchpoint="[^"]*"[^>]*>/g)].map((match) => ({
      id: /data-touchpoint="([^"]*)"/.exec(match[0])![1]!,
      emotion: Number(/data-emotion="([^"]*)"/.exec(match[0])?.[1]),
    }));
    const table = /<table\b[\s\S]*?<\/table>/.exec(figure.slice(svg.length))?.[0] ?? '';
    const tableRows = [...(/<tbody\b[\s\S]*?<\/tbody>/.exec(table)?.[0] ?? '').matchAll(/<tr\b/g)].length;
    return { name: decode(name), points, tableRows };
  });
}

describe('the build of a valid handbook', () => {
  it('succeeds, printing its warnings without failing on them', () => {
    const output = `${build.stdout}\n${build.stderr}`;
    expect(output).toContain(
      'warning: content/journeys/banking/open-account.mdx:7:1: reviewed: last reviewed 2026-03-02, more than 6 months ago: review the journey and update the date',
    );
    expect(output).toContain('warning: content/personas/bea.mdx: frontmatter: no journey has this persona as its protagonist yet');
  });

  it('leaves no staging folder behind', () => {
    expect(existsSync(join(fixture.root, '.journeybook', 'staging'))).toBe(false);
  });

  it.each(PAGES)('writes %s', (page) => {
    expect(fixture.exists(page)).toBe(true);
  });

  it.each(PAGES)('gives %s the site language, a title and a meta description', (page) => {
    const html = fixture.read(page);
    expect(attribute(html, 'html', 'lang')).toBe('en');
    expect(/<title>([^<]+)<\/title>/.exec(html)?.[1]?.trim()).toBeTruthy();
    expect(metaDescription(html)?.trim()).toBeTruthy();
  });

  it('titles a journey page after the journey and the handbook, and describes it with its summary', () => {
    const html = fixture.read('journeys/banking/open-account/index.html');
    expect(decode(/<title>([^<]+)<\/title>/.exec(html)![1]!)).toBe('Open an account online · Fixture handbook');
    expect(decode(metaDescription(html)!)).toBe(
      'Ana opens her first account from her phone, and a failed identity check turns ten minutes into six days.',
    );
  });

  it('describes the home page with the handbook\'s description', () => {
    expect(decode(metaDescription(fixture.read('index.html'))!)).toBe('Journeys for the build tests.');
  });

  it('lists every journey on the journey index and every persona on the persona index', () => {
    const journeys = fixture.read('journeys/index.html');
    for (const slug of ['banking/open-account', 'banking/open-account-future', 'health/appointment']) expect(journeys).toContain(`href="/journeys/${slug}/"`);
    const personas = fixture.read('personas/index.html');
    for (const slug of ['ana', 'bea', 'staff/luis']) expect(personas).toContain(`href="/personas/${slug}/"`);
  });
});

describe('the emotion chart contract', () => {
  it('draws every chart of a journey page as an image with an accessible name, one point per touchpoint in order, and a data table', () => {
    const found = charts(fixture.read('journeys/banking/open-account/index.html'));
    expect(found.length).toBeGreaterThanOrEqual(2); // the map's emotion lane and <EmotionChart /> in the narrative
    for (const chart of found) {
      expect(chart.name).toContain('Open an account online');
      expect(chart.points.map((point) => point.id)).toEqual(OPEN_ACCOUNT.ids);
      expect(chart.points.map((point) => point.emotion)).toEqual(OPEN_ACCOUNT.emotions);
      expect(chart.tableRows).toBe(OPEN_ACCOUNT.ids.length);
    }
  });

  it('plots emotion words as their integers', () => {
    const [chart] = charts(fixture.read('journeys/health/appointment/index.html'));
    expect(chart!.points).toEqual([
      { id: 't1', emotion: -2 },
      { id: 't2', emotion: 0 },
      { id: 't3', emotion: 2 },
    ]);
  });

  it('shows each of a persona\'s journeys with its curve', () => {
    const found = charts(fixture.read('personas/ana/index.html'));
    const ids = found.map((chart) => chart.points.map((point) => point.id).join(','));
    expect(ids).toEqual(expect.arrayContaining([OPEN_ACCOUNT.ids.join(','), 't1,t2,t3']));
    for (const chart of found) expect(chart.name).not.toBe('');
  });
});

describe('the narrative and the persona', () => {
  it('renders the built-in components of the narrative without imports', () => {
    const html = fixture.read('journeys/banking/open-account/index.html');
    expect(html).toContain('Two moments of pain in a row');
    expect(html).toContain('Start with the draft-saving form');
    expect(html).toContain('The identity check fails without a reason');
    expect(html).toContain('href="/personas/ana/"');
  });

  it('renders a Markdown (.md) journey', () => {
    expect(fixture.read('journeys/health/appointment/index.html')).toContain('A Markdown narrative');
  });

  it('publishes the avatar image next to the persona, an SVG drawn as a PNG, and uses it', () => {
    expect(fixture.exists('avatars/ana.png')).toBe(true);
    expect(fixture.exists('avatars/ana.svg')).toBe(false);
    expect(fixture.read('personas/ana/index.html')).toContain('/avatars/ana.png');
  });

  it('shows a persona\'s supporting characters and channels.yaml labels', () => {
    const html = fixture.read('personas/ana/index.html');
    expect(html).toContain('Luis Pardo');
    expect(html).toContain('Branch');
  });
});

describe('/journeys/<slug>.json', () => {
  const SPEC_KEYS = ['slug', 'title', 'summary', 'state', 'compares', 'persona', 'reviewed', 'stale', 'nextReview', 'phases', 'touchpoints', 'stats'];
  /** Journey fields of docs/format.md#journeys that "the validated journey" may carry besides the listed ones. */
  const JOURNEY_FIELDS = ['scenario', 'owner', 'tags', 'kpis'];
  const TOUCHPOINT_KEYS = ['id', 'phase', 'title', 'channel', 'emotion', 'feeling', 'thought', 'pain', 'opportunity', 'moment', 'importance', 'owner', 'evidence', 'backstage', 'support', 'kpis', 'sources', 'quote', 'detail', 'tags'];
  let json: Record<string, unknown> & { phases: Array<Record<string, unknown>>; touchpoints: Array<Record<string, unknown>> };

  beforeAll(() => {
    json = JSON.parse(fixture.read('journeys/banking/open-account.json'));
  });

  it('has every key of the spec, and otherwise only fields of the journey', () => {
    for (const key of SPEC_KEYS) expect(json, key).toHaveProperty(key);
    for (const key of Object.keys(json)) expect([...SPEC_KEYS, ...JOURNEY_FIELDS], key).toContain(key);
  });

  it('carries the journey\'s identity, state, persona and review', () => {
    expect(json).toMatchObject({
      slug: 'banking/open-account',
      title: 'Open an account online',
      summary: 'Ana opens her first account from her phone, and a failed identity check turns ten minutes into six days.',
      state: 'current',
      compares: null,
      persona: { slug: 'ana', name: 'Ana Fernández' },
      reviewed: '2026-03-02',
      stale: true,
      // Six months after the last review, the site's interval: the review is overdue.
      nextReview: '2026-09-02',
    });
    expect(Object.keys(json.persona as object).sort()).toEqual(['name', 'slug']);
  });

  it('names the current journey a future one compares with', () => {
    const future = JSON.parse(fixture.read('journeys/banking/open-account-future.json'));
    expect(future).toMatchObject({ state: 'future', compares: 'banking/open-account', stale: false });
  });

  it('lists the phases in order with their touchpoints and emotion, and null emotion for an empty phase', () => {
    expect(json.phases).toEqual([
      { id: 'discover', name: 'Discover', goal: 'Find an account without fees', duration: '3 days', kpis: [], stage: null, touchpoints: ['ad', 't2'], emotion: { mean: 1.5, min: 1, max: 2 } },
      { id: 'compare', name: 'Compare', goal: 'Weigh the fine print', duration: null, kpis: [], stage: null, touchpoints: [], emotion: null },
      {
        id: 'apply',
        name: 'Apply',
        goal: 'Apply from the phone',
        duration: '25 minutes',
        kpis: [{ name: 'Form abandonment', value: 41, unit: '%', target: 25, better: 'lower' }],
        stage: null,
        touchpoints: ['form', 'id-check', 'call'],
        emotion: { mean: -2.33, min: -3, max: -1 },
      },
      { id: 'start', name: 'Start using it', goal: null, duration: null, kpis: [], stage: null, touchpoints: ['welcome'], emotion: { mean: 3, min: 3, max: 3 } },
    ]);
  });

  it('gives every touchpoint every field, with defaults filled and emotion as an integer', () => {
    expect(json.touchpoints.map((touchpoint) => touchpoint.id)).toEqual(OPEN_ACCOUNT.ids);
    for (const touchpoint of json.touchpoints) expect(Object.keys(touchpoint).sort()).toEqual([...TOUCHPOINT_KEYS].sort());
    expect(json.touchpoints.map((touchpoint) => touchpoint.emotion)).toEqual(OPEN_ACCOUNT.emotions);
    expect(json.touchpoints[1]).toEqual({
      id: 't2',
      phase: 'discover',
      title: 'Reads the conditions on the web',
      channel: 'web',
      emotion: 1,
      feeling: null,
      thought: null,
      pain: null,
      opportunity: null,
      moment: null,
      importance: 3,
      owner: null,
      evidence: [],
      backstage: [],
      support: [],
      kpis: [],
      sources: [],
      quote: null,
      detail: null,
      tags: [],
    });
    expect(json.touchpoints[2]).toMatchObject({ importance: 4, evidence: ['Application form'], backstage: ['Fraud scoring'], support: ['Onboarding platform'], owner: 'Digital channels' });
    expect(json.touchpoints[3]!.kpis).toEqual([{ name: 'Identity checks failed', value: 22, unit: '%', target: 5, better: 'lower' }]);
  });

  it('computes the stats: mean to two decimals, the earliest of equal lows, the moments', () => {
    expect(json.stats).toEqual({ emotionMean: -0.17, lowest: 'id-check', highest: 'welcome', momentsOfTruth: ['welcome'], momentsOfPain: ['id-check', 'call'], evidenceCoverage: 0 });
  });
});
