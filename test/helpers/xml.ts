import sax from 'sax';

/** An element of a parsed XML document: its name, attributes, text and children. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
}

/**
 * Parses XML strictly (sax in strict mode throws on anything not well-formed: an unescaped `&`,
 * a stray `<`, a mismatched tag), so a spec that gets a tree back has proved the document is
 * well-formed.
 */
export function parseXml(text: string): XmlElement {
  const parser = sax.parser(true, { xmlns: false });
  const root: XmlElement = { name: '#document', attributes: {}, text: '', children: [] };
  const stack: XmlElement[] = [root];
  parser.onopentag = (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: '', children: [] };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.ontext = (chunk) => {
    stack.at(-1)!.text += chunk;
  };
  parser.oncdata = (chunk) => {
    stack.at(-1)!.text += chunk;
  };
  parser.onerror = (error) => {
    throw error;
  };
  parser.write(text).close();
  if (root.children.length !== 1) throw new Error(`expected one root element, got ${root.children.length}`);
  return root.children[0]!;
}

/** The children of `element` named `name`. */
export const childrenNamed = (element: XmlElement, name: string) => element.children.filter((child) => child.name === name);
