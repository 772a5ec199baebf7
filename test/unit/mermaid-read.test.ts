import { describe, expect, it } from 'vitest';
import { formatMermaidProblem, readMermaidJourney, type MermaidReadResult } from '../../src/export/mermaid-read.ts';

function diagramOf(result: MermaidReadResult) {
  if (!result.ok) throw new Error(`expected a diagram, got problems: ${JSON.stringify(result.problems)}`);
  return result.diagram;
}

function problemsOf(result: MermaidReadResult) {
  if (result.ok) throw new Error('expected problems, got a diagram');
  return result.problems;
}

const SAMPLE = `journey
  title Abrir una cuenta
  section Descubrir
    Ve un anuncio: 4: Lucía
    Pregunta a Marcos: 5: Lucía, Marcos
  section Solicitar
    Rellena el formulario: 2: Lucía
`;

describe('Mermaid journey reader', () => {
  it('reads the title, the sections in order and every task with its score and actors', () => {
    const diagram = diagramOf(readMermaidJourney(SAMPLE));
    expect(diagram.title).toBe('Abrir una cuenta');
    expect(diagram.sections.map((section) => section.name)).toEqual(['Descubrir', 'Solicitar']);
    expect(diagram.sections[0]!.tasks).toEqual([
      { title: 'Ve un anuncio', score: 4, actors: ['Lucía'], line: 4 },
      { title: 'Pregunta a Marcos', score: 5, actors: ['Lucía', 'Marcos'], line: 5 },
    ]);
    expect(diagram.sections[1]!.tasks[0]).toMatchObject({ title: 'Rellena el formulario', score: 2 });
  });

  it('lists every actor once, in order of first appearance, the protagonist first', () => {
    const diagram = diagramOf(readMermaidJourney(`journey\n title T\n section A\n  x: 3: Ana, Luis\n  y: 3: Luis, Eva, Ana\n`));
    expect(diagram.actors).toEqual(['Ana', 'Luis', 'Eva']);
  });

  it('skips %% comments and %%{init}%% directives', () => {
    const diagram = diagramOf(
      readMermaidJourney(`%%{init: {"theme": "forest"}}%%\n%% a comment\njourney\n  %% another\n  title T\n  section A\n  %% between tasks\n    x: 3: Ana\n`),
    );
    expect(diagram.sections[0]!.tasks.map((task) => task.title)).toEqual(['x']);
  });

  it('reads accTitle and a one-line accDescr', () => {
    const diagram = diagramOf(readMermaidJourney(`journey\n title T\n accTitle: Título accesible\n accDescr: Una descripción corta\n section A\n  x: 3: Ana\n`));
    expect(diagram.accTitle).toBe('Título accesible');
    expect(diagram.accDescr).toBe('Una descripción corta');
  });

  it('reads a multi-line accDescr { … } as one description', () => {
    const diagram = diagramOf(
      readMermaidJourney(`journey\n title T\n accDescr {\n   Primera línea\n   y segunda línea\n }\n section A\n  x: 3: Ana\n`),
    );
    expect(diagram.accDescr).toBe('Primera línea y segunda línea');
  });

  it('reads an accDescr { … } opened and closed on one line', () => {
    expect(diagramOf(readMermaidJourney(`journey\n title T\n accDescr { Todo en una }\n section A\n  x: 3: Ana\n`)).accDescr).toBe('Todo en una');
  });

  it('uses accTitle as the title when the diagram has no title line', () => {
    expect(diagramOf(readMermaidJourney(`journey\n accTitle: Pedir cita\n section A\n  x: 3: Ana\n`)).title).toBe('Pedir cita');
  });

  it('uses the title of a YAML front matter block', () => {
    expect(diagramOf(readMermaidJourney(`---\ntitle: Desde el front matter\n---\njourney\n section A\n  x: 3: Ana\n`)).title).toBe('Desde el front matter');
  });

  it('turns <br> and <br/> into spaces', () => {
    const diagram = diagramOf(readMermaidJourney(`journey\n title Dos<br>líneas\n section Una<br/>fase\n  Llama<BR />al banco: 3: Ana\n`));
    expect(diagram.title).toBe('Dos líneas');
    expect(diagram.sections[0]!.name).toBe('Una fase');
    expect(diagram.sections[0]!.tasks[0]!.title).toBe('Llama al banco');
  });

  it('decodes Mermaid entity codes such as #58; and #quot;', () => {
    const diagram = diagramOf(readMermaidJourney(`journey\n title Hora#58; 9#59;30\n section A\n  Dice #quot;hola#quot;: 3: Ana\n`));
    expect(diagram.title).toBe('Hora: 9;30');
    expect(diagram.sections[0]!.tasks[0]!.title).toBe('Dice "hola"');
  });

  it('accepts title and section in any case, as Mermaid does, but "journey" only in lower case, like its detector', () => {
    const diagram = diagramOf(readMermaidJourney(`journey\n Title T\n SECTION A\n  x: 3: Ana\n`));
    expect(diagram.title).toBe('T');
    expect(diagram.sections[0]!.name).toBe('A');
    expect(problemsOf(readMermaidJourney(`Journey\n title T\n`))).toEqual([{ line: 1, message: 'write "journey" in lower case: Mermaid does not recognise "Journey"' }]);
  });

  it('turns every line break Mermaid accepts into a space: <br>, <br/>, </br />, <br\\t/>', () => {
    const diagram = diagramOf(readMermaidJourney('journey\n section Line1<br>Line2<br/>Line3</br />Line4<br\t/>Line5\n  x: 3\n'));
    expect(diagram.sections[0]!.name).toBe('Line1 Line2 Line3 Line4 Line5');
  });

  it('ends a line at "#", as Mermaid does, unless it is an entity code', () => {
    const diagram = diagramOf(readMermaidJourney('journey\n section A # la primera\n  x: 3: Child#1, Child#2\n  y#35; z: 4: Ana\n'));
    expect(diagram.sections[0]!.name).toBe('A');
    expect(diagram.sections[0]!.tasks.map((task) => [task.title, task.actors])).toEqual([
      ['x', ['Child']],
      ['y# z', ['Ana']],
    ]);
  });

  it('reads a task with the colon after its score and no actor, and one with extra pieces, as Mermaid does', () => {
    const diagram = diagramOf(readMermaidJourney('journey\n section A\n  E task: 5:\n  F task : 4 : Ana : ignorado\n'));
    expect(diagram.sections[0]!.tasks).toEqual([
      { title: 'E task', score: 5, actors: [], line: 3 },
      { title: 'F task', score: 4, actors: ['Ana'], line: 4 },
    ]);
  });

  it('keeps actors written in any script', () => {
    const diagram = diagramOf(readMermaidJourney('journey\n title 注册\n section 开始\n  填写表单: 2: 用户, Иван\n'));
    expect(diagram.actors).toEqual(['用户', 'Иван']);
    expect(diagram.sections[0]!.name).toBe('开始');
  });

  it('reads a front matter block with a config, indented as a whole, and takes its title', () => {
    const diagram = diagramOf(readMermaidJourney('  ---\n  title: Desde arriba\n  config:\n    journey:\n      maxLabelWidth: 100\n  ---\n  journey\n    section A\n      x: 3: Ana\n'));
    expect(diagram.title).toBe('Desde arriba');
    expect(diagram.sections[0]!.tasks[0]!.line).toBe(9);
  });

  it('lets a title line win over the front matter, as Mermaid does', () => {
    expect(diagramOf(readMermaidJourney('---\ntitle: Arriba\n---\njourney\n title Abajo\n section A\n  x: 3\n')).title).toBe('Abajo');
  });

  it('accepts a task with no actor', () => {
    expect(diagramOf(readMermaidJourney(`journey\n title T\n section A\n  x: 3\n`)).sections[0]!.tasks[0]!.actors).toEqual([]);
  });

  it('keeps tasks written before the first section in a section without a name', () => {
    const diagram = diagramOf(readMermaidJourney(`journey\n title T\n x: 3: Ana\n section B\n  y: 4: Ana\n`));
    expect(diagram.sections.map((section) => section.name)).toEqual([undefined, 'B']);
    expect(diagram.sections[0]!.tasks[0]!.title).toBe('x');
  });

  describe('errors', () => {
    it('rejects a score above 5 with the line number', () => {
      const problems = problemsOf(readMermaidJourney(`journey\n title T\n section A\n  x: 3: Ana\n  y: 7: Ana\n`));
      expect(problems).toEqual([{ line: 5, message: 'score must be 1 to 5, got 7' }]);
      expect(formatMermaidProblem('diagram.mmd', problems[0]!)).toBe('diagram.mmd:5: score must be 1 to 5, got 7');
    });

    it('rejects a score of 0 and a negative score', () => {
      const problems = problemsOf(readMermaidJourney(`journey\n title T\n section A\n  x: 0: Ana\n  y: -1: Ana\n`));
      expect(problems.map((problem) => problem.message)).toEqual(['score must be 1 to 5, got 0', 'score must be 1 to 5, got -1']);
    });

    it('rejects a score that is not a whole number', () => {
      const problems = problemsOf(readMermaidJourney(`journey\n title T\n section A\n  x: 3.5: Ana\n  y: alto: Ana\n  z:: Ana\n`));
      expect(problems).toEqual([
        { line: 4, message: 'score must be a whole number from 1 to 5, got 3.5' },
        { line: 5, message: 'score must be 1 to 5, got "alto"' },
        { line: 6, message: 'score must be 1 to 5, got nothing' },
      ]);
    });

    it('explains that a colon in a task name needs #58;', () => {
      const [problem] = problemsOf(readMermaidJourney(`journey\n title T\n section A\n  Paso 1: llamar: 3: Ana\n`));
      expect(problem!.message).toContain('a task name cannot contain ":"; write #58; for a colon');
    });

    it('rejects a line that is neither a statement nor a task', () => {
      const problems = problemsOf(readMermaidJourney(`journey\n title T\n section A\n  Llama al banco 3 Ana\n  x: 3: Ana\n`));
      expect(problems).toHaveLength(1);
      expect(problems[0]!.line).toBe(4);
      expect(problems[0]!.message).toMatch(/^malformed line "Llama al banco 3 Ana": expected "section <name>", "title <text>" or a task/);
    });

    it('rejects a diagram of another kind', () => {
      expect(problemsOf(readMermaidJourney(`%% hola\nflowchart TD\n  A --> B\n`))).toEqual([
        { line: 2, message: 'not a Mermaid journey diagram: the first line must be "journey", found "flowchart TD"' },
      ]);
    });

    it('rejects an empty file', () => {
      expect(problemsOf(readMermaidJourney('')).at(0)!.message).toMatch(/^no diagram/);
    });

    it('rejects ";" outside an entity code, and a task with no score, each at its line', () => {
      expect(problemsOf(readMermaidJourney('journey\n section A\n  x: 3: Ana; Luis\n  y\n  z:\n'))).toEqual([
        { line: 3, message: '";" ends a line for Mermaid: write #59; for a semicolon in a text' },
        { line: 4, message: 'malformed line "y": expected "section <name>", "title <text>" or a task "<task>: <score 1-5>: <actor>, <actor>"' },
        { line: 5, message: 'score must be 1 to 5, got nothing (after "z:")' },
      ]);
    });

    it('rejects a section name with a colon, which Mermaid reads as a section and a stray task', () => {
      expect(problemsOf(readMermaidJourney('journey\n section A: B\n'))).toEqual([{ line: 2, message: 'task has no name before ":": expected "<task>: <score 1-5>: <actor>, <actor>"' }]);
    });
  });

  describe('diagrams Mermaid accepts that lack something a journey needs', () => {
    it('a diagram with neither title nor accTitle has no title: the importer names it after the file', () => {
      expect(diagramOf(readMermaidJourney(`\njourney\n section A\n  x: 3: Ana\n`)).title).toBeUndefined();
    });

    it('a diagram with sections and no tasks keeps its sections', () => {
      const diagram = diagramOf(readMermaidJourney(`journey\n title T\n section A\n section B\n`));
      expect(diagram.sections.map((section) => [section.name, section.tasks.length])).toEqual([
        ['A', 0],
        ['B', 0],
      ]);
    });

    it('a section with a blank name is like the tasks before any section: no name', () => {
      expect(diagramOf(readMermaidJourney('journey\n section   \n  x: 3: Ana\n')).sections[0]!.name).toBeUndefined();
    });
  });

  describe('more errors', () => {
    it('rejects an accDescr { that is never closed', () => {
      expect(problemsOf(readMermaidJourney(`journey\n title T\n accDescr {\n  sin cerrar\n section A\n  x: 3: Ana\n`))).toEqual([
        { line: 3, message: 'accDescr { is never closed: end the description with "}"' },
      ]);
    });

    it('reports every problem, not only the first, in line order', () => {
      const problems = problemsOf(readMermaidJourney(`journey\n title T\n section A\n  x: 9: Ana\n  malformada\n  y: 0: Ana\n`));
      expect(problems.map((problem) => problem.line)).toEqual([4, 5, 6]);
    });

    it('counts lines the way an editor does, with Windows line endings too', () => {
      expect(problemsOf(readMermaidJourney('journey\r\n title T\r\n section A\r\n  x: 6: Ana\r\n')).at(0)!.line).toBe(4);
    });
  });
});
