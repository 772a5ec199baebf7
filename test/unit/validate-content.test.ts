import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { check, lines } from '../helpers/content-sources.ts';

/*
 * One spec per rule of docs/format.md (personas, journeys, channels, the narrative, validation),
 * each asserting the exact line an author reads. Field paths count list items from zero, as in the
 * format's own example (`touchpoints[2]` is the third touchpoint), while default touchpoint ids
 * count from one (`t3` is the third touchpoint).
 */

const ANA = lines('---', 'name: Ana Fernández', 'role: Clienta, 41 años', '---', '', 'Ana compara opciones antes de decidir.');
const BEA = lines('---', 'name: Beatriz Soler', '---', '', 'Beatriz trabaja en una pyme.');

type Data = Record<string, unknown>;

/** A valid journey; `change` edits a fresh copy of it, so each spec breaks exactly one thing. */
function alta(change: (data: Data & { touchpoints: Data[]; phases: Data[] }) => void = () => {}, body = ''): string {
  const data = {
    title: 'Abrir una cuenta',
    persona: 'ana',
    phases: [
      { id: 'descubrir', name: 'Descubrir' },
      { id: 'contratar', name: 'Contratar' },
    ] as Data[],
    touchpoints: [
      { phase: 'descubrir', title: 'Lee la web', channel: 'web', emotion: 1 },
      { phase: 'contratar', title: 'Rellena el formulario', channel: 'web', emotion: -1 },
      { phase: 'contratar', title: 'Llama al centro de atención', channel: 'phone', emotion: 'negative' },
    ] as Data[],
  };
  change(data);
  return `---\n${stringify(data)}---\n${body}`;
}

const files = (journey: string, extra: Record<string, string> = {}) => ({
  'content/personas/ana.mdx': ANA,
  'content/journeys/alta.mdx': journey,
  ...extra,
});

describe('a valid handbook', () => {
  it('passes with no problem at all', () => {
    const checked = check(files(alta((data) => Object.assign(data, { reviewed: '2026-10-01' }))));
    expect(checked.result.problems).toEqual([]);
    expect(checked.ok).toBe(true);
  });

  it('hands on journeys with default touchpoint ids t1, t2, … and emotion words as integers', () => {
    const { result } = check(files(alta((data) => (data.touchpoints[1]!.id = 'formulario'))));
    expect(result.journeys[0]!.data.touchpoints.map((t) => [t.id, t.emotion, t.importance])).toEqual([
      ['t1', 1, 3],
      ['formulario', -1, 3],
      ['t3', -2, 3],
    ]);
    expect(result.journeys[0]!.data.state).toBe('current');
  });
});

describe('cross-references in a journey', () => {
  it('reports an unknown persona with a "did you mean" and the personas there are', () => {
    const checked = check(files(alta((data) => (data.persona = 'anna')), { 'content/personas/bea.mdx': BEA }));
    expect(checked.messages).toEqual(['content/journeys/alta.mdx: persona: unknown persona "anna" (did you mean "ana"?) (personas: ana, bea)']);
  });

  it('reports an unknown phase with the journey\'s phases, as in the spec\'s example', () => {
    const checked = check(files(alta((data) => (data.touchpoints[2]!.phase = 'compra'))));
    expect(checked.messages).toEqual(['content/journeys/alta.mdx: touchpoints[2].phase: unknown phase "compra" (phases: descubrir, contratar)']);
  });

  it('suggests the phase an unknown phase is one typo away from', () => {
    const checked = check(files(alta((data) => (data.touchpoints[1]!.phase = 'contrata'))));
    expect(checked.messages).toEqual([
      'content/journeys/alta.mdx: touchpoints[1].phase: unknown phase "contrata" (did you mean "contratar"?) (phases: descubrir, contratar)',
    ]);
  });

  it('reports a touchpoint listed after one of a later phase', () => {
    const checked = check(files(alta((data) => data.touchpoints.push({ phase: 'descubrir', title: 'Vuelve a la web', channel: 'web', emotion: 0 }))));
    expect(checked.messages).toEqual([
      'content/journeys/alta.mdx: touchpoints[3].phase: phase "descubrir" comes before "contratar", used by an earlier touchpoint: list touchpoints in the order of the phases',
    ]);
  });

  it('accepts a phase with no touchpoints and touchpoints that skip it', () => {
    const checked = check(files(alta((data) => data.phases.splice(1, 0, { id: 'comparar', name: 'Comparar' }))));
    expect(checked.ok).toBe(true);
  });

  it('reports an unknown channel with a "did you mean" and every channel there is', () => {
    const checked = check(files(alta((data) => (data.touchpoints[2]!.channel = 'phon'))));
    expect(checked.messages).toEqual([
      'content/journeys/alta.mdx: touchpoints[2].channel: unknown channel "phon" (did you mean "phone"?) (channels: web, app, email, phone, chat, social, store, in-person, postal, sms, event, partner, product, word-of-mouth; add new ones in content/channels.yaml)',
    ]);
  });

  it('knows the channels added in channels.yaml, and suggests them too', () => {
    const channels = lines('oficina:', '  label: Oficina', '  icon: 🏦', 'portal-paciente:', '  label: Portal del paciente');
    const known = check(files(alta((data) => (data.touchpoints[2]!.channel = 'oficina')), { 'content/channels.yaml': channels }));
    expect(known.ok).toBe(true);
    const typo = check(files(alta((data) => (data.touchpoints[2]!.channel = 'oficinas')), { 'content/channels.yaml': channels }));
    expect(typo.messages).toEqual([
      'content/journeys/alta.mdx: touchpoints[2].channel: unknown channel "oficinas" (did you mean "oficina"?) (channels: web, app, email, phone, chat, social, store, in-person, postal, sms, event, partner, product, word-of-mouth, oficina, portal-paciente; add new ones in content/channels.yaml)',
    ]);
  });

  it('reports an unknown channel among a persona\'s preferred channels', () => {
    const persona = lines('---', 'name: Ana', 'channels: [web, fax]', '---');
    const checked = check(files(alta(), { 'content/personas/ana.mdx': persona }));
    expect(checked.errors).toEqual([
      'content/personas/ana.mdx:3:17: channels[1]: unknown channel "fax" (channels: web, app, email, phone, chat, social, store, in-person, postal, sms, event, partner, product, word-of-mouth; add new ones in content/channels.yaml)',
    ]);
  });

  it('reports a duplicate phase id', () => {
    const checked = check(files(alta((data) => data.phases.push({ id: 'descubrir', name: 'Descubrir otra vez' }))));
    expect(checked.messages).toEqual(['content/journeys/alta.mdx: phases[2].id: duplicate phase id "descubrir": phase ids must be unique in the journey']);
  });

  it('reports two touchpoints with the same explicit id', () => {
    const checked = check(
      files(
        alta((data) => {
          data.touchpoints[1]!.id = 'formulario';
          data.touchpoints[2]!.id = 'formulario';
        }),
      ),
    );
    expect(checked.messages).toEqual([
      'content/journeys/alta.mdx: touchpoints[2].id: duplicate touchpoint id "formulario": touchpoints[1] already has it; give each touchpoint its own id',
    ]);
  });

  it('reports an explicit id that clashes with an earlier touchpoint\'s default id', () => {
    const checked = check(files(alta((data) => (data.touchpoints[2]!.id = 't1'))));
    expect(checked.messages).toEqual([
      'content/journeys/alta.mdx: touchpoints[2].id: duplicate touchpoint id "t1": touchpoints[0] already has it (its default id, as touchpoint 1); give each touchpoint its own id',
    ]);
  });

  it('reports a default id that clashes with an earlier touchpoint\'s explicit id', () => {
    const checked = check(files(alta((data) => (data.touchpoints[0]!.id = 't3'))));
    expect(checked.messages).toEqual([
      'content/journeys/alta.mdx: touchpoints[2].id: touchpoint id "t3" (the default id of touchpoint 3) is already the id of touchpoints[0]: give one of them another id',
    ]);
  });
});

describe('compares', () => {
  const today = alta((data) => (data.title = 'Abrir una cuenta hoy'));
  const future = (compares: string, state = 'future') =>
    alta((data) => Object.assign(data, { title: 'Abrir una cuenta mañana', state, compares }));

  it('accepts a future journey that compares with a current one', () => {
    const checked = check(files(today, { 'content/journeys/alta-futuro.mdx': future('alta') }));
    expect(checked.ok).toBe(true);
    expect(checked.warnings).toEqual([]);
  });

  it('reports an unknown journey with a "did you mean"', () => {
    const checked = check(files(today, { 'content/journeys/alta-futuro.mdx': future('alto') }));
    expect(checked.messages).toEqual([
      'content/journeys/alta-futuro.mdx: compares: unknown journey "alto" (did you mean "alta"?) (journeys: alta)',
    ]);
  });

  it('reports compares on a journey that is not a future one', () => {
    const checked = check(files(today, { 'content/journeys/alta-futuro.mdx': future('alta', 'current') }));
    expect(checked.messages).toEqual([
      'content/journeys/alta-futuro.mdx: compares: only a future journey compares with another: add "state: future" or remove "compares"',
    ]);
  });

  it('reports a future journey that compares with another future journey', () => {
    const checked = check(
      files(today, {
        'content/journeys/alta-futuro.mdx': future('alta'),
        'content/journeys/alta-2030.mdx': future('alta-futuro'),
      }),
    );
    expect(checked.messages).toEqual([
      'content/journeys/alta-2030.mdx: compares: "alta-futuro" is not a current journey: a future journey compares with a map of today',
    ]);
  });

  it('reports a journey that compares with itself', () => {
    const checked = check(files(today, { 'content/journeys/alta-futuro.mdx': future('alta-futuro') }));
    expect(checked.messages).toEqual([
      'content/journeys/alta-futuro.mdx: compares: a journey cannot compare with itself: name the current journey it improves on',
    ]);
  });

  it('finds journeys in sub-folders by their nested slug', () => {
    const checked = check({
      'content/personas/ana.mdx': ANA,
      'content/journeys/banca/alta.mdx': today,
      'content/journeys/banca/alta-futuro.mdx': future('banca/alta'),
    });
    expect(checked.ok).toBe(true);
  });
});

describe('the narrative body', () => {
  it('accepts every built-in component used correctly', () => {
    const body = lines('', '<Touchpoint id="t2" />', '', '<EmotionChart />', '', '<Persona slug="ana" />', '', '<Callout type="warning">Ojo.</Callout>', '', '<Callout>Sin tipo es una nota.</Callout>');
    expect(check(files(alta(undefined, body))).ok).toBe(true);
  });

  it('reports <Touchpoint id> that names no touchpoint of the journey', () => {
    const checked = check(files(alta(undefined, lines('', '<Touchpoint id="t9" />'))));
    expect(checked.messages).toEqual([
      'content/journeys/alta.mdx: body <Touchpoint>: unknown touchpoint id "t9" (did you mean "t1"?) (touchpoints: t1, t2, t3)',
    ]);
  });

  it('reports <Touchpoint> without an id', () => {
    const checked = check(files(alta(undefined, lines('', '<Touchpoint />'))));
    expect(checked.messages).toEqual(['content/journeys/alta.mdx: body <Touchpoint>: needs id="…", the id of one of this journey\'s touchpoints']);
  });

  it('reports <Persona slug> that names no persona', () => {
    const checked = check(files(alta(undefined, lines('', '<Persona slug="anna" />'))));
    expect(checked.messages).toEqual(['content/journeys/alta.mdx: body <Persona>: unknown persona "anna" (did you mean "ana"?) (personas: ana)']);
  });

  it('reports an unknown component with a "did you mean"', () => {
    const checked = check(files(alta(undefined, lines('', '<Touchpiont id="t1" />'))));
    expect(checked.messages).toEqual([
      'content/journeys/alta.mdx: body <Touchpiont>: unknown component <Touchpiont> (did you mean "Touchpoint"?) (available here: Touchpoint, EmotionChart, Persona, Callout)',
    ]);
  });

  it('reports a Callout type that is not note, tip or warning', () => {
    const checked = check(files(alta(undefined, lines('', '<Callout type="danger">Cuidado.</Callout>'))));
    expect(checked.messages).toEqual(['content/journeys/alta.mdx: body <Callout>: type must be one of note, tip, warning, got "danger"']);
  });

  it('offers a persona\'s biography only Persona and Callout', () => {
    const persona = lines('---', 'name: Ana', '---', '', '<Touchpoint id="t1" />');
    const checked = check(files(alta(), { 'content/personas/ana.mdx': persona }));
    expect(checked.errors).toEqual([
      'content/personas/ana.mdx:5:1: body <Touchpoint>: unknown component <Touchpoint> (available here: Persona, Callout)',
    ]);
  });

  it('reports an MDX syntax error at its line and column in the file', () => {
    const journey = alta(undefined, lines('', 'Un texto con <b>negrita</c> mal cerrada.'));
    const bodyLine = journey.split('\n').findIndex((line) => line.startsWith('Un texto')) + 1;
    const checked = check(files(journey));
    expect(checked.errors).toEqual([
      `content/journeys/alta.mdx:${bodyLine}:24: body: MDX syntax error: Unexpected closing tag \`</c>\`, expected corresponding closing tag for \`<b>\` (${bodyLine}:14-${bodyLine}:17)`,
    ]);
  });

  it('reports an unclosed expression in the body', () => {
    const journey = alta(undefined, lines('', 'Un texto {sin cerrar'));
    const checked = check(files(journey));
    expect(checked.messages).toEqual([
      'content/journeys/alta.mdx: body: MDX syntax error: Unexpected end of file in expression, expected a corresponding closing brace for `{`',
    ]);
  });

  it('leaves a .md body alone: Markdown has no components to check', () => {
    const checked = check({ 'content/personas/ana.mdx': ANA, 'content/journeys/alta.md': alta(undefined, lines('', 'Precio < 3 € {sin llaves}')) });
    expect(checked.ok).toBe(true);
  });
});

describe('the shape of a file', () => {
  it('reports malformed YAML at the line and column of the mistake', () => {
    const journey = lines('---', 'title: Abrir una cuenta', 'persona: ana', 'summary: Abre: una cuenta', '---');
    const checked = check(files(journey));
    expect(checked.errors).toEqual(['content/journeys/alta.mdx:4:10: frontmatter: invalid YAML: Nested mappings are not allowed in compact mappings']);
  });

  it('reports a line indented out of step with its neighbours', () => {
    const journey = lines('---', 'title: Abrir una cuenta', 'persona: ana', 'phases:', '  - id: descubrir', '   name: Descubrir', '---');
    const checked = check(files(journey));
    expect(checked.errors).toEqual(['content/journeys/alta.mdx:6:1: frontmatter: invalid YAML: Sequence item without - indicator']);
  });

  it('points an unclosed quote at the line where it opens, not where the frontmatter ends', () => {
    const journey = lines('---', 'title: "Abrir una cuenta', 'persona: ana', 'phases: []', 'touchpoints: []', '---');
    const checked = check(files(journey));
    expect(checked.errors).toEqual(['content/journeys/alta.mdx:2:8: frontmatter: invalid YAML: Missing closing "quote']);
  });

  it('reports a field written twice', () => {
    const journey = lines('---', 'title: Abrir una cuenta', 'persona: ana', 'title: Otra', '---');
    expect(check(files(journey)).errors).toEqual(['content/journeys/alta.mdx:4:1: frontmatter: invalid YAML: Map keys must be unique']);
  });

  it('refuses a journey named blueprint inside a folder that is a journey too, whose blueprint page it would take', () => {
    const checked = check(files(alta(), { 'content/journeys/alta/blueprint.mdx': alta() }));
    expect(checked.errors).toEqual([
      'content/journeys/alta/blueprint.mdx: file: "alta/blueprint" is the address of the blueprint page of journey "alta": rename this file',
    ]);
  });

  it('refuses journeys named present and embed inside a folder that is a journey, whose presentation and embed they would take', () => {
    const checked = check(files(alta(), { 'content/journeys/alta/present.mdx': alta(), 'content/journeys/alta/embed.mdx': alta() }));
    expect(checked.errors).toEqual([
      'content/journeys/alta/embed.mdx: file: "alta/embed" is the address of the embed page of journey "alta": rename this file',
      'content/journeys/alta/present.mdx: file: "alta/present" is the address of the present page of journey "alta": rename this file',
    ]);
  });

  it('refuses a journey whose data would take the address of another journey’s oEmbed file', () => {
    const checked = check(files(alta(), { 'content/journeys/alta.oembed.mdx': alta() }));
    expect(checked.errors).toEqual([
      'content/journeys/alta.oembed.mdx: file: "alta.oembed" would publish its data at the address of the oEmbed file of journey "alta": rename this file',
    ]);
  });

  it('reports a file without frontmatter', () => {
    const checked = check(files('# Abrir una cuenta\n\nSin datos.\n'));
    expect(checked.errors).toEqual([
      'content/journeys/alta.mdx:1:1: frontmatter: no frontmatter: start the file with a "---" line, the fields, and another "---" line',
    ]);
  });

  it('reports an empty file as one without frontmatter', () => {
    expect(check(files('')).errors).toEqual([
      'content/journeys/alta.mdx:1:1: frontmatter: no frontmatter: start the file with a "---" line, the fields, and another "---" line',
    ]);
  });

  it('reports each required field of an empty frontmatter', () => {
    expect(check(files('---\n---\n')).messages).toEqual([
      'content/journeys/alta.mdx: persona: is required: add "persona: …"',
      'content/journeys/alta.mdx: phases: is required: add "phases: …"',
      'content/journeys/alta.mdx: title: is required: add "title: …"',
      'content/journeys/alta.mdx: touchpoints: is required: add "touchpoints: …"',
    ]);
  });

  it('reports frontmatter that is a list instead of fields', () => {
    expect(check(files('---\n- title\n---\n')).errors).toEqual(['content/journeys/alta.mdx:2:1: frontmatter: expected a group of fields, got a list']);
  });

  it('reports two files with the same slug, such as a.md next to a.mdx', () => {
    const checked = check({ 'content/personas/ana.mdx': ANA, 'content/journeys/alta.md': alta(), 'content/journeys/alta.mdx': alta() });
    expect(checked.messages).toEqual(['content/journeys/alta.mdx: file: has the same slug "alta" as content/journeys/alta.md: rename one of the two files']);
  });

  it('reports slugs that differ only in case, since slugs are lower-cased', () => {
    const checked = check({ 'content/personas/ana.mdx': ANA, 'content/personas/Ana.mdx': ANA, 'content/journeys/alta.mdx': alta() });
    expect(checked.messages).toEqual(['content/personas/ana.mdx: file: has the same slug "ana" as content/personas/Ana.mdx: rename one of the two files']);
  });

  it('rejects an unknown field with a "did you mean"', () => {
    const checked = check(files(alta((data) => (data.sumary = 'Una frase.'))));
    expect(checked.messages).toEqual(['content/journeys/alta.mdx: sumary: unknown field "sumary" (did you mean "summary"?)']);
  });

  it('lists the fields there are when an unknown field resembles none', () => {
    const checked = check(files(alta((data) => (data.presupuesto = 100))));
    expect(checked.messages).toEqual([
      'content/journeys/alta.mdx: presupuesto: unknown field "presupuesto" (fields here: title, persona, summary, scenario, state, compares, owner, reviewed, review_every, tags, visibility, kpis, phases, touchpoints)',
    ]);
  });
});

describe('values', () => {
  it.each([
    [4, 'must be at most 3, got 4'],
    [-4, 'must be at least -3, got -4'],
    [2.5, 'expected a whole number from -3 to 3, or positive, neutral or negative; got 2.5'],
    ['feliz', 'expected a whole number from -3 to 3, or positive, neutral or negative; got "feliz"'],
    ['2', 'expected a whole number from -3 to 3, or positive, neutral or negative; got "2"'],
  ])('reports emotion %j', (emotion, message) => {
    const checked = check(files(alta((data) => (data.touchpoints[1]!.emotion = emotion))));
    expect(checked.messages).toEqual([`content/journeys/alta.mdx: touchpoints[1].emotion: ${message}`]);
  });

  it('reports a missing emotion', () => {
    const checked = check(files(alta((data) => delete data.touchpoints[1]!.emotion)));
    expect(checked.messages).toEqual(['content/journeys/alta.mdx: touchpoints[1].emotion: is required: add "emotion: …"']);
  });

  it.each([
    [0, 'must be at least 1, got 0'],
    [6, 'must be at most 5, got 6'],
    [2.5, 'expected a whole number, got 2.5'],
    ['alta', 'expected a number, got "alta"'],
  ])('reports importance %j', (importance, message) => {
    const checked = check(files(alta((data) => (data.touchpoints[0]!.importance = importance))));
    expect(checked.messages).toEqual([`content/journeys/alta.mdx: touchpoints[0].importance: ${message}`]);
  });

  it.each([
    ['2026-02-30', 'is not a real calendar date; got "2026-02-30"'],
    ['2026/02/03', 'write the date as YYYY-MM-DD; got "2026/02/03"'],
    ['ayer', 'write the date as YYYY-MM-DD; got "ayer"'],
  ])('reports the review date %j with one message', (reviewed, message) => {
    const checked = check(files(alta((data) => (data.reviewed = reviewed))));
    expect(checked.messages).toEqual([`content/journeys/alta.mdx: reviewed: ${message}`]);
  });

  it('accepts a review date YAML reads as a timestamp', () => {
    const journey = alta().replace('title:', 'reviewed: 2026-10-01\ntitle:');
    const checked = check(files(journey));
    expect(checked.ok).toBe(true);
    expect(checked.result.journeys[0]!.data.reviewed).toBe('2026-10-01');
  });

  it('reports a state that is neither current nor future, with a "did you mean"', () => {
    const checked = check(files(alta((data) => (data.state = 'futuro'))));
    expect(checked.messages).toEqual(['content/journeys/alta.mdx: state: "futuro" is not one of current, future (did you mean "future"?)']);
  });

  it('reports a moment that is neither truth nor pain', () => {
    const checked = check(files(alta((data) => (data.touchpoints[2]!.moment = 'dolor'))));
    expect(checked.messages).toEqual(['content/journeys/alta.mdx: touchpoints[2].moment: "dolor" is not one of truth, pain']);
  });

  it('reports an id with capitals or spaces', () => {
    const checked = check(files(alta((data) => (data.touchpoints[0]!.id = 'Lee web'))));
    expect(checked.messages).toEqual([
      'content/journeys/alta.mdx: touchpoints[0].id: use only lower-case letters, digits and "-" (for example "pedir-cita"); got "Lee web"',
    ]);
  });

  it('reports a KPI whose value is not a number and whose "better" is unknown', () => {
    const checked = check(files(alta((data) => (data.kpis = [{ name: 'NPS', value: 'alto', better: 'more' }]))));
    expect(checked.messages).toEqual([
      'content/journeys/alta.mdx: kpis[0].value: expected a number, got "alto"',
      'content/journeys/alta.mdx: kpis[0].better: "more" is not one of higher, lower',
    ]);
  });

  it('reports a journey without phases or touchpoints', () => {
    const checked = check(files(alta((data) => Object.assign(data, { phases: [], touchpoints: [] }))));
    expect(checked.messages).toEqual([
      'content/journeys/alta.mdx: phases: list at least one phase',
      'content/journeys/alta.mdx: touchpoints: list at least one touchpoint',
    ]);
  });

  it('reports a supporting character\'s unknown influence', () => {
    const persona = lines('---', 'name: Ana', 'supporting:', '  - name: Luis', '    influence: jefe', '---');
    const checked = check(files(alta(), { 'content/personas/ana.mdx': persona }));
    expect(checked.errors).toEqual([
      'content/personas/ana.mdx:5:5: supporting[0].influence: "jefe" is not one of decision-maker, influencer, prescriber, user, other',
    ]);
  });
});

describe('avatars', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'journeybook-avatars-'));
    mkdirSync(join(root, 'content', 'personas', 'img'), { recursive: true });
    writeFileSync(join(root, 'content', 'personas', 'img', 'ana.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]));
    writeFileSync(join(root, 'content', 'personas', 'img', 'ana.txt'), 'notes');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const withAvatar = (avatar: string) =>
    check(files(alta(), { 'content/personas/ana.mdx': lines('---', 'name: Ana', `avatar: "${avatar}"`, '---') }), { root });

  it('accepts an image next to the persona file', () => {
    const checked = withAvatar('./img/ana.jpg');
    expect(checked.ok).toBe(true);
    expect(checked.result.personas[0]!.avatar).toEqual({ kind: 'image', path: './img/ana.jpg', absolutePath: join(root, 'content/personas/img/ana.jpg') });
  });

  it.each(['🙂', '👩🏽‍⚕️', '🇪🇸'])('accepts the single emoji %s', (emoji) => {
    const checked = withAvatar(emoji);
    expect(checked.ok).toBe(true);
    expect(checked.result.personas[0]!.avatar).toEqual({ kind: 'emoji', emoji });
  });

  it('reports an image path where there is no file', () => {
    expect(withAvatar('./img/bea.png').errors).toEqual([
      'content/personas/ana.mdx:3:1: avatar: no image at "./img/bea.png" next to this file; give a path relative to the file (e.g. "./maria.jpg") or a single emoji',
    ]);
  });

  it('reports a path to a file that is not an image, even when the file exists', () => {
    expect(withAvatar('./img/ana.txt').errors).toEqual([
      'content/personas/ana.mdx:3:1: avatar: "./img/ana.txt" is neither a single emoji nor an image path: an avatar image ends in .png, .jpg, .jpeg, .webp, .gif, .svg, .avif',
    ]);
  });

  it('reports text that is neither an emoji nor a path', () => {
    expect(withAvatar('AF').messages).toEqual([
      'content/personas/ana.mdx: avatar: "AF" is neither a single emoji nor an image path: an avatar image ends in .png, .jpg, .jpeg, .webp, .gif, .svg, .avif',
    ]);
  });
});

describe('channels.yaml', () => {
  const channelsCheck = (yaml: string) => check(files(alta((data) => (data.touchpoints[0]!.channel = 'oficina')), { 'content/channels.yaml': yaml }));

  it('relabels a built-in channel and adds a new one', () => {
    const checked = channelsCheck(lines('phone:', '  label: Centro de atención', 'oficina:', '  label: Oficina'));
    expect(checked.ok).toBe(true);
    expect(checked.result.customChannels).toEqual({ phone: { label: 'Centro de atención' }, oficina: { label: 'Oficina' } });
  });

  it('reports malformed YAML at the line where it goes wrong', () => {
    const checked = channelsCheck(lines('oficina:', '  label: "Oficina', '  icon: 🏦'));
    expect(checked.errors).toEqual(['content/channels.yaml:2:10: file: invalid YAML: Missing closing "quote']);
  });

  it('reports a channel without a label, and still knows the channel', () => {
    const checked = channelsCheck(lines('oficina:', '  icon: 🏦'));
    expect(checked.errors).toEqual(['content/channels.yaml:1:1: oficina.label: is required: add "label: …"']);
  });

  it('reports an unknown field of a channel with a "did you mean"', () => {
    const checked = channelsCheck(lines('oficina:', '  label: Oficina', '  icono: 🏦'));
    expect(checked.errors).toEqual(['content/channels.yaml:3:3: oficina.icono: unknown field "icono" (did you mean "icon"?)']);
  });

  it('reports a channel id that is not [a-z0-9-]+', () => {
    const checked = check(files(alta(), { 'content/channels.yaml': lines('Oficina Central:', '  label: Oficina') }));
    expect(checked.errors).toEqual(['content/channels.yaml:1:1: Oficina Central: a channel id uses only a-z, 0-9 and "-"; got "Oficina Central"']);
  });

  it('reports a channel written as plain text instead of { label, icon }', () => {
    expect(channelsCheck(lines('oficina: Oficina')).errors).toEqual(['content/channels.yaml:1:1: oficina: expected a group of fields, got "Oficina"']);
  });

  it('reports a file that is a list instead of a map of channels', () => {
    const checked = check(files(alta(), { 'content/channels.yaml': lines('- oficina') }));
    expect(checked.errors).toEqual(['content/channels.yaml:1:1: file: expected a group of fields, got a list']);
  });

  it('accepts an empty channels.yaml', () => {
    expect(check(files(alta(), { 'content/channels.yaml': '' })).ok).toBe(true);
  });
});

describe('reporting', () => {
  it('reports every problem of every file in one run, including references in a file with schema errors', () => {
    const journey = alta(
      (data) => {
        data.persona = 'anna';
        data.touchpoints[0]!.emotion = 'feliz';
        data.touchpoints[1]!.channel = 'fax';
        data.touchpoints[2]!.phase = 'compra';
        data.touchpoints[2]!.importance = 9;
      },
      lines('', '<Touchpoint id="t7" />'),
    );
    const persona = lines('---', 'name: Ana', 'goals: Abrir una cuenta', '---');
    const checked = check(files(journey, { 'content/personas/ana.mdx': persona }));
    expect(checked.messages).toEqual([
      'content/journeys/alta.mdx: persona: unknown persona "anna" (did you mean "ana"?) (personas: ana)',
      'content/journeys/alta.mdx: touchpoints[0].emotion: expected a whole number from -3 to 3, or positive, neutral or negative; got "feliz"',
      expect.stringMatching(/^content\/journeys\/alta\.mdx: touchpoints\[1\]\.channel: unknown channel "fax" /),
      'content/journeys/alta.mdx: touchpoints[2].phase: unknown phase "compra" (phases: descubrir, contratar)',
      'content/journeys/alta.mdx: touchpoints[2].importance: must be at most 5, got 9',
      'content/journeys/alta.mdx: body <Touchpoint>: unknown touchpoint id "t7" (did you mean "t1"?) (touchpoints: t1, t2, t3)',
      'content/personas/ana.mdx: goals: expected a list, got "Abrir una cuenta"',
    ]);
  });

  it('reports a value once: a phase id the schema rejects is not also an unknown phase', () => {
    const checked = check(files(alta((data) => (data.touchpoints[2]!.phase = 'Contratar'))));
    expect(checked.messages).toEqual([
      'content/journeys/alta.mdx: touchpoints[2].phase: use only lower-case letters, digits and "-" (for example "pedir-cita"); got "Contratar"',
    ]);
  });

  it('does not echo a broken channels.yaml entry as an unknown channel in journeys', () => {
    const checked = check(files(alta((data) => (data.touchpoints[0]!.channel = 'oficina')), { 'content/channels.yaml': lines('oficina:', '  icon: 🏦') }));
    expect(checked.messages).toEqual(['content/channels.yaml: oficina.label: is required: add "label: …"']);
  });

  it('gives line and column of fields deep inside touchpoints', () => {
    const journey = lines(
      '---', //                                    1
      'title: Abrir una cuenta', //                2
      'persona: ana', //                           3
      'phases:', //                                4
      '  - id: descubrir', //                      5
      '    name: Descubrir', //                    6
      'touchpoints:', //                           7
      '  - phase: descubrir', //                   8
      '    title: Lee la web', //                  9
      '    channel: web', //                       10
      '    emotion: 1', //                         11
      '    kpis:', //                              12
      '      - name: Tiempo en la página', //      13
      '        value: 40', //                      14
      '      - name: Rebote', //                   15
      '        value: 62', //                      16
      '        target: "50"', //                   17
      '  - phase: descubrir', //                   18
      '    title: Compara', //                     19
      '    channel: webb', //                      20
      '    emotion: 0', //                         21
      '---',
    );
    const checked = check(files(journey));
    expect(checked.errors).toEqual([
      'content/journeys/alta.mdx:17:9: touchpoints[0].kpis[1].target: expected a number, got "50"',
      expect.stringMatching(/^content\/journeys\/alta\.mdx:20:5: touchpoints\[1\]\.channel: unknown channel "webb" \(did you mean "web"\?\)/),
    ]);
  });

  it('points a missing field at the item that lacks it', () => {
    const journey = lines('---', 'title: Abrir una cuenta', 'persona: ana', 'phases:', '  - id: descubrir', '    name: Descubrir', 'touchpoints:', '  - phase: descubrir', '    channel: web', '    emotion: 1', '---');
    expect(check(files(journey)).errors).toEqual(['content/journeys/alta.mdx:8:5: touchpoints[0].title: is required: add "title: …"']);
  });
});

describe('warnings', () => {
  it('warns about a stale review, an unused persona and a future journey without compares, and still passes', () => {
    const checked = check(
      files(
        alta((data) => Object.assign(data, { state: 'future', reviewed: '2026-05-24' })),
        { 'content/personas/bea.mdx': BEA },
      ),
    );
    expect(checked.ok).toBe(true);
    expect(checked.result.journeys).toHaveLength(1);
    expect(checked.warnings).toEqual([
      'content/journeys/alta.mdx:2:1: compares: a future journey usually names the current journey it improves on: add "compares: <journey slug>"',
      expect.stringMatching(/^content\/journeys\/alta\.mdx:\d+:1: reviewed: last reviewed 2026-05-24, more than 6 months ago: review the journey and update the date$/),
      'content/personas/bea.mdx: frontmatter: no journey has this persona as its protagonist yet',
    ]);
  });

  it('keeps a review exactly one interval old fresh', () => {
    const checked = check(files(alta((data) => (data.reviewed = '2026-05-25'))));
    expect(checked.warnings).toEqual([]);
  });

  it('does not call a persona unused when the journey naming it has errors of its own', () => {
    const checked = check(files(alta((data) => (data.touchpoints[0]!.emotion = 7))));
    expect(checked.warnings).toEqual([]);
  });
});
