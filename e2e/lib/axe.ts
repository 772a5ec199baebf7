import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's rule tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA (2.2 adds AA rules only). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeOutcome {
  /** One line per failing element: rule, impact, element, what to fix. */
  violations: string[];
  /** How many rules passed: a run that checked nothing must not look like a clean page. */
  passedRules: number;
}

/**
 * Injects axe-core into the page as it is now and runs the WCAG A/AA rules on the whole
 * document, or only the rules named in `rules`.
 */
export async function runAxe(page: Page, rules?: string[]): Promise<AxeOutcome> {
  await page.addScriptTag({ content: axeSource });
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS };
  const result = await page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }>;
      passes: unknown[];
    }
    const results = await axe.run(document, { runOnly: only, resultTypes: ['violations'] });
    return {
      violations: results.violations.flatMap((violation) =>
        violation.nodes.map(
          (node) =>
            `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`,
        ),
      ),
      passedRules: results.passes.length,
    };
  }, runOnly);
  return result;
}
