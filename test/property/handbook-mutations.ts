/**
 * Ways to break a valid handbook, one rule of docs/format.md at a time, each with the file and the
 * field the error message must name. A mutation never breaks more than the rule it is about,
 * so the expected line is knowable; other errors it causes as a knock-on are allowed.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { contentFile, handbookFiles, type HandbookSpec, type JourneySpec, type PersonaSpec } from './handbook-arbitrary.ts';

export interface Broken {
  /** What was done, for the failure message. */
  mutation: string;
  files: Record<string, string>;
  /** The file an error must name. */
  file: string;
  /** The field it must name, exactly, or a pattern for fields that depend on the parser. */
  field: string | RegExp;
}

type Data = Record<string, unknown>;
type Mutation = (g: fc.GeneratorValue, spec: HandbookSpec) => Broken | undefined;

const journeyFile = (journey: JourneySpec) => `content/journeys/${journey.slug}.${journey.format}`;
const personaFile = (persona: PersonaSpec) => `content/personas/${persona.slug}.${persona.format}`;
const clone = <T>(value: T): T => structuredClone(value);

/** Rewrites one journey's frontmatter with `change` applied to a copy of its data. */
function editJourney(g: fc.GeneratorValue, spec: HandbookSpec, mutation: string, change: (data: Data & { phases: Data[]; touchpoints: Data[] }, journey: JourneySpec) => string | RegExp | undefined): Broken | undefined {
  const journey = g(() => fc.constantFrom(...spec.journeys));
  const data = clone(journey.data) as unknown as Data & { phases: Data[]; touchpoints: Data[] };
  const field = change(data, journey);
  if (field === undefined) return undefined;
  const files = handbookFiles(spec);
  files[journeyFile(journey)] = contentFile(data, journey.body);
  return { mutation: `${journeyFile(journey)}: ${mutation}`, files, file: journeyFile(journey), field };
}

function editPersona(g: fc.GeneratorValue, spec: HandbookSpec, mutation: string, change: (data: Data) => string): Broken {
  const persona = g(() => fc.constantFrom(...spec.personas));
  const data = clone(persona.data) as unknown as Data;
  const field = change(data);
  const files = handbookFiles(spec);
  files[personaFile(persona)] = contentFile(data, persona.body);
  return { mutation: `${personaFile(persona)}: ${mutation}`, files, file: personaFile(persona), field };
}

/** Replaces one file's whole text (syntax errors, empty files). */
function editText(g: fc.GeneratorValue, spec: HandbookSpec, mutation: string, field: string | RegExp, change: (text: string, journey: JourneySpec) => string | undefined): Broken | undefined {
  const journey = g(() => fc.constantFrom(...spec.journeys));
  const files = handbookFiles(spec);
  const text = change(files[journeyFile(journey)]!, journey);
  if (text === undefined) return undefined;
  files[journeyFile(journey)] = text;
  return { mutation: `${journeyFile(journey)}: ${mutation}`, files, file: journeyFile(journey), field };
}

const index = (g: fc.GeneratorValue, list: readonly unknown[]) => g(() => fc.integer({ min: 0, max: list.length - 1 }));
const notA = (values: readonly string[]) => fc.stringMatching(/^[a-z]{3,10}$/).filter((value) => !values.includes(value));

const MUTATIONS: Record<string, Mutation> = {
  'a required journey field is missing': (g, spec) =>
    editJourney(g, spec, 'required field removed', (data) => {
      const field = g(() => fc.constantFrom('title', 'persona', 'phases', 'touchpoints'));
      delete data[field];
      return field;
    }),
  'the title is blank or not text': (g, spec) =>
    editJourney(g, spec, 'bad title', (data) => {
      data.title = g(() => fc.constantFrom<unknown>('', '   ', 42, ['a', 'b'], { es: 'x' }, null, true));
      return 'title';
    }),
  'the persona does not exist': (g, spec) =>
    editJourney(g, spec, 'unknown persona', (data) => {
      data.persona = g(() => notA(spec.personas.map((persona) => persona.slug)));
      return 'persona';
    }),
  'the state is neither current nor future': (g, spec) =>
    editJourney(g, spec, 'bad state', (data) => {
      data.state = g(() => fc.constantFrom('pasado', 'Current', 'futuro', 'draft'));
      return 'state';
    }),
  'compares is wrong': (g, spec) =>
    editJourney(g, spec, 'bad compares', (data, journey) => {
      const kind = g(() => fc.constantFrom('on-current', 'itself', 'unknown'));
      if (kind === 'on-current') {
        data.state = 'current';
        data.compares = spec.journeys.find((other) => other.slug !== journey.slug)?.slug ?? 'otro';
      } else {
        data.state = 'future';
        data.compares = kind === 'itself' ? journey.slug : g(() => notA(spec.journeys.map((other) => other.slug)));
      }
      return 'compares';
    }),
  'reviewed is not a calendar date': (g, spec) =>
    editJourney(g, spec, 'bad date', (data) => {
      data.reviewed = g(() => fc.constantFrom('2024-02-30', '2023-13-01', '25/12/2024', 'ayer', '2024-1-5', 20240105));
      return 'reviewed';
    }),
  'an unknown field is present': (g, spec) =>
    editJourney(g, spec, 'unknown field', (data) => {
      const key = g(() => fc.constantFrom('titulo', 'tittle', 'personna', 'fases', 'resumen', 'touchpoint'));
      data[key] = 'valor';
      return key;
    }),
  'phases or touchpoints is empty': (g, spec) =>
    editJourney(g, spec, 'empty list', (data) => {
      const field = g(() => fc.constantFrom('phases', 'touchpoints'));
      data[field] = [];
      return field;
    }),
  'a phase is broken': (g, spec) =>
    editJourney(g, spec, 'bad phase', (data) => {
      const at = index(g, data.phases);
      const phase = data.phases[at]!;
      const kind = g(() => fc.constantFrom('bad-id', 'no-name', 'duplicate'));
      if (kind === 'bad-id') {
        phase.id = g(() => fc.constantFrom('Fase 1', 'DESCUBRIR', 'paso_1', 'ñandú', ''));
        return `phases[${at}].id`;
      }
      if (kind === 'no-name') {
        delete phase.name;
        return `phases[${at}].name`;
      }
      data.phases.push({ ...data.phases[0]!, name: 'Repetida' });
      return `phases[${data.phases.length - 1}].id`;
    }),
  'a touchpoint names an unknown phase or channel': (g, spec) =>
    editJourney(g, spec, 'unknown reference', (data) => {
      const at = index(g, data.touchpoints);
      const field = g(() => fc.constantFrom('phase', 'channel'));
      data.touchpoints[at]![field] = field === 'phase' ? g(() => notA(data.phases.map((phase) => String(phase.id)))) : g(() => fc.constantFrom('telefono', 'whatsapp', 'tienda', 'correo'));
      return `touchpoints[${at}].${field}`;
    }),
  'touchpoints leave the order of the phases': (g, spec) =>
    editJourney(g, spec, 'out of order', (data) => {
      const phaseOf = (touchpoint: Data) => data.phases.findIndex((phase) => phase.id === touchpoint.phase);
      if (phaseOf(data.touchpoints.at(-1)!) === phaseOf(data.touchpoints[0]!)) {
        // All in one phase: add a phase after it and move the first touchpoint there.
        data.phases.push({ id: 'fase-anadida', name: 'Añadida' });
        data.touchpoints[0]!.phase = 'fase-anadida';
        return data.touchpoints.length > 1 ? 'touchpoints[1].phase' : undefined;
      }
      const last = data.touchpoints.at(-1)!;
      // The last touchpoint moves first: the first later one of an earlier phase is out of order.
      data.touchpoints = [last, ...data.touchpoints.slice(0, -1)];
      const at = data.touchpoints.findIndex((touchpoint) => phaseOf(touchpoint) < phaseOf(last));
      return `touchpoints[${at}].phase`;
    }),
  'a touchpoint value is out of range': (g, spec) =>
    editJourney(g, spec, 'bad value', (data) => {
      const at = index(g, data.touchpoints);
      const [field, value] = g(() =>
        fc.constantFrom<[string, unknown]>(['emotion', 4], ['emotion', -4], ['emotion', 1.5], ['emotion', 'feliz'], ['emotion', null], ['importance', 0], ['importance', 6], ['importance', 2.5], ['importance', 'alta'], ['moment', 'gloria'], ['title', '']),
      );
      data.touchpoints[at]![field] = value;
      return `touchpoints[${at}].${field}`;
    }),
  'a required touchpoint field is missing': (g, spec) =>
    editJourney(g, spec, 'touchpoint field removed', (data) => {
      const at = index(g, data.touchpoints);
      const field = g(() => fc.constantFrom('phase', 'title', 'channel', 'emotion'));
      delete data.touchpoints[at]![field];
      return `touchpoints[${at}].${field}`;
    }),
  'touchpoint ids are invalid or repeated': (g, spec) =>
    editJourney(g, spec, 'bad touchpoint id', (data) => {
      if (data.touchpoints.length < 2 || g(() => fc.boolean())) {
        const at = index(g, data.touchpoints);
        data.touchpoints[at]!.id = g(() => fc.constantFrom('Paso 1', 'T1', 'llamada_1', 'ñ'));
        return `touchpoints[${at}].id`;
      }
      data.touchpoints[0]!.id = 'repetido';
      data.touchpoints[1]!.id = 'repetido';
      return 'touchpoints[1].id';
    }),
  'a list or KPI has the wrong shape': (g, spec) =>
    editJourney(g, spec, 'bad list or KPI', (data) => {
      const kind = g(() => fc.constantFrom('tags-string', 'empty-item', 'kpi-value', 'kpi-better', 'kpi-name'));
      if (kind === 'tags-string') {
        data.tags = 'banca, alta';
        return 'tags';
      }
      if (kind === 'empty-item') {
        const at = index(g, data.touchpoints);
        data.touchpoints[at]!.evidence = ['una carta', '  '];
        return `touchpoints[${at}].evidence[1]`;
      }
      const kpi: Data = { name: 'Abandono', value: 12 };
      if (kind === 'kpi-value') kpi.value = g(() => fc.constantFrom<unknown>('mucho', null, [1]));
      if (kind === 'kpi-better') kpi.better = g(() => fc.constantFrom('more', 'menos', 'HIGHER'));
      if (kind === 'kpi-name') delete kpi.name;
      data.kpis = [kpi];
      return `kpis[0].${kind === 'kpi-value' ? 'value' : kind === 'kpi-better' ? 'better' : 'name'}`;
    }),
  'a persona is broken': (g, spec) => {
    const kind = g(() => fc.constantFrom('no-name', 'channel', 'influence', 'avatar', 'unknown-field'));
    return editPersona(g, spec, kind, (data) => {
      if (kind === 'no-name') {
        delete data.name;
        return 'name';
      }
      if (kind === 'channel') {
        data.channels = ['telefono'];
        return 'channels[0]';
      }
      if (kind === 'influence') {
        data.supporting = [{ name: 'Lucía', influence: 'jefa' }];
        return 'supporting[0].influence';
      }
      if (kind === 'avatar') {
        data.avatar = './no-existe.png';
        return 'avatar';
      }
      data.edad = 58;
      return 'edad';
    });
  },
  'channels.yaml is broken': (g, spec) => {
    const files = handbookFiles(spec);
    const kind = g(() => fc.constantFrom('bad-id', 'no-label', 'not-a-map'));
    files['content/channels.yaml'] =
      kind === 'bad-id' ? stringify({ 'Oficina Central': { label: 'Oficina' } }) : kind === 'no-label' ? stringify({ oficina: { icon: '🏦' } }) : '- oficina\n- cajero\n';
    return { mutation: `content/channels.yaml: ${kind}`, files, file: 'content/channels.yaml', field: kind === 'no-label' ? 'oficina.label' : /.+/ };
  },
  'the frontmatter is not valid YAML': (g, spec) => {
    // Each mistake with the field it is reported on: the one it is in, or the block as a whole.
    const [broken, field] = g(() =>
      fc.constantFrom(['title: "sin cerrar', 'title'], ['title: [a, b', 'title'], ['\ttitle: tabulado', 'frontmatter'], ['title: a\ntitle: b', 'title'], ['resumen: : :', 'resumen']),
    );
    return editText(g, spec, 'YAML syntax', field, (text) => text.replace(/^---\n/, `---\n${broken}\n`));
  },
  'the file has no frontmatter or is empty': (g, spec) =>
    editText(g, spec, 'no frontmatter', 'frontmatter', (text) => g(() => fc.constantFrom('', '\n', 'Solo texto, sin datos.\n', text.replace(/^---\n/, ''), '\ufeff'))),
  'the narrative uses a component wrongly': (g, spec) => {
    // Components exist in MDX only: a Markdown journey becomes MDX for this.
    const chosen = g(() => fc.constantFrom(...spec.journeys));
    const journey: JourneySpec = { ...chosen, format: 'mdx' };
    const files = handbookFiles({ ...spec, journeys: spec.journeys.map((item) => (item === chosen ? journey : item)) });
    const [snippet, field] = g(() =>
      fc.constantFrom<[string, string | RegExp]>(
        ['<Mapa />', 'body <Mapa>'],
        ['<Touchpoint id="no-existe" />', 'body <Touchpoint>'],
        ['<Touchpoint />', 'body <Touchpoint>'],
        ['<Persona slug="nadie-x" />', 'body <Persona>'],
        ['<Callout type="peligro">Ojo</Callout>', 'body <Callout>'],
        ['Un coste {sin cerrar', 'body'],
        ['Abre <Callout type="tip"> y no cierra', 'body'],
        ['<Touchpoint id="a" id2=>', 'body'],
      ),
    );
    files[journeyFile(journey)] = contentFile(journey.data, `${journey.body}\n${snippet}\n`);
    return { mutation: `${journeyFile(journey)}: body "${snippet}"`, files, file: journeyFile(journey), field };
  },
  'two files have the same slug': (g, spec) => {
    const journey = g(() => fc.constantFrom(...spec.journeys));
    const files = handbookFiles(spec);
    const twin = `content/journeys/${journey.slug}.${journey.format === 'md' ? 'mdx' : 'md'}`;
    files[twin] = files[journeyFile(journey)]!;
    // The second file in reading order is the one reported.
    const [, second] = [journeyFile(journey), twin].sort();
    return { mutation: `${twin}: duplicate slug`, files, file: second!, field: 'file' };
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** A handbook broken by one of the mutations (some do not apply to every handbook: retried). */
export function brokenHandbook(valid: fc.Arbitrary<HandbookSpec>): fc.Arbitrary<Broken> {
  // One generator for the whole draw: fast-check replays it identically, so the mapping is pure.
  return fc.gen().map((g) => {
    const spec = g(() => valid);
    const name = g(() => fc.constantFrom(...MUTATION_NAMES));
    const broken = MUTATIONS[name]!(g, spec) ?? MUTATIONS['a required journey field is missing']!(g, spec)!;
    return { ...broken, mutation: `${name} — ${broken.mutation}` };
  });
}
