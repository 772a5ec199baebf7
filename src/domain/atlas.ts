import type { Journey, Persona, Stage } from '../model/types.ts';
import { alignmentKey, stageKey } from './alignment.ts';
import { mean, round2 } from './emotion-stats.ts';

/**
 * One phase of the atlas (a row of the home page table): every phase, across journeys, that
 * aligns under the same key (src/domain/alignment.ts): one stage, or one name.
 */
export interface AtlasColumn {
  /** alignmentKey() of its phases: `stage:<id>` for a stage, else nameKey() of the phase name. */
  key: string;
  /** The stage's name; for phases without a stage, the spelling most of them use (the first seen among equals). */
  name: string;
  /** The stage, for a stage's column. */
  stage?: Stage | undefined;
  /**
   * Mean relative position of the phase inside its journeys: 0 for a first phase, 1 for a
   * last one (index ÷ (phases − 1); 0 in a one-phase journey). Columns are sorted by it.
   */
  position: number;
  /** How many journeys have a phase of this name. */
  journeyCount: number;
}

/** What one journey puts into a cell. */
export interface AtlasCellJourney {
  journey: Journey;
  phaseId: string;
  /** The journey's own mean for that phase, two decimals. */
  mean: number;
  touchpointCount: number;
}

export interface AtlasCell {
  column: AtlasColumn;
  /**
   * Mean emotion of every touchpoint in the phases of this column of the persona's journeys
   * (pooled: a journey with more touchpoints there weighs more), two decimals.
   */
  mean: number;
  touchpointCount: number;
  /** In handbook order; the first is the cell's link when there is only one. */
  journeys: AtlasCellJourney[];
}

export interface AtlasRow {
  persona: Persona;
  /** Keyed by column key; a persona with no phase of that name has no cell. */
  cells: Map<string, AtlasCell>;
}

export interface Atlas {
  columns: AtlasColumn[];
  rows: AtlasRow[];
  /** How many journeys went into it (current journeys with touchpoints). */
  journeyCount: number;
}

/** A phase's place in its journey, 0…1. */
export function relativePosition(index: number, phaseCount: number): number {
  return phaseCount <= 1 ? 0 : index / (phaseCount - 1);
}

/**
 * The persona × phase map of average emotion across the current journeys (future journeys
 * are visions: averaging them with what customers live today would flatter the figures).
 * Phases are aligned by alignmentKey(); a phase with no touchpoints adds no cell.
 * With `stages` (content/stages.yaml), every stage is a column, in file order, even one no
 * journey reaches yet. The columns of phases without a stage follow, sorted by mean relative
 * position, then by the number of journeys sharing the name (most first), then by first
 * appearance in handbook order. Rows follow the personas' order and include only personas with
 * at least one cell.
 */
export function buildAtlas(journeys: readonly Journey[], personas: readonly Persona[], stages: readonly Stage[] = []): Atlas {
  const stageById = new Map(stages.map((stage) => [stage.id, stage]));
  const keyOf = (phase: Journey['phases'][number]) => alignmentKey(phase, stageById);
  const current = journeys.filter((journey) => journey.state === 'current');
  type ColumnData = { positions: number[]; names: Map<string, number>; journeys: Set<string>; firstSeen: number };
  const columnData = new Map<string, ColumnData>();
  let order = 0;
  for (const journey of current) {
    for (const phase of journey.phases) {
      if (phase.touchpoints.length === 0) continue;
      const key = keyOf(phase);
      const data: ColumnData = columnData.get(key) ?? { positions: [], names: new Map(), journeys: new Set(), firstSeen: order++ };
      data.positions.push(relativePosition(phase.index, journey.phases.length));
      data.names.set(phase.name, (data.names.get(phase.name) ?? 0) + 1);
      data.journeys.add(journey.slug);
      columnData.set(key, data);
    }
  }
  const stageColumns: AtlasColumn[] = stages.map((stage) => {
    const data = columnData.get(stageKey(stage.id));
    return { key: stageKey(stage.id), name: stage.name, stage, position: data ? mean(data.positions) : 0, journeyCount: data?.journeys.size ?? 0 };
  });
  const nameColumns = [...columnData.entries()]
    .filter(([key]) => !stageColumns.some((column) => column.key === key))
    .map(([key, data]) => ({
      column: { key, name: mostUsed(data.names), position: mean(data.positions), journeyCount: data.journeys.size },
      firstSeen: data.firstSeen,
    }))
    .sort((a, b) => a.column.position - b.column.position || b.column.journeyCount - a.column.journeyCount || a.firstSeen - b.firstSeen)
    .map(({ column }) => column);
  const columns = [...stageColumns, ...nameColumns];

  const rows: AtlasRow[] = [];
  for (const persona of personas) {
    // Per column key, per journey: the emotions of its touchpoints in phases of that name
    // (a journey may repeat a phase name; its phases then pool into one entry).
    const byKey = new Map<string, Map<Journey, { phaseId: string; emotions: number[] }>>();
    for (const journey of current) {
      if (journey.personaSlug !== persona.slug) continue;
      for (const phase of journey.phases) {
        if (phase.touchpoints.length === 0) continue;
        const key = keyOf(phase);
        const perJourney: Map<Journey, { phaseId: string; emotions: number[] }> = byKey.get(key) ?? new Map();
        const entry = perJourney.get(journey) ?? { phaseId: phase.id, emotions: [] };
        entry.emotions.push(...phase.touchpoints.map((touchpoint) => touchpoint.emotion));
        perJourney.set(journey, entry);
        byKey.set(key, perJourney);
      }
    }
    if (byKey.size === 0) continue;
    const cells = new Map<string, AtlasCell>();
    for (const column of columns) {
      const perJourney = byKey.get(column.key);
      if (!perJourney) continue;
      const journeysBehind = [...perJourney.entries()].map(([journey, entry]) => ({
        journey,
        phaseId: entry.phaseId,
        mean: round2(mean(entry.emotions)),
        touchpointCount: entry.emotions.length,
      }));
      const all = [...perJourney.values()].flatMap((entry) => entry.emotions);
      cells.set(column.key, { column, mean: round2(mean(all)), touchpointCount: all.length, journeys: journeysBehind });
    }
    rows.push({ persona, cells });
  }
  return { columns, rows, journeyCount: current.filter((journey) => journey.touchpoints.length > 0).length };
}

function mostUsed(names: Map<string, number>): string {
  let best = '';
  let count = 0;
  // Map iteration follows insertion order, so ">" keeps the first seen among equals.
  for (const [name, uses] of names) {
    if (uses > count) {
      best = name;
      count = uses;
    }
  }
  return best;
}

/**
 * The columns a page shows when the atlas is wider than `max`: the stages first, then the
 * phases shared by the most journeys (ties: earlier position), back in position order. A very
 * large handbook thus keeps a readable home page; the hidden count is printed under the table.
 */
export function atlasColumnsToShow(atlas: Atlas, max: number): { columns: AtlasColumn[]; hidden: number } {
  if (atlas.columns.length <= max) return { columns: atlas.columns, hidden: 0 };
  const order = new Map(atlas.columns.map((column, index) => [column, index]));
  const isStage = (column: AtlasColumn) => (column.stage ? 1 : 0);
  const kept = new Set([...atlas.columns].sort((a, b) => isStage(b) - isStage(a) || b.journeyCount - a.journeyCount || order.get(a)! - order.get(b)!).slice(0, max));
  return { columns: atlas.columns.filter((column) => kept.has(column)), hidden: atlas.columns.length - max };
}

/**
 * The personas a short atlas shows (the home page's): the `max` with the most touchpoints in
 * it — those the atlas has most to say about — in the atlas's own order; ties go to the earlier
 * persona. The full atlas, a few personas a page, shows them all.
 */
export function atlasPersonasToShow(atlas: Atlas, max: number): { rows: AtlasRow[]; hidden: number } {
  if (atlas.rows.length <= max) return { rows: atlas.rows, hidden: 0 };
  const touchpoints = (row: AtlasRow) => [...row.cells.values()].reduce((sum, cell) => sum + cell.touchpointCount, 0);
  const order = new Map(atlas.rows.map((row, index) => [row, index]));
  const kept = new Set([...atlas.rows].sort((a, b) => touchpoints(b) - touchpoints(a) || order.get(a)! - order.get(b)!).slice(0, max));
  return { rows: atlas.rows.filter((row) => kept.has(row)), hidden: atlas.rows.length - max };
}
