import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSource } from '../../src/validate/frontmatter.ts';
import { copyFixtureHandbook, type HandbookCopy } from './handbook-copy.ts';

const DIAGRAM = `%% Taller de marzo
journey
  title Renovar el DNI
  accDescr {
    Cómo vive Luis la renovación
    del documento
  }
  section Pedir cita
    Busca la web de cita previa: 3: Luis Romero
    No hay citas<br>hasta dentro de un mes: 1: Luis Romero, Carmen
  section Acudir a la comisaría
    Espera su turno: 2: Luis Romero
    Sale con el DNI nuevo: 5: Luis Romero, Funcionario
`;

let handbook: HandbookCopy;
beforeEach(() => {
  handbook = copyFixtureHandbook();
});
afterEach(() => handbook.remove());

function frontmatter(path: string): Record<string, unknown> {
  return parseSource(handbook.read(path)).data as Record<string, unknown>;
}

describe('npm run import -- mermaid', () => {
  it('turns a diagram into a journey and a new persona that pass check', () => {
    handbook.write('renovar.mmd', DIAGRAM);
    const result = handbook.run('import', ['mermaid', 'renovar.mmd']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('content/personas/luis-romero.mdx');
    expect(result.stdout).toContain('content/journeys/renovar-el-dni.mdx');
    expect(result.stdout).toContain('http://localhost:4321/journeys/renovar-el-dni/');

    expect(frontmatter('content/journeys/renovar-el-dni.mdx')).toEqual({
      title: 'Renovar el DNI',
      persona: 'luis-romero',
      summary: 'Cómo vive Luis la renovación del documento',
      state: 'current',
      phases: [
        { id: 'pedir-cita', name: 'Pedir cita' },
        { id: 'acudir-a-la-comisaria', name: 'Acudir a la comisaría' },
      ],
      touchpoints: [
        { phase: 'pedir-cita', title: 'Busca la web de cita previa', channel: 'web', emotion: 0 },
        { phase: 'pedir-cita', title: 'No hay citas hasta dentro de un mes', channel: 'web', emotion: -2 },
        { phase: 'acudir-a-la-comisaria', title: 'Espera su turno', channel: 'web', emotion: -1 },
        { phase: 'acudir-a-la-comisaria', title: 'Sale con el DNI nuevo', channel: 'web', emotion: 2 },
      ],
    });
    expect(frontmatter('content/personas/luis-romero.mdx')).toEqual({
      name: 'Luis Romero',
      supporting: [{ name: 'Carmen' }, { name: 'Funcionario' }],
    });
    const check = handbook.run('check');
    expect(check.status, check.stderr).toBe(0);
  });

  it('tells the author, in the file and on screen, to set the real channels', () => {
    handbook.write('renovar.mmd', DIAGRAM);
    const result = handbook.run('import', ['mermaid', 'renovar.mmd']);
    expect(result.stdout).toContain('Revisa los canales');
    const text = handbook.read('content/journeys/renovar-el-dni.mdx');
    expect(text).toContain('# Importado del diagrama Mermaid renovar.mmd.');
    expect(text).toContain('channel: web  # revisa el canal');
  });

  it('uses an existing persona the first actor names, and notes the other actors in a comment', () => {
    handbook.write('cita.mmd', 'journey\n  title Segunda cita\n  section Pedir\n    Llama otra vez: 2: Ana Pérez, Su hija\n');
    const result = handbook.run('import', ['mermaid', 'cita.mmd']);
    expect(result.status, result.stderr).toBe(0);
    expect(frontmatter('content/journeys/segunda-cita.mdx').persona).toBe('ana-perez');
    expect(handbook.read('content/journeys/segunda-cita.mdx')).toContain('# Otros personajes del diagrama: Su hija.');
    expect(result.stdout).toContain('Protagonista: la persona existente "ana-perez"');
    expect(existsSync(join(handbook.root, 'content/personas/su-hija.mdx'))).toBe(false);
    expect(handbook.run('check').status).toBe(0);
  });

  it('uses --persona and --slug when given', () => {
    handbook.write('renovar.mmd', DIAGRAM);
    const result = handbook.run('import', ['mermaid', 'renovar.mmd', '--persona', 'ana-perez', '--slug', 'tramites/dni']);
    expect(result.status, result.stderr).toBe(0);
    expect(frontmatter('content/journeys/tramites/dni.mdx').persona).toBe('ana-perez');
    expect(existsSync(join(handbook.root, 'content/personas/luis-romero.mdx'))).toBe(false);
    expect(handbook.run('check').status).toBe(0);
  });

  it('puts tasks written before any section in a phase of their own and says so', () => {
    handbook.write('sin-secciones.mmd', 'journey\n  title Comprar pan\n  Entra en la panadería: 4: Ana Pérez\n  Paga: 3: Ana Pérez\n');
    const result = handbook.run('import', ['mermaid', 'sin-secciones.mmd']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('fase "General"');
    expect(frontmatter('content/journeys/comprar-pan.mdx').phases).toEqual([{ id: 'general', name: 'General' }]);
    expect(handbook.run('check').status).toBe(0);
  });

  it('refuses to replace an existing journey without --force, and replaces it with --force', () => {
    handbook.write('cita.mmd', 'journey\n  title Pedir cita con el médico de familia\n  section Pedir\n    Llama: 2: Ana Pérez\n');
    const before = handbook.read('content/journeys/pedir-cita.mdx');
    const refused = handbook.run('import', ['mermaid', 'cita.mmd', '--slug', 'pedir-cita']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('content/journeys/pedir-cita.mdx ya existe; no se ha escrito nada. Usa --force');
    expect(handbook.read('content/journeys/pedir-cita.mdx')).toBe(before);

    const forced = handbook.run('import', ['mermaid', 'cita.mmd', '--slug', 'pedir-cita', '--force']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(frontmatter('content/journeys/pedir-cita.mdx').phases).toEqual([{ id: 'pedir', name: 'Pedir' }]);
  });

  it('fails on a score out of range with the file name and line number, and writes nothing', () => {
    handbook.write('diagram.mmd', 'journey\n  title Malo\n  section A\n    Bien: 3: Ana Pérez\n  section B\n    Fuera de escala: 3: Ana Pérez\n    Otro: 7: Ana Pérez\n');
    const result = handbook.run('import', ['mermaid', 'diagram.mmd']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('diagram.mmd:7: score must be 1 to 5, got 7');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(handbook.root, 'content/journeys/malo.mdx'))).toBe(false);
  });

  it('fails on a malformed line with its line number', () => {
    handbook.write('roto.mmd', 'journey\n  title Roto\n  section A\n    Llama al banco 3 Ana\n');
    const result = handbook.run('import', ['mermaid', 'roto.mmd']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^roto\.mmd:4: malformed line "Llama al banco 3 Ana"/);
  });

  it('asks for --persona when no task names an actor', () => {
    handbook.write('anonimo.mmd', 'journey\n  title Anónimo\n  section A\n    Algo: 3\n');
    const result = handbook.run('import', ['mermaid', 'anonimo.mmd']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('indícala con --persona <slug>');
    expect(handbook.run('import', ['mermaid', 'anonimo.mmd', '--persona', 'ana-perez']).status).toBe(0);
  });

  it('says plainly when the file does not exist', () => {
    const result = handbook.run('import', ['mermaid', 'no-existe.mmd']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('import: no se puede leer no-existe.mmd: no existe');
  });

  it('rejects an unknown format with the usage', () => {
    const result = handbook.run('import', ['plantuml', 'x.puml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('solo "mermaid"');
    expect(result.stderr).toContain('Uso:');
  });
});

describe('npm run import in the handbook\'s language', () => {
  it('speaks English in an English handbook and Portuguese in a Portuguese one, files and messages alike', () => {
    for (const [locale, says, writes] of [
      ['en', 'Check the channels', '# Imported from the Mermaid diagram renovar.mmd.'],
      ['pt', 'Reveja os canais', '# Importado do diagrama Mermaid renovar.mmd.'],
    ] as const) {
      handbook.remove();
      handbook = copyFixtureHandbook({ locale });
      handbook.write('renovar.mmd', 'journey\n  title Renovar el DNI\n  Entra: 3: Ana Pérez\n');
      const result = handbook.run('import', ['mermaid', 'renovar.mmd']);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain(says);
      expect(handbook.read('content/journeys/renovar-el-dni.mdx')).toContain(writes);
      expect(handbook.run('import', ['mermaid', 'nada.mmd']).stderr.trim()).toBe(
        locale === 'en' ? 'import: cannot read nada.mmd: no such file' : 'import: não é possível ler nada.mmd: o ficheiro não existe',
      );
    }
  });
});
