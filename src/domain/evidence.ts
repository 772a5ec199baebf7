import { round2 } from './emotion-stats.ts';

/** What evidence needs to know of a touchpoint: which research backs it. */
interface Cited {
  sources?: readonly string[] | undefined;
}

/**
 * A touchpoint no research backs is an assumption (docs/format.md#research-v2): the map shows
 * it as one, so readers know which steps still need a study behind them.
 */
export function isAssumption(touchpoint: Cited): boolean {
  return (touchpoint.sources?.length ?? 0) === 0;
}

/**
 * Evidence coverage: the share of touchpoints with at least one source, 0…1 to two decimals
 * (round half away from zero, as every figure of the JSON). A journey without touchpoints has
 * nothing unbacked, and is given 0 rather than a division by zero.
 */
export function evidenceCoverage(touchpoints: readonly Cited[]): number {
  if (touchpoints.length === 0) return 0;
  return round2(touchpoints.filter((touchpoint) => !isAssumption(touchpoint)).length / touchpoints.length);
}
