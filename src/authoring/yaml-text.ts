import { stringify } from 'yaml';

/**
 * A value as YAML writes it on one line, quoted only when it has to be ("a: b" is quoted, "Hola"
 * is not). Text is made one line first: the templates write one field per line.
 */
export function yamlScalar(value: string | number): string {
  const oneLine = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : value;
  return stringify(oneLine, { lineWidth: 0 }).trimEnd();
}

/** `# text` lines at an indentation, one per line of `text`. */
export function commentLines(indent: string, text: string | readonly string[]): string[] {
  const lines = typeof text === 'string' ? text.split('\n') : text;
  return lines.map((line) => (line ? `${indent}# ${line}` : `${indent}#`));
}
