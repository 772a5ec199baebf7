import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';

/** The components a journey's narrative may use without an import (FORMAT.md §3). */
export const NARRATIVE_COMPONENTS = ['Touchpoint', 'EmotionChart', 'Persona', 'Callout'] as const;
export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;

/** A component written in the body, with its literal string attributes. */
export interface ComponentUse {
  name: string;
  attributes: Record<string, string | true | undefined>;
  line: number;
  column: number;
}

export type BodyScan =
  | { ok: true; components: ComponentUse[] }
  | { ok: false; message: string; line: number; column: number };

const parser = unified().use(remarkParse).use(remarkMdx);

interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number; column: number } };
  children?: MdxNode[];
}

/**
 * Parses an MDX body and lists the components it uses. `firstLine` is the body's line in the
 * file, so positions point into the file the author has open.
 */
export function scanMdxBody(body: string, firstLine: number): BodyScan {
  // Plain prose cannot contain MDX syntax errors or components: skip the parser for it.
  if (!/[<{]/.test(body)) return { ok: true, components: [] };
  let tree: MdxNode;
  try {
    tree = parser.parse(body) as unknown as MdxNode;
  } catch (error) {
    const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
    const start = place && 'start' in place && place.start ? place.start : place;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return {
      ok: false,
      message: `MDX syntax error: ${inFileLines(reason.split('\n')[0]!, firstLine)}`,
      line: (start?.line ?? 1) + firstLine - 1,
      column: start?.column ?? 1,
    };
  }
  const components: ComponentUse[] = [];
  const visit = (node: MdxNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name)) {
      const attributes: ComponentUse['attributes'] = {};
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
        attributes[attribute.name] =
          attribute.value === null || attribute.value === undefined
            ? true
            : typeof attribute.value === 'string'
              ? attribute.value
              : undefined;
      }
      components.push({
        name: node.name,
        attributes,
        line: (node.position?.start.line ?? 1) + firstLine - 1,
        column: node.position?.start.column ?? 1,
      });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return { ok: true, components };
}

/** The parser's messages cite positions like "(4:1-4:21)" counted from the body's first line; cite file lines instead. */
function inFileLines(reason: string, firstLine: number): string {
  const line = (value: string) => Number(value) + firstLine - 1;
  return reason.replace(/\((\d+):(\d+)(?:-(\d+):(\d+))?\)/g, (_, l1: string, c1: string, l2?: string, c2?: string) =>
    l2 === undefined ? `(${line(l1)}:${c1})` : `(${line(l1)}:${c1}-${line(l2)}:${c2})`,
  );
}
