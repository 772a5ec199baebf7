/**
 * Issue 13: the page that owns a text ranks first. What a reader types into the search box of the
 * sample handbook, and the page that must be among the first three results: the journey for its
 * touchpoints, pains and title; the persona for a name; the channel page for a channel's name.
 * Queries come with and without their accents, as readers type them.
 */
import type { Page } from 'playwright-core';

export interface RankingCase {
  query: string;
  /** The page (below the base, as a link shows it) that must be in the top three. */
  expected: string;
}

export const RANKING_CASES: readonly RankingCase[] = [
  // Journey titles
  { query: 'urgencias', expected: 'journeys/salud/urgencias/' },
  { query: 'Acudir a Urgencias', expected: 'journeys/salud/urgencias/' },
  { query: 'hipoteca', expected: 'journeys/banca/hipoteca/' },
  { query: 'perdida de una tarjeta', expected: 'journeys/banca/perdida-tarjeta/' },
  { query: 'visión 2027', expected: 'journeys/banca/alta-online-futuro/' },
  // Touchpoint titles
  { query: 'triaje', expected: 'journeys/salud/urgencias/' },
  { query: 'videoidentificación', expected: 'journeys/banca/alta-online/' },
  { query: 'videoidentificacion', expected: 'journeys/banca/alta-online/' },
  { query: 'tasador', expected: 'journeys/banca/hipoteca/' },
  { query: 'notaria', expected: 'journeys/banca/hipoteca/' },
  { query: 'traumatologo', expected: 'journeys/salud/cita-especialista/' },
  { query: 'espirometría', expected: 'journeys/salud/resultados-pruebas/' },
  { query: 'medico de familia', expected: 'journeys/salud/urgencias/' },
  { query: 'gasometria', expected: 'journeys/salud/urgencias/' },
  { query: 'medico', expected: 'journeys/salud/urgencias/' },
  { query: 'quiosco de llegada', expected: 'journeys/salud/cita-especialista/' },
  { query: 'asistente virtual', expected: 'journeys/banca/alta-online/' },
  // Pains
  { query: 'menú de voz', expected: 'journeys/banca/perdida-tarjeta/' },
  // The sample zooms in on this pain in a sub-journey (issue 14), which now owns it: its map and
  // narrative are about the reflections on the DNI. The touchpoint's title stays alta-online's.
  { query: 'reflejos del DNI', expected: 'journeys/banca/verificacion-identidad/' },
  { query: 'Intenta la videoidentificacion tres veces', expected: 'journeys/banca/alta-online/' },
  { query: 'adjuntos rebotan', expected: 'journeys/banca/hipoteca/' },
  { query: 'senalizacion edificio', expected: 'journeys/salud/cita-especialista/' },
  { query: 'nodulo pulmonar', expected: 'journeys/salud/resultados-pruebas/' },
  { query: 'siglas inhaladores', expected: 'journeys/salud/urgencias/' },
  // Persona names
  { query: 'María Gómez', expected: 'personas/maria-gomez/' },
  { query: 'maria gomez', expected: 'personas/maria-gomez/' },
  { query: 'Antonio Herrera', expected: 'personas/antonio-herrera/' },
  { query: 'lucia martin', expected: 'personas/lucia-martin/' },
  { query: 'Javier Ruiz', expected: 'personas/javier-ruiz/' },
  // Channel names
  { query: 'Cajero automático', expected: 'channels/cajero/' },
  { query: 'portal del paciente', expected: 'channels/portal-paciente/' },
  { query: 'centro de salud', expected: 'channels/centro-salud/' },
  { query: 'Oficina', expected: 'channels/store/' },
  { query: 'teléfono', expected: 'channels/phone/' },
  { query: 'sms', expected: 'channels/sms/' },
];

export interface RankingOutcome extends RankingCase {
  /** The first results shown, as paths below the base. */
  top: string[];
  passed: boolean;
}

/** How many of the first results count for a case. */
export const TOP = 3;

/**
 * Types each query into the search box of `page` (a page of the served site) and reads the
 * results it shows, in order: the ranking a reader sees, shard weights and all.
 */
export async function rankCases(page: Page, base: string, cases: readonly RankingCase[] = RANKING_CASES): Promise<RankingOutcome[]> {
  const box = page.getByRole('searchbox');
  const outcomes: RankingOutcome[] = [];
  for (const item of cases) {
    await box.fill('');
    await box.fill(item.query);
    const results = page.locator(`[data-search] .results[data-query="${item.query.replace(/"/g, '\\"')}"]:not([aria-busy])`);
    await results.waitFor({ state: 'visible' });
    const links = await results.locator('li a').evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    const top = links.slice(0, 5).map((path) => decodeURI(path).slice(base.length));
    outcomes.push({ ...item, top, passed: top.slice(0, TOP).includes(item.expected) });
  }
  return outcomes;
}
