import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { check, lines } from '../helpers/content-sources.ts';

/*
 * docs/format.md#stages-v2, #folder-labels-v2 and the `detail` and `tags` of touchpoints: every
 * new reference is checked like the others, each problem one line naming file, line, field and
 * fix, all of them at once.
 */

const ANA = lines('---', 'name: Ana Fernández', '---');
const STAGES = lines(
  '- id: descubrir',
  '  name: Descubrir',
  '- id: contratar',
  '  name: Contratar',
  '  description: Firma y alta',
  '- id: usar',
  '  name: Usar',
);

type Data = Record<string, unknown>;

/** A valid journey with its two phases in stages; `change` edits a fresh copy. */
function journey(change: (data: Data & { touchpoints: Data[]; phases: Data[] }) => void = () => {}, title = 'Abrir una cuenta'): string {
  const data = {
    title,
    persona: 'ana',
    phases: [
      { id: 'descubrir', name: 'Descubrir', stage: 'descubrir' },
      { id: 'alta', name: 'Alta', stage: 'contratar' },
    ] as Data[],
    touchpoints: [
      { phase: 'descubrir', title: 'Lee la web', channel: 'web', emotion: 1 },
      { id: 'formulario', phase: 'alta', title: 'Rellena el formulario', channel: 'web', emotion: -1 },
    ] as Data[],
  };
  change(data);
  return `---\n${stringify(data)}---\n`;
}

const handbook = (extra: Record<string, string>) => ({ 'content/personas/ana.mdx': ANA, 'content/stages.yaml': STAGES, ...extra });

describe('stages', () => {
  it('accepts phases that name the stages of stages.yaml, and hands the stages on in file order', () => {
    const checked = check(handbook({ 'content/journeys/alta.mdx': journey() }));
    expect(checked.result.problems).toEqual([]);
    expect(checked.result.stages).toEqual([
      { id: 'descubrir', name: 'Descubrir' },
      { id: 'contratar', name: 'Contratar', description: 'Firma y alta' },
      { id: 'usar', name: 'Usar' },
    ]);
  });

  it('reports an unknown stage with a "did you mean" and the stages there are', () => {
    const checked = check(handbook({ 'content/journeys/alta.mdx': journey((data) => (data.phases[1]!.stage = 'contrato')) }));
    expect(checked.errors).toEqual(['content/journeys/alta.mdx:10:5: phases[1].stage: unknown stage "contrato" (did you mean "contratar"?) (stages: descubrir, contratar, usar)']);
  });

  it('reports a stage when the handbook has no stages.yaml, saying where stages are listed', () => {
    const checked = check({ 'content/personas/ana.mdx': ANA, 'content/journeys/alta.mdx': journey() });
    expect(checked.messages).toEqual([
      'content/journeys/alta.mdx: phases[0].stage: unknown stage "descubrir": the handbook has no content/stages.yaml; create it to list the stages phases may name',
      'content/journeys/alta.mdx: phases[1].stage: unknown stage "contratar": the handbook has no content/stages.yaml; create it to list the stages phases may name',
    ]);
  });

  it('warns about a phase without a stage when stages.yaml exists, and not without it', () => {
    const unstaged = journey((data) => delete data.phases[1]!.stage);
    expect(check(handbook({ 'content/journeys/alta.mdx': unstaged })).warnings).toEqual([
      'content/journeys/alta.mdx:8:5: phases[1].stage: phase "alta" has no stage: add "stage: <id>" so cross-journey views can line it up (stages: descubrir, contratar, usar)',
    ]);
    const withoutStages = journey((data) => data.phases.forEach((phase) => delete phase.stage));
    expect(check({ 'content/personas/ana.mdx': ANA, 'content/journeys/alta.mdx': withoutStages }).result.problems).toEqual([]);
  });

  it('reports a malformed stages.yaml on its own lines, every problem at once, without echoing them in journeys', () => {
    const broken = lines('- id: descubrir', '  name: Descubrir', '- id: contratar', '  nombre: Contratar', '- id: Usar', '  name: Usar', '- id: descubrir', '  name: Otra vez');
    const checked = check(handbook({ 'content/stages.yaml': broken, 'content/journeys/alta.mdx': journey() }));
    expect(checked.errors).toEqual([
      'content/stages.yaml:3:3: stages[1].name: is required: add "name: …"',
      'content/stages.yaml:4:3: stages[1].nombre: unknown field "nombre" (fields here: id, name, description)',
      'content/stages.yaml:5:3: stages[2].id: use only lower-case letters, digits and "-" (for example "pedir-cita"); got "Usar"',
      'content/stages.yaml:7:3: stages[3].id: duplicate stage id "descubrir": each stage needs its own id',
    ]);
  });

  it('reports invalid YAML and a file that is not a list, and then leaves stage references unjudged', () => {
    const invalid = check(handbook({ 'content/stages.yaml': lines('- id: descubrir', '  name: "Descubrir'), 'content/journeys/alta.mdx': journey() }));
    expect(invalid.errors).toEqual(['content/stages.yaml:2:9: stages[0].name: the double quote (") that opens this value is never closed: add the closing " at the end of the value']);
    const map = check(handbook({ 'content/stages.yaml': lines('descubrir:', '  name: Descubrir'), 'content/journeys/alta.mdx': journey() }));
    expect(map.errors).toEqual(['content/stages.yaml:1:1: file: expected a list of stages, one "- id: …" item each, with its "name:"']);
    expect(check(handbook({ 'content/stages.yaml': '[]\n', 'content/journeys/alta.mdx': journey() })).errors).toEqual([
      'content/stages.yaml:1:1: file: list at least one stage, or remove the file',
    ]);
  });
});

describe('folder labels', () => {
  it('hands on the label, description and order of each folder', () => {
    const checked = check(handbook({ 'content/journeys/banca/alta.mdx': journey(), 'content/journeys/banca/_folder.yaml': lines('label: Banca para autónomos', 'description: Del alta a la primera factura.', 'order: 2') }));
    expect(checked.result.problems).toEqual([]);
    expect([...checked.result.folders]).toEqual([['banca', { label: 'Banca para autónomos', description: 'Del alta a la primera factura.', order: 2 }]]);
  });

  it('reports a malformed _folder.yaml on its own lines', () => {
    const checked = check(
      handbook({
        'content/journeys/banca/alta.mdx': journey(),
        'content/journeys/banca/_folder.yaml': lines('etiqueta: Banca', 'order: primero'),
        'content/journeys/salud/_folder.yaml': lines('label: "Salud'),
      }),
    );
    expect(checked.errors).toEqual([
      'content/journeys/banca/_folder.yaml:1:1: etiqueta: unknown field "etiqueta" (fields here: label, description, order)',
      'content/journeys/banca/_folder.yaml:1:1: label: is required: add "label: …"',
      'content/journeys/banca/_folder.yaml:2:1: order: expected a number, got "primero"',
      'content/journeys/salud/_folder.yaml:1:8: label: the double quote (") that opens this value is never closed: add the closing " at the end of the value',
    ]);
  });

  it('checks the texts of stages.yaml and _folder.yaml as it checks every frontmatter text', () => {
    const checked = check(
      handbook({
        'content/stages.yaml': lines('- id: descubrir', '  name: "Descubrir\u202E"', '- id: contratar', '  name: Contratar'),
        'content/journeys/banca/alta.mdx': journey((data) => (data.phases = [{ id: 'descubrir', name: 'Descubrir', stage: 'descubrir' }, { id: 'alta', name: 'Alta', stage: 'contratar' }])),
        'content/journeys/banca/_folder.yaml': lines(`label: ${'Banca '.repeat(40)}`),
      }),
    );
    expect(checked.errors).toEqual([
      'content/journeys/banca/_folder.yaml:1:1: label: is 239 characters long, more than the 200 allowed here: shorten it (under 40 reads best)',
      'content/stages.yaml:2:3: stages[0].name: contains the bidirectional control U+202E at character 10, which reorders the text shown around it: remove it',
    ]);
  });

  it('warns about a label that labels no folder', () => {
    const checked = check(handbook({ 'content/journeys/alta.mdx': journey(), 'content/journeys/_folder.yaml': lines('label: Todo') }));
    expect(checked.warnings).toEqual(['content/journeys/_folder.yaml:1:1: file: a folder label directly in content/journeys/ labels no group: move it into the sub-folder it names']);
  });
});

describe('sub-journeys', () => {
  const detailed = journey(() => {}, 'Rellenar el formulario, paso a paso');

  it('accepts a touchpoint that names another journey as its detail', () => {
    const checked = check(handbook({ 'content/journeys/alta.mdx': journey((data) => (data.touchpoints[1]!.detail = 'alta/formulario')), 'content/journeys/alta/formulario.mdx': detailed }));
    expect(checked.result.problems).toEqual([]);
  });

  it('reports an unknown detail with a "did you mean" and the other journeys', () => {
    const checked = check(handbook({ 'content/journeys/alta.mdx': journey((data) => (data.touchpoints[1]!.detail = 'alta/formularios')), 'content/journeys/alta/formulario.mdx': detailed }));
    expect(checked.errors).toEqual(['content/journeys/alta.mdx:21:5: touchpoints[1].detail: unknown journey "alta/formularios" (did you mean "alta/formulario"?) (journeys: alta/formulario)']);
  });

  it('refuses a touchpoint detailed by its own journey', () => {
    const checked = check(handbook({ 'content/journeys/alta.mdx': journey((data) => (data.touchpoints[1]!.detail = 'alta')) }));
    expect(checked.messages).toEqual(['content/journeys/alta.mdx: touchpoints[1].detail: a touchpoint cannot be detailed by its own journey: name the sub-journey that zooms into it']);
  });

  it('refuses a cycle of details with one error naming every file and field in it', () => {
    const checked = check(
      handbook({
        'content/journeys/a.mdx': journey((data) => (data.touchpoints[1]!.detail = 'b')),
        'content/journeys/b.mdx': journey((data) => (data.touchpoints[0]!.detail = 'c')),
        'content/journeys/c.mdx': journey((data) => (data.touchpoints[1]!.detail = 'a')),
        'content/journeys/d.mdx': journey((data) => (data.touchpoints[1]!.detail = 'a')),
      }),
    );
    expect(checked.errors).toEqual([
      'content/journeys/a.mdx:21:5: touchpoints[1].detail: details form a cycle: content/journeys/a.mdx (touchpoints[1].detail) → content/journeys/b.mdx (touchpoints[0].detail) → content/journeys/c.mdx (touchpoints[1].detail) → content/journeys/a.mdx; a sub-journey cannot lead back to a journey it details: remove one of these "detail" fields',
    ]);
    expect(checked.ok).toBe(false);
  });
});

describe('tags', () => {
  it('accepts tags on journeys and touchpoints in any script', () => {
    const checked = check(handbook({ 'content/journeys/alta.mdx': journey((data) => Object.assign(data, { tags: ['Autónomos', '日本'] }) && (data.touchpoints[0]!.tags = ['Atención al cliente'])) }));
    expect(checked.result.problems).toEqual([]);
  });

  it('refuses a tag with no letter or digit to make its address from, wherever it is', () => {
    const checked = check(
      handbook({
        'content/journeys/alta.mdx': journey((data) => {
          data.tags = ['banca', '!!!'];
          data.touchpoints[1]!.tags = ['—'];
        }),
      }),
    );
    expect(checked.messages).toEqual([
      'content/journeys/alta.mdx: touchpoints[1].tags[0]: "—" has no letter or digit to make the tag\'s address from: write the tag in words',
      'content/journeys/alta.mdx: tags[1]: "!!!" has no letter or digit to make the tag\'s address from: write the tag in words',
    ]);
  });
});

describe('every new problem at once', () => {
  it('reports stage, detail, tag and label mistakes of several files in one run', () => {
    const checked = check(
      handbook({
        'content/journeys/alta.mdx': journey((data) => {
          data.phases[0]!.stage = 'descubre';
          data.touchpoints[1]!.detail = 'nada';
          data.touchpoints[1]!.tags = ['#'];
        }),
        'content/journeys/banca/_folder.yaml': lines('label: Banca', 'orden: 1'),
        'content/journeys/banca/hipoteca.mdx': journey((data) => (data.phases[1]!.stage = 'fidelizar')),
      }),
    );
    expect(checked.errors.map((line) => line.replace(/:\d+:\d+:/, ':L:C:'))).toEqual([
      'content/journeys/alta.mdx:L:C: phases[0].stage: unknown stage "descubre" (did you mean "descubrir"?) (stages: descubrir, contratar, usar)',
      'content/journeys/alta.mdx:L:C: touchpoints[1].detail: unknown journey "nada" (journeys: banca/hipoteca)',
      'content/journeys/alta.mdx:L:C: touchpoints[1].tags[0]: "#" has no letter or digit to make the tag\'s address from: write the tag in words',
      'content/journeys/banca/_folder.yaml:L:C: orden: unknown field "orden" (did you mean "order"?)',
      'content/journeys/banca/hipoteca.mdx:L:C: phases[1].stage: unknown stage "fidelizar" (stages: descubrir, contratar, usar)',
    ]);
  });
});
