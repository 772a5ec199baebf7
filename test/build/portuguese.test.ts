import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type CommandResult, type Fixture } from './harness.ts';

/*
 * One build of test/build/fixtures/portuguese: a handbook with `locale: 'pt'`, one persona and one
 * journey (stale, in a sub-folder, with a moment of pain), so every page speaks European
 * Portuguese and counts in the singular where there is one of something.
 */

const SETTINGS = { title: 'Manual de experiência do cliente', description: 'As jornadas dos nossos clientes.', locale: 'pt' as const };
const JOURNEY = 'journeys/servicos-digitais/abrir-conta/index.html';

let fixture: Fixture;
let build: CommandResult;

beforeAll(async () => {
  fixture = createFixture('portuguese', { site: 'https://intranet.example', settings: SETTINGS });
  build = await fixture.run('cli/build.ts');
  expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(0);
});
afterAll(() => fixture?.remove());

/** The page's text as a reader meets it: no tags, entities decoded, spaces collapsed. */
function text(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
}

describe('a handbook in Portuguese', () => {
  it('declares the language on every page: <html lang="pt"> and og:locale pt_PT', () => {
    for (const page of ['index.html', JOURNEY, 'journeys/servicos-digitais/abrir-conta/blueprint/index.html', 'personas/joao-conceicao/index.html', 'insights/index.html', '404.html']) {
      const html = fixture.read(page);
      expect(html, page).toMatch(/<html[^>]*\slang="pt"/);
      expect(html, page).toContain('<meta property="og:locale" content="pt_PT"');
    }
  });

  it('shows the journey page in Portuguese: headings, lanes, dates and the review note', () => {
    const page = text(fixture.read(JOURNEY));
    for (const words of [
      'Saltar para o conteúdo',
      'Mapa da jornada',
      'Pontos de contacto',
      'Momento de dor',
      'Ver como planta do serviço',
      'Revisão em atraso',
      'A última revisão tem mais de 6 meses.',
      '15 de janeiro de 2025',
      '3 fases, 4 pontos de contacto',
      'Importância: 5 em 5',
      'Passa-palavra',
      'Cenário',
    ]) {
      expect(page).toContain(words);
    }
    // Nothing of the other languages' interface is left.
    for (const words of ['Mapa del recorrido', 'Journey map', 'Puntos de contacto', 'Touchpoints', 'Importancia', 'Saltar al contenido']) {
      expect(page).not.toContain(words);
    }
  });

  it('names the folder group the same way in the breadcrumbs as in the sidebar', () => {
    const html = fixture.read(JOURNEY);
    const breadcrumbs = /<nav class="breadcrumbs"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    expect(text(breadcrumbs)).toContain('Servicos digitais');
    expect(text(/<nav[^>]*class="sidebar[\s\S]*?<\/nav>/.exec(html)?.[0] ?? html)).toContain('Servicos digitais');
  });

  it('counts in the singular when there is one: one journey, one persona', () => {
    expect(text(fixture.read('personas/index.html'))).toContain('4 pontos de contacto · 1 jornada');
    const home = text(fixture.read('index.html'));
    // Each figure follows its label: "Jornada 1", never "Jornadas 1".
    expect(home).toContain('Jornada 1 Persona 1 Pontos de contacto 4');
    expect(home).toContain('Conheça a persona João Conceição: quem é, o que procura e o que a frustra.');
  });

  it('shows the blueprint with Portuguese lanes', () => {
    const page = text(fixture.read('journeys/servicos-digitais/abrir-conta/blueprint/index.html'));
    for (const words of ['Planta do serviço: Abrir uma conta à distância', 'Atendimento', 'Bastidores', 'Linha de visibilidade']) expect(page).toContain(words);
  });

  it('draws the share cards, accents and all, at 1200×630', async () => {
    for (const path of ['og/home.png', 'og/journeys/servicos-digitais/abrir-conta.png', 'og/personas/joao-conceicao.png']) {
      const metadata = await sharp(readFileSync(join(fixture.dist, path))).metadata();
      expect({ path, format: metadata.format, width: metadata.width, height: metadata.height }).toEqual({ path, format: 'png', width: 1200, height: 630 });
    }
  });
});
