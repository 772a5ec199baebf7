import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSource } from '../../src/validate/frontmatter.ts';
import { copyFixtureHandbook, type HandbookCopy } from './handbook-copy.ts';

let handbook: HandbookCopy;
beforeEach(() => {
  handbook = copyFixtureHandbook();
});
afterEach(() => handbook.remove());

function frontmatter(path: string): Record<string, unknown> {
  return parseSource(handbook.read(path)).data as Record<string, unknown>;
}

describe('npm run new -- journey', () => {
  it('writes a journey that passes check, with the flags given', () => {
    const result = handbook.run('new', ['journey', 'banca/alta-online', '--persona', 'ana-perez', '--title', 'Abrir una cuenta: online', '--phases', 'descubrir, contratar,usar']);
    expect(result.status, result.stderr).toBe(0);
    const data = frontmatter('content/journeys/banca/alta-online.mdx') as {
      title: string;
      persona: string;
      phases: Array<{ id: string; name: string }>;
      touchpoints: Array<{ phase: string }>;
    };
    expect(data.title).toBe('Abrir una cuenta: online');
    expect(data.persona).toBe('ana-perez');
    expect(data.phases).toEqual([
      { id: 'descubrir', name: 'Descubrir' },
      { id: 'contratar', name: 'Contratar' },
      { id: 'usar', name: 'Usar' },
    ]);
    expect(data.touchpoints.map((touchpoint) => touchpoint.phase)).toEqual(['descubrir', 'contratar', 'usar']);
    const check = handbook.run('check');
    expect(check.status, check.stderr).toBe(0);
    expect(check.stderr).not.toContain('alta-online');
  });

  it('says where the file is and how to preview it under the base path', () => {
    handbook.remove();
    handbook = copyFixtureHandbook({ base: '/manual/' });
    const result = handbook.run('new', ['journey', 'banca/alta-online']);
    expect(result.stdout).toContain('content/journeys/banca/alta-online.mdx');
    expect(result.stdout).toContain('npm run dev');
    expect(result.stdout).toContain('http://localhost:4321/manual/journeys/banca/alta-online/');
  });

  it('explains every field in Spanish comments, with the optional ones commented out', () => {
    handbook.run('new', ['journey', 'alta']);
    const text = handbook.read('content/journeys/alta.mdx');
    expect(text).toContain('# Título del recorrido');
    expect(text).toContain('# Cómo se siente, de -3 (muy mal) a 3 (encantada)');
    for (const field of ['summary', 'scenario', 'compares', 'owner', 'reviewed', 'tags', 'kpis', 'feeling', 'thought', 'pain', 'opportunity', 'moment', 'importance', 'evidence', 'backstage', 'support']) {
      expect(text, field).toMatch(new RegExp(`^\\s*# ${field}:`, 'm'));
    }
    expect(text).toContain('<EmotionChart />');
  });

  it('writes English comments with --lang en', () => {
    handbook.run('new', ['journey', 'sign-up', '--lang', 'en']);
    const text = handbook.read('content/journeys/sign-up.mdx');
    expect(text).toContain('# The journey title, as the handbook shows it.');
    expect(frontmatter('content/journeys/sign-up.mdx').phases).toEqual([
      { id: 'before', name: 'Before' },
      { id: 'during', name: 'During' },
      { id: 'after', name: 'After' },
    ]);
  });

  it('writes Portuguese comments and speaks Portuguese in a Portuguese handbook', () => {
    handbook.remove();
    handbook = copyFixtureHandbook({ locale: 'pt' });
    const result = handbook.run('new', ['journey', 'abrir-conta']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Criado content/journeys/abrir-conta.mdx');
    expect(result.stdout).toContain('Preencha-o: cada campo tem um comentário');
    expect(handbook.read('content/journeys/abrir-conta.mdx')).toContain('# Título da jornada, tal como aparece no manual.');
    expect(frontmatter('content/journeys/abrir-conta.mdx').phases).toEqual([
      { id: 'antes', name: 'Antes' },
      { id: 'durante', name: 'Durante' },
      { id: 'depois', name: 'Depois' },
    ]);
    expect(handbook.run('check').status).toBe(0);
    const refused = handbook.run('new', ['journey', 'abrir-conta']);
    expect(refused.stderr).toContain('content/journeys/abrir-conta.mdx já existe; não foi escrito nada.');
  });

  it('speaks English with --lang en, and refuses a language it does not know in the handbook\'s', () => {
    expect(handbook.run('new', ['persona', 'luis', '--lang', 'en']).stdout).toContain('Created content/personas/luis.mdx');
    const unknown = handbook.run('new', ['persona', 'marta', '--lang', 'fr']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--lang debe ser uno de es, en, pt; se ha dado "fr"');
  });

  it('uses the only persona there is and a title from the slug when nothing is asked', () => {
    const result = handbook.run('new', ['journey', 'renovar-dni']);
    expect(result.status, result.stderr).toBe(0);
    expect(frontmatter('content/journeys/renovar-dni.mdx')).toMatchObject({ title: 'Renovar dni', persona: 'ana-perez' });
  });

  it('refuses to overwrite an existing journey and leaves it untouched', () => {
    const before = handbook.read('content/journeys/pedir-cita.mdx');
    const result = handbook.run('new', ['journey', 'pedir-cita', '--persona', 'ana-perez']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/journeys/pedir-cita.mdx ya existe; no se ha escrito nada');
    expect(handbook.read('content/journeys/pedir-cita.mdx')).toBe(before);
  });

  it('refuses a slug another file already has, whatever its extension', () => {
    handbook.write('content/journeys/otra.md', handbook.read('content/journeys/pedir-cita.mdx'));
    const result = handbook.run('new', ['journey', 'otra']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/journeys/otra.md ya existe');
    expect(existsSync(join(handbook.root, 'content/journeys/otra.mdx'))).toBe(false);
  });

  it('needs an existing persona and says how to create one', () => {
    const result = handbook.run('new', ['journey', 'alta', '--persona', 'maria-gomez']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no hay ninguna persona "maria-gomez"');
    expect(result.stderr).toContain('npm run new -- persona maria-gomez');
  });

  it('suggests the persona an author probably meant', () => {
    expect(handbook.run('new', ['journey', 'alta', '--persona', 'ana-peres']).stderr).toContain('¿querías decir "ana-perez"?');
  });

  it('says to create a persona first when the handbook has none', () => {
    rmSync(join(handbook.root, 'content/personas'), { recursive: true });
    const result = handbook.run('new', ['journey', 'alta']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('todavía no tiene ninguna');
    expect(result.stderr).toContain('npm run new -- persona <slug>');
  });

  it('asks which persona when there are several and nobody can answer', () => {
    handbook.run('new', ['persona', 'maria-gomez']);
    const result = handbook.run('new', ['journey', 'alta']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Indícalo con --persona <slug> (personas: ana-perez, maria-gomez)');
  });

  it('asks for title, persona and phases when interactive', () => {
    handbook.run('new', ['persona', 'maria-gomez']);
    const result = handbook.run('new', ['journey', 'hipoteca', '--interactive'], {
      input: 'Pedir una hipoteca\nnadie\nmaria-gomez\nBuscar, Solicitar, Firmar\n',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Título del recorrido [Hipoteca]:');
    expect(result.stdout).toContain('No hay ninguna persona "nadie"');
    expect(frontmatter('content/journeys/hipoteca.mdx')).toMatchObject({
      title: 'Pedir una hipoteca',
      persona: 'maria-gomez',
      phases: [
        { id: 'buscar', name: 'Buscar' },
        { id: 'solicitar', name: 'Solicitar' },
        { id: 'firmar', name: 'Firmar' },
      ],
    });
    expect(handbook.run('check').status).toBe(0);
  });

  it('takes the defaults shown in brackets when answers are left empty', () => {
    const result = handbook.run('new', ['journey', 'alta-online', '--interactive'], { input: '\n\n\n' });
    expect(result.status, result.stderr).toBe(0);
    expect(frontmatter('content/journeys/alta-online.mdx')).toMatchObject({ title: 'Alta online', persona: 'ana-perez' });
  });

  it('writes nothing when input ends before the questions are answered', () => {
    const result = handbook.run('new', ['journey', 'alta', '--interactive'], { input: 'Solo el título\n' });
    expect(result.status).toBe(1);
    expect(existsSync(join(handbook.root, 'content/journeys/alta.mdx'))).toBe(false);
  });

  it('rejects a slug that is not one and suggests a fixed one', () => {
    const result = handbook.run('new', ['journey', 'Banca/Alta Online']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('(prueba con "banca/alta-online")');
  });

  it('rejects an unknown kind and unknown options with the usage', () => {
    expect(handbook.run('new', ['recorrido', 'x']).stderr).toContain('no se puede crear "recorrido"');
    const unknownOption = handbook.run('new', ['journey', 'x', '--tittle', 'y']);
    expect(unknownOption.status).toBe(2);
    expect(unknownOption.stderr).toContain('Uso:');
    expect(unknownOption.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run new -- persona', () => {
  it('writes a persona that passes check, named after its slug', () => {
    const result = handbook.run('new', ['persona', 'clientes/maria-gomez']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('http://localhost:4321/personas/clientes/maria-gomez/');
    expect(frontmatter('content/personas/clientes/maria-gomez.mdx')).toEqual({ name: 'Maria Gomez' });
    const check = handbook.run('check');
    expect(check.status, check.stderr).toBe(0);
  });

  it('takes the name and role from flags', () => {
    handbook.run('new', ['persona', 'maria-gomez', '--name', 'María Gómez', '--role', 'Cliente particular, 58 años']);
    expect(frontmatter('content/personas/maria-gomez.mdx')).toEqual({ name: 'María Gómez', role: 'Cliente particular, 58 años' });
  });

  it('asks for name and role when interactive', () => {
    const result = handbook.run('new', ['persona', 'maria-gomez', '--interactive'], { input: 'María Gómez\nJubilada, 67 años\n' });
    expect(result.status, result.stderr).toBe(0);
    expect(frontmatter('content/personas/maria-gomez.mdx')).toEqual({ name: 'María Gómez', role: 'Jubilada, 67 años' });
  });

  it('refuses to overwrite an existing persona', () => {
    const result = handbook.run('new', ['persona', 'ana-perez']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/personas/ana-perez.mdx ya existe');
  });
});
