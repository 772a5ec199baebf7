/**
 * Mermaid's real parser, usable in Node. Mermaid sanitises labels with DOMPurify, which needs a
 * browser DOM and, without one, has no `addHook`/`sanitize`. Parsing does not depend on what
 * sanitising does, so those two are replaced by no-ops before Mermaid is loaded; everything else
 * (preprocessing, entity codes, the journey grammar and its database) is Mermaid's own code.
 */
import DOMPurify from 'dompurify';

const purifier = DOMPurify as unknown as Record<string, unknown>;
if (typeof purifier.addHook !== 'function') {
  Object.assign(purifier, {
    addHook() {},
    removeHook() {},
    removeHooks() {},
    removeAllHooks() {},
    sanitize: (dirty: unknown) => String(dirty),
  });
}

const { default: mermaid } = await import('mermaid');

/** The HTML entities a browser shows for the named codes authors write in Mermaid labels. */
const HTML_ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: '\u00A0' };

export interface ParsedJourney {
  title: string;
  sections: string[];
  tasks: Array<{ section: string; task: string; score: number; people: string[] }>;
}

/** Throws Mermaid's own parse error when the text is not a valid journey diagram. */
export async function parseWithMermaid(text: string): Promise<ParsedJourney> {
  const result = await mermaid.parse(text);
  if (!result || result.diagramType !== 'journey') throw new Error(`not a journey diagram: ${JSON.stringify(result)}`);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as unknown as {
    getDiagramTitle(): string;
    getSections(): string[];
    getTasks(): ParsedJourney['tasks'];
  };
  // Mermaid keeps entity codes as placeholders until it renders (`#58;` as "ﬂ°°58¶ß", `#quot;` as
  // "ﬂ°quot¶ß", which become `&#58;` and `&quot;` in its SVG): turn them into what a reader sees.
  const decode = (value: string) =>
    value
      .replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, (_, code: string) => String.fromCodePoint(Number(code)))
      .replace(/\uFB02\u00B0(\w+)\u00B6\u00DF/g, (whole, name: string) => HTML_ENTITIES[name.toLowerCase()] ?? whole)
      .trim();
  return {
    title: decode(db.getDiagramTitle()),
    sections: db.getSections().map(decode),
    tasks: db.getTasks().map((task) => ({ ...task, section: decode(task.section), task: decode(task.task), people: task.people.map(decode) })),
  };
}
