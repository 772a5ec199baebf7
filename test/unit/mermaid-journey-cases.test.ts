/**
 * `npm run import -- mermaid` takes what Mermaid takes: Mermaid's own journey test cases (its
 * parser spec, its database spec written as diagrams, its rendering tests, its docs, demos and
 * examples) and our own, each parsed by Mermaid's real parser (test/helpers/mermaid-in-node.ts)
 * and by ours. Every diagram Mermaid accepts must read the same (title, sections, tasks, scores,
 * actors), import, and pass validation; every diagram it refuses is refused with a line number.
 * The only diagrams we refuse and Mermaid accepts are listed as such: a score that is not a whole
 * number from 1 to 5.
 */
import { describe, expect, it } from 'vitest';
import { parseWithMermaid, type ParsedJourney } from '../helpers/mermaid-in-node.ts';
import { readMermaidJourney } from '../../src/export/mermaid-read.ts';
import { planMermaidImport } from '../../src/authoring/mermaid-import.ts';
import { validateContent } from '../../src/validate/validate-content.ts';
import { errorsIn, formatProblem } from '../../src/validate/problem.ts';
import type { SourceFile } from '../../src/sources/content-files.ts';

interface Case {
  name: string;
  /** Where the case comes from: Mermaid's repository (path at the fetched commit) or ours. */
  from: string;
  source: string;
  /** Mermaid accepts it, and we refuse it on purpose, at these lines. */
  refusedAt?: number[];
}

const JISON_SPEC = 'mermaid: packages/mermaid/src/diagrams/user-journey/parser/journey.spec.js';
const DB_SPEC = 'mermaid: packages/mermaid/src/diagrams/user-journey/journeyDb.spec.js (its addTask calls as diagram lines)';
const CYPRESS = 'mermaid: cypress/integration/rendering/user-journey/journey.spec.js';
const DOCS = 'mermaid: packages/mermaid/src/docs/syntax/userJourney.md';

const CASES: Case[] = [
  // Mermaid's parser spec, one case per test.
  { name: 'a title definition', from: JISON_SPEC, source: 'journey\ntitle Adding journey diagram functionality to mermaid' },
  {
    name: 'an accessibility description (accDescr)',
    from: JISON_SPEC,
    source: 'journey\naccDescr: A user journey for family shopping\ntitle Adding journey diagram functionality to mermaid\nsection Order from website',
  },
  {
    name: 'an accessibility multiline description (accDescr)',
    from: JISON_SPEC,
    source:
      'journey\naccDescr {\n        A user journey for\n        family shopping\n      }title Adding journey diagram functionality to mermaid\naccTitle: Adding acc journey diagram functionality to mermaid\nsection Order from website',
  },
  { name: 'an accessibility title (accTitle)', from: JISON_SPEC, source: 'journey\n    accTitle: The title\n    section Order from website' },
  { name: 'a section definition', from: JISON_SPEC, source: 'journey\ntitle Adding journey diagram functionality to mermaid\nsection Order from website' },
  {
    name: 'multiline section titles with different line breaks',
    from: JISON_SPEC,
    source: 'journey\ntitle Adding gantt diagram functionality to mermaid\nsection Line1<br>Line2<br/>Line3</br />Line4<br\t/>Line5',
  },
  {
    name: 'task definitions: actors, no actors, the colon after the score',
    from: JISON_SPEC,
    source:
      'journey\ntitle Adding journey diagram functionality to mermaid\nsection Documentation\nA task: 5: Alice, Bob, Charlie\nB task: 3:Bob, Charlie\nC task: 5\nD task: 5: Charlie, Alice\nE task: 5:\nsection Another section\nP task: 5:\nQ task: 5:\nR task: 5:',
  },
  // Mermaid's database spec, its addTask calls written as the lines they stand for.
  {
    name: 'tasks and actors, "#" in an actor ending the line as the grammar does',
    from: DB_SPEC,
    source:
      'journey\naccTitle: Shopping\naccDescr: A user journey for family shopping\nsection Journey to the shops\nGet car keys:5:Dad\nGo to car:3:Dad, Mum, Child#1, Child#2\nDrive to supermarket:4:Dad\nsection Do shopping\nGo shopping:5:Mum',
  },
  {
    name: 'the sections and tasks its clear() tests add',
    from: DB_SPEC,
    source: 'journey\nsection weekends skip test\ntest1: 4: id1, id3\ntest2: 2: id2\ntest3: 3: id1, id3\ntest4: 1: id2',
  },
  // Mermaid's rendering tests.
  { name: 'Simple test', from: CYPRESS, source: 'journey\ntitle Adding journey diagram functionality to mermaid\nsection Order from website\n    ' },
  {
    name: 'a user journey chart, indented',
    from: CYPRESS,
    source: '\n    journey\n    title My working day\n    section Go to work\n      Make tea: 5: Me\n      Go upstairs: 3: Me\n      Do work: 1: Me, Cat\n    section Go home\n      Go downstairs: 5: Me\n      Sit down: 3: Me\n      ',
  },
  {
    name: 'useMaxWidth',
    from: CYPRESS,
    source: 'journey\ntitle E-Commerce\nsection Order from website\n  Add to cart: 5: Me\nsection Checkout from website\n  Add payment details: 5: Me\n    ',
  },
  {
    name: 'a front-matter config block, indented with the diagram, tasks with and without the colon after the score',
    from: CYPRESS,
    source:
      '\n      ---\n      config:\n        journey:\n          maxLabelWidth: 320\n      ---\n      journey\n        title User Journey Example\n        section Onboarding\n            Sign Up: 5:\n            Browse Features: 3:\n            Use Core Functionality: 4:\n        section Engagement\n            Browse Features: 3\n            Use Core Functionality: 4\n      ',
  },
  {
    name: 'repeated section names, spaces around the colons, long actor names',
    from: CYPRESS,
    source:
      'journey\n      title  Web hook life cycle\n      section Darkoob\n        Make preBuilt:5: Darkoob user\n        register slug : 5: Darkoob userf deliberately increasing the size of this label to check if distance between legend and diagram is  maintained\n        Map slug to a Prebuilt Job:5: Darkoob user\n      section External Service\n        set Darkoob slug as hook for an Event : 5 : admin Exjjjnjjjj qwerty\n        listen to the events : 5 :  External Service\n        call darkoob endpoint : 5 : External Service\n      section Darkoob\n        check for inputs : 5 : DarkoobAPI\n        run the prebuilt job : 5 : DarkoobAPI\n        ',
  },
  {
    name: 'a long single word as an actor',
    from: CYPRESS,
    source: '\n      ---\n      config:\n        journey:\n          maxLabelWidth: 100\n      ---\n      journey\n        title Long Word Test\n        section Test\n          VeryLongWord: 5: Supercalifragilisticexpialidocious\n      ',
  },
  {
    name: 'a sentence as an actor',
    from: CYPRESS,
    source:
      '\n      ---\n      config:\n        journey:\n          maxLabelWidth: 200\n      ---\n      journey\n        title Whitespace Test\n        section Test\n          TextWithSpaces: 5: Gustavo Fring is played by Giancarlo Esposito and is a character in Breaking Bad.\n      ',
  },
  {
    name: 'long actor labels, sections without actors',
    from: CYPRESS,
    source:
      '\n      ---\n      config:\n        journey:\n          maxLabelWidth: 320\n      ---\n      journey\n        title User Journey Example\n        section Onboarding\n            Sign Up: 5: This is a long label that will be split into multiple lines to test the wrapping functionality\n            Browse Features: 3: This is another long label that will be split into multiple lines to test the wrapping functionality\n            Use Core Functionality: 4: This is yet another long label that will be split into multiple lines to test the wrapping functionality\n        section Engagement\n            Browse Features: 3\n            Use Core Functionality: 4\n      ',
  },
  {
    name: 'title styling in the front matter, and a stray "size: 2rem" line Mermaid reads as a task with score NaN',
    from: CYPRESS,
    source:
      '---\nconfig:\n  journey:\n    titleColor: "#2900A5"\n    titleFontFamily: "Times New Roman"\n    titleFontSize: "5rem"\n---\n\njourney\n    title User Journey Example\n    section Onboarding\n        Sign Up: 5: John, Shahir\n        Complete Profile: 4: John\n    section Engagement\n        Browse Features: 3: John\n        Use Core Functionality: 4: John\n    section Retention\n        Revisit Application: 5: John\n        Invite Friends: 3: John\n\n        size: 2rem\n    ',
    refusedAt: [21],
  },
  // Mermaid's documentation, demos and examples.
  {
    name: 'the documentation example',
    from: DOCS,
    source: 'journey\n    title My working day\n    section Go to work\n      Make tea: 5: Me\n      Go upstairs: 3: Me\n      Do work: 1: Me, Cat\n    section Go home\n      Go downstairs: 5: Me\n      Sit down: 5: Me',
  },
  {
    name: 'the demo: front-matter title, accTitle and accDescr, sections at another indentation',
    from: 'mermaid: demos/journey.html',
    source:
      '    ---\n    title: My working day\n    ---\n     journey\n      accTitle: Very simple journey demo\n      accDescr: 2 main sections: work and home, each with just a few tasks\n\n    section Go to work\n      Make tea: 5: Me\n      Go upstairs: 3: Me\n      Do work: 1: Me, Cat\n    section Go home\n      Go downstairs: 5: Me\n      Sit down: 3: Me\n',
  },
  {
    name: 'the rendering test page: no space after the first colon, blank lines',
    from: 'mermaid: cypress/platform/user-journey.html',
    source:
      '      journey\n        title Go shopping\n\n        section Get to the shops\n          Get car keys:5: Dad\n          Get into car:5: Dad, Mum, Child 1, Child 2\n          Really drive to supermarket:3: Dad\n\n        section Do shopping\n          Do actual shop:3: Mum\n          Get in the way:2: Dad, Child 1, Child 2\n          Pay: 2: Dad\n\n        section Go home\n          Lose keys:3: Dad\n          Get cross:1: Dad, Child 1\n          Find keys:4: Mum\n          Get into car:4: Dad, Mum, Child 1, Child 2\n          Drive home:3: Dad\n',
  },
  // Ours: what authors bring from wikis and whiteboards.
  { name: 'actors in Chinese, Cyrillic and Arabic', from: 'ours', source: 'journey\n  title 注册账户\n  section 开始\n    填写表单: 2: 用户, Иван\n    提交: 4: محمد\n' },
  { name: 'a diagram without actors', from: 'ours', source: 'journey\n  title Pedir cita\n  section Pedir\n    Llama: 2\n    Espera: 1:\n' },
  { name: 'tasks before the first section', from: 'ours', source: 'journey\n  title T\n  Entra: 3: Ana\n  section A\n    Sale: 4: Ana\n' },
  { name: 'directives and comments', from: 'ours', source: '%%{init: {"theme": "forest"}}%%\n%% una nota\njourney\n  %% otra\n  title T\n  section A # comentario\n    x: 3: Ana # comentario\n' },
  { name: 'entity codes for ":", "#" and ";"', from: 'ours', source: 'journey\n  title Hora#58; 9#59;30\n  section A\n    Dice #quot;hola#quot; #35;1: 3: Ana\n' },
  { name: 'a multi-line accDescr and no title', from: 'ours', source: 'journey\n  accDescr {\n    Cómo lo vive Ana,\n    paso a paso\n  }\n  section A\n    x: 3: Ana\n' },
  { name: 'keywords in capitals', from: 'ours', source: 'journey\n  TITLE Mayúsculas\n  Section A\n    x: 3: Ana\n' },
  { name: 'Windows line endings', from: 'ours', source: 'journey\r\n  title T\r\n  section A\r\n    x: 3: Ana\r\n' },
  { name: 'a score of 7 is refused', from: 'ours', source: 'journey\n  title T\n  section A\n    x: 3: Ana\n    y: 7: Ana\n', refusedAt: [5] },
  { name: 'a score of 0 and one of 2.5 are refused', from: 'ours', source: 'journey\n  title T\n  section A\n    x: 0: Ana\n    y: 2.5: Ana\n', refusedAt: [4, 5] },
  { name: 'a semicolon', from: 'ours', source: 'journey\n  title T\n  section A\n    x: 3: Ana; Luis\n' },
  { name: 'a task without a score', from: 'ours', source: 'journey\n  title T\n  section A\n    Llama al banco\n' },
  { name: 'a section name with a colon', from: 'ours', source: 'journey\n  title T\n  section Paso: uno\n    x: 3\n' },
  { name: '"Journey" with a capital', from: 'ours', source: 'Journey\n  title T\n  section A\n    x: 3\n' },
  { name: 'another kind of diagram', from: 'ours', source: 'flowchart TD\n  A --> B\n' },
  { name: 'an accDescr { never closed', from: 'ours', source: 'journey\n  title T\n  accDescr {\n    sin cerrar\n  section A\n    x: 3\n' },
];

/** A label as Mermaid's renderer shows it, compared as the importer keeps it. */
function shown(text: string): string {
  return text.replace(/<\/?\s*br\s*\/?\s*>/gi, ' ').replace(/\s+/g, ' ').trim();
}

async function mermaidReading(source: string): Promise<ParsedJourney | Error> {
  try {
    return await parseWithMermaid(source);
  } catch (error) {
    return error as Error;
  }
}

function sourceFile(collection: 'personas' | 'journeys', slug: string, text: string): SourceFile {
  const file = `content/${collection}/${slug}.mdx`;
  return { collection, slug, file, absolutePath: `/handbook/${file}`, format: 'mdx', text };
}

describe("Mermaid's own journey cases, and ours", () => {
  it.each(CASES)('$name ($from)', async ({ source, refusedAt }) => {
    const mermaid = await mermaidReading(source);
    const ours = readMermaidJourney(source);
    const lines = source.split(/\r\n?|\n/).length;

    if (mermaid instanceof Error) {
      // Mermaid refuses it: so do we, saying on which line.
      expect(ours.ok, `Mermaid refused this (${mermaid.message.split('\n')[0]}); so must the importer`).toBe(false);
      if (!ours.ok) for (const problem of ours.problems) expect(problem.line).toBeGreaterThanOrEqual(1), expect(problem.line).toBeLessThanOrEqual(lines);
      return;
    }
    if (refusedAt) {
      expect(ours.ok).toBe(false);
      if (!ours.ok) expect(ours.problems.map((problem) => problem.line)).toEqual(refusedAt);
      return;
    }
    if (!ours.ok) throw new Error(`Mermaid accepts this; the importer refused it: ${JSON.stringify(ours.problems)}`);
    const diagram = ours.diagram;

    // It reads the same.
    if (shown(mermaid.title)) expect(diagram.title).toBe(shown(mermaid.title));
    expect(diagram.sections.filter((section) => section.name !== undefined).map((section) => section.name)).toEqual(mermaid.sections.map(shown).filter(Boolean));
    expect(
      diagram.sections.flatMap((section) => section.tasks.map((task) => [section.name ?? '', task.title, task.score, task.actors])),
    ).toEqual(mermaid.tasks.map((task) => [shown(task.section), shown(task.task), task.score, [...new Set(task.people.map(shown).filter(Boolean))]]));

    // It imports into files that pass validation, as they are written.
    const planned = planMermaidImport({ diagram, file: 'diagrama.mmd', personas: [], lang: 'es', today: '2026-03-01' });
    if (!planned.ok) throw new Error(`no slug from the title "${planned.title}"`);
    const { plan } = planned;
    expect(plan.newPersona).toBeDefined();
    const sources = {
      root: '/handbook',
      personas: [sourceFile('personas', plan.newPersona!.slug, plan.newPersona!.text)],
      journeys: [sourceFile('journeys', plan.journey.slug, plan.journey.text)],
      research: [],
      tracks: [],
    };
    const result = validateContent(sources, { reviewIntervalMonths: 6, today: new Date('2026-03-01') });
    expect(errorsIn(result.problems).map(formatProblem)).toEqual([]);
    expect(result.journeys).toHaveLength(1);
    expect(result.journeys[0]!.data.touchpoints.length).toBe(Math.max(1, mermaid.tasks.length));
  });
});

describe('what the importer makes of what Mermaid allows', () => {
  const plan = (source: string, personas: Array<{ slug: string; name: string }> = [], persona?: string) => {
    const read = readMermaidJourney(source);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const planned = planMermaidImport({ diagram: read.diagram, file: 'wiki/alta_cliente.mmd', personas, persona, lang: 'es', today: '2026-03-01' });
    if (!planned.ok) throw new Error(`no slug from the title "${planned.title}"`);
    return planned.plan;
  };

  it('keeps an actor in another script as the name and transliterates its slug', () => {
    const imported = plan('journey\n title 注册\n section 开始\n  填写表单: 2: 用户\n');
    expect(imported.newPersona).toMatchObject({ slug: 'yong-hu', name: '用户' });
    expect(imported.newPersona!.text).toContain('name: 用户');
    expect(imported.journey.slug).toBe('zhu-ce');
  });

  it('falls back to persona-<n> for an actor with nothing to transliterate, and skips slugs taken', () => {
    const imported = plan('journey\n title T\n section A\n  x: 3: ¿?\n', [{ slug: 'persona-1', name: 'Otra' }]);
    expect(imported.newPersona).toMatchObject({ slug: 'persona-2', name: '¿?' });
  });

  it('finds an existing persona by the actor\'s name in any script', () => {
    const imported = plan('journey\n title T\n section A\n  x: 3: 用户, Ana\n', [{ slug: 'cliente-online', name: '用户' }]);
    expect(imported.newPersona).toBeUndefined();
    expect(imported.personaSlug).toBe('cliente-online');
    expect(imported.otherActors).toEqual(['Ana']);
  });

  it('gives a diagram without actors a placeholder persona, flagged, unless --persona names one', () => {
    const placeholder = plan('journey\n title T\n section A\n  x: 3\n');
    expect(placeholder).toMatchObject({ placeholderPersona: true, personaSlug: 'persona-1' });
    expect(placeholder.newPersona!.name).toBe('Persona sin nombre');
    const named = plan('journey\n title T\n section A\n  x: 3\n', [{ slug: 'ana', name: 'Ana' }], 'ana');
    expect(named).toMatchObject({ placeholderPersona: false, personaSlug: 'ana', newPersona: undefined });
  });

  it('names a journey without a title after its file, and keeps the description as the summary', () => {
    const imported = plan('journey\n accDescr: Cómo se da de alta\n section A\n  x: 3: Ana\n');
    expect(imported.titleFromFile).toBe(true);
    expect(imported.journey.slug).toBe('alta-cliente');
    expect(imported.journey.text).toContain('title: Alta cliente');
    expect(imported.journey.text).toContain('summary: Cómo se da de alta');
  });

  it('gives a diagram without tasks one placeholder touchpoint, flagged, and keeps its empty sections as phases', () => {
    const imported = plan('journey\n title T\n section Antes\n section Después\n');
    expect(imported.placeholderTouchpoint).toBe(true);
    expect(imported.journey.text).toMatch(/- id: antes[\s\S]*- id: despues/);
    expect(imported.journey.text).toContain('title: Qué hace o vive la persona en «Antes»');
  });
});
