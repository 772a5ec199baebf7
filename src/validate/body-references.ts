import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';

/** The components a journey's narrative may use without an import (docs/format.md#the-narrative). */
export const NARRATIVE_COMPONENTS = ['Touchpoint', 'EmotionChart', 'Persona', 'Callout'] as const;
export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;

/** A component written in the body, with its literal string attributes. */
export interface ComponentUse {
  name: string;
  attributes: Record<string, string | true | undefined>;
  line: number;
  column: number;
}

/** Code in an MDX narrative, which the build would run. */
export interface UnsafeContent {
  message: string;
  line: number;
  column: number;
}

export type BodyScan =
  | { ok: true; components: ComponentUse[]; unsafe: UnsafeContent[] }
  | { ok: false; message: string; line: number; column: number };

const parser = unified().use(remarkParse).use(remarkMdx);

interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number; column: number } };
  children?: MdxNode[];
}

/*
 * MDX would run `{…}`, `import` and `export` at build time: a narrative is prose with the four
 * Journeybook components, not a place for code. What markup it may hold (elements, attributes,
 * URLs) is decided by narrative-markup.ts, on what the renderer and the browser will parse.
 */
const CODE_MESSAGES: Record<string, string> = {
  mdxFlowExpression: 'braces run code in MDX: write \\{ and \\} to show them as text',
  mdxTextExpression: 'braces run code in MDX: write \\{ and \\} to show them as text',
  mdxjsEsm: 'import and export are not allowed in a narrative: Touchpoint, EmotionChart, Persona and Callout need no import',
};

/** `{/* a note to other authors *\/}` is MDX's comment: an expression that runs nothing. */
const ONLY_COMMENTS = /^\s*(?:\/\*[\s\S]*?\*\/\s*)+$/;

function unsafeIn(node: MdxNode): string | undefined {
  const code = CODE_MESSAGES[node.type];
  if (code && !(node.type !== 'mdxjsEsm' && ONLY_COMMENTS.test(node.value ?? ''))) return code;
  return undefined;
}

function positionOf(node: MdxNode, firstLine: number) {
  return { line: (node.position?.start.line ?? 1) + firstLine - 1, column: node.position?.start.column ?? 1 };
}

/**
 * Parses an MDX body and lists the components it uses. `firstLine` is the body's line in the
 * file, so positions point into the file the author has open.
 */
export function scanMdxBody(body: string, firstLine: number): BodyScan {
  // Plain prose cannot contain MDX syntax errors, code or components: skip the parser for it.
  if (!/[<{]/.test(body) && !/^(import|export)\b/m.test(body)) return { ok: true, components: [], unsafe: [] };
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
  const unsafe: UnsafeContent[] = [];
  const visit = (node: MdxNode) => {
    const message = unsafeIn(node);
    if (message) unsafe.push({ message, ...positionOf(node, firstLine) });
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
  return { ok: true, components, unsafe };
}

/** The parser's messages cite positions like "(4:1-4:21)" counted from the body's first line; cite file lines instead. */
function inFileLines(reason: string, firstLine: number): string {
  const line = (value: string) => Number(value) + firstLine - 1;
  return reason.replace(/\((\d+):(\d+)(?:-(\d+):(\d+))?\)/g, (_, l1: string, c1: string, l2?: string, c2?: string) =>
    l2 === undefined ? `(${line(l1)}:${c1})` : `(${line(l1)}:${c1}-${line(l2)}:${c2})`,
  );
}
